pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Cptt

// Reviewer mode: a submitted report read-only with its integrity at the top, the
// findings with filters, the selected procedure's figures with the discrepancies highlighted,
// comments, decisions on findings and verdicts; exports the review (XML) and its printable
// summary (HTML), and reopens a saved review.
Item {
    id: root

    readonly property ReviewSession session: reviewSession
    // The right-hand tabs.
    enum Tab { Figures, Answers, Worksheets, Comments, Verdicts, FollowUps, Changes }
    property alias sideTab: tabs.currentIndex
    signal closeRequested()

    function openReport(path) { return reviewSession.openReport(path) }
    // The export dialog opens beside the report with the review's name proposed (asked when it
    // opens: a binding would be worked out once, before any report is open).
    function proposeReviewFile() {
        const path = reviewSession.suggestedReviewPath()
        if (path.length > 0) {
            const folder = AppSettings.folderOf(path)
            exportDialog.currentFolder = folder
            exportDialog.selectedFile = AppSettings.fileUrl(folder, path.substring(path.lastIndexOf("/") + 1))
        } else {
            exportDialog.currentFolder = "file://" + AppSettings.lastFolder
        }
        exportDialog.open()
    }
    function exportReview(path) {
        if (!reviewSession.exportReview(path))
            return false
        return reviewSession.exportSummary(reviewSession.summaryPathFor(reviewSession.reviewPath))
    }

    ReviewSession {
        id: reviewSession
        onErrorOccurred: (message) => {
            errorDialog.message = message
            errorDialog.open()
        }
        // A finding goes to its place: a form question in the answers, an input of a worksheet in
        // the worksheets; a recomputed figure (and anything else) in the figures.
        onFindingSelected: (index) => {
            const place = reviewSession.findingPlace(index)
            const key = place.field.length > 0 ? place.field : place.section
            if (key.length > 0) {
                tabs.currentIndex = ReviewPage.Answers
                Qt.callLater(() => answers.showQuestion(key))
            } else if (place.worksheet.length > 0 && !place.discrepancy) {
                tabs.currentIndex = ReviewPage.Worksheets
                Qt.callLater(() => worksheets.showRow(place.worksheet, place.task))
            } else if (tabs.currentIndex === ReviewPage.Answers || tabs.currentIndex === ReviewPage.Worksheets) {
                tabs.currentIndex = ReviewPage.Figures
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            // The round: "Vòng 2" once a revised report is reviewed again. Always shown, one width:
            // a Qt 6.4 layout does not place an item made visible while its page was hidden.
            Rectangle {
                implicitWidth: Math.ceil(roundLabel.implicitWidth) + 2 * Theme.spaceS
                implicitHeight: Math.ceil(roundLabel.implicitHeight) + Theme.spaceXS
                Layout.minimumWidth: implicitWidth
                Layout.maximumWidth: implicitWidth
                Layout.alignment: Qt.AlignVCenter
                radius: height / 2
                color: reviewSession.round > 1 ? Theme.accent : Theme.accentSoft
                Label { id: roundLabel; anchors.centerIn: parent; text: qsTr("Vòng %1").arg(Math.max(1, reviewSession.round)); font.bold: true; color: reviewSession.round > 1 ? Theme.inverseText : Theme.accent }
            }
            Label {
                Layout.fillWidth: true
                text: reviewSession.isOpen ? reviewSession.title : qsTr("Thẩm định báo cáo đánh giá tác động")
                font.pointSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap // the draft's whole title, as it will be cited
            }
            Button {
                text: qsTr("Mở báo cáo…")
                onClicked: reportDialog.open()
            }
            Button {
                text: qsTr("Mở bản thẩm định…")
                onClicked: reviewDialog.open()
            }
            Button {
                text: qsTr("Xuất tệp thẩm định (XML)…")
                enabled: reviewSession.isOpen
                highlighted: reviewSession.modified
                onClicked: root.proposeReviewFile()
            }
            Button {
                text: qsTr("Xuất tóm tắt để in (HTML)")
                enabled: reviewSession.isOpen
                onClicked: {
                    if (reviewSession.reviewPath.length === 0)
                        root.proposeReviewFile()
                    else if (reviewSession.exportSummary(reviewSession.summaryPathFor(reviewSession.reviewPath)))
                        doneDialog.show(qsTr("Đã xuất"), qsTr("Đã ghi bản tóm tắt vào:\n%1").arg(reviewSession.lastSummaryPath))
                }
            }
        }

        ReviewIntegrityBanner {
            Layout.fillWidth: true
            session: reviewSession
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !reviewSession.isOpen
            text: qsTr("Mở báo cáo XML mà cơ quan chủ trì soạn thảo đã xuất (*.report.xml) để kiểm tra tính toàn vẹn, tính lại mọi số liệu và xem các phát hiện.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.mutedText
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: reviewSession.isOpen
            orientation: Qt.Horizontal

            ReviewFindingList {
                SplitView.preferredWidth: root.width * 0.45
                SplitView.minimumWidth: 320
                session: reviewSession
            }
            ColumnLayout {
                SplitView.fillWidth: true
                spacing: 0
                TabBar {
                    id: tabs
                    Layout.fillWidth: true
                    TabButton { text: qsTr("Số liệu") }
                    TabButton { text: qsTr("Biểu mẫu") }
                    TabButton { text: qsTr("Bảng tính") }
                    TabButton { text: qsTr("Ý kiến (%1)").arg(reviewSession.comments.count) }
                    TabButton { text: qsTr("Kết luận") }
                    TabButton { text: qsTr("Vòng trước (%1)").arg(reviewSession.followUps.count) }
                    TabButton { text: qsTr("Thay đổi (%1)").arg(reviewSession.changes.changeCount) }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex
                    ScrollView {
                        id: figureScroll
                        contentWidth: availableWidth
                        ReviewFigurePanel { x: Theme.spacing; y: Theme.spacing; width: figureScroll.availableWidth - Theme.spacing; session: reviewSession }
                    }
                    // The drafter's answers, read-only, with a comment offered beside each question.
                    AssessmentPanel {
                        id: answers
                        document: reviewSession.reportDocument
                        procedureId: reviewSession.selectedProcedureId
                        readOnly: true
                        review: reviewSession
                        onCommentRequested: (section, field) => {
                            tabs.currentIndex = ReviewPage.Comments
                            commentPanel.choosePlace(section, field, "", 0)
                        }
                    }
                    ReviewWorksheets {
                        id: worksheets
                        session: reviewSession
                        onCommentRequested: (worksheet, task) => {
                            tabs.currentIndex = ReviewPage.Comments
                            commentPanel.choosePlace("", "", worksheet, task)
                        }
                    }
                    ScrollView {
                        id: commentScroll
                        contentWidth: availableWidth
                        ReviewCommentPanel { id: commentPanel; x: Theme.spacing; y: Theme.spacing; width: commentScroll.availableWidth - Theme.spacing; session: reviewSession }
                    }
                    ScrollView {
                        id: verdictScroll
                        contentWidth: availableWidth
                        ReviewVerdictPanel { x: Theme.spacing; y: Theme.spacing; width: verdictScroll.availableWidth - Theme.spacing; session: reviewSession }
                    }
                    ScrollView {
                        id: followUpScroll
                        contentWidth: availableWidth
                        ReviewFollowUpPanel { x: Theme.spacing; y: Theme.spacing; width: followUpScroll.availableWidth - Theme.spacing; session: reviewSession }
                    }
                    ReviewChangesPanel { session: reviewSession }
                }
            }
        }
    }

    FileDialog {
        id: reportDialog
        title: qsTr("Mở báo cáo để thẩm định")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Báo cáo CPTT (*.report.xml *.xml)")]
        onAccepted: reviewSession.openReport(String(selectedFile))
    }
    FileDialog {
        id: reviewDialog
        title: qsTr("Mở bản thẩm định")
        currentFolder: "file://" + AppSettings.lastFolder
        nameFilters: [qsTr("Bản thẩm định CPTT (*.review.xml *.xml)")]
        onAccepted: reviewSession.openReview(String(selectedFile))
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Xuất tệp thẩm định")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "review.xml"
        nameFilters: [qsTr("Bản thẩm định CPTT (*.review.xml)")]
        onAccepted: {
            if (root.exportReview(String(selectedFile)))
                doneDialog.show(qsTr("Đã xuất"), qsTr("Đã xuất bản thẩm định vào:\n%1\nvà bản tóm tắt để in vào:\n%2")
                                .arg(reviewSession.reviewPath).arg(reviewSession.lastSummaryPath), reviewSession.reviewPath)
        }
    }
    ConfirmDialog {
        id: errorDialog
        title: qsTr("Không thực hiện được")
        acceptText: qsTr("Đóng")
        rejectText: ""
    }
    // The review exported; Ký số… signs it with the reviewer's certificate.
    ExportedNotice {
        id: doneDialog
        signTitle: qsTr("Ký số bản thẩm định")
        signIntro: qsTr("Ký bản thẩm định vừa xuất bằng chứng thư số của người thẩm định: tệp khoá PKCS#12 (.p12, .pfx) hoặc token USB, nhập theo dạng pkcs11:token=…;object=….")
        signedTitle: qsTr("Đã ký số bản thẩm định")
    }
}
