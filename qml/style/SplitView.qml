pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Cptt

// Panes split by a 1-px line with a wider grip that turns accent when taken.
T.SplitView {
    id: control

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding)

    handle: Item {
        id: grip
        readonly property bool taken: T.SplitHandle.pressed || T.SplitHandle.hovered
        implicitWidth: control.orientation === Qt.Horizontal ? Theme.spaceS : control.width
        implicitHeight: control.orientation === Qt.Horizontal ? control.height : Theme.spaceS
        Rectangle {
            anchors.centerIn: parent
            width: control.orientation === Qt.Horizontal ? (grip.taken ? 3 : 1) : grip.width
            height: control.orientation === Qt.Horizontal ? grip.height : (grip.taken ? 3 : 1)
            color: grip.taken ? Theme.accent : Theme.border
        }
    }
}
