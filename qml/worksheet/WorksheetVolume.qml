import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// How often a worksheet's procedure is carried out: times a year, subjects a year (or one case
// when no forecast is possible) and where these figures come from.
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    property bool readOnly: false

    spacing: Theme.spacing

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        Label { text: qsTr("Số lần thực hiện / năm"); color: Theme.mutedText }
        NumberField {
            Layout.fillWidth: true
            accessibleName: qsTr("Số lần thực hiện mỗi năm")
            readOnly: root.readOnly
            value: root.sheet.frequency
            errorText: root.sheet.frequencyError
            onEdited: (text) => root.sheet.setField(WorksheetField.Frequency, text)
        }
        Label { text: qsTr("Số đối tượng / năm"); color: Theme.mutedText }
        RowLayout {
            NumberField {
                Layout.fillWidth: true
                enabled: !root.sheet.oneCase
                accessibleName: qsTr("Số đối tượng thực hiện mỗi năm")
                readOnly: root.readOnly
                value: root.sheet.oneCase ? "" : root.sheet.subjects
                placeholder: root.sheet.oneCase ? qsTr("một trường hợp") : ""
                errorText: root.sheet.subjectsError
                onEdited: (text) => root.sheet.setField(WorksheetField.Subjects, text)
            }
            CheckBox {
                enabled: !root.readOnly
                text: qsTr("Tính cho một trường hợp")
                checked: root.sheet.oneCase
                Accessible.name: qsTr("Không dự báo được số đối tượng: tính cho một trường hợp")
                onToggled: root.sheet.setField(WorksheetField.OneCase, checked ? "true" : "false")
            }
        }
    }
    LabeledField {
        Layout.fillWidth: true
        readOnly: root.readOnly
        label: root.sheet.oneCase ? qsTr("Vì sao không dự báo được số đối tượng") : qsTr("Nguồn số liệu đối tượng, tần suất")
        value: root.sheet.subjectsEvidence
        onEdited: (text) => root.sheet.setField(WorksheetField.SubjectsEvidence, text)
    }
}
