pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The findings, filtered by severity and procedure. Clicking one selects its procedure and the
// figure it is about; each can be agreed or dismissed with a reason.
SectionBox {
    id: root

    required property ReviewSession session
    // The finding last chosen (by a click or by the session), -1 after another report opens.
    property int selectedFinding: -1

    Connections {
        target: root.session
        function onFindingSelected(index) { root.selectedFinding = index }
        function onResetDone() { root.selectedFinding = -1 }
    }

    title: qsTr("Phát hiện (%1)").arg(list.count)

    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            id: severity
            Layout.fillWidth: true
            Accessible.name: qsTr("Lọc theo mức độ")
            textRole: "text"
            valueRole: "value"
            model: [{ value: "", text: qsTr("Mọi mức độ") }, { value: "error", text: qsTr("Lỗi") },
                    { value: "warning", text: qsTr("Cảnh báo") }, { value: "note", text: qsTr("Ghi chú") }]
            // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
            currentIndex: ["", "error", "warning", "note"].indexOf(root.session.findings.severityFilter) // qmllint disable type
            onActivated: root.session.findings.severityFilter = currentValue
        }
        ComboBox {
            id: procedure
            Layout.fillWidth: true
            Accessible.name: qsTr("Lọc theo thủ tục")
            textRole: "name"
            valueRole: "id"
            // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
            model: [{ id: "", name: qsTr("Mọi thủ tục") }, { id: "-", name: qsTr("Toàn bộ dự thảo") }]
                   .concat(root.session.procedureChoices) // qmllint disable type
            currentIndex: model.findIndex((c) => c.id === root.session.findings.procedureFilter)
            onActivated: root.session.findings.procedureFilter = currentValue
        }
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(200, root.height - 140)
        clip: true
        spacing: 4
        model: root.session.findings
        ScrollBar.vertical: ScrollBar {}

        delegate: Rectangle {
            id: card
            required property int findingIndex
            required property string severity
            required property string severityLabel
            required property string code
            required property string procedureName
            required property string place
            required property string message
            required property string status
            required property string reason
            required property bool hasDiscrepancy
            required property string declared
            required property string recomputed
            required property string difference

            width: ListView.view.width - 12
            implicitHeight: body.implicitHeight + 12
            radius: Theme.radius
            color: root.selectedFinding === findingIndex ? Theme.accentSoft : Theme.surface
            border.color: root.selectedFinding === findingIndex ? Theme.accent : Theme.border
            opacity: status === "dismissed" ? 0.7 : 1

            TapHandler {
                onTapped: root.session.selectFinding(card.findingIndex)
            }

            ColumnLayout {
                id: body
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 6
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: card.severityLabel
                        font.bold: true
                        color: card.severity === "error" ? Theme.error
                             : card.severity === "warning" ? Theme.warning : Theme.mutedText
                    }
                    Label { text: card.code; color: Theme.mutedText; font.pointSize: Theme.smallSize }
                    Label {
                        Layout.fillWidth: true
                        // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                        text: [card.procedureName.length > 0 ? card.procedureName : qsTr("Toàn bộ dự thảo"), card.place]
                              .filter((s) => s.length > 0).join(" · ") // qmllint disable type
                        elide: Text.ElideRight
                        // Cut on a narrow list: the whole place on hover.
                        HoverHandler { id: placeHover }
                        ToolTip.text: text
                        ToolTip.visible: truncated && placeHover.hovered
                        font.pointSize: Theme.smallSize
                    }
                    Label {
                        text: card.status === "agreed" ? qsTr("Đã đồng ý") : card.status === "dismissed" ? qsTr("Đã bác bỏ") : ""
                        color: card.status === "agreed" ? Theme.ok : Theme.mutedText
                        font.bold: true
                    }
                }
                Label { Layout.fillWidth: true; text: card.message; wrapMode: Text.Wrap }
                Label {
                    Layout.fillWidth: true
                    visible: card.hasDiscrepancy
                    text: qsTr("Khai báo %1 · tính lại %2 · chênh lệch %3").arg(card.declared)
                          .arg(card.recomputed).arg(card.difference.length > 0 ? card.difference : "—")
                    color: Theme.error
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: root.selectedFinding === card.findingIndex
                    TextField {
                        id: reasonField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Lý do, ý kiến của người thẩm định")
                        text: card.reason
                    }
                    Button {
                        text: qsTr("Đồng ý")
                        onClicked: root.session.setFindingStatus(card.findingIndex, "agreed", reasonField.text)
                    }
                    Button {
                        text: qsTr("Bác bỏ")
                        enabled: reasonField.text.trim().length > 0
                        onClicked: root.session.setFindingStatus(card.findingIndex, "dismissed", reasonField.text)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.reason.length > 0 && root.selectedFinding !== card.findingIndex
                    text: qsTr("Lý do: %1").arg(card.reason)
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
