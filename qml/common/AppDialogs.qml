import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Cptt

// The main window's file dialogs and questions: open, save as, export the report or the
// document, open a returned review, the unsaved-changes question, errors and export notices; an
// exported report can be signed from its notice (Ký số…).
// The file dialogs' buttons say what they do in the app's language (Qt 6.4's own save dialog
// says "Open"); Escape cancels them, Enter in the name field accepts.
Item {
    id: root

    required property DossierDocument document
    // Called with a chosen dossier or report path (the window decides which screen opens).
    required property var openFile
    property var pendingAction: null

    function openDossier() { openDialog.open() }
    function openReturnedReview() { reviewDialog.open() }
    // Each save dialog opens in the last folder with a name made from the draft's title (or the
    // dossier's file name) and the file type's extension; a name typed without one gets it.
    function propose(dialog, suffix) {
        dialog.selectedFile = AppSettings.fileUrl(AppSettings.lastFolder, document.suggestedFileName(suffix))
        dialog.open()
    }
    function exportReport() { propose(exportDialog, ".report.xml") }
    function exportDocument() {
        propose(documentDialog, "." + documentDialog.defaultSuffix)
    }
    // Save as, then run `then` (or nothing) once the dossier is written.
    function saveAs(then) {
        saveDialog.then = then || null
        propose(saveDialog, ".cptt.xml")
    }
    function save(then) {
        if (document.filePath.length === 0)
            saveAs(then)
        else if (document.save() && then)
            then()
    }
    // Runs `action` once unsaved changes are saved or discarded (or at once when there are none).
    function whenSaved(action) {
        if (!document.modified) {
            action()
            return
        }
        pendingAction = action
        unsavedDialog.open()
    }
    function showError(message) {
        errorDialog.message = message
        errorDialog.open()
    }
    // `signable`: the path of an exported report, which the notice offers to sign.
    function showExported(title, message, signable) {
        exportedNotice.show(title, message, signable)
    }

    FileDialog {
        id: openDialog
        title: qsTr("Mở hồ sơ")
        acceptLabel: qsTr("Mở")
        rejectLabel: qsTr("Huỷ")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Hồ sơ CPTT (*.cptt.xml *.xml)")]
        onAccepted: {
            const open = root.openFile
            open(String(selectedFile))
        }
    }
    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Lưu hồ sơ")
        acceptLabel: qsTr("Lưu")
        rejectLabel: qsTr("Huỷ")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Hồ sơ CPTT (*.cptt.xml)")]
        defaultSuffix: "cptt.xml"
        onAccepted: {
            if (root.document.saveAs(String(selectedFile))) {
                AppSettings.addRecentFile(root.document.filePath)
                const action = then
                if (action)
                    action()
            }
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Xuất báo cáo XML")
        acceptLabel: qsTr("Xuất")
        rejectLabel: qsTr("Huỷ")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Báo cáo CPTT (*.report.xml)")]
        defaultSuffix: "report.xml"
        onAccepted: {
            if (root.document.exportReport(String(selectedFile)))
                root.showExported(qsTr("Đã xuất báo cáo"),
                                  qsTr("Đã xuất báo cáo vào:\n%1").arg(root.document.lastExportPath),
                                  root.document.lastExportPath)
        }
    }
    FileDialog {
        id: documentDialog
        title: qsTr("Xuất văn bản đánh giá")
        acceptLabel: qsTr("Xuất")
        rejectLabel: qsTr("Huỷ")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument (*.odt)"), qsTr("Word (*.docx)")]
        // The extension of the chosen file type (the filters' order).
        defaultSuffix: ["pdf", "odt", "docx"][Math.max(0, selectedNameFilter.index)]
        onAccepted: {
            if (root.document.exportDocument(String(selectedFile), "." + defaultSuffix))
                root.showExported(qsTr("Đã xuất văn bản đánh giá"),
                                  qsTr("Đã xuất văn bản vào:\n%1").arg(root.document.lastExportPath))
        }
    }
    FileDialog {
        id: reviewDialog
        title: qsTr("Mở ý kiến thẩm định")
        acceptLabel: qsTr("Mở")
        rejectLabel: qsTr("Huỷ")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Ý kiến thẩm định (*.review.xml)")]
        onAccepted: ReturnedReview.session.openReviewForDossier(String(selectedFile))
    }
    ConfirmDialog {
        id: unsavedDialog
        title: qsTr("Hồ sơ có thay đổi chưa lưu")
        // A new dossier without a title has no name to quote.
        message: root.document.displayName.length > 0
                 ? qsTr("Lưu các thay đổi của \"%1\" trước khi tiếp tục?").arg(root.document.displayName)
                 : qsTr("Lưu các thay đổi của hồ sơ mới trước khi tiếp tục?")
        acceptText: qsTr("Lưu")
        discardText: qsTr("Không lưu")
        onAccepted: root.save(root.pendingAction)
        onDiscarded: {
            root.document.discardChanges()
            const action = root.pendingAction
            if (action)
                action()
        }
        // Huỷ or Escape: the action is not run and nothing is discarded.
        onRejected: root.pendingAction = null
    }
    ConfirmDialog {
        id: errorDialog
        title: qsTr("Không thực hiện được")
        acceptText: qsTr("Đóng")
        rejectText: ""
    }
    ExportedNotice {
        id: exportedNotice
    }
}
