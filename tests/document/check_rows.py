#!/usr/bin/env python3
"""Table rows in the PDF of `cptt document`: never split between two pages.

usage: check_rows.py CPTT GENERATOR FORMS_DIR

GENERATOR is scripts/generate-dossier.py: a dossier with many tasks (4 procedures, 200 tasks,
seed 3; its worksheets run over many pages, and without the page rule 5 of its rows were split
between two pages). In the text of the PDF laid out as printed (pdftotext -layout), on every page:
- a task row (its number in the first column, its figures at the end) comes after the table's
  header on that page: a table that continues on a page starts it with the repeated header;
- the line after a header is the first line of a row (its number) or of the total row, never
  the rest of a row begun on the page before.
Every task row is printed once.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "{urn:cptt}"
HEADER_END = "= (6) + (7)"  # the last line of the task table's header
ROW_START = re.compile(r"^\s{0,6}\d+\s{2,}\S")
FIGURES_AT_END = re.compile(r"\d{1,3}(?:\.\d{3})+\s*$")


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    cptt, generator, forms_dir = sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="cptt-rows-") as tmp:
        work = Path(tmp)
        dossier, pdf = work / "big.cptt.xml", work / "big.pdf"
        r = subprocess.run([sys.executable, generator, "--procedures", "4", "--activities", "200",
                            "--seed", "3", "-o", str(dossier)], capture_output=True, text=True)
        if r.returncode != 0:
            fail("generate-dossier.py: " + r.stderr)
        tasks = len(list(ET.parse(dossier).getroot().iter(NS + "task")))
        r = subprocess.run([cptt, "document", str(dossier), "-o", str(pdf), "--forms-dir",
                            forms_dir], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"cptt document exited {r.returncode}: {r.stderr}")
        r = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail("pdftotext: " + r.stderr)
        rows, continued = 0, 0
        for number, page in enumerate(r.stdout.split("\f"), 1):
            lines = [line for line in page.split("\n") if line.strip()]
            header_seen = False
            for i, line in enumerate(lines):
                if HEADER_END in line:
                    header_seen = True
                    after = lines[i + 1] if i + 1 < len(lines) else ""
                    if not (ROW_START.match(after) or "Tổng chi phí" in after):
                        fail(f"page {number}: the header is followed by the rest of a row split "
                             f"over the page break: {after.strip()!r}")
                    if i + 1 < len(lines) and i < 12:
                        continued += 1  # a header at the top of the page
                elif ROW_START.match(line) and FIGURES_AT_END.search(line):
                    rows += 1
                    if not header_seen:
                        fail(f"page {number}: a table row before the table's header on the page: "
                             f"{line.strip()!r}")
        if rows != tasks:
            fail(f"{rows} task rows printed, the dossier has {tasks} tasks")
        if continued == 0:
            fail("no table continued on a following page: the check saw no page break in a table")
        print(f"ok: {rows} task rows whole, {continued} pages start with the repeated header")
    return 0


if __name__ == "__main__":
    sys.exit(main())
