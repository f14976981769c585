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

    // Text columns get more room than numbers, choices and yes/no: the layout shares the width
    // among the cells in proportion to these preferred widths.
    function columnWidth(column) {
        return (column.type === "text" ? 3 : column.type === "choice" ? 2 : 1) * 80
    }
    readonly property int rowNumberWidth: 28
    readonly property int removeWidth: 32

    spacing: 4

    RowLayout {
        visible: root.rows.length > 0
        Layout.fillWidth: true // a nested layout is otherwise no wider than its content
        spacing: root.spacing
        Item { Layout.preferredWidth: root.rowNumberWidth }
        Repeater {
            model: root.columns
            delegate: Label {
                required property var modelData
                Layout.preferredWidth: root.columnWidth(modelData)
                Layout.fillWidth: true
                text: modelData.label + (modelData.unit.length > 0 ? " (" + modelData.unit + ")" : "")
                      + (modelData.required ? " *" : "")
                font.bold: true
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }
    }

    Repeater {
        model: root.rows.length
        delegate: RowLayout {
            id: line
            required property int index
            readonly property var cells: root.rows[index] || ({})
            Layout.fillWidth: true
            spacing: root.spacing

            Label {
                Layout.preferredWidth: root.rowNumberWidth
                text: (line.index + 1) + "."
                color: Theme.mutedText
            }
            Repeater {
                model: root.columns
                delegate: FormTableCell {
                    required property var modelData
                    Layout.preferredWidth: root.columnWidth(modelData)
                    Layout.fillWidth: true
                    enabled: !root.readOnly
                    column: modelData
                    value: line.cells[modelData.id] || ""
                    accessibleName: qsTr("Câu %1, dòng %2, %3").arg(root.number).arg(line.index + 1).arg(modelData.label)
                    onEdited: (text) => root.form.setCell(root.key, line.index, modelData.id, text)
                }
            }
            ToolButton {
                Layout.preferredWidth: root.removeWidth
                visible: !root.readOnly
                text: "✕"
                Accessible.name: qsTr("Xoá dòng %1 của câu %2").arg(line.index + 1).arg(root.number)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Xoá dòng này")
                onClicked: root.form.removeRow(root.key, line.index)
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
