import QtQuick
import QtQuick.Controls
import Cptt

// The task table's column headings, in the columns its rows use: a figure's heading is aligned
// as its figures are (to the right).
TableRow {
    id: root

    component Heading: Label {
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Heading { text: qsTr("Tên công việc") }
    Heading { text: qsTr("Giờ"); horizontalAlignment: Text.AlignRight; rightPadding: 8 }
    // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
    Heading { text: qsTr("Dịch vụ (%1)").arg(Labels.symbol["VND"]); horizontalAlignment: Text.AlignRight; rightPadding: 8 } // qmllint disable type
    Heading { text: qsTr("Khác (%1)").arg(Labels.symbol["VND"]); horizontalAlignment: Text.AlignRight; rightPadding: 8 } // qmllint disable type
    Heading { text: qsTr("Chi phí"); horizontalAlignment: Text.AlignRight }
}
