import QtQuick
import QtQuick.Controls
import Cptt

// The procedure's kind as a small coloured badge.
Rectangle {
    id: root

    property string kind: "new"

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: kind === "amended" ? Theme.kindAmended
         : kind === "detailed" ? Theme.kindDetailed
         : kind === "abolished" ? Theme.kindAbolished : Theme.kindNew
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        color: "white"
        font.pointSize: Theme.smallSize
        font.bold: true
        text: root.kind === "amended" ? qsTr("Sửa đổi, bổ sung")
            : root.kind === "detailed" ? qsTr("Quy định chi tiết")
            : root.kind === "abolished" ? qsTr("Bãi bỏ") : qsTr("Thủ tục mới")
    }
}
