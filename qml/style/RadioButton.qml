import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// An 18-px circle: framed grey, an accent ring and dot when chosen.
T.RadioButton {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    padding: Theme.spaceXS + 2
    spacing: Theme.spaceS
    hoverEnabled: true

    indicator: Rectangle {
        implicitWidth: 18
        implicitHeight: 18
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding) : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: width / 2
        color: !control.enabled ? Theme.window
             : control.down ? Theme.pressed : control.hovered ? Theme.hover : Theme.surface
        border.width: control.checked ? 2 : 1
        border.color: !control.enabled ? Theme.border : control.checked ? Theme.accent : Theme.controlBorder

        Rectangle {
            anchors.centerIn: parent
            width: 8
            height: 8
            radius: width / 2
            color: control.enabled ? Theme.accent : Theme.disabledText
            visible: control.checked
        }
        FocusRing { target: parent; shown: control.visualFocus }
    }

    contentItem: CheckLabel {
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.disabledText
    }
}
