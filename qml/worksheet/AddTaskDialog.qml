pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Cptt

// Adds a task from the activity catalogue (default durations by complexity, editable afterwards)
// or from the official time norms (travel: level × area × trips; forms: pages × area). Sized to
// its content, never larger than the window (the catalogue scrolls). Keys: Escape cancels, Enter
// adds (the chosen activity; the norm task when its figures are valid), focus starts on the
// first field and Tab follows the reading order.
Dialog {
    id: root

    required property WorksheetModel sheet
    property string mode: "catalogue" // catalogue | norm
    readonly property bool canConfirm: mode === "catalogue" ? catalogue.canAdd : norm.canAdd
    readonly property real margin: Theme.padding * 2

    function openFor(which) {
        mode = which
        catalogue.reset()
        norm.reset()
        open()
    }
    function confirm() {
        if (!canConfirm)
            return
        if (mode === "catalogue")
            catalogue.addCurrent()
        else
            accept()
    }
    function focusFirst() {
        if (mode === "catalogue")
            catalogue.focusFirst()
        else
            norm.focusFirst()
    }

    title: mode === "catalogue" ? qsTr("Thêm công việc từ danh mục") : qsTr("Thêm công việc theo định mức chính thức")
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: Math.min(implicitWidth, Overlay.overlay ? Overlay.overlay.width - margin : implicitWidth)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - margin : implicitHeight)
    onOpened: focusFirst()
    onAccepted: if (mode === "norm") norm.add()
    // A catalogue activity counted by a norm opens the norm's form in place.
    // Qt 6.4's qmllint takes Qt.callLater for a property (QJSValue), not a method.
    onModeChanged: if (opened) Qt.callLater(focusFirst) // qmllint disable type

    // A width for names to wrap in, not the widest line; the height follows the content.
    contentWidth: mode === "catalogue" ? 600 : 480
    // Made with the dialog, not deferred: the functions above reach the two forms by id.
    contentItem: forms
    readonly property FocusScope forms: FocusScope {
        implicitHeight: root.mode === "catalogue" ? catalogue.implicitHeight : norm.implicitHeight
        Keys.onReturnPressed: root.confirm()
        Keys.onEnterPressed: root.confirm()

        CatalogueList {
            id: catalogue
            anchors.fill: parent
            visible: root.mode === "catalogue"
            sheet: root.sheet
            onAdded: root.close()
            onNormChosen: (kind) => {
                root.mode = "norm"
                norm.choose(kind)
            }
        }
        NormForm {
            id: norm
            anchors.fill: parent
            visible: root.mode === "norm"
            sheet: root.sheet
        }
    }

    footer: DialogButtonBox {
        Button {
            visible: root.mode === "norm"
            enabled: root.canConfirm
            text: qsTr("Thêm công việc")
            highlighted: true
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole // qmllint disable type
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Button {
            text: qsTr("Huỷ")
            // Qt 6.4's qmllint does not see DialogButtonBox's role enums (QPlatformDialogHelper's).
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
