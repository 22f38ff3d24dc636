"""The ``passdesk`` command line.

    passdesk                 the desktop app (offers demo mode when no key is set)
    passdesk --demo          the app on the embedded demo sandbox
    passdesk --self-test     check this installation unattended (demo sandbox, offscreen,
                             throwaway folders): door scans, a loyalty change; exit 0 or 1
    passdesk sandbox         a PassEntry-compatible demo API server
    passdesk hub --port N    the venue hub: reader validation and webhooks
                             ([--host H] [--database URL] [--demo] [--event ID]
                             [--ssl-certfile F --ssl-keyfile F]; see the README)
    passdesk login           store an API key in the OS keychain (asks for it)
    passdesk logout          remove the stored API key
    passdesk check           test the connection with the configured server and key
    passdesk check --api     read every API route once and print a table (no secrets);
                             exit 1 when a documented route fails
    passdesk scans export F  write the door scan log as CSV
    passdesk report --event ID --pdf FILE
                             the report of an event (or --day YYYY-MM-DD) as a PDF
                             ([--csv FOLDER] [--tz ZONE] [--database URL]); exit 1 when
                             it could not be written, 2 without a database or event
    passdesk store rescue    move a damaged local database aside and rescue what still
                             reads into a fresh one ([--database PATH] [--yes]); exit 1
                             when nothing could be rescued
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from passdesk import __version__, audit_cli, logs, report_cli, roles_cli


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="passdesk", description="Desktop app for PassEntry wallet passes.")
    parser.add_argument("--version", action="version", version=f"passdesk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="run on the embedded demo sandbox (no account needed)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a person (exit code 0 or 1)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="command")

    sandbox = sub.add_parser("sandbox", help="run the PassEntry-compatible demo API server")
    sandbox.add_argument("--host", default="127.0.0.1", help="address to listen on")
    sandbox.add_argument("--port", type=int, default=8765, help="port (0 = any free one)")
    sandbox.add_argument("--seed", type=int, default=None, help="demo data seed")
    sandbox.add_argument("--passes", type=int, default=None,
                         help="how many demo passes (default 2,000)")
    sandbox.add_argument("--strict", action="store_true", default=None,
                         help="answer only the routes PassEntry documents (no legacy "
                              "or sandbox-only routes)")
    sandbox.add_argument("--tunnel", action="append", default=[], metavar="PUBLIC=LOCAL",
                         help="deliver webhooks for subscription URLs starting with PUBLIC "
                              "(https://...) to LOCAL (e.g. http://127.0.0.1:8770/...), as a "
                              "venue's tunnel would; repeatable")

    hub = sub.add_parser("hub", help="run the venue hub (reader validation, webhooks)")
    hub.add_argument("--port", type=int, default=8770, help="port (0 = any free one)")
    hub.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default: this computer only, for a "
                          "reverse proxy in front)")
    hub.add_argument("--database", help="SQLAlchemy URL of the store, e.g. "
                                        "postgresql+psycopg://user@db/venue "
                                        "(default: as the app's)")
    hub.add_argument("--demo", action="store_true",
                     help="fill a fresh store with the sandbox's demo data first; secrets "
                          "not configured are 'demo'")
    hub.add_argument("--event", help="admit only passes for this event id")
    hub.add_argument("--desk", "--station", dest="desk", default="hub",
                     help="desk name in the scan log")
    hub.add_argument("--reentry", action="store_true",
                     help="let a pass back in after an exit scan")
    hub.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM)")
    hub.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")

    scans = sub.add_parser("scans", help="the door scan log")
    scans_sub = scans.add_subparsers(dest="scans_command", metavar="action", required=True)
    export = scans_sub.add_parser("export", help="write the scan log as CSV")
    export.add_argument("file", help="CSV file to write ('-' for standard output)")
    export.add_argument("--url", help="API base URL whose local data to read "
                                      "(default: the one in Settings)")

    store = sub.add_parser("store", help="the local database")
    store_sub = store.add_subparsers(dest="store_command", metavar="action", required=True)
    rescue = store_sub.add_parser(
        "rescue", help="move a damaged local database aside and rescue what can be read")
    rescue.add_argument("--database", metavar="PATH",
                        help="the SQLite file (default: the one of the server in Settings)")
    rescue.add_argument("--url", help="API base URL whose local data to rescue "
                                      "(default: the one in Settings)")
    rescue.add_argument("--yes", action="store_true", help="do not ask before starting")
    audit_cli.add_parser(sub)
    roles_cli.add_parser(sub)
    report_cli.add_parser(sub)

    for name, text in (("login", "store an API key in the OS keychain"),
                       ("logout", "remove the stored API key"),
                       ("check", "test the connection with the configured server and key")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--url", help="API base URL (default: the one in Settings)")
        if name == "login":
            cmd.add_argument("--key-stdin", action="store_true",
                             help="read the key from standard input instead of prompting")
        if name == "check":
            cmd.add_argument("--api", action="store_true",
                             help="read every route of the API once (nothing is changed) "
                                  "and print a table to paste into a bug report")
            cmd.add_argument("--entity", help="entity ID for the entity routes "
                                              "(default: the one in Settings)")
    # Hidden (no help): the app's pull in a child process (sync.pull_worker).
    sub.add_parser("pull-worker")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.configure(args.verbose)
    if args.command == "pull-worker":
        from passdesk.sync import pull_worker

        return pull_worker.main()
    if args.command == "sandbox":
        return _sandbox(args)
    if args.command == "hub":
        return _hub(args)
    if args.command == "scans":
        return _export_scans(args)
    if args.command == "store":
        return _rescue_store(args)
    if args.command == "audit":
        return audit_cli.run(args, server_url=_server_url(args))
    if args.command == "roles":
        return roles_cli.run(args, server_url=_server_url(args))
    if args.command == "report":
        return report_cli.run(args, server_url=_server_url(args))
    if args.command in ("login", "logout", "check"):
        return {"login": _login, "logout": _logout, "check": _check}[args.command](args)
    if args.self_test:
        from passdesk import selftest  # Qt is loaded only for the GUI

        return selftest.main()
    from passdesk import app  # Qt is loaded only for the GUI

    return app.run(demo=args.demo)


def _sandbox(args: argparse.Namespace) -> int:
    from passdesk.sandbox import serve

    kwargs = {k: v for k, v in (("seed", args.seed), ("passes", args.passes),
                                ("strict", args.strict)) if v is not None}
    tunnels = {}
    for given in args.tunnel:
        public, _, local = given.partition("=")
        if not public.startswith("https://") or not local.startswith(("http://", "https://")):
            print(f"--tunnel {given}: give PUBLIC=LOCAL, e.g. "
                  "https://hub.example.com/passentry=http://127.0.0.1:8770/passentry",
                  file=sys.stderr)
            return 2
        tunnels[public] = local

    def ready(url: str, entity_id: str) -> None:  # the real port, also for --port 0
        mode = " strict: documented routes only;" if args.strict else ""
        print(f"passdesk sandbox on {url} (API key: demo, entity ID {entity_id});{mode} "
              "Ctrl+C stops it", file=sys.stderr, flush=True)

    serve(args.host, args.port, ready=ready, tunnels=tunnels, **kwargs)
    return 0


def _hub(args: argparse.Namespace) -> int:
    from passdesk.hub import serve

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("--ssl-certfile and --ssl-keyfile go together.", file=sys.stderr)
        return 2
    if not 0 < len(args.desk) <= 64 or len(args.event or "") > 64:
        print("--desk and --event take at most 64 characters.", file=sys.stderr)
        return 2
    return serve(host=args.host, port=args.port, database=args.database, demo=args.demo,
                 event=args.event, desk=args.desk, reentry=args.reentry,
                 ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)


def _export_scans(args: argparse.Namespace) -> int:
    from passdesk.api.routes import DEFAULT_BASE_URL
    from passdesk.settings import SettingsStore, data_dir
    from passdesk.store import scans
    from passdesk.store.database import Database, DatabaseError, database_url

    url = _server_url(args)
    settings = SettingsStore().load()
    try:
        db = Database.open(database_url(settings.database_url, data_dir(),
                                        None if url == DEFAULT_BASE_URL else url))
    except DatabaseError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        with db.session() as session:
            if args.file == "-":
                count = scans.export_csv(session, sys.stdout)
            else:
                with open(args.file, "w", newline="", encoding="utf-8") as out:
                    count = scans.export_csv(session, out)
    except OSError as exc:
        print(f"Could not write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    if args.file != "-":
        print(f"{count:,} scans written to {args.file}", file=sys.stderr)
    return 0


def _rescue_store(args: argparse.Namespace) -> int:
    """``passdesk store rescue``: the start-up's rescue, from a terminal; exit 1 when
    nothing could be rescued or nothing was done."""
    import sqlite3

    from passdesk.store import rescue, rescue_read

    path = Path(args.database) if args.database else _configured_sqlite(_server_url(args))
    if path is None:
        print("The local database is not an SQLite file; rescue works on SQLite files. "
              "Use --database PATH for one.", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"There is no database file at {path}.", file=sys.stderr)
        return 1
    try:
        problem = rescue_read.quick_check(path)
    except sqlite3.Error as exc:  # locked, no permission: say so, change nothing
        print(f"Could not check {path}: {exc}. Close passdesk and try again.", file=sys.stderr)
        return 1
    if problem is None:
        print(f"{path} is not damaged (SQLite's check found nothing). Nothing was changed.")
        return 0
    print(f"{path} is damaged: {problem}")
    if not args.yes and not _agree_to_rescue(path):
        print("Nothing was changed.")
        return 1
    try:
        report = rescue.rescue(path)
    except rescue.RescueError as exc:
        print(f"The rescue did not finish: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report.lines()))
    return 0 if report.anything_rescued else 1


def _configured_sqlite(server_url: str) -> Path | None:
    from passdesk.api.routes import DEFAULT_BASE_URL
    from passdesk.settings import SettingsStore, data_dir
    from passdesk.store.database import database_url
    from passdesk.store.rescue import sqlite_path

    settings = SettingsStore().load()
    own = None if server_url == DEFAULT_BASE_URL else server_url
    return sqlite_path(database_url(settings.database_url, data_dir(), own))


def _agree_to_rescue(path: Path) -> bool:
    print("Close passdesk first. The file is moved aside (kept, never deleted), what can "
          "still be read goes into a fresh store, and the next sync brings the rest back.")
    try:
        answer = input(f"Rescue {path.name} now? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _server_url(args: argparse.Namespace) -> str:
    from passdesk.api.urls import normalize_url
    from passdesk.settings import SettingsStore

    # The same normal form as the GUI: it names the key in the keychain.
    return normalize_url(args.url or SettingsStore().load().api_base_url)


def _login(args: argparse.Namespace) -> int:
    from passdesk.api import ApiError, PassEntryClient
    from passdesk.keychain import KeychainUnavailableError, SecretName, SecretStore
    from passdesk.settings import SettingsError, SettingsStore

    url = _server_url(args)
    key = sys.stdin.readline().strip() if args.key_stdin else getpass.getpass(
        f"API key for {url}: ").strip()
    if not key:
        print("No key given; nothing stored.", file=sys.stderr)
        return 2
    logs.register_secret(key)
    try:
        with PassEntryClient(url, key) as client:
            report = client.check_connection()
    except ApiError as exc:
        print(f"{exc}\n{exc.hint}\nNothing was stored.", file=sys.stderr)
        return 1
    try:
        SecretStore().set(SecretName.API_KEY, key, scope=url)
    except KeychainUnavailableError as exc:
        print(exc, file=sys.stderr)
        return 1
    store = SettingsStore()
    settings = store.load()
    if settings.api_base_url != url:
        settings.api_base_url = url
        try:
            store.save(settings)
        except SettingsError as exc:
            print(exc, file=sys.stderr)
            return 1
    print(f"{report.summary}\nThe key is stored in the OS keychain.")
    return 0


def _logout(args: argparse.Namespace) -> int:
    from passdesk.keychain import SecretName, SecretStore

    url = _server_url(args)
    SecretStore().delete(SecretName.API_KEY, scope=url)
    print(f"Removed the stored API key for {url} (if there was one).")
    return 0


def _check(args: argparse.Namespace) -> int:
    from passdesk.api import ApiError, PassEntryClient
    from passdesk.keychain import SecretName, SecretStore

    url = _server_url(args)
    secret = SecretStore().get(SecretName.API_KEY, scope=url)
    if not secret:
        print(f"No API key for {url}. Run 'passdesk login' or set PASSDESK_API_KEY.",
              file=sys.stderr)
        return 1
    logs.register_secret(secret.value)
    if args.api:
        return _check_api(url, secret.value, args.entity)
    try:
        with PassEntryClient(url, secret.value) as client:
            print(client.check_connection().summary + f" (key from the {secret.source})")
    except ApiError as exc:
        print(f"{exc}\n{exc.hint}", file=sys.stderr)
        return 1
    return 0


def _check_api(url: str, key: str, entity_id: str | None) -> int:
    """Every GET route once: a table without secrets; 1 when a documented one fails."""
    from passdesk.api import PassEntryClient
    from passdesk.api.http import RetryPolicy
    from passdesk.api.probe import report
    from passdesk.settings import SettingsStore

    if entity_id is None:
        entity_id = getattr(SettingsStore().load(), "entity_id", None)
    # One try per route: the table is about what answers now.
    with PassEntryClient(url, key, retry=RetryPolicy(max_attempts=1)) as client:
        rows = client.probe(entity_id)
    print(report(url, rows))
    return 1 if any(r.failed and r.standing == "documented" for r in rows) else 0
