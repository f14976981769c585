import QtQuick
import QtQuick.Templates as T
import Cptt

// The background of a button-like control: its fill and frame, and the focus ring drawn when the
// control has keyboard focus (visualFocus), 2 px of accent just outside the frame.
Rectangle {
    id: root

    property T.Control control
    property color fill: "transparent"
    property color frame: "transparent"
    readonly property bool focusShown: control && control.visualFocus

    radius: Theme.radius
    color: fill
    border.width: 1
    border.color: frame

    FocusRing { target: root; shown: root.focusShown }
}
