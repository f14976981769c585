#!/usr/bin/env python3
"""Writes a large synthetic CPTT dossier (docs/file-format.md) for benchmarks and load tests.

    scripts/generate-dossier.py --procedures 2000 --activities 100000 --seed 1 -o big.cptt.xml

The output is deterministic for a given seed and valid against data/schema/dossier.xsd. All
numbers are built from integers (hours in tenths, money in whole dong), so no binary floating
point value ever reaches the file. Standard library only.
"""
import argparse
import random
import sys
from xml.sax.saxutils import escape

KINDS = [("amended", 4), ("new", 3), ("detailed", 1), ("abolished", 2)]
LEVELS = ["central", "provincial", "commune"]
SUBJECT_TYPES = ["individual", "organisation", "both"]
AREAS = ["urban", "rural", "mountain-island"]
SCOPES = ["commune", "provincial", "inter-regional"]
# (catalogue id, Vietnamese task name)
TASKS = [
    ("familiarise", "Tìm hiểu quy định, yêu cầu của thủ tục"),
    ("obtain-data", "Thu thập thông tin, số liệu"),
    ("prepare-data", "Chuẩn bị giấy tờ, tài liệu"),
    ("check-data", "Kiểm tra thông tin, số liệu"),
    ("copy-certify", "Sao chụp, chứng thực bản sao"),
    ("file-online", "Nộp hồ sơ trực tuyến"),
    ("pay-fees", "Nộp phí, lệ phí"),
    ("supplement", "Bổ sung, giải trình hồ sơ"),
]
FIELDS = ["Hộ tịch", "Đất đai", "Xây dựng", "Đầu tư", "Giao thông vận tải", "Y tế", "Giáo dục"]
# Official norms (time-norms.xml), hours per unit in tenths, by scope/kind then area.
TRAVEL_TENTHS = {"commune": [10, 15, 20], "provincial": [20, 30, 40],
                 "inter-regional": [80, 120, 160]}
FORM_TENTHS = [10, 15, 20]


def tenths(n):
    """Canonical text of n / 10 (e.g. 15 -> "1.5", 20 -> "2")."""
    whole, rest = divmod(n, 10)
    return str(whole) if rest == 0 else f"{whole}.{rest}"


def task_xml(rng, out, index):
    choice = rng.randrange(10)
    if choice == 0:  # travel by the official norm
        scope, a = rng.choice(SCOPES), rng.randrange(3)
        trips = rng.randint(1, 2)
        out.append("        <task>\n          <name>Đi lại nộp hồ sơ</name>\n")
        out.append(f'          <norm kind="travel" scope="{scope}" area="{AREAS[a]}" '
                   f'units="{trips}"/>\n')
        hours = tenths(TRAVEL_TENTHS[scope][a] * trips)
    elif choice == 1:  # form filling by the official norm
        a, pages = rng.randrange(3), rng.randint(1, 4)
        out.append("        <task>\n          <name>Điền tờ khai</name>\n")
        out.append(f'          <norm kind="form-filling" area="{AREAS[a]}" units="{pages}"/>\n')
        hours = tenths(FORM_TENTHS[a] * pages)
    else:
        ref, name = rng.choice(TASKS)
        complexity = rng.choice(["simple", "medium", "complex"])
        out.append(f"        <task>\n          <name>{escape(name)} ({index})</name>\n")
        out.append(f'          <catalogue ref="{ref}" complexity="{complexity}"/>\n')
        hours = tenths(rng.randint(0, 80))
    out.append(f"          <hours>{hours}</hours>\n")
    out.append(f"          <services>{rng.randrange(0, 200) * 1000}</services>\n")
    out.append("        </task>\n")


def worksheet_xml(rng, out, variant, rate, ntasks):
    out.append(f'      <worksheet variant="{variant}" rate="{rate}">\n')
    for i in range(ntasks):
        task_xml(rng, out, i + 1)
    if rng.randrange(3):
        out.append("        <fee>\n          <name>Lệ phí</name>\n")
        out.append(f"          <amount>{rng.randrange(0, 100) * 10000}</amount>\n")
        out.append("        </fee>\n")
    frequency = rng.choice(["1", "1", "2", "12", "0.2", "0.5"])
    out.append(f"        <frequency>{frequency}</frequency>\n")
    if rng.randrange(20) == 0:
        out.append("        <one-case/>\n")
        out.append("        <subjects-evidence>Không dự báo được số đối tượng</subjects-evidence>\n")
    else:
        out.append(f"        <subjects>{rng.randint(1, 2_000_000)}</subjects>\n")
    out.append("      </worksheet>\n")


def generate(procedures, activities, seed, write):
    rng = random.Random(seed)
    kinds = [rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
             for _ in range(procedures)]
    sheets = [("current", "proposed") if k in ("amended", "detailed")
              else ("proposed",) if k == "new" else ("current",) for k in kinds]
    total_sheets = sum(len(s) for s in sheets)
    # Spread the activities over the worksheets so that exactly `activities` tasks are written.
    base, extra = divmod(activities, total_sheets) if total_sheets else (0, 0)

    write('<?xml version="1.0" encoding="UTF-8"?>\n')
    write('<dossier xmlns="urn:cptt" format-version="1">\n')
    write("  <draft>\n")
    write(f"    <title>Hồ sơ tổng hợp thử nghiệm: {procedures} thủ tục, "
          f"{activities} công việc (seed {seed})</title>\n")
    write("    <document-type>nghi-dinh</document-type>\n")
    write("    <drafting-body>Dữ liệu tổng hợp (scripts/generate-dossier.py)</drafting-body>\n")
    write("    <stage>drafting</stage>\n")
    write("    <calculation-year>2024</calculation-year>\n")
    write("  </draft>\n")
    write("  <rates>\n")
    write('    <rate id="gdp-2023" kind="derived" year="2023">\n')
    write("      <gdp-per-capita>101900000</gdp-per-capita>\n")
    write("      <publisher>Cục Thống kê</publisher>\n")
    write("      <source>GDP bình quân đầu người năm 2023: 101,9 triệu đồng</source>\n")
    write("    </rate>\n")
    write('    <rate id="direct" kind="direct">\n      <value>30000</value>\n')
    write("      <source>Mức nhập trực tiếp để thử nghiệm</source>\n    </rate>\n")
    write("  </rates>\n  <procedures>\n")
    sheet_index = 0
    for p, (kind, variants) in enumerate(zip(kinds, sheets), start=1):
        out = [f'    <procedure id="P{p}" kind="{kind}" level="{rng.choice(LEVELS)}" '
               f'subject-type="{rng.choice(SUBJECT_TYPES)}">\n',
               f"      <name>Thủ tục thử nghiệm số {p}</name>\n",
               f"      <field>{rng.choice(FIELDS)}</field>\n",
               f"      <articles>\n        <article>Điều {p}</article>\n      </articles>\n"]
        rate = "gdp-2023" if rng.randrange(4) else "direct"
        for variant in variants:
            ntasks = base + (1 if sheet_index < extra else 0)
            sheet_index += 1
            worksheet_xml(rng, out, variant, rate, ntasks)
        out.append("    </procedure>\n")
        write("".join(out))
    write("  </procedures>\n</dossier>\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=100000,
                        help="total number of tasks over all worksheets")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
    args = parser.parse_args(argv)
    if args.procedures < 1 or args.activities < 0:
        parser.error("--procedures must be at least 1 and --activities at least 0")
    if args.output == "-":
        generate(args.procedures, args.activities, args.seed, sys.stdout.write)
        return 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        generate(args.procedures, args.activities, args.seed, f.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
