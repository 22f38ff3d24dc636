"""The scan log exported as CSV, from the store and from the command line."""

from __future__ import annotations

import csv
import io

from passdesk import cli
from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.core.admission import DoorConfig
from passdesk.scan.door import Door
from passdesk.settings import data_dir
from passdesk.store import scans
from passdesk.store.database import Database, database_url
from passdesk.store.schema import Pass


def test_export_writes_every_scan_with_the_holder_and_defuses_formulas(tmp_path) -> None:
    db = Database.open(database_url(None, data_dir()))  # the app's own file
    with db.session() as s:
        s.add(Pass(id="p1", display_name="Ana Núñez", status="active", ext_id="crm-1",
                   attributes={}))
    door = Door(db, DoorConfig(desk="north"))
    door.scan("crm-1")
    door.scan("=HYPERLINK(\"http://evil\")")
    door.scan("crm-1")
    out = io.StringIO()
    with db.session() as s:
        assert scans.export_csv(s, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["verdict"] for r in rows] == ["admit", "deny", "deny"]
    assert rows[0]["holder"] == "Ana Núñez"
    assert rows[0]["station"] == "north"
    assert rows[1]["value"].startswith("'=")  # not run as a formula
    assert rows[2]["reason"] == "already admitted"
    # "shown" says what the Door's screen said; an undone admission says so.
    assert [r["shown"] for r in rows] == ["ADMIT", "DENY", "DENY"]
    door.undo_last_admission()
    with db.session() as s:
        out = io.StringIO()
        scans.export_csv(s, out)
    undone = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (undone["verdict"], undone["shown"]) == ("admit", "ADMIT (UNDONE)")
    assert undone["undone_at"]
    door.close()
    db.close()

    target = tmp_path / "scans.csv"
    assert cli.main(["scans", "export", str(target), "--url", DEFAULT_BASE_URL]) == 0
    with target.open(encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 3


def test_export_to_an_unwritable_place_says_so(tmp_path, capsys) -> None:
    Database.open(database_url(None, data_dir())).close()
    assert cli.main(["scans", "export", str(tmp_path / "no" / "such" / "dir.csv")]) == 1
    assert "Could not write" in capsys.readouterr().err
