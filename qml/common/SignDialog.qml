import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Cptt

// Signing an exported report with a digital certificate (chữ ký số): the key is a PKCS#12 file
// (chosen in a file dialog) or a USB token named by its pkcs11: URI (typed); the password or PIN
// is typed each time, hidden, and cleared when the dialog closes. The core signs the file in
// place; a failure keeps the dialog open with its reason.
Dialog {
    id: root

    // The exported file to sign.
    property string filePath: ""
    // What is signed, and with whose certificate (a report by the drafting body's, a review by
    // the reviewer's).
    property string intro: qsTr("Ký báo cáo vừa xuất bằng chứng thư số của cơ quan: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….")
    // Fired with the message of a successful signing (who signed, where).
    signal signedFile(string message)

    function ask(path) {
        filePath = path
        signer.clearMessage()
        open()
    }
    function sign() {
        if (signer.signFile(root.filePath, keyField.text, passwordField.text)) {
            passwordField.text = ""
            const message = signer.message
            root.close()
            root.signedFile(message)
        } else {
            passwordField.selectAll()
            passwordField.forceActiveFocus()
        }
    }

    title: qsTr("Ký số báo cáo")
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, Overlay.overlay ? Overlay.overlay.width - Theme.padding * 2 : 560)
    onOpened: (keyField.text.length > 0 ? passwordField : keyField).forceActiveFocus()
    onClosed: passwordField.text = ""

    ReportSigner { id: signer }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceS
        Label {
            Layout.fillWidth: true
            text: root.intro
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Khoá ký")
            color: Theme.mutedText
            font.pointSize: Theme.fontCaption
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: keyField
                objectName: "signKey"
                // A path or a URI, the same in both languages.
                property bool userData: true
                Layout.fillWidth: true
                placeholderText: qsTr("Tệp .p12 hoặc pkcs11:token=…;object=…")
                Accessible.name: qsTr("Khoá ký")
                onAccepted: passwordField.forceActiveFocus()
            }
            Button {
                text: qsTr("Chọn tệp…")
                onClicked: keyDialog.open()
            }
        }
        Label {
            text: signer.isTokenUri(keyField.text) ? qsTr("Mã PIN của token") : qsTr("Mật khẩu của tệp khoá")
            color: Theme.mutedText
            font.pointSize: Theme.fontCaption
        }
        TextField {
            id: passwordField
            objectName: "signPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            Accessible.name: signer.isTokenUri(keyField.text) ? qsTr("Mã PIN của token") : qsTr("Mật khẩu của tệp khoá")
            onAccepted: root.sign()
        }
        Label {
            objectName: "signMessage"
            Layout.fillWidth: true
            visible: signer.message.length > 0
            text: signer.message
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.name: text
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "signButton"
            text: qsTr("Ký số")
            enabled: keyField.text.trim().length > 0
            // ActionRole: a failure keeps the dialog open with its reason.
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole // qmllint disable type
            onClicked: root.sign()
        }
        Button {
            text: qsTr("Bỏ qua")
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
        }
    }

    FileDialog {
        id: keyDialog
        title: qsTr("Chọn tệp khoá PKCS#12")
        acceptLabel: qsTr("Chọn")
        rejectLabel: qsTr("Huỷ")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Khoá PKCS#12 (*.p12 *.pfx)"), qsTr("Mọi tệp (*)")]
        onAccepted: {
            keyField.text = AppSettings.toLocalPath(String(selectedFile))
            passwordField.forceActiveFocus()
        }
    }
}
