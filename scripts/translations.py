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
import ast
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from passdesk.core.languages import CATALOGUES, SHIPPED  # noqa: E402

FOLDER = ROOT / "resources" / "translations"


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"passdesk_{code}.ts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run scripts/dev.sh setup")
    return found


#: The calls whose literal arguments are messages (gui.i18n, core.texts, Qt's own).
CALLS = ("translate", "QT_TRANSLATE_NOOP")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str | None
    plural: bool


def messages(folder: Path = ROOT / "passdesk") -> list[Message]:
    """Every ``translate``/``QT_TRANSLATE_NOOP`` call with a literal context and source.

    Read with Python's own parser: pyside6-lupdate's parser (6.11) drops a call whose
    count is not a plain literal and marks no other call as a plural, so its view
    of the code is handed to it as one call per message (``_calls``)."""
    found: dict[tuple[str, str, str | None], bool] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or _name(node.func) not in CALLS:
                continue
            args = node.args
            if len(args) < 2 or not all(_literal(a) for a in args[:2]):
                continue  # translate(context, value): a QT_TRANSLATE_NOOP constant said
            keywords = {k.arg: k.value for k in node.keywords}
            note = args[2] if len(args) > 2 else keywords.get("disambiguation")
            count = args[3] if len(args) > 3 else keywords.get("n")
            key = (args[0].value, args[1].value,
                   note.value if note is not None and _literal(note) else None)
            plural = count is not None and not _no_count(count)
            found[key] = found.get(key, False) or plural
    return [Message(c, s, d, p) for (c, s, d), p in found.items()]


def _no_count(node: ast.expr) -> bool:
    """``-1``: Qt's "not a plural"."""
    return (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and _literal(node.operand, int) and node.operand.value == 1)


def _name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _literal(node: ast.expr, kind: type = str) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, kind)


def _quoted(text: str) -> str:
    """A double-quoted literal lupdate reads back as ``text``."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\t", "\\t").replace("\r", "\\r"))
    return f'"{escaped}"'


def _calls(found: list[Message]) -> str:
    """The messages as lupdate parses them: a plural's count is the literal 1."""
    lines = []
    for m in found:
        note = _quoted(m.disambiguation) if m.disambiguation is not None else "None"
        lines.append(f"translate({_quoted(m.context)}, {_quoted(m.source)}, {note}"
                     + (", 1)" if m.plural else ")"))
    return "\n".join(lines) + "\n"


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_file(code, folder)) for code in CATALOGUES]
    for code in CATALOGUES:  # a new language starts with its language attribute set
        if not ts_file(code, folder).exists():
            ts_file(code, folder).write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{code}"></TS>\n', encoding="utf-8")
    with tempfile.TemporaryDirectory() as temp:
        calls = Path(temp) / "passdesk_messages.py"
        calls.write_text(_calls(messages()), encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py,ui",
                        "-locations", "none", "-no-obsolete", str(calls), str(ROOT / "ui"),
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


#: What a translation must carry over from its source: ``{named}`` arguments (a
#: missing or misspelt one makes ``str.format`` fail), literal braces, Qt's %n/%Ln/%1.
_ARGUMENTS = re.compile(r"\{[A-Za-z_]\w*(?:![rsa])?(?::[^{}]*)?\}|\{\{|\}\}|%L?n|%L?\d")
_TAG = re.compile(r"</?([a-zA-Z]+)[^<>]*>")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _carried(text: str) -> tuple[list[str], list[str], int]:
    """The arguments, rich-text tags and accelerator marks of ``text``, in order of kind."""
    plain = text.replace("&&", "")
    accelerators = 0 if "<" in text else len(_ACCELERATOR.findall(plain))
    return sorted(_ARGUMENTS.findall(text)), sorted(_TAG.findall(text)), accelerators


def broken(path: Path) -> list[str]:
    """Finished translations of ``path`` that lose or add an argument, a tag or the
    accelerator of their source: in words, one per translation."""
    found = []
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                 else [translation.text or ""])
        want = _carried(source)
        for form in forms:
            got = _carried(form)
            if numerus:  # a singular form may spell "one" out instead of %n
                want, got = (_without_count(want), _without_count(got))
            if got != want:
                found.append(f"{source!r} -> {form!r}")
                break
    return found


def _without_count(carried: tuple[list[str], list[str], int]) -> tuple:
    arguments, tags, accelerators = carried
    return [a for a in arguments if a not in ("%n", "%Ln")], tags, accelerators


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
    for code in CATALOGUES:
        wrong = broken(ts_file(code, folder))
        if wrong:
            problems.append(f"{code}: {len(wrong)} translations lose or add an argument, "
                            f"a tag or the & of their source, e.g. {wrong[0]}")
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
