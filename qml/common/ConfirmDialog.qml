import QtQuick
import QtQuick.Controls
import Cptt

// A modal question with up to three answers, all labelled in the app's language. Keys: the
// default answer (accept) has the focus when it opens, so Enter gives it; Escape rejects (Huỷ),
// the action waiting on the answer is not run; Tab goes through the answers. A long message
// scrolls inside a dialog never taller than the window.
Dialog {
    id: root

    property string message: ""
    property string acceptText: qsTr("Đồng ý")
    property string discardText: ""
    property string rejectText: qsTr("Huỷ")
    signal discarded()

    modal: true
    // Takes the keyboard when it opens, so that Escape reaches it.
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - Theme.padding * 2 : 520)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - Theme.padding * 2 : implicitHeight)
    onOpened: acceptButton.forceActiveFocus()

    contentItem: ScrollView {
        clip: true
        contentWidth: availableWidth
        Label {
            width: parent.width
            text: root.message
            wrapMode: Text.Wrap
            Accessible.name: text
        }
    }
    footer: DialogButtonBox {
        Button {
            id: acceptButton
            text: root.acceptText
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole // qmllint disable type
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Button {
            id: discardButton
            visible: root.discardText.length > 0
            text: root.discardText
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole // qmllint disable type
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: {
                root.close()
                root.discarded()
            }
        }
        Button {
            id: rejectButton
            visible: root.rejectText.length > 0
            text: root.rejectText
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
