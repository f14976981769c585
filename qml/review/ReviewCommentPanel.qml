pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Comments on the selected procedure (or on the whole draft): the list, and an editor anchoring a
// new comment to a place picked from the procedure's form sections, questions, worksheets and
// task rows.
SectionBox {
    id: root

    required property ReviewSession session
    readonly property string procedureId: root.session.selectedProcedureId

    title: qsTr("Ý kiến thẩm định")

    // Picks the place of a form section or question, or of a worksheet or task row (the
    // "Ý kiến…" buttons beside them) and puts the cursor in the comment text.
    function choosePlace(section, field, worksheet, task) {
        const i = place.places.findIndex(p => field.length > 0 ? p.field === field
                                            : section.length > 0 ? p.section === section && p.field === ""
                                            : p.worksheet === worksheet && p.task === task)
        if (i >= 0)
            place.currentIndex = i
        text.forceActiveFocus()
    }
    subtitle: root.procedureId.length > 0 ? root.session.procedureName(root.procedureId) : qsTr("Toàn bộ dự thảo")

    Binding {
        target: root.session.comments
        property: "procedureFilter"
        value: root.procedureId.length > 0 ? root.procedureId : "-"
    }

    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: commentColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.session.comments
            delegate: RowLayout {
                id: comment
                required property int commentIndex
                required property string place
                required property string author
                required property string date
                required property string text
                width: commentColumn.width
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                        text: [comment.place, comment.author, comment.date].filter((s) => s.length > 0).join(" · ") // qmllint disable type
                        color: Theme.mutedText
                        font.pointSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    Label { Layout.fillWidth: true; text: comment.text; wrapMode: Text.Wrap }
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Xoá ý kiến")
                    onClicked: root.session.removeComment(comment.commentIndex)
                }
            }
        }
    }
    Label {
        visible: root.session.comments.count === 0
        text: qsTr("Chưa có ý kiến.")
        color: Theme.mutedText
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Chỗ"); color: Theme.mutedText }
        // The places of the selected procedure: itself, each form section and visible question,
        // each worksheet and task row. With no procedure selected the comment is on the draft.
        ComboBox {
            id: place
            readonly property var places: root.procedureId.length > 0 && root.session.hasReport
                ? root.session.commentPlaces(root.procedureId) : []
            readonly property var chosen: places[currentIndex] || null
            Layout.fillWidth: true
            enabled: places.length > 0
            model: places
            textRole: "label"
            displayText: chosen ? chosen.label : qsTr("Toàn bộ dự thảo")
            Accessible.name: qsTr("Chỗ của ý kiến")
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: place.popup.width
                leftPadding: 8 + 16 * modelData.depth
                text: modelData.label
                font.bold: modelData.depth < 2
                highlighted: place.highlightedIndex === index
            }
            onPlacesChanged: currentIndex = 0
        }
    }
    TextArea {
        id: text
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(60, contentHeight + 16)
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Nội dung ý kiến")
        Accessible.name: qsTr("Nội dung ý kiến")
        background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: text.activeFocus ? Theme.accent : Theme.border }
    }
    Button {
        text: qsTr("Thêm ý kiến")
        enabled: text.text.trim().length > 0
        onClicked: {
            const p = place.chosen || { formId: "", section: "", field: "", worksheet: "", task: 0 }
            if (root.session.addComment(root.procedureId, p.formId, p.section, p.field, p.worksheet, p.task,
                                        text.text) >= 0)
                text.text = ""
        }
    }
}
