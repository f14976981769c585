pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One income rate: its inputs (editable) and the hourly figure with its derivation.
Rectangle {
    id: root

    required property DossierDocument document
    required property int index
    required property string rateId
    required property string kind
    required property string year
    required property string yearError
    required property string gdpPerCapita
    required property string gdpPerCapitaError
    required property string route
    required property string gdp
    required property string gdpError
    required property string population
    required property string populationError
    required property string directRate
    required property string directRateError
    required property string publisher
    required property string source
    required property string hourlyRate
    required property string computation
    required property string error

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.accentSoft
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.rateId
                font.bold: true
            }
            Label {
                text: root.kind !== "derived" ? qsTr("nhập trực tiếp")
                      : root.route === "gdp-population" ? qsTr("theo GDP và dân số") : qsTr("theo GDP bình quân đầu người")
                color: Theme.mutedText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("%1 / giờ").arg(root.hourlyRate)
                font.bold: true
                font.pointSize: Theme.headingSize
                color: Theme.accent
            }
            Button {
                text: qsTr("Xoá")
                flat: true
                Accessible.name: qsTr("Xoá mức thu nhập %1").arg(root.rateId)
                onClicked: root.document.removeRate(root.index)
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            visible: root.kind === "derived"
            Label { text: qsTr("Năm số liệu"); color: Theme.mutedText }
            NumberField {
                Layout.fillWidth: true
                accessibleName: qsTr("Năm số liệu")
                value: root.year
                errorText: root.yearError
                onEdited: (text) => root.document.setRateField(root.index, RateField.Year, text)
            }
            Label {
                visible: root.route === "per-capita"
                text: qsTr("GDP bình quân đầu người")
                color: Theme.mutedText
            }
            NumberField {
                visible: root.route === "per-capita"
                Layout.fillWidth: true
                accessibleName: qsTr("GDP bình quân đầu người")
                // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
                suffix: Labels.symbol["VND"] // qmllint disable type
                value: root.gdpPerCapita
                errorText: root.gdpPerCapitaError
                onEdited: (text) => root.document.setRateField(root.index, RateField.GdpPerCapita, text)
            }
            Label {
                visible: root.route === "gdp-population"
                text: qsTr("GDP theo giá hiện hành")
                color: Theme.mutedText
            }
            NumberField {
                visible: root.route === "gdp-population"
                Layout.fillWidth: true
                accessibleName: qsTr("GDP theo giá hiện hành")
                // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
                suffix: Labels.symbol["VND"] // qmllint disable type
                value: root.gdp
                errorText: root.gdpError
                onEdited: (text) => root.document.setRateField(root.index, RateField.Gdp, text)
            }
            Label {
                visible: root.route === "gdp-population"
                text: qsTr("Dân số trung bình")
                color: Theme.mutedText
            }
            NumberField {
                visible: root.route === "gdp-population"
                Layout.fillWidth: true
                accessibleName: qsTr("Dân số trung bình")
                // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
                suffix: Labels.unit["people"] // qmllint disable type
                value: root.population
                errorText: root.populationError
                onEdited: (text) => root.document.setRateField(root.index, RateField.Population, text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.kind === "direct"
            Label { text: qsTr("Mức một giờ"); color: Theme.mutedText }
            NumberField {
                Layout.fillWidth: true
                accessibleName: qsTr("Mức thu nhập một giờ")
                // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
                suffix: Labels.symbol["VND"] // qmllint disable type
                value: root.directRate
                errorText: root.directRateError
                onEdited: (text) => root.document.setRateField(root.index, RateField.DirectRate, text)
            }
        }
        LabeledField {
            Layout.fillWidth: true
            visible: root.kind === "derived"
            label: qsTr("Cơ quan công bố")
            value: root.publisher
            onEdited: (text) => root.document.setRateField(root.index, RateField.Publisher, text)
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Nguồn số liệu")
            multiline: true // a sentence with its figures and its publication: read whole
            value: root.source
            onEdited: (text) => root.document.setRateField(root.index, RateField.Source, text)
        }
        Label {
            Layout.fillWidth: true
            text: root.error.length > 0 ? root.error : root.computation
            color: root.error.length > 0 ? Theme.error : Theme.mutedText
            wrapMode: Text.Wrap
            font.pointSize: Theme.smallSize
        }
    }
}
