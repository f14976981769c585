pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The main window: tool bar, the screens, the dialogs (AppDialogs), and the keyboard shortcuts.
// Screens only show what the bridge gives and send edits back.
ApplicationWindow {
    id: window

    property string screen: "start" // start | dossier | procedure | summary | review | responses
    property string procedureId: ""
    property bool closingConfirmed: false

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
    // The drafter's side of a review: its comments show at their places in this dossier.
    function openReturnedReview(path) { return ReturnedReview.session.openReviewForDossier(path) }
    function lastError() { return screen === "review" ? reviewPage.session.errorString : doc.errorString }
    // Called by edit fields, which keep Ctrl+Z / Ctrl+Y for the dossier.
    function undoEdit() { doc.undo() }
    function redoEdit() { doc.redo() }
    function showScreen(name) {
        if (name === "procedure" || name === "form" || name === "worksheet" || name === "returned-review") {
            procedureId = doc.firstProcedureId(name === "procedure" ? "" : "amended")
            screen = "procedure"
            procedurePage.showPart(name === "procedure" ? "general" : name === "returned-review" ? "form" : name)
        } else {
            screen = name
        }
    }
    // place: general | form | current | proposed; target: the exact spot there (Problem::target).
    function openProcedure(id, place, target) {
        procedureId = id
        screen = "procedure"
        const sheet = place === "current" || place === "proposed"
        procedurePage.showPlace(sheet ? "worksheet" : place === "form" ? "form" : "general",
                                sheet ? place + ":" + (target || "") : (target || ""))
    }
    function whenSaved(action) { dialogs.whenSaved(action) }
    function save(then) { dialogs.save(then) }
    function newDossier() { whenSaved(() => { doc.newDossier(); window.screen = "dossier" }) }
    function openDossier() { whenSaved(() => dialogs.openDossier()) }
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
        onErrorOccurred: (message) => dialogs.showError(message)
        // A returned review belongs to the dossier it was opened with, not to the next one.
        onDossierReplaced: if (ReturnedReview.session.isOpen) ReturnedReview.session.close()
    }
    // A review returned to the drafter reads its places against this dossier.
    Binding { target: ReturnedReview.session; property: "document"; value: doc }
    Binding { target: ReturnedReview.response; property: "document"; value: doc }
    Connections {
        target: ReturnedReview.session
        function onErrorOccurred(message) { dialogs.showError(message) }
    }
    Connections {
        target: ReturnedReview.response
        function onErrorOccurred(message) { dialogs.showError(message) }
    }

    header: AppToolBar {
        document: doc
        screen: window.screen
        hasProcedure: window.procedureId.length > 0
        onNewRequested: window.newDossier()
        onOpenRequested: window.openDossier()
        onSaveRequested: window.save(null)
        onSaveAsRequested: dialogs.saveAs(null)
        onExportRequested: dialogs.exportReport()
        onDocumentRequested: dialogs.exportDocument()
        onReturnedReviewRequested: dialogs.openReturnedReview()
        onCloseRequested: window.closeDossier()
        onScreenRequested: (name) => window.screen = name
    }

    StackLayout {
        anchors.fill: parent
        // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
        currentIndex: ["start", "dossier", "procedure", "summary", "review", "responses"].indexOf(window.screen) // qmllint disable type

        StartPage {
            document: doc
            onNewRequested: window.newDossier()
            onOpenRequested: window.openDossier()
            onOpenFileRequested: (path) => window.whenSaved(() => window.openFile(path))
            onExampleRequested: (path) => window.whenSaved(() => {
                if (doc.openCopy(path)) {
                    window.procedureId = doc.firstProcedureId("")
                    window.screen = "dossier"
                }
            })
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
            onProcedureOpened: (id) => window.openProcedure(id, "general", "")
            onAnswerRequested: window.screen = "responses"
        }
        ProcedurePage {
            id: procedurePage
            document: doc
            procedureId: window.procedureId
            onBackRequested: window.screen = "dossier"
        }
        SummaryPage {
            document: doc
            onPlaceRequested: (id, place, target) => {
                if (id.length > 0)
                    window.openProcedure(id, place, target)
                else
                    window.screen = "dossier"
            }
        }
        ReviewPage {
            id: reviewPage
        }
        ResponsePage {
            exported: (title, message) => dialogs.showExported(title, message)
            onBackRequested: window.screen = "dossier"
            onPlaceRequested: (id, section, field, worksheet, task) => {
                if (id.length === 0)
                    window.screen = "dossier"
                else if (worksheet.length > 0)
                    window.openProcedure(id, worksheet, String(task))
                else if (field.length > 0 || section.length > 0)
                    window.openProcedure(id, "form", field.length > 0 ? field : section)
                else
                    window.openProcedure(id, "general", "")
            }
        }
    }

    footer: AppStatusBar {
        document: doc
        onRestoreRequested: (copy) => window.whenSaved(() => {
            if (doc.restoreRecovery(copy))
                window.procedureId = doc.firstProcedureId("")
        })
    }

    AppDialogs {
        id: dialogs
        document: doc
        openFile: window.openFile
    }

    // Qt 6.4's qmllint does not know StandardKey (QKeySequence's enum).
    // qmllint disable unqualified
    Shortcut { sequences: [StandardKey.New]; onActivated: window.newDossier() }
    Shortcut { sequences: [StandardKey.Open]; onActivated: window.openDossier() }
    Shortcut { sequences: [StandardKey.Save]; enabled: doc.isOpen; onActivated: window.save(null) }
    Shortcut { sequences: [StandardKey.SaveAs]; enabled: doc.isOpen; onActivated: dialogs.saveAs(null) }
    Shortcut { sequences: [StandardKey.Close]; enabled: doc.isOpen; onActivated: window.closeDossier() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: doc.canUndo; context: Qt.ApplicationShortcut; onActivated: doc.undo() }
    Shortcut { sequences: [StandardKey.Redo, "Ctrl+Y"]; enabled: doc.canRedo; context: Qt.ApplicationShortcut; onActivated: doc.redo() }
    // qmllint enable unqualified
}
