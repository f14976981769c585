import QtQuick
import QtQuick.Controls
import QtTest
import Cptt

// The unsaved-changes question (ConfirmDialog) answered with the keyboard: Escape cancels (the
// action waiting on the answer is not run, nothing is discarded), even while a text field that
// was being typed in held the keyboard when the question opened.
TestCase {
    id: test
    name: "ConfirmDialog"
    when: windowShown

    property int accepted: 0
    property int discarded: 0
    property int rejected: 0

    width: 640
    height: 480

    Item {
        anchors.fill: parent
        TextField {
            id: typing
            Accessible.name: "typing"
        }
        ConfirmDialog {
            id: dialog
            title: "Hồ sơ có thay đổi chưa lưu"
            message: "Lưu các thay đổi?"
            acceptText: "Lưu"
            discardText: "Không lưu"
            onAccepted: test.accepted++
            onDiscarded: test.discarded++
            onRejected: test.rejected++
        }
    }

    function test_escapeCancels() {
        typing.forceActiveFocus()
        keyClick(Qt.Key_A)
        compare(typing.text, "a")
        dialog.open()
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(test.rejected, 1)
        compare(test.accepted, 0)
        compare(test.discarded, 0)
        compare(typing.text, "a")
    }
}
