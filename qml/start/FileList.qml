pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A titled list of files (recent, examples, recovery copies); a click opens one.
SectionBox {
    id: root

    required property FileListModel files
    property string emptyText: ""
    property string actionText: qsTr("Mở")
    signal chosen(string path)

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            visible: root.files.count === 0
            text: root.emptyText
            color: Theme.mutedText
        }
        // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
        // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
        // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
        Column {
            id: entryColumn
            Layout.fillWidth: true
            Repeater {
                model: root.files
                delegate: ItemDelegate {
                    id: entry
                    required property string name
                    required property string filePath
                    required property string detail
                    required property string folder
                    // The panel's width, not the Column's: a Column takes its size from its
                    // rows, so rows as wide as the Column would all be 0 wide, and a positioner
                    // skips them (the list showed empty).
                    width: root.availableWidth
                    Accessible.name: root.actionText + " " + name
                    onClicked: root.chosen(filePath)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            text: entry.name
                            color: Theme.accent
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.detail.length > 0 ? entry.detail : entry.folder
                            color: Theme.mutedText
                            font.pointSize: Theme.smallSize
                            elide: Text.ElideMiddle
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
