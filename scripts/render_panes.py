"""Render every pane of passdesk's main window to PNG, and compare two such renders.

A refactor that must keep behaviour and pixels the same renders before and after,
then compares::

    QT_QPA_PLATFORM=offscreen python scripts/render_panes.py OUTDIR
    python scripts/render_panes.py --compare DIR_A DIR_B

Rendering starts the PassEntry sandbox (fixed seed, fixed "now", fixed port), sets
passdesk up as a user who configured it would have it (settings file, API key in an
in-memory keychain, settings and data in a temp folder, as tests/conftest.py
isolates them), builds the window through ``passdesk.app`` at 1280x800, waits for
the first sync, and grabs each pane by its key, then the Door after a valid ticket
(ADMIT) and after an unknown value (DENY) and the Till with a loyalty customer. The
scans are keyboard-wedge bursts: key events 8 ms apart, then Enter.

Only modules that survive the GUI's move into feature folders are imported
(``passdesk.app``, ``passdesk.sandbox``, ``passdesk.settings``, ``passdesk.keychain``,
``passdesk.store.schema``, ``tests.helpers``), never a ``passdesk.gui`` module, so
the same script renders the old layout and the new one. Which passdesk is
rendered is the one Python imports: ``PYTHONPATH=/path/to/checkout``.

Determinism: the time zone is UTC, and the clock is frozen: ``datetime.now()``
(and ``date.today()``) return ``FROZEN_AT`` plus a microsecond per call, so the
status bar, the "synced at", the Door's times and the demo data's "today" are the
same in every run. The sandbox's data is built for the same moment (its own clock
then runs with real time: only server-side timestamps move). Periodic syncs are
pushed hours away, durations passdesk measures take 1 ms a step (``SteadyTime``),
the text cursor does not blink, and Python's cycle collector is off while Qt
objects live (so no Qt object is destroyed on a worker thread).

``--compare`` prints JSON: per PNG whether the sizes are equal, how many pixels
differ and their bounding box; each PNG that differs gets ``<name>.diff.png`` in
DIR_B (DIR_B's image dimmed, differing pixels red). Exit code 1 when any pixel
differs, or a PNG is missing on one side; judging whether a difference matters
is left to a person.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

#: The moment every render happens at (a Saturday; the demo's "today" event is on).
FROZEN_AT = dt.datetime(2025, 6, 14, 12, 0, 0, tzinfo=dt.UTC)
WINDOW_SIZE = (1280, 800)
#: The sandbox's port: its URL shows in the window, so it is the same in every run.
SANDBOX_PORT = 48765
#: Settings, data and the local database of a render (emptied first).
WORK_DIR = Path(tempfile.gettempdir()) / "passdesk-render-panes"
#: The panes, if the window cannot list its keys.
PANE_KEYS = ("door", "till", "events", "passes", "designer", "readers", "sync", "settings")
UNKNOWN_VALUE = "NOPE-00000-00000"
#: Generous bounds on waiting, not speed requirements.
SYNC_WAIT_S = 120.0
SETTLE_WAIT_S = 30.0


# --- a frozen clock --------------------------------------------------------------------

_real_date = dt.date
_real_datetime = dt.datetime
_ticks = itertools.count()
_ticks_lock = threading.Lock()


def _frozen_utc() -> dt.datetime:
    """``FROZEN_AT`` plus one microsecond per call: still, but never going backwards."""
    with _ticks_lock:
        n = next(_ticks)
    return FROZEN_AT + dt.timedelta(microseconds=n)


class _DateMeta(type):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, _real_date)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, _real_date)


class _DateTimeMeta(type):
    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, _real_datetime)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, _real_datetime)


class FrozenDate(_real_date, metaclass=_DateMeta):
    @classmethod
    def today(cls) -> FrozenDate:
        d = _frozen_utc().astimezone().date()
        return cls(d.year, d.month, d.day)


class FrozenDateTime(_real_datetime, metaclass=_DateTimeMeta):
    @classmethod
    def _of(cls, d: dt.datetime) -> FrozenDateTime:
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond,
                   d.tzinfo, fold=d.fold)

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> FrozenDateTime:
        moment = _frozen_utc()
        return cls._of(moment.astimezone().replace(tzinfo=None) if tz is None
                       else moment.astimezone(tz))

    @classmethod
    def utcnow(cls) -> FrozenDateTime:
        return cls._of(_frozen_utc().replace(tzinfo=None))

    @classmethod
    def today(cls) -> FrozenDateTime:
        return cls.now()


class SteadyTime:
    """The ``time`` module as a passdesk module sees it: ``perf_counter`` steps 1 ms a
    call, so a measured duration (the Door's "4.5 ms" a scan took) is the same in
    every run. Everything else is the real ``time``."""

    def __init__(self) -> None:
        self._calls = itertools.count()

    def perf_counter(self) -> float:
        return 1000.0 + next(self._calls) / 1000

    def perf_counter_ns(self) -> int:
        return round(self.perf_counter() * 1e9)

    def __getattr__(self, name: str) -> object:
        return getattr(time, name)


def steady_durations() -> None:
    """Give every loaded passdesk module but the sandbox's a ``SteadyTime`` (again after
    more were imported: modules already given one keep theirs)."""
    for name, module in list(sys.modules.items()):
        if not (name == "passdesk" or name.startswith("passdesk.")) or module is None:
            continue
        if name.startswith("passdesk.sandbox") or name == "passdesk.serving":
            continue  # the server's own timing and deadlines stay real
        names = vars(module)
        if names.get("time") is time:
            names["time"] = SteadyTime()
        for fn in ("perf_counter", "perf_counter_ns"):
            if names.get(fn) is getattr(time, fn):
                names[fn] = getattr(SteadyTime(), fn)


def freeze_clock() -> None:
    """Before passdesk is imported: its ``from datetime import datetime`` gets the frozen one."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    dt.date = FrozenDate  # type: ignore[misc]
    dt.datetime = FrozenDateTime  # type: ignore[misc]


