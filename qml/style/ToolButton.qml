import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A tool bar button: flat until hovered; checked (a screen switch) it is tinted with the accent.
T.ToolButton {
    id: control

    readonly property color foreground: !enabled ? Theme.disabledText
                                        : checked ? Theme.accent : Theme.text

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    padding: Theme.spaceS - 2
    horizontalPadding: Theme.spaceS
    spacing: Theme.spaceS - 2
    hoverEnabled: true

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
        color: control.foreground
    }

    background: ControlFrame {
        implicitWidth: Theme.controlHeight
        implicitHeight: Theme.controlHeight
        control: control
        fill: control.down ? Theme.pressed
              : control.checked ? Theme.accentSoft
              : control.hovered ? Theme.hover : "transparent"
    }
}
