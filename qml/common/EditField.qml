import QtQuick
import QtQuick.Controls
import Cptt

// A one-line text field bound to a model value: it shows the value except while the user types,
// reports each keystroke through `edited`, and leaves Ctrl+Z / Ctrl+Y to the dossier's undo stack
// (the window's undoEdit / redoEdit) instead of the field's private undo. Out of focus it shows the
// start of a text too long for it, and the whole text in a tooltip. Its frame is the style's
// (CpttStyle reads `invalid`: red frame, pale red fill).
TextField {
    id: field

    property string value: ""
    property bool invalid: false
    // The core's message for a refused entry: shown in the tooltip while the field is hovered or
    // has the focus, instead of the whole text.
    property string errorText: ""
    // Shown while editing instead of `value` (numbers: without thousands separators).
    property string editText: value
    signal edited(string text)

    implicitHeight: Theme.fieldHeight
    selectByMouse: true
    color: invalid ? Theme.error : enabled ? Theme.text : Theme.disabledText
    onTextEdited: edited(text)
    onActiveFocusChanged: {
        if (activeFocus && !invalid && text !== editText)
            text = editText
        if (!activeFocus)
            cursorPosition = 0
    }
    onTextChanged: if (!activeFocus) cursorPosition = 0

    // The text does not fit: out of focus its start is shown and the whole of it in a tooltip.
    readonly property bool clipped: field.contentWidth > field.width - field.leftPadding - field.rightPadding + 1
    // A dialog over the field has the keyboard: the pointer may not have moved off the field yet,
    // but its tooltip must not stay on top of the dialog.
    function popupOf(item) {
        for (; item; item = item.parent)
            if (item.parent === Overlay.overlay)
                return item
        return null
    }
    readonly property bool underPopup: {
        const focused = popupOf(Window.activeFocusItem)
        return focused !== null && focused !== popupOf(field)
    }
    readonly property bool hasError: errorText.length > 0
    hoverEnabled: true // the tooltip needs it, whatever the platform's hover hint
    HoverHandler { id: pointer }
    ToolTip.visible: !underPopup && (hasError ? pointer.hovered || field.activeFocus
                                              : pointer.hovered && field.clipped && !field.activeFocus)
    ToolTip.text: hasError ? errorText : field.text
    ToolTip.delay: hasError ? 0 : 500

    Binding on text {
        when: !field.activeFocus
        value: field.value
        restoreMode: Binding.RestoreNone
    }

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
        field.text = field.invalid ? field.value : field.editText
        event.accepted = true
    }
}