# --- setting passdesk up as tests/conftest.py does ---------------------------------------

def isolate(work: Path) -> None:
    """Settings and data in ``work`` (emptied), no real key from the environment."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ["PASSDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["PASSDESK_DATA_DIR"] = str(work / "data")
    for name in ("PASSDESK_API_KEY", "PASSDESK_HUB_TOKEN", "PASSDESK_WEBHOOK_SECRET",
                 "PASSDESK_DATABASE_URL", "PASSDESK_SANDBOX_STRICT"):
        os.environ.pop(name, None)
    os.environ["PASSDESK_MUTE"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")


def memory_keychain() -> None:
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


def configure(base_url: str, key: str) -> None:
    """What a user who set passdesk up before has: a settings file and a stored key."""
    from passdesk.keychain import SecretName, SecretStore
    from passdesk.settings import Settings, SettingsStore

    SettingsStore().save(Settings(api_base_url=base_url))
    SecretStore().set(SecretName.API_KEY, key, scope=base_url)


# --- waiting ------------------------------------------------------------------------------

def pump(ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"render_panes: gave up waiting for {what}")
        pump(20)


def quiet(services) -> bool:
    """No sync running and the first one done, no task waiting for its answer."""
    bridge = getattr(services, "bridge", None)
    status = getattr(bridge, "status", None)
    if status is not None and (getattr(status, "syncing", False)
                               or getattr(status, "last_sync_at", True) is None):
        return False
    return all(getattr(getattr(services, name, None), "active_count", 0) == 0
               for name in ("tasks", "store_tasks"))


def settle(services, *, calm_ms: int = 400, timeout_s: float = SETTLE_WAIT_S) -> None:
    """Until the app has been quiet for ``calm_ms`` of processed events."""
    deadline = time.monotonic() + timeout_s
    calm_since = None
    while True:
        pump(25)
        now = time.monotonic()
        if not quiet(services):
            calm_since = None
        elif calm_since is None:
            calm_since = now
        elif (now - calm_since) * 1000 >= calm_ms:
            break
        if now > deadline:
            sys.stderr.write("render_panes: the app did not settle; grabbing anyway\n")
            break
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


# --- acting as a scanner ---------------------------------------------------------------------

def wedge_scan(value: str) -> None:
    """A scanner burst into whatever has focus: the value then Enter, a key every 8 ms.

    The keyboard wedge tells a scan by the key events' timestamps, so the events carry
    them (``QTest.keyClicks`` sends none: the wedge would take that for a person).
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    at = 1_000_000 + int(time.monotonic() * 1000)  # after any earlier key, however long ago
    for char in value + "\n":
        at += 8
        if char == "\n":
            key, text = Qt.Key.Key_Return, "\r"
        else:
            key, text = Qt.Key(ord(char.upper())), char
        shift = (Qt.KeyboardModifier.ShiftModifier if char.isupper()
                 else Qt.KeyboardModifier.NoModifier)
        receiver = QApplication.focusWidget() or QApplication.activeWindow()
        if receiver is None:
            raise SystemExit("render_panes: nothing has keyboard focus to scan into")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, shift, text)
            event.setTimestamp(at)
            QApplication.sendEvent(receiver, event)


