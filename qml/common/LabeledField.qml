import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A labelled line of text; `edited` fires as the user types.
ColumnLayout {
    id: root

    property string label: ""
    property string value: ""
    property string placeholder: ""
    property bool multiline: false
    property bool readOnly: false
    signal edited(string text)
    function focusInput() { (root.multiline ? area : line).forceActiveFocus() }

    spacing: 2

    Label {
        text: root.label
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
    }
    EditField {
        id: line
        visible: !root.multiline
        readOnly: root.readOnly
        Layout.fillWidth: true
        placeholderText: root.placeholder
        Accessible.name: root.label
        value: root.value
        onEdited: (text) => root.edited(text)
    }
    TextArea {
        id: area
        visible: root.multiline
        readOnly: root.readOnly
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(64, contentHeight + 16)
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        placeholderText: root.placeholder
        Accessible.name: root.label
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: area.activeFocus ? Theme.accent : Theme.border
        }
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
}
