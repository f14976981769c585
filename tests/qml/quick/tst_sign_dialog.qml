import QtQuick
import QtQuick.Controls
import QtTest
import Cptt

// The signing dialog of the export notice (SignDialog) by the keyboard: nothing to sign without
// a key; a failure keeps the dialog open with its reason, the password selected to type again;
// the password is hidden and gone once the dialog closes.
TestCase {
    id: test
    name: "SignDialog"
    when: windowShown

    property int signedCount: 0

    width: 800
    height: 600

    SignDialog {
        id: dialog
        onSignedFile: test.signedCount++
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_failureKeepsTheDialogAndThePasswordIsNotKept() {
        dialog.ask("/no/such/folder/du-thao.report.xml")
        tryCompare(dialog, "opened", true)
        const key = findChild(dialog.contentItem, "signKey")
        const password = findChild(dialog.contentItem, "signPassword")
        const button = findChild(dialog.footer, "signButton")
        const message = findChild(dialog.contentItem, "signMessage")
        verify(key && password && button && message)
        tryCompare(key, "activeFocus", true)
        compare(button.enabled, false)
        compare(password.echoMode, TextInput.Password)

        type("pkcs11:token=T")
        compare(button.enabled, true)
        keyClick(Qt.Key_Return)
        tryCompare(password, "activeFocus", true)
        type("1234")
        keyClick(Qt.Key_Return)
        // The report cannot be read: still open, the reason said, the password ready to retype.
        compare(dialog.visible, true)
        compare(test.signedCount, 0)
        verify(message.visible)
        verify(message.text.indexOf("du-thao.report.xml") >= 0, message.text)
        compare(password.selectedText, "1234")

        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(password.text, "")
        compare(key.text, "pkcs11:token=T")
        // Opened again: the old reason is gone.
        dialog.ask("/no/such/folder/du-thao.report.xml")
        tryCompare(dialog, "opened", true)
        compare(message.visible, false)
        dialog.close()
    }
}
