"""Reading a CSV of passes, mapping its columns, and checking every row first."""

from __future__ import annotations

import csv
import io

import pytest

from passdesk.core import bulk_csv
from passdesk.core.bulk_csv import (
    EXT_ID,
    GROUP_TAG,
    LATITUDE,
    LONGITUDE,
    QR_VALUE,
    RADIUS,
    CsvError,
    check_rows,
    propose_mapping,
    read_csv,
)
from passdesk.core.template_fields import FieldSpec

FIELDS = [
    FieldSpec("fullName", "Name", None, "secondary", "secOne"),
    FieldSpec("seat", "Seat", None, "header", "header_one"),
    FieldSpec("terms", "Terms", "Not valid anywhere", "backFields", "backOne"),
]
HEADER = ["Name", "SEAT", "Ext ID", "group tag", "QR", "Latitude", "Longitude", "Radius"]
#: Row number (spreadsheet numbering: the header is row 1) -> (how it is broken, reason part).
BROKEN = {
    12: "missing name", 57: "duplicate ext id", 140: "name too long", 203: "latitude 91",
    288: "longitude not a number", 351: "empty ext id", 499: "too many cells",
}


def people_csv(n: int = 500, *, delimiter: str = ",", bom: bool = False) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    for i in range(n):
        row_number = i + 2
        row = [f"Guest {i}", f"A{i}", f"ext-{i}", "bulk", f"QR-{i}", "51.5", "-0.12", "100"]
        kind = BROKEN.get(row_number)
        if kind == "missing name":
            row[0] = " "
        elif kind == "duplicate ext id":
            row[2] = "ext-10"  # row 12 has it (and is bad anyway: both are refused)
        elif kind == "name too long":
            row[0] = "x" * 300
        elif kind == "latitude 91":
            row[5] = "91"
        elif kind == "longitude not a number":
            row[6] = "west"
        elif kind == "empty ext id":
            row[2] = ""
        elif kind == "too many cells":
            row.append("surprise")
        writer.writerow(row)
    text = out.getvalue()
    return ("\ufeff" + text if bom else text).encode("utf-8")


def checked(data: bytes):
    table = read_csv(data)
    mapping = propose_mapping(table.headers, FIELDS)
    return table, check_rows(table, mapping, FIELDS, template_id="tpl-1")


def test_headers_map_to_fields_and_specials_without_case() -> None:
    mapping = propose_mapping(HEADER, FIELDS)
    assert mapping == {"fullName": 0, "seat": 1, "terms": None, EXT_ID: 2, GROUP_TAG: 3,
                       QR_VALUE: 4, LATITUDE: 5, LONGITUDE: 6, RADIUS: 7}


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), (",", True), (";", False),
                                                 (";", True)])
def test_500_rows_with_7_bad_ones_report_exactly_those(delimiter: str, bom: bool) -> None:
    table, report = checked(people_csv(delimiter=delimiter, bom=bom))
    assert table.delimiter == delimiter
    assert table.headers[0] == "Name"  # the BOM is not part of the first header
    assert report.total == 500
    assert len(report.good) == 493
    reasons = {b.row_number: " ".join(b.reasons) for b in report.bad}
    assert set(reasons) == set(BROKEN)
    assert "Name is empty" in reasons[12]
    assert "ext id 'ext-10' is also on line 12" in reasons[57]
    assert "ext id 'ext-10' is also on line 57" in reasons[12]
    assert "Name is 300 characters" in reasons[140]
    assert "latitude must be between -90 and 90" in reasons[203]
    assert "longitude 'west' is not a number" in reasons[288]
    assert "ext id is empty" in reasons[351]
    assert "9 cells but the header names 8 columns" in reasons[499]
    first = report.good[0]
    assert first.row_number == 2
    new = first.new
    assert (new.template_id, new.values, new.ext_id, new.group_tags) == (
        "tpl-1", {"fullName": "Guest 0", "seat": "A0"}, "ext-0", ["bulk"])
    assert (new.barcode.type, new.barcode.source, new.barcode.value) == ("qr", "custom", "QR-0")
    assert (new.locations[0].latitude, new.locations[0].radius) == (51.5, 100.0)
    assert len({g.new.ext_id for g in report.good}) == 493


def test_quoted_cells_keep_their_delimiters_and_line_breaks() -> None:
    data = 'Name;Seat;Ext id\r\n"Smith; Jane";"A\n1";e1\r\n\r\n"O""Brien, Pat";B2;e2\r\n'
    table, report = checked(data.encode())
    assert table.delimiter == ";"
    assert [g.new.values["fullName"] for g in report.good] == ["Smith; Jane", 'O"Brien, Pat']
    assert report.good[0].new.values["seat"] == "A\n1"
    assert report.bad == []


def test_without_an_ext_id_column_each_row_gets_the_same_id_on_every_read() -> None:
    data = b"Name,Seat\r\nAda,A1\r\nBob,B2\r\n"
    _t, first = checked(data)
    _t, again = checked(data)
    ids = [g.new.ext_id for g in first.good]
    assert ids == [g.new.ext_id for g in again.good]
    assert len(set(ids)) == 2
    _t, other = checked(b"Name,Seat\r\nAda,A1\r\nBob,B3\r\n")
    assert not set(ids) & {g.new.ext_id for g in other.good}


