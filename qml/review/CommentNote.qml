pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The reviewer's comments at one place (a procedure, a form section or question, a worksheet or
// task row): on the drafter's screens from the review opened next to the dossier, in reviewer
// mode from the review being written. A Column, not a ColumnLayout: on Qt 6.4 a Repeater that is
// a direct child of a Quick Layout can make the layout read a freed delegate when its model
// changes (SIGSEGV under a real window system).
Column {
    id: root

    property string procedureId: ""
    property string section: ""
    property string field: ""
    property string worksheet: ""
    property int task: 0
    // The drafter's returned review by default; the reviewer's own session in reviewer mode.
    property ReviewSession session: ReturnedReview.session
    readonly property var comments: here.comments

    ReviewCommentsAt {
        id: here
        session: root.session
        procedureId: root.procedureId
        section: root.section
        field: root.field
        worksheet: root.worksheet
        task: root.task
    }

    visible: comments.length > 0
    spacing: 2

    Repeater {
        model: root.comments
        delegate: Rectangle {
            id: note
            required property var modelData
            width: root.width
            implicitHeight: noteText.implicitHeight + 10
            color: Theme.warningSoft
            border.color: Theme.warning
            radius: Theme.radius
            Accessible.role: Accessible.Note
            Accessible.name: qsTr("Ý kiến thẩm định: %1").arg(note.modelData.text)
            Label {
                id: noteText
                anchors.fill: parent
                anchors.margins: 5
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: qsTr("Ý kiến thẩm định") + " (" + [note.modelData.author, note.modelData.date].filter(s => s.length > 0).join(", ")
                      + "): " + note.modelData.text
            }
        }
    }
}
