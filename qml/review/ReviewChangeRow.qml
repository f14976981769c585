pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One row of the changes (ReviewChangesModel): a procedure's heading, marked when it was added or
// removed, with its share of the draft's net change; or one change at its place, old → new, a
// computed figure in italics. A row of a procedure still in the report selects it when clicked.
ItemDelegate {
    id: row

    required property string kind
    required property string procedureId
    required property string procedure
    required property string procedureState
    required property string procedureStateLabel
    required property string share
    required property string change
    required property string place
    required property string label
    required property string valueText
    required property bool figure
    required property bool selectable
    property string selectedProcedureId
    readonly property bool heading: row.kind === "procedure"
    signal activated(string id)

    hoverEnabled: row.selectable
    focusPolicy: row.selectable ? Qt.StrongFocus : Qt.NoFocus
    highlighted: row.selectable && row.procedureId === row.selectedProcedureId
    topPadding: row.heading ? Theme.spaceS : Theme.spaceXS
    bottomPadding: Theme.spaceXS
    leftPadding: row.heading ? Theme.spaceXS : Theme.spaceM
    onClicked: if (row.selectable) row.activated(row.procedureId)
    Accessible.name: row.heading ? row.procedure : (row.place.length > 0 ? row.place + " · " : "") + row.label + " · " + row.valueText

    contentItem: ColumnLayout {
        spacing: Theme.spaceXS
        RowLayout {
            Layout.fillWidth: true
            visible: row.heading
            spacing: Theme.spaceS
            Label {
                Layout.fillWidth: true
                text: row.procedure
                font.pointSize: Theme.fontSubheading
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                visible: row.procedureStateLabel.length > 0
                text: row.procedureStateLabel
                color: row.procedureState === "removed" ? Theme.error : Theme.ok
                font.bold: true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: row.heading && row.share.length > 0
            text: row.share
            color: Theme.mutedText
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !row.heading
            text: (row.figure ? qsTr("Số liệu · ") : "") + (row.place.length > 0 ? row.place + " · " : "") + row.label
            color: Theme.mutedText
            font.italic: row.figure
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: !row.heading
            text: row.valueText
            color: row.change === "removed" ? Theme.error : row.change === "added" ? Theme.ok : Theme.text
            font.italic: row.figure
            wrapMode: Text.Wrap
        }
    }
}
