pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A worksheet's fees and charges: the heading row and one FeeRow a fee in the same columns (the
// name and the legal basis share the free width), and the button that adds one.
ColumnLayout {
    id: root

    required property FeeModel fees
    property bool readOnly: false

    spacing: Theme.spacing

    TableColumns {
        id: columns
        width: root.width
        spacing: 4
        specs: [{fill: 1, minimum: 100}, {width: 128}, {fill: 1, minimum: 100}, {width: root.readOnly ? 0 : 32}]
    }

    Label { text: qsTr("Phí, lệ phí"); font.bold: true }
    TableRow {
        Layout.fillWidth: true
        columns: columns
        visible: feeRows.count > 0
        Label { text: qsTr("Tên phí, lệ phí"); color: Theme.mutedText; font.pointSize: Theme.smallSize; wrapMode: Text.Wrap }
        Label { text: qsTr("Mức phí"); color: Theme.mutedText; font.pointSize: Theme.smallSize; wrapMode: Text.Wrap; horizontalAlignment: Text.AlignRight; rightPadding: 24 }
        Label { text: qsTr("Căn cứ pháp lý"); color: Theme.mutedText; font.pointSize: Theme.smallSize; wrapMode: Text.Wrap }
    }
    Column { // a Column, not the Repeater alone: see TaskTable
        id: feeColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            id: feeRows
            model: root.fees
            delegate: FeeRow {
                width: feeColumn.width
                columns: columns
                fees: root.fees
                readOnly: root.readOnly
            }
        }
    }
    Button {
        visible: !root.readOnly
        text: qsTr("+ Phí, lệ phí")
        Accessible.name: qsTr("Thêm phí, lệ phí")
        onClicked: root.fees.addFee()
    }
}
