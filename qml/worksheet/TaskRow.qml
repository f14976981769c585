pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One task: name, hours, service and other costs (typed), its cost (from the core); the notes
// and how the cost was computed unfold below.
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    required property int index
    required property string name
    required property string normKind
    required property string catalogueRef
    required property string complexity
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
    // Column widths and spacing shared with the worksheet's header (WorksheetPanel.columns).
    required property var columns
    property int lastRow: 0
    property bool expanded: false
    // Reviewer mode: the inputs are shown, not edited; "Ý kiến…" starts a comment on the row.
    property bool readOnly: false
    property ReviewSession review: ReturnedReview.session
    signal commentRequested()

    spacing: 2

    function focusName() { nameField.forceActiveFocus() }

    RowLayout {
        id: cells
        Layout.fillWidth: true
        spacing: root.columns.spacing
        EditField {
            id: nameField
            readOnly: root.readOnly
            Layout.fillWidth: true
            Layout.minimumWidth: root.columns.nameMinimum
            Layout.preferredWidth: root.columns.nameMinimum
            Layout.alignment: Qt.AlignTop
            placeholderText: qsTr("Tên công việc")
            Accessible.name: qsTr("Tên công việc %1").arg(root.index + 1)
            value: root.name
            onEdited: (text) => root.sheet.setTaskField(root.index, "name", text)
        }
        NumberField {
            readOnly: root.readOnly
            Layout.preferredWidth: root.columns.hours
            Layout.minimumWidth: root.columns.hours
            Layout.maximumWidth: root.columns.hours
            Layout.alignment: Qt.AlignTop
            accessibleName: qsTr("Số giờ của công việc %1").arg(root.index + 1)
            value: root.hours
            errorText: root.hoursError
            onEdited: (text) => root.sheet.setTaskField(root.index, "hours", text)
        }
        NumberField {
            readOnly: root.readOnly
            Layout.preferredWidth: root.columns.services
            Layout.minimumWidth: root.columns.services
            Layout.maximumWidth: root.columns.services
            Layout.alignment: Qt.AlignTop
            accessibleName: qsTr("Chi phí dịch vụ của công việc %1").arg(root.index + 1)
            value: root.services
            errorText: root.servicesError
            onEdited: (text) => root.sheet.setTaskField(root.index, "services", text)
        }
        NumberField {
            readOnly: root.readOnly
            Layout.preferredWidth: root.columns.otherCosts
            Layout.minimumWidth: root.columns.otherCosts
            Layout.maximumWidth: root.columns.otherCosts
            Layout.alignment: Qt.AlignTop
            accessibleName: qsTr("Chi phí khác của công việc %1").arg(root.index + 1)
            value: root.otherCosts
            errorText: root.otherCostsError
            onEdited: (text) => root.sheet.setTaskField(root.index, "otherCosts", text)
        }
        FigureLabel {
            id: costLabel
            columnWidth: root.columns.cost
            Layout.preferredHeight: Theme.fieldHeight
            Layout.alignment: Qt.AlignTop
            text: root.taskCost
            font.bold: true
            Accessible.name: qsTr("Chi phí của công việc %1: %2").arg(root.index + 1).arg(root.taskCost)
        }
        RowLayout {
            Layout.preferredWidth: root.columns.actions
            Layout.minimumWidth: root.columns.actions
            Layout.maximumWidth: root.columns.actions
            Layout.alignment: Qt.AlignTop
            spacing: 0
            ToolButton {
                text: root.expanded ? "▾" : "▸"
                Accessible.name: qsTr("Chi tiết công việc %1").arg(root.index + 1)
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
                onClicked: root.sheet.removeTask(root.index)
            }
            Item { Layout.fillWidth: true }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.normKind !== "none" || root.catalogueRef.length > 0
        text: root.normKind === "travel" ? qsTr("Theo định mức chính thức: đi lại")
            : root.normKind === "form-filling" ? qsTr("Theo định mức chính thức: điền đơn, tờ khai")
            : qsTr("Từ danh mục (%1, mức %2): giá trị mặc định không chính thức").arg(root.catalogueRef)
                .arg(root.complexity === "simple" ? qsTr("đơn giản") : root.complexity === "complex" ? qsTr("phức tạp") : qsTr("trung bình"))
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
    }
    CommentNote {
        Layout.fillWidth: true
        session: root.review
        procedureId: root.sheet.procedureId
        worksheet: root.sheet.variant
        task: root.index + 1
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.padding
        visible: root.expanded
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: root.explanation
            color: Theme.accent
            wrapMode: Text.Wrap
        }
        LabeledField {
            Layout.fillWidth: true
            readOnly: root.readOnly
            label: qsTr("Dịch vụ gồm")
            value: root.servicesNote
            onEdited: (text) => root.sheet.setTaskField(root.index, "servicesNote", text)
        }
        LabeledField {
            Layout.fillWidth: true
            readOnly: root.readOnly
            label: qsTr("Căn cứ số liệu")
            value: root.evidence
            onEdited: (text) => root.sheet.setTaskField(root.index, "evidence", text)
        }
        RowLayout {
            visible: !root.readOnly
            Button { text: qsTr("Lên"); enabled: root.index > 0; onClicked: root.sheet.moveTask(root.index, root.index - 1) }
            Button { text: qsTr("Xuống"); enabled: root.index < root.lastRow; onClicked: root.sheet.moveTask(root.index, root.index + 1) }
        }
    }
}