def valid_ticket(services) -> str:
    """The barcode of an active ticket for the event on now (the Door admits it)."""
    from sqlalchemy import select

    from passdesk.store.schema import Event, Pass

    now = dt.datetime.now(dt.UTC)
    with services.database.session() as session:
        for row in session.execute(
                select(Pass.barcode_value, Event.start_time, Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.display_name.is_not(None),
                       Pass.barcode_value.is_not(None)).order_by(Pass.id)):
            if row.start_time.replace(tzinfo=dt.UTC) <= now < row.end_time.replace(tzinfo=dt.UTC):
                return row.barcode_value
    raise SystemExit("render_panes: no active demo ticket for an event on now")


def loyalty_card(services) -> str:
    """The barcode of an active pass of a loyalty template (the Till finds its holder)."""
    from sqlalchemy import select

    from passdesk.store.schema import Pass, PassTemplate

    with services.database.session() as session:
        value = session.scalar(
            select(Pass.barcode_value)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active",
                   Pass.barcode_value.is_not(None), Pass.display_name.is_not(None))
            .order_by(Pass.id).limit(1))
    if value is None:
        raise SystemExit("render_panes: no active loyalty card in the demo data")
    return value


# --- rendering --------------------------------------------------------------------------------

def render(out_dir: Path) -> list[Path]:
    freeze_clock()
    isolate(WORK_DIR)
    gc.disable()  # Qt objects are never collected on a worker thread (app.run's main_thread_gc)
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setApplicationName("passdesk")
    qt_app.styleHints().setCursorFlashTime(0)  # a text cursor that does not blink

    import passdesk
    from passdesk import app
    from passdesk.sandbox import SandboxServer

    sys.stderr.write(f"render_panes: rendering {Path(passdesk.__file__).parent}\n")
    if hasattr(app, "quiet_known_qt_noise"):
        app.quiet_known_qt_noise()
    memory_keychain()

    out_dir.mkdir(parents=True, exist_ok=True)
    server = SandboxServer(port=SANDBOX_PORT, now=FROZEN_AT, strict=False)
    base_url = server.start()
    services = window = None
    written: list[Path] = []
    try:
        configure(base_url, server.api_key)
        services = app.build_services(pull_every=dt.timedelta(hours=12),
                                      idle_check_every=dt.timedelta(hours=12))
        window = app.build_main_window(services)
        steady_durations()
        window.resize(*WINDOW_SIZE)
        window.show()
        window.activateWindow()
        wait_until(window.isActiveWindow, 10, "the window to be active")
        wait_until(lambda: quiet(services), SYNC_WAIT_S, "the first sync")
        settle(services)

        def shot(name: str) -> None:
            settle(services)
            if window.size().width() != WINDOW_SIZE[0] or window.size().height() != WINDOW_SIZE[1]:
                sys.stderr.write(f"render_panes: the window is {window.size()} for {name}\n")
            path = out_dir / f"{name}.png"
            if not window.grab().save(str(path)):
                raise SystemExit(f"render_panes: could not write {path}")
            written.append(path)

        keys = list(getattr(window, "pane_keys", PANE_KEYS))
        for key in keys:
            window.show_pane(key)
            shot(key)

        # The Door: a valid ticket, then an unknown value.
        ticket = valid_ticket(services)
        window.show_pane("door")
        settle(services)
        steady_durations()
        wedge_scan(ticket)
        shot("door-admit")
        wedge_scan(UNKNOWN_VALUE)
        shot("door-deny")

        # The Till: a loyalty card's holder.
        card = loyalty_card(services)
        window.show_pane("till")
        settle(services)
        wedge_scan(card)
        shot("till-customer")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            pump(50)
        if services is not None:
            services.close()
        server.stop()
        gc.enable()
    return written


