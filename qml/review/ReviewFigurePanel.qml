pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The selected procedure's figures as the report declares them (the draft's totals when none is
// selected), read-only; a figure the inputs do not give is highlighted with the recomputed value
// and the difference.
SectionBox {
    id: root

    required property ReviewSession session
    // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
    readonly property var choices: [{ id: "", name: qsTr("Tổng của dự thảo") }].concat(root.session.procedureChoices) // qmllint disable type

    title: qsTr("Số liệu trong báo cáo")
    subtitle: root.session.figures.discrepancyCount > 0
              ? qsTr("%n số liệu khác với kết quả tính lại từ số liệu đầu vào.", "", root.session.figures.discrepancyCount)
              : qsTr("Mọi số liệu khớp với kết quả tính lại.")

    ComboBox {
        id: picker
        Layout.fillWidth: true
        Accessible.name: qsTr("Thủ tục")
        model: root.choices
        textRole: "name"
        valueRole: "id"
        currentIndex: root.choices.findIndex((c) => c.id === root.session.selectedProcedureId)
        onActivated: root.session.selectedProcedureId = currentValue
    }

    RowLayout {
        Layout.fillWidth: true
        Label { Layout.fillWidth: true; text: qsTr("Số liệu"); color: Theme.mutedText }
        Label { Layout.preferredWidth: 130; horizontalAlignment: Text.AlignRight; text: qsTr("Khai báo"); color: Theme.mutedText }
        Label { Layout.preferredWidth: 130; horizontalAlignment: Text.AlignRight; text: qsTr("Tính lại"); color: Theme.mutedText }
        Label { Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight; text: qsTr("Chênh lệch"); color: Theme.mutedText }
    }

    // Qt 6.4: a Repeater that is a direct child of a Quick Layout can make the layout engine read a
    // freed delegate when its model changes during a layout pass (SIGSEGV under a real window
    // system, never offscreen). Its rows sit in a Column positioner, which the layout sees as one item.
    Column {
        id: figureColumn
        Layout.fillWidth: true
        Repeater {
            model: root.session.figures
            delegate: ColumnLayout {
                id: row
                required property string group
                required property bool firstInGroup
                required property string label
                required property string declared
                required property string recomputed
                required property string difference
                required property bool discrepant
                required property bool focused

                width: figureColumn.width
                spacing: 0
                Label {
                    visible: row.firstInGroup
                    topPadding: Theme.spacing
                    text: row.group
                    font.bold: true
                    color: Theme.accent
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: line.implicitHeight + 4
                    color: row.discrepant ? Theme.errorSoft : "transparent"
                    border.color: row.focused ? Theme.error : "transparent"
                    border.width: 2
                    radius: Theme.radius
                    RowLayout {
                        id: line
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 4
                        Label { Layout.fillWidth: true; text: row.label; wrapMode: Text.Wrap }
                        Label {
                            Layout.preferredWidth: 130
                            horizontalAlignment: Text.AlignRight
                            text: row.declared
                            color: row.discrepant ? Theme.error : Theme.text
                            font.bold: row.discrepant
                        }
                        Label {
                            Layout.preferredWidth: 130
                            horizontalAlignment: Text.AlignRight
                            text: row.discrepant ? row.recomputed : "✓"
                            color: row.discrepant ? Theme.text : Theme.ok
                        }
                        Label {
                            Layout.preferredWidth: 110
                            horizontalAlignment: Text.AlignRight
                            text: row.difference
                            color: Theme.error
                            font.bold: true
                        }
                    }
                }
            }
        }
    }
}
