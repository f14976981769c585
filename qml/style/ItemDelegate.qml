import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A row of a list: grey under the pointer, the accent tint when it is the current one, a 2-px
// accent frame inside it with keyboard focus (inside: lists clip what is outside their rows).
T.ItemDelegate {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    padding: Theme.spaceS
    horizontalPadding: Theme.spaceS + 4
    spacing: Theme.spaceS
    hoverEnabled: true

    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    icon.color: control.enabled ? Theme.text : Theme.disabledText

    contentItem: IconLabel {
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        alignment: control.display === IconLabel.IconOnly || control.display === IconLabel.TextUnderIcon ? Qt.AlignCenter : Qt.AlignLeft
        icon: control.icon
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.disabledText
    }

    background: Rectangle {
        implicitWidth: 100
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: control.down ? Theme.pressed
             : control.highlighted ? Theme.accentSoft
             : control.hovered ? Theme.hover : "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
