import QtQuick
import QtQuick.Dialogs
import Cptt

// The response page's file dialogs: save the answers, print the table of how the opinions were
// taken in, and name the revised report exported earlier. Each opens beside the review.
Item {
    id: root

    required property ResponseSession response
    // Called with a title and a message once a file is written.
    required property var exported

    function folderOf(path) { return AppSettings.folderOf(path) }
    function saveAs() {
        saveDialog.currentFolder = folderOf(response.suggestedPath())
        saveDialog.selectedFile = AppSettings.fileUrl(AppSettings.toLocalPath(folderOf(response.suggestedPath())),
                                                      response.suggestedPath().split("/").pop())
        saveDialog.open()
    }
    function exportTable() {
        const path = response.suggestedTablePath()
        tableDialog.currentFolder = folderOf(path)
        tableDialog.selectedFile = AppSettings.fileUrl(AppSettings.toLocalPath(folderOf(path)), path.split("/").pop())
        tableDialog.open()
    }
    function chooseRevisedReport() {
        reportDialog.currentFolder = folderOf(response.suggestedPath())
        reportDialog.open()
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Lưu bản trả lời ý kiến thẩm định")
        acceptLabel: qsTr("Lưu")
        rejectLabel: qsTr("Huỷ")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Bản trả lời (*.response.xml)")]
        defaultSuffix: "response.xml"
        onAccepted: {
            const notify = root.exported
            if (root.response.saveAs(String(selectedFile)))
                notify(qsTr("Đã lưu bản trả lời"), qsTr("Đã lưu bản trả lời vào:\n%1").arg(root.response.path))
        }
    }
    FileDialog {
        id: tableDialog
        title: qsTr("Xuất bảng tiếp thu, giải trình")
        acceptLabel: qsTr("Xuất")
        rejectLabel: qsTr("Huỷ")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("OpenDocument (*.odt)"), qsTr("PDF (*.pdf)"), qsTr("Word (*.docx)")]
        defaultSuffix: ["odt", "pdf", "docx"][Math.max(0, selectedNameFilter.index)]
        onAccepted: {
            const notify = root.exported
            if (root.response.exportTable(String(selectedFile)))
                notify(qsTr("Đã xuất bảng tiếp thu, giải trình"),
                       qsTr("Đã xuất bảng vào:\n%1").arg(AppSettings.toLocalPath(String(selectedFile))))
        }
    }
    FileDialog {
        id: reportDialog
        title: qsTr("Chọn báo cáo đã sửa")
        acceptLabel: qsTr("Mở")
        rejectLabel: qsTr("Huỷ")
        nameFilters: [qsTr("Báo cáo CPTT (*.report.xml)")]
        onAccepted: root.response.nameRevisedReport(String(selectedFile))
    }
}
