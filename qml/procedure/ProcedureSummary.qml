import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The procedure's before / after / saving (from the core) and what is still missing.
SectionBox {
    id: root

    required property ProcedureEditor editor

    title: qsTr("Tóm tắt thủ tục")

    GridLayout {
        columns: 2
        columnSpacing: Theme.padding * 2
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        Label { text: qsTr("Chi phí trước dự thảo (%1)").arg(Labels.symbol["VND-per-year"]); color: Theme.mutedText } // qmllint disable type
        Label { text: root.editor.before; font.pointSize: Theme.headingSize }
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        Label { text: qsTr("Chi phí sau dự thảo (%1)").arg(Labels.symbol["VND-per-year"]); color: Theme.mutedText } // qmllint disable type
        Label { text: root.editor.after; font.pointSize: Theme.headingSize; font.bold: true }
        // Qt 6.4's qmllint reads a map's keys (QVariantMap) as missing properties.
        Label { text: qsTr("Chi phí tiết kiệm (%1)").arg(Labels.symbol["VND-per-year"]); color: Theme.mutedText } // qmllint disable type
        Label { text: root.editor.saving; font.pointSize: Theme.headingSize }
        Label { text: qsTr("Tỷ lệ cắt giảm"); color: Theme.mutedText }
        Label { text: root.editor.reductionPercent; font.pointSize: Theme.headingSize }
    }
    Label {
        Layout.fillWidth: true
        text: root.editor.kind === "new" ? qsTr("Thủ tục mới: trước dự thảo bằng 0, sau dự thảo là chi phí của thủ tục.")
            : root.editor.kind === "abolished" ? qsTr("Thủ tục bị bãi bỏ: sau dự thảo bằng 0; lợi ích là toàn bộ chi phí hiện hành.")
            : qsTr("Tiết kiệm = trước − sau; tỷ lệ cắt giảm = tiết kiệm ÷ trước × 100, làm tròn 2 chữ số, giữ dấu.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }
    Label {
        text: root.editor.status === "complete" ? qsTr("Thủ tục đã đầy đủ.") : qsTr("Còn thiếu hoặc cần sửa:")
        font.bold: true
        color: root.editor.status === "complete" ? Theme.ok : Theme.warning
    }
    Label {
        Layout.fillWidth: true
        visible: root.editor.statusDetail.length > 0
        text: root.editor.statusDetail
        wrapMode: Text.Wrap
        lineHeight: 1.3
    }
}
