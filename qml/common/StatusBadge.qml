import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// complete / incomplete / error as a small tinted pill, the reasons in a tooltip (and in the
// accessible description).
Rectangle {
    id: root

    property string status: "incomplete"
    property string detail: ""
    readonly property alias text: label.text
    readonly property color tone: status === "complete" ? Theme.ok
                                : status === "error" ? Theme.error : Theme.warning

    implicitWidth: Math.ceil(label.implicitWidth) + 2 * Theme.spaceS
    implicitHeight: Math.ceil(label.implicitHeight) + Theme.spaceXS
    Layout.minimumWidth: implicitWidth
    Layout.maximumWidth: implicitWidth
    Layout.alignment: Qt.AlignVCenter
    radius: height / 2
    color: status === "complete" ? Theme.okSoft : status === "error" ? Theme.errorSoft : Theme.warningSoft
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    Accessible.description: detail

    Label {
        id: label
        anchors.centerIn: parent
        text: root.status === "complete" ? qsTr("● Đầy đủ")
            : root.status === "error" ? qsTr("● Có lỗi") : qsTr("● Chưa đầy đủ")
        color: root.tone
        font.pointSize: Theme.fontCaption
    }

    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && root.detail.length > 0
    ToolTip.text: root.detail
    ToolTip.delay: 300
}
