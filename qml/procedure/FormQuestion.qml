pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One row of an assessment form: a section heading (with its progress, or why it is closed) or a
// question with the input its type asks for, the reason it needs, and what is missing.
Item {
    id: root

    required property FormModel form
    required property string rowType
    required property string key
    required property string number
    required property string printed // as the form prints it: "II.", "2.", "a)"
    required property string label
    required property string help
    required property string fieldType
    required property string unit
    required property var options
    required property string value
    required property string reason
    required property bool shown
    required property string closure
    required property string closedBy
    required property bool required
    required property bool answered
    required property bool invalid
    required property bool hasReason
    required property bool reasonRequired
    required property bool reasonGiven
    required property string reasonLabel
    required property bool fromDossier
    required property bool warning
    required property string warningText
    required property bool verified
    required property int percent
    required property var columns
    required property var rows
    required property string messages

    property bool highlighted: false // the place the drafter was sent to
    property bool readOnly: false    // reviewer mode: answers shown, not edited
    property ReviewSession review: ReturnedReview.session
    signal commentRequested(string section, string field)
    readonly property bool isSection: rowType === "section"
    readonly property bool displayed: isSection || shown

    implicitHeight: displayed ? column.implicitHeight + 8 : 0
    visible: displayed

    Rectangle {
        anchors.fill: parent
        anchors.margins: -2
        visible: root.highlighted
        color: Theme.accentSoft
        border.color: Theme.accent
        radius: Theme.radius
    }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: root.isSection ? 10 : 4
        spacing: 3

        RowLayout {
            visible: root.isSection
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: (root.printed.length > 0 ? root.printed + " " : "") + root.label
                font.bold: true
                font.pointSize: Theme.headingSize - 2
                color: root.shown ? Theme.accent : Theme.mutedText
                wrapMode: Text.Wrap
            }
            Label { visible: !root.verified; text: qsTr("chưa đối chiếu"); color: Theme.warning; font.pointSize: Theme.smallSize }
            Label { visible: root.shown; text: qsTr("%1 %").arg(root.percent); color: root.percent === 100 ? Theme.ok : Theme.mutedText }
            ToolButton {
                visible: root.readOnly
                text: qsTr("Ý kiến…")
                Accessible.name: qsTr("Ý kiến về phần %1").arg(root.label)
                onClicked: root.commentRequested(root.key, "")
            }
        }
        Label {
            visible: root.isSection && !root.shown
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: root.closure === "gate" ? qsTr("Phần này đã đóng vì đánh giá dừng ở %1.").arg(root.closedBy)
                : root.closure === "toggle" ? qsTr("Không đánh giá: dự thảo không thay đổi thành phần này (%1).").arg(root.closedBy)
                : qsTr("Không áp dụng với các câu trả lời hiện tại.")
        }

        RowLayout {
            visible: !root.isSection
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: (root.printed.length > 0 ? root.printed + " " : "") + root.label + (root.required ? " *" : "")
                wrapMode: Text.Wrap
            }
            Label { visible: !root.verified; text: qsTr("chưa đối chiếu"); color: Theme.warning; font.pointSize: Theme.smallSize }
            // Keeps its width once answered, so that the question's wrapping (and height) does not
            // change with the first keystroke.
            Label {
                id: answerStatus
                visible: root.required
                opacity: root.answered ? 0 : 1
                Layout.preferredWidth: Math.max(unanswered.advanceWidth, invalidAnswer.advanceWidth)
                text: root.invalid ? qsTr("Câu trả lời không hợp lệ") : qsTr("Chưa trả lời")
                color: root.invalid ? Theme.error : Theme.warning
                font.pointSize: Theme.smallSize
                TextMetrics { id: unanswered; font: answerStatus.font; text: qsTr("Chưa trả lời") }
                TextMetrics { id: invalidAnswer; font: answerStatus.font; text: qsTr("Câu trả lời không hợp lệ") }
            }
            ToolButton {
                visible: root.readOnly
                text: qsTr("Ý kiến…")
                Accessible.name: qsTr("Ý kiến về câu %1").arg(root.number.length > 0 ? root.number : root.label)
                onClicked: root.commentRequested("", root.key)
            }
        }
        Label {
            visible: !root.isSection && root.help.length > 0
            Layout.fillWidth: true
            text: root.help
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Flow {
            visible: !root.isSection && !root.fromDossier && (root.fieldType === "yesno" || root.fieldType === "choice" || root.fieldType === "multi")
            Layout.fillWidth: true
            spacing: Theme.padding
            Repeater {
                model: root.fieldType === "yesno" ? [{ id: "yes", label: qsTr("Có") }, { id: "no", label: qsTr("Không") }] : root.options
                delegate: AbstractButton {
                    id: option
                    enabled: !root.readOnly
                    required property var modelData
                    readonly property bool chosen: root.fieldType === "multi"
                        ? root.value.split(" ").indexOf(modelData.id) >= 0 : root.value === modelData.id
                    implicitWidth: implicitContentWidth + 4 // both labels and 8 px, 4 of them the Row's spacing
                    implicitHeight: 26
                    Accessible.role: root.fieldType === "multi" ? Accessible.CheckBox : Accessible.RadioButton
                    Accessible.name: root.number + " " + modelData.label
                    Accessible.checked: chosen
                    onClicked: root.fieldType === "multi" ? root.form.toggleOption(root.key, modelData.id, !chosen)
                                                          : root.form.setValue(root.key, chosen ? "" : modelData.id)
                    contentItem: Row {
                        spacing: 4
                        Label { text: option.chosen ? (root.fieldType === "multi" ? "☑" : "◉") : (root.fieldType === "multi" ? "☐" : "○"); color: Theme.accent }
                        Label { text: option.modelData.label; font.bold: option.chosen }
                    }
                }
            }
        }
        EditField {
            visible: !root.isSection && !root.fromDossier && (root.fieldType === "text" || root.fieldType === "number" || root.fieldType === "date")
            Layout.fillWidth: true
            value: root.value
            invalid: root.invalid
            readOnly: root.readOnly
            placeholderText: root.fieldType === "date" ? qsTr("năm-tháng-ngày, ví dụ 2025-07-01") : root.unit
            Accessible.name: root.number + " " + root.label
            onEdited: (text) => root.form.setValue(root.key, text)
        }
        Label {
            visible: !root.isSection && root.fromDossier
            text: qsTr("%1 (lấy từ hồ sơ)").arg(root.value)
            color: Theme.mutedText
        }
        FormTable {
            visible: !root.isSection && root.fieldType === "table"
            Layout.fillWidth: true
            form: root.form
            key: root.key
            number: root.number
            columns: root.columns || []
            rows: root.rows || []
            messages: root.messages
            readOnly: root.readOnly
        }
        Label {
            visible: !root.isSection && root.fieldType !== "table" && root.invalid && root.messages.length > 0
            Layout.fillWidth: true
            text: root.messages
            color: Theme.error
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        // A question whose definition asks a reason (for some answer, or any) always shows its
        // reason field and keeps the line of the "needs a reason" message, so that typing never
        // moves what is below.
        EditField {
            visible: !root.isSection && (root.hasReason || root.reason.length > 0)
            Layout.fillWidth: true
            value: root.reason
            invalid: root.reasonRequired && !root.reasonGiven
            readOnly: root.readOnly
            placeholderText: root.reasonLabel
            Accessible.name: qsTr("Lý do cho câu %1").arg(root.number)
            onEdited: (text) => root.form.setReason(root.key, text)
        }
        Label {
            visible: !root.isSection && root.hasReason
            opacity: root.reasonRequired && !root.reasonGiven ? 1 : 0
            text: qsTr("Câu trả lời này cần nêu rõ lý do.")
            color: Theme.error
            font.pointSize: Theme.smallSize
        }
        CommentNote {
            Layout.fillWidth: true
            session: root.review
            procedureId: root.form.procedureId
            section: root.isSection ? root.key : ""
            field: root.isSection ? "" : root.key
        }
        Label {
            visible: !root.isSection && root.warning
            Layout.fillWidth: true
            text: root.warningText
            color: Theme.warning
            wrapMode: Text.Wrap
        }
    }
}
