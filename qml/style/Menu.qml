import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A white menu with a thin frame; items are a field's height.
T.Menu {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)

    margins: 0
    padding: Theme.spaceXS
    overlap: 1

    delegate: MenuItem {}

    contentItem: ListView {
        implicitHeight: contentHeight
        model: control.contentModel
        interactive: Window.window
                     ? contentHeight + control.topPadding + control.bottomPadding > Window.window.height
                     : false
        clip: true
        currentIndex: control.currentIndex
        T.ScrollIndicator.vertical: ScrollIndicator {}
    }

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Theme.controlHeight
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    T.Overlay.modal: Rectangle { color: Color.transparent(Theme.text, 0.35) }
    T.Overlay.modeless: Rectangle { color: Color.transparent(Theme.text, 0.08) }
}
