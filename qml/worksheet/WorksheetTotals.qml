import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The worksheet's totals (from the core); the annual cost unfolds to show how it was computed.
Rectangle {
    id: root

    required property WorksheetModel sheet
    property bool expanded: false

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.accentSoft
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 2

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("Tổng chi phí công việc"); color: Theme.mutedText }
            Label { Layout.alignment: Qt.AlignRight; text: root.sheet.tasksTotal }
            Label { text: qsTr("Phí, lệ phí"); color: Theme.mutedText }
            Label { Layout.alignment: Qt.AlignRight; text: root.sheet.feesTotal }
            Label { text: qsTr("Chi phí một lần thực hiện"); color: Theme.mutedText }
            Label { Layout.alignment: Qt.AlignRight; text: root.sheet.costPerFiling; font.bold: true }
            Label { text: qsTr("Chi phí hằng năm"); font.bold: true }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.sheet.annual
                font.bold: true
                font.pointSize: Theme.headingSize
                color: Theme.accent
                Accessible.name: qsTr("Chi phí hằng năm: %1").arg(text)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.sheet.error.length > 0
            text: root.sheet.error
            color: Theme.error
            wrapMode: Text.Wrap
        }
        // The draft's total could not be added up (e.g. an overflow): said here, where the figure
        // that caused it is typed, without interrupting the typing.
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.sheet.document ? root.sheet.document.totalsError : ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
        Button {
            flat: true
            text: root.expanded ? qsTr("▾ Ẩn cách tính") : qsTr("▸ Xem cách tính")
            Accessible.name: qsTr("Xem cách tính tổng chi phí")
            onClicked: root.expanded = !root.expanded
        }
        Label {
            Layout.fillWidth: true
            visible: root.expanded
            text: root.sheet.explanation
            wrapMode: Text.Wrap
            lineHeight: 1.2
        }
    }
}
