pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Every procedure with before / after / saving / reduction %.
SectionBox {
    id: root

    required property DossierDocument document
    signal procedureChosen(string id)

    // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
    title: qsTr("Chi phí theo thủ tục (%1)").arg(Labels.unit["VND-per-year"]) // qmllint disable type
    // Header, rows and total share these widths, so that the columns line up; a figure too long
    // for its column is drawn smaller, then elided (FigureLabel).
    readonly property int figureWidth: 150
    readonly property int percentWidth: 80

    RowLayout {
        Layout.fillWidth: true
        Label { Layout.preferredWidth: 28; text: qsTr("TT"); font.bold: true; color: Theme.mutedText }
        Label { Layout.fillWidth: true; text: qsTr("Thủ tục"); font.bold: true; color: Theme.mutedText }
        FigureLabel { columnWidth: root.figureWidth; text: qsTr("Trước"); font.bold: true; color: Theme.mutedText }
        FigureLabel { columnWidth: root.figureWidth; text: qsTr("Sau"); font.bold: true; color: Theme.mutedText }
        FigureLabel { columnWidth: root.figureWidth; text: qsTr("Tiết kiệm"); font.bold: true; color: Theme.mutedText }
        FigureLabel { columnWidth: root.percentWidth; text: qsTr("Cắt giảm"); font.bold: true; color: Theme.mutedText }
    }
    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: rowColumn
        Layout.fillWidth: true
        Repeater {
            model: root.visible ? root.document.procedures : null // delegates only while shown
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string procedureId
                required property string name
                required property string kind
                required property string before
                required property string after
                required property string saving
                required property string percent
                width: rowColumn.width
                Accessible.name: qsTr("Mở thủ tục %1").arg(name)
                onClicked: root.procedureChosen(procedureId)
                contentItem: RowLayout {
                    Label { Layout.preferredWidth: 28; text: row.index + 1 }
                    RowLayout {
                        Layout.fillWidth: true
                        KindBadge { kind: row.kind }
                        Label { Layout.fillWidth: true; text: row.name; wrapMode: Text.Wrap }
                    }
                    FigureLabel { columnWidth: root.figureWidth; text: row.before }
                    FigureLabel { columnWidth: root.figureWidth; text: row.after; font.bold: true }
                    FigureLabel { columnWidth: root.figureWidth; text: row.saving }
                    FigureLabel { columnWidth: root.percentWidth; text: row.percent }
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label { Layout.preferredWidth: 28 }
        Label { Layout.fillWidth: true; text: qsTr("Tổng cộng"); font.bold: true }
        FigureLabel { columnWidth: root.figureWidth; text: root.document.totalBefore; font.bold: true }
        FigureLabel { columnWidth: root.figureWidth; text: root.document.totalAfter; font.bold: true }
        FigureLabel { columnWidth: root.figureWidth; text: root.document.totalSaving; font.bold: true }
        FigureLabel { columnWidth: root.percentWidth; text: root.document.reductionPercent; font.bold: true }
    }
}
