import QtQuick
import Cptt

// The notice after an export: where the file went and, for a report or a review, Ký số… to sign
// it with a digital certificate (SignDialog, the core's one signer); once signed, the notice says
// who signed. Used by the drafter's exports and by the reviewer's.
Item {
    id: root

    // The signing dialog's title and explanation, and the notice's title once signed.
    property alias signTitle: signDialog.title
    property alias signIntro: signDialog.intro
    property string signedTitle: qsTr("Đã ký số báo cáo")

    // `signable`: the path of the exported file the notice offers to sign, or empty.
    function show(title, message, signable) {
        notice.title = title
        notice.message = message
        notice.signable = signable || ""
        notice.open()
    }

    ConfirmDialog {
        id: notice
        property string signable: ""
        acceptText: qsTr("Đóng")
        discardText: signable.length > 0 ? qsTr("Ký số…") : ""
        rejectText: ""
        onDiscarded: signDialog.ask(signable)
    }
    SignDialog {
        id: signDialog
        onSignedFile: (message) => root.show(root.signedTitle, message, "")
    }
}
