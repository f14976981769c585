pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Draft summary: totals with the net change and its parts, the table of procedures, the chart of
// before vs after, and the checklist of what is still incomplete.
ScrollView {
    id: root

    required property DossierDocument document
    signal placeRequested(string procedureId, string place, string target)

    contentWidth: availableWidth

    ColumnLayout {
        width: root.availableWidth - 2 * Theme.padding
        x: Theme.padding
        y: Theme.padding
        spacing: Theme.padding

        SectionBox {
            Layout.fillWidth: true
            title: qsTr("Tổng hợp chi phí tuân thủ của dự thảo")
            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: Theme.padding * 2
                Label { text: qsTr("Trước dự thảo"); color: Theme.mutedText }
                Label { text: qsTr("Sau dự thảo"); color: Theme.mutedText }
                Label { text: qsTr("Thay đổi ròng (sau − trước)"); color: Theme.mutedText }
                Label { text: qsTr("Tỷ lệ cắt giảm"); color: Theme.mutedText }
                Label { text: root.document.totalBefore; font.pointSize: Theme.titleSize }
                Label { text: root.document.totalAfter; font.pointSize: Theme.titleSize; font.bold: true }
                Label {
                    text: root.document.netChange
                    font.pointSize: Theme.titleSize
                    color: root.document.addsBurden ? Theme.error : Theme.ok
                }
                Label { text: root.document.reductionPercent; font.pointSize: Theme.titleSize }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Thay đổi ròng gồm: tăng do thủ tục mới %1; giảm do sửa đổi, quy định chi tiết %2; giảm do bãi bỏ %3 (mỗi năm).")
                      .arg(root.document.addedByNew).arg(root.document.savedByAmendments).arg(root.document.savedByAbolitions)
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.document.addsBurden
                text: qsTr("Dự thảo làm tăng chi phí tuân thủ: tỷ lệ cắt giảm mang dấu âm.")
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.document.totalsError.length > 0
                text: root.document.totalsError
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.document.failedProcedureCount > 0
                text: qsTr("%n thủ tục chưa tính được nên chưa có trong tổng; xem danh sách cần hoàn thiện bên dưới.", "", root.document.failedProcedureCount)
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }

        SummaryTable {
            Layout.fillWidth: true
            document: root.document
            onProcedureChosen: (id) => root.placeRequested(id, "general", "")
        }

        BarChart {
            Layout.fillWidth: true
            document: root.document
        }

        Checklist {
            Layout.fillWidth: true
            document: root.document
            onPlaceRequested: (id, place, target) => root.placeRequested(id, place, target)
        }
    }
}
