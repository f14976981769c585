import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A modal question with up to three answers, all labelled in the app's language.
Dialog {
    id: root

    property string message: ""
    property string acceptText: qsTr("Đồng ý")
    property string discardText: ""
    property string rejectText: qsTr("Huỷ")
    signal discarded()

    modal: true
    // Takes the keyboard when it opens, so that Escape reaches it: Escape rejects (Huỷ), the
    // action waiting on the answer is not run.
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, Overlay.overlay ? Overlay.overlay.width - 40 : 520)

    contentItem: Label {
        text: root.message
        wrapMode: Text.Wrap
    }
    footer: DialogButtonBox {
        Button {
            text: root.acceptText
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            visible: root.discardText.length > 0
            text: root.discardText
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                root.close()
                root.discarded()
            }
        }
        Button {
            visible: root.rejectText.length > 0
            text: root.rejectText
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
