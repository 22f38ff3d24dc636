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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from passdesk.core import limits
from passdesk.core.payloads import BarcodeInput, PassInput, ext_id_problems
from passdesk.core.records import Location
from passdesk.core.template_fields import FieldSpec
from passdesk.core.texts import translate

# Mapping targets besides the template's field ids. The "@" keeps them apart
# from any field id a template may use.
EXT_ID, GROUP_TAG, QR_VALUE = "@extId", "@groupTag", "@qrValue"
LATITUDE, LONGITUDE, RADIUS = "@latitude", "@longitude", "@radius"
SPECIAL_TARGETS = {
    EXT_ID: translate("passes", "Ext id"), GROUP_TAG: translate("passes", "Group tags"),
    QR_VALUE: translate("passes", "QR code value"),
    LATITUDE: translate("passes", "Location latitude"),
    LONGITUDE: translate("passes", "Location longitude"),
    RADIUS: translate("passes", "Location radius (m)"),
}
#: Header names (compared without case, spaces or punctuation) for each target.
ALIASES = {
    EXT_ID: ("extid", "externalid", "externalreference", "ref", "reference"),
    GROUP_TAG: ("grouptags", "grouptag", "groups", "group", "tags", "tag"),
    QR_VALUE: ("qr", "qrvalue", "qrcode", "barcode", "barcodevalue"),
    LATITUDE: ("latitude", "lat"),
    LONGITUDE: ("longitude", "lon", "lng", "long"),
    RADIUS: ("radius", "radiusm", "radiusmetres", "radiusmeters"),
}
#: Lengths of the store's columns (group tag, barcode) and a bound on a field's
#: text: more does not fit on a pass and is almost surely a wrong column. Ext ids
#: follow ``core.payloads.ext_id_problems``.
MAX_GROUP_TAG = 255
MAX_QR = 1024
MAX_FIELD = 255
SHOWN_VALUE = 30  # characters of a bad value quoted in a report
SHOWN_ROWS = 3  # other rows named when a value repeats
UNCLOSED_QUOTE = translate("passes", "a quote opened on this line is never closed; the next "
                                     "line is read as its own row")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")

ColumnMap = dict[str, int | None]  # target -> column index (None: not mapped)


