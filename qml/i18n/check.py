#!/usr/bin/env python3
"""Checks that the translation catalogues are complete (run by ctest as i18n.catalogues).

    check.py [--lupdate LUPDATE] [TS_DIR]

Fails (exit 1, one line per problem) when, in cptt_vi.ts or cptt_en.ts,
  - a message is unfinished, or has an empty translation (or an empty plural form);
  - the two catalogues do not hold the same messages (context, source, plural or not);
  - a Vietnamese translation differs from its source (Vietnamese is the source language);
  - an English plural message has not exactly two forms;
  - the placeholders (%1 … %99, %L1, %n, %Ln) of a translation differ from its source's;
  - a keyboard accelerator (&x) of the source is missing from the translation.
With --lupdate it first refreshes copies of both catalogues from the sources exactly as
update.sh does (the originals are not touched), so a string added to the QML or the bridge
without running update.sh and translating it is reported as well.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")


def messages(path):
    """(context, source, numerus) -> (finished, [translations], comment) of one catalogue."""
    out = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            comment = m.findtext("comment") or ""
            numerus = m.get("numerus") == "yes"
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""] if tr is not None else [""]
            out[(name, source, comment, numerus)] = (kind != "unfinished", forms)
    return out


def describe(key):
    name, source, comment, _ = key
    text = source.replace("\n", "\\n")
    return f"{name}: \"{text}\"" + (f" ({comment})" if comment else "")


def check(vi_path, en_path):
    problems = []
    vi = messages(vi_path)
    en = messages(en_path)
    for key in sorted(vi.keys() - en.keys()):
        problems.append(f"cptt_en.ts lacks {describe(key)}")
    for key in sorted(en.keys() - vi.keys()):
        problems.append(f"cptt_vi.ts lacks {describe(key)}")
    for label, catalogue in (("vi", vi), ("en", en)):
        for key, (finished, forms) in sorted(catalogue.items()):
            name, source, _, numerus = key
            where = f"cptt_{label}.ts {describe(key)}"
            if not finished:
                problems.append(f"{where}: unfinished")
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: empty translation")
                continue
            if label == "vi" and any(f != source for f in forms):
                problems.append(f"{where}: differs from the source: \"{forms[0]}\"")
            if label == "en" and numerus and len(forms) != 2:
                problems.append(f"{where}: {len(forms)} plural forms, English has 2")
            want = sorted(set(PLACEHOLDER.findall(source)))
            for f in forms:
                got = sorted(set(PLACEHOLDER.findall(f)))
                if got != want:
                    problems.append(f"{where}: placeholders {got} in \"{f}\", source has {want}")
                if ACCELERATOR.search(source) and not ACCELERATOR.search(f):
                    problems.append(f"{where}: accelerator lost in \"{f}\"")
    return problems, len(vi), len(en)


def refreshed_copies(lupdate, ts_dir, work):
    """Copies both catalogues into work and runs update.sh's lupdate commands on the copies."""
    qml_dir = os.path.dirname(os.path.abspath(ts_dir))
    sources = sorted(glob.glob(os.path.join(qml_dir, "bridge", "*.cpp")))
    sources.append(os.path.join(qml_dir, "main.cpp"))
    for dirpath, _, files in os.walk(qml_dir):
        sources += [os.path.join(dirpath, f) for f in files if f.endswith(".qml")]
    paths = []
    for lang in ("vi", "en"):
        copy = os.path.join(work, f"cptt_{lang}.ts")
        shutil.copyfile(os.path.join(ts_dir, f"cptt_{lang}.ts"), copy)
        cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sorted(sources),
               "-source-language", "vi", "-target-language", lang, "-ts", copy]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        paths.append(copy)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_dir", nargs="?", default=HERE)
    parser.add_argument("--lupdate", help="refresh copies from the sources with this lupdate first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        if args.lupdate:
            vi_path, en_path = refreshed_copies(args.lupdate, args.ts_dir, work)
        else:
            vi_path = os.path.join(args.ts_dir, "cptt_vi.ts")
            en_path = os.path.join(args.ts_dir, "cptt_en.ts")
        problems, n_vi, n_en = check(vi_path, en_path)
    for p in problems:
        print(p)
    if problems:
        hint = " (run qml/i18n/update.sh and translate)" if args.lupdate else ""
        print(f"FAIL: {len(problems)} problem(s){hint}")
        return 1
    print(f"OK: cptt_vi.ts {n_vi} messages, cptt_en.ts {n_en} messages, all finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
