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
    subtitle: qsTr("Thu nhập bình quân một giờ = GDP ÷ (dân số × 12 tháng × 22 ngày × 8 giờ) = GDP bình quân đầu người ÷ 2.112, theo số liệu của năm liền trước năm tính (Thông tư 03/2022/TT-BTP, Điều 11 khoản 4).")

    // The rule's figure for the calculation year, by the route chosen and by the other one: the
    // two differ by the rounding of the published per-capita figure, and both are admissible.
    Label {
        Layout.fillWidth: true
        visible: root.legal.found === true
        wrapMode: Text.Wrap
        color: root.legal.fallback ? Theme.warning : Theme.mutedText
        text: root.legal.fallback
              ? qsTr("Năm tính %1 cần số liệu của năm %2, nhưng chưa có số liệu năm %2 bằng đồng đã được đối chiếu. Hãy nhập số liệu có nguồn (GDP bình quân đầu người, hoặc GDP và dân số, cơ quan công bố và nguồn). Số liệu mới nhất hiện có là năm %3: %4 → %5 một giờ.").arg(root.legal.wantedYear + 1).arg(root.legal.wantedYear).arg(root.legal.year).arg(root.legal.figures).arg(root.legal.hourlyRate)
              : qsTr("Theo quy định, năm tính %1 dùng số liệu năm %2: %3 → %4 một giờ.").arg(root.legal.wantedYear + 1).arg(root.legal.year).arg(root.legal.figures).arg(root.legal.hourlyRate)
    }
    Label {
        Layout.fillWidth: true
        visible: root.legal.found === true && root.legal.hasOtherRoute === true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Cách tính khác, cùng năm %1: %2 → %3 một giờ (chênh lệch do làm tròn số liệu công bố; cả hai cách đều hợp lệ).").arg(root.legal.year).arg(root.legal.otherFigures).arg(root.legal.otherHourlyRate)
    }
    Button {
        visible: root.legal.found === true && root.legal.fallback === true
        text: qsTr("Nhập số liệu năm %1…").arg(root.legal.wantedYear)
        Accessible.name: text
        onClicked: root.document.addDerivedRate(root.legal.wantedYear, "", "", "")
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
                    model: ReferenceLibrary.rateRoutes
                    delegate: MenuItem {
                        required property var modelData
                        text: qsTr("Năm %1: %2 → %3%4").arg(modelData.year).arg(modelData.figures).arg(modelData.hourlyRate).arg(modelData.verified ? "" : qsTr(" (chưa đối chiếu)"))
                        onTriggered: root.document.addPublishedRate(modelData.year, modelData.route)
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
