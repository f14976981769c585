import QtQuick

// The columns of a worksheet table, read by its header and by every row (TableRow) so that they
// line up by construction: a column has a fixed width, or fills a share of the width left.
QtObject {
    id: root

    // One entry a column: {width: px} or {fill: weight, minimum: px}.
    property var specs: []
    property real width: 0
    property real spacing: 4

    readonly property var widths: {
        let fixed = 0
        let weights = 0
        for (const s of specs) {
            fixed += s.fill ? 0 : s.width
            weights += s.fill ? s.fill : 0
        }
        const free = Math.max(0, width - fixed - spacing * Math.max(0, specs.length - 1))
        return specs.map(s => s.fill ? Math.max(s.minimum || 0, Math.floor(free * s.fill / weights)) : s.width)
    }
    readonly property var xs: {
        let x = 0
        const out = []
        for (const w of widths) {
            out.push(x)
            x += w + spacing
        }
        return out
    }
    // What the row needs when the fill columns are at their minimum.
    readonly property real minimumWidth: {
        let sum = spacing * Math.max(0, specs.length - 1)
        for (const s of specs)
            sum += s.fill ? (s.minimum || 0) : s.width
        return sum
    }
}
