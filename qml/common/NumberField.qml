import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A number typed Vietnamese style (1.234.567,5) or canonical (1234567.5). While editing, the
// thousands separators are left out so that typing more digits never changes the meaning of a
// dot; a refused entry stays as typed, marked in red with the core's message underneath and in a
// tooltip while the field is hovered or has the focus.
ColumnLayout {
    id: root

    property string value: ""
    property string errorText: ""
    property string placeholder: ""
    property string accessibleName: ""
    property string suffix: ""
    property bool readOnly: false
    readonly property alias field: input
    signal edited(string text)

    spacing: Theme.spaceXS / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceXS
        EditField {
            id: input
            Layout.fillWidth: true
            horizontalAlignment: TextInput.AlignRight
            readOnly: root.readOnly
            placeholderText: root.placeholder
            Accessible.name: root.accessibleName
            value: root.value
            editText: root.errorText.length > 0 ? root.value : root.value.replace(/\./g, "")
            invalid: root.errorText.length > 0
            errorText: root.errorText
            onEdited: (text) => root.edited(text)
        }
        Label {
            visible: root.suffix.length > 0
            text: root.suffix
            color: Theme.mutedText
            font.pointSize: Theme.fontBody
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.errorText.length > 0
        text: root.errorText
        color: Theme.error
        font.pointSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
}
