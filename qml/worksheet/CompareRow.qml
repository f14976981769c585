import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One compared task: its name in the current sheet beside its name in the proposed one (or that
// it was removed or added), then each figure before → after with its difference (DeltaCell).
Rectangle {
    id: root

    required property TableColumns columns
    required property int index
    required property string change // unchanged | changed | removed | added
    required property string currentName
    required property string proposedName
    required property bool renamed
    required property int currentRow
    required property int proposedRow
    required property string hoursBefore
    required property string hoursAfter
    required property string hoursDelta
    required property string servicesBefore
    required property string servicesAfter
    required property string servicesDelta
    required property string otherCostsBefore
    required property string otherCostsAfter
    required property string otherCostsDelta
    required property string costBefore
    required property string costAfter
    required property string costDelta

    implicitHeight: cells.implicitHeight + Theme.spacing
    color: change === "removed" || change === "added" ? Theme.window : Theme.surface
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }

    component Name: Label {
        property int row: 0
        property string name: ""
        property string missing: ""
        text: row > 0 ? "%1. %2".arg(row).arg(name) : missing
        font.italic: row === 0
        color: row === 0 ? Theme.mutedText : Theme.text
        wrapMode: Text.Wrap
    }

    TableRow {
        id: cells
        y: Theme.spacing / 2
        width: parent.width
        columns: root.columns
        Name {
            row: root.currentRow
            name: root.currentName
            missing: qsTr("(công việc mới)")
        }
        Name {
            row: root.proposedRow
            name: root.proposedName
            missing: qsTr("(bỏ công việc này)")
            font.bold: root.renamed
        }
        DeltaCell { before: root.hoursBefore; after: root.hoursAfter; delta: root.hoursDelta }
        DeltaCell { before: root.servicesBefore; after: root.servicesAfter; delta: root.servicesDelta }
        DeltaCell { before: root.otherCostsBefore; after: root.otherCostsAfter; delta: root.otherCostsDelta }
        DeltaCell { before: root.costBefore; after: root.costAfter; delta: root.costDelta; strong: true }
    }
}
