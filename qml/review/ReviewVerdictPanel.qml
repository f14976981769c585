pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The verdict (đạt / cần bổ sung, chỉnh sửa / không đạt) with a summary, for the selected
// procedure and for the whole draft; below, every verdict given so far.
SectionBox {
    id: root

    required property ReviewSession session

    title: qsTr("Kết luận thẩm định")

    component VerdictEditor: ColumnLayout {
        id: editor
        required property string procedureId
        required property string heading
        property int revision: 0
        readonly property var current: { editor.revision; return root.session.verdictFor(editor.procedureId) }
        Connections {
            target: root.session
            function onVerdictsChanged() { editor.revision++ }
            function onChanged() { editor.revision++ }
        }
        Layout.fillWidth: true
        Label { text: editor.heading; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
        ButtonGroup { id: group }
        Row { // a Row, not a RowLayout: a Repeater directly in a Quick Layout crashes Qt 6.4
            spacing: Theme.spacing
            Repeater {
                model: [{ value: "dat", text: qsTr("Đạt") }, { value: "can-bo-sung", text: qsTr("Cần bổ sung, chỉnh sửa") },
                        { value: "khong-dat", text: qsTr("Không đạt") }]
                delegate: RadioButton {
                    required property var modelData
                    text: modelData.text
                    ButtonGroup.group: group
                    checked: editor.current.verdict === modelData.value
                    onClicked: root.session.setVerdict(editor.procedureId, modelData.value, summary.text)
                }
            }
        }
        TextField {
            id: summary
            Layout.fillWidth: true
            placeholderText: qsTr("Tóm tắt kết luận")
            Accessible.name: qsTr("Tóm tắt kết luận")
            text: editor.current.summary
            onEditingFinished: if (editor.current.verdict.length > 0)
                                   root.session.setVerdict(editor.procedureId, editor.current.verdict, text)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Người thẩm định")
            Accessible.name: qsTr("Người thẩm định")
            text: root.session.reviewerName
            onEditingFinished: root.session.reviewerName = text
        }
        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Cơ quan thẩm định (Sở Tư pháp…)")
            Accessible.name: qsTr("Cơ quan thẩm định")
            text: root.session.reviewerBody
            onEditingFinished: root.session.reviewerBody = text
        }
    }
    VerdictEditor {
        visible: root.session.selectedProcedureId.length > 0
        procedureId: root.session.selectedProcedureId
        heading: qsTr("Thủ tục: %1").arg(root.session.procedureName(root.session.selectedProcedureId))
    }
    VerdictEditor {
        procedureId: ""
        heading: qsTr("Toàn bộ dự thảo")
    }

    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: verdictColumn
        Layout.fillWidth: true
        Repeater {
            model: root.session.verdicts
            delegate: Label {
                required property string name
                required property string verdictLabel
                required property string summary
                width: verdictColumn.width
                visible: verdictLabel.length > 0
                text: "• %1: %2%3".arg(name).arg(verdictLabel).arg(summary.length > 0 ? " — " + summary : "")
                wrapMode: Text.Wrap
            }
        }
    }
}
