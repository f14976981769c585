pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The draft legal document: title, type, drafting body, stage, contact, dates, calculation year.
SectionBox {
    id: root

    required property DossierDocument document
    readonly property var documentTypes: [
        { id: "luat", label: qsTr("Luật") },
        { id: "nghi-quyet", label: qsTr("Nghị quyết") },
        { id: "nghi-dinh", label: qsTr("Nghị định") },
        { id: "thong-tu", label: qsTr("Thông tư") },
        { id: "quyet-dinh", label: qsTr("Quyết định") }
    ]

    title: qsTr("Dự thảo văn bản")

    LabeledField {
        Layout.fillWidth: true
        label: qsTr("Tên dự thảo")
        value: root.document.title
        multiline: true
        onEdited: (text) => root.document.setDraftField(DraftField.Title, text)
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Loại văn bản"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            ComboBox {
                Layout.fillWidth: true
                Accessible.name: qsTr("Loại văn bản")
                model: root.documentTypes
                textRole: "label"
                valueRole: "id"
                currentIndex: root.documentTypes.findIndex(t => t.id === root.document.documentType)
                displayText: currentIndex < 0 ? (root.document.documentType || qsTr("Chọn…")) : currentText
                onActivated: root.document.setDraftField(DraftField.DocumentType, currentValue)
            }
        }
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Giai đoạn"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            ComboBox {
                Layout.fillWidth: true
                Accessible.name: qsTr("Giai đoạn")
                model: [qsTr("Đề nghị xây dựng"), qsTr("Soạn thảo")]
                currentIndex: root.document.stage === "proposal" ? 0 : 1
                onActivated: (index) => root.document.setDraftField(DraftField.Stage, index === 0 ? "proposal" : "drafting")
            }
        }
        LabeledField {
            Layout.fillWidth: true
            Layout.columnSpan: 2
            label: qsTr("Cơ quan chủ trì soạn thảo")
            value: root.document.draftingBody
            onEdited: (text) => root.document.setDraftField(DraftField.DraftingBody, text)
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Người liên hệ")
            value: root.document.contactName
            onEdited: (text) => root.document.setDraftField(DraftField.ContactName, text)
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Điện thoại")
            value: root.document.contactPhone
            onEdited: (text) => root.document.setDraftField(DraftField.ContactPhone, text)
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Thư điện tử")
            value: root.document.contactEmail
            onEdited: (text) => root.document.setDraftField(DraftField.ContactEmail, text)
        }
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Năm tính chi phí"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            NumberField {
                Layout.fillWidth: true
                accessibleName: qsTr("Năm tính chi phí")
                value: root.document.calculationYear
                errorText: root.document.calculationYearError
                onEdited: (text) => root.document.setDraftField(DraftField.CalculationYear, text)
            }
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Ngày lập (YYYY-MM-DD)")
            value: root.document.createdDate
            onEdited: (text) => root.document.setDraftField(DraftField.CreatedDate, text)
        }
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Ngày sửa (YYYY-MM-DD)")
            value: root.document.modifiedDate
            onEdited: (text) => root.document.setDraftField(DraftField.ModifiedDate, text)
        }
    }
    LabeledField {
        Layout.fillWidth: true
        label: qsTr("Ghi chú")
        value: root.document.notes
        multiline: true
        onEdited: (text) => root.document.setDraftField(DraftField.Notes, text)
    }
}
