pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Cptt

// One fee or charge: its name, amount and legal basis, the texts wrapping so that they read whole,
// in the columns of the fee table's heading (FeeTable).
TableRow {
    id: root

    required property FeeModel fees
    required property int index
    required property string name
    required property string amount
    required property string amountError
    required property string legalBasis
    property bool readOnly: false // reviewer mode

    WrappingField {
        readOnly: root.readOnly
        placeholderText: qsTr("Tên phí, lệ phí")
        Accessible.name: qsTr("Tên phí, lệ phí %1").arg(root.index + 1)
        value: root.name
        onEdited: (text) => root.fees.setFeeField(root.index, FeeField.Name, text)
    }
    NumberField {
        accessibleName: qsTr("Mức phí %1").arg(root.index + 1)
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        suffix: Labels.symbol["VND"] // qmllint disable type
        readOnly: root.readOnly
        value: root.amount
        errorText: root.amountError
        onEdited: (text) => root.fees.setFeeField(root.index, FeeField.Amount, text)
    }
    WrappingField {
        readOnly: root.readOnly
        placeholderText: qsTr("Căn cứ pháp lý")
        Accessible.name: qsTr("Căn cứ pháp lý của phí %1").arg(root.index + 1)
        value: root.legalBasis
        onEdited: (text) => root.fees.setFeeField(root.index, FeeField.LegalBasis, text)
    }
    ToolButton {
        visible: !root.readOnly
        text: "✕"
        Accessible.name: qsTr("Xoá phí %1").arg(root.index + 1)
        onClicked: root.fees.removeFee(root.index)
    }
}
