"""``passdesk --self-test``: check an installation (a PyInstaller bundle too) without a person.

It builds the real app the way ``passdesk --demo`` does (``app.build_services``
and ``app.build_main_window``), so the Qt plugins, the ``ui/`` forms, the
``resources/`` and the Alembic migrations are loaded as they are for a user,
then drives it the way a door person and a till do:

    start      Qt (offscreen), the demo sandbox on loopback, the local store
    window     the main window with every pane; icons drawn, sounds shipped
    sync       the first sync brought passes into the local store
    door-admit a scanner burst through the keyboard wedge admits a valid pass
    door-deny  the same pass scanned again is denied as already admitted
    camera     the FFmpeg media backend (the webcam's) loads; a QR frame decodes
    loyalty    the till adds points; the outbox delivers them to the sandbox
    close      services stopped, sandbox stopped, threads joined

Everything happens in a throwaway config and data folder with no keychain and
no sound, so the user's settings, database and keychain are never touched.
One line per step goes to stdout; the exit code is 0 when all pass, else 1.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TextIO, TypeVar

import keyring.backends.fail
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtMultimedia import QMediaFormat, QVideoFrame
from sqlalchemy import func, select

from passdesk import app
from passdesk.api import PassEntryClient
from passdesk.core.admission import Outcome, Reason
from passdesk.core.loyalty import Action
from passdesk.design.barcode_image import qr_image
from passdesk.gui.door.pane import DoorPane
from passdesk.gui.main_window import MainWindow
from passdesk.gui.scanning.sound import FILES as SOUND_FILES
from passdesk.gui.scanning.sound import MUTE_ENV
from passdesk.gui.services import Services
from passdesk.gui.till.pane import TillPane
from passdesk.gui.widgets.icons import app_icon
from passdesk.gui.workers import main_thread_gc
from passdesk.keychain import SecretStore
from passdesk.resources import resource_path
from passdesk.scan.camera_frames import decode_frame
from passdesk.scan.door import DoorResult
from passdesk.store.database import Database
from passdesk.store.schema import Event, LoyaltyOperation, Pass, PassTemplate

log = logging.getLogger(__name__)

#: The whole run, start to close; a step waiting longer fails instead of hanging.
TIMEOUT_S = 120.0
#: After the timeout, how long closing may take before the process is ended.
CLOSE_GRACE_S = 30.0
#: Points the till adds; the sandbox's balance must grow by exactly this.
POINTS = 7
#: A scanner types a key every few ms; the wedge takes bursts under 30 ms a key.
KEY_GAP_MS = 8
POLL_MS = 20


class StepFailed(Exception):
    """A check did not hold; the message says what was seen."""


# --- which passes to use ---------------------------------------------------------------


def door_pass(db: Database) -> str:
    """The barcode of an active ticket for an event on now: one the door must admit."""
    now = datetime.now(UTC)
    with db.session() as session:
        for value, starts, ends in session.execute(
                select(Pass.barcode_value, Event.start_time, Event.end_time)
                .join(Event, Event.id == Pass.event_id)
                .where(Pass.status == "active", Pass.barcode_value.is_not(None))
                .order_by(Pass.id)):
            if starts is not None and ends is not None and starts <= now < ends:
                return value
    raise StepFailed("no active ticket for an event on now in the local store")


def loyalty_card(db: Database) -> tuple[str, str]:
    """(pass id, barcode) of an active pass whose template keeps a loyalty balance."""
    with db.session() as session:
        row = session.execute(
            select(Pass.id, Pass.barcode_value)
            .join(PassTemplate, PassTemplate.id == Pass.template_id)
            .where(PassTemplate.loyalty_enabled, Pass.status == "active",
                   Pass.barcode_value.is_not(None))
            .order_by(Pass.id).limit(1)).first()
    if row is None:
        raise StepFailed("no active loyalty pass with a barcode in the local store")
    return row.id, row.barcode_value


# --- running the steps ------------------------------------------------------------------


class _Run:
    def __init__(self, out: TextIO | None, deadline: float) -> None:
        self.out = out
        self.deadline = deadline
        self.failed: str | None = None

    def step(self, name: str, fn: Callable[[], Any], *, always: bool = False) -> Any:
        """Run one step and report it; after a failure only ``always`` steps run."""
        if self.failed and not always:
            return None
        started = time.perf_counter()
        try:
            value = fn()
        except StepFailed as exc:
            self._fail(name, str(exc))
            return None
        except Exception as exc:  # a packaging bug (a missing form, plugin...): say which step
            log.exception("self-test step %s failed", name)
            self._fail(name, f"{type(exc).__name__}: {exc}")
            return None
        self.say(f"{name} ok ({_ms_since(started)} ms)")
        return value

    def _fail(self, name: str, why: str) -> None:
        self.failed = self.failed or name
        self.say(f"{name} FAILED: {why}")

    def say(self, text: str) -> None:
        if self.out is None:  # a windowed build (Windows) without redirection: exit code only
            return
        self.out.write(f"self-test: {text}\n")
        self.out.flush()

    def wait_until(self, done: Callable[[], bool], what: str) -> None:
        """Run the Qt event loop until ``done()``; fail at the overall deadline."""
        loop = QEventLoop()
        while not done():
            if time.monotonic() >= self.deadline:
                raise StepFailed(f"timed out waiting for {what}")
            QTimer.singleShot(POLL_MS, loop.quit)
            loop.exec()


def _ms_since(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


def run(*, timeout: float = TIMEOUT_S, out: TextIO | None = None) -> int:
    """Run every step; returns the exit code (0: all passed, 1: a step failed)."""
    check = _Run(out or sys.stdout, time.monotonic() + timeout)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="passdesk-self-test-",
                                     ignore_cleanup_errors=True) as folder, \
            _environment(folder):
        state: dict[str, Any] = {}
        try:
            state["services"] = check.step("start", lambda: _start(state))
            state["window"] = check.step("window", lambda: _open_window(state["services"]))
            check.step("sync", lambda: _first_sync(check, state["services"]))
            barcode = check.step("door-admit",
                                 lambda: _door_admit(state["window"], state["services"]))
            check.step("door-deny", lambda: _door_deny(state["window"], barcode))
            check.step("camera", lambda: _camera(barcode))
            check.step("loyalty", lambda: _loyalty(check, state["window"], state["services"]))
        finally:
            check.step("close", lambda: _close(state), always=True)
    total = _ms_since(started)
    if check.failed:
        check.say(f"FAILED at {check.failed} ({total} ms)")
        return 1
    check.say(f"all ok ({total} ms)")
    return 0


def main(timeout: float = TIMEOUT_S) -> int:
    """What ``passdesk --self-test`` runs: ``run`` with a last-resort watchdog, so a
    step stuck outside the event loop (a blocked join, a deadlock) cannot hang a CI job."""
    watchdog = threading.Timer(timeout + CLOSE_GRACE_S, _give_up, args=(timeout,))
    watchdog.daemon = True
    watchdog.start()
    try:
        return run(timeout=timeout)
    finally:
        watchdog.cancel()


def _give_up(timeout: float) -> None:
    _Run(sys.stdout, 0).say(f"FAILED: no result within {timeout + CLOSE_GRACE_S:.0f} s (hung)")
    os._exit(1)  # the main thread is stuck: nothing else would end the process


@contextlib.contextmanager
def _environment(folder: str) -> Iterator[None]:
    """Throwaway settings and data folders, no sound, offscreen Qt; restored afterwards."""
    values = {"PASSDESK_CONFIG_DIR": os.path.join(folder, "config"),
              "PASSDESK_DATA_DIR": os.path.join(folder, "data"),
              MUTE_ENV: "1",
              # A caller's platform choice wins (e.g. to watch the run on a display).
              "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM") or "offscreen"}
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# --- the steps --------------------------------------------------------------------------


def _start(state: dict[str, Any]) -> Services:
    # Kept in ``state``: a QApplication without a Python reference is deleted at once.
    # The composition root's QApplication class: QtWidgets is imported only by gui/
    # and app.py (tests/unit/test_layers.py).
    state["qt"] = QCoreApplication.instance() or app.QApplication([sys.argv[0] or "passdesk"])
    main_thread_gc.install(state["qt"])  # as app.run does
    # No keychain at all: a self-test must neither read nor write the user's secrets.
    secrets = SecretStore(keyring.backends.fail.Keyring())
    return app.build_services(demo=True, secret_store=secrets)


def _open_window(services: Services) -> MainWindow:
    window = app.build_main_window(services)  # every pane: forms from ui/, icons
    window.show()  # the door's keyboard wedge listens only while the door is shown
    if app_icon().pixmap(32, 32).isNull():
        raise StepFailed("the app icon (SVG) did not draw: Qt's svg image plugin is missing")
    for name in SOUND_FILES.values():  # muted, so only their presence is checked
        resource_path("sounds", name)
    if window.current_pane_key != "door":
        raise StepFailed(f"the app opened on {window.current_pane_key!r}, not the door")
    return window


def _first_sync(check: _Run, services: Services) -> None:
    def done() -> bool:
        status = services.bridge.status
        if status.last_sync_error and not status.syncing:
            raise StepFailed(f"the first sync failed: {status.last_sync_error}")
        return status.last_sync_at is not None

    check.wait_until(done, "the first sync")
    with services.database.session() as session:
        count = session.scalar(select(func.count()).select_from(Pass))
    if not count:
        raise StepFailed("the first sync finished but the local store has no passes")


def _door_admit(window: MainWindow, services: Services) -> str:
    pane = _pane(window, "door", DoorPane)
    barcode = door_pass(services.database)
    result = _door_scan(pane, barcode)
    if result.verdict.outcome is not Outcome.ADMIT:
        raise StepFailed(f"scanned {barcode!r}: expected admit, got {result.verdict.outcome} "
                         f"({result.verdict.message})")
    return barcode


def _door_deny(window: MainWindow, barcode: str) -> None:
    pane = _pane(window, "door", DoorPane)
    verdict = _door_scan(pane, barcode).verdict
    if verdict.outcome is not Outcome.DENY or verdict.reason is not Reason.ALREADY_ADMITTED:
        raise StepFailed(f"scanned {barcode!r} again: expected deny (already admitted), got "
                         f"{verdict.outcome} ({verdict.message})")


def _door_scan(pane: DoorPane, barcode: str) -> DoorResult:
    """A scanner burst at the door; the verdict the pane judged and shows."""
    before = pane.last_result
    _type_burst(pane.form.verdictFrame, barcode)
    result = pane.last_result
    if result is None or result is before:
        raise StepFailed(f"the keyboard wedge did not turn {barcode!r} into a scan")
    shown = pane.form.verdictFrame.property("outcome")
    if shown != str(result.verdict.outcome):
        raise StepFailed(f"the door judged {result.verdict.outcome} but shows {shown!r}")
    return result


def _camera(barcode: str) -> None:
    """What the webcam scanner needs, short of a camera: Qt's FFmpeg backend (a
    plugin with many libraries a bundle can miss) and zxing-cpp on a video frame."""
    # Without a backend Qt falls back to one that knows no formats (and no cameras).
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        raise StepFailed("Qt's multimedia backend did not load: the webcam cannot work")
    image = qr_image(barcode, size_px=300).convertToFormat(QImage.Format.Format_ARGB32)
    found = decode_frame(QVideoFrame(image))
    if found != [barcode]:
        raise StepFailed(f"a video frame of the QR code {barcode!r} decoded as {found!r}")


def _loyalty(check: _Run, window: MainWindow, services: Services) -> None:
    pass_id, barcode = loyalty_card(services.database)
    window.show_pane("till")  # its wedge listens now, the door's no longer
    till = _pane(window, "till", TillPane)
    target = services.link.target
    # A client of our own reads the sandbox over HTTP: what PassEntry would say.
    with PassEntryClient(target.base_url, target.api_key) as client:
        before = client.loyalty.get(pass_id).balance or 0
        till.form.amountEdit.setFocus()
        _type_burst(till.form.amountEdit, barcode)
        if till.customer is None or till.customer.id != pass_id:
            raise StepFailed(f"the till did not load the customer of {barcode!r}: "
                             f"{till.form.resultLabel.text()}")
        till.choose_action(Action.ADD)
        for key in str(POINTS):
            till.press_key(key)
        op_id = till.apply()  # what Apply and Enter call
        if op_id is None:
            raise StepFailed(f"the till did not add {POINTS} points: "
                             f"{till.form.resultLabel.text() or 'no plan'}")

        def delivered() -> bool:
            with services.database.session() as session:
                op = session.get(LoyaltyOperation, op_id)
            if op is not None and op.state in ("failed", "review"):
                raise StepFailed(f"the outbox could not deliver the points ({op.state}): "
                                 f"{op.note or ''}")
            return op is not None and op.state == "applied"

        check.wait_until(delivered, "the outbox to deliver the points")
        after = client.loyalty.get(pass_id).balance or 0
    if after - before != POINTS:
        raise StepFailed(f"the sandbox balance went from {before} to {after}, "
                         f"not up by {POINTS}")


def _close(state: dict[str, Any]) -> None:
    window, services = state.get("window"), state.get("services")
    sandbox = services.sandbox if services is not None else None
    if window is not None:
        window.close()  # as when a user closes it: the panes stop their sources
    if services is not None:
        services.close()  # sync thread joined, workers drained, database and sandbox closed
    if window is not None:
        # The panes give back their own database connections when deleted.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if getattr(sandbox, "running", False):
        raise StepFailed("the demo sandbox is still running")
    left = [t.name for t in threading.enumerate() if t.name == "passdesk-sync"]  # the worker
    if left:
        raise StepFailed(f"threads still running after close: {', '.join(left)}")


# --- helpers ------------------------------------------------------------------------------


P = TypeVar("P")


def _pane(window: MainWindow, key: str, kind: type[P]) -> P:
    pane = window.pane(key) if key in window.pane_keys else None
    if not isinstance(pane, kind):
        raise StepFailed(f"the main window has no {kind.__name__} under {key!r}")
    return pane


#: Key event timestamps: only their gaps matter to the wedge.
_key_times = itertools.count(1_000_000, KEY_GAP_MS)
#: Timestamp steps between two bursts, as between two guests (the same code again
#: right after a scan is the wedge's double read: one scan).
BETWEEN_BURSTS = 2_000 // KEY_GAP_MS


def _type_burst(target: QObject, value: str) -> None:
    """Type ``value`` + Enter as a USB scanner would: key events a few ms apart, with
    timestamps, through the application's event filters (where the wedge listens)."""
    for _ in range(BETWEEN_BURSTS):
        next(_key_times)
    for char in value + "\r":
        at = next(_key_times)
        if char == "\r":
            key = Qt.Key.Key_Return
        else:
            key = Qt.Key(ord(char.upper())) if " " <= char <= "~" else Qt.Key.Key_unknown
        shift = (Qt.KeyboardModifier.ShiftModifier if char.isupper()
                 else Qt.KeyboardModifier.NoModifier)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, shift, char)
            event.setTimestamp(at)
            QCoreApplication.sendEvent(target, event)
