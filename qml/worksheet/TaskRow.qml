pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One task: name (wrapping), hours, service and other costs (typed), its cost (from the core); the
// notes and how the cost was computed unfold below. Its cells sit in the columns the header reads
// (TaskColumns), so they line up with it.
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    required property int index
    required property string name
    required property string normKind
    required property string catalogueRef
    required property string catalogueName
    required property string complexityLabel
    required property string hours
    required property string hoursError
    required property string services
    required property string servicesError
    required property string servicesNote
    required property string otherCosts
    required property string otherCostsError
    required property string evidence
    required property string taskCost
    required property string explanation
    required property TableColumns columns
    property int lastRow: 0
    property bool expanded: false
    // Reviewer mode: the inputs are shown, not edited; "Ý kiến…" starts a comment on the row.
    property bool readOnly: false
    property ReviewSession review: ReturnedReview.session
    signal commentRequested()

    spacing: 2

    function focusName() { nameField.forceActiveFocus() }

    TableRow {
        Layout.fillWidth: true
        columns: root.columns
        WrappingField {
            id: nameField
            readOnly: root.readOnly
            placeholderText: qsTr("Tên công việc")
            Accessible.name: qsTr("Tên công việc %1").arg(root.index + 1)
            value: root.name
            onEdited: (text) => root.sheet.setTaskField(root.index, TaskField.Name, text)
        }
        NumberField {
            readOnly: root.readOnly
            accessibleName: qsTr("Số giờ của công việc %1").arg(root.index + 1)
            value: root.hours
            errorText: root.hoursError
            onEdited: (text) => root.sheet.setTaskField(root.index, TaskField.Hours, text)
        }
        NumberField {
            readOnly: root.readOnly
            accessibleName: qsTr("Chi phí dịch vụ của công việc %1").arg(root.index + 1)
            value: root.services
            errorText: root.servicesError
            onEdited: (text) => root.sheet.setTaskField(root.index, TaskField.Services, text)
        }
        NumberField {
            readOnly: root.readOnly
            accessibleName: qsTr("Chi phí khác của công việc %1").arg(root.index + 1)
            value: root.otherCosts
            errorText: root.otherCostsError
            onEdited: (text) => root.sheet.setTaskField(root.index, TaskField.OtherCosts, text)
        }
        FigureLabel {
            height: Theme.fieldHeight
            text: root.taskCost
            font.bold: true
            Accessible.name: qsTr("Chi phí của công việc %1: %2").arg(root.index + 1).arg(root.taskCost)
        }
        Row {
            spacing: 0
            ToolButton {
                text: root.expanded ? "▾" : "▸"
                Accessible.name: qsTr("Chi tiết công việc %1").arg(root.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: root.expanded ? qsTr("Ẩn chi tiết") : qsTr("Ghi chú, căn cứ và cách tính")
                onClicked: root.expanded = !root.expanded
            }
            ToolButton {
                visible: root.readOnly
                text: qsTr("Ý kiến…")
                Accessible.name: qsTr("Ý kiến về công việc %1").arg(root.index + 1)
                onClicked: root.commentRequested()
            }
            ToolButton {
                visible: !root.readOnly
                text: "✕"
                Accessible.name: qsTr("Xoá công việc %1").arg(root.index + 1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Xoá công việc (có thể hoàn tác)")
                onClicked: root.sheet.removeTask(root.index)
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.normKind !== "none" || root.catalogueRef.length > 0
        text: root.normKind === "travel" ? qsTr("Theo định mức chính thức: đi lại")
            : root.normKind === "form-filling" ? qsTr("Theo định mức chính thức: điền đơn, tờ khai")
            : root.complexityLabel.length > 0
              ? qsTr("Từ danh mục: “%1”, mức %2 (giá trị mặc định, không chính thức)").arg(root.catalogueName).arg(root.complexityLabel)
              : qsTr("Từ danh mục: “%1” (giá trị mặc định, không chính thức)").arg(root.catalogueName)
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    CommentNote {
        Layout.fillWidth: true
        session: root.review
        procedureId: root.sheet ? root.sheet.procedureId : ""
        worksheet: root.sheet ? root.sheet.variant : ""
        task: root.index + 1
    }
    TaskDetails {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.padding
        visible: root.expanded
        sheet: root.sheet
        row: root.index
        lastRow: root.lastRow
        readOnly: root.readOnly
        explanation: root.explanation
        servicesNote: root.servicesNote
        evidence: root.evidence
    }
}
