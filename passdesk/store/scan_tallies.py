"""The SQL that keeps the Insights tallies (``scan_tally``, ``pass_tally``) exact.

Migration 0019 made the tables and their triggers from these; a rescued store
(``store/rescue.py``) rebuilds the tallies from its scans with ``rebuild_sql``.
Run the statements as the driver reads them (``exec_driver_sql``, or a raw
connection): SQLite's step ends in ``:00``, which ``text()`` would take for a parameter.
"""

from __future__ import annotations

# ruff: noqa: S608 - every statement here is built from our own column names, no input

#: Which columns of ``scans`` the tallies read: an update of others (remote_id)
#: fires nothing.
TALLIED = "scanned_at, event_id, desk, reader_id, verdict, reason, undone_at, pass_id"

SQLITE_STEP = ("substr({r}.scanned_at, 1, 14) || printf('%02d', "
               "(CAST(substr({r}.scanned_at, 15, 2) AS INTEGER) / 5) * 5) || ':00.000000'")
POSTGRES_STEP = ("date_trunc('hour', {r}.scanned_at) "
                 "+ (extract(minute FROM {r}.scanned_at)::int / 5) * interval '5 minutes'")


def verdict_of(r: str) -> str:
    return f"CASE WHEN {r}.undone_at IS NOT NULL THEN 'undone' ELSE {r}.verdict END"


def admissions_of(r: str) -> str:
    return f"CASE WHEN {r}.undone_at IS NULL AND {r}.verdict IN ('admit', 'warn') THEN 1 ELSE 0 END"


def exits_of(r: str) -> str:
    return f"CASE WHEN {r}.undone_at IS NULL AND {r}.verdict = 'exit' THEN 1 ELSE 0 END"


def counts_for_pass(r: str) -> str:
    return (f"{r}.pass_id IS NOT NULL AND {r}.undone_at IS NULL "
            f"AND {r}.verdict IN ('admit', 'warn', 'exit')")


def ticket_of(r: str) -> str:
    """1 when the scanned pass is the scan's event's own ticket, else 0."""
    return (f"CASE WHEN {r}.event_id IS NOT NULL AND (SELECT p.event_id FROM passes p "
            f"WHERE p.id = {r}.pass_id) = {r}.event_id THEN 1 ELSE 0 END")


#: ``scan_tally``'s key; ``ticket`` lets the no-shows be counted without reading
#: every admitted pass (``store/insights.py``).
TALLY_COLUMNS = "event_key, step, desk, reader_key, verdict, reason, ticket"


def key_values(r: str, step: str) -> list[str]:
    return [f"COALESCE({r}.event_id, '')", step.format(r=r), f"COALESCE({r}.desk, '')",
            f"COALESCE({r}.reader_id, '')", verdict_of(r), f"COALESCE({r}.reason, '')",
            ticket_of(r)]


def tally_key(r: str, step: str) -> str:
    return ", ".join(key_values(r, step))


def tally_match(r: str, step: str) -> str:
    """The tally row of scan ``r``: each key column equal (each on the primary key)."""
    return " AND ".join(f"{c} = {v}" for c, v in zip(TALLY_COLUMNS.split(", "),
                                                      key_values(r, step), strict=True))


def rebuild_sql(dialect: str) -> list[str]:
    """Empty both tallies and count every scan again."""
    step = POSTGRES_STEP if dialect == "postgresql" else SQLITE_STEP
    return [
        "DELETE FROM scan_tally",
        "DELETE FROM pass_tally",
        f"INSERT INTO scan_tally ({TALLY_COLUMNS}, scans, last_at) "
        f"SELECT {tally_key('s', step)}, count(*), max(s.scanned_at) FROM scans s "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7",
        "INSERT INTO pass_tally (event_key, pass_id, admissions, exits, ticket) "
        f"SELECT COALESCE(s.event_id, ''), s.pass_id, sum({admissions_of('s')}), "
        f"sum({exits_of('s')}), max({ticket_of('s')}) FROM scans s "
        f"WHERE {counts_for_pass('s')} GROUP BY 1, 2",
    ]


