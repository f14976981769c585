pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Adds a task from the activity catalogue (default hours by complexity, editable afterwards) or
// from the official time norms (travel: level × area × trips; forms: pages × area).
Dialog {
    id: root

    required property WorksheetModel sheet
    property string mode: "catalogue" // catalogue | norm
    property int activity: -1
    property string complexity: "medium"
    // Trips or pages as typed (kept when the field loses focus).
    property string units: "1"
    readonly property var areas: ["urban", "rural", "mountain-island"]

    function openFor(which) {
        mode = which
        activity = -1
        units = "1"
        if (which === "norm" && normBox.currentIndex >= 0
                && ReferenceLibrary.normAt(normBox.currentIndex).kind === "travel")
            chooseNorm("travel")
        open()
    }

    // Selects the travel norm at the procedure's handling level (the core's travelScope), or the
    // form-filling norm; keeps the last choice when the level has no row in the table.
    function chooseNorm(kind) {
        const row = ReferenceLibrary.norms.rowOf(kind, kind === "travel" ? sheet.travelScope : "")
        if (row >= 0)
            normBox.currentIndex = row
    }

    title: mode === "catalogue" ? qsTr("Thêm công việc từ danh mục") : qsTr("Thêm công việc theo định mức chính thức")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, Overlay.overlay ? Overlay.overlay.width - 40 : 720)
    height: Math.min(560, Overlay.overlay ? Overlay.overlay.height - 40 : 560)
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // --- catalogue ---
        Label {
            Layout.fillWidth: true
            visible: root.mode === "catalogue"
            text: ReferenceLibrary.catalogueNotice
            wrapMode: Text.Wrap
            color: Theme.warning
            font.pointSize: Theme.smallSize
        }
        RowLayout {
            visible: root.mode === "catalogue"
            Label { text: qsTr("Mức độ:") }
            RadioButton { text: qsTr("Đơn giản"); checked: root.complexity === "simple"; onClicked: root.complexity = "simple" }
            RadioButton { text: qsTr("Trung bình"); checked: root.complexity === "medium"; onClicked: root.complexity = "medium" }
            RadioButton { text: qsTr("Phức tạp"); checked: root.complexity === "complex"; onClicked: root.complexity = "complex" }
        }
        ListView {
            id: catalogue
            visible: root.mode === "catalogue"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ReferenceLibrary.catalogue
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: item
                required property int index
                required property string activityId
                required property string name
                required property string normKind
                required property string simpleHours
                required property string mediumHours
                required property string complexHours
                required property string simpleCanonical
                required property string mediumCanonical
                required property string complexCanonical
                width: catalogue.width
                text: normKind !== "none"
                      ? qsTr("%1 (theo định mức chính thức)").arg(name)
                      : "%1: %2 %3".arg(name).arg(root.complexity === "simple" ? simpleHours : root.complexity === "complex" ? complexHours : mediumHours).arg(Labels.unit["hours"])
                onClicked: {
                    if (normKind !== "none") {
                        root.mode = "norm"
                        root.chooseNorm(normKind)
                        return
                    }
                    root.sheet.addCatalogueTask(name, activityId, root.complexity,
                        root.complexity === "simple" ? simpleCanonical : root.complexity === "complex" ? complexCanonical : mediumCanonical)
                    root.close()
                }
            }
        }

        // --- official norms ---
        GridLayout {
            visible: root.mode === "norm"
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("Định mức") }
            ComboBox {
                id: normBox
                Layout.fillWidth: true
                Accessible.name: qsTr("Định mức")
                model: ReferenceLibrary.norms
                textRole: "label"
            }
            Label { text: qsTr("Địa bàn") }
            ComboBox {
                id: areaBox
                Layout.fillWidth: true
                Accessible.name: qsTr("Địa bàn")
                model: root.areas.map(area => Labels.area[area])
            }
            Label { text: qsTr("Số lượt / số trang") }
            NumberField {
                id: unitsField
                Layout.fillWidth: true
                accessibleName: qsTr("Số lượt đi lại hoặc số trang")
                value: root.units
                errorText: root.units.trim().length > 0 && normHours.hours.length === 0 && normHours.norm.kind !== undefined
                           ? qsTr("Nhập số lượt hoặc số trang: một số không âm, ví dụ 2 hoặc 1,5.") : ""
                onEdited: (text) => root.units = text
            }
            Label { text: qsTr("Số giờ") }
            Label {
                text: normHours.hours.length > 0 ? "%1 %2".arg(ReferenceLibrary.displayNumber(normHours.hours)).arg(Labels.unit["hours"]) : qsTr("—")
                font.bold: true
            }
        }
        QtObject {
            id: normHours
            readonly property var norm: ReferenceLibrary.normAt(normBox.currentIndex)
            readonly property string hours: root.mode === "norm" && norm.kind !== undefined
                ? ReferenceLibrary.normHours(norm.kind, norm.scope, root.areas[areaBox.currentIndex], root.units) : ""
        }
        Label {
            Layout.fillWidth: true
            visible: root.mode === "norm"
            text: ReferenceLibrary.normsLegalBasis
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
        }
        Button {
            visible: root.mode === "norm"
            enabled: normHours.hours.length > 0
            text: qsTr("Thêm công việc")
            highlighted: true
            onClicked: {
                root.sheet.addNormTask(normHours.norm.label, normHours.norm.kind, normHours.norm.scope,
                                       root.areas[areaBox.currentIndex], root.units, normHours.hours)
                root.close()
            }
        }
    }
}
