#!/usr/bin/env python3
"""Every QML module the app's .qml files import is in the start-up check (qml/app/startup.cpp),
and every package that check names is in scripts/debian-packages.txt: a module missing on a
fresh machine is then either installed by the README's commands or named to the user."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
checked = dict(re.findall(r'\{QStringLiteral\("([\w.]+)"\),\s*QStringLiteral\("([\w.-]+)"\)\}',
                          (root / "qml/app/startup.cpp").read_text()))
packages = {line.split("#")[0].strip()
            for line in (root / "scripts/debian-packages.txt").read_text().splitlines()} - {""}
imported = set()
for qml in (root / "qml").rglob("*.qml"):
    imported |= set(re.findall(r"^import\s+([\w.]+)", qml.read_text(), re.M))
imported -= {"Cptt"}  # the app's own module, compiled in

problems = [f"{m}: imported by the app but not in the start-up check" for m in sorted(imported - checked.keys())]
problems += [f"{p} (for {m}): not in scripts/debian-packages.txt" for m, p in sorted(checked.items()) if p not in packages]
if not checked:
    problems.append("no module found in qml/app/startup.cpp")
for p in problems:
    print(p)
print(f"{len(checked)} modules checked, {len(imported)} imported")
sys.exit(1 if problems else 0)
