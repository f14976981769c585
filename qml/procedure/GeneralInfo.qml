pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The procedure's general information: name, code, field, kind, handling level, subjects,
// the articles of the draft that set it, and the simplification (or the reason to abolish).
SectionBox {
    id: root

    required property ProcedureEditor editor
    // The ids each choice offers, in the core's order; their labels are the core's too.
    readonly property var kinds: Labels.choices["kind"] // qmllint disable type
    readonly property var levels: Labels.choices["level"] // qmllint disable type
    readonly property var subjectTypes: Labels.choices["subjectType"] // qmllint disable type

    title: qsTr("Thông tin chung")

    // Puts the cursor in a field named by the checklist: name | articles | simplification.
    function focusField(name) {
        const field = { name: nameField, articles: articlesField, simplification: simplificationField }[name]
        if (field)
            field.focusInput()
        return field || null
    }

    LabeledField {
        id: nameField
        Layout.fillWidth: true
        label: qsTr("Tên thủ tục hành chính")
        value: root.editor.name
        errorText: root.editor.nameError
        onEdited: (text) => root.editor.setField(ProcedureField.Name, text)
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacing
        LabeledField {
            Layout.fillWidth: true
            label: qsTr("Mã trên Cơ sở dữ liệu quốc gia")
            value: root.editor.code
            onEdited: (text) => root.editor.setField(ProcedureField.Code, text)
        }
        LabeledField {
            Layout.fillWidth: true
            Layout.columnSpan: 2
            label: qsTr("Lĩnh vực")
            value: root.editor.field
            onEdited: (text) => root.editor.setField(ProcedureField.Sector, text)
        }
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Loại thủ tục"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            ComboBox {
                Layout.fillWidth: true
                Accessible.name: qsTr("Loại thủ tục")
                model: root.kinds.map(kind => Labels.kind[kind])
                currentIndex: root.kinds.indexOf(root.editor.kind)
                onActivated: (index) => root.editor.setField(ProcedureField.Kind, root.kinds[index])
            }
        }
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Cấp giải quyết"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            ComboBox {
                Layout.fillWidth: true
                Accessible.name: qsTr("Cấp giải quyết")
                model: root.levels.map(level => Labels.level[level])
                currentIndex: root.levels.indexOf(root.editor.level)
                onActivated: (index) => root.editor.setField(ProcedureField.Level, root.levels[index])
            }
        }
        ColumnLayout {
            spacing: 2
            Label { text: qsTr("Đối tượng thực hiện"); color: Theme.mutedText; font.pointSize: Theme.smallSize }
            ComboBox {
                Layout.fillWidth: true
                Accessible.name: qsTr("Đối tượng thực hiện")
                model: root.subjectTypes.map(type => Labels.subjectType[type])
                currentIndex: root.subjectTypes.indexOf(root.editor.subjectType)
                onActivated: (index) => root.editor.setField(ProcedureField.SubjectType, root.subjectTypes[index])
            }
        }
    }
    LabeledField {
        id: articlesField
        Layout.fillWidth: true
        label: qsTr("Điều, khoản của dự thảo quy định thủ tục (mỗi dòng một căn cứ)")
        value: root.editor.articles
        multiline: true
        onEdited: (text) => root.editor.setField(ProcedureField.Articles, text)
    }
    LabeledField {
        id: simplificationField
        Layout.fillWidth: true
        visible: root.editor.kind !== "new"
        label: root.editor.kind === "abolished" ? qsTr("Lý do bãi bỏ")
                                                : qsTr("Nội dung đơn giản hoá và lý do")
        value: root.editor.simplification
        multiline: true
        onEdited: (text) => root.editor.setField(ProcedureField.Simplification, text)
    }
    Label {
        Layout.fillWidth: true
        visible: root.editor.error.length > 0
        text: root.editor.error
        color: Theme.error
        wrapMode: Text.Wrap
    }
}
