import QtQuick
import QtTest
import Cptt

// The start page lists the worked examples: each row as wide as its panel and tall enough to
// read (under the app's style the rows were once 0 px wide, and a Column skips such rows: the
// list showed empty, and nothing was "cut" for the layout test to find).
Item {
    width: 1280; height: 760
    DossierDocument { id: doc }
    StartPage { id: page; anchors.fill: parent; document: doc }

    function rows(item, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.filePath !== undefined && child.filePath.endsWith(".cptt.xml"))
                out.push(child)
            rows(child, out)
        }
        return out
    }

    TestCase {
        name: "StartPage"
        when: windowShown
        function test_examplesAreListed() {
            verify(AppSettings.examples.count > 0, "the examples folder was found")
            let found = []
            tryVerify(() => (found = rows(page, [])).length >= AppSettings.examples.count, 2000,
                      "rows found: " + rows(page, []).length)
            for (const row of found) {
                verify(row.visible)
                verify(row.width > 200, "a row " + row.width + " px wide")
                verify(row.height >= 32, "a row " + row.height + " px high")
                const p = row.mapToItem(page, 0, 0)
                verify(p.y + row.height <= page.height, "the row is on the page")
            }
        }
    }
}
