import QtQuick
import QtQuick.Templates as T
import Cptt

// A rounded 8-px track filled with the accent.
T.ProgressBar {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    contentItem: Item {
        implicitWidth: 160
        implicitHeight: Theme.spaceS
        Rectangle {
            width: control.indeterminate ? parent.width / 3 : control.visualPosition * parent.width
            height: parent.height
            radius: height / 2
            color: Theme.accent
        }
    }

    background: Rectangle {
        implicitWidth: 160
        implicitHeight: Theme.spaceS
        y: (control.height - height) / 2
        height: Theme.spaceS
        radius: height / 2
        color: Theme.pressed
    }
}
