pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cptt

// The main window: tool bar, the four screens, file dialogs, the unsaved-changes question, and
// the keyboard shortcuts. Screens only show what the bridge gives and send edits back.
ApplicationWindow {
    id: window

    property string screen: "start" // start | dossier | procedure | summary | review
    property string procedureId: ""
    property bool closingConfirmed: false
    property var pendingAction: null

    function openFile(path) {
        // A submitted report opens reviewer mode.
        if (String(path).endsWith(".report.xml")) {
            if (!reviewPage.openReport(path))
                return false
            screen = "review"
            return true
        }
        if (!doc.open(path))
            return false
        AppSettings.addRecentFile(path)
        procedureId = doc.firstProcedureId("")
        screen = "dossier"
        return true
    }
    function lastError() { return screen === "review" ? reviewPage.session.errorString : doc.errorString }
    // Called by edit fields, which keep Ctrl+Z / Ctrl+Y for the dossier.
    function undoEdit() { doc.undo() }
    function redoEdit() { doc.redo() }
    function showScreen(name) {
        if (name === "procedure" || name === "form" || name === "worksheet") {
            procedureId = doc.firstProcedureId(name === "procedure" ? "" : "amended")
            screen = "procedure"
            procedurePage.showPart(name === "procedure" ? "general" : name)
        } else {
            screen = name
        }
    }
    function openProcedure(id, place) {
        procedureId = id
        screen = "procedure"
        procedurePage.showPart(place === "current" || place === "proposed" ? "worksheet"
                               : place === "form" ? "form" : "general")
    }
    // Runs `action` once unsaved changes are saved or discarded (or at once when there are none).
    function whenSaved(action) {
        if (!doc.modified) {
            action()
            return
        }
        pendingAction = action
        unsavedDialog.open()
    }
    function save(then) {
        if (doc.filePath.length === 0) {
            saveDialog.then = then
            saveDialog.open()
        } else if (doc.save() && then) {
            then()
        }
    }
    function newDossier() { whenSaved(() => { doc.newDossier(); window.screen = "dossier" }) }
    function openDossier() { whenSaved(() => openDialog.open()) }
    function closeDossier() { whenSaved(() => { doc.close(); window.screen = "start"; AppSettings.refreshRecoveryCopies() }) }

    x: AppSettings.windowGeometry.x
    y: AppSettings.windowGeometry.y
    width: AppSettings.windowGeometry.width
    height: AppSettings.windowGeometry.height
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    color: Theme.window
    font.family: Theme.fontFamily
    title: (doc.isOpen ? (doc.modified ? "● " : "") + doc.displayName + " — " : "")
           + qsTr("CPTT: chi phí tuân thủ thủ tục hành chính")

    onClosing: (close) => {
        if (doc.modified && !closingConfirmed) {
            close.accepted = false
            whenSaved(() => { window.closingConfirmed = true; window.close() })
            return
        }
        AppSettings.windowGeometry = Qt.rect(window.x, window.y, window.width, window.height)
        if (!doc.modified)
            doc.close()
    }

    DossierDocument {
        id: doc
        checklist.active: window.screen === "summary"
        onErrorOccurred: (message) => {
            errorDialog.message = message
            errorDialog.open()
        }
    }

    header: AppToolBar {
        document: doc
        screen: window.screen
        hasProcedure: window.procedureId.length > 0
        onNewRequested: window.newDossier()
        onOpenRequested: window.openDossier()
        onSaveRequested: window.save(null)
        onSaveAsRequested: { saveDialog.then = null; saveDialog.open() }
        onExportRequested: exportDialog.open()
        onDocumentRequested: documentDialog.open()
        onCloseRequested: window.closeDossier()
        onScreenRequested: (name) => window.screen = name
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: ["start", "dossier", "procedure", "summary", "review"].indexOf(window.screen)

        StartPage {
            document: doc
            onNewRequested: window.newDossier()
            onOpenRequested: window.openDossier()
            onOpenFileRequested: (path) => window.whenSaved(() => window.openFile(path))
            onReviewRequested: window.screen = "review"
            onRecoverRequested: (path) => window.whenSaved(() => {
                if (doc.restoreRecovery(path)) {
                    window.procedureId = doc.firstProcedureId("")
                    window.screen = "dossier"
                }
                AppSettings.refreshRecoveryCopies()
            })
        }
        DossierPage {
            document: doc
            onProcedureOpened: (id) => window.openProcedure(id, "general")
        }
        ProcedurePage {
            id: procedurePage
            document: doc
            procedureId: window.procedureId
            onBackRequested: window.screen = "dossier"
        }
        SummaryPage {
            document: doc
            onPlaceRequested: (id, place) => {
                if (id.length > 0)
                    window.openProcedure(id, place)
                else
                    window.screen = "dossier"
            }
        }
        ReviewPage {
            id: reviewPage
        }
    }

    footer: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.padding
            anchors.rightMargin: Theme.padding
            Label {
                Layout.fillWidth: true
                text: doc.statusMessage
                elide: Text.ElideMiddle
                color: Theme.mutedText
            }
            Label {
                visible: doc.invalidEntryCount > 0
                text: qsTr("%n ô nhập chưa hợp lệ", "", doc.invalidEntryCount)
                color: Theme.error
            }
            Label {
                visible: doc.isOpen
                text: doc.modified ? qsTr("Có thay đổi chưa lưu") : qsTr("Đã lưu")
                color: doc.modified ? Theme.warning : Theme.ok
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Mở hồ sơ")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Hồ sơ CPTT (*.cptt.xml *.xml)")]
        onAccepted: window.openFile(selectedFile.toString())
    }
    FileDialog {
        id: saveDialog
        property var then: null
        title: qsTr("Lưu hồ sơ")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Hồ sơ CPTT (*.cptt.xml)")]
        onAccepted: {
            if (doc.saveAs(selectedFile.toString())) {
                AppSettings.addRecentFile(doc.filePath)
                if (then)
                    then()
            }
        }
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Xuất báo cáo XML")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Báo cáo CPTT (*.report.xml)")]
        onAccepted: {
            if (doc.exportReport(selectedFile.toString())) {
                exportedDialog.message = qsTr("Đã xuất báo cáo vào:\n%1").arg(doc.lastExportPath)
                exportedDialog.open()
            }
        }
    }
    FileDialog {
        id: documentDialog
        title: qsTr("Xuất văn bản đánh giá")
        fileMode: FileDialog.SaveFile
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("PDF (*.pdf)"), qsTr("OpenDocument (*.odt)")]
        onAccepted: {
            if (doc.exportDocument(selectedFile.toString())) {
                exportedDialog.message = qsTr("Đã xuất văn bản vào:\n%1").arg(doc.lastExportPath)
                exportedDialog.open()
            }
        }
    }
    ConfirmDialog {
        id: unsavedDialog
        title: qsTr("Hồ sơ có thay đổi chưa lưu")
        message: qsTr("Lưu các thay đổi của \"%1\" trước khi tiếp tục?").arg(doc.displayName)
        acceptText: qsTr("Lưu")
        discardText: qsTr("Không lưu")
        onAccepted: window.save(window.pendingAction)
        onDiscarded: {
            doc.discardChanges()
            if (window.pendingAction)
                window.pendingAction()
        }
    }
    ConfirmDialog {
        id: errorDialog
        title: qsTr("Không thực hiện được")
        acceptText: qsTr("Đóng")
        rejectText: ""
    }
    ConfirmDialog {
        id: exportedDialog
        title: qsTr("Đã xuất báo cáo")
        acceptText: qsTr("Đóng")
        rejectText: ""
    }

    Shortcut { sequences: [StandardKey.New]; onActivated: window.newDossier() }
    Shortcut { sequences: [StandardKey.Open]; onActivated: window.openDossier() }
    Shortcut { sequences: [StandardKey.Save]; enabled: doc.isOpen; onActivated: window.save(null) }
    Shortcut { sequences: [StandardKey.SaveAs]; enabled: doc.isOpen; onActivated: saveDialog.open() }
    Shortcut { sequences: [StandardKey.Close]; enabled: doc.isOpen; onActivated: window.closeDossier() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: doc.canUndo; context: Qt.ApplicationShortcut; onActivated: doc.undo() }
    Shortcut { sequences: [StandardKey.Redo, "Ctrl+Y"]; enabled: doc.canRedo; context: Qt.ApplicationShortcut; onActivated: doc.redo() }
}
