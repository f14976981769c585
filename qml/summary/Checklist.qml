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
            Layout.fillWidth: true
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
