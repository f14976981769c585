import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The integrity of the report at the top of reviewer mode: unchanged since export (green),
// changed after export (red), or no digest (amber); the versions it used and the finding counts.
Rectangle {
    id: root

    required property ReviewSession session
    readonly property string status: root.session.integrityStatus

    visible: root.session.isOpen
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: status === "matches" ? Theme.okSoft : status === "mismatch" ? Theme.errorSoft
         : status === "missing" ? Theme.warningSoft : Theme.accentSoft
    border.color: status === "matches" ? Theme.ok : status === "mismatch" ? Theme.error
                : status === "missing" ? Theme.warning : Theme.accent
    Accessible.role: Accessible.StaticText
    Accessible.name: integrity.text

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 2

        Label {
            id: integrity
            Layout.fillWidth: true
            text: root.session.hasReport
                  ? (root.status === "matches" ? "✔ " : root.status === "mismatch" ? "✖ " : "⚠ ") + root.session.integrityText
                  : qsTr("Bản thẩm định mở riêng, không kèm báo cáo.")
            font.bold: true
            color: root.status === "matches" ? Theme.ok : root.status === "mismatch" ? Theme.error
                 : root.status === "missing" ? Theme.warning : Theme.text
            wrapMode: Text.Wrap
        }
        Row {
            spacing: Theme.padding
            Label {
                text: qsTr("%1 lỗi · %2 cảnh báo · %3 ghi chú").arg(root.session.errorCount)
                      .arg(root.session.warningCount).arg(root.session.noteCount)
                font.bold: true
                color: root.session.errorCount > 0 ? Theme.error : Theme.text
            }
            Label {
                text: qsTr("%n sai lệch khi tính lại", "", root.session.discrepancyCount)
                visible: root.session.hasReport
                font.bold: true
                color: root.session.discrepancyCount > 0 ? Theme.error : Theme.ok
            }
            Label {
                text: qsTr("%n chưa xử lý", "", root.session.openFindingCount)
                color: Theme.mutedText
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.session.integrityDetail
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
