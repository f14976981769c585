pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Reviewer mode: the selected procedure's worksheets as the report gives them, read-only, every
// input with its evidence note, and "Ý kiến…" on the worksheet and on each task row; then, for a
// procedure with both sheets, their comparison task beside task.
ScrollView {
    id: root

    required property ReviewSession session
    signal commentRequested(string worksheet, int task)

    // Scrolls to a worksheet ("current" | "proposed") or one of its task rows (task 0: the sheet).
    function showRow(worksheet, task) {
        const panel = panels.itemAt(panels.model.indexOf(worksheet)) as WorksheetPanel
        if (!panel)
            return
        const item = panel.taskItem(task) || panel
        contentItem.contentY = Math.max(0, item.mapToItem(column, 0, 0).y - Theme.padding)
    }

    contentWidth: availableWidth

    ColumnLayout {
        id: column
        x: Theme.spacing
        width: root.availableWidth - Theme.spacing
        ProcedureEditor {
            id: procedure
            document: root.session.reportDocument
            procedureId: root.session.selectedProcedureId
        }
        Label {
            visible: root.session.selectedProcedureId.length === 0
            text: qsTr("Chọn một thủ tục để xem bảng tính chi phí của thủ tục đó.")
            color: Theme.mutedText
        }
        // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
        // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
        // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
        Column {
            id: panelColumn
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                id: panels
                // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                model: root.session.selectedProcedureId.length === 0 ? []
                       : [procedure.hasCurrent ? "current" : "", procedure.hasProposed ? "proposed" : ""].filter(v => v.length > 0) // qmllint disable type
                delegate: WorksheetPanel {
                    required property string modelData
                    width: panelColumn.width
                    document: root.session.reportDocument
                    procedureId: root.session.selectedProcedureId
                    variant: modelData
                    title: modelData === "current" ? qsTr("Chi phí hiện hành") : qsTr("Chi phí đề xuất")
                    readOnly: true
                    review: root.session
                    onCommentRequested: (worksheet, task) => root.commentRequested(worksheet, task)
                }
            }
        }
        // The simplification at a glance: each current task beside its proposed counterpart.
        WorksheetCompare {
            Layout.fillWidth: true
            visible: root.session.selectedProcedureId.length > 0 && procedure.hasCurrent && procedure.hasProposed
            document: root.session.reportDocument
            procedureId: root.session.selectedProcedureId
        }
    }
}
