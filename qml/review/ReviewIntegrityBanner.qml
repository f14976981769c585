pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Cptt

// The integrity of the report at the top of reviewer mode, in the words of the core: signed by
// whom (green), only unchanged since export (blue: the author is not proved), changed (red), or
// nothing proved (amber); the versions it used, the finding counts, and the trust store the
// signatures are checked against.
Rectangle {
    id: root

    required property ReviewSession session
    readonly property string assurance: root.session.assurance
    readonly property color tone: assurance === "signed" ? Theme.ok : assurance === "changed" ? Theme.error
                                : assurance === "unproven" ? Theme.warning : Theme.accent

    visible: root.session.isOpen
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: assurance === "signed" ? Theme.okSoft : assurance === "changed" ? Theme.errorSoft
         : assurance === "unproven" ? Theme.warningSoft : Theme.accentSoft
    border.color: root.tone
    Accessible.role: Accessible.StaticText
    Accessible.name: integrity.text

    // A new trust store applies at once to a report opened alone and not yet commented on;
    // otherwise to the next report opened (re-reading would drop the comments).
    function trustChanged() {
        if (root.session.hasReport && !root.session.modified && root.session.reviewPath === "")
            root.session.openReport(root.session.reportPath)
    }

    FolderDialog {
        id: trustDialog
        title: qsTr("Thư mục chứng thư gốc tin cậy (PEM)")
        onAccepted: { AppSettings.trustFolder = String(selectedFolder); root.trustChanged() }
    }
    FileDialog {
        id: crlDialog
        title: qsTr("Danh sách chứng thư bị thu hồi (CRL)")
        nameFilters: [qsTr("Danh sách thu hồi (*.crl *.pem *.der)"), qsTr("Mọi tệp (*)")]
        onAccepted: { AppSettings.revocationList = String(selectedFile); root.trustChanged() }
    }

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
                  ? (root.assurance === "signed" || root.assurance === "unchanged" ? "✔ "
                     : root.assurance === "changed" ? "✖ " : "⚠ ") + root.session.integrityText
                  : qsTr("Bản thẩm định mở riêng, không kèm báo cáo.")
            font.bold: true
            color: root.session.hasReport ? root.tone : Theme.text
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
        RowLayout {
            Layout.fillWidth: true
            visible: root.session.hasReport
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Chữ ký số được kiểm tra theo: %1%2")
                      .arg(AppSettings.trustFolder === "" ? qsTr("kho chứng thư tin cậy của hệ thống")
                                                          : AppSettings.trustFolder)
                      .arg(AppSettings.revocationList === "" ? ""
                           : qsTr(" · danh sách thu hồi %1").arg(AppSettings.revocationList))
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Chứng thư tin cậy…")
                Accessible.name: qsTr("Chọn thư mục chứng thư gốc tin cậy để kiểm tra chữ ký số")
                onClicked: trustDialog.open()
            }
            Button {
                text: qsTr("Danh sách thu hồi…")
                Accessible.name: qsTr("Chọn danh sách chứng thư bị thu hồi (CRL)")
                onClicked: crlDialog.open()
            }
            Button {
                text: qsTr("Dùng kho hệ thống")
                visible: AppSettings.trustFolder !== "" || AppSettings.revocationList !== ""
                Accessible.name: qsTr("Kiểm tra chữ ký số theo kho chứng thư của hệ thống")
                onClicked: {
                    AppSettings.trustFolder = ""
                    AppSettings.revocationList = ""
                    root.trustChanged()
                }
            }
        }
    }
}
