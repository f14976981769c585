pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// The activity catalogue in the add-task dialog: the complexity, then each activity with its
// default duration in words ("5 phút", from the core). Names wrap, whole. Keys: Tab from the
// complexity to the list, Up / Down choose an activity, Enter adds it (the dialog's confirm).
ColumnLayout {
    id: root

    required property WorksheetModel sheet
    property string complexity: "medium"
    readonly property bool canAdd: list.currentIndex >= 0
    signal added()
    // The activity is counted by an official norm (travel | form-filling): the dialog switches.
    signal normChosen(string kind)

    function reset() {
        list.currentIndex = -1
        list.positionViewAtBeginning()
    }
    function focusFirst() {
        (complexity === "simple" ? simple : complexity === "complex" ? complex : medium).forceActiveFocus()
    }
    // The current row answers (the rows are the ones that know their activity).
    signal addCurrentRequested()
    function addCurrent() {
        addCurrentRequested()
    }

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        // Wraps at the list's width instead of widening the dialog to one long line.
        Layout.preferredWidth: list.Layout.preferredWidth
        text: ReferenceLibrary.catalogueNotice
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.warning
        font.pointSize: Theme.smallSize
    }
    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Mức độ:") }
        RadioButton {
            id: simple
            text: qsTr("Đơn giản")
            Accessible.name: qsTr("Mức độ đơn giản")
            checked: root.complexity === "simple"
            onClicked: root.complexity = "simple"
            KeyNavigation.right: medium
        }
        RadioButton {
            id: medium
            text: qsTr("Trung bình")
            Accessible.name: qsTr("Mức độ trung bình")
            checked: root.complexity === "medium"
            onClicked: root.complexity = "medium"
            KeyNavigation.left: simple
            KeyNavigation.right: complex
        }
        RadioButton {
            id: complex
            text: qsTr("Phức tạp")
            Accessible.name: qsTr("Mức độ phức tạp")
            checked: root.complexity === "complex"
            onClicked: root.complexity = "complex"
            KeyNavigation.left: medium
        }
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 600
        implicitHeight: contentHeight
        clip: true
        model: ReferenceLibrary.catalogue
        activeFocusOnTab: true
        keyNavigationEnabled: true
        currentIndex: -1
        boundsBehavior: Flickable.StopAtBounds
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Danh mục công việc")
        ScrollBar.vertical: ScrollBar {}
        // Arriving by Tab with nothing chosen yet: the first activity is.
        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
        delegate: ItemDelegate {
            id: item
            required property int index
            required property string activityId
            required property string name
            required property string displayName
            required property string normKind
            required property string simpleDuration
            required property string mediumDuration
            required property string complexDuration
            required property string simpleCanonical
            required property string mediumCanonical
            required property string complexCanonical
            readonly property string duration: normKind !== "none"
                ? qsTr("theo định mức chính thức")
                : root.complexity === "simple" ? simpleDuration : root.complexity === "complex" ? complexDuration : mediumDuration

            function choose() {
                if (normKind !== "none") {
                    root.normChosen(normKind)
                    return
                }
                root.sheet.addCatalogueTask(name, activityId, root.complexity,
                    root.complexity === "simple" ? simpleCanonical : root.complexity === "complex" ? complexCanonical : mediumCanonical)
                root.added()
            }

            width: ListView.view.width
            // The list takes the keys; a row is chosen by the mouse or by Up / Down.
            focusPolicy: Qt.NoFocus
            highlighted: ListView.isCurrentItem
            // Not drawn (the content below is), but read: the activity and its duration.
            text: "%1: %2".arg(displayName).arg(duration)
            Accessible.name: text
            onClicked: choose()
            Connections {
                target: root
                enabled: item.ListView.isCurrentItem
                function onAddCurrentRequested() { item.choose() }
            }
            contentItem: RowLayout {
                spacing: Theme.spacing * 2
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: item.displayName
                        wrapMode: Text.Wrap
                    }
                    // In English the task takes the Vietnamese name (the document's language).
                    Label {
                        Layout.fillWidth: true
                        visible: item.displayName !== item.name
                        text: item.name
                        wrapMode: Text.Wrap
                        color: Theme.mutedText
                        font.pointSize: Theme.smallSize
                    }
                }
                Label {
                    Layout.alignment: Qt.AlignVCenter
                    text: item.duration
                    color: item.normKind !== "none" ? Theme.mutedText : Theme.text
                    font.bold: item.normKind === "none"
                }
            }
            background: Rectangle {
                color: item.highlighted ? Theme.accentSoft : item.hovered ? Theme.window : "transparent"
                border.color: item.highlighted && list.activeFocus ? Theme.accent : "transparent"
                radius: Theme.radius
            }
        }
    }
}
