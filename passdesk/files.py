"""A file written whole or not at all: a ``.part`` file beside it, renamed into place.

A reader never sees half a file, and a failed write (a full disk, a folder
that takes no files, an error in the code producing the content) leaves the
file as it was and no ``.part`` behind. The one way passdesk replaces a file:
settings, exports, previews, saved passes, local copies of pictures.

    write_atomically(path, lambda out: export_csv(session, out))   # a text stream
    write_text_atomically(path, text)
    write_bytes_atomically(path, data)
    with replacing(path) as part:   # for writers that take a file name
        image.save(str(part), "PNG")
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")


def part_path(path: str | os.PathLike[str]) -> Path:
    """Where ``path`` is written before it is renamed into place: ``<path>.part``."""
    target = Path(path)
    return target.with_name(f"{target.name}.part")


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """The ``.part`` file to write, renamed over ``path`` when the block ends; on any
    error (in the block or the rename) it is removed and ``path`` is left as it was.

    The part file is created before the block runs, with the usual permissions
    (0666 less the umask), so a place that takes no file fails first, in the
    system's words.
    """
    part = part_path(path)
    try:
        with open(part, "wb"):
            pass
        yield part
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):  # the first error is the one to report
            part.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike[str], write: Callable[[TextIO], T]) -> T:
    """Call ``write(file)`` on a UTF-8 text file (newlines as written), then put it in
    place; what ``write`` returns."""
    with replacing(path) as part, open(part, "w", newline="", encoding="utf-8") as out:
        return write(out)


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """``text`` as UTF-8, newlines as the platform writes them (as ``Path.write_text``)."""
    with replacing(path) as part:
        part.write_text(text, encoding="utf-8")


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with replacing(path) as part:
        part.write_bytes(data)
