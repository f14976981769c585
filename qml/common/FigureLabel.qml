import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cptt

// A money figure in a column of fixed width: a long figure is drawn smaller, then elided, never
// over the next column; the whole figure is in the tooltip.
Label {
    id: root

    property int columnWidth: 150

    Layout.preferredWidth: columnWidth
    Layout.minimumWidth: columnWidth
    Layout.maximumWidth: columnWidth
    horizontalAlignment: Text.AlignRight
    verticalAlignment: Text.AlignVCenter
    fontSizeMode: Text.HorizontalFit
    minimumPointSize: Theme.fontCaption
    elide: Text.ElideRight
    clip: true

    HoverHandler { id: hover }
    ToolTip.visible: hover.hovered && (root.truncated || root.fontInfo.pointSize < root.font.pointSize)
    ToolTip.text: root.text
}
