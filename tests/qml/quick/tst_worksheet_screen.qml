import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Cptt

// What a drafter saw in a real window, driven by mouse and keys on the app's own components: the
// official-norm dialog keeps the typed trips and starts at the procedure's level; the task table's
// header lines up with its fields, a long name wraps and shows whole, a long cost stays in its column, a
// number too large is an error of its field; the procedure's name is marked when emptied; the
// kind badge holds its text; a question's reason field does not come and go while typing.
TestCase {
    id: test
    name: "WorksheetScreen"
    when: windowShown
    visible: true // a TestCase is hidden unless told: the components below are shown and clicked
    width: 1200
    height: 900

    DossierDocument { id: doc }
    ProcedureEditor { id: editor; document: doc }
    WorksheetModel { id: sheet; document: doc; procedureId: editor.procedureId; variant: "proposed" }
    FormModel { id: formModel; document: doc; procedureId: editor.procedureId }

    Component {
        id: panelComponent
        WorksheetPanel {}
    }
    Component {
        id: worksheetsComponent
        WorksheetsView { width: 1200; height: 800 }
    }
    Component {
        id: summaryComponent
        SummaryTable { width: 900 }
    }
    Component {
        id: generalComponent
        GeneralInfo { width: 900 }
    }
    Component {
        id: badgeComponent
        RowLayout { // narrower than its items want: the layout squeezes what it may
            width: 140
            property alias badge: badge
            KindBadge { id: badge; kind: "amended" }
            Label { elide: Text.ElideRight; text: "Cấp giấy phép hoạt động cho cơ sở dịch vụ" }
        }
    }
    Component {
        id: questionsComponent
        Column {
            id: questionColumn
            width: 900
            Repeater {
                model: formModel
                delegate: FormQuestion { width: questionColumn.width; form: formModel }
            }
        }
    }

    function find(item, predicate) {
        if (!item)
            return null
        if (predicate(item))
            return item
        const kids = item.data !== undefined ? item.data : []
        for (let i = 0; i < kids.length; ++i) {
            const found = find(kids[i], predicate)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const inContent = find(item.contentItem, predicate)
            if (inContent)
                return inContent
        }
        return null
    }
    // A text field by its accessible name: a one-line TextField or a wrapping TextArea.
    function field(root, name) {
        return find(root, i => (i instanceof TextField || i instanceof TextArea) && i.visible && i.Accessible.name === name)
    }
    function xOf(item, root) { return item.mapToItem(root, 0, 0).x }
    function yOf(item, root) { return item.mapToItem(root, 0, 0).y }

    function newProcedure(kind) {
        doc.newDossier()
        editor.procedureId = doc.procedureIdAt(doc.addProcedure(kind))
        verify(editor.exists)
    }
    function panel(width) {
        const p = createTemporaryObject(panelComponent, test, {
            document: doc, procedureId: editor.procedureId, variant: "proposed", width: width })
        verify(p)
        waitForRendering(p)
        return p
    }
    function openNormDialog(p) {
        const button = find(p, i => i instanceof Button && i.visible && i.Accessible.name === "Thêm công việc theo định mức chính thức")
        verify(button, "the + Theo định mức… button")
        mouseClick(button)
        const dialog = find(p, i => i.openFor !== undefined)
        verify(dialog, "the norm dialog")
        tryVerify(() => dialog.opened, 2000)
        return dialog
    }
    function normScope(dialog) {
        const box = find(dialog.contentItem, i => i instanceof ComboBox && i.Accessible.name === "Định mức")
        return ReferenceLibrary.normAt(box.currentIndex).scope
    }

    // 2 trips typed, then the focus moves on: still 2 trips, and the task gets 2 × 2 h (provincial,
    // urban), not the 1 trip × 1 h the field used to fall back to.
    function test_normDialogKeepsTypedTripsAndStartsAtTheLevel() {
        newProcedure("new")
        compare(editor.level, "provincial")
        const p = panel(1000)
        const dialog = openNormDialog(p)
        const units = field(dialog.contentItem, "Số lượt đi lại")
        verify(units, "the trips field")
        mouseClick(units)
        verify(units.activeFocus)
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Tab)
        verify(!units.activeFocus, "the focus moved on")
        compare(units.text, "2", "what was typed stays")
        compare(normScope(dialog), "provincial", "a provincial procedure's trip is a provincial one")
        const add = find(dialog.footer, i => i instanceof Button && i.text === "Thêm công việc")
        verify(add.enabled)
        mouseClick(add)
        tryVerify(() => !dialog.visible, 2000)
        compare(sheet.count, 1)
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.HoursRole), "4")
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.NormUnitsRole), "2")
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.NormScopeRole), "provincial")

        // A commune procedure starts at the commune row; a central one keeps the last choice.
        editor.setField(ProcedureField.Level, "commune")
        compare(sheet.travelScope, "commune")
        const again = openNormDialog(p)
        compare(normScope(again), "commune")
        again.close()
        tryVerify(() => !again.visible, 2000)
        editor.setField(ProcedureField.Level, "central")
        compare(sheet.travelScope, "", "the norm table has no central row")
        const third = openNormDialog(p)
        compare(normScope(third), "commune", "the last choice is kept")
        third.close()
        tryVerify(() => !third.visible, 2000)
    }

    // The header's columns sit over the row's fields, with the same widths.
    function test_headerLinesUpWithTheFields() {
        newProcedure("amended")
        sheet.addTask("Nộp hồ sơ")
        const p = panel(600) // one column of the side-by-side worksheets
        const header = (text) => find(p, i => i instanceof Label && i.visible && i.text === text)
        const pairs = [["Giờ", "Số giờ của công việc 1"], ["Dịch vụ (đ)", "Chi phí dịch vụ của công việc 1"],
                       ["Khác (đ)", "Chi phí khác của công việc 1"]]
        for (const pair of pairs) {
            const h = header(pair[0])
            const f = field(p, pair[1])
            verify(h && f, pair.join(" / "))
            fuzzyCompare(xOf(h, p), xOf(f, p), 1, pair[0] + " sits over its field")
            fuzzyCompare(h.width, f.width, 1, pair[0] + " is as wide as its field")
        }
        const name = field(p, "Tên công việc 1")
        fuzzyCompare(header("Tên công việc").width, name.width, 1, "the name column")
        const cost = find(p, i => i instanceof Label && i.visible && i.Accessible.name.indexOf("Chi phí của công việc 1") === 0)
        verify(cost, "the task's cost")
        fuzzyCompare(xOf(header("Chi phí"), p) + header("Chi phí").width, xOf(cost, p) + cost.width, 1,
                     "the cost header ends where the cost does")
    }

    // A long name takes the free width and wraps: the whole of it is shown from its start, every
    // keystroke is kept, Enter and Tab move on to the hours and never put a line break in the name.
    function test_longTaskNameWrapsWhole() {
        newProcedure("amended")
        const longName = "Chuẩn bị hồ sơ đề nghị cấp giấy phép gồm đơn, bản sao giấy tờ tùy thân và các tài liệu kèm theo"
        sheet.addTask(longName)
        const p = panel(600) // one column of the side-by-side worksheets
        const name = field(p, "Tên công việc 1")
        const hours = field(p, "Số giờ của công việc 1")
        verify(name && hours)
        compare(name.text, longName)
        verify(name.width > 2 * hours.width, "the name is the widest column (%1 px)".arg(name.width))
        verify(xOf(hours, p) - (xOf(name, p) + name.width) <= 8, "the name takes the width up to the hours")
        verify(name.lineCount > 1, "the name wraps")
        verify(name.height >= name.contentHeight + name.topPadding + name.bottomPadding - 0.5,
               "every line is shown (%1 < %2)".arg(name.height).arg(name.contentHeight))
        compare(name.positionAt(name.leftPadding + 1, name.topPadding + 1), 0, "its start is at the top left")
        verify(yOf(hours, p) < yOf(name, p) + name.height, "the figures stay on the name's row")

        mouseClick(name)
        verify(name.activeFocus)
        keySequence(StandardKey.MoveToEndOfDocument)
        for (const c of " va anh")
            keyClick(c)
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.NameRole), longName + " va anh", "every keystroke is kept")
        keyClick(Qt.Key_Return)
        verify(hours.activeFocus, "Enter moves on to the hours")
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.NameRole), longName + " va anh", "no line break in the name")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(name.activeFocus, "Shift+Tab comes back to the name")
        keyClick(Qt.Key_Tab)
        verify(hours.activeFocus, "Tab moves on to the hours")
        compare(name.text, longName + " va anh")
        compare(name.positionAt(name.leftPadding + 1, name.topPadding + 1), 0, "out of focus, its start is shown")
    }

    // "So sánh" puts each current task beside its proposed counterpart with the difference of its
    // cost, the removed task marked as such; "Hai bảng" brings the two full sheets back.
    function test_compareViewShowsTasksSideBySide() {
        verify(doc.open(AppSettings.examplesFolder + "/case-dossier-total.cptt.xml"))
        editor.procedureId = "P1"
        const view = createTemporaryObject(worksheetsComponent, test, { document: doc, editor: editor })
        waitForRendering(view)
        const text = (t) => find(view, i => i instanceof Label && i.visible && i.text === t)
        const button = (name) => find(view, i => i instanceof Button && i.visible && i.Accessible.name === name)
        verify(field(view, "Tên công việc 1"), "the two sheets are shown first")
        mouseClick(button("So sánh từng công việc hiện hành với sau đơn giản hoá"))
        tryVerify(() => text("2. Nộp hồ sơ trực tiếp") !== null, 2000, "the removed task's row")
        verify(!field(view, "Tên công việc 1"), "the sheets make room for the comparison")
        const removed = text("2. Nộp hồ sơ trực tiếp")
        const gone = text("(bỏ công việc này)")
        verify(gone, "the removed task says so")
        compare(yOf(gone, view), yOf(removed, view), "beside its current task")
        verify(xOf(gone, view) > xOf(removed, view) + removed.width - 1)
        const prepare = text("150.000 đ → 110.000 đ")
        const saving = text("-40.000 đ")
        verify(prepare && saving, "the first task's cost, before → after, and its difference")
        verify(text("-1.200.000.000 đ"), "the annual cost's difference")
        wait(Qt.styleHints.mouseDoubleClickInterval + 1) // two quick clicks would be one double click
        mouseClick(button("Xem hai bảng tính đầy đủ"))
        tryVerify(() => field(view, "Tên công việc 1") !== null, 2000, "the sheets are back")
        verify(!text("(bỏ công việc này)"))
    }

    // A huge service cost: every keystroke stays in the field, the field says why it is refused,
    // and the task's cost stays inside its column.
    function test_hugeNumbersStayInTheirFields() {
        newProcedure("new")
        sheet.addTask("Nộp hồ sơ")
        compare(sheet.setTaskField(0, TaskField.Services, "999999999999999"), "")
        const p = panel(1000)
        const taskCost = sheet.data(sheet.index(0, 0), WorksheetModel.TaskCostRole)
        verify(taskCost.length > 15, taskCost)
        const cost = find(p, i => i instanceof Label && i.visible && i.text === taskCost)
        verify(cost, "the task's cost")
        verify(cost.contentWidth <= cost.width + 0.5, "the figure fits its column (%1 > %2)".arg(cost.contentWidth).arg(cost.width))
        const details = find(p, i => i instanceof ToolButton && i.visible && i.Accessible.name === "Chi tiết công việc 1")
        verify(xOf(cost, p) + cost.width <= xOf(details, p) + 0.5, "the cost ends before the next control")

        const services = field(p, "Chi phí dịch vụ của công việc 1")
        mouseClick(services)
        keySequence(StandardKey.SelectAll)
        let typed = ""
        for (let i = 0; i < 40; ++i) {
            keyClick(Qt.Key_9)
            typed += "9"
            compare(services.text, typed, "keystroke " + (i + 1) + " is kept")
        }
        const message = sheet.data(sheet.index(0, 0), WorksheetModel.ServicesErrorRole)
        verify(message.length > 0, "the bridge refused the amount")
        verify(services.invalid, "the field is marked")
        keyClick(Qt.Key_Tab)
        compare(services.text, typed, "still as typed after the focus moves on")
        verify(find(p, i => i instanceof Label && i.visible && i.text === message && i.width > 0),
               "the message is under the field")
    }

    function test_summaryFiguresStayInTheirColumns() {
        newProcedure("new")
        sheet.addTask("Nộp hồ sơ")
        compare(sheet.setTaskField(0, TaskField.Services, "999999999999999"), "")
        compare(sheet.setField(WorksheetField.Subjects, "99999999999"), "")
        const table = createTemporaryObject(summaryComponent, test, { document: doc })
        waitForRendering(table)
        const after = find(table, i => i instanceof Label && i.visible && i.text === doc.totalAfter)
        verify(doc.totalAfter.length > 25, doc.totalAfter)
        verify(after, "the draft's total after")
        verify(after.contentWidth <= after.width + 0.5, "the figure fits its column (%1 > %2)".arg(after.contentWidth).arg(after.width))
        const saving = find(table, i => i instanceof Label && i.visible && i.text === doc.totalSaving)
        verify(xOf(after, table) + after.width <= xOf(saving, table) + 0.5, "the total ends before the next column")
    }

    function test_emptiedNameIsMarked() {
        newProcedure("new")
        editor.setField(ProcedureField.Name, "Cấp phép")
        const info = createTemporaryObject(generalComponent, test, { editor: editor })
        waitForRendering(info)
        const name = field(info, "Tên thủ tục hành chính")
        verify(name)
        verify(!name.invalid)
        mouseClick(name)
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_Backspace)
        compare(editor.name, "")
        verify(name.invalid, "the emptied name is marked")
        tryVerify(() => find(info, i => i instanceof Label && i.visible && i.text === editor.nameError && i.width > 0) !== null,
                  1000, "with its message")
        verify(editor.nameError.length > 0)
        keyClick(Qt.Key_A)
        verify(!name.invalid)
        compare(editor.nameError, "")
    }

    function test_kindBadgeHoldsItsText() {
        const row = createTemporaryObject(badgeComponent, test)
        waitForRendering(row)
        const label = find(row.badge, i => i instanceof Label)
        verify(row.badge.width >= label.implicitWidth - 0.5,
               "the pill (%1) is as wide as its text (%2)".arg(row.badge.width).arg(label.implicitWidth))
        verify(label.contentWidth <= row.badge.width, "the text is inside the pill")
    }

    // Typing the answer to a question that asks a reason: its reason field is there from the
    // start, and nothing below moves, so the next click lands where the drafter aimed.
    function test_reasonFieldDoesNotMoveTheForm() {
        newProcedure("new")
        verify(formModel.exists, formModel.notice)
        const key = "necessity.manage"
        const row = formModel.rowOf(key)
        verify(row >= 0)
        verify(formModel.data(formModel.index(row, 0), FormModel.HasReasonRole), "the definition asks a reason")
        const column = createTemporaryObject(questionsComponent, test)
        waitForRendering(column)
        const question = find(column, i => i.key === key && i.rowType === "field")
        const next = find(column, i => i.key === "necessity.rights" && i.rowType === "field")
        verify(question && next)
        const answer = find(question, i => i instanceof TextField && i.visible && i.Accessible.name.indexOf("Lý do") !== 0)
        const reason = find(question, i => i instanceof TextField && i.Accessible.name.indexOf("Lý do") === 0)
        verify(answer, "the answer field")
        verify(reason && reason.visible, "the reason field is shown before any answer")
        const nextTop = yOf(next, column)
        const reasonTop = yOf(reason, column)

        mouseClick(answer)
        keyClick(Qt.Key_A)
        compare(formModel.data(formModel.index(row, 0), FormModel.ValueRole), "a")
        verify(formModel.data(formModel.index(row, 0), FormModel.ReasonRequiredRole))
        waitForRendering(column)
        compare(yOf(reason, column), reasonTop, "the reason field stays in place")
        compare(yOf(next, column), nextTop, "the next question stays in place")

        mouseClick(reason)
        keyClick(Qt.Key_B)
        compare(formModel.data(formModel.index(row, 0), FormModel.ReasonRole), "b", "the click landed in the reason field")
        compare(formModel.data(formModel.index(row, 0), FormModel.ValueRole), "a")
        waitForRendering(column)
        compare(yOf(next, column), nextTop, "giving the reason moves nothing either")
    }
}
