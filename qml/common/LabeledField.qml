import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A labelled line of text; `edited` fires as the user types. A non-empty `errorText` marks the
// field invalid and is shown under it.
ColumnLayout {
    id: root

    property string label: ""
    property string value: ""
    property string placeholder: ""
    property bool multiline: false
    property bool readOnly: false
    property string errorText: ""
    // The value is the user's (or a document's) own text, shown as written in both languages
    // (read by the language test of the screens).
    property bool userData: false
    signal edited(string text)
    function focusInput() { (root.multiline ? area : line).forceActiveFocus() }

    spacing: Theme.spaceXS

    Label {
        Layout.fillWidth: true
        text: root.label
        color: Theme.mutedText
        font.pointSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    EditField {
        id: line
        property bool userData: root.userData
        visible: !root.multiline
        readOnly: root.readOnly
        Layout.fillWidth: true
        placeholderText: root.placeholder
        Accessible.name: root.label
        Accessible.description: root.errorText
        value: root.value
        invalid: root.errorText.length > 0
        onEdited: (text) => root.edited(text)
    }
    TextArea {
        id: area
        property bool userData: root.userData
        visible: root.multiline
        readOnly: root.readOnly
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(2 * Theme.spaceXL, contentHeight + topPadding + bottomPadding)
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: root.placeholder
        Accessible.name: root.label
        Accessible.description: root.errorText
        // Read by the style's frame: red with a pale red fill.
        property bool invalid: root.errorText.length > 0
        onTextChanged: if (activeFocus) root.edited(text)
        // Undo / redo act on the dossier (see EditField).
        Keys.onShortcutOverride: (event) => event.accepted = event.matches(StandardKey.Undo) || event.matches(StandardKey.Redo)
        Keys.onPressed: (event) => {
            if (!event.matches(StandardKey.Undo) && !event.matches(StandardKey.Redo))
                return
            if (event.matches(StandardKey.Undo))
                area.ApplicationWindow.window.undoEdit()
            else
                area.ApplicationWindow.window.redoEdit()
            area.text = root.value
            event.accepted = true
        }
        Binding on text {
            when: !area.activeFocus
            value: root.value
            restoreMode: Binding.RestoreNone
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
