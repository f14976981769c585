import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A white card over a dimmed window: the title in the heading size, the buttons at the bottom
// right.
T.Dialog {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding,
                            implicitHeaderWidth,
                            implicitFooterWidth)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding
                             + (implicitHeaderHeight > 0 ? implicitHeaderHeight + spacing : 0)
                             + (implicitFooterHeight > 0 ? implicitFooterHeight + spacing : 0))

    padding: Theme.spaceL
    topPadding: Theme.spaceS

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius + 2
    }

    header: Label {
        text: control.title
        visible: control.title
        elide: Label.ElideRight
        font.pointSize: Theme.fontHeading
        font.weight: Font.DemiBold
        color: Theme.text
        leftPadding: Theme.spaceL
        rightPadding: Theme.spaceL
        topPadding: Theme.spaceL - 4
        bottomPadding: Theme.spaceS
    }

    footer: DialogButtonBox {
        visible: count > 0
    }

    T.Overlay.modal: Rectangle { color: Color.transparent(Theme.text, 0.35) }
    T.Overlay.modeless: Rectangle { color: Color.transparent(Theme.text, 0.08) }
}
