import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// An 18-px box: framed grey, filled with the accent and a white tick when checked.
T.CheckBox {
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
        readonly property bool marked: control.checkState !== Qt.Unchecked
        implicitWidth: 18
        implicitHeight: 18
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding) : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: 3
        color: !control.enabled ? Theme.window
             : marked ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
             : control.down ? Theme.pressed : control.hovered ? Theme.hover : Theme.surface
        border.width: 1
        border.color: !control.enabled ? Theme.border : marked ? Theme.accent : Theme.controlBorder

        ColorImage {
            anchors.centerIn: parent
            width: 14
            height: 14
            sourceSize.width: 14
            sourceSize.height: 14
            color: control.enabled ? Theme.inverseText : Theme.disabledText
            source: "qrc:/qt/qml/Cptt/icons/check.svg"
            visible: control.checkState === Qt.Checked
        }
        Rectangle {
            anchors.centerIn: parent
            width: 10
            height: 2
            color: control.enabled ? Theme.inverseText : Theme.disabledText
            visible: control.checkState === Qt.PartiallyChecked
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
