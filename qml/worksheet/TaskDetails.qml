import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// What a task row unfolds: how its cost was computed (the core's sentence), what the services
// are, where the figures come from, and moving the row up or down.
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    required property int row
    property int lastRow: 0
    property bool readOnly: false
    property string explanation: ""
    property string servicesNote: ""
    property string evidence: ""

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
        userData: true
        label: qsTr("Dịch vụ gồm")
        value: root.servicesNote
        onEdited: (text) => root.sheet.setTaskField(root.row, TaskField.ServicesNote, text)
    }
    LabeledField {
        Layout.fillWidth: true
        readOnly: root.readOnly
        userData: true
        label: qsTr("Căn cứ số liệu")
        value: root.evidence
        onEdited: (text) => root.sheet.setTaskField(root.row, TaskField.Evidence, text)
    }
    RowLayout {
        visible: !root.readOnly
        Button {
            text: qsTr("Lên")
            Accessible.name: qsTr("Chuyển công việc %1 lên").arg(root.row + 1)
            enabled: root.row > 0
            onClicked: root.sheet.moveTask(root.row, root.row - 1)
        }
        Button {
            text: qsTr("Xuống")
            Accessible.name: qsTr("Chuyển công việc %1 xuống").arg(root.row + 1)
            enabled: root.row < root.lastRow
            onClicked: root.sheet.moveTask(root.row, root.row + 1)
        }
    }
}
