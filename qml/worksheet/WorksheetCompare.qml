pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The current worksheet beside the proposed one: each current task beside its counterpart (paired
// by the core), removed and added tasks in place, each figure's difference and the totals', so the
// simplification reads at a glance. Read-only: the figures are edited in the two sheets.
SectionBox {
    id: root

    required property DossierDocument document
    required property string procedureId

    title: qsTr("So sánh hiện hành và sau đơn giản hoá")
    subtitle: compare.exists ? compare.summary
        : compare.error.length > 0 ? compare.error : qsTr("Cần cả bảng hiện hành và bảng sau đơn giản hoá để so sánh.")

    WorksheetCompareModel {
        id: compare
        document: root.document
        procedureId: root.visible ? root.procedureId : ""
    }

    TableColumns {
        id: columns
        width: table.width
        spacing: Theme.spacing
        specs: [{fill: 1, minimum: 140}, {fill: 1, minimum: 140}, {width: 96}, {width: 168}, {width: 136}, {width: 184}]
    }

    ColumnLayout {
        id: table
        Layout.fillWidth: true
        visible: compare.exists
        spacing: 0

        TableRow {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing / 2
            columns: columns
            component Heading: Label {
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Heading { text: qsTr("Công việc hiện hành") }
            Heading { text: qsTr("Công việc sau đơn giản hoá") }
            Heading { text: qsTr("Giờ"); horizontalAlignment: Text.AlignRight }
            Heading { text: qsTr("Dịch vụ"); horizontalAlignment: Text.AlignRight }
            Heading { text: qsTr("Khác"); horizontalAlignment: Text.AlignRight }
            Heading { text: qsTr("Chi phí công việc"); horizontalAlignment: Text.AlignRight }
        }
        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
        Column { // a Column, not the Repeater alone: see TaskTable
            id: rows
            Layout.fillWidth: true
            Repeater {
                model: compare
                delegate: CompareRow {
                    width: rows.width
                    columns: columns
                }
            }
        }
        CompareTotals {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            totals: compare.totals
        }
    }
}
