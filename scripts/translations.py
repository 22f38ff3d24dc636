#!/usr/bin/env python3
"""The translation catalogues: update, check and build (issue 25).

    scripts/translations.py update   the .ts files from the code and the forms
    scripts/translations.py check    fails when a .ts is out of date with the code,
                                     or a shipped language has unfinished entries
    scripts/translations.py build    the .qm files of the shipped languages

The ``.ts`` files in ``resources/translations`` are sources, kept in git; the
``.qm`` files are built by ``scripts/dev.sh setup`` and the packaging, never
committed. Line numbers are left out of the ``.ts`` files, so moving code does not
make them out of date.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from passdesk.core.languages import CATALOGUES, SHIPPED  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
SOURCES = [ROOT / "passdesk", ROOT / "ui"]


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"passdesk_{code}.ts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run scripts/dev.sh setup")
    return found


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_file(code, folder)) for code in CATALOGUES]
    for code in CATALOGUES:  # a new language starts with its language attribute set
        if not ts_file(code, folder).exists():
            ts_file(code, folder).write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{code}"></TS>\n', encoding="utf-8")
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py,ui",
                    "-locations", "none", "-no-obsolete", *map(str, SOURCES),
                    "-ts", *targets], check=True, cwd=ROOT)


def unfinished(path: Path) -> list[str]:
    """The sources of ``path`` that have no finished translation."""
    left = []
    # Our own catalogues, from this repository: not untrusted XML.
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished",):
            left.append(message.findtext("source") or "")
        elif message.get("numerus") == "yes":
            if not all((form.text or "").strip() for form in translation.iter("numerusform")):
                left.append(message.findtext("source") or "")
        elif not (translation.text or "").strip():
            left.append(message.findtext("source") or "")
    return left


def check(folder: Path = FOLDER, shipped: tuple[str, ...] = SHIPPED) -> list[str]:
    """Every problem with the catalogues in ``folder``, in words; empty when in order."""
    problems = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp)
        for code in CATALOGUES:
            if ts_file(code, folder).exists():
                shutil.copy(ts_file(code, folder), ts_file(code, fresh))
        update(fresh)
        for code in CATALOGUES:
            here = ts_file(code, folder)
            if not here.exists() or not filecmp.cmp(here, ts_file(code, fresh), shallow=False):
                problems.append(f"{here.name} is out of date with the code: "
                                "run scripts/translations.py update")
    for code in shipped:
        left = unfinished(ts_file(code, folder))
        if left:
            problems.append(f"{code} is shipped but {len(left)} entries are unfinished, "
                            f"e.g. {left[0]!r}")
    return problems


def build(out: Path = FOLDER, shipped: tuple[str, ...] = SHIPPED,
          folder: Path = FOLDER) -> list[Path]:
    """The shipped languages' .qm files in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for code in shipped:
        target = out / f"passdesk_{code}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(code, folder)),
                        "-qm", str(target)], check=True)
        built.append(target)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "check", "build"))
    parser.add_argument("--out", type=Path, default=FOLDER, help="build: where the .qm go")
    args = parser.parse_args()
    if args.command == "update":
        update()
    elif args.command == "build":
        for path in build(args.out):
            print(f"built {path}")  # noqa: T201 - a command-line tool
    else:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)  # noqa: T201 - a command-line tool
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
