pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// What is still incomplete or wrong; each item opens the place to fix it.
SectionBox {
    id: root

    required property DossierDocument document
    signal placeRequested(string procedureId, string place, string target)

    title: qsTr("Cần hoàn thiện (%1)").arg(root.document.checklist.count)

    Label {
        visible: root.document.checklist.count === 0
        text: qsTr("Không còn mục nào cần hoàn thiện.")
        color: Theme.ok
    }
    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: itemColumn
        Layout.fillWidth: true
        Repeater {
            model: root.visible ? root.document.checklist : null // delegates only while shown
            delegate: ItemDelegate {
                id: item
                required property string message
                required property string severity
                required property string procedureId
                required property string procedureName
                required property string place
                required property string target
                width: itemColumn.width
                Accessible.name: qsTr("Đi tới: %1").arg(message)
                onClicked: root.placeRequested(procedureId, place, target)
                contentItem: RowLayout {
                    Label {
                        text: item.severity === "error" ? "✖" : "○"
                        color: item.severity === "error" ? Theme.error : Theme.warning
                    }
                    Label {
                        Layout.fillWidth: true
                        text: item.procedureName.length > 0 ? item.procedureName + ": " + item.message
                            : item.procedureId.length > 0 ? qsTr("Thủ tục %1").arg(item.procedureId) + ": " + item.message
                            : item.message
                        wrapMode: Text.Wrap
                    }
                    Label { text: qsTr("Sửa →"); color: Theme.accent }
                }
            }
        }
    }
}
