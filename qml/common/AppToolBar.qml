pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// File actions, undo / redo, and the screen tabs.
ToolBar {
    id: root

    required property DossierDocument document
    property string screen: "start"
    property bool hasProcedure: false
    signal newRequested()
    signal openRequested()
    signal saveRequested()
    signal saveAsRequested()
    signal exportRequested()
    signal documentRequested()
    signal returnedReviewRequested()
    signal closeRequested()
    signal screenRequested(string name)

    background: Rectangle { color: Theme.surface; border.color: Theme.border }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: 2

        ToolButton { text: qsTr("Mới"); Accessible.name: qsTr("Tạo hồ sơ mới (Ctrl+N)"); onClicked: root.newRequested() }
        ToolButton { text: qsTr("Mở…"); Accessible.name: qsTr("Mở hồ sơ (Ctrl+O)"); onClicked: root.openRequested() }
        ToolButton {
            text: qsTr("Lưu")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Lưu hồ sơ (Ctrl+S)")
            onClicked: root.saveRequested()
        }
        ToolButton {
            text: qsTr("Lưu thành…")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Lưu hồ sơ thành tệp khác")
            onClicked: root.saveAsRequested()
        }
        ToolButton {
            text: qsTr("Đóng")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Đóng hồ sơ")
            onClicked: root.closeRequested()
        }
        ToolSeparator {}
        ToolButton {
            text: qsTr("↶ Hoàn tác")
            enabled: root.document.canUndo
            Accessible.name: qsTr("Hoàn tác: %1").arg(root.document.undoText)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Hoàn tác: %1 (Ctrl+Z)").arg(root.document.undoText)
            onClicked: root.document.undo()
        }
        ToolButton {
            text: qsTr("↷ Làm lại")
            enabled: root.document.canRedo
            Accessible.name: qsTr("Làm lại: %1").arg(root.document.redoText)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Làm lại: %1 (Ctrl+Y)").arg(root.document.redoText)
            onClicked: root.document.redo()
        }
        ToolSeparator {}
        ToolButton {
            text: qsTr("Xuất báo cáo…")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Xuất báo cáo XML")
            onClicked: root.exportRequested()
        }
        ToolButton {
            text: qsTr("Xuất văn bản…")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Xuất văn bản đánh giá (PDF, ODT)")
            onClicked: root.documentRequested()
        }
        ToolButton {
            text: qsTr("Ý kiến thẩm định…")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Mở ý kiến thẩm định trả về cho hồ sơ này")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Mở tệp ý kiến thẩm định (*.review.xml) để xem từng ý kiến ngay tại chỗ")
            onClicked: root.returnedReviewRequested()
        }

        Item { Layout.fillWidth: true }

        // A Row, not the Repeater alone: on Qt 6.4 a Repeater that is a direct child of a Quick
        // Layout can make the layout read a freed delegate when its model changes (SIGSEGV under a
        // real window system, here when a dossier opens or closes).
        Row {
            Repeater {
                model: root.document.isOpen ? [
                    { name: "dossier", label: qsTr("Hồ sơ") },
                    { name: "procedure", label: qsTr("Thủ tục") },
                    { name: "summary", label: qsTr("Tổng hợp") }
                ] : []
                delegate: ToolButton {
                    id: screenButton
                    required property var modelData
                    text: modelData.label
                    checkable: true
                    checked: root.screen === modelData.name
                    enabled: modelData.name !== "procedure" || root.hasProcedure
                    font.bold: checked
                    Accessible.name: qsTr("Màn hình %1").arg(modelData.label)
                    onClicked: root.screenRequested(modelData.name)
                }
            }
        }
        ToolSeparator {}
        ToolButton {
            text: qsTr("Trang đầu")
            Accessible.name: qsTr("Về trang đầu")
            onClicked: root.screenRequested("start")
        }
    }
}
