pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Income rates: the legal rate from a year's GDP per capita (reference data), or a rate entered
// directly with its source. Each shows the hourly figure the core derives and how.
SectionBox {
    id: root

    required property DossierDocument document
    readonly property var legal: ReferenceLibrary.legalRateFor(parseInt(root.document.calculationYear) || new Date().getFullYear())

    title: qsTr("Mức thu nhập bình quân theo giờ")
    subtitle: qsTr("Thu nhập bình quân một giờ = GDP bình quân đầu người của năm liền trước năm tính ÷ (12 tháng × 22 ngày × 8 giờ) (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).")

    Label {
        Layout.fillWidth: true
        visible: root.legal.found === true
        wrapMode: Text.Wrap
        color: root.legal.fallback ? Theme.warning : Theme.mutedText
        text: root.legal.fallback
              ? qsTr("Chưa có số liệu GDP bình quân đầu người năm %1 (năm liền trước năm tính); số liệu mới nhất hiện có là năm %2: %3 → %4 một giờ.").arg(root.legal.wantedYear).arg(root.legal.year).arg(root.legal.gdpPerCapitaText).arg(root.legal.hourlyRate)
              : qsTr("Theo quy định, năm tính %1 dùng GDP bình quân đầu người năm %2: %3 → %4 một giờ.").arg(root.legal.wantedYear + 1).arg(root.legal.year).arg(root.legal.gdpPerCapitaText).arg(root.legal.hourlyRate)
    }
    Label {
        Layout.fillWidth: true
        visible: !ReferenceLibrary.loaded
        wrapMode: Text.Wrap
        color: Theme.error
        text: qsTr("Không đọc được số liệu tham chiếu: %1").arg(ReferenceLibrary.errorString)
    }

    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: rateColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.document.rates
            delegate: RateDelegate {
                width: rateColumn.width
                document: root.document
            }
        }
    }

    RowLayout {
        spacing: Theme.spacing
        Button {
            id: addGdp
            text: qsTr("Thêm mức từ GDP của năm…")
            enabled: ReferenceLibrary.loaded
            Accessible.name: text
            onClicked: figureMenu.open()
            Menu {
                id: figureMenu
                y: addGdp.height
                Repeater {
                    model: ReferenceLibrary.gdpFigures
                    delegate: MenuItem {
                        id: figureItem
                        required property int year
                        required property string value
                        required property string canonicalValue
                        required property string publisher
                        required property string source
                        required property bool verified
                        required property bool legalBasis
                        height: legalBasis ? implicitHeight : 0
                        visible: legalBasis
                        text: qsTr("Năm %1: GDP bình quân đầu người %2%3").arg(year).arg(value).arg(verified ? "" : qsTr(" (chưa đối chiếu)"))
                        onTriggered: root.document.addDerivedRate(year, canonicalValue, publisher, source)
                    }
                }
            }
        }
        Button {
            text: qsTr("Nhập mức trực tiếp")
            Accessible.name: text
            onClicked: root.document.addDirectRate()
        }
    }
}
