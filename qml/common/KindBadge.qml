import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The procedure's kind as a coloured pill. The pill is its text plus a grid step on each side: a
// layout can never squeeze it below that, and the text is never elided.
Rectangle {
    id: root

    property string kind: "new"

    implicitWidth: Math.ceil(label.implicitWidth) + 2 * Theme.spaceS
    implicitHeight: Math.ceil(label.implicitHeight) + Theme.spaceXS
    Layout.minimumWidth: implicitWidth
    Layout.preferredWidth: implicitWidth
    Layout.maximumWidth: implicitWidth
    Layout.minimumHeight: implicitHeight
    Layout.alignment: Qt.AlignVCenter
    radius: height / 2
    color: kind === "amended" ? Theme.kindAmended
         : kind === "detailed" ? Theme.kindDetailed
         : kind === "abolished" ? Theme.kindAbolished : Theme.kindNew
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        color: Theme.inverseText
        font.pointSize: Theme.fontCaption
        font.weight: Font.DemiBold
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        text: Labels.kind[root.kind] ?? Labels.kind["new"] // qmllint disable type
    }
}
