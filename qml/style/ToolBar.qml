import QtQuick
import QtQuick.Templates as T
import Cptt

// The window's tool bar: white, a line under it.
T.ToolBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)

    padding: Theme.spaceXS

    background: Rectangle {
        implicitHeight: Theme.controlHeight + 2 * Theme.spaceXS
        color: Theme.surface
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: control.position === T.ToolBar.Header ? parent.bottom : undefined
            anchors.top: control.position === T.ToolBar.Footer ? parent.top : undefined
            height: 1
            color: Theme.border
        }
    }
}
