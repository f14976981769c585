import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A menu entry: the accent tint under the pointer or the keyboard.
T.MenuItem {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    padding: Theme.spaceS - 2
    horizontalPadding: Theme.spaceS + 4
    spacing: Theme.spaceS
    hoverEnabled: true

    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    icon.color: control.enabled ? Theme.text : Theme.disabledText

    contentItem: IconLabel {
        readonly property real arrowPadding: control.subMenu && control.arrow ? control.arrow.width + control.spacing : 0
        readonly property real indicatorPadding: control.checkable && control.indicator ? control.indicator.width + control.spacing : 0
        leftPadding: !control.mirrored ? indicatorPadding : arrowPadding
        rightPadding: control.mirrored ? indicatorPadding : arrowPadding
        spacing: control.spacing
        mirrored: control.mirrored
        display: control.display
        alignment: Qt.AlignLeft
        icon: control.icon
        text: control.text
        font: control.font
        color: control.enabled ? Theme.text : Theme.disabledText
    }

    indicator: ColorImage {
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        width: Theme.iconSize
        height: Theme.iconSize
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        visible: control.checked
        source: control.checkable ? "qrc:/qt/qml/Cptt/icons/check.svg" : ""
        color: Theme.accent
    }

    arrow: ColorImage {
        x: control.mirrored ? control.leftPadding : control.width - width - control.rightPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        width: Theme.iconSize
        height: Theme.iconSize
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        visible: control.subMenu
        mirror: control.mirrored
        source: control.subMenu ? "qrc:/qt/qml/Cptt/icons/chevron-right.svg" : ""
        color: Theme.mutedText
    }

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Theme.controlHeight
        radius: Theme.radius
        color: control.down ? Theme.pressed : control.highlighted ? Theme.accentSoft : "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
