"""A CSV of passes to issue: read it, map its columns, check every row first.

Nothing is sent until the whole file was checked, so a person sees every bad
row (with its spreadsheet row number and why) before any pass exists.

Each row's ext id is its idempotency key: queuing the same file again skips
the rows already queued. When no column holds ext ids, one is derived from
the file's content and the row number, so a second run gives the same ids.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from passdesk.core import limits
from passdesk.core.payloads import PassInput, QrInput
from passdesk.core.records import Location
from passdesk.core.template_fields import FieldSpec

# Mapping targets besides the template's field ids. The "@" keeps them apart
# from any field id a template may use.
EXT_ID, GROUP_TAG, QR_VALUE = "@extId", "@groupTag", "@qrValue"
LATITUDE, LONGITUDE, RADIUS = "@latitude", "@longitude", "@radius"
SPECIAL_TARGETS = {
    EXT_ID: "Ext id", GROUP_TAG: "Group tag", QR_VALUE: "QR code value",
    LATITUDE: "Location latitude", LONGITUDE: "Location longitude",
    RADIUS: "Location radius (m)",
}
#: Header names (compared without case, spaces or punctuation) for each target.
ALIASES = {
    EXT_ID: ("extid", "externalid", "externalreference", "ref", "reference"),
    GROUP_TAG: ("grouptag", "group", "tag"),
    QR_VALUE: ("qr", "qrvalue", "qrcode", "barcode", "barcodevalue"),
    LATITUDE: ("latitude", "lat"),
    LONGITUDE: ("longitude", "lon", "lng", "long"),
    RADIUS: ("radius", "radiusm", "radiusmetres", "radiusmeters"),
}
#: Lengths of the store's columns (ext id, group tag, barcode) and a bound on
#: a field's text: more does not fit on a pass and is almost surely a wrong column.
MAX_EXT_ID = 255
MAX_GROUP_TAG = 255
MAX_QR = 1024
MAX_FIELD = 255
SHOWN_VALUE = 30  # characters of a bad value quoted in a report

ColumnMap = dict[str, int | None]  # target -> column index (None: not mapped)


class CsvError(ValueError):
    """The file cannot be read as a CSV table."""


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    #: Data records, each with its spreadsheet row number (the header is row 1).
    rows: list[tuple[int, list[str]]]
    delimiter: str
    #: A digest of the content: derived ext ids stay the same for the same file.
    digest: str


@dataclass(frozen=True)
class BadRow:
    row_number: int
    reasons: tuple[str, ...]
    cells: tuple[str, ...]


@dataclass(frozen=True)
class GoodRow:
    row_number: int
    new: PassInput


@dataclass
class CheckReport:
    good: list[GoodRow] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.good) + len(self.bad)


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvError(f"The file is not UTF-8 text (byte {exc.start} cannot be read). "
                       "Save it as “CSV UTF-8” and try again.") from None


def _delimiter(text: str) -> str:
    """``,`` or ``;``: the one the header line (outside quotes) uses more."""
    first = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


def read_csv(data: bytes | str) -> CsvTable:
    """A CSV file's header and records. Blank lines are skipped."""
    text = _decode(data)
    if not text.strip():
        raise CsvError("The file is empty.")
    delimiter = _delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise CsvError(f"The file is not a readable CSV table: {exc}") from None
    numbered = [(n, r) for n, r in enumerate(records, 1) if any(c.strip() for c in r)]
    if not numbered:
        raise CsvError("The file is empty.")
    (_, headers), *rows = numbered
    headers = [h.strip() for h in headers]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return CsvTable(headers, rows, delimiter, digest)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def targets(fields: Sequence[FieldSpec]) -> dict[str, str]:
    """Every mapping target with its label: the template's fields first."""
    return {**{f.field_id: f.label for f in fields}, **SPECIAL_TARGETS}


def propose_mapping(headers: Sequence[str], fields: Sequence[FieldSpec]) -> ColumnMap:
    """Each target's column by header name (field id or label, without case); each
    column is used once."""
    by_key: dict[str, int] = {}
    for n, header in enumerate(headers):
        by_key.setdefault(_key(header), n)
    names = {f.field_id: (f.field_id, f.label) for f in fields}
    names.update(ALIASES)
    out: ColumnMap = {}
    used: set[int] = set()
    for target in targets(fields):
        found = next((by_key[_key(n)] for n in names[target]
                      if _key(n) in by_key and by_key[_key(n)] not in used), None)
        out[target] = found
        if found is not None:
            used.add(found)
    return out


