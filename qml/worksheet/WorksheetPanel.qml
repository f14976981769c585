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
            Accessible.name: qsTr("Mức thu nhập dùng cho bảng này")
            model: root.document.rates
            textRole: "rateId"
            valueRole: "rateId"
            currentIndex: root.document.rateIds.indexOf(sheetModel.rateId)
            displayText: currentIndex < 0 ? (sheetModel.rateId.length > 0 ? sheetModel.rateId : qsTr("Chọn mức thu nhập…")) : currentText
            onActivated: sheetModel.setField("rate", currentValue)
        }
        Label { text: qsTr("%1 / giờ").arg(sheetModel.hourlyRate); font.bold: true }
    }

    // The task table's columns, shared by its header and every TaskRow so that they line up: the
    // name takes what is left, the other columns keep their width.
    readonly property var columns: ({
        spacing: 4,
        nameMinimum: 80,
        hours: 64,
        services: 96,
        otherCosts: 88,
        cost: 112,
        actions: root.readOnly ? 124 : 72 // ▸ and ✕, or ▸ and "Ý kiến…"
    })

    Label { text: qsTr("Công việc"); font.bold: true }
    RowLayout {
        id: taskHeader
        Layout.fillWidth: true
        spacing: root.columns.spacing
        Label {
            Layout.fillWidth: true
            Layout.minimumWidth: root.columns.nameMinimum
            text: qsTr("Tên công việc"); elide: Text.ElideRight; color: Theme.mutedText; font.pointSize: Theme.smallSize
        }
        Label {
            Layout.preferredWidth: root.columns.hours; Layout.minimumWidth: root.columns.hours; Layout.maximumWidth: root.columns.hours
            text: qsTr("Giờ"); elide: Text.ElideRight; color: Theme.mutedText; font.pointSize: Theme.smallSize
        }
        Label {
            Layout.preferredWidth: root.columns.services; Layout.minimumWidth: root.columns.services; Layout.maximumWidth: root.columns.services
            text: qsTr("Dịch vụ (%1)").arg(Labels.symbol["VND"]); elide: Text.ElideRight; color: Theme.mutedText; font.pointSize: Theme.smallSize
        }
        Label {
            Layout.preferredWidth: root.columns.otherCosts; Layout.minimumWidth: root.columns.otherCosts; Layout.maximumWidth: root.columns.otherCosts
            text: qsTr("Khác (%1)").arg(Labels.symbol["VND"]); elide: Text.ElideRight; color: Theme.mutedText; font.pointSize: Theme.smallSize
        }
        Label {
            Layout.preferredWidth: root.columns.cost; Layout.minimumWidth: root.columns.cost; Layout.maximumWidth: root.columns.cost
            horizontalAlignment: Text.AlignRight
            text: qsTr("Chi phí"); elide: Text.ElideRight; color: Theme.mutedText; font.pointSize: Theme.smallSize
        }
        Item { Layout.preferredWidth: root.columns.actions; Layout.minimumWidth: root.columns.actions; Layout.maximumWidth: root.columns.actions }
    }
    // The row of task `number` (1-based), or null.
    function taskItem(number) {
        shownProcedureId = procedureId
        return number > 0 ? tasks.itemAt(number - 1) : null
    }

    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: taskColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            id: tasks
            model: sheetModel
            delegate: TaskRow {
                width: taskColumn.width
                sheet: sheetModel
                columns: root.columns
                lastRow: sheetModel.count - 1
                readOnly: root.readOnly
                review: root.review
                onCommentRequested: root.commentRequested(root.variant, index + 1)
            }
        }
    }
    RowLayout {
        visible: !root.readOnly
        spacing: 4
        Button {
            text: qsTr("+ Công việc")
            Accessible.name: qsTr("Thêm công việc tự nhập")
            onClicked: sheetModel.addTask("")
        }
        Button {
            text: qsTr("+ Từ danh mục…")
            enabled: ReferenceLibrary.loaded
            Accessible.name: qsTr("Thêm công việc từ danh mục")
            onClicked: addDialog.openFor("catalogue")
        }
        Button {
            text: qsTr("+ Theo định mức…")
            enabled: ReferenceLibrary.loaded
            Accessible.name: qsTr("Thêm công việc theo định mức chính thức")
            onClicked: addDialog.openFor("norm")
        }
    }

    Label { text: qsTr("Phí, lệ phí"); font.bold: true }
    Column { // a Column, not the Repeater alone: see the task rows above
        id: feeColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: sheetModel.fees
            delegate: FeeRow {
                width: feeColumn.width
                fees: sheetModel.fees
                readOnly: root.readOnly
            }
        }
    }
    Button {
        visible: !root.readOnly
        text: qsTr("+ Phí, lệ phí")
        Accessible.name: qsTr("Thêm phí, lệ phí")
        onClicked: sheetModel.fees.addFee()
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        Label { text: qsTr("Số lần thực hiện / năm"); color: Theme.mutedText }
        NumberField {
            Layout.fillWidth: true
            accessibleName: qsTr("Số lần thực hiện mỗi năm")
            readOnly: root.readOnly
            value: sheetModel.frequency
            errorText: sheetModel.frequencyError
            onEdited: (text) => sheetModel.setField("frequency", text)
        }
        Label { text: qsTr("Số đối tượng / năm"); color: Theme.mutedText }
        RowLayout {
            NumberField {
                Layout.fillWidth: true
                enabled: !sheetModel.oneCase
                accessibleName: qsTr("Số đối tượng thực hiện mỗi năm")
                readOnly: root.readOnly
                value: sheetModel.oneCase ? "" : sheetModel.subjects
                placeholder: sheetModel.oneCase ? qsTr("một trường hợp") : ""
                errorText: sheetModel.subjectsError
                onEdited: (text) => sheetModel.setField("subjects", text)
            }
            CheckBox {
                enabled: !root.readOnly
                text: qsTr("Tính cho một trường hợp")
                checked: sheetModel.oneCase
                Accessible.name: qsTr("Không dự báo được số đối tượng: tính cho một trường hợp")
                onToggled: sheetModel.setField("oneCase", checked ? "true" : "false")
            }
        }
    }
    LabeledField {
        Layout.fillWidth: true
        readOnly: root.readOnly
        label: sheetModel.oneCase ? qsTr("Vì sao không dự báo được số đối tượng") : qsTr("Nguồn số liệu đối tượng, tần suất")
        value: sheetModel.subjectsEvidence
        onEdited: (text) => sheetModel.setField("subjectsEvidence", text)
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
