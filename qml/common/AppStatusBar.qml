pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The status bar: the last message, the totals that could not be added up, the entries not yet
// valid, whether the dossier is saved; above them, a newer recovery copy of the file just opened.
ToolBar {
    id: root

    required property DossierDocument document
    // The drafter chose to restore the newer recovery copy at `path` (after saving, if asked).
    signal restoreRequested(string path)

    background: Rectangle { color: Theme.surface; border.color: Theme.border }
    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: 0
        // A newer recovery copy of the file just opened: offered in place, nothing blocks.
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing / 2
            visible: root.document.newerRecoveryPath.length > 0
            implicitHeight: recoveryNotice.implicitHeight + Theme.spacing
            color: Theme.warningSoft
            border.color: Theme.warning
            radius: Theme.radius
            RowLayout {
                id: recoveryNotice
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Có bản sao phục hồi của tệp này, ghi lúc %1, mới hơn tệp đã lưu: lần làm việc trước kết thúc khi còn thay đổi chưa lưu.").arg(root.document.newerRecoveryWritten)
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                Button {
                    text: qsTr("Khôi phục")
                    Accessible.name: qsTr("Khôi phục bản sao phục hồi")
                    onClicked: root.restoreRequested(root.document.newerRecoveryPath)
                }
                Button {
                    text: qsTr("Bỏ bản sao")
                    Accessible.name: qsTr("Bỏ bản sao phục hồi")
                    onClicked: root.document.discardRecovery(root.document.newerRecoveryPath)
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.document.statusMessage
                elide: Text.ElideMiddle
                color: Theme.mutedText
            }
            Label {
                visible: root.document.totalsError.length > 0
                Layout.maximumWidth: root.width / 3
                text: root.document.totalsError
                elide: Text.ElideRight
                color: Theme.error
            }
            Label {
                visible: root.document.invalidEntryCount > 0
                text: qsTr("%n ô nhập chưa hợp lệ", "", root.document.invalidEntryCount)
                color: Theme.error
            }
            Label {
                visible: root.document.isOpen && !root.document.readOnly
                // A dossier that never had a file is not saved, even with nothing changed.
                text: root.document.modified ? qsTr("Có thay đổi chưa lưu")
                                   : root.document.filePath.length > 0 ? qsTr("Đã lưu") : qsTr("Chưa lưu vào tệp")
                color: root.document.modified ? Theme.warning : root.document.filePath.length > 0 ? Theme.ok : Theme.mutedText
            }
        }
    }
}
