import QtQuick
import QtQuick.Controls
import QtTest
import Cptt

// The real window: open an example, go to the worksheet, type an hour value into the first task
// and see the totals on screen change; undo with the keyboard; the summary lists the procedures.
TestCase {
    id: test
    name: "Screens"
    when: windowShown

    property var window: null

    function findChild(item, predicate) {
        if (!item)
            return null
        if (predicate(item))
            return item
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findChild(kids[i], predicate)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const inContent = findChild(item.contentItem, predicate)
            if (inContent)
                return inContent
        }
        return null
    }

    function visibleText(root, text) {
        return findChild(root, i => i.visible && i.text === text && i.width > 0) !== null
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/qt/qml/Cptt/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        window = component.createObject(null)
        verify(window)
        window.width = 1360
        window.height = 860
    }

    function cleanupTestCase() {
        window.closingConfirmed = true
        window.destroy()
    }

    function test_1_openExampleAndEditHours() {
        verify(window.openFile(AppSettings.examplesFolder + "/case-dossier-total.cptt.xml"))
        compare(window.screen, "dossier")
        window.showScreen("worksheet")
        waitForRendering(window.contentItem)
        verify(visibleText(window.contentItem, "3.750.000.000 đ"), "current annual cost of P1 is shown")
        const field = findChild(window.contentItem, i => i.visible && i.Accessible.name === "Số giờ của công việc 1"
                                && i instanceof TextField)
        verify(field, "the hours field of the first task")
        compare(field.text, "4")
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_5)
        // 5 h instead of 4 h at 25.000 đ: the task costs 25.000 đ more, ×10.000 subjects a year.
        tryVerify(() => visibleText(window.contentItem, "4.000.000.000 đ"), 2000, "annual cost follows the typing")
        keyClick(Qt.Key_Tab)
        keySequence(StandardKey.Undo)
        tryVerify(() => visibleText(window.contentItem, "3.750.000.000 đ"), 2000, "undo restores it")
    }

    function test_2_summaryShowsEveryProcedure() {
        window.showScreen("summary")
        waitForRendering(window.contentItem)
        verify(visibleText(window.contentItem, "Cấp giấy phép hoạt động"))
        verify(visibleText(window.contentItem, "Tổng cộng"))
    }

    // The documents table of form 02 on screen: add a row with the button, type its cells, and the
    // answer is in the dossier; Ctrl+Z takes the row back.
    function test_3_tableRowsOnScreen() {
        verify(window.openFile(AppSettings.examplesFolder + "/forms/tt03-2022-02-complete.cptt.xml"))
        window.openProcedure(window.procedureId, "form")
        const list = findChild(window.contentItem, i => i instanceof ListView && i.model instanceof FormModel)
        verify(list, "the form's question list")
        const form = list.model
        list.positionViewAtIndex(form.rowOf("documents.list"), ListView.Beginning)
        waitForRendering(window.contentItem)
        const rows = () => form.data(form.index(form.rowOf("documents.list"), 0), FormModel.RowsRole)
        compare(rows().length, 3)
        const add = findChild(list, i => i.visible && i.Accessible.name === "Thêm dòng vào câu a")
        verify(add, "the add-row button")
        mouseClick(add)
        compare(rows().length, 4)
        verify(!form.data(form.index(form.rowOf("documents.list"), 0), FormModel.AnsweredRole), "an empty row is not an answer")
        const name = findChild(list, i => i.visible && i.Accessible.name === "Câu a, dòng 4, Tên giấy tờ"
                               && i instanceof TextField)
        verify(name, "the new row's name cell")
        name.forceActiveFocus()
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_B)
        compare(rows()[3]["name"], "ab")
        keyClick(Qt.Key_Tab)
        keySequence(StandardKey.Undo)
        compare(rows()[3]["name"], undefined, "the typing is one undo step")
        keySequence(StandardKey.Undo)
        compare(rows().length, 3, "then the added row")
        window.closingConfirmed = true
    }

    // A checklist item of the summary opens the exact place: the form's first open question is
    // shown and marked; a task without a name gets the cursor in its name field.
    function test_4_checklistOpensTheExactPlace() {
        verify(window.openFile(AppSettings.examplesFolder + "/case-dossier-total.cptt.xml"))
        window.showScreen("summary")
        const checklist = window.contentItem
        tryVerify(() => findChild(checklist, i => i.visible && i.place === "form" && i.procedureId === "P1") !== null,
                  2000, "P1's form is on the checklist")
        waitForRendering(window.contentItem) // the list settles before it is clicked
        const item = findChild(checklist, i => i.visible && i.place === "form" && i.procedureId === "P1")
        const target = item.target
        verify(target.length > 0, "it names the question")
        mouseClick(item)
        compare(window.screen, "procedure")
        compare(window.procedureId, "P1")
        tryVerify(() => findChild(window.contentItem, i => i.visible && i.highlighted === true && i.key === target) !== null,
                  2000, "the question " + target + " is shown and marked")

        window.openProcedure("P1", "general", "")
        const p1 = window.procedureId
        window.openProcedure(p1, "current", "2")
        tryVerify(() => {
            const f = findChild(window.contentItem, i => i.activeFocus && (i instanceof TextField || i instanceof TextArea))
            return f !== null && f.Accessible.name === "Tên công việc 2"
        }, 2000, "the cursor is in task 2's name")
        window.openProcedure(p1, "general", "articles")
        tryVerify(() => {
            const f = findChild(window.contentItem, i => i.activeFocus && i instanceof TextArea)
            return f !== null && f.Accessible.name.indexOf("Điều, khoản") === 0
        }, 2000, "the cursor is in the articles")
    }
}
