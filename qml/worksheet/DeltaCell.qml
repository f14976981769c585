import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One figure of a compared task or total: before → after on the first line, the difference under
// it, green when the figure went down (less burden), red when it went up. Texts are the bridge's.
ColumnLayout {
    id: root

    property string before: ""
    property string after: ""
    property string delta: "" // "" when the figure did not move
    property bool strong: false
    // The difference reads as less burden (down) or more (up); figures without a cost keep the text colour.
    readonly property bool down: delta.startsWith("-")

    spacing: 0

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        wrapMode: Text.Wrap
        text: root.before === root.after ? root.after : "%1 → %2".arg(root.before).arg(root.after)
        font.bold: root.strong
        color: root.before === root.after ? Theme.mutedText : Theme.text
        Accessible.name: root.delta.length > 0 ? qsTr("%1 thành %2, chênh lệch %3").arg(root.before).arg(root.after).arg(root.delta) : text
    }
    Label {
        Layout.fillWidth: true
        visible: root.delta.length > 0
        horizontalAlignment: Text.AlignRight
        text: root.delta
        font.bold: true
        color: root.down ? Theme.ok : Theme.error
    }
}
