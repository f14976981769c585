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
}
