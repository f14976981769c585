import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The procedure's "Tóm tắt kết quả đánh giá" as the draft's summary document (Mẫu 01/ĐGTĐ-BC)
// will print it: composed by the core from the assessment answers, editable here before export;
// the drafter's text is kept in the dossier and printed instead. Hidden where the dossier's forms
// have no such summary.
SectionBox {
    id: root

    required property DossierDocument document
    required property string procedureId
    property var summary: ({})
    property string errorText: ""
    function refresh() { summary = document.assessmentSummary(procedureId) }

    visible: summary.available === true
    title: qsTr("Tóm tắt kết quả đánh giá (in vào Mẫu 01/ĐGTĐ-BC)")
    subtitle: summary.edited
        ? qsTr("Văn bản bạn đã sửa: được in thay cho bản lập từ câu trả lời và không tự cập nhật khi câu trả lời thay đổi.")
        : qsTr("Lập từ câu trả lời của biểu %1 (kết luận và lý do từng phần); có thể sửa trước khi xuất, bản sửa được lưu trong hồ sơ.").arg(summary.source || "")

    Component.onCompleted: refresh()
    onProcedureIdChanged: refresh()
    Connections {
        target: root.document
        function onAnswersChanged() { root.refresh() }
        function onResetDone() { root.refresh() }
    }

    LabeledField {
        Layout.fillWidth: true
        multiline: true
        userData: true // the text printed in the Vietnamese form, composed from the answers
        label: qsTr("Nội dung sẽ in")
        value: root.summary.text || ""
        placeholder: qsTr("Chưa có câu trả lời: văn bản in dòng chấm để điền tay.")
        errorText: root.errorText
        onEdited: (text) => root.errorText = root.document.setAssessmentSummary(root.procedureId, text)
    }
    Button {
        visible: root.summary.edited === true
        text: qsTr("Lập lại từ câu trả lời")
        Accessible.name: text
        onClicked: root.errorText = root.document.setAssessmentSummary(root.procedureId, "")
    }
}
