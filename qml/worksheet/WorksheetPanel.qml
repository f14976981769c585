pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One cost worksheet: tasks, fees, frequency, subjects, and its totals (all from the core). In
// reviewer mode it shows a submitted report's inputs read-only and offers comments on its rows.
SectionBox {
    id: root

    required property DossierDocument document
    required property string procedureId
    required property string variant
    property bool readOnly: false
    property ReviewSession review: ReturnedReview.session
    // Reviewer mode: a comment on the worksheet (task 0) or on one of its task rows.
    signal commentRequested(string worksheet, int task)

    // The procedure whose worksheet is read and whose task rows are made: set when the panel is
    // shown, empty while it is hidden. A hidden tab (or screen) costs nothing, at start or when
    // the drafter moves to another procedure (its rows were ~0.2 s on the 2,000-procedure dossier).
    property string shownProcedureId: ""
    onVisibleChanged: if (visible) shownProcedureId = procedureId
    onProcedureIdChanged: shownProcedureId = visible ? procedureId : ""
    Component.onCompleted: shownProcedureId = visible ? procedureId : ""

    WorksheetModel {
        id: sheetModel
        document: root.document
        procedureId: root.shownProcedureId
        variant: root.variant
    }

    CommentNote {
        Layout.fillWidth: true
        session: root.review
        procedureId: root.procedureId
        worksheet: root.variant
    }
    Button {
        visible: root.readOnly
        text: qsTr("Ý kiến về bảng tính…")
        onClicked: root.commentRequested(root.variant, 0)
    }
    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Mức thu nhập"); color: Theme.mutedText }
        ComboBox {
            id: rateBox
            enabled: !root.readOnly
            Layout.fillWidth: true
            Layout.preferredWidth: 160 // what is left once the label has its width
            Accessible.name: qsTr("Mức thu nhập dùng cho bảng này")
            model: root.document.rates
            textRole: "label"
            valueRole: "rateId"
            // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
            currentIndex: root.document.rateIds.indexOf(sheetModel.rateId) // qmllint disable type
            displayText: currentIndex < 0 ? (sheetModel.rateId.length > 0 ? qsTr("%1 (không có trong các mức thu nhập)").arg(sheetModel.rateId) : qsTr("Chọn mức thu nhập…")) : currentText
            onActivated: sheetModel.setField(WorksheetField.Rate, currentValue)
        }
    }

    // The row of task `number` (1-based), or null.
    function taskItem(number) {
        shownProcedureId = procedureId
        return taskTable.taskItem(number)
    }

    TaskTable {
        id: taskTable
        Layout.fillWidth: true
        sheet: sheetModel
        readOnly: root.readOnly
        review: root.review
        onCommentRequested: (task) => root.commentRequested(root.variant, task)
        onAddRequested: (mode) => addDialog.openFor(mode)
    }
    FeeTable {
        Layout.fillWidth: true
        fees: sheetModel.fees
        readOnly: root.readOnly
    }
    WorksheetVolume {
        Layout.fillWidth: true
        sheet: sheetModel
        readOnly: root.readOnly
    }

    WorksheetTotals {
        Layout.fillWidth: true
        sheet: sheetModel
    }

    AddTaskDialog {
        id: addDialog
        sheet: sheetModel
    }
}
