pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The tool bar, grouped by task: file, edit, export, review; then the screens as one segmented
// control. Each action is an icon and a short word; when the window is too narrow for every word
// the file and edit groups, then all actions, show their icons alone (the tooltip and the
// accessible name keep the whole name).
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

    // How many groups show their icons alone: 0 none, 1 file and edit, 2 every action.
    // (One separator more than the three there are: a little air before a group folds.)
    readonly property real fixedWidth: switcher.implicitWidth + 4 * separatorWidth
                                       + leftPadding + rightPadding + 2 * Theme.spaceS + Theme.spaceM
    readonly property real separatorWidth: Theme.spaceS * 2 + 1
    readonly property real fileEditWide: newButton.wideWidth + openButton.wideWidth + saveButton.wideWidth
                                         + saveAsButton.wideWidth + closeButton.wideWidth
                                         + undoButton.wideWidth + redoButton.wideWidth
    readonly property real fileEditNarrow: 7 * newButton.narrowWidth
    readonly property real exportReviewWide: exportButton.wideWidth + documentButton.wideWidth
                                             + reviewButton.wideWidth
    readonly property int compactness: width >= fixedWidth + fileEditWide + exportReviewWide ? 0
                                     : width >= fixedWidth + fileEditNarrow + exportReviewWide ? 1 : 2

    // An action: icon and word, the whole name in its tooltip (also with keyboard focus).
    component ActionButton: ToolButton {
        id: action
        property string iconName
        property string tip
        property bool iconOnly: false
        readonly property real narrowWidth: leftPadding + rightPadding + icon.width
        readonly property real wideWidth: narrowWidth + spacing + words.advanceWidth
        icon.source: Qt.resolvedUrl("../icons/" + iconName + ".svg")
        display: iconOnly ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
        focusPolicy: Qt.TabFocus
        Accessible.name: tip
        ToolTip.visible: (hovered || visualFocus) && tip.length > 0
        ToolTip.text: tip
        ToolTip.delay: 500
        TextMetrics { id: words; font: action.font; text: action.text }
    }
    // One screen of the segmented switch.
    component ScreenButton: ToolButton {
        property string iconName
        property string name
        icon.source: Qt.resolvedUrl("../icons/" + iconName + ".svg")
        // Checked while its screen is shown; not checkable, so that a click never unchecks it.
        checked: root.screen === name
        focusPolicy: Qt.TabFocus
        Accessible.checkable: true
        Accessible.checked: checked
        onClicked: root.screenRequested(name)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS
        anchors.rightMargin: Theme.spaceS
        spacing: 0

        // File
        ActionButton {
            id: newButton
            iconName: "file-plus"; iconOnly: root.compactness >= 1
            text: qsTr("Mới"); tip: qsTr("Tạo hồ sơ mới (Ctrl+N)")
            onClicked: root.newRequested()
        }
        ActionButton {
            id: openButton
            iconName: "folder"; iconOnly: root.compactness >= 1
            text: qsTr("Mở…"); tip: qsTr("Mở hồ sơ (Ctrl+O)")
            onClicked: root.openRequested()
        }
        ActionButton {
            id: saveButton
            iconName: "save"; iconOnly: root.compactness >= 1
            text: qsTr("Lưu"); tip: qsTr("Lưu hồ sơ (Ctrl+S)")
            enabled: root.document.isOpen
            onClicked: root.saveRequested()
        }
        ActionButton {
            id: saveAsButton
            iconName: "copy"; iconOnly: root.compactness >= 1
            text: qsTr("Lưu thành…"); tip: qsTr("Lưu hồ sơ thành tệp khác")
            enabled: root.document.isOpen
            onClicked: root.saveAsRequested()
        }
        ActionButton {
            id: closeButton
            iconName: "x"; iconOnly: root.compactness >= 1
            text: qsTr("Đóng"); tip: qsTr("Đóng hồ sơ")
            enabled: root.document.isOpen
            onClicked: root.closeRequested()
        }
        ToolSeparator {}
        // Edit
        ActionButton {
            id: undoButton
            iconName: "rotate-ccw"; iconOnly: root.compactness >= 1
            text: qsTr("Hoàn tác")
            tip: qsTr("Hoàn tác: %1 (Ctrl+Z)").arg(root.document.undoText)
            enabled: root.document.canUndo
            Accessible.name: qsTr("Hoàn tác: %1").arg(root.document.undoText)
            onClicked: root.document.undo()
        }
        ActionButton {
            id: redoButton
            iconName: "rotate-cw"; iconOnly: root.compactness >= 1
            text: qsTr("Làm lại")
            tip: qsTr("Làm lại: %1 (Ctrl+Y)").arg(root.document.redoText)
            enabled: root.document.canRedo
            Accessible.name: qsTr("Làm lại: %1").arg(root.document.redoText)
            onClicked: root.document.redo()
        }
        ToolSeparator {}
        // Export
        ActionButton {
            id: exportButton
            iconName: "upload"; iconOnly: root.compactness >= 2
            text: qsTr("Xuất báo cáo…"); tip: qsTr("Xuất báo cáo XML")
            enabled: root.document.isOpen
            onClicked: root.exportRequested()
        }
        ActionButton {
            id: documentButton
            iconName: "file-text"; iconOnly: root.compactness >= 2
            text: qsTr("Xuất văn bản…"); tip: qsTr("Xuất văn bản đánh giá (PDF, ODT)")
            enabled: root.document.isOpen
            onClicked: root.documentRequested()
        }
        ToolSeparator {}
        // Review
        ActionButton {
            id: reviewButton
            iconName: "message-square"; iconOnly: root.compactness >= 2
            text: qsTr("Ý kiến thẩm định…")
            tip: qsTr("Mở tệp ý kiến thẩm định (*.review.xml) để xem từng ý kiến ngay tại chỗ")
            enabled: root.document.isOpen
            Accessible.name: qsTr("Mở ý kiến thẩm định trả về cho hồ sơ này")
            onClicked: root.returnedReviewRequested()
        }

        Item { Layout.fillWidth: true; Layout.minimumWidth: Theme.spaceM }

        // The screens, as one segmented control. A Row, not a Repeater in the layout: on Qt 6.4 a
        // Repeater that is a direct child of a Quick Layout can make the layout read a freed
        // delegate when its model changes (SIGSEGV under a real window system, here when a
        // dossier opens or closes).
        Rectangle {
            id: switcher
            implicitWidth: segments.implicitWidth + 2
            implicitHeight: segments.implicitHeight + 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.controlBorder
            Row {
                id: segments
                x: 1
                y: 1
                ScreenButton {
                    iconName: "home"; name: "start"
                    text: qsTr("Trang đầu")
                    Accessible.name: qsTr("Về trang đầu")
                }
                Repeater {
                    model: root.document.isOpen ? [
                        { name: "dossier", icon: "briefcase", label: qsTr("Hồ sơ") },
                        { name: "procedure", icon: "clipboard", label: qsTr("Thủ tục") },
                        { name: "summary", icon: "bar-chart-2", label: qsTr("Tổng hợp") }
                    ] : []
                    delegate: ScreenButton {
                        required property var modelData
                        iconName: modelData.icon
                        name: modelData.name
                        text: modelData.label
                        enabled: modelData.name !== "procedure" || root.hasProcedure
                        Accessible.name: qsTr("Màn hình %1").arg(modelData.label)
                    }
                }
            }
        }
    }
}
