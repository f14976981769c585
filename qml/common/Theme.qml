pragma Singleton
import QtQuick

// The app's one visual system: colours, a type scale and an 8-px spacing grid, read by every
// screen and by the controls style (CpttStyle). Calm and neutral, one accent. Every text colour is
// declared with the backgrounds it is drawn on (contrastPairs); tst_theme checks each pair against
// minimumContrast with the WCAG formula, and that no colour is left out.
QtObject {
    // Backgrounds
    readonly property color window: "#f4f5f7"
    readonly property color surface: "#ffffff"
    readonly property color hover: "#eef1f5"        // a control under the pointer
    readonly property color pressed: "#e2e7ee"      // a control held down
    readonly property color accentSoft: "#e3edf7"   // selected rows, tabs, totals
    readonly property color errorSoft: "#fdecea"
    readonly property color warningSoft: "#fff4d6"
    readonly property color okSoft: "#e4f4ea"
    readonly property color tooltip: "#1f2933"

    // Text (and icons drawn like text)
    readonly property color text: "#1f2933"
    readonly property color mutedText: "#525e6d"    // secondary text: labels, units, notes
    readonly property color disabledText: "#646f7d" // still readable, told apart by its flat frame
    readonly property color accent: "#1d5c96"       // links, selection, checked tabs and boxes
    readonly property color error: "#b42318"
    readonly property color warning: "#855900"
    readonly property color ok: "#19703d"
    readonly property color inverseText: "#ffffff"     // text on accent and on the kind badges
    readonly property color tooltipText: "#ffffff"

    // Lines and marks (not text): panel borders, field frames, the focus ring, chart bars
    readonly property color border: "#d5d9e0"
    readonly property color controlBorder: "#8a94a3" // 3:1 on surface, as WCAG asks of a field's frame
    readonly property color focusRing: accent
    readonly property color beforeBar: "#8a9bb0"
    readonly property color afterBar: "#1d5c96"
    readonly property color kindNew: "#2f6f4f"
    readonly property color kindAmended: "#1d5c96"
    readonly property color kindDetailed: "#5b4b8a"
    readonly property color kindAbolished: "#8a3b2f"

    // Text colours and the backgrounds they are drawn on, [text, background] by property name.
    readonly property real minimumContrast: 4.5
    readonly property var contrastPairs: [
        ["text", "window"], ["text", "surface"], ["text", "hover"], ["text", "pressed"],
        ["text", "accentSoft"], ["text", "errorSoft"], ["text", "warningSoft"], ["text", "okSoft"],
        ["mutedText", "window"], ["mutedText", "surface"], ["mutedText", "hover"],
        ["mutedText", "pressed"], ["mutedText", "accentSoft"], ["mutedText", "errorSoft"],
        ["mutedText", "warningSoft"], ["mutedText", "okSoft"],
        ["disabledText", "window"], ["disabledText", "surface"],
        ["accent", "window"], ["accent", "surface"], ["accent", "hover"], ["accent", "pressed"],
        ["accent", "accentSoft"],
        ["error", "window"], ["error", "surface"], ["error", "errorSoft"],
        ["warning", "window"], ["warning", "surface"], ["warning", "warningSoft"],
        ["ok", "window"], ["ok", "surface"], ["ok", "okSoft"],
        ["inverseText", "accent"], ["inverseText", "kindNew"], ["inverseText", "kindAmended"],
        ["inverseText", "kindDetailed"], ["inverseText", "kindAbolished"],
        ["tooltipText", "tooltip"]
    ]
    // Marks that must stand out from what is around them (WCAG 1.4.11: 3:1), [mark, background].
    readonly property real minimumMarkContrast: 3
    readonly property var markPairs: [
        ["controlBorder", "surface"], ["focusRing", "surface"], ["focusRing", "window"],
        ["focusRing", "accentSoft"], ["afterBar", "surface"]
    ]
    // Colours that are neither text nor a background of text nor a checked mark: panel borders
    // beside a white panel on the grey window, and the lighter chart bar beside its darker twin.
    readonly property var decorativeColors: ["border", "beforeBar"]

    // Type scale, in points (the app's font is Noto Sans 10 pt)
    readonly property int fontCaption: 9      // small notes, badges, units under a field
    readonly property int fontBody: 10
    readonly property int fontSubheading: 12  // a group inside a panel
    readonly property int fontHeading: 14     // a panel's title
    readonly property int fontTitle: 18       // a page's title
    readonly property int fontDisplay: 22     // the one figure a page is about
    readonly property string fontFamily: "Noto Sans"

    // Spacing grid: steps of 4 and 8 px
    readonly property int spaceXS: 4
    readonly property int spaceS: 8
    readonly property int spaceM: 16
    readonly property int spaceL: 24
    readonly property int spaceXL: 32

    // Controls
    readonly property int radius: 4
    readonly property int fieldHeight: 32
    readonly property int controlHeight: 32
    readonly property int iconSize: 16
    readonly property int focusWidth: 2

    // Names the screens used before the scale: the same steps under their old names.
    readonly property int spacing: spaceS
    readonly property int padding: spaceM
    readonly property int smallSize: fontCaption
    readonly property int headingSize: fontHeading
    readonly property int titleSize: fontTitle
}
