import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A push button: a white frame, grey when hovered or pressed; a highlighted one is the dialog's
// main action, filled with the accent. Keyboard focus draws the accent ring.
T.Button {
    id: control

    readonly property color foreground: !enabled ? Theme.disabledText
                                        : highlighted ? Theme.inverseText
                                        : flat ? Theme.accent : Theme.text

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    padding: Theme.spaceS - 2
    horizontalPadding: flat ? Theme.spaceS : Theme.spaceM - 4
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
        implicitWidth: 64
        implicitHeight: Theme.controlHeight
        control: control
        fill: control.highlighted
              ? (control.down ? Qt.darker(Theme.accent, 1.2) : control.hovered ? Qt.darker(Theme.accent, 1.1) : Theme.accent)
              : control.down || control.checked ? Theme.pressed
              : control.hovered ? Theme.hover
              : control.flat ? "transparent" : Theme.surface
        frame: control.flat || control.highlighted ? "transparent"
               : control.enabled ? Theme.controlBorder : Theme.border
    }
}
