pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Before vs after per procedure, as horizontal bars scaled to the largest figure.
SectionBox {
    id: root

    required property DossierDocument document

    title: qsTr("Trước và sau dự thảo, theo thủ tục")

    RowLayout {
        spacing: Theme.padding
        Rectangle { implicitWidth: 14; implicitHeight: 10; color: Theme.beforeBar }
        Label { text: qsTr("Trước dự thảo"); color: Theme.mutedText }
        Rectangle { implicitWidth: 14; implicitHeight: 10; color: Theme.afterBar }
        Label { text: qsTr("Sau dự thảo"); color: Theme.mutedText }
    }
    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: barColumn
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.visible ? root.document.procedures : null // delegates only while shown
            delegate: RowLayout {
                id: bar
                required property int index
                required property string name
                required property string before
                required property string after
                required property real beforeFraction
                required property real afterFraction
                width: barColumn.width
                spacing: Theme.spacing
                Accessible.name: qsTr("%1: trước %2, sau %3").arg(name).arg(before).arg(after)
                // The whole name, wrapped: a name cut short cannot tell two procedures apart.
                Label {
                    Layout.preferredWidth: 260
                    Layout.maximumWidth: 260
                    text: (bar.index + 1) + ". " + bar.name
                    wrapMode: Text.Wrap
                }
                ColumnLayout {
                    id: bars
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            Layout.preferredWidth: Math.max(1, bar.beforeFraction * (bars.width - 160))
                            Layout.preferredHeight: 12
                            color: Theme.beforeBar
                        }
                        Label { text: bar.before; font.pointSize: Theme.smallSize; color: Theme.mutedText }
                        Item { Layout.fillWidth: true }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            Layout.preferredWidth: Math.max(1, bar.afterFraction * (bars.width - 160))
                            Layout.preferredHeight: 12
                            color: Theme.afterBar
                        }
                        Label { text: bar.after; font.pointSize: Theme.smallSize }
                        Item { Layout.fillWidth: true }
                    }
                }
            }
        }
    }
}
