import QtQuick
import Cptt

// The keyboard focus mark: 2 px of accent just outside `target`, following its corners.
Rectangle {
    property Item target
    property bool shown: false

    visible: shown
    x: -Theme.focusWidth - 1
    y: -Theme.focusWidth - 1
    width: target ? target.width + 2 * (Theme.focusWidth + 1) : 0
    height: target ? target.height + 2 * (Theme.focusWidth + 1) : 0
    // Rounded like its target when that is a frame (a Rectangle, as every target in the style is).
    readonly property Rectangle frame: target as Rectangle
    radius: frame ? frame.radius + Theme.focusWidth + 1 : 0
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}
