"""The hub as a process of its own (``passdesk hub``): open the store, serve until stopped.

``serve()`` is to the hub what ``passdesk.sandbox.serve()`` is to the sandbox:
blocking, for the command line. It says on standard error what it does and
what is missing (a token, a webhook secret), and returns the exit code. The
app runs the same ``HubServer`` in-process instead (``gui/hub_control.py``).
"""

from __future__ import annotations

import gc
import signal
import sys
import threading

from passdesk.core.admission import DoorConfig


def _say(words: str) -> None:
    print(words, file=sys.stderr, flush=True)  # noqa: T201 - the command's own output


def _desk_holds() -> tuple:
    """The hold rules of this computer's Door settings (none if they cannot be read)."""
    from passdesk.settings import SettingsError, SettingsStore
    from passdesk.settings.door import setup_from_json

    try:
        return setup_from_json(SettingsStore().load().door).config.holds
    except SettingsError as exc:
        _say(f"Door settings not read, so no hold rules: {exc}")
        return ()


def serve(*, host: str = "127.0.0.1", port: int = 8770, database: str | None = None,
          demo: bool = False, event: str | None = None, desk: str = "hub",
          reentry: bool = False, ssl_certfile: str | None = None,
          ssl_keyfile: str | None = None) -> int:
    """Serve until Ctrl+C or SIGTERM; 0, or 1 when the hub could not start.

    ``database`` is a SQLAlchemy URL (default: the app's store); ``demo`` fills
    a fresh store with the sandbox's demo data first. ``event``, ``desk`` and
    ``reentry`` are the door's rules for the readers.
    """
    # Imported here: uvicorn, Starlette and the sandbox take a while, and
    # ``import passdesk.hub`` should not pay for them.
    from passdesk.hub import config as hub_config
    from passdesk.hub import demo as demo_data
    from passdesk.hub.server import HubServer
    from passdesk.keychain import ENVIRONMENT, SecretName
    from passdesk.settings import SettingsStore, data_dir
    from passdesk.store.database import Database, DatabaseError, database_url

    try:
        # The desk's hold rules too: a held ticket is "failed, ask staff" (app.py).
        config = hub_config.load(demo=demo, door=DoorConfig(
            desk=desk, event_id=event, allow_reentry=reentry,
            holds=() if demo else _desk_holds()))
        if database:
            url = database
        elif demo:
            url = demo_data.fresh_database_url(data_dir())
        else:
            url = database_url(SettingsStore().load().database_url, data_dir())
        db = Database.open(url)
    except (hub_config.ConfigError, DatabaseError) as exc:
        _say(str(exc))
        return 1
    try:
        if demo:
            _say("Filling the store with the sandbox's demo data...")
            report = demo_data.fill(db)
            _say(f"{report.passes_fetched:,} demo passes stored.")
        server = HubServer(db, config, host=host, port=port,
                           ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile,
                           reload_secrets=hub_config.reloader(demo=demo))
        base = server.start()
    except Exception as exc:  # no port, bad certificate, sandbox failure: said plainly
        db.close()
        _say(f"The hub could not start: {exc}")
        return 1
    for what, value, env in (
            ("reader token", config.token, ENVIRONMENT[SecretName.HUB_TOKEN]),
            ("PassEntry webhook secret", config.webhook.current,
             ENVIRONMENT[SecretName.WEBHOOK_SECRET]),
            ("PassSlot key", config.passslot_key, ENVIRONMENT[SecretName.PASSSLOT_KEY])):
        if not value:
            _say(f"No {what}: set {env} or store it in the keychain; until then those "
                 "requests are refused.")
    # Everything loaded so far lives as long as the process: out of the cyclic
    # collector's way, a full collection no longer stalls answers by ~60 ms.
    gc.freeze()
    demo_note = " Demo secrets: 'demo' (token, webhook secret, PassSlot key)." if demo else ""
    _say(f"passdesk hub on {base} - POST /validate, POST /webhooks/passentry, "
         f"POST /webhooks/passslot?key=..., GET /health, GET /openapi.json.{demo_note} "
         "Ctrl+C stops it.")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while server.running and not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        db.close()
    return 0
