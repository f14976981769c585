pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A table question (documents of the dossier, legal bases …): one line per row with an input per
// column of the definition (text, number, date, choice, yes/no), add and remove rows, and the
// engine's reasons when a row is not valid. Cells are stored through the form model (undoable).
ColumnLayout {
    id: root

    required property FormModel form
    required property string key
    required property string number
    required property var columns   // [{id, label, type, unit, required, options}]
    required property var rows      // [{column id: value as shown}]
    required property string messages
    property bool readOnly: false

    // Text columns get more room than numbers, choices and yes/no: the width left beside the row
    // number and the remove button is shared among the cells in proportion to these weights.
    function columnWeight(column) {
        return column.type === "text" ? 3 : column.type === "choice" ? 2 : 1
    }
    readonly property int rowNumberWidth: 28
    readonly property int removeWidth: 32
    readonly property real totalWeight: root.columns.reduce((sum, c) => sum + columnWeight(c), 0)
    function cellWidth(column) {
        const free = root.width - rowNumberWidth - removeWidth - (root.columns.length + 1) * spacing
        return totalWeight > 0 ? Math.max(40, free * columnWeight(column) / totalWeight) : 0
    }

    spacing: 4

    // Rows and cells are Row / Column positioners, not Quick Layouts: on Qt 6.4 a Repeater that is
    // a direct child of a Layout can make the layout read a freed delegate when its model changes
    // during a layout pass (SIGSEGV under a real window system, never offscreen).
    Row {
        visible: root.rows.length > 0
        spacing: root.spacing
        Item { width: root.rowNumberWidth; height: 1 }
        Repeater {
            model: root.columns
            delegate: Label {
                required property var modelData
                width: root.cellWidth(modelData)
                text: modelData.label + (modelData.unit.length > 0 ? " (" + modelData.unit + ")" : "")
                      + (modelData.required ? " *" : "")
                font.bold: true
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }
    }

    Column {
        Layout.fillWidth: true
        spacing: root.spacing
        Repeater {
            model: root.rows.length
            delegate: Row {
                id: line
                required property int index
                readonly property var cells: root.rows[index] || ({})
                spacing: root.spacing

                Label {
                    width: root.rowNumberWidth
                    anchors.verticalCenter: parent.verticalCenter
                    text: (line.index + 1) + "."
                    color: Theme.mutedText
                }
                Repeater {
                    model: root.columns
                    delegate: FormTableCell {
                        required property var modelData
                        width: root.cellWidth(modelData)
                        enabled: !root.readOnly
                        column: modelData
                        value: line.cells[modelData.id] || ""
                        accessibleName: qsTr("Câu %1, dòng %2, %3").arg(root.number).arg(line.index + 1).arg(modelData.label)
                        onEdited: (text) => root.form.setCell(root.key, line.index, modelData.id, text)
                    }
                }
                ToolButton {
                    width: root.removeWidth
                    visible: !root.readOnly
                    text: "✕"
                    Accessible.name: qsTr("Xoá dòng %1 của câu %2").arg(line.index + 1).arg(root.number)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Xoá dòng này")
                    onClicked: root.form.removeRow(root.key, line.index)
                }
            }
        }
    }

    Label {
        visible: root.rows.length === 0
        text: qsTr("Chưa có dòng nào.")
        color: Theme.mutedText
    }
    Label {
        visible: root.messages.length > 0
        Layout.fillWidth: true
        text: root.messages
        color: Theme.error
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Button {
        visible: !root.readOnly
        text: qsTr("+ Thêm dòng")
        Accessible.name: qsTr("Thêm dòng vào câu %1").arg(root.number)
        onClicked: root.form.addRow(root.key)
    }
}
