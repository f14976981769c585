import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One procedure in the list: kind badge, name and code, status, before and after per year.
ItemDelegate {
    id: root

    required property int index
    required property string procedureId
    required property string name
    required property string code
    required property string kind
    required property string status
    required property string statusDetail
    required property string before
    required property string after
    property bool selected: false
    signal opened(string id)

    Accessible.name: qsTr("Thủ tục %1: %2").arg(index + 1).arg(name)
    onDoubleClicked: opened(procedureId)
    Keys.onReturnPressed: opened(procedureId)

    background: Rectangle {
        color: root.selected ? Theme.accentSoft : (root.hovered ? "#f7f9fb" : Theme.surface)
        border.color: root.selected ? Theme.accent : "transparent"
        radius: Theme.radius
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 6
                Label { text: (root.index + 1) + "."; color: Theme.mutedText }
                KindBadge { kind: root.kind }
                StatusBadge { status: root.status; detail: root.statusDetail }
                // From the review returned to the drafter, when one is open: verdict and comments.
                Label {
                    // No id inside the delegate's deferred contentItem: the view is a property.
                    readonly property ReviewOfProcedure returned: ReviewOfProcedure {
                        session: ReturnedReview.session
                        procedureId: root.procedureId
                    }
                    readonly property string verdict: returned.verdictId
                    readonly property int comments: returned.commentCount
                    visible: verdict.length > 0 || comments > 0
                    // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
                    text: [ReturnedReview.verdictText(verdict), comments > 0 ? qsTr("%n ý kiến thẩm định", "", comments) : ""]
                          .filter(t => t.length > 0).join(" · ") // qmllint disable type
                    color: ReturnedReview.verdictColor(verdict)
                    font.pointSize: Theme.smallSize
                    font.bold: true
                }
                Label {
                    visible: root.code.length > 0
                    text: root.code
                    color: Theme.mutedText
                    font.pointSize: Theme.smallSize
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.name.length > 0 ? root.name : qsTr("(chưa đặt tên)")
                color: root.name.length > 0 ? Theme.text : Theme.mutedText
                elide: Text.ElideRight
                maximumLineCount: 2
                wrapMode: Text.Wrap
            }
        }
        FigureLabel {
            columnWidth: 150 // as the list's header
            text: root.before
            color: Theme.mutedText
        }
        FigureLabel {
            columnWidth: 150
            text: root.after
            font.bold: true
        }
    }
}
