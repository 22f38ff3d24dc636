"""What a scanner typed, tapped or saw, turned into values to look a pass up by.

A value may be a pass id (UUID or 40 hex), an ext id, an NFC value, a barcode
value, a download URL that carries the pass id, or any of these behind a VTAP
prefix. Scanners add noise (whitespace, control characters, a caps-lock
keyboard wedge upper-casing a hex id); garbage (binary, huge, empty) is
refused with a reason instead of being looked up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs, urlsplit

from passdesk.core.texts import translate

#: Longer than any id, ext id or barcode a pass carries: refused unread.
MAX_LENGTH = 2048
#: VTAP readers can prefix what they read; the part after it is the value.
VTAP_PREFIXES = ("VAS:", "ST:", "NDEF:", "NFC:", "QR:", "UID:")
#: Query keys and path shapes of download links that carry the pass id.
URL_ID_KEYS = ("pass", "passId", "pass_id", "id")
_HEX40 = re.compile(r"^[0-9a-fA-F]{40}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")


class Unreadable(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too long"
    NOT_TEXT = "not text"


@dataclass(frozen=True)
class ParsedScan:
    """A cleaned value and the candidates to look it up by, most specific first."""

    text: str
    candidates: tuple[str, ...]
    #: Set when the value's shape says it is a pass id (UUID, 40 hex, from a URL).
    pass_id: str | None = None


@dataclass(frozen=True)
class RejectedScan:
    reason: Unreadable
    detail: str


def looks_like_pass_id(value: str) -> bool:
    return bool(_UUID.match(value) or _HEX40.match(value))


def _clean(raw: str | bytes) -> str | RejectedScan:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            return RejectedScan(Unreadable.NOT_TEXT, translate(
                "verdicts", "the scanner sent bytes that are not text"))
    if len(raw) > MAX_LENGTH:
        return RejectedScan(Unreadable.TOO_LONG, translate(
            # Written here, not by the locale: every face (Door, Till, hub) says the same.
            "verdicts", "{count} characters is not a pass code").format(count=f"{len(raw):,}"))
    text = unicodedata.normalize("NFC", raw)
    # Scanners append CR/LF/TAB and sometimes send control codes (GS, RS, NUL);
    # keyboards and copy-paste bring odd spaces (no-break, line separator).
    printable = "".join(" " if unicodedata.category(ch)[0] == "Z" else ch
                        for ch in text if unicodedata.category(ch)[0] != "C")
    if len(printable) < len(text.strip()) * 0.8:
        return RejectedScan(Unreadable.NOT_TEXT, translate(
            "verdicts", "mostly control characters, not a pass code"))
    printable = printable.strip()
    if not printable:
        return RejectedScan(Unreadable.EMPTY, translate("verdicts", "nothing was read"))
    return printable


def _from_url(text: str) -> str | None:
    if not text.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    query = parse_qs(parts.query)
    for key in URL_ID_KEYS:
        for value in query.get(key, []):
            if value.strip():
                return value.strip()
    segments = [s for s in parts.path.split("/") if s]
    for segment in reversed(segments):
        if looks_like_pass_id(segment):
            return segment
    return None


def parse_scan(raw: str | bytes) -> ParsedScan | RejectedScan:
    cleaned = _clean(raw)
    if isinstance(cleaned, RejectedScan):
        return cleaned
    text = cleaned
    for prefix in VTAP_PREFIXES:
        if text.upper().startswith(prefix):
            text = text[len(prefix):].strip()
            break
    if not text:
        return RejectedScan(Unreadable.EMPTY,
                            translate("verdicts", "only a reader prefix was read"))
    from_url = _from_url(text)
    if from_url is not None:
        text = from_url
    candidates = [text]
    pass_id = None
    if looks_like_pass_id(text):
        pass_id = text.lower()
        # A caps-lock wedge upper-cases hex ids; ids are stored lower-case.
        if pass_id != text:
            candidates.insert(0, pass_id)
    return ParsedScan(text=text, candidates=tuple(dict.fromkeys(candidates)), pass_id=pass_id)
