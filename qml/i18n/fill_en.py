#!/usr/bin/env python3
"""Fills the catalogues after update.sh has added new messages.

    fill_en.py list                 # the unfinished English messages, as JSON to translate
    fill_en.py apply FILE.json      # puts the translations in; finishes the Vietnamese ones

FILE.json is what `list` printed with each "translation" filled in: a string, or for a plural
message ("numerus": true) a list [singular, plural]. An entry without "context" applies to that
source text in every context. `apply` also marks every Vietnamese message finished with its
source as translation (Vietnamese is the source language), then runs update.sh so both files
keep lupdate's own layout. check.py tells what is still missing.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
VI = os.path.join(HERE, "cptt_vi.ts")
EN = os.path.join(HERE, "cptt_en.ts")


def each_message(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            yield name, m


def unfinished(m):
    tr = m.find("translation")
    return tr is None or tr.get("type") == "unfinished"


def set_translation(m, value):
    tr = m.find("translation")
    if tr is None:
        tr = ET.SubElement(m, "translation")
    tr.attrib.pop("type", None)
    if m.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value


def list_unfinished():
    out = []
    for name, m in each_message(ET.parse(EN)):
        if unfinished(m):
            entry = {"context": name, "source": m.findtext("source") or ""}
            if m.get("numerus") == "yes":
                entry["numerus"] = True
                entry["translation"] = ["", ""]
            else:
                entry["translation"] = ""
            out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path):
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)
    by_context = {(e["context"], e["source"]): e["translation"] for e in entries if "context" in e}
    anywhere = {e["source"]: e["translation"] for e in entries if "context" not in e}
    en = ET.parse(EN)
    filled = 0
    for name, m in each_message(en):
        source = m.findtext("source") or ""
        value = by_context.get((name, source), anywhere.get(source))
        if value and (not isinstance(value, list) or all(value)):
            set_translation(m, value)
            filled += 1
    en.write(EN, encoding="utf-8", xml_declaration=True)
    vi = ET.parse(VI)
    finished = 0
    for _, m in each_message(vi):
        if unfinished(m):
            set_translation(m, m.findtext("source") or "")
            finished += 1
    vi.write(VI, encoding="utf-8", xml_declaration=True)
    print(f"cptt_en.ts: {filled} translations set; cptt_vi.ts: {finished} messages finished")
    subprocess.run(["sh", os.path.join(HERE, "update.sh")], check=True)


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "list":
        list_unfinished()
    elif len(sys.argv) == 3 and sys.argv[1] == "apply":
        apply(sys.argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
