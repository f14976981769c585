import QtQuick
import QtTest
import Cptt

// Answering a gate question closes the later sections with a visible explanation; a component
// toggle of the amended-procedure form removes that component's section; undo reopens them.
TestCase {
    name: "AssessmentForms"

    DossierDocument { id: doc }
    FormModel { id: form; document: doc }

    function rowOf(key) {
        for (let i = 0; i < form.rowCount(); ++i)
            if (form.data(form.index(i, 0), FormModel.KeyRole) === key)
                return i
        return -1
    }
    function shown(key) { return form.data(form.index(rowOf(key), 0), FormModel.VisibleRole) }

    function test_gateClosesLaterSections() {
        doc.newDossier()
        form.procedureId = doc.procedureIdAt(doc.addProcedure("new"))
        verify(form.exists, form.notice)
        verify(!form.verified, "derived forms are marked unverified")
        verify(shown("legality"))
        form.setValue("necessity.conclusion", "no")
        verify(!shown("legality"))
        compare(form.data(form.index(rowOf("legality"), 0), FormModel.ClosureRole), "gate")
        verify(form.gateMessage.length > 0)
        doc.undo()
        verify(shown("legality"))
        compare(form.gateMessage, "")
    }

    function test_componentToggle() {
        form.procedureId = doc.procedureIdAt(doc.addProcedure("amended"))
        compare(form.formCode, "03/ĐGTĐ-QĐCT/SĐBS")
        form.setValue("components.subjects", "no")
        verify(!shown("subjects"))
        compare(form.data(form.index(rowOf("subjects"), 0), FormModel.ClosureRole), "toggle")
        form.setValue("components.subjects", "yes")
        verify(shown("subjects"))
    }

    function role(key, r) { return form.data(form.index(rowOf(key), 0), r) }

    // A table question: add rows, fill cells of each type, a bad number is kept and explained,
    // remove a row, and undo brings it back.
    function test_tableRows() {
        doc.newDossier()
        form.procedureId = doc.procedureIdAt(doc.addProcedure("new"))
        const key = "documents.list"
        verify(rowOf(key) >= 0, "the documents table is on form 02")
        compare(role(key, FormModel.FieldTypeRole), "table")
        const columns = role(key, FormModel.ColumnsRole)
        compare(columns.map(c => c.id).join(" "), "name copy-type sets why held-by-state")
        verify(!role(key, FormModel.AnsweredRole))

        compare(form.addRow(key), 0)
        compare(form.addRow(key), 1)
        compare(role(key, FormModel.RowsRole).length, 2)
        compare(form.setCell(key, 0, "name", "Tờ khai"), "")
        form.setCell(key, 0, "copy-type", "original")
        form.setCell(key, 0, "sets", "1.000")
        form.setCell(key, 0, "why", "Thông tin người đề nghị")
        form.setCell(key, 0, "held-by-state", "no")
        let rows = role(key, FormModel.RowsRole)
        compare(rows[0]["sets"], "1.000", "shown Vietnamese style")
        compare(rows[0]["copy-type"], "original")
        verify(role(key, FormModel.InvalidRole), "row 2 is still empty")
        verify(role(key, FormModel.MessagesRole).indexOf("dòng 2") >= 0, role(key, FormModel.MessagesRole))

        compare(form.removeRow(key, 1), "")
        verify(role(key, FormModel.AnsweredRole), "one complete row answers the question")
        compare(role(key, FormModel.MessagesRole), "")

        form.setCell(key, 0, "sets", "một")
        verify(role(key, FormModel.InvalidRole))
        compare(role(key, FormModel.RowsRole)[0]["sets"], "một", "kept as typed")
        doc.undo()
        compare(role(key, FormModel.RowsRole)[0]["sets"], "1.000")
        doc.undo()
        compare(role(key, FormModel.RowsRole).length, 2, "undo brings the removed row back")
        compare(form.removeRow(key, 5).length > 0, true, "a row that does not exist is refused")
    }
}
