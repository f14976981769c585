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
    radius: target && target.radius !== undefined ? target.radius + Theme.focusWidth + 1 : 0
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}
