pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The assessment form that applies to the procedure, rendered from its definition: progress,
// the unverified parts marked, a gate's explanation, then the sections and their questions.
ColumnLayout {
    id: root

    required property DossierDocument document
    required property string procedureId
    // Reviewer mode: the report's answers are shown, not edited, and each question offers a comment.
    property bool readOnly: false
    property ReviewSession review: ReturnedReview.session
    signal commentRequested(string section, string field)

    spacing: Theme.spacing

    // The question (or section) the drafter was sent to, marked until another is chosen.
    property string highlightKey: ""
    function showQuestion(key) {
        shownProcedureId = procedureId
        const row = formModel.rowOf(key)
        if (row < 0)
            return false
        highlightKey = key
        questions.positionViewAtIndex(row, ListView.Beginning)
        return true
    }

    // The procedure whose form is read and whose questions are made: set when the panel is shown,
    // empty while it is hidden, so that a hidden tab (or screen) costs nothing, at start or when
    // the drafter moves to another procedure; the list keeps its place while the tab is shown.
    property string shownProcedureId: ""
    onVisibleChanged: if (visible) shownProcedureId = procedureId
    onProcedureIdChanged: shownProcedureId = visible ? procedureId : ""
    Component.onCompleted: shownProcedureId = visible ? procedureId : ""

    FormModel {
        id: formModel
        document: root.document
        procedureId: root.shownProcedureId
    }

    Label {
        Layout.fillWidth: true
        visible: !formModel.exists
        text: formModel.notice
        wrapMode: Text.Wrap
        color: Theme.mutedText
    }

    Pane {
        Layout.fillWidth: true
        visible: formModel.exists
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Mẫu %1: %2").arg(formModel.formCode).arg(formModel.formTitle)
                    font.bold: true
                    font.pointSize: Theme.headingSize
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("Đã trả lời %1/%2 (%3 %)").arg(formModel.doneCount).arg(formModel.requiredCount).arg(formModel.percent)
                    color: formModel.percent === 100 ? Theme.ok : Theme.warning
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: 100
                value: formModel.percent
                Accessible.name: qsTr("Tiến độ trả lời biểu mẫu")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Thế hệ biểu mẫu %1. %2").arg(formModel.generation).arg(formModel.legalBasis)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                font.pointSize: Theme.smallSize
            }
            Label {
                Layout.fillWidth: true
                visible: !formModel.verified
                text: qsTr("⚠ Nội dung biểu mẫu được dựng lại từ các điều khoản, chưa đối chiếu với văn bản chính thức; các phần chưa đối chiếu được đánh dấu.")
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: formModel.gateMessage.length > 0
                text: formModel.gateMessage
                color: Theme.error
                font.bold: true
                wrapMode: Text.Wrap
            }
        }
    }

    ListView {
        id: questions
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: formModel.exists
        clip: true
        spacing: 2
        model: formModel
        cacheBuffer: 2000
        ScrollBar.vertical: ScrollBar {}
        delegate: FormQuestion {
            width: questions.width - 12
            form: formModel
            highlighted: root.highlightKey.length > 0 && key === root.highlightKey
            readOnly: root.readOnly
            review: root.review
            onCommentRequested: (section, field) => root.commentRequested(section, field)
        }
    }
}
