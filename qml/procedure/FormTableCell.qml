import QtQuick
import QtQuick.Controls
import Cptt

// One cell of a table question: a text field for text, numbers and dates, a list for choices and
// yes/no. Reports the new stored value through `edited` ("" clears the cell).
Item {
    id: root

    required property var column // {id, label, type, unit, required, options}
    required property string value
    required property string accessibleName
    signal edited(string text)

    readonly property bool isList: column.type === "choice" || column.type === "yesno"
    // The list's entries: empty first, so a cell can be cleared.
    readonly property var choices: [{ id: "", label: "—" }].concat(
        column.type === "yesno" ? [{ id: "yes", label: qsTr("Có") }, { id: "no", label: qsTr("Không") }]
                                : (column.options || []))

    implicitHeight: Theme.fieldHeight
    implicitWidth: 120

    EditField {
        anchors.fill: parent
        visible: !root.isList
        value: root.value
        placeholderText: root.column.type === "date" ? qsTr("năm-tháng-ngày") : root.column.unit
        Accessible.name: root.accessibleName
        onEdited: (text) => root.edited(text)
    }
    ComboBox {
        anchors.fill: parent
        visible: root.isList
        model: root.choices
        textRole: "label"
        valueRole: "id"
        currentIndex: Math.max(0, root.choices.findIndex(c => c.id === root.value))
        Accessible.name: root.accessibleName
        onActivated: (index) => root.edited(root.choices[index].id)
    }
}
