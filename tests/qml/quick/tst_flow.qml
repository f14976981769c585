import QtQuick
import QtTest
import Cptt

// The drafter's main flow through the QML-facing API: create a dossier, add a procedure of each
// kind, add an activity from the catalogue, edit its hours and watch the row, procedure and draft
// totals change, undo, save and reopen with nothing lost.
TestCase {
    id: test
    name: "DrafterFlow"

    DossierDocument { id: doc }
    DossierDocument { id: reopened }
    WorksheetModel { id: sheet; document: doc; variant: "proposed" }
    ProcedureEditor { id: editor; document: doc }
    SignalSpy { id: totals; target: doc; signalName: "totalsChanged" }

    function catalogueRow(id) {
        const m = ReferenceLibrary.catalogue
        for (let i = 0; i < m.rowCount(); ++i)
            if (m.data(m.index(i, 0), CatalogueModel.ActivityIdRole) === id)
                return i
        return -1
    }

    function test_1_createAndAddEveryKind() {
        doc.newDossier()
        verify(doc.isOpen)
        compare(doc.procedureCount, 0)
        compare(doc.rates.rowCount(), 1, "a new dossier starts with the legal rate")
        // The figures below are of the 2023 statistic, whatever year the clock says.
        compare(doc.setRateField(0, RateField.GdpPerCapita, "101900000"), "")
        compare(doc.addProcedure("new"), 0)
        compare(doc.addProcedure("amended"), 1)
        compare(doc.addProcedure("detailed"), 2)
        compare(doc.addProcedure("abolished"), 3)
        compare(doc.procedureCount, 4)
        compare(doc.procedures.data(doc.procedures.index(3, 0), ProcedureListModel.KindRole), "abolished")
        editor.procedureId = doc.procedureIdAt(1)
        verify(editor.hasCurrent && editor.hasProposed)
        editor.procedureId = doc.procedureIdAt(3)
        verify(editor.hasCurrent && !editor.hasProposed)
    }

    function test_2_catalogueActivityHoursAndUndo() {
        sheet.procedureId = doc.procedureIdAt(0)
        verify(sheet.exists)
        compare(sheet.count, 0)
        const row = catalogueRow("familiarise")
        verify(row >= 0, "the catalogue has the familiarise activity")
        const m = ReferenceLibrary.catalogue
        const hours = m.data(m.index(row, 0), CatalogueModel.ComplexCanonicalRole)
        compare(sheet.addCatalogueTask("Tìm hiểu quy định", "familiarise", "complex", hours), 0)
        compare(sheet.count, 1)
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.ComplexityRole), "complex")
        compare(sheet.setField(WorksheetField.Subjects, "1000"), "")
        // 1 h × 48.248 đ × 1 × 1.000 subjects
        compare(sheet.annual, "48.248.000 đ")
        compare(doc.totalAfter, "48.248.000 đ")

        totals.clear()
        compare(sheet.setTaskField(0, TaskField.Hours, "2,5"), "")
        verify(totals.count > 0)
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.TimeCostRole), "120.620 đ")
        compare(sheet.annual, "120.620.000 đ")
        compare(doc.procedures.data(doc.procedures.index(0, 0), ProcedureListModel.AfterRole), "120.620.000 đ")
        compare(doc.totalAfter, "120.620.000 đ")
        compare(doc.addedByNew, "120.620.000 đ")

        verify(doc.canUndo)
        doc.undo()
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.HoursRole), "1")
        compare(doc.totalAfter, "48.248.000 đ")
        doc.redo()
        compare(doc.totalAfter, "120.620.000 đ")
    }

    function test_3_invalidTextStaysVisible() {
        const message = sheet.setTaskField(0, TaskField.Hours, "hai giờ")
        verify(message.length > 0)
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.HoursRole), "hai giờ")
        compare(sheet.data(sheet.index(0, 0), WorksheetModel.HoursErrorRole), message)
        compare(doc.invalidEntryCount, 1)
        compare(doc.totalAfter, "120.620.000 đ")
        compare(sheet.setTaskField(0, TaskField.Hours, "2,5"), "")
        compare(doc.invalidEntryCount, 0)
    }

    function test_4_saveAndReopen() {
        doc.setDraftField(DraftField.Title, "Nghị định thử nghiệm")
        editor.procedureId = doc.procedureIdAt(0)
        editor.setField(ProcedureField.Name, "Đăng ký hoạt động")
        editor.setField(ProcedureField.Articles, "Điều 3\nĐiều 4, khoản 1")
        const path = AppSettings.lastFolder + "/flow.cptt.xml"
        // Unnamed procedures do not stop a save (nothing typed is lost); they are listed as
        // problems until named.
        verify(doc.saveAs(path), doc.errorString)
        verify(!doc.modified)
        for (let i = 1; i < 4; ++i)
            doc.setProcedureField(doc.procedureIdAt(i), ProcedureField.Name, "Thủ tục " + (i + 1))
        verify(doc.modified)
        verify(doc.saveAs(path), doc.errorString)
        verify(!doc.modified)
        verify(reopened.open(path), reopened.errorString)
        compare(reopened.title, "Nghị định thử nghiệm")
        compare(reopened.procedureCount, 4)
        compare(reopened.totalAfter, doc.totalAfter)
        compare(reopened.procedures.data(reopened.procedures.index(0, 0), ProcedureListModel.NameRole), "Đăng ký hoạt động")
        const again = Qt.createQmlObject('import Cptt; ProcedureEditor {}', test)
        again.document = reopened
        again.procedureId = reopened.procedureIdAt(0)
        compare(again.articles, "Điều 3\nĐiều 4, khoản 1")
        again.destroy()
    }
}