def sqlite_triggers() -> list[str]:
    """CREATE TRIGGER statements for SQLite (``insights_scan_*``)."""
    def add(r: str) -> str:
        return (
            f"INSERT INTO scan_tally ({TALLY_COLUMNS}, scans, last_at) "
            f"VALUES ({tally_key(r, SQLITE_STEP)}, 1, {r}.scanned_at) "
            f"ON CONFLICT ({TALLY_COLUMNS}) DO UPDATE SET scans = scans + 1, "
            "last_at = max(last_at, excluded.last_at); "
            "INSERT INTO pass_tally (event_key, pass_id, admissions, exits, ticket) "
            f"SELECT COALESCE({r}.event_id, ''), {r}.pass_id, {admissions_of(r)}, "
            f"{exits_of(r)}, {ticket_of(r)} WHERE {counts_for_pass(r)} "
            "ON CONFLICT (event_key, pass_id) DO UPDATE SET "
            "admissions = admissions + excluded.admissions, exits = exits + excluded.exits, "
            "ticket = max(ticket, excluded.ticket); ")

    def take(r: str) -> str:
        return (
            f"UPDATE scan_tally SET scans = scans - 1 WHERE {tally_match(r, SQLITE_STEP)}; "
            f"UPDATE pass_tally SET admissions = admissions - {admissions_of(r)}, "
            f"exits = exits - {exits_of(r)} WHERE {counts_for_pass(r)} "
            f"AND event_key = COALESCE({r}.event_id, '') AND pass_id = {r}.pass_id; ")

    return [
        f"CREATE TRIGGER insights_scan_insert AFTER INSERT ON scans BEGIN {add('NEW')}END",
        f"CREATE TRIGGER insights_scan_update AFTER UPDATE OF {TALLIED} ON scans "
        f"BEGIN {take('OLD')}{add('NEW')}END",
        f"CREATE TRIGGER insights_scan_delete AFTER DELETE ON scans BEGIN {take('OLD')}END",
    ]


def postgres_triggers() -> list[str]:
    """The row function and its trigger for PostgreSQL."""
    return [
        "CREATE OR REPLACE FUNCTION passdesk_tally_scans() RETURNS trigger "
        "LANGUAGE plpgsql AS $fn$ BEGIN "
        "IF TG_OP <> 'INSERT' THEN "
        f"UPDATE scan_tally SET scans = scans - 1 WHERE {tally_match('OLD', POSTGRES_STEP)}; "
        f"IF {counts_for_pass('OLD')} THEN "
        f"UPDATE pass_tally SET admissions = admissions - {admissions_of('OLD')}, "
        f"exits = exits - {exits_of('OLD')} "
        "WHERE event_key = COALESCE(OLD.event_id, '') AND pass_id = OLD.pass_id; "
        "END IF; END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        f"INSERT INTO scan_tally ({TALLY_COLUMNS}, scans, last_at) "
        f"VALUES ({tally_key('NEW', POSTGRES_STEP)}, 1, NEW.scanned_at) "
        f"ON CONFLICT ({TALLY_COLUMNS}) DO UPDATE SET scans = scan_tally.scans + 1, "
        "last_at = greatest(scan_tally.last_at, excluded.last_at); "
        f"IF {counts_for_pass('NEW')} THEN "
        "INSERT INTO pass_tally (event_key, pass_id, admissions, exits, ticket) "
        f"VALUES (COALESCE(NEW.event_id, ''), NEW.pass_id, {admissions_of('NEW')}, "
        f"{exits_of('NEW')}, {ticket_of('NEW')}) "
        "ON CONFLICT (event_key, pass_id) DO UPDATE SET "
        "admissions = pass_tally.admissions + excluded.admissions, "
        "exits = pass_tally.exits + excluded.exits, "
        "ticket = greatest(pass_tally.ticket, excluded.ticket); "
        "END IF; END IF; RETURN NULL; END $fn$",
        f"CREATE TRIGGER passdesk_tally_scans AFTER INSERT OR DELETE OR UPDATE OF "
        f"{TALLIED} ON scans FOR EACH ROW EXECUTE FUNCTION passdesk_tally_scans()",
    ]
