#!/usr/bin/env python3
"""End-to-end checks of `cptt document`, one dossier per run.

usage: check_document.py MODE CPTT DOSSIER FORMS_DIR
  pdf     the PDF's text (pdftotext) holds every answer, reason and figure, in document order
  odt     the ODT's content.xml holds the same, in the same order
  render  the first page rendered by pdftoppm is not blank
  soffice LibreOffice converts the ODT to PDF without error (skipped, exit 77, without soffice)
  cli     usage and invalid input give exit codes 2 and 1, and no output file
  paging  (DOSSIER: scripts/generate-dossier.py) a worksheet longer than a page repeats its
          header row on the next page

The expected figures are the core's, read from the XML report that `cptt export` writes (never
recomputed here); the expected answers are read from the dossier file and the form definitions.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from pathlib import Path

SKIP = 77
NS = "{urn:cptt}"
FNS = "{urn:cptt:forms}"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def vn(canonical, places=None):
    """Vietnamese number style of a canonical number: 3750000000 -> 3.750.000.000, 0.2 -> 0,2."""
    sign = "-" if canonical.startswith("-") else ""
    digits = canonical.lstrip("-")
    whole, _, frac = digits.partition(".")
    if places is not None:
        frac = (frac + "0" * places)[: max(places, len(frac))]
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def norm(text):
    return " ".join(text.split())


# ---- forms: field order, types, options, gates, toggles, visibility ----

class Form:
    def __init__(self, path):
        root = ET.parse(path).getroot()
        self.id = root.get("id")
        self.role = root.get("role")
        self.fields = {}  # id -> dict
        self.order = []
        self.headings = []  # section titles: "Căn cứ pháp lý" (printed after their number)
        self._walk(root, None, None)
        # The component switches are the app's: the printed form leaves them out.
        self.toggles = {f["toggle"] for f in self.fields.values() if f["toggle"]}

    def _walk(self, node, section, block):
        for child in node:
            tag = child.tag.replace(FNS, "")
            if tag == "section":
                title = child.find(FNS + "title").findtext(FNS + "vi", "").strip()
                # Numbers are the forms engine's (computed, or the file's): compared without them.
                self.headings.append(norm(title))
                self._walk(child, child, block)
            elif tag == "block":
                self._walk(child, section, child.get("id"))
            elif tag == "field":
                options = {}
                for o in child.findall(FNS + "option"):
                    options[o.get("id")] = o.findtext(FNS + "vi", "").strip()
                columns = []
                for c in child.findall(FNS + "column"):
                    copts = {o.get("id"): o.findtext(FNS + "vi", "").strip()
                             for o in c.findall(FNS + "option")}
                    columns.append((c.get("id"), c.get("type", "text"), copts))
                self.fields[child.get("id")] = {
                    "index": len(self.order), "type": child.get("type", "text"),
                    "options": options, "columns": columns, "block": block,
                    "gate": (child.get("gate-closes-when") or "").split(),
                    "visible_if": child.find(FNS + "visible-if"),
                    "section_visible_if": section.find(FNS + "visible-if") if section is not None else None,
                    "toggle": section.get("toggle") if section is not None else None,
                }
                self.order.append(child.get("id"))


def load_forms(folder):
    forms = {}
    for path in sorted(Path(folder).glob("*.xml")):
        try:
            form = Form(path)
        except ET.ParseError:
            continue
        forms[form.id] = form
    return forms


def split_key(key):
    parts = key.split("/")
    return "/".join(parts[:-1]), parts[-1]


def condition(node, values, prefix):
    """True / False, or None when the test cannot tell."""
    tag = node.tag.replace(FNS, "")
    kids = list(node)
    if tag in ("visible-if", "all"):
        results = [condition(k, values, prefix) for k in kids]
        if False in results:
            return False
        return None if None in results else True
    if tag == "any":
        results = [condition(k, values, prefix) for k in kids]
        if True in results:
            return True
        return None if None in results else False
    if tag == "not":
        r = condition(kids[0], values, prefix)
        return None if r is None else not r
    if tag == "when":
        field = node.get("field")
        value = values.get(prefix + field, values.get(field))
        if node.get("equals") is not None:
            return value == node.get("equals")
        if node.get("one-of") is not None:
            return value in node.get("one-of").split()
        if node.get("includes") is not None:
            return value is not None and node.get("includes") in value.split()
        return None
    return None


def expected_answers(answer_set, form):
    """(shown, hidden): the texts each visible answer prints, in form order; reasons of answers
    the form removes (toggled-off components), which must not be printed."""
    values = {}
    answers = []
    for a in answer_set.findall(NS + "answer"):
        key = a.get("field")
        prefix, fid = split_key(key)
        if fid not in form.fields:
            continue  # unknown field: reported by validation, never printed
        values[key] = (a.findtext(NS + "value") or "").strip()
        if fid not in form.toggles:
            answers.append((key, prefix, fid, a))
    blocks_seen = {}

    def sort_key(item):
        key, prefix, fid, _ = item
        f = form.fields[fid]
        if not prefix:
            return (f["index"], 0, f["index"])
        first = min(form.fields[x]["index"] for x in form.fields if form.fields[x]["block"] == f["block"])
        inst = blocks_seen.setdefault(prefix, len(blocks_seen))
        return (first, inst, f["index"])

    for item in answers:
        sort_key(item)
    shown, hidden = [], []
    for key, prefix, fid, a in sorted(answers, key=sort_key):
        f = form.fields[fid]
        state = True
        toggle = f["toggle"]
        if toggle and values.get((prefix + "/" if prefix else "") + toggle, values.get(toggle)) == "no":
            state = False
        for gid in form.order[: f["index"]]:
            g = form.fields[gid]
            gkey = (prefix + "/" if prefix and g["block"] else "") + gid
            if g["gate"] and values.get(gkey) in g["gate"]:
                state = False
        for cond in (f["visible_if"], f["section_visible_if"]):
            if state and cond is not None:
                r = condition(cond, values, prefix + "/" if prefix else "")
                state = None if r is None else (state and r)
        reason = norm(a.findtext(NS + "reason") or "")
        if state is False:
            if toggle and len(reason) >= 12:
                hidden.append(reason)
            continue
        if state is None:
            continue
        value = values[key]
        t = f["type"]
        texts = []
        if t == "yesno" and value in ("yes", "no"):
            texts.append("☒ " + ("Có" if value == "yes" else "Không"))
        elif t == "choice" and value in f["options"]:
            texts.append("☒ " + f["options"][value])
        elif t == "multi":
            chosen = value.split()
            texts += ["☒ " + label for oid, label in f["options"].items() if oid in chosen]
        elif t == "number" and value:
            texts.append(vn(value))
        elif t == "table":
            for row in a.findall(NS + "row"):
                cells = {c.get("column"): (c.text or "").strip() for c in row.findall(NS + "cell")}
                for cid, ctype, copts in f["columns"]:
                    v = cells.get(cid)
                    if not v:
                        continue
                    if ctype == "yesno":
                        v = "Có" if v == "yes" else "Không" if v == "no" else v
                    elif ctype == "choice":
                        v = copts.get(v, v)
                    elif ctype == "number":
                        v = vn(v)
                    texts.append(v)
        elif value:
            texts.append(value)
        if reason:
            texts.append(reason)
        shown += [norm(x) for x in texts]
    return shown, hidden


# ---- the expected sequence of a whole document ----

def expected_sequence(cptt, dossier_path, forms_dir, work):
    report = work / "report.xml"
    r = run([cptt, "export", str(dossier_path), "-o", str(report)])
    if r.returncode != 0:
        fail("cptt export: " + r.stderr)
    root = ET.parse(report).getroot()
    results = root.find(NS + "results")
    dossier = ET.parse(dossier_path).getroot()
    forms = load_forms(forms_dir)
    answer_sets = dossier.findall(NS + "answers")
    seq, absent = [], []

    def add_answers(sets):
        for s in sets:
            form = forms.get(s.get("form"))
            if form is None or form.role == "worksheet":
                continue
            shown, hidden = expected_answers(s, form)
            seq.extend(shown)
            absent.extend(hidden)

    draft = dossier.find(NS + "draft")
    seq.append(norm(draft.findtext(NS + "title")))
    add_answers([s for s in answer_sets if not s.get("procedure") and forms.get(s.get("form"))
                 and forms[s.get("form")].role == "summary"])
    procs = dossier.find(NS + "procedures")
    procs = procs.findall(NS + "procedure") if procs is not None else []
    res_procs = {p.get("id"): p for p in results.findall(NS + "procedure")}
    for p in procs:
        rp = res_procs[p.get("id")]
        seq += [norm(p.findtext(NS + "name")), vn(rp.get("before")), vn(rp.get("after")),
                vn(rp.get("saving"))]
        if rp.get("reduction-percent"):
            seq.append(vn(rp.get("reduction-percent"), 2) + " %")
    t = results.find(NS + "totals")
    seq += [vn(t.get("before")), vn(t.get("after"))]
    if t.get("reduction-percent"):
        seq.append(vn(t.get("reduction-percent"), 2) + " %")
    seq += [vn(t.get(k)) for k in ("net-change", "added-by-new", "saved-by-amendments",
                                   "saved-by-abolitions")]
    seq.append("Quy tắc làm tròn: Mọi số tiền in trong bảng tính là đồng chẵn, làm tròn nửa lên")
    contact = draft.find(NS + "contact")
    contact_texts = []
    if contact is not None:
        contact_texts = [norm(contact.findtext(NS + k) or "") for k in ("name", "phone", "email")]
        contact_texts = [c for c in contact_texts if c]
    seq += contact_texts
    add_answers([s for s in answer_sets if not s.get("procedure") and forms.get(s.get("form"))
                 and forms[s.get("form")].role != "summary" and forms[s.get("form")].id])
    for p in procs:
        pid = p.get("id")
        rp = res_procs[pid]
        seq.append(norm(p.findtext(NS + "name")))
        add_answers([s for s in answer_sets if s.get("procedure") == pid])
        if p.get("kind") == "abolished" and p.findtext(NS + "simplification"):
            seq.append(norm(p.findtext(NS + "simplification")))
        for variant in ("current", "proposed"):
            ws = [w for w in p.findall(NS + "worksheet") if w.get("variant") == variant]
            wr = [w for w in rp.findall(NS + "worksheet") if w.get("variant") == variant]
            if not ws or not wr:
                continue
            ws, wr = ws[0], wr[0]
            notes = []
            seq.append(vn(wr.get("hourly-rate")) + " đồng/giờ")
            for task, tr in zip(ws.findall(NS + "task"), wr.findall(NS + "task")):
                seq += [norm(task.findtext(NS + "name")), vn(task.findtext(NS + "hours")),
                        vn(wr.get("hourly-rate")), vn(tr.get("time-cost")),
                        vn(task.findtext(NS + "services")), vn(tr.get("task-cost"))]
                if task.findtext(NS + "evidence"):
                    notes.append(norm(task.findtext(NS + "evidence")))
            seq.append(vn(wr.get("tasks-total")))
            for fee in ws.findall(NS + "fee"):
                seq += [norm(fee.findtext(NS + "name")), vn(fee.findtext(NS + "amount"))]
            seq += [vn(wr.get("cost-per-filing")), vn(wr.get("frequency"))]
            seq.append("một trường hợp" if wr.get("one-case") == "true" else vn(wr.get("subjects")))
            seq.append(vn(wr.get("annual")))
            for k in ("frequency-evidence", "subjects-evidence"):
                if ws.findtext(NS + k):
                    notes.append(norm(ws.findtext(NS + k)))
            seq += notes
        seq += [vn(rp.get("before")), vn(rp.get("after")), vn(rp.get("saving"))]
        if rp.get("reduction-percent"):
            seq.append(vn(rp.get("reduction-percent"), 2) + " %")
        seq += contact_texts
    return [s for s in seq if s], absent


def check_in_order(text, seq, absent, what):
    pos = 0
    for item in seq:
        found = text.find(item, pos)
        if found < 0:
            context = text[max(0, pos - 80): pos + 200]
            fail(f"{what}: '{item}' not found after position {pos}; text there: …{context}…")
        pos = found + len(item)
    for item in absent:
        if item in text:
            fail(f"{what}: '{item}' is printed, but its component is toggled off")
    print(f"ok: {len(seq)} items in order, {len(absent)} removed parts absent ({what})")


def make(cptt, dossier, forms_dir, out):
    r = run([cptt, "document", str(dossier), "-o", str(out), "--forms-dir", forms_dir])
    if r.returncode != 0 or not out.exists():
        fail(f"cptt document exited {r.returncode}: {r.stderr}")


def pdf_text(path, headings=()):
    r = run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"])
    if r.returncode != 0:
        fail("pdftotext: " + r.stderr)
    pages = r.stdout.split("\f")
    # A heading never ends a page: it moves to the page of what it introduces.
    for i, page in enumerate(pages[:-1]):
        lines = [l for l in page.rstrip("\n").split("\n")[:-1] if l.strip()]
        last = re.sub(r"^([IVXLC]+(\.\d+)?\.|\d+\.|[a-zđ]\))\s+", "", norm(lines[-1])) if lines else ""
        # A heading line is its title, or its title and the "(chưa đối chiếu …)" mark.
        if lines and any(last == h or last.startswith(h + " (chưa đối chiếu") for h in headings
                         if len(h) > 12):
            fail(f"page {i + 1} ends with the heading {lines[-1]!r}")
    # Each page ends with its number, drawn after the content: drop it so text that continues
    # over a page break reads as one.
    cleaned = []
    for i, page in enumerate(pages):
        lines = page.rstrip("\n").split("\n")
        if lines and lines[-1].strip() == str(i + 1):
            lines = lines[:-1]
        elif page.strip():
            fail(f"page {i + 1} does not end with its page number")
        cleaned.append("\n".join(lines))
    return norm(" ".join(cleaned))


def odt_text(path):
    with zipfile.ZipFile(path) as z:
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
            fail("ODT mimetype is wrong")
        # ODF packages: mimetype is the first entry, stored, without an extra field, so that
        # readers find the type at a fixed offset.
        first = z.infolist()[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
            fail("ODT mimetype is not the first entry, stored, without an extra field")
        if z.testzip() is not None:
            fail(f"ODT entry {z.testzip()} is damaged (CRC)")
        xml = z.read("content.xml").decode("utf-8")
        styles = z.read("styles.xml").decode("utf-8") if "styles.xml" in z.namelist() else ""
    for needle in ('fo:page-width="21cm"', 'fo:page-height="29.7cm"', "<text:page-number"):
        if needle not in styles:
            fail(f"styles.xml lacks {needle}: the ODT must open on A4 with page numbers")
    if "<table:table-header-rows>" not in xml:
        fail("content.xml has no table header rows (repeated on each page)")
    # LibreOffice shares a table's width equally unless the table and its columns have widths.
    columns = re.findall(r"<style:table-column-properties ([^>]*)/>", xml)
    if not columns:
        fail("content.xml has no column styles")
    for props in columns:
        if not re.search(r'style:column-width="[0-9.]+cm"', props) or "rel-column-width" not in props:
            fail(f"a table column has no absolute and relative width: {props}")
    if re.search(r'<style:table-properties (?![^>]*style:width="16.5cm")[^>]*/>', xml):
        fail("a table is not as wide as the text between the margins (16.5cm)")
    xml = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), xml)
    xml = xml.replace("<text:s/>", " ")
    text = re.sub(r"<[^>]+>", " ", xml)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"),
                         ("&amp;", "&")):
        text = text.replace(entity, char)
    return norm(text)


def png_dark_pixels(path):
    """Dark pixels of an 8-bit greyscale or RGB PNG (pdftoppm -png), decoded with zlib."""
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG")
    pos, idat, width, height, depth, ctype = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            depth, ctype = body[8], body[9]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = {0: 1, 2: 3}.get(ctype)
    if depth != 8 or bpp is None:
        fail(f"expected an 8-bit greyscale or RGB PNG, got depth {depth} colour type {ctype}")
    raw = zlib.decompress(idat)
    row = width * bpp
    dark, prev, stride = 0, bytearray(row), row + 1
    for y in range(height):
        f, line = raw[y * stride], bytearray(raw[y * stride + 1:(y + 1) * stride])
        for x in range(row):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        dark += sum(1 for x in range(0, row, bpp) if line[x] < 128)
        prev = line
    return dark, width * height


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 2
    mode, cptt, dossier, forms_dir = sys.argv[1:]
    dossier = Path(dossier)
    with tempfile.TemporaryDirectory(prefix="cptt-document-") as tmp:
        work = Path(tmp)
        if mode == "pdf":
            out = work / "doc.pdf"
            make(cptt, dossier, forms_dir, out)
            seq, absent = expected_sequence(cptt, dossier, forms_dir, work)
            headings = [h for f in load_forms(forms_dir).values() for h in f.headings]
            headings += [norm(h) for h in ("A. Chi phí tuân thủ hiện hành",
                                           "B. Chi phí tuân thủ sau khi ban hành dự thảo",
                                           "C. Lợi ích về chi phí")]
            check_in_order(pdf_text(out, headings), seq, absent, "PDF")
            info = run(["pdfinfo", str(out)]).stdout
            if "595 x 842" not in info:
                fail("the PDF is not A4 portrait: " + info)
        elif mode == "odt":
            out = work / "doc.odt"
            make(cptt, dossier, forms_dir, out)
            seq, absent = expected_sequence(cptt, dossier, forms_dir, work)
            check_in_order(odt_text(out), seq, absent, "ODT content.xml")
        elif mode == "render":
            out = work / "doc.pdf"
            make(cptt, dossier, forms_dir, out)
            r = run(["pdftoppm", "-r", "50", "-gray", "-png", "-f", "1", "-l", "1", str(out),
                     str(work / "page")])
            pngs = sorted(work.glob("page*.png"))
            if r.returncode != 0 or not pngs:
                fail("pdftoppm: " + r.stderr)
            dark, total = png_dark_pixels(pngs[0])
            share = dark / total
            print(f"first page: {dark} dark pixels of {total} ({share:.2%})")
            if share < 0.01:
                fail("the first page is blank or nearly blank")
        elif mode == "soffice":
            soffice = shutil.which("soffice") or shutil.which("libreoffice")
            if not soffice:
                print("SKIP: LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")
                return SKIP
            out = work / "doc.odt"
            make(cptt, dossier, forms_dir, out)
            outdir = work / "converted"
            r = run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                     "--convert-to", "pdf", "--outdir", str(outdir), str(out)], timeout=240)
            pdf = outdir / "doc.pdf"
            if r.returncode != 0 or not pdf.exists():
                fail(f"soffice exited {r.returncode}: {r.stdout} {r.stderr}")
            text = pdf_text_plain(pdf)
            if "(A4)" not in run(["pdfinfo", str(pdf)]).stdout:
                fail("LibreOffice did not lay the ODT out on A4")
            title = norm(ET.parse(dossier).getroot().find(NS + "draft").findtext(NS + "title"))
            if title[:40] not in text:
                fail("the converted PDF does not show the draft's title")
            print("ok: LibreOffice opened the ODT and converted it to PDF")
        elif mode == "paging":
            big = work / "big.cptt.xml"
            r = run([sys.executable, str(dossier), "--procedures", "1", "--activities", "90",
                     "-o", str(big)])
            if r.returncode != 0:
                fail("generate-dossier.py: " + r.stderr)
            sheets = len(list(ET.parse(big).getroot().iter(NS + "worksheet")))
            out = work / "big.pdf"
            make(cptt, big, forms_dir, out)
            headers = pdf_text(out).count("(6) Chi phí thời gian = (4) × (5)")
            print(f"{sheets} worksheets, task table header printed {headers} times")
            if headers <= sheets:
                fail("no task table header was repeated on a following page")
        elif mode == "cli":
            cases = [([], 2), ([str(dossier)], 2), ([str(dossier), "-o", str(work / "x.txt")], 2),
                     ([str(work / "missing.cptt.xml"), "-o", str(work / "m.pdf")], 1),
                     ([str(dossier), "-o", str(work / "no-such-folder" / "d.pdf")], 1),
                     ([str(dossier), "-o", str(work / "d.odt"), "--forms-dir",
                       str(work / "no-forms")], 1)]
            for args, code in cases:
                r = run([cptt, "document"] + args)
                if r.returncode != code:
                    fail(f"cptt document {args}: exit {r.returncode}, expected {code}")
            if any(work.glob("*.pdf")) or any(work.glob("*.txt")) or any(work.glob("*.odt")):
                fail("a failed command left an output file")
            print("ok: usage 2; invalid input, unwritable output, no forms 1; no output left behind")
        else:
            print(__doc__)
            return 2
    return 0


def pdf_text_plain(path):
    r = run(["pdftotext", "-enc", "UTF-8", str(path), "-"])
    return norm(r.stdout)


if __name__ == "__main__":
    sys.exit(main())
