pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A worksheet's tasks: the heading row and one TaskRow a task, all in the same columns (the name
// takes the free width), and the buttons that add a task.
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    property bool readOnly: false
    property ReviewSession review: ReturnedReview.session
    signal commentRequested(int task)
    signal addRequested(string mode) // catalogue | norm

    spacing: Theme.spacing

    // The row of task `number` (1-based), or null.
    function taskItem(number) { return number > 0 ? tasks.itemAt(number - 1) : null }

    TableColumns {
        id: columns
        width: root.width
        spacing: 4
        specs: [{fill: 1, minimum: 120}, {width: 56}, {width: 96}, {width: 88}, {width: 100},
                {width: root.readOnly ? 120 : 64}] // ▸ and ✕, or ▸ and "Ý kiến…"
    }

    Label { text: qsTr("Công việc"); font.bold: true }
    TaskHeader {
        Layout.fillWidth: true
        columns: columns
        visible: root.sheet.count > 0
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
            model: root.sheet
            delegate: TaskRow {
                width: taskColumn.width
                sheet: root.sheet
                columns: columns
                lastRow: root.sheet.count - 1
                readOnly: root.readOnly
                review: root.review
                onCommentRequested: root.commentRequested(index + 1)
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: !root.readOnly
        spacing: 4
        Button {
            text: qsTr("+ Công việc")
            Accessible.name: qsTr("Thêm công việc tự nhập")
            onClicked: root.sheet.addTask("")
        }
        Button {
            text: qsTr("+ Từ danh mục…")
            enabled: ReferenceLibrary.loaded
            Accessible.name: qsTr("Thêm công việc từ danh mục")
            onClicked: root.addRequested("catalogue")
        }
        Button {
            text: qsTr("+ Theo định mức…")
            enabled: ReferenceLibrary.loaded
            Accessible.name: qsTr("Thêm công việc theo định mức chính thức")
            onClicked: root.addRequested("norm")
        }
    }
}
