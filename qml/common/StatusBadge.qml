import QtQuick
import QtQuick.Controls
import Cptt

// complete / incomplete / error, with the reasons as a tooltip.
Label {
    id: root

    property string status: "incomplete"
    property string detail: ""

    text: status === "complete" ? qsTr("● Đầy đủ")
        : status === "error" ? qsTr("● Có lỗi") : qsTr("● Chưa đầy đủ")
    color: status === "complete" ? Theme.ok : status === "error" ? Theme.error : Theme.warning
    font.pointSize: Theme.smallSize
    Accessible.name: text

    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && root.detail.length > 0
    ToolTip.text: root.detail
}
