import QtQuick

// One row of a worksheet table: its children, in column order, take the x and width of their
// column from `columns`, as the header's do, so a header sits over its fields whatever the
// width. Each cell keeps its own height; the row is as tall as its tallest cell.
Item {
    id: row

    required property TableColumns columns

    implicitWidth: columns ? columns.minimumWidth : 0
    implicitHeight: {
        let h = 0
        for (let i = 0; i < children.length; ++i)
            h = Math.max(h, children[i].implicitHeight)
        return h
    }

    function place() {
        for (let i = 0; i < children.length; ++i) {
            const cell = children[i]
            const column = i
            cell.x = Qt.binding(() => row.columns ? row.columns.xs[column] || 0 : 0)
            cell.width = Qt.binding(() => row.columns ? row.columns.widths[column] || 0 : 0)
        }
    }
    onChildrenChanged: place()
    Component.onCompleted: place()
}
