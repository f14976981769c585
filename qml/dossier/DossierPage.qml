pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// Dossier: the draft's details and income rates on the left, its procedures on the right (below
// the returned review, when the drafter opened one).
Item {
    id: root

    required property DossierDocument document
    signal procedureOpened(string id)
    signal answerRequested()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        ScrollView {
            id: left
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(420, root.width * 0.42)
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: left.availableWidth
                spacing: Theme.padding
                DraftDetails {
                    Layout.fillWidth: true
                    document: root.document
                }
                RatesPanel {
                    Layout.fillWidth: true
                    document: root.document
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            ReturnedReviewPanel {
                Layout.fillWidth: true
                Layout.maximumHeight: root.height * 0.4
                onAnswerRequested: root.answerRequested()
            }
            ProcedureList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                document: root.document
                onProcedureOpened: (id) => root.procedureOpened(id)
            }
        }
    }
}
