import QtQuick
import QtTest
import Cptt

// The reviewer's flow on the real screen: open the altered report, see the integrity banner and
// the discrepancy, filter, click a finding to jump to its figure, comment, dismiss with a reason,
// give verdicts, export the review with its summary, reopen it; then the drafter's side.
Item {
    id: host
    width: 1360
    height: 860

    ReviewPage { id: page; anchors.fill: parent }
    ReviewSession { id: reopened }

    // Where the test reports were written (the app's last folder follows later openings).
    property string reportFolder: ""
    Component.onCompleted: reportFolder = AppSettings.lastFolder + "/"
    function folder() { return reportFolder }
    function findRow(model, role, wanted) {
        for (let i = 0; i < model.rowCount(); ++i)
            if (model.data(model.index(i, 0), role) === wanted)
                return i
        return -1
    }
    function findItem(item, test) {
        if (test(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findItem(item.children[i], test)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const inner = findItem(item.contentItem, test)
            if (inner)
                return inner
        }
        return null
    }

    TestCase {
        name: "ReviewerFlow"
        when: windowShown

        function test_1_intactReport() {
            verify(page.openReport(host.folder() + "total.report.xml"))
            compare(page.session.integrityStatus, "matches")
            compare(page.session.discrepancyCount, 0)
            waitForRendering(page)
            page.session.selectedProcedureId = "P1"
            waitForRendering(page)
            grabImage(page).save("review-intact.png")
        }

        function test_2_tamperedReportAndJump() {
            verify(page.openReport(host.folder() + "tampered.report.xml"))
            compare(page.session.integrityStatus, "mismatch")
            verify(page.session.discrepancyCount > 0)
            const banner = host.findItem(page, (i) => typeof i.text === "string"
                                          && i.text.indexOf("thay đổi sau khi xuất") >= 0)
            verify(banner !== null, "the integrity banner says the report was changed")
            verify(banner.visible)

            const findings = page.session.findings
            findings.severityFilter = "error"
            const row = host.findRow(findings, ReviewFindingModel.CodeRole, "CPTT-E213")
            verify(row >= 0)
            waitForRendering(page)
            // Click the finding's card: its procedure is selected and the figure focused.
            const card = host.findItem(page, (i) => i.code === "CPTT-E213" && i.findingIndex !== undefined)
            verify(card !== null, "the E213 card is shown")
            mouseClick(card, 20, 10)
            compare(page.session.selectedProcedureId, "P1")
            verify(page.session.figures.focusedRow() >= 0)
            waitForRendering(page)
            grabImage(page).save("review-tampered.png")
            findings.severityFilter = ""
        }

        function test_3_commentDecideVerdictExportReopen() {
            const s = page.session
            const e213 = s.findings.data(s.findings.index(host.findRow(s.findings, ReviewFindingModel.CodeRole, "CPTT-E213"), 0),
                                         ReviewFindingModel.FindingIndexRole)
            compare(s.setFindingStatus(e213, "agreed", "Đã đối chiếu"), "")
            compare(s.addComment("P1", "", "", "", "current", 1, "Giờ của công việc 1 cần căn cứ."), 0)
            compare(s.setVerdict("P1", "khong-dat", "Số liệu bị sửa."), "")
            compare(s.setVerdict("", "can-bo-sung", "Bổ sung và xuất lại báo cáo."), "")
            page.sideTab = ReviewPage.Comments
            waitForRendering(page)
            grabImage(page).save("review-comments.png")
            page.sideTab = ReviewPage.Verdicts
            waitForRendering(page)
            grabImage(page).save("review-verdicts.png")
            page.sideTab = 0

            const path = host.folder() + "flow.review.xml"
            verify(page.exportReview(path))
            compare(s.reviewPath, path)
            compare(s.lastSummaryPath, host.folder() + "flow.review.html")

            verify(reopened.openReview(path))
            compare(reopened.integrityStatus, "mismatch")
            compare(reopened.comments.count, 1)
            compare(reopened.verdictFor("P1").verdict, "khong-dat")
            compare(reopened.verdictFor("").summary, "Bổ sung và xuất lại báo cáo.")
            const row = reopened.findings.rowOf(e213)
            compare(reopened.findings.data(reopened.findings.index(row, 0), ReviewFindingModel.StatusRole), "agreed")
        }

        function test_4_drafterReadsComments() {
            verify(reopened.openReviewForDossier(host.folder() + "flow.review.xml"))
            verify(!reopened.hasReport)
            compare(reopened.comments.countFor("P1"), 1)
            reopened.comments.procedureFilter = "P1"
            compare(reopened.comments.data(reopened.comments.index(0, 0), ReviewCommentModel.TextRole),
                    "Giờ của công việc 1 cần căn cứ.")
            compare(reopened.comments.data(reopened.comments.index(0, 0), ReviewCommentModel.WorksheetRole), "current")
        }

        // The reviewer picks places (no typed keys): a form question, a task row, the procedure.
        // The drafter opens the dossier and the returned review in the real window and sees each
        // comment at its place; a link in the procedure's review panel goes to the question.
        function test_5_placesPickedAndShownToTheDrafter() {
            const s = page.session
            verify(s.openReport(host.folder() + "total.report.xml"))
            const places = s.commentPlaces("P1")
            compare(places[0].depth, 0)
            const question = places.find(p => p.depth === 2 && p.field.length > 0)
            const task = places.find(p => p.worksheet === "current" && p.task === 1)
            verify(question && task, "a question and task 1 of the current worksheet are offered")
            compare(task.label, "Bảng tính hiện hành · công việc 1: Chuẩn bị hồ sơ")
            for (const [p, text] of [[question, "Câu này cần trả lời cụ thể hơn."], [places[0], "Thủ tục cần rà soát lại."]])
                verify(s.addComment("P1", p.formId, p.section, p.field, p.worksheet, p.task, text) >= 0)
            // The task's comment through the panel: pick the place, type, add.
            s.selectedProcedureId = "P1"
            page.sideTab = ReviewPage.Comments
            waitForRendering(page)
            const picker = host.findItem(page, i => i.Accessible.name === "Chỗ của ý kiến" && i.visible)
            verify(picker, "the place picker")
            picker.currentIndex = places.findIndex(p => p.worksheet === "current" && p.task === 1)
            const box = host.findItem(page, i => i.Accessible.name === "Nội dung ý kiến" && i.visible)
            box.text = "Giờ cần căn cứ."
            mouseClick(host.findItem(page, i => i.text === "Thêm ý kiến" && i.visible))
            compare(box.text, "", "added")
            const added = s.comments.data(s.comments.index(s.comments.count - 1, 0), ReviewCommentModel.TaskRole)
            compare(added, 1, "anchored to task 1")
            page.sideTab = 0
            s.comments.procedureFilter = "P1"
            const placeText = s.comments.data(s.comments.index(0, 0), ReviewCommentModel.PlaceRole)
            verify(placeText.indexOf(question.label) > 0, "the place is described in words: " + placeText)
            verify(s.setVerdict("P1", "can-bo-sung", "Bổ sung căn cứ.") === "")
            const path = host.folder() + "places.review.xml"
            verify(page.exportReview(path))

            const component = Qt.createComponent("qrc:/qt/qml/Cptt/Main.qml")
            compare(component.status, Component.Ready, component.errorString())
            const window = component.createObject(null, { width: 1360, height: 860 })
            verify(window.openFile(AppSettings.examplesFolder + "/case-dossier-total.cptt.xml"))
            verify(ReturnedReview.session.openReviewForDossier(path), ReturnedReview.session.errorString)
            waitForRendering(window.contentItem)
            const visibleItem = (test) => host.findItem(window.contentItem, i => i.visible && i.width > 0 && test(i))
            verify(visibleItem(i => i.text === "Cần bổ sung, chỉnh sửa · 3 ý kiến thẩm định"),
                   "the procedure list gives P1's verdict and counts its comments")
            verify(visibleItem(i => typeof i.text === "string"
                               && i.text.indexOf("⚠ Bản thẩm định không có chữ ký số") === 0),
                   "the dossier's panel says the review is not signed, in the core's words")
            window.openProcedure("P1", "general", "")
            waitForRendering(window.contentItem)
            verify(visibleItem(i => typeof i.text === "string" && i.text.indexOf("Thủ tục cần rà soát lại.") >= 0),
                   "the comment on the procedure is on its page")
            verify(visibleItem(i => typeof i.text === "string" && i.text.indexOf("Cần bổ sung, chỉnh sửa") >= 0),
                   "with its verdict")
            const link = visibleItem(i => i.Accessible.name === "Đi tới ý kiến: " + placeText)
            verify(link, "a link to the question's comment")
            mouseClick(link)
            tryVerify(() => visibleItem(i => i.highlighted === true && i.key === question.field) !== null, 2000,
                      "the question is shown and marked")
            verify(visibleItem(i => typeof i.text === "string" && i.text.indexOf("Câu này cần trả lời cụ thể hơn.") >= 0),
                   "its comment is beside it")
            window.openProcedure("P1", "current", "1")
            waitForRendering(window.contentItem)
            verify(visibleItem(i => typeof i.text === "string" && i.text.indexOf("Giờ cần căn cứ.") >= 0),
                   "the task's comment is on its row")
            grabImage(window.contentItem).save("drafter-comments.png")
            window.closeDossier()
            verify(!ReturnedReview.session.isOpen, "closing the dossier closes its review")
            window.closingConfirmed = true
            window.destroy()
        }

        // Reading the drafter's answers: a finding about a question opens the form tab at that
        // question (read-only, nothing to edit); its "Ý kiến…" button starts a comment there.
        function test_6_findingOpensTheQuestionAndCommentsThere() {
            const s = page.session
            verify(s.openReport(host.folder() + "forms.report.xml"), s.errorString)
            const row = host.findRow(s.findings, ReviewFindingModel.CodeRole, "CPTT-E106")
            verify(row >= 0, "a missing reason is found")
            const index = s.findings.data(s.findings.index(row, 0), ReviewFindingModel.FindingIndexRole)
            const place = s.findingPlace(index)
            compare(place.field, "necessity.manage")
            s.selectFinding(index)
            compare(page.sideTab, ReviewPage.Answers)
            tryVerify(() => host.findItem(page, i => i.visible && i.highlighted === true && i.key === "necessity.manage") !== null,
                      2000, "the question is shown and marked")
            const question = host.findItem(page, i => i.visible && i.key === "necessity.manage" && i.readOnly !== undefined)
            verify(question.readOnly, "answers are read-only in reviewer mode")
            const editor = host.findItem(question, i => i.visible && i.Accessible.name === "Lý do cho câu 1")
            verify(editor && editor.readOnly, "the reason field cannot be typed in")
            waitForRendering(page)
            grabImage(page).save("review-answers.png")
            mouseClick(host.findItem(question, i => i.visible && i.Accessible.name === "Ý kiến về câu 1"))
            compare(page.sideTab, ReviewPage.Comments)
            const picker = host.findItem(page, i => i.Accessible.name === "Chỗ của ý kiến" && i.visible)
            compare(picker.chosen.field, "necessity.manage")
            const box = host.findItem(page, i => i.Accessible.name === "Nội dung ý kiến" && i.visible)
            verify(box.activeFocus, "the cursor is in the comment")
            box.text = "Nêu rõ vấn đề cần quản lý."
            mouseClick(host.findItem(page, i => i.text === "Thêm ý kiến" && i.visible))
            compare(s.commentsAt("P1", "", "necessity.manage", "", 0).length, 1)
            page.sideTab = ReviewPage.Answers
            tryVerify(() => host.findItem(page, i => i.visible && typeof i.text === "string"
                                          && i.text.indexOf("Nêu rõ vấn đề cần quản lý.") >= 0) !== null,
                      2000, "the comment shows beside the question")
            page.sideTab = 0
        }

        // The worksheets of the report, read-only, every input with its note; "Ý kiến…" on a task
        // row starts a comment on that row.
        function test_7_worksheetInputsReadOnlyWithComments() {
            const s = page.session
            verify(s.openReport(host.folder() + "total.report.xml"), s.errorString)
            s.selectedProcedureId = "P1"
            page.sideTab = ReviewPage.Worksheets
            waitForRendering(page)
            const hours = host.findItem(page, i => i.visible && i.Accessible.name === "Số giờ của công việc 1")
            verify(hours, "task 1's hours are shown")
            compare(hours.text, "4")
            verify(hours.readOnly, "and cannot be changed")
            verify(!host.findItem(page, i => i.visible && i.text === "+ Công việc"), "no task can be added")
            grabImage(page).save("review-worksheets.png")
            mouseClick(host.findItem(page, i => i.visible && i.Accessible.name === "Ý kiến về công việc 1"))
            compare(page.sideTab, ReviewPage.Comments)
            const picker = host.findItem(page, i => i.Accessible.name === "Chỗ của ý kiến" && i.visible)
            compare(picker.chosen.worksheet, "current")
            compare(picker.chosen.task, 1)
            // A finding about a worksheet's inputs opens the worksheets there.
            page.sideTab = ReviewPage.Figures
            const row = host.findRow(s.findings, ReviewFindingModel.CodeRole, "CPTT-W255")
            const w255 = s.findings.data(s.findings.index(row, 0), ReviewFindingModel.FindingIndexRole)
            const place = s.findingPlace(w255)
            compare(place.worksheet, "current")
            compare(place.task, 0)
            verify(!place.discrepancy)
            s.selectFinding(w255)
            compare(page.sideTab, ReviewPage.Worksheets)
            page.sideTab = ReviewPage.Figures
        }
    }
}
