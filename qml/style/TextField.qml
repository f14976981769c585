import QtQuick
import QtQuick.Controls.impl
import QtQuick.Templates as T
import Cptt

// A one-line field: a white box with a grey frame; with focus the frame is 2 px of accent.
T.TextField {
    id: control

    implicitWidth: implicitBackgroundWidth + leftInset + rightInset
                   || Math.max(contentWidth, placeholder.implicitWidth) + leftPadding + rightPadding
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding,
                             placeholder.implicitHeight + topPadding + bottomPadding)

    padding: Theme.spaceS - 2
    leftPadding: Theme.spaceS
    rightPadding: Theme.spaceS
    hoverEnabled: true
    color: enabled ? Theme.text : Theme.disabledText
    selectionColor: Theme.accent
    selectedTextColor: Theme.inverseText
    placeholderTextColor: Theme.mutedText
    verticalAlignment: TextInput.AlignVCenter

    PlaceholderText {
        id: placeholder
        x: control.leftPadding
        y: control.topPadding
        width: control.width - (control.leftPadding + control.rightPadding)
        height: control.height - (control.topPadding + control.bottomPadding)
        text: control.placeholderText
        font: control.font
        color: control.placeholderTextColor
        verticalAlignment: control.verticalAlignment
        horizontalAlignment: control.horizontalAlignment
        visible: !control.length && !control.preeditText && (!control.activeFocus || control.horizontalAlignment !== Qt.AlignHCenter)
        elide: Text.ElideRight
        renderType: control.renderType
    }

    background: FieldFrame {
        implicitWidth: 160
        implicitHeight: Theme.fieldHeight
        field: control
        readOnly: control.readOnly
        hovered: control.hovered
    }
}
