pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// An official time norm in the add-task dialog: the norm (travel by level, or form filling), the
// area, the trips or pages; the core gives the hours, shown in words ("2 giờ 15 phút").
GridLayout {
    id: root

    required property WorksheetModel sheet
    // Trips or pages as typed (kept when the field loses focus).
    property string units: "1"
    readonly property var areas: Labels.choices["area"] // qmllint disable type
    readonly property var norm: ReferenceLibrary.normAt(normBox.currentIndex)
    readonly property string hours: norm.kind !== undefined
        ? ReferenceLibrary.normHours(norm.kind, norm.scope, areas[areaBox.currentIndex], units) : ""
    readonly property bool canAdd: hours.length > 0
    signal added()

    function reset() {
        units = "1"
        if (normBox.currentIndex >= 0 && norm.kind === "travel")
            choose("travel")
    }
    function focusFirst() { normBox.forceActiveFocus() }
    // Selects the travel norm at the procedure's handling level (the core's travelScope), or the
    // form-filling norm; keeps the last choice when the level has no row in the table.
    function choose(kind) {
        const row = ReferenceLibrary.norms.rowOf(kind, kind === "travel" ? sheet.travelScope : "")
        if (row >= 0)
            normBox.currentIndex = row
    }
    function add() {
        if (!canAdd)
            return
        sheet.addNormTask(norm.label, norm.kind, norm.scope, areas[areaBox.currentIndex], units)
        added()
    }

    columns: 2
    columnSpacing: Theme.spacing * 2
    rowSpacing: Theme.spacing

    Label { text: qsTr("Định mức") }
    ComboBox {
        id: normBox
        Layout.fillWidth: true
        Layout.preferredWidth: 360
        Accessible.name: qsTr("Định mức")
        model: ReferenceLibrary.norms
        textRole: "displayLabel"
    }
    Label { text: qsTr("Địa bàn") }
    ComboBox {
        id: areaBox
        Layout.fillWidth: true
        Accessible.name: qsTr("Địa bàn")
        model: root.areas.map(area => Labels.area[area])
    }
    Label { text: root.norm.per === "page" ? qsTr("Số trang") : qsTr("Số lượt đi lại") }
    NumberField {
        id: unitsField
        Layout.fillWidth: true
        accessibleName: root.norm.per === "page" ? qsTr("Số trang") : qsTr("Số lượt đi lại")
        value: root.units
        errorText: root.units.trim().length > 0 && !root.canAdd && root.norm.kind !== undefined
                   ? qsTr("Nhập số lượt hoặc số trang: một số không âm, ví dụ 2 hoặc 1,5.") : ""
        onEdited: (text) => root.units = text
    }
    Label { text: qsTr("Thời gian") }
    RowLayout {
        spacing: Theme.spacing
        Label {
            id: duration
            // loaded: notified again when the language changes, so the words follow it.
            text: ReferenceLibrary.loaded && root.canAdd ? ReferenceLibrary.durationText(root.hours) : qsTr("—")
            font.bold: true
            Accessible.name: qsTr("Thời gian: %1").arg(text)
        }
        // The hours the worksheet will hold, when the words do not say them already.
        Label {
            id: asHours
            // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
            readonly property string hoursText: "%1 %2".arg(ReferenceLibrary.displayNumber(root.hours)).arg(Labels.unit["hours"]) // qmllint disable type
            visible: root.canAdd && duration.text !== hoursText
            text: "(%1)".arg(hoursText)
            color: Theme.mutedText
        }
    }
    Label {
        Layout.columnSpan: 2
        Layout.fillWidth: true
        visible: ReferenceLibrary.normsLegalBasis.length > 0
        text: qsTr("Căn cứ: %1").arg(ReferenceLibrary.normsLegalBasis)
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
    }
}
