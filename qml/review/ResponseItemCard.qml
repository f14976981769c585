pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One comment (or finding the reviewer kept) and the drafter's answer to it: taken in (tiếp thu:
// what was changed) or explained (giải trình: why not). The state and its warning are the core's.
Rectangle {
    id: card

    required property ResponseSession session
    required property int index
    required property int number
    required property string kind
    required property string text
    required property string place
    required property string author
    required property string procedureId
    required property string section
    required property string field
    required property string worksheet
    required property int task
    required property string state
    required property string stateText
    required property string result
    required property string answer
    required property string warning
    signal placeRequested(string procedureId, string section, string field, string worksheet, int task)

    implicitHeight: column.implicitHeight + 2 * Theme.spaceM
    radius: Theme.radius
    color: Theme.surface
    border.color: card.warning.length > 0 ? Theme.warning : Theme.border

    function answerWith(result, text) {
        const refused = card.session.setAnswer(card.index, result, text)
        if (refused.length > 0)
            error.text = refused
        else
            error.text = ""
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Label {
                text: card.number + "."
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                text: [card.kind === "finding" ? qsTr("Phát hiện được giữ lại") : "", card.place, card.author]
                      .filter(s => s.length > 0).join(" · ") // qmllint disable type
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Rectangle {
                readonly property color tone: card.state === "unanswered" ? Theme.warning : Theme.ok
                implicitWidth: Math.ceil(badge.implicitWidth) + 2 * Theme.spaceS
                implicitHeight: Math.ceil(badge.implicitHeight) + Theme.spaceXS
                Layout.minimumWidth: implicitWidth
                radius: height / 2
                color: card.state === "unanswered" ? Theme.warningSoft : Theme.okSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: badge.text
                Label {
                    id: badge
                    anchors.centerIn: parent
                    text: "● " + card.stateText
                    color: parent.tone
                    font.pointSize: Theme.fontCaption
                }
            }
            Button {
                visible: card.kind === "comment"
                flat: true
                text: qsTr("Xem chỗ →")
                Accessible.name: qsTr("Đi tới chỗ của ý kiến %1").arg(card.number)
                onClicked: card.placeRequested(card.procedureId, card.section, card.field, card.worksheet, card.task)
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM
            ButtonGroup { id: results }
            RadioButton {
                id: takenIn
                text: qsTr("Tiếp thu")
                checked: card.result === "tiep-thu"
                ButtonGroup.group: results
                Accessible.name: qsTr("Tiếp thu ý kiến %1").arg(card.number)
                onClicked: card.answerWith("tiep-thu", answerText.text)
            }
            RadioButton {
                text: qsTr("Giải trình")
                checked: card.result === "giai-trinh"
                ButtonGroup.group: results
                Accessible.name: qsTr("Giải trình ý kiến %1").arg(card.number)
                onClicked: card.answerWith("giai-trinh", answerText.text)
            }
            Item { Layout.fillWidth: true }
        }
        TextArea {
            id: answerText
            property bool userData: true // the drafter's own text
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(56, contentHeight + 16)
            enabled: card.result.length > 0
            wrapMode: TextEdit.Wrap
            text: card.answer
            placeholderText: card.result === "tiep-thu" ? qsTr("Đã sửa những gì, ở đâu")
                           : card.result === "giai-trinh" ? qsTr("Vì sao không tiếp thu")
                           : qsTr("Chọn Tiếp thu hoặc Giải trình trước")
            Accessible.name: qsTr("Nội dung tiếp thu, giải trình ý kiến %1").arg(card.number)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: answerText.activeFocus ? Theme.focusRing : Theme.controlBorder
                border.width: answerText.activeFocus ? Theme.focusWidth : 1
            }
            // Every keystroke reaches the response: nothing typed waits for a focus change.
            onTextChanged: if (card.result.length > 0 && text !== card.answer) card.answerWith(card.result, text)
        }
        Label {
            id: error
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: card.warning.length > 0
            text: card.warning
            color: Theme.warning
            wrapMode: Text.Wrap
        }
    }
}
