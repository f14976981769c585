pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// One procedure: general information → assessment form → cost worksheet(s) → summary.
Item {
    id: root

    required property DossierDocument document
    property string procedureId: ""
    signal backRequested()

    function showPart(part) {
        // Qt 6.4's qmllint does not know a list's JavaScript methods (QVariantList, QStringList).
        tabs.currentIndex = Math.max(0, ["general", "form", "worksheet", "summary"].indexOf(part)) // qmllint disable type
    }
    // Opens a part and, when given, the exact place in it: a general field (name | articles |
    // simplification), a form question or section key, or a worksheet ("current:2" for its task 2).
    function showPlace(part, target) {
        showPart(part)
        if (target && target.length > 0)
            Qt.callLater(reveal, part, target) // once the part is laid out
    }
    function reveal(part, target) {
        if (part === "general") {
            generalInfo.focusField(target)
        } else if (part === "form") {
            assessment.showQuestion(target)
        } else if (part === "worksheet") {
            const [variant, task] = target.split(":")
            worksheets.reveal(variant, Number(task || 0))
        }
    }

    ProcedureEditor {
        id: procedureEditor
        document: root.document
        procedureId: root.procedureId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("← Danh sách")
                flat: true
                Accessible.name: qsTr("Về danh sách thủ tục")
                onClicked: root.backRequested()
            }
            KindBadge { kind: procedureEditor.kind; Layout.alignment: Qt.AlignVCenter }
            Label {
                Layout.fillWidth: true
                text: procedureEditor.name.length > 0 ? procedureEditor.name : qsTr("(chưa đặt tên)")
                font.pointSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap // a long official name reads whole, on two lines if need be
            }
            StatusBadge { status: procedureEditor.status; detail: procedureEditor.statusDetail }
            Label {
                text: qsTr("Trước: %1   Sau: %2   Giảm: %3").arg(procedureEditor.before).arg(procedureEditor.after).arg(procedureEditor.reductionPercent)
                color: Theme.mutedText
            }
        }

        ReturnedReviewPanel {
            Layout.fillWidth: true
            Layout.maximumHeight: root.height * 0.3
            procedureId: root.procedureId
            onPlaceRequested: (section, field, worksheet, task) => {
                if (field.length > 0 || section.length > 0)
                    root.showPlace("form", field.length > 0 ? field : section)
                else
                    root.showPlace("worksheet", worksheet + ":" + task)
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("1. Thông tin chung") }
            TabButton { text: qsTr("2. Đánh giá tác động") }
            TabButton { text: qsTr("3. Chi phí tuân thủ") }
            TabButton { text: qsTr("4. Tóm tắt") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ScrollView {
                id: generalScroll
                contentWidth: availableWidth
                GeneralInfo {
                    id: generalInfo
                    width: generalScroll.availableWidth
                    editor: procedureEditor
                }
            }
            AssessmentPanel {
                id: assessment
                document: root.document
                procedureId: root.procedureId
            }
            WorksheetsView {
                id: worksheets
                document: root.document
                editor: procedureEditor
            }
            ScrollView {
                id: summaryScroll
                contentWidth: availableWidth
                ColumnLayout {
                    width: summaryScroll.availableWidth
                    spacing: Theme.spacing
                    ProcedureSummary {
                        Layout.fillWidth: true
                        editor: procedureEditor
                    }
                    AssessmentSummaryBox {
                        Layout.fillWidth: true
                        document: root.document
                        procedureId: root.procedureId
                    }
                }
            }
        }
    }
}
