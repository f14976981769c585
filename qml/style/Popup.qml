import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

T.Popup {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)

    padding: Theme.spaceM

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    T.Overlay.modal: Rectangle { color: Color.transparent(Theme.text, 0.35) }
    T.Overlay.modeless: Rectangle { color: Color.transparent(Theme.text, 0.08) }
}
