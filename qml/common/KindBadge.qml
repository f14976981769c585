import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The procedure's kind as a small coloured badge. The pill is as wide as its text: a layout never
// squeezes it (its minimum is its text); given less width from outside, the text is elided.
Rectangle {
    id: root

    property string kind: "new"
    readonly property int horizontalPadding: 6

    implicitWidth: label.implicitWidth // the text and its padding
    implicitHeight: label.implicitHeight + 4
    Layout.minimumWidth: implicitWidth
    Layout.maximumWidth: implicitWidth
    Layout.alignment: Qt.AlignVCenter
    radius: height / 2
    color: kind === "amended" ? Theme.kindAmended
         : kind === "detailed" ? Theme.kindDetailed
         : kind === "abolished" ? Theme.kindAbolished : Theme.kindNew
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.fill: parent
        leftPadding: root.horizontalPadding
        rightPadding: root.horizontalPadding
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: "white"
        font.pointSize: Theme.smallSize
        font.bold: true
        text: Labels.kind[root.kind] ?? Labels.kind["new"]
    }
}
