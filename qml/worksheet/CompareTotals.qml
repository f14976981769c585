pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The compared worksheets' totals, one line each: current, proposed, difference (the bridge's
// texts); the annual cost stands out.
Rectangle {
    id: root

    // [{key, label, before, after, delta, trend}] (WorksheetCompareModel.totals)
    property var totals: []

    implicitHeight: lines.implicitHeight + 2 * Theme.spacing
    color: Theme.accentSoft
    radius: Theme.radius

    TableColumns {
        id: columns
        width: lines.width
        spacing: Theme.spacing
        specs: [{fill: 1, minimum: 160}, {width: 184}, {width: 184}, {width: 184}]
    }

    ColumnLayout {
        id: lines
        x: Theme.spacing
        y: Theme.spacing
        width: root.width - 2 * Theme.spacing
        spacing: 2

        TableRow {
            Layout.fillWidth: true
            columns: columns
            component Heading: Label {
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
            }
            Item { implicitHeight: 1 }
            Heading { text: qsTr("Hiện hành") }
            Heading { text: qsTr("Sau đơn giản hoá") }
            Heading { text: qsTr("Chênh lệch") }
        }
        Column { // a Column, not the Repeater alone: see TaskTable
            id: totalLines
            Layout.fillWidth: true
            spacing: 2
            Repeater {
                model: root.totals
                delegate: TableRow {
                    id: line
                    required property var modelData
                    readonly property bool annual: modelData.key === "annual"
                    width: totalLines.width
                    columns: columns
                    Label {
                        text: line.modelData.label
                        wrapMode: Text.Wrap
                        font.bold: line.annual
                        color: line.annual ? Theme.text : Theme.mutedText
                    }
                    Label { text: line.modelData.before; horizontalAlignment: Text.AlignRight; font.bold: line.annual; wrapMode: Text.Wrap }
                    Label { text: line.modelData.after; horizontalAlignment: Text.AlignRight; font.bold: line.annual; wrapMode: Text.Wrap }
                    Label {
                        text: line.modelData.delta
                        horizontalAlignment: Text.AlignRight
                        font.bold: true
                        wrapMode: Text.Wrap
                        color: line.modelData.trend === "down" ? Theme.ok : Theme.error
                        Accessible.name: qsTr("%1: chênh lệch %2").arg(line.modelData.label).arg(text)
                    }
                }
            }
        }
    }
}
