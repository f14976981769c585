import QtQuick
import QtQuick.Controls
import Cptt

// A one-line text that wraps (a task or fee name, a legal basis): the whole of it is shown, from
// its start, on as many lines as it needs. It stays one line of text: Enter and Tab move on to the
// next field, Shift+Tab back, a pasted line break becomes a space. Like EditField it shows the
// model's value except while the user types, reports each keystroke through `edited`, and leaves
// Ctrl+Z / Ctrl+Y to the dossier's undo stack.
TextArea {
    id: field

    property string value: ""
    signal edited(string text)
    property bool syncing: false // the text is being set back to the value, not typed

    implicitHeight: Math.max(Theme.fieldHeight, contentHeight + topPadding + bottomPadding)
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    color: Theme.text
    background: Rectangle {
        radius: Theme.radius
        color: field.readOnly ? Theme.window : Theme.surface
        border.color: field.activeFocus ? Theme.accent : Theme.border
        border.width: field.activeFocus ? 2 : 1
    }

    onTextChanged: {
        if (!activeFocus || syncing)
            return
        if (/[\r\n\t\u2029\u2028]/.test(text)) {
            const at = cursorPosition
            text = text.replace(/[\r\n\t\u2029\u2028]+/g, " ")
            cursorPosition = Math.min(at, text.length)
            return // setting the text comes back here, once, with the cleaned line
        }
        edited(text)
    }
    onActiveFocusChanged: if (!activeFocus) cursorPosition = 0

    Binding on text {
        when: !field.activeFocus
        value: field.value
        restoreMode: Binding.RestoreNone
    }

    function moveOn(forward) {
        const next = field.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    Keys.onTabPressed: (event) => { moveOn(true); event.accepted = true }
    Keys.onBacktabPressed: (event) => { moveOn(false); event.accepted = true }
    Keys.onReturnPressed: (event) => { moveOn(true); event.accepted = true }
    Keys.onEnterPressed: (event) => { moveOn(true); event.accepted = true }
    Keys.onShortcutOverride: (event) => {
        event.accepted = event.matches(StandardKey.Undo) || event.matches(StandardKey.Redo)
                         || (event.key === Qt.Key_Y && event.modifiers === Qt.ControlModifier)
    }
    Keys.onPressed: (event) => {
        const undo = event.matches(StandardKey.Undo)
        const redo = event.matches(StandardKey.Redo) || (event.key === Qt.Key_Y && event.modifiers === Qt.ControlModifier)
        if (!undo && !redo)
            return
        if (undo)
            field.ApplicationWindow.window.undoEdit()
        else
            field.ApplicationWindow.window.redoEdit()
        field.syncing = true
        field.text = field.value
        field.syncing = false
        event.accepted = true
    }
}
