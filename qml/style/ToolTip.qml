import QtQuick
import QtQuick.Templates as T
import Cptt

// Dark, small and short-lived in feel: white text on the text colour, above its item.
T.ToolTip {
    id: control

    x: parent ? (parent.width - implicitWidth) / 2 : 0
    y: -implicitHeight - Theme.spaceXS

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            contentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)

    margins: Theme.spaceS
    horizontalPadding: Theme.spaceS
    verticalPadding: Theme.spaceXS
    font.pointSize: Theme.fontCaption + 0.5
    // A long message wraps at a readable width instead of crossing the window.
    contentWidth: Math.min(contentItem.implicitWidth, 480)

    closePolicy: T.Popup.CloseOnEscape | T.Popup.CloseOnPressOutsideParent | T.Popup.CloseOnReleaseOutsideParent

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.Wrap
        color: Theme.tooltipText
    }

    background: Rectangle {
        color: Theme.tooltip
        radius: Theme.radius
    }
}
