import QtQuick
import QtTest
import Cptt

// The reviewer's "what changed" tab on the real screen: the report compared with an older one
// picked by hand (another dossier's report: P1 changed, P2 and P3 added), the tab counting the
// changes, a click on a change selecting its procedure; compared with the altered copy of itself
// it says that nothing changed, and warns of that copy's digest.
Item {
    id: host
    width: 1360
    height: 860

    ReviewPage { id: page; anchors.fill: parent }

    property string reportFolder: ""
    Component.onCompleted: reportFolder = AppSettings.lastFolder + "/"
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
    function shown(test) { return host.findItem(page, i => i.visible && test(i)) }
    function shownText(text) { return host.shown(i => typeof i.text === "string" && i.text.indexOf(text) >= 0) }

    TestCase {
        name: "ReviewChanges"
        when: windowShown

        function test_1_aChangeSelectsItsProcedure() {
            const s = page.session
            verify(s.openReport(host.reportFolder + "total.report.xml"), s.errorString)
            page.sideTab = ReviewPage.Changes
            waitForRendering(page)
            verify(host.shownText("Chưa có báo cáo cũ để so sánh"), "nothing is compared in round 1")
            verify(host.shownText("Thay đổi (0)"), "the tab counts no change")
            verify(s.changes.compareWith(host.reportFolder + "forms.report.xml"), s.changes.errorString)
            compare(s.changes.pickedByHand, true)
            verify(s.changes.changeCount > 0)
            waitForRendering(page)
            verify(host.shownText("Thay đổi (" + s.changes.changeCount + ")"), "the tab counts the changes")
            verify(host.shownText("So sánh với báo cáo đã chọn: forms.report.xml"))
            verify(!host.shownText("Mã băm của báo cáo cũ không khớp"), "its digest matches")
            compare(s.selectedProcedureId, "")
            // Scrolled to it first, as the reviewer would: the draft's figures come before it.
            const panel = host.shown(i => i.changes === s.changes && i.view)
            verify(panel, "the changes panel")
            let first = -1
            for (let i = 0; i < s.changes.count && first < 0; ++i) {
                const at = s.changes.index(i, 0)
                if (s.changes.data(at, ReviewChangesModel.KindRole) === "change"
                        && s.changes.data(at, ReviewChangesModel.ProcedureIdRole) === "P1")
                    first = i
            }
            verify(first > 0, "P1 has changes")
            panel.view.positionViewAtIndex(first - 1, ListView.Beginning)
            waitForRendering(page)
            verify(host.shownText("Thủ tục P1: Cấp giấy phép hoạt động"), "P1's heading, before its changes")
            // P2 and P3 were added since: marked on their headings.
            let added = []
            for (let i = 0; i < s.changes.count; ++i)
                if (s.changes.data(s.changes.index(i, 0), ReviewChangesModel.ProcedureStateLabelRole) === "Thủ tục thêm")
                    added.push(i)
            compare(added.length, 2)
            panel.view.positionViewAtIndex(added[0], ListView.Beginning)
            waitForRendering(page)
            verify(host.shownText("Thủ tục thêm"), "an added procedure is marked on screen")
            panel.view.positionViewAtIndex(first, ListView.Beginning)
            waitForRendering(page)
            const row = host.shown(i => i.kind === "change" && i.procedureId === "P1" && i.selectable === true)
            verify(row, "a change of P1 is shown")
            mouseClick(row)
            compare(s.selectedProcedureId, "P1")
            compare(page.sideTab, ReviewPage.Changes, "the tab stays")
            tryVerify(() => row.highlighted, 1000, "the procedure's rows are marked")
            grabImage(page).save("review-changes.png")
        }

        // The altered copy has the same inputs (only a declared figure was edited): nothing changed,
        // and its digest is warned of.
        function test_2_nothingChanged() {
            const s = page.session
            verify(s.changes.compareWith(host.reportFolder + "tampered.report.xml"), s.changes.errorString)
            compare(s.changes.changeCount, 0)
            waitForRendering(page)
            verify(host.shownText("Không có thay đổi."))
            verify(host.shownText("Mã băm của báo cáo cũ không khớp"), "the altered report is warned of")
            verify(host.shownText("Thay đổi (0)"))
            verify(!host.shown(i => i.kind === "change"), "no change row")
            page.sideTab = 0
        }
    }
}
