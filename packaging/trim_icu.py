"""Make a smaller ICU data library for the bundle (Linux).

Qt links ICU, and ICU's data library (``libicudata.so.73``, 31 MB) is the
largest file in the bundle. Qt formats dates and numbers from its own CLDR
tables; of ICU it uses collation (sorting, e.g. in file dialogs), case
mapping, normalisation, IDNA and time-zone names. So the other display-name
trees (languages, regions, currencies, units), transliteration, spelled-out
numbers, legacy code pages (Python decodes those), break-iterator
dictionaries and the locales' main data go: 31 MB become 8 MB.

The data is read out of the library (one ``icudt<N>_dat`` symbol), items are
removed with ``icupkg`` (Debian: icu-devtools) and the rest is assembled into
a library of the same soname with ``as`` and ``ld`` (binutils). When a tool is
missing the caller keeps the full library. ``python packaging/trim_icu.py LIB OUT``
does it by hand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Trees and files Qt never asks ICU for (see the module docstring).
DROP_TREES = ("lang", "region", "curr", "unit", "rbnf", "translit", "brkitr")
DROP_SUFFIXES = (".cnv",)
DROP_FILES = ("unames.icu",)
#: Locales whose main data stays (ICU falls back to root for the others).
KEEP_LOCALES = re.compile(r"(root|en|en_.*|res_index|pool)\.res")


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (from readelf)."""
    symbols = subprocess.run(["readelf", "-sW", str(library)], check=True,
                             capture_output=True, text=True).stdout
    match = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+"
                      r"(icudt\d+_dat)\b", symbols)
    if match is None:
        raise ValueError(f"{library} has no icudt*_dat symbol")
    address, size = int(match.group(1), 16), int(match.group(2), 0)
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True,
                              capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return match.group(3), address - section_address + section_offset, size
    raise ValueError(f"{library} has no .rodata section")


def _soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-dW", str(library)], check=True,
                             capture_output=True, text=True).stdout
    match = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    return match.group(1) if match else library.name


def unwanted(item: str) -> bool:
    """Whether a package item ("lang/af.res", "af.res", "ibm-1390_P110-2003.cnv") goes."""
    tree, _, name = item.rpartition("/")
    if tree:
        return tree.split("/")[0] in DROP_TREES
    if name.endswith(DROP_SUFFIXES) or name in DROP_FILES:
        return True
    # Locales (af.res, zh_Hant_TW.res), not data like supplementalData.res.
    return (re.fullmatch(r"[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]+)?\.res",
                         name) is not None and not KEEP_LOCALES.fullmatch(name))


def trim(library: Path, out: Path) -> bool:
    """Write a trimmed copy of ``library`` to ``out``; False (nothing written) when the
    tools are missing."""
    if not all(shutil.which(tool) for tool in ("icupkg", "readelf", "as", "ld")):
        return False
    name, offset, size = _symbol(library)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg wants the package's own name (icudt73l.dat: little-endian ASCII).
        package = name.removesuffix("_dat") + "l.dat"
        (work / "in").mkdir()
        (work / "out").mkdir()
        full, small = work / "in" / package, work / "out" / package
        with library.open("rb") as source:
            source.seek(offset)
            full.write_bytes(source.read(size))
        items = subprocess.run(["icupkg", "-l", str(full)], check=True,
                               capture_output=True, text=True).stdout.split()
        (work / "drop.txt").write_text("\n".join(filter(unwanted, items)) + "\n")
        subprocess.run(["icupkg", "--ignore-deps", "-r", str(work / "drop.txt"),
                        str(full), str(small)], check=True, capture_output=True)
        (work / "data.S").write_text(
            f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n'
            f'{name}:\n.incbin "{small}"\n.size {name}, . - {name}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.S")], check=True)
        subprocess.run(["ld", "-shared", "-soname", _soname(library), "-o", str(out),
                        str(work / "data.o")], check=True)
    return True


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    if not trim(Path(sys.argv[1]), Path(sys.argv[2])):
        sys.exit("icupkg, readelf, as or ld is missing: nothing written")
