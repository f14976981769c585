pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A procedure's cost worksheets. With both a current and a proposed sheet (amended, detailed) the
// drafter chooses between the two full sheets side by side ("Hai bảng") and the comparison, task
// beside task ("So sánh"); a procedure with one sheet shows it alone.
ScrollView {
    id: root

    required property DossierDocument document
    required property ProcedureEditor editor
    property string mode: "sheets" // sheets | compare
    readonly property bool both: editor.hasCurrent && editor.hasProposed

    // Scrolls to a worksheet ("current" | "proposed") or to its task `task` (1-based) and puts
    // the focus in the task's name.
    function reveal(variant, task) {
        mode = "sheets"
        const panel = variant === "current" ? currentSheet : proposedSheet
        const item = panel.taskItem(task) || panel
        contentItem.contentY = Math.max(0, item.mapToItem(content, 0, 0).y - 3 * Theme.padding)
        if (item !== panel)
            item.focusName()
    }

    contentWidth: availableWidth

    ColumnLayout {
        id: content
        width: root.availableWidth
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            visible: root.both
            spacing: Theme.spacing
            ButtonGroup { id: modes }
            Button {
                text: qsTr("Hai bảng")
                checkable: true
                checked: root.mode === "sheets"
                ButtonGroup.group: modes
                Accessible.name: qsTr("Xem hai bảng tính đầy đủ")
                onClicked: root.mode = "sheets"
            }
            Button {
                text: qsTr("So sánh")
                checkable: true
                checked: root.mode === "compare"
                ButtonGroup.group: modes
                Accessible.name: qsTr("So sánh từng công việc hiện hành với sau đơn giản hoá")
                onClicked: root.mode = "compare"
            }
            Item { Layout.fillWidth: true }
            Button {
                visible: root.mode === "sheets"
                text: qsTr("Chép hiện hành sang bảng sau →")
                Accessible.name: qsTr("Chép bảng hiện hành sang phương án sau đơn giản hoá")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Chép toàn bộ bảng hiện hành sang phương án sau đơn giản hoá (có thể hoàn tác)")
                onClicked: root.editor.copyCurrentToProposed()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.mode === "sheets" || !root.both
            spacing: Theme.spacing
            WorksheetPanel {
                id: currentSheet
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                visible: root.editor.hasCurrent
                document: root.document
                procedureId: root.editor.procedureId
                variant: "current"
                title: root.editor.kind === "abolished" ? qsTr("Chi phí hiện hành (được cắt giảm khi bãi bỏ)") : qsTr("Chi phí hiện hành")
            }
            WorksheetPanel {
                id: proposedSheet
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                visible: root.editor.hasProposed
                document: root.document
                procedureId: root.editor.procedureId
                variant: "proposed"
                title: root.editor.kind === "new" ? qsTr("Chi phí thực hiện thủ tục") : qsTr("Chi phí sau đơn giản hoá")
            }
        }

        WorksheetCompare {
            Layout.fillWidth: true
            visible: root.both && root.mode === "compare"
            document: root.document
            procedureId: root.editor.procedureId
        }
    }
}
