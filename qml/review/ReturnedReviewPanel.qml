pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The drafter's view of a returned review, above the dossier's procedure list (procedureId "")
// or on a procedure: who reviewed, the verdict, the comments about this level, and — on a
// procedure — every comment on its parts, each with a link to its place.
SectionBox {
    id: root

    property string procedureId: ""
    readonly property ReviewSession session: ReturnedReview.session
    readonly property var verdict: procedureReview.verdict

    ReviewOfProcedure {
        id: procedureReview
        session: root.session
        procedureId: root.procedureId
    }
    signal placeRequested(string section, string field, string worksheet, int task)
    signal answerRequested()

    visible: session.isOpen
    title: procedureId.length > 0 ? qsTr("Ý kiến thẩm định về thủ tục này") : qsTr("Ý kiến thẩm định")
    // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
    subtitle: [session.reviewerName, session.reviewerBody].filter(s => s.length > 0).join(", ") // qmllint disable type
              + (procedureId.length > 0 ? "" : (session.reviewerName.length > 0 ? " · " : "") + session.reviewPath)

    Binding {
        target: root.session.comments
        property: "procedureFilter"
        value: root.procedureId
        when: root.procedureId.length > 0
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Kết luận: %1").arg(ReturnedReview.verdictText(root.verdict.verdict || "") || qsTr("chưa có kết luận"))
            font.bold: true
            color: ReturnedReview.verdictColor(root.verdict.verdict || "")
        }
        Label {
            Layout.fillWidth: true
            visible: (root.verdict.summary || "").length > 0
            text: "— " + (root.verdict.summary || "")
            wrapMode: Text.Wrap
        }
        Button {
            visible: root.procedureId.length === 0 && ReturnedReview.response.itemCount > 0
            text: ReturnedReview.response.unansweredCount > 0
                  ? qsTr("Trả lời ý kiến (%1 chưa trả lời)").arg(ReturnedReview.response.unansweredCount)
                  : qsTr("Trả lời ý kiến")
            Accessible.name: qsTr("Tiếp thu, giải trình ý kiến thẩm định")
            onClicked: root.answerRequested()
        }
        Button {
            visible: root.procedureId.length === 0
            text: qsTr("Đóng ý kiến")
            Accessible.name: qsTr("Đóng ý kiến thẩm định")
            onClicked: root.session.close()
        }
    }
    // Who signed the review, or that it is not signed: the core's sentence.
    Label {
        visible: root.procedureId.length === 0 && root.session.reviewAssurance.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        readonly property string assurance: root.session.reviewAssurance
        text: (assurance === "signed" ? "✔ " : assurance === "changed" ? "✖ " : "⚠ ")
              + root.session.reviewSignatureText
        color: assurance === "signed" ? Theme.ok : assurance === "changed" ? Theme.error : Theme.warning
    }
    CommentNote {
        Layout.fillWidth: true
        procedureId: root.procedureId
    }
    Label {
        visible: root.procedureId.length === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Các ý kiến về từng thủ tục hiện ngay tại chỗ: trên biểu mẫu, bảng tính và danh sách thủ tục.")
    }
    ListView {
        id: links
        Layout.fillWidth: true
        // What the page leaves the panel (its Layout.maximumHeight) bounds the list, which scrolls:
        // the panel's column does not shrink with the panel, and the links would spill out of it.
        // What is above the list is summed from its items' own heights, not from the list's
        // place, which the layout sets (that would be a polish loop).
        readonly property real above: {
            let sum = 0
            for (let i = 0; i < parent.children.length; ++i) {
                const item = parent.children[i]
                if (item === links)
                    break
                if (item.visible)
                    sum += item.implicitHeight + parent.spacing
            }
            return sum
        }
        Layout.preferredHeight: Math.min(contentHeight, 150,
                                         Math.max(48, root.Layout.maximumHeight - root.topPadding
                                                      - root.bottomPadding - above))
        visible: count > 0
        clip: true
        model: root.procedureId.length > 0 ? root.session.comments : null
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: link
            required property string section
            required property string field
            required property string worksheet
            required property int task
            required property string place
            required property string part // the place within this procedure, shown on its page
            required property var model // its `text` role: the delegate's own text is FINAL
            // Comments on the procedure as a whole are shown above; these are on its parts.
            visible: section.length > 0 || field.length > 0 || worksheet.length > 0
            height: visible ? implicitHeight : 0
            width: links.width
            Accessible.name: qsTr("Đi tới ý kiến: %1").arg(place)
            onClicked: root.placeRequested(section, field, worksheet, task)
            contentItem: RowLayout {
                Label {
                    Layout.fillWidth: true
                    // On the procedure's own page its name need not be said again.
                    text: link.part + ": " + link.model.text
                    wrapMode: Text.Wrap // a place and a comment are read whole
                }
                Label { text: qsTr("Xem →"); color: Theme.accent }
            }
        }
    }
}
