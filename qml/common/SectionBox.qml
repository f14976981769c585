import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A titled white panel; children go into its column. The title is in the heading size, the
// subtitle in secondary text, both on the spacing grid.
Pane {
    id: root

    property string title: ""
    property string subtitle: ""
    default property alias content: column.data

    padding: Theme.spaceM
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceS

        Label {
            visible: root.title.length > 0
            Layout.fillWidth: true
            text: root.title
            font.pointSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: root.subtitle.length > 0
            Layout.fillWidth: true
            text: root.subtitle
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
    }
}
