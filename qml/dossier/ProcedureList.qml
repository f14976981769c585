pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The draft's procedures: kind, name, status, before / after; add, duplicate, remove, reorder.
SectionBox {
    id: root

    required property DossierDocument document
    signal procedureOpened(string id)

    title: qsTr("Thủ tục hành chính trong dự thảo (%1)").arg(root.document.procedureCount)

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Button {
            id: addButton
            text: qsTr("Thêm thủ tục…")
            highlighted: true
            Accessible.name: qsTr("Thêm thủ tục")
            onClicked: kindMenu.open()
            Menu {
                id: kindMenu
                y: addButton.height
                MenuItem { text: qsTr("Thủ tục mới"); onTriggered: list.currentIndex = root.document.addProcedure("new") }
                MenuItem { text: qsTr("Thủ tục sửa đổi, bổ sung"); onTriggered: list.currentIndex = root.document.addProcedure("amended") }
                MenuItem { text: qsTr("Thủ tục được quy định chi tiết"); onTriggered: list.currentIndex = root.document.addProcedure("detailed") }
                MenuItem { text: qsTr("Thủ tục bị bãi bỏ"); onTriggered: list.currentIndex = root.document.addProcedure("abolished") }
            }
        }
        Button {
            text: qsTr("Nhân bản")
            enabled: list.currentIndex >= 0
            Accessible.name: qsTr("Nhân bản thủ tục đang chọn")
            onClicked: list.currentIndex = root.document.duplicateProcedure(list.currentIndex)
        }
        Button {
            text: qsTr("Xoá")
            enabled: list.currentIndex >= 0
            Accessible.name: qsTr("Xoá thủ tục đang chọn (có thể hoàn tác)")
            onClicked: root.document.removeProcedure(list.currentIndex)
        }
        Button {
            text: "▲"
            enabled: list.currentIndex > 0
            Accessible.name: qsTr("Chuyển lên trên")
            onClicked: {
                root.document.moveProcedure(list.currentIndex, list.currentIndex - 1)
                list.currentIndex -= 1
            }
        }
        Button {
            text: "▼"
            enabled: list.currentIndex >= 0 && list.currentIndex < list.count - 1
            Accessible.name: qsTr("Chuyển xuống dưới")
            onClicked: {
                root.document.moveProcedure(list.currentIndex, list.currentIndex + 1)
                list.currentIndex += 1
            }
        }
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Mở thủ tục")
            enabled: list.currentIndex >= 0
            onClicked: root.procedureOpened(root.document.procedureIdAt(list.currentIndex))
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        Label { Layout.fillWidth: true; text: qsTr("Thủ tục"); color: Theme.mutedText; font.bold: true }
        // Headers in the delegate's figure columns (FigureLabel: a longer English header is drawn
        // smaller rather than over its neighbour).
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        FigureLabel { columnWidth: 150; text: qsTr("Trước dự thảo (%1)").arg(Labels.symbol["VND-per-year"]); color: Theme.mutedText; font.bold: true } // qmllint disable type
        FigureLabel { columnWidth: 150; text: qsTr("Sau dự thảo (%1)").arg(Labels.symbol["VND-per-year"]); color: Theme.mutedText; font.bold: true } // qmllint disable type
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredHeight: Math.max(200, root.height - 160)
        clip: true
        model: root.document.procedures
        currentIndex: -1
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Danh sách thủ tục")
        delegate: ProcedureDelegate {
            width: list.width
            selected: ListView.isCurrentItem
            onClicked: list.currentIndex = index
            onOpened: (id) => root.procedureOpened(id)
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Chưa có thủ tục nào. Bấm \"Thêm thủ tục…\" để bắt đầu.")
            color: Theme.mutedText
        }
    }
}
