import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A titled white panel; children go into its column.
Pane {
    id: root

    property string title: ""
    property string subtitle: ""
    default property alias content: column.data

    padding: Theme.padding
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            visible: root.title.length > 0
            text: root.title
            font.pointSize: Theme.headingSize
            font.bold: true
            color: Theme.text
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