def split_tags(text: str) -> list[str]:
    """Group tags as a person types them: "vip, early bird,,vip" -> ["vip", "early bird"]."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def qr_code(value: str | None) -> BarcodeInput | None:
    """A QR code holding ``value`` (None: the pass's ext id; "": no code)."""
    if value is None:
        return BarcodeInput(enabled=True, type="qr", source="extId", display_text=True)
    if not value:
        return None
    return BarcodeInput(enabled=True, type="qr", source="custom", value=value,
                        display_text=True)


class CsvError(ValueError):
    """The file cannot be read as a CSV table."""


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    #: Data records, each with the file's line number it starts on (the header is
    #: line 1; a spreadsheet shows the same numbers unless a cell holds a line break).
    rows: list[tuple[int, list[str]]]
    delimiter: str
    #: A digest of the content: derived ext ids stay the same for the same file.
    digest: str
    #: Lines that could not be read as a row: (line number, why, the line's text).
    broken: tuple[tuple[int, str, str], ...] = ()


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
        raise CsvError(translate("passes", "The file is not UTF-8 text (byte {byte} cannot be "
                                 "read). Save it as “CSV UTF-8” and try again.").format(
            byte=str(exc.start))) from None


def _delimiter(text: str) -> str:
    """``,`` or ``;``: the one the header line (outside quotes) uses more."""
    first = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


class _Lines:
    """The file's lines for ``csv.reader``, counting how many it has taken."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.taken = lines, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.taken >= len(self.lines):
            raise StopIteration
        self.taken += 1
        return self.lines[self.taken - 1]


def _runaway(lines: list[str], record: list[str], delimiter: str) -> bool:
    """A record that took several lines because a quote was never closed: a cell
    holding a line break followed by a delimiter (another row swallowed), or the
    quote still open at the end of the file."""
    if any("\n" in c and delimiter in c.split("\n", 1)[1] for c in record):
        return True
    try:
        list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


def _records(text: str, delimiter: str) -> tuple[list[tuple[int, list[str]]],
                                                 list[tuple[int, str, str]]]:
    """Every record with its first line number, and the lines with a quote never closed
    (reading goes on at the next line, so no other row is swallowed)."""
    lines = _LINE.findall(text)
    source = _Lines(lines)
    reader = csv.reader(source, delimiter=delimiter)
    records, broken = [], []
    while True:
        start = source.taken
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CsvError(translate("passes", "Line {line} cannot be read as CSV: {reason}")
                           .format(line=str(start + 1), reason=str(exc))) from None
        if _runaway(lines[start:source.taken], record, delimiter):
            broken.append((start + 1, UNCLOSED_QUOTE, lines[start].rstrip("\r\n")))
            source.taken = start + 1
            reader = csv.reader(source, delimiter=delimiter)
            continue
        records.append((start + 1, record))
    return records, broken


def read_csv(data: bytes | str) -> CsvTable:
    """A CSV file's header and records. Blank lines are skipped; each record keeps
    the line number it starts on."""
    text = _decode(data)
    if not text.strip():
        raise CsvError(translate("passes", "The file is empty."))
    delimiter = _delimiter(text)
    records, broken = _records(text, delimiter)
    numbered = [(n, r) for n, r in records if any(c.strip() for c in r)]
    if not numbered or (broken and broken[0][0] < numbered[0][0]):
        if broken:
            raise CsvError(translate("passes", "Line {line}: {problem}.").format(
                line=str(broken[0][0]), problem=broken[0][1]))
        raise CsvError(translate("passes", "The file is empty."))
    (_, headers), *rows = numbered
    headers = [h.strip() for h in headers]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return CsvTable(headers, rows, delimiter, digest, tuple(broken))


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
        problems.append(translate("passes", "{what} {value} is not a number").format(
            what=what, value=repr(_shown(text))))
        return None


def _location(cell, problems: list[str]) -> list[Location]:
    lat, lon, radius = cell(LATITUDE), cell(LONGITUDE), cell(RADIUS)
    if not (lat or lon or radius):
        return []
    if not (lat and lon):
        problems.append(translate("passes", "a location needs both latitude and longitude"))
        return []
    before = len(problems)
    loc = Location(latitude=_number(lat, translate("passes", "latitude"), problems),
                   longitude=_number(lon, translate("passes", "longitude"), problems),
                   radius=_number(radius, translate("passes", "radius"), problems))
    if len(problems) > before:
        return []
    problems.extend(limits.one_location_problems(loc))
    return [loc]


def _cell_of(mapping: ColumnMap, target: str, cells: Sequence[str]) -> str:
    col = mapping.get(target)
    return cells[col].strip() if col is not None and col < len(cells) else ""


def row_codes(table: CsvTable, mapping: ColumnMap) -> tuple[list[str], list[str]]:
    """The ext ids and QR values the rows would get (for a look at the store)."""
    ext_ids, codes = [], []
    for row_number, cells in table.rows:
        ext_id = (_cell_of(mapping, EXT_ID, cells) if mapping.get(EXT_ID) is not None
                  else derived_ext_id(table, row_number))
        ext_ids.append(ext_id)
        codes.append(_cell_of(mapping, QR_VALUE, cells)
                     if mapping.get(QR_VALUE) is not None else ext_id)
    return ext_ids, codes


def _repeats(values: Sequence[tuple[int, str]]) -> dict[str, list[int]]:
    """Value -> the rows that have it, for values on more than one row."""
    rows: dict[str, list[int]] = {}
    for row_number, value in values:
        if value:
            rows.setdefault(value, []).append(row_number)
    return {v: r for v, r in rows.items() if len(r) > 1}


def _also_on(what: str, value: str, rows: list[int], row_number: int) -> str:
    others = [r for r in rows if r != row_number]
    named = ", ".join(str(r) for r in others[:SHOWN_ROWS])
    count = len(others)  # a plain name: lupdate drops a call's n written otherwise
    if count > SHOWN_ROWS:
        return translate("passes", "{what} {value} is also on line(s) {lines} and {more} more",
                         None, count).format(what=what, value=repr(_shown(value)),
                                                   lines=named,
                                                   more=str(len(others) - SHOWN_ROWS))
    return translate("passes", "{what} {value} is also on line(s) {lines}", None,
                     count).format(what=what, value=repr(_shown(value)), lines=named)


def check_rows(table: CsvTable, mapping: ColumnMap, fields: Sequence[FieldSpec], *,
               template_id: str, event_id: str | None = None,
               taken_ext_ids: Collection[str] = (),
               taken_codes: Collection[str] = ()) -> CheckReport:
    """Every row checked; the good ones as passes to issue.

    A mapped template field without a default must have a value in every row
    (with a default, an empty cell means "the default"). An ext id or QR value
    given on two rows makes both bad (which one is right cannot be told), and so
    does one a stored pass has (``taken_ext_ids`` / ``taken_codes``, read from the
    store by the caller). Without a QR column the ext id is the QR value: a pass
    with no code cannot be scanned at the door.
    """
    width = len(table.headers)
    labels = {f.field_id: f.label for f in fields}
    defaults = {f.field_id: f.default for f in fields}
    ext_ids, codes = row_codes(table, mapping)
    numbers = [n for n, _cells in table.rows]
    ext_repeats = _repeats(list(zip(numbers, ext_ids, strict=True)))
    code_repeats = _repeats(list(zip(numbers, codes, strict=True)))
    taken_ext_ids, taken_codes = set(taken_ext_ids), set(taken_codes)
    report = CheckReport()
    for (row_number, cells), ext_id, qr in zip(table.rows, ext_ids, codes, strict=True):
        def cell(target: str, cells=cells) -> str:
            return _cell_of(mapping, target, cells)

        problems: list[str] = []
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(translate("passes", "{cells} cells but the header names {columns} "
                                      "columns").format(cells=str(len(cells)),
                                                        columns=str(width)))
        values: dict[str, str] = {}
        for field_id, label in labels.items():
            if mapping.get(field_id) is None:
                continue
            value = cell(field_id)
            if not value:
                if defaults[field_id] is None:
                    problems.append(translate("passes", "{field} is empty").format(field=label))
                continue
            if len(value) > MAX_FIELD:
                problems.append(translate("passes", "{field} is {length} characters (at most "
                                          "{most})").format(field=label, length=str(len(value)),
                                                            most=str(MAX_FIELD)))
            values[field_id] = value
        if not ext_id:
            problems.append(translate("passes", "ext id is empty"))
        else:
            problems += ext_id_problems(ext_id)
            if ext_id in ext_repeats:
                problems.append(_also_on(translate("passes", "ext id"), ext_id,
                                         ext_repeats[ext_id], row_number))
            if ext_id in taken_ext_ids:
                problems.append(translate("passes", "ext id {value} is already on a pass "
                                          "(issued before?)").format(value=repr(_shown(ext_id))))
        tags = split_tags(cell(GROUP_TAG))
        problems += [translate("passes", "group tag is {length} characters (at most {most})")
                     .format(length=str(len(tag)), most=str(MAX_GROUP_TAG))
                     for tag in tags if len(tag) > MAX_GROUP_TAG]
        if len(qr) > MAX_QR:
            problems.append(translate("passes", "QR value is {length} characters (at most "
                                      "{most})").format(length=str(len(qr)), most=str(MAX_QR)))
        if qr and qr != ext_id:  # an ext id repeated or taken is said once
            if qr in code_repeats:
                problems.append(_also_on(translate("passes", "QR value"), qr, code_repeats[qr],
                                         row_number))
            if qr in taken_codes:
                problems.append(translate("passes", "QR value {value} is already on a pass")
                                .format(value=repr(_shown(qr))))
        locations = _location(cell, problems)
        if problems:
            report.bad.append(BadRow(row_number, tuple(problems), tuple(cells)))
            continue
        report.good.append(GoodRow(row_number, PassInput(
            template_id, values, ext_id=ext_id, group_tags=tags or None,
            barcode=qr_code(qr if mapping.get(QR_VALUE) is not None else None),
            locations=locations, event_id=event_id)))
    report.bad += [BadRow(n, (why,), (text,)) for n, why, text in table.broken]
    report.bad.sort(key=lambda b: b.row_number)
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


# --- the documented batch CSV (PASSENTRY-API.md §11.1) ---------------------------------

#: The batch CSV's fixed columns, in the guide's order (the others are passfield_<id>).
BATCH_COLUMNS = ("ext_id", "group_tags", "nfc_enabled", "nfc_source", "nfc_custom_value",
                 "barcode_enabled", "barcode_type", "barcode_source", "barcode_value",
                 "barcode_display_text")
BATCH_FIELD_PREFIX = "passfield_"
#: Header line + one line per row: the batch's line n is rows[n - 2].
BATCH_FIRST_LINE = 2


def _flag(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def batch_blockers(rows: Sequence[PassInput]) -> str | None:
    """Why these rows cannot go up as a batch CSV (the CSV has no column for it), or None.

    A location has no batch column; the event a pass belongs to is a link kept in
    this desk's store only, which a pass issued on PassEntry's side would not get.
    """
    if any(r.locations or r.beacons for r in rows):
        return translate("passes", "the rows have locations, which a batch file cannot carry")
    if any(r.event_id for r in rows):
        return translate("passes", "the passes are linked to an event on this desk, which a "
                         "batch cannot do")
    if any(r.message for r in rows):
        return translate("passes", "the rows carry a message, which a batch file cannot carry")
    return None


def batch_csv(rows: Sequence[PassInput]) -> str:
    """The rows as the documented batch CSV: ``ext_id`` (required), ``group_tags``,
    barcode and NFC columns, ``passfield_<field id>`` per template field used."""
    field_ids = list(dict.fromkeys(k for r in rows for k in r.values))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*BATCH_COLUMNS, *(BATCH_FIELD_PREFIX + f for f in field_ids)])
    for new in rows:
        tags = [*([new.group_tag] if new.group_tag else []), *(new.group_tags or [])]
        nfc = new.nfc
        if nfc is None and new.nfc_enabled is not None:
            nfc_cells = [_flag(new.nfc_enabled), "", ""]
        elif nfc is None:
            nfc_cells = ["", "", ""]
        else:
            nfc_cells = [_flag(nfc.enabled), str(nfc.source or ""), nfc.custom_value or ""]
        code = new.barcode_input
        if code is None:
            code_cells = ["", "", "", "", ""]
        else:
            code_cells = [_flag(code.enabled), str(code.type), str(code.source),
                          code.value or "", _flag(code.display_text)]
        values = ["" if new.values.get(f) is None else str(new.values[f]) for f in field_ids]
        writer.writerow([new.ext_id or "", ",".join(dict.fromkeys(tags)), *nfc_cells,
                         *code_cells, *values])
    return out.getvalue()
