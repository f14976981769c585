import QtQuick
import QtQuick.Templates as T
import Cptt

// The window, and the palette that controls drawn by Qt itself (its file dialog) read, from the
// same Theme.
T.ApplicationWindow {
    id: window

    color: Theme.window

    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.window
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.brightText: Theme.inverseText
    palette.highlight: Theme.accent
    // Qt's file dialog draws a highlighted row on a pale blend of `light` and `highlight`, in
    // `highlightedText`: the text colour reads there, white would not.
    palette.highlightedText: Theme.text
    palette.light: Theme.hover
    palette.midlight: Theme.pressed
    palette.mid: Theme.controlBorder
    palette.dark: Theme.mutedText
    palette.shadow: Theme.text
    palette.link: Theme.accent
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.tooltip
    palette.toolTipText: Theme.tooltipText
}
