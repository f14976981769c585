import QtQuick
import Cptt

// The box of a text field or area: white with a grey frame, grey when disabled or read-only, a
// 2-px accent frame with focus, red with a pale red fill when the field says it is `invalid`
// (the app's EditField and multi-line fields declare that property).
Rectangle {
    id: root

    property Item field
    property bool readOnly: false
    property bool hovered: false
    // Only the app's own fields declare `invalid`; a plain field has none (false), so it is read
    // by name from whichever field is framed.
    readonly property bool invalid: field !== null && field.invalid === true // qmllint disable type
    readonly property bool focused: field && field.activeFocus

    radius: Theme.radius
    color: invalid ? Theme.errorSoft
         : field && (!field.enabled || root.readOnly) ? Theme.window : Theme.surface
    border.width: focused || invalid ? Theme.focusWidth : 1
    border.color: invalid ? Theme.error
                : focused ? Theme.focusRing
                : field && !field.enabled ? Theme.border
                : field && root.hovered ? Theme.mutedText : Theme.controlBorder
}
