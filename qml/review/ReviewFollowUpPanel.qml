pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cptt

// The next round of the appraisal: the revised report open, the previous round's review (and the
// drafter's response saved beside it) start round n + 1; each earlier comment and kept finding
// then shows with the drafter's answer and whether its place changed, and is closed or reopened.
// New comments and verdicts go to this round on their own tabs.
SectionBox {
    id: root

    required property ReviewSession session
    readonly property bool followsUp: root.session.round > 1

    title: root.followsUp ? qsTr("Vòng %1: xem lại ý kiến của vòng trước").arg(root.session.round)
                          : qsTr("Vòng thẩm định tiếp theo")
    subtitle: root.followsUp
              ? qsTr("Còn %1 trên %2 mục chưa xem lại").arg(root.session.followUps.openCount).arg(root.session.followUps.count)
              : ""

    function fileName(path) { return path.substring(path.lastIndexOf("/") + 1) }

    Label {
        Layout.fillWidth: true
        visible: !root.followsUp
        text: qsTr("Khi cơ quan soạn thảo gửi lại báo cáo đã sửa: mở báo cáo đó, rồi mở bản thẩm định của vòng trước. Bản tiếp thu, giải trình đặt cạnh bản thẩm định (cùng tên, đuôi .response.xml) được đọc kèm.")
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }
    // Another previous review starts another round: what this one holds that is not exported yet
    // is lost, so the reviewer is asked first.
    Button {
        text: qsTr("Mở bản thẩm định vòng trước…")
        enabled: root.session.hasReport
        onClicked: root.followsUp && root.session.modified ? restartPrompt.open() : previousDialog.open()
    }
    Label {
        Layout.fillWidth: true
        visible: root.followsUp
        text: root.session.hasPreviousResponse
              ? (root.session.previousResponsePath.length > 0
                 ? qsTr("Câu trả lời của cơ quan soạn thảo: %1").arg(root.fileName(root.session.previousResponsePath))
                 : qsTr("Câu trả lời của cơ quan soạn thảo được lưu trong bản thẩm định."))
              : qsTr("Chưa có bản tiếp thu, giải trình: mọi mục đều chưa được trả lời.")
        color: root.session.hasPreviousResponse ? Theme.mutedText : Theme.warning
        wrapMode: Text.Wrap
    }
    // The round again from the same previous review, with a response chosen by hand (one the
    // drafter sent under another name); the work of this round is kept (keep_round_work).
    Button {
        visible: root.followsUp && root.session.previousReviewPath.length > 0
        text: qsTr("Chọn bản tiếp thu, giải trình khác…")
        onClicked: responseDialog.open()
    }
    Label {
        Layout.fillWidth: true
        visible: root.followsUp
        text: root.session.previousReportPath.length > 0
              ? qsTr("So sánh với báo cáo đã thẩm định ở vòng trước: %1").arg(root.fileName(root.session.previousReportPath))
              : qsTr("Không tìm thấy báo cáo đã thẩm định ở vòng trước cạnh bản thẩm định: chưa so sánh được chỗ đã sửa.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Column {
        id: problemColumn
        Layout.fillWidth: true
        visible: root.followsUp
        Repeater {
            model: root.session.followUpProblems
            delegate: Label {
                required property string modelData
                width: problemColumn.width
                text: modelData
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }

    // Qt 6.4: a Repeater directly in a Quick Layout can crash when its model resets; a Column.
    Column {
        id: cardColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.session.followUps
            delegate: ReviewFollowUpCard {
                width: cardColumn.width
                session: root.session
            }
        }
    }

    ConfirmDialog {
        id: restartPrompt
        title: qsTr("Mở bản thẩm định khác?")
        message: qsTr("Vòng này sẽ bắt đầu lại từ bản thẩm định bạn chọn: các ý kiến, kết luận và quyết định đã ghi ở vòng này mà chưa xuất sẽ mất.")
        acceptText: qsTr("Chọn bản thẩm định khác…")
        onAccepted: previousDialog.open()
    }
    FileDialog {
        id: previousDialog
        title: qsTr("Mở bản thẩm định của vòng trước")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Bản thẩm định CPTT (*.review.xml *.xml)")]
        onAccepted: root.session.openNextRound(String(selectedFile))
    }
    FileDialog {
        id: responseDialog
        title: qsTr("Chọn bản tiếp thu, giải trình của vòng trước")
        currentFolder: AppSettings.folderOf(root.session.previousReviewPath)
        nameFilters: [qsTr("Bản tiếp thu, giải trình CPTT (*.response.xml *.xml)")]
        onAccepted: root.session.openNextRound(root.session.previousReviewPath, String(selectedFile))
    }
}
