import QtQuick
import QtQuick.Templates as T
import Cptt

T.MenuSeparator {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    horizontalPadding: Theme.spaceS
    verticalPadding: Theme.spaceXS

    contentItem: Rectangle {
        implicitWidth: 188
        implicitHeight: 1
        color: Theme.border
    }
}
