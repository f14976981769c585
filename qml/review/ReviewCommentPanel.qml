pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Comments on the selected procedure (or on the whole draft): the list, and an editor anchoring a
// new comment to a form section or field, or to a worksheet and its task row.
SectionBox {
    id: root

    required property ReviewSession session
    readonly property string procedureId: root.session.selectedProcedureId

    title: qsTr("Ý kiến thẩm định")
    subtitle: root.procedureId.length > 0 ? root.session.procedureName(root.procedureId) : qsTr("Toàn bộ dự thảo")

    Binding {
        target: root.session.comments
        property: "procedureFilter"
        value: root.procedureId.length > 0 ? root.procedureId : "-"
    }

    Repeater {
        model: root.session.comments
        delegate: RowLayout {
            id: comment
            required property int commentIndex
            required property string place
            required property string author
            required property string date
            required property string text
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: [comment.place, comment.author, comment.date].filter((s) => s.length > 0).join(" · ")
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
    Label {
        visible: root.session.comments.count === 0
        text: qsTr("Chưa có ý kiến.")
        color: Theme.mutedText
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 4
        Label { text: qsTr("Phần"); color: Theme.mutedText }
        TextField { id: section; Layout.fillWidth: true; placeholderText: qsTr("ví dụ: necessity"); Accessible.name: qsTr("Phần của biểu mẫu") }
        Label { text: qsTr("Mục"); color: Theme.mutedText }
        TextField { id: field; Layout.fillWidth: true; placeholderText: qsTr("ví dụ: necessity.q1"); Accessible.name: qsTr("Mục hoặc câu hỏi") }
        Label { text: qsTr("Bảng tính"); color: Theme.mutedText }
        ComboBox {
            id: worksheet
            Layout.fillWidth: true
            Accessible.name: qsTr("Bảng tính")
            textRole: "text"
            valueRole: "value"
            model: [{ value: "", text: qsTr("(không)") }, { value: "current", text: qsTr("Hiện hành") },
                    { value: "proposed", text: qsTr("Đề xuất") }]
        }
        Label { text: qsTr("Công việc"); color: Theme.mutedText }
        SpinBox { id: task; from: 0; to: 999; enabled: worksheet.currentIndex > 0; Accessible.name: qsTr("Công việc số") }
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
            if (root.session.addComment(root.procedureId, "", section.text, field.text, worksheet.currentValue,
                                        task.value, text.text) >= 0)
                text.text = ""
        }
    }
}
