pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cptt

// What changed since the report reviewed before: in round 2 the report reviewed in the previous
// round (found beside its review), or any older report picked by hand. The core's report diff
// lists each procedure that changed, each change at its place with its old and new values, and the
// figures that moved with the procedure's share of the draft's net change. Clicking a change of a
// procedure still in the report selects it for the other tabs. A ListView: two reports of
// thousands of procedures give tens of thousands of rows, made only as they scroll into view.
Item {
    id: root

    required property ReviewSession session
    readonly property ReviewChangesModel changes: root.session.changes
    readonly property ListView view: list // for tests: scrolled to a row

    function fileName(path) { return path.substring(path.lastIndexOf("/") + 1) }

    SectionBox {
        id: box
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.topMargin: Theme.spacing
        title: qsTr("Những thay đổi so với báo cáo cũ")
        subtitle: root.changes.compared
                  ? (root.changes.pickedByHand
                     ? qsTr("So sánh với báo cáo đã chọn: %1").arg(root.fileName(root.changes.oldReportPath))
                     : qsTr("So sánh với báo cáo đã thẩm định ở vòng trước: %1").arg(root.fileName(root.changes.oldReportPath)))
                  : ""

        Label {
            Layout.fillWidth: true
            visible: !root.changes.compared
            text: qsTr("Chưa có báo cáo cũ để so sánh. Ở vòng 2, báo cáo đã thẩm định ở vòng trước (đặt cạnh bản thẩm định vòng trước) được so sánh tự động; cũng có thể chọn một báo cáo cũ bất kỳ.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        Button {
            text: qsTr("So sánh với báo cáo cũ…")
            enabled: root.session.hasReport
            onClicked: oldDialog.open()
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.changes.errorString
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.changes.warning
            color: Theme.warning
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.changes.compared
            text: root.changes.changeCount === 0 ? qsTr("Không có thay đổi.") : root.changes.summary
            font.bold: root.changes.changeCount === 0
            wrapMode: Text.Wrap
            color: Theme.text
        }

        ListView {
            id: list
            Layout.fillWidth: true
            // The rest of the panel (the rows above are laid out first).
            Layout.preferredHeight: Math.max(160, box.availableHeight - list.y)
            visible: list.count > 0
            clip: true
            spacing: Theme.spaceXS
            model: root.changes
            ScrollBar.vertical: ScrollBar {}
            delegate: ReviewChangeRow {
                width: ListView.view.width - Theme.spaceM
                selectedProcedureId: root.session.selectedProcedureId
                onActivated: (id) => root.session.selectedProcedureId = id
            }
        }
    }

    FileDialog {
        id: oldDialog
        title: qsTr("Chọn báo cáo cũ để so sánh")
        currentFolder: root.session.reportPath.length > 0 ? AppSettings.folderOf(root.session.reportPath)
                                                          : "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Báo cáo CPTT (*.report.xml *.xml)")]
        onAccepted: root.changes.compareWith(String(selectedFile))
    }
}
