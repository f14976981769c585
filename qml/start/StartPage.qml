pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Start: new dossier, open, recovery copies, recent files, worked examples, language.
Flickable {
    id: root

    required property DossierDocument document
    signal newRequested()
    signal openRequested()
    signal openFileRequested(string path)
    signal exampleRequested(string path) // opened as an unsaved copy
    signal recoverRequested(string path)
    signal reviewRequested()

    contentHeight: column.implicitHeight + 2 * Theme.padding
    clip: true
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        x: Math.max(Theme.padding, (root.width - width) / 2)
        y: Theme.padding
        width: Math.min(980, root.width - 2 * Theme.padding)
        spacing: Theme.padding

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Đánh giá tác động thủ tục hành chính")
                    font.pointSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Lập hồ sơ đánh giá cho từng thủ tục hành chính của dự thảo văn bản quy phạm pháp luật và tính chi phí tuân thủ theo phương pháp chi phí chuẩn (Thông tư 03/2022/TT-BTP).")
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                }
            }
            ComboBox {
                id: language
                Accessible.name: qsTr("Ngôn ngữ")
                model: ["Tiếng Việt", "English"]
                currentIndex: AppSettings.language === "en" ? 1 : 0
                onActivated: (index) => AppSettings.language = index === 1 ? "en" : "vi"
            }
        }

        RowLayout {
            spacing: Theme.spacing
            Button {
                text: qsTr("Tạo hồ sơ mới")
                highlighted: true
                Accessible.name: qsTr("Tạo hồ sơ mới")
                onClicked: root.newRequested()
            }
            Button {
                text: qsTr("Mở hồ sơ…")
                Accessible.name: qsTr("Mở hồ sơ")
                onClicked: root.openRequested()
            }
            Button {
                text: qsTr("Thẩm định báo cáo…")
                Accessible.name: qsTr("Thẩm định báo cáo đã xuất")
                onClicked: root.reviewRequested()
            }
            Button {
                visible: root.document.isOpen
                text: qsTr("Tiếp tục: %1").arg(root.document.displayName)
                onClicked: root.openFileRequested(root.document.filePath)
            }
        }

        FileList {
            Layout.fillWidth: true
            visible: AppSettings.recoveryCopies.count > 0
            title: qsTr("Bản sao phục hồi")
            subtitle: qsTr("Lần làm việc trước kết thúc khi còn thay đổi chưa lưu. Mở bản sao để lấy lại, rồi lưu hồ sơ.")
            files: AppSettings.recoveryCopies
            actionText: qsTr("Khôi phục")
            onChosen: (path) => root.recoverRequested(path)
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            FileList {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Mở gần đây")
                emptyText: qsTr("Chưa có hồ sơ nào.")
                files: AppSettings.recentFiles
                onChosen: (path) => root.openFileRequested(path)
            }
            FileList {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                title: qsTr("Ví dụ mẫu")
                emptyText: qsTr("Không tìm thấy thư mục ví dụ.")
                files: AppSettings.examples
                onChosen: (path) => root.exampleRequested(path)
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Phiên bản %1. Số liệu nhập theo kiểu Việt Nam (1.234.567,5) hoặc kiểu chuẩn (1234567.5).").arg(AppSettings.version)
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
