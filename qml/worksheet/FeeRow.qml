pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One fee or charge with its amount and legal basis.
RowLayout {
    id: root

    required property FeeModel fees
    required property int index
    required property string name
    required property string amount
    required property string amountError
    required property string legalBasis
    property bool readOnly: false // reviewer mode

    spacing: 4

    EditField {
        Layout.fillWidth: true
        Layout.preferredWidth: 120
        Layout.minimumWidth: 80
        Layout.alignment: Qt.AlignTop
        readOnly: root.readOnly
        placeholderText: qsTr("Tên phí, lệ phí")
        Accessible.name: qsTr("Tên phí, lệ phí %1").arg(root.index + 1)
        value: root.name
        onEdited: (text) => root.fees.setFeeField(root.index, "name", text)
    }
    NumberField {
        Layout.preferredWidth: 120
        Layout.minimumWidth: 120
        Layout.alignment: Qt.AlignTop
        accessibleName: qsTr("Mức phí %1").arg(root.index + 1)
        suffix: Labels.symbol["VND"]
        readOnly: root.readOnly
        value: root.amount
        errorText: root.amountError
        onEdited: (text) => root.fees.setFeeField(root.index, "amount", text)
    }
    EditField {
        Layout.fillWidth: true
        Layout.preferredWidth: 120
        Layout.minimumWidth: 80
        Layout.alignment: Qt.AlignTop
        readOnly: root.readOnly
        placeholderText: qsTr("Căn cứ pháp lý")
        Accessible.name: qsTr("Căn cứ pháp lý của phí %1").arg(root.index + 1)
        value: root.legalBasis
        onEdited: (text) => root.fees.setFeeField(root.index, "legalBasis", text)
    }
    ToolButton {
        visible: !root.readOnly
        Layout.alignment: Qt.AlignTop
        text: "✕"
        Accessible.name: qsTr("Xoá phí %1").arg(root.index + 1)
        onClicked: root.fees.removeFee(root.index)
    }
}
