pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One item of the previous round (a comment, or a finding the reviewer kept): what the reviewer
// wrote, the drafter's answer as the core's response check reads it, whether its place changed
// since the report reviewed then, and the reviewer's follow-up: closed, or reopened with a note
// (the core refuses a reopened item without one; its message shows here).
Rectangle {
    id: card

    required property ReviewSession session
    required property int index
    required property string target
    required property string kind
    required property string place
    required property string text
    required property string author
    required property string answer
    required property string answerLabel
    required property string answerText
    required property string answerPlace
    required property string placeChange
    required property string placeChangeLabel
    required property var changes
    required property string status
    required property string statusLabel
    required property string note

    implicitHeight: column.implicitHeight + 2 * Theme.spaceM
    radius: Theme.radius
    color: Theme.surface
    border.color: card.status === "reopened" ? Theme.warning : Theme.border

    function decide(status) {
        error.text = card.session.setFollowUp(card.index, status, noteField.text)
    }

    component Pill: Rectangle {
        id: pill
        property string text
        property color tone: Theme.mutedText
        property color fill: Theme.window
        implicitWidth: Math.ceil(pillLabel.implicitWidth) + 2 * Theme.spaceS
        implicitHeight: Math.ceil(pillLabel.implicitHeight) + Theme.spaceXS
        Layout.minimumWidth: implicitWidth
        radius: height / 2
        color: pill.fill
        Accessible.role: Accessible.StaticText
        Accessible.name: pillLabel.text
        Label {
            id: pillLabel
            anchors.centerIn: parent
            text: "● " + pill.text
            color: pill.tone
            font.pointSize: Theme.fontCaption
        }
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
                Layout.alignment: Qt.AlignTop
                text: (card.index + 1) + "."
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                text: [card.target, card.place, card.author].filter(s => s.length > 0).join(" · ") // qmllint disable type
                color: Theme.mutedText
                font.pointSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Pill {
                Layout.alignment: Qt.AlignTop
                text: card.statusLabel
                tone: card.status === "closed" ? Theme.ok : card.status === "reopened" ? Theme.warning : Theme.mutedText
                fill: card.status === "closed" ? Theme.okSoft : card.status === "reopened" ? Theme.warningSoft : Theme.window
            }
        }
        Label {
            Layout.fillWidth: true
            text: card.text
            wrapMode: Text.Wrap
        }
        // The drafter's answer.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: answerColumn.implicitHeight + 2 * Theme.spaceS
            radius: Theme.radius
            color: Theme.window
            ColumnLayout {
                id: answerColumn
                anchors.fill: parent
                anchors.margins: Theme.spaceS
                spacing: Theme.spaceXS
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS
                    Label {
                        text: qsTr("Cơ quan soạn thảo:")
                        color: Theme.mutedText
                        font.pointSize: Theme.smallSize
                    }
                    Pill {
                        text: card.answerLabel
                        tone: card.answer === "unanswered" ? Theme.warning : Theme.ok
                        fill: card.answer === "unanswered" ? Theme.warningSoft : Theme.okSoft
                    }
                    Pill {
                        visible: card.answer === "tiep-thu"
                        text: card.placeChangeLabel
                        tone: card.placeChange === "changed" ? Theme.ok
                            : card.placeChange === "unchanged" ? Theme.warning : Theme.mutedText
                        fill: card.placeChange === "changed" ? Theme.okSoft
                            : card.placeChange === "unchanged" ? Theme.warningSoft : Theme.surface
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.answerText.length > 0
                    text: card.answerText
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.answerPlace.length > 0
                    text: qsTr("Chỗ đã sửa: %1").arg(card.answerPlace)
                    color: Theme.mutedText
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.changes.length > 0
                    // One line per input changed at the place, as cptt diff words it.
                    text: card.changes.map(c => "• " + c).join("\n") // qmllint disable type
                    color: Theme.mutedText
                    font.pointSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            TextField {
                id: noteField
                Layout.fillWidth: true
                text: card.note
                placeholderText: qsTr("Ghi chú của người thẩm định (bắt buộc khi mở lại)")
                Accessible.name: qsTr("Ghi chú cho mục %1").arg(card.index + 1)
                onEditingFinished: if (card.status !== "open" && text !== card.note) card.decide(card.status)
            }
            Button {
                text: qsTr("Đóng")
                enabled: card.status !== "closed"
                Accessible.name: qsTr("Đóng mục %1").arg(card.index + 1)
                onClicked: card.decide("closed")
            }
            Button {
                text: qsTr("Mở lại")
                enabled: card.status !== "reopened"
                Accessible.name: qsTr("Mở lại mục %1").arg(card.index + 1)
                onClicked: card.decide("reopened")
            }
        }
        Label {
            id: error
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }
}
