#!/usr/bin/env python3
"""Word output of `cptt document` (LibreOffice's conversion of the ODT), one dossier per run.

usage: check_word.py CPTT DOSSIER FORMS_DIR

Writes the dossier's document as DOCX, ODT and PDF. The DOCX is read with python-docx (Debian's
python3-docx), a reader that did not write it, and must hold every answer, reason and figure of
the dossier in document order (the expected sequence of check_document.py: the core's figures from
`cptt export`, the answers from the dossier file and the form definitions). Then the three files
must carry the same content: the same formatted figures (every number printed with a thousands
dot or a decimal comma), as many times each, in DOCX, ODT and PDF.

Exit 77 (skipped, with a message) only when python-docx or LibreOffice is not installed (both are
in scripts/debian-packages.txt).
"""
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path
import re

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_document as cd  # noqa: E402

SKIP = 77
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIGURE = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+,\d+")


def docx_text(path):
    """The body's text in document order: paragraphs, and tables cell by cell, read by python-docx."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    parts = []

    def walk(parent_element, parent):
        for child in parent_element.iterchildren():
            if child.tag == W + "p":
                parts.append(Paragraph(child, parent).text)
            elif child.tag == W + "tbl":
                table = Table(child, parent)
                for row in table.rows:
                    for cell in row.cells:
                        walk(cell._tc, cell)

    walk(document.element.body, document)
    section = document.sections[0]
    size = (round(section.page_width.mm), round(section.page_height.mm))
    if size != (210, 297):
        cd.fail(f"the DOCX page is {size} mm, not A4 portrait")
    return cd.norm(" ".join(parts))


def docx_table_rules(path):
    """Header rows repeat (w:tblHeader) and no row breaks across pages (w:cantSplit)."""
    body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    rows = list(body.iter(W + "tr"))
    if not rows:
        cd.fail("the DOCX has no table rows")
    loose = [r for r in rows if r.find(f"{W}trPr/{W}cantSplit") is None]
    if loose:
        cd.fail(f"{len(loose)} of {len(rows)} table rows may break across pages (no w:cantSplit)")
    if not any(r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows):
        cd.fail("no table repeats its header row (no w:tblHeader)")
    print(f"ok: {len(rows)} table rows kept whole, header rows repeated")


def figures(text):
    return Counter(FIGURE.findall(text))


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    cptt, dossier, forms_dir = sys.argv[1:]
    try:
        import docx  # noqa: F401
    except ImportError:
        print(f"SKIP: python-docx is not importable by {sys.executable}; install python3-docx")
        return SKIP
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("SKIP: LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")
        return SKIP
    dossier = Path(dossier)
    with tempfile.TemporaryDirectory(prefix="cptt-word-") as tmp:
        work = Path(tmp)
        outputs = {}
        for ext in ("docx", "odt", "pdf"):
            outputs[ext] = work / f"doc.{ext}"
            cd.make(cptt, dossier, forms_dir, outputs[ext])
        if not zipfile.is_zipfile(outputs["docx"]):
            cd.fail("the DOCX is not a ZIP package")
        seq, absent = cd.expected_sequence(cptt, dossier, forms_dir, work)
        texts = {"docx": docx_text(outputs["docx"]), "odt": cd.odt_text(outputs["odt"]),
                 "pdf": cd.pdf_text(outputs["pdf"])}
        cd.check_in_order(texts["docx"], seq, absent, "DOCX (python-docx)")
        docx_table_rules(outputs["docx"])
        counted = {ext: figures(text) for ext, text in texts.items()}
        if not counted["docx"]:
            cd.fail("no figures in the DOCX")
        for ext in ("odt", "pdf"):
            if counted[ext] != counted["docx"]:
                only_docx = counted["docx"] - counted[ext]
                only_other = counted[ext] - counted["docx"]
                cd.fail(f"DOCX and {ext.upper()} differ in figures: only in DOCX {dict(only_docx)}, "
                        f"only in {ext.upper()} {dict(only_other)}")
        print(f"ok: DOCX, ODT and PDF carry the same {sum(counted['docx'].values())} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
