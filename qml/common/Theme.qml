pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every screen: calm, neutral, one accent.
QtObject {
    readonly property color window: "#f4f5f7"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d5d9e0"
    readonly property color text: "#1f2933"
    readonly property color mutedText: "#5f6b7a"
    readonly property color accent: "#1d5c96"
    readonly property color accentSoft: "#e3edf7"
    readonly property color error: "#b42318"
    readonly property color errorSoft: "#fdecea"
    readonly property color warning: "#9a6700"
    readonly property color warningSoft: "#fff4d6"
    readonly property color ok: "#1e7b45"
    readonly property color okSoft: "#e4f4ea"
    readonly property color beforeBar: "#8a9bb0"
    readonly property color afterBar: "#1d5c96"

    readonly property color kindNew: "#2f6f4f"
    readonly property color kindAmended: "#1d5c96"
    readonly property color kindDetailed: "#5b4b8a"
    readonly property color kindAbolished: "#8a3b2f"

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 4
    readonly property int fieldHeight: 32
    readonly property int titleSize: 20
    readonly property int headingSize: 15
    readonly property int smallSize: 9
    readonly property string fontFamily: "Noto Sans"
}