# --- comparing -------------------------------------------------------------------------------

def compare(dir_a: Path, dir_b: Path) -> int:
    from PIL import Image, ImageChops

    def pngs(folder: Path) -> set[str]:
        return {p.name for p in folder.glob("*.png") if not p.name.endswith(".diff.png")}

    names_a, names_b = pngs(dir_a), pngs(dir_b)
    report: dict[str, dict] = {}
    differs = False
    for name in sorted(names_a | names_b):
        diff_path = dir_b / (name.removesuffix(".png") + ".diff.png")
        diff_path.unlink(missing_ok=True)
        if name not in names_a or name not in names_b:
            report[name] = {"missing_in": str(dir_a if name not in names_a else dir_b)}
            differs = True
            continue
        with Image.open(dir_a / name) as a_file, Image.open(dir_b / name) as b_file:
            a, b = a_file.convert("RGBA"), b_file.convert("RGBA")
        entry: dict = {"size_equal": a.size == b.size,
                       "size_a": "{}x{}".format(*a.size), "size_b": "{}x{}".format(*b.size)}
        if a.size != b.size:
            entry.update(differing_pixels=None, bbox=None)
            differs = True
            report[name] = entry
            continue
        # A pixel differs when any channel does, by however little.
        mask = ImageChops.difference(a, b).point(lambda v: 255 if v else 0)
        r, g, bl, al = mask.split()
        mask = ImageChops.lighter(ImageChops.lighter(r, g), ImageChops.lighter(bl, al))
        count = mask.histogram()[255]
        bbox = mask.getbbox()
        entry.update(differing_pixels=count,
                     bbox=None if bbox is None else {"left": bbox[0], "top": bbox[1],
                                                     "right": bbox[2], "bottom": bbox[3]})
        if count:
            differs = True
            dimmed = Image.blend(b.convert("L").convert("RGBA"),
                                 Image.new("RGBA", b.size, (255, 255, 255, 255)), 0.6)
            dimmed.paste(Image.new("RGBA", b.size, (255, 0, 0, 255)), mask=mask)
            dimmed.convert("RGB").save(diff_path)
            entry["diff_image"] = str(diff_path)
        report[name] = entry
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    return 1 if differs else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", nargs=2, metavar=("DIR_A", "DIR_B"), type=Path,
                        help="compare the PNGs of two renders instead of rendering")
    parser.add_argument("outdir", nargs="?", type=Path, help="where the PNGs go")
    args = parser.parse_args(argv)
    if args.compare:
        if args.outdir is not None:
            parser.error("--compare takes two folders and no OUTDIR")
        return compare(*args.compare)
    if args.outdir is None:
        parser.error("OUTDIR is needed (or --compare DIR_A DIR_B)")
    for path in render(args.outdir):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