def derived_ext_id(table: CsvTable, row_number: int) -> str:
    return f"csv-{table.digest[:16]}-{row_number}"


def _shown(value: str) -> str:
    return value if len(value) <= SHOWN_VALUE else value[:SHOWN_VALUE] + "…"


def _number(text: str, what: str, problems: list[str]) -> float | None:
    try:
        return float(text.replace(",", ".")) if text else None
    except ValueError:
        problems.append(f"{what} {_shown(text)!r} is not a number")
        return None


def _location(cell, problems: list[str]) -> list[Location]:
    lat, lon, radius = cell(LATITUDE), cell(LONGITUDE), cell(RADIUS)
    if not (lat or lon or radius):
        return []
    if not (lat and lon):
        problems.append("a location needs both latitude and longitude")
        return []
    before = len(problems)
    loc = Location(latitude=_number(lat, "latitude", problems),
                   longitude=_number(lon, "longitude", problems),
                   radius=_number(radius, "radius", problems))
    if len(problems) > before:
        return []
    problems.extend(p.removeprefix("location 1: ") for p in limits.location_problems([loc]))
    return [loc]


def check_rows(table: CsvTable, mapping: ColumnMap, fields: Sequence[FieldSpec], *,
               template_id: str) -> CheckReport:
    """Every row checked; the good ones as passes to issue.

    A mapped template field without a default must have a value in every row
    (with a default, an empty cell means "the default").
    """
    width = len(table.headers)
    labels = {f.field_id: f.label for f in fields}
    defaults = {f.field_id: f.default for f in fields}
    ext_col = mapping.get(EXT_ID)
    first_row: dict[str, int] = {}
    report = CheckReport()
    for row_number, cells in table.rows:
        def cell(target: str, cells=cells) -> str:
            col = mapping.get(target)
            return cells[col].strip() if col is not None and col < len(cells) else ""

        problems: list[str] = []
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(f"{len(cells)} cells but the header names {width} columns")
        values: dict[str, str] = {}
        for field_id, label in labels.items():
            if mapping.get(field_id) is None:
                continue
            value = cell(field_id)
            if not value:
                if defaults[field_id] is None:
                    problems.append(f"{label} is empty")
                continue
            if len(value) > MAX_FIELD:
                problems.append(f"{label} is {len(value)} characters (at most {MAX_FIELD})")
            values[field_id] = value
        ext_id = cell(EXT_ID) if ext_col is not None else derived_ext_id(table, row_number)
        if not ext_id:
            problems.append("ext id is empty")
        elif len(ext_id) > MAX_EXT_ID:
            problems.append(f"ext id is {len(ext_id)} characters (at most {MAX_EXT_ID})")
        elif ext_id in first_row:
            problems.append(f"ext id {_shown(ext_id)!r} is also on row {first_row[ext_id]}")
        else:
            first_row[ext_id] = row_number
        group_tag, qr = cell(GROUP_TAG), cell(QR_VALUE)
        if len(group_tag) > MAX_GROUP_TAG:
            problems.append(f"group tag is {len(group_tag)} characters (at most {MAX_GROUP_TAG})")
        if len(qr) > MAX_QR:
            problems.append(f"QR value is {len(qr)} characters (at most {MAX_QR})")
        locations = _location(cell, problems)
        if problems:
            report.bad.append(BadRow(row_number, tuple(problems), tuple(cells)))
            continue
        report.good.append(GoodRow(row_number, PassInput(
            template_id, values, ext_id=ext_id, group_tag=group_tag or None,
            qr=QrInput(qr) if qr else None, locations=locations)))
    return report


def bad_rows_csv(table: CsvTable, bad: Sequence[BadRow]) -> str:
    """The bad rows as a CSV a person can fix and load again: the original
    columns, then the row number and the problems."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=table.delimiter, lineterminator="\r\n")
    writer.writerow([*table.headers, "row", "problems"])
    width = len(table.headers)
    for row in bad:
        cells = list(row.cells[:width]) + [""] * (width - len(row.cells))
        writer.writerow([*cells, row.row_number, "; ".join(row.reasons)])
    return out.getvalue()
