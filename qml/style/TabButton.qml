import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A tab: its name in the text colour, on a grey tint when hovered; the selected one is white with
// the accent name and a 3-px accent underline, joined to the page below it.
T.TabButton {
    id: control

    readonly property color foreground: !enabled ? Theme.disabledText
                                        : checked ? Theme.accent : Theme.mutedText

    // As wide as its name (a TabBar would otherwise give every tab the same width).
    width: implicitWidth
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    padding: Theme.spaceS
    horizontalPadding: Theme.spaceM
    spacing: Theme.spaceS - 2
    hoverEnabled: true
    font.weight: checked ? Font.DemiBold : Font.Normal

    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    icon.color: foreground

    contentItem: IconLabel {
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        icon: control.icon
        text: control.text
        font: control.font
        color: control.hovered && !control.checked ? Theme.text : control.foreground
    }

    background: Rectangle {
        implicitHeight: 40
        radius: Theme.radius
        color: control.checked ? Theme.surface
               : control.down ? Theme.pressed
               : control.hovered ? Theme.hover : "transparent"
        // Square bottom corners: the tab stands on its line.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: parent.radius
            color: parent.color
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 3
            color: control.checked ? Theme.accent : control.hovered ? Theme.border : "transparent"
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: 1
            visible: control.visualFocus
            radius: Theme.radius
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
        }
    }
}
