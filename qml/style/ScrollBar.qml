import QtQuick
import QtQuick.Templates as T
import Cptt

// A slim grey handle, wider under the pointer; shown while scrolling or hovered.
T.ScrollBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    padding: 2
    hoverEnabled: true
    visible: control.policy !== T.ScrollBar.AlwaysOff
    minimumSize: orientation === Qt.Horizontal ? height / width : width / height

    contentItem: Rectangle {
        implicitWidth: control.interactive ? (control.hovered || control.pressed ? 10 : 6) : 2
        implicitHeight: control.interactive ? (control.hovered || control.pressed ? 10 : 6) : 2
        radius: Math.min(width, height) / 2
        color: control.pressed ? Theme.mutedText : Theme.controlBorder
        opacity: 0.0

        states: State {
            name: "active"
            when: control.policy === T.ScrollBar.AlwaysOn || ((control.active || control.hovered) && control.size < 1.0)
            PropertyChanges { control.contentItem.opacity: 0.85 }
        }
        transitions: Transition {
            from: "active"
            SequentialAnimation {
                PauseAnimation { duration: 450 }
                NumberAnimation { target: control.contentItem; duration: 200; property: "opacity"; to: 0.0 }
            }
        }
    }
}
