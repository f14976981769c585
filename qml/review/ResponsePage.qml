pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The drafter answers a returned review: every comment and kept finding, taken in or explained,
// saved in a response file beside the review and printed as the table of how the opinions were
// taken in (bảng tổng hợp, tiếp thu, giải trình ý kiến thẩm định).
Item {
    id: root

    readonly property ResponseSession response: ReturnedReview.response
    signal backRequested()
    signal placeRequested(string procedureId, string section, string field, string worksheet, int task)
    // Called with a title and a message once a file is written.
    required property var exported

    // Saves where it was saved before, else asks where.
    function save() {
        if (response.path.length > 0)
            response.save()
        else
            dialogs.saveAs()
    }

    ResponseDialogs {
        id: dialogs
        response: root.response
        exported: root.exported
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("← Hồ sơ")
                flat: true
                Accessible.name: qsTr("Về hồ sơ")
                onClicked: root.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tiếp thu, giải trình ý kiến thẩm định")
                font.pointSize: Theme.headingSize
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                text: root.response.unansweredCount > 0
                      ? qsTr("%1/%2 chưa trả lời").arg(root.response.unansweredCount).arg(root.response.itemCount)
                      : qsTr("Đã trả lời tất cả %1").arg(root.response.itemCount)
                color: root.response.unansweredCount > 0 ? Theme.warning : Theme.ok
            }
            Button {
                text: qsTr("Lưu trả lời")
                enabled: root.response.isOpen
                Accessible.name: qsTr("Lưu bản trả lời")
                onClicked: root.save()
            }
            Button {
                text: qsTr("Xuất bảng…")
                enabled: root.response.isOpen
                Accessible.name: qsTr("Xuất bảng tiếp thu, giải trình")
                onClicked: dialogs.exportTable()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.spacing
            Label { text: qsTr("Người trả lời"); color: Theme.mutedText }
            TextField {
                // The drafter's own text (the language tests leave it out).
                property bool userData: true
                Layout.fillWidth: true
                text: root.response.responderName
                Accessible.name: qsTr("Người trả lời")
                onTextEdited: root.response.responderName = text
            }
            Label { text: qsTr("Cơ quan chủ trì soạn thảo"); color: Theme.mutedText }
            TextField {
                property bool userData: true
                Layout.fillWidth: true
                text: root.response.responderBody
                Accessible.name: qsTr("Cơ quan chủ trì soạn thảo")
                onTextEdited: root.response.responderBody = text
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: root.response.revisedReport.length === 0 || root.response.revisedReportStale ? Theme.warning : Theme.mutedText
                text: root.response.revisedReport.length === 0
                      ? qsTr("Chưa có báo cáo đã sửa: xuất báo cáo sau khi sửa hồ sơ, bản trả lời sẽ ghi tên báo cáo đó.")
                      : root.response.revisedReportStale
                        ? qsTr("Hồ sơ đã sửa tiếp sau khi xuất %1: hãy xuất lại báo cáo.").arg(root.response.revisedReport)
                        : qsTr("Báo cáo đã sửa: %1").arg(root.response.revisedReport)
            }
            Button {
                flat: true
                text: qsTr("Chọn báo cáo…")
                Accessible.name: qsTr("Chọn báo cáo đã sửa")
                onClicked: dialogs.chooseRevisedReport()
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            text: root.response.comparedReport.length > 0
                  ? qsTr("Chỗ đã sửa được so với báo cáo đã thẩm định %1.").arg(root.response.comparedReport)
                  : qsTr("Không thấy báo cáo đã thẩm định bên cạnh bản thẩm định: chưa so được chỗ đã sửa.")
        }
        // Qt 6.4: a Repeater straight in a Quick Layout can crash when its model changes; a Column
        // is one item to the layout.
        Column {
            id: problemColumn
            Layout.fillWidth: true
            Repeater {
                model: root.response.problems
                delegate: Label {
                    required property string modelData
                    width: problemColumn.width
                    text: modelData
                    color: Theme.error
                    wrapMode: Text.Wrap
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: root.response.items
            ScrollBar.vertical: ScrollBar {}
            delegate: ResponseItemCard {
                width: list.width - Theme.spaceS
                session: root.response
                onPlaceRequested: (id, section, field, worksheet, task) => root.placeRequested(id, section, field, worksheet, task)
            }
        }
        Label {
            visible: list.count === 0
            text: qsTr("Bản thẩm định không có ý kiến hay phát hiện nào cần trả lời.")
            color: Theme.mutedText
        }
    }
}
