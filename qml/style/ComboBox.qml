import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A choice: framed like a field, a chevron on the right, its list in a white popup.
T.ComboBox {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding)

    padding: Theme.spaceS - 2
    leftPadding: padding + (!control.mirrored || !indicator || !indicator.visible ? 0 : indicator.width + spacing)
    rightPadding: padding + (control.mirrored || !indicator || !indicator.visible ? 0 : indicator.width + spacing)
    spacing: Theme.spaceS
    hoverEnabled: true

    // Qt 6.4's own delegate (its Basic style's): it reads the model's context properties
    // (modelData, model, index), which not every model of the app could give as required
    // properties; without ComponentBehavior: Bound, Qt 6.4's qmllint takes the control's id in
    // it for an unqualified name.
    // qmllint disable unqualified
    delegate: ItemDelegate {
        width: ListView.view.width
        text: control.textRole ? (Array.isArray(control.model) ? modelData[control.textRole] : model[control.textRole]) : modelData
        font.weight: control.currentIndex === index ? Font.DemiBold : Font.Normal
        highlighted: control.highlightedIndex === index
        hoverEnabled: control.hoverEnabled
    }
    // qmllint enable unqualified

    indicator: ColorImage {
        x: control.mirrored ? control.padding + Theme.spaceXS : control.width - width - control.padding - Theme.spaceXS
        y: control.topPadding + (control.availableHeight - height) / 2
        width: Theme.iconSize
        height: Theme.iconSize
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: control.enabled ? Theme.mutedText : Theme.disabledText
        source: "qrc:/qt/qml/Cptt/icons/chevron-down.svg"
    }

    contentItem: T.TextField {
        leftPadding: !control.mirrored ? Theme.spaceS - control.padding + 2 : 1
        rightPadding: control.mirrored ? Theme.spaceS - control.padding + 2 : 1
        topPadding: 0
        bottomPadding: 0

        text: control.editable ? control.editText : control.displayText

        enabled: control.editable
        autoScroll: control.editable
        readOnly: control.down
        inputMethodHints: control.inputMethodHints
        validator: control.validator
        selectByMouse: control.selectTextByMouse

        font: control.font
        color: control.enabled ? Theme.text : Theme.disabledText
        selectionColor: Theme.accent
        selectedTextColor: Theme.inverseText
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        implicitWidth: 140
        implicitHeight: Theme.fieldHeight
        radius: Theme.radius
        color: !control.enabled ? Theme.window
             : control.down ? Theme.pressed
             : control.hovered ? Theme.hover : Theme.surface
        border.width: control.visualFocus || (control.editable && control.activeFocus) ? Theme.focusWidth : 1
        border.color: control.visualFocus || (control.editable && control.activeFocus) ? Theme.focusRing
                    : control.enabled ? Theme.controlBorder : Theme.border
    }

    popup: T.Popup {
        y: control.height + 2
        width: control.width
        height: Math.min(contentItem.implicitHeight + topPadding + bottomPadding,
                         control.Window.height - topMargin - bottomMargin)
        topMargin: Theme.spaceS
        bottomMargin: Theme.spaceS
        padding: 1

        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            // Qt 6.4 does not declare the type of delegateModel (QQmlInstanceModel) to qmllint.
            model: control.delegateModel // qmllint disable type
            currentIndex: control.highlightedIndex
            highlightMoveDuration: 0
            T.ScrollBar.vertical: ScrollBar {}
        }

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
    }
}
