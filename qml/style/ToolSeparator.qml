import QtQuick
import QtQuick.Templates as T
import Cptt

// A thin line between groups of tool buttons, with a grid step of air on each side.
T.ToolSeparator {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    padding: vertical ? Theme.spaceS : Theme.spaceXS
    verticalPadding: vertical ? Theme.spaceXS : Theme.spaceS

    contentItem: Rectangle {
        implicitWidth: control.vertical ? 1 : Theme.spaceL
        implicitHeight: control.vertical ? Theme.spaceL : 1
        color: Theme.border
    }
}