def test_a_field_with_a_default_may_be_empty_and_a_half_location_may_not() -> None:
    data = b"Name,Seat,Terms,Ext id,Latitude\r\nAda,A1,,e1,\r\nBob,B2,,e2,51.5\r\n"
    _t, report = checked(data)
    assert [g.new.values for g in report.good] == [{"fullName": "Ada", "seat": "A1"}]
    assert report.bad[0].row_number == 3
    assert report.bad[0].reasons == ("a location needs both latitude and longitude",)


def test_bad_rows_export_as_a_csv_to_fix_and_load_again() -> None:
    table, report = checked(people_csv(delimiter=";"))
    rows = list(csv.reader(io.StringIO(bulk_csv.bad_rows_csv(table, report.bad)),
                           delimiter=";"))
    assert rows[0] == [*HEADER, "row", "problems"]
    assert [int(r[-2]) for r in rows[1:]] == sorted(BROKEN)
    assert rows[1][0] == " "
    assert "Name is empty" in rows[1][-1]


@pytest.mark.parametrize(("data", "why"), [
    (b"", "empty"), (b"\xef\xbb\xbf\r\n\r\n", "empty"), (b"Name\r\n\xff\xfe", "UTF-8"),
])
def test_unreadable_files_say_why(data: bytes, why: str) -> None:
    with pytest.raises(CsvError, match=why):
        read_csv(data)


GALA = ["Name,Seat,Ext id,QR"] + [f"Guest {n},A{n},g-{n},GALA-{n:04d}" for n in range(1, 12)]


def gala(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_qr_value_on_two_rows_refuses_both_and_names_the_other_line() -> None:
    lines = list(GALA)
    lines[10] = "Guest 10,A10,g-10,GALA-0002"  # line 11; line 3 has GALA-0002 too
    _t, report = checked(gala(lines))
    bad = {b.row_number: " ".join(b.reasons) for b in report.bad}
    assert set(bad) == {3, 11}
    assert "QR value 'GALA-0002' is also on line 11" in bad[3]
    assert "QR value 'GALA-0002' is also on line 3" in bad[11]
    assert len(report.good) == 9


def test_codes_and_ext_ids_a_stored_pass_has_are_refused() -> None:
    table = read_csv(gala(GALA))
    mapping = propose_mapping(table.headers, FIELDS)
    report = check_rows(table, mapping, FIELDS, template_id="t", event_id="ev-1",
                        taken_ext_ids={"g-4"}, taken_codes={"GALA-0007"})
    bad = {b.row_number: " ".join(b.reasons) for b in report.bad}
    assert "ext id 'g-4' is already on a pass" in bad[5]
    assert "QR value 'GALA-0007' is already on a pass" in bad[8]
    assert {g.new.event_id for g in report.good} == {"ev-1"}


def test_an_unclosed_quote_is_reported_at_its_line_and_swallows_no_guest() -> None:
    lines = list(GALA)
    lines[8] = '"Emilie Dupre,A8,g-8,GALA-0008'  # line 9: the quote is never closed
    table, report = checked(gala(lines))
    bad = {b.row_number: b.reasons for b in report.bad}
    assert list(bad) == [9]
    assert "quote opened on this line is never closed" in bad[9][0]
    names = [g.new.values["fullName"] for g in report.good]
    assert "Guest 9" in names  # the next guest is still there
    assert len(names) == 10
    assert [n for n, _c in table.rows] == [2, 3, 4, 5, 6, 7, 8, 10, 11, 12]


def test_an_unclosed_quote_on_the_last_line_is_reported_too() -> None:
    lines = [*GALA[:3], '"Zoe,A9,g-9,GALA-0009']
    _t, report = checked(gala(lines))
    assert [(b.row_number, "never closed" in b.reasons[0]) for b in report.bad] == [(4, True)]


@pytest.mark.parametrize(("ext_id", "why"), [
    ("has space", "cannot contain spaces"), ("x" * 120, "120 characters (at most 64)")])
def test_an_ext_id_with_spaces_or_too_long_is_refused(ext_id: str, why: str) -> None:
    _t, report = checked(gala([GALA[0], f"Ada,A1,{ext_id},Q1"]))
    assert why in " ".join(report.bad[0].reasons)


def test_without_a_qr_column_the_ext_id_is_the_code() -> None:
    _t, report = checked(b"Name,Seat,Ext id\r\nAda,A1,e1\r\n")
    code = report.good[0].new.barcode
    assert (code.type, code.source, code.value) == ("qr", "extId", None)


def test_a_group_tags_cell_holds_several_tags_separated_by_commas() -> None:
    _t, report = checked(b'Name,Seat,Ext id,Group tags\r\nAda,A1,e1,"vip, early bird,vip"\r\n'
                         b"Bob,B1,e2,\r\n")
    assert [g.new.group_tags for g in report.good] == [["vip", "early bird"], None]
