"""A pull run in a child process (``sync.pull_worker``), seen from the app as a ``PullSync``.

The sync worker's pull in the app's own process shares its interpreter lock with
the UI thread: a scanner's verdict or a keystroke's search waited for the pull's
Python. ``PullInChild`` starts ``passdesk pull-worker`` instead, which opens the
same store and pulls into it; this side only reads its lines. So the app's
process keeps its interpreter, and SQLite's WAL lets the Door and the screens
read and write meanwhile, as they do beside a pull in the same process.

What the parent's thread sees is what ``PullSync.run`` gives: progress through
``on_progress`` (on the calling thread), a ``PullReport`` at the end,
``SyncCancelled`` when ``cancel`` was set, the ``ApiError`` the pull met
(rebuilt: the same class and message, so the sync service names it as before),
``DatabaseError`` when the child cannot open the store, and ``PullChildFailed``
(a ``RuntimeError``) for anything else, with the child's last words.

The API key goes to the child on its standard input, never in its arguments or
environment (the keychain's environment variables are left out of it). A scan
the Door expects (``write_turns.door_expects_scan`` / ``door_wrote``) is passed
on as it happens, so the child's pages make way for it as an in-process pull's do.
The child's clock is the wall clock (UTC), whatever clock the caller uses.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import subprocess
import sys
import threading
from collections import deque
from dataclasses import fields
from typing import IO, Any

from passdesk.api import errors as api_errors
from passdesk.core.redact import redact
from passdesk.core.texts import from_json as text_from_json
from passdesk.core.texts import translate
from passdesk.keychain import ENVIRONMENT, SecretName
from passdesk.store import bulk_load, write_turns
from passdesk.store.database import Database, DatabaseError
from passdesk.sync.progress import ProgressCallback, SyncCancelled, SyncProgress
from passdesk.sync.pull import PullReport
from passdesk.sync.scan_pull import ScanPullReport

log = logging.getLogger(__name__)

#: After a cancel, how long the child has to stop between pages before it is ended.
CANCEL_GRACE_S = 5.0
#: How often the waiting side looks at the cancel event.
CANCEL_POLL_S = 0.1
#: Lines of the child's standard error kept to explain its death.
STDERR_TAIL = 20
_LEVEL = re.compile(r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
#: The child's own time stamp (``logs.configure``): our log gives each line its own.
_STAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")


class PullChildFailed(RuntimeError):
    """The pull's process failed in a way that is not an API or store error, or died."""


def child_database_url(database: Database) -> str | None:
    """The store's URL for another process, password included (it goes on stdin);
    None for a store only this process can see (SQLite in memory)."""
    url = database.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url.render_as_string(hide_password=False)


def worker_command() -> list[str]:
    """How to start ``passdesk pull-worker`` with this installation's interpreter."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is passdesk
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "passdesk"]
    if logging.getLogger().isEnabledFor(logging.INFO):
        command.append("--verbose")
    return [*command, "pull-worker"]


class PullInChild:
    def __init__(self, database_url: str, base_url: str, api_key: str, *,
                 on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None, entity_id: str | None = None,
                 command: list[str] | None = None) -> None:
        self.database_url = database_url
        self.base_url = base_url
        self._api_key = api_key
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()
        self.entity_id = entity_id
        self.command = command or worker_command()
        #: The running child's process id (None before ``run``).
        self.pid: int | None = None
        #: The child's last lines of standard error (the key masked).
        self.stderr_tail: deque[str] = deque(maxlen=STDERR_TAIL)
        self._stdin_fd = -1
        self._ended = threading.Event()
        self._killed = False

    def run(self, *, reconcile: bool | None = None) -> PullReport:
        job = {"database_url": self.database_url, "base_url": self.base_url,
               SecretName.API_KEY: self._api_key, "entity_id": self.entity_id,
               "reconcile": reconcile}
        self._ended.clear()
        child = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=_child_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self.pid = child.pid
        helpers = [threading.Thread(target=self._read_stderr, args=(child.stderr,),
                                    name="pull-child-stderr", daemon=True),
                   threading.Thread(target=self._watch_cancel, args=(child,),
                                    name="pull-child-cancel", daemon=True)]
        ending: dict[str, Any] | None = None
        try:
            with contextlib.suppress(OSError):  # a child dead at once: said below
                child.stdin.write(json.dumps(job).encode() + b"\n")
                child.stdin.flush()
            self._stdin_fd = child.stdin.fileno()
            # Windows before Python 3.12 has no set_blocking for pipes: they stay blocking.
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.set_blocking(self._stdin_fd, False)  # the Door's thread never waits
            write_turns.add_listener(self._door_said)
            for helper in helpers:
                helper.start()
            ending = self._read_lines(child.stdout)
        finally:
            write_turns.remove_listener(self._door_said)
            self._ended.set()
            self._stdin_fd = -1
            with contextlib.suppress(OSError):
                child.stdin.close()
            code = _wait(child)
            for helper in helpers:
                if helper.ident is not None:
                    helper.join(CANCEL_GRACE_S)
            child.stdout.close()
            child.stderr.close()
            if ending is None:  # ended mid-way: a bulk load may be left half done
                self._restore_triggers()
        return self._outcome(ending, code)

    # --- the child's lines ---------------------------------------------------------

    def _read_lines(self, stdout: IO[bytes]) -> dict[str, Any] | None:
        """Progress until the last line (None: the child ended without one)."""
        for raw in stdout:
            try:
                line = json.loads(raw)
            except ValueError:
                log.warning("pull child: not a line of ours: %r", raw[:200])
                continue
            if "progress" in line:
                if self.on_progress is not None:
                    self.on_progress(SyncProgress(**line["progress"]))
            else:
                return line
        return None

    def _outcome(self, ending: dict[str, Any] | None, code: int) -> PullReport:
        if ending is not None and "report" in ending:
            return _report(ending["report"])
        if ending is not None and ending.get("cancelled"):
            raise SyncCancelled("sync cancelled")
        if ending is not None and "error" in ending:
            raise _rebuilt(ending["error"])
        if self._killed or self.cancel.is_set():
            raise SyncCancelled("sync cancelled (the pull's process was ended)")
        tail = "\n".join(self.stderr_tail) or translate("sync", "(nothing on its standard "
                                                               "error)")
        raise PullChildFailed(translate("sync", "The pull's process ended with exit code {code} "
                                        "before it finished. Its last words:\n{tail}").format(
            code=str(code), tail=tail))

    def _read_stderr(self, stderr: IO[bytes]) -> None:
        """The child's log, into ours (the key masked) and the tail kept for errors."""
        level = logging.WARNING
        for raw in stderr:
            line = redact(raw.decode("utf-8", "replace").rstrip(), (self._api_key,))
            self.stderr_tail.append(line)
            found = _LEVEL.search(line)
            if found:  # else a traceback's line: the level of the record it belongs to
                level = logging.getLevelName(found.group(1))
            log.log(level, "pull child: %s", _STAMP.sub("", line))

    # --- what the parent tells the child ---------------------------------------------

    def _send(self, word: str) -> None:
        """One control line; dropped when the child is gone or not reading (pipe full)."""
        fd = self._stdin_fd
        if fd < 0:
            return
        with contextlib.suppress(OSError):
            os.write(fd, word.encode() + b"\n")

    def _door_said(self, seconds: float) -> None:
        self._send(f"hold {seconds:.3f}" if seconds > 0 else "go")

    def _watch_cancel(self, child: subprocess.Popen) -> None:
        while not self._ended.is_set():
            if self.cancel.wait(CANCEL_POLL_S):
                break
        if self._ended.is_set():
            return
        self._send("cancel")
        try:
            child.wait(CANCEL_GRACE_S)
        except subprocess.TimeoutExpired:
            log.warning("the pull's process did not stop within %.0f s of a cancel; ending it",
                        CANCEL_GRACE_S)
            self._killed = True
            child.terminate()

    def _restore_triggers(self) -> None:
        """An ended child may have left the passes' row triggers set aside (a full pull's
        bulk load): put them back now, as its own end would have (``bulk_load``)."""
        try:
            database = Database.open(self.database_url, upgrade=False)
        except DatabaseError:
            return  # no store to put them back in
        try:
            with database.cache_session() as session:
                bulk_load.restore(session)
        except Exception:  # the next pull or start puts them back too
            log.exception("could not put the passes' triggers back after the pull ended")
        finally:
            database.close()


def _child_environment() -> dict[str, str]:
    """Ours, without the keychain's stand-ins: the child needs no secret but the key it
    is given on its input."""
    names = set(ENVIRONMENT.values())
    return {k: v for k, v in os.environ.items() if k not in names}


def _wait(child: subprocess.Popen) -> int:
    """The child's exit code; its input is closed (a cancel to it): it is given a while."""
    try:
        return child.wait(CANCEL_GRACE_S)
    except subprocess.TimeoutExpired:
        log.warning("the pull's process did not end within %.0f s; killing it",
                    CANCEL_GRACE_S)
        child.kill()
        return child.wait()


def _report(said: dict[str, Any]) -> PullReport:
    known = {f.name for f in fields(PullReport)}
    values = {k: v for k, v in said.items() if k in known}
    scans = values.pop("scans", None) or {}
    if isinstance(values.get("not_offered"), dict):  # Texts again (``report_as_json``)
        values["not_offered"] = {k: _text_or_words(v)
                                 for k, v in values["not_offered"].items()}
    scan_known = {f.name for f in fields(ScanPullReport)}
    return PullReport(**values, scans=ScanPullReport(
        **{k: v for k, v in scans.items() if k in scan_known}))


def _text_or_words(said: object) -> object:
    """A ``Text`` from its JSON; plain words (an older child's) as they are."""
    try:
        return text_from_json(said)
    except (KeyError, TypeError, ValueError):
        return str(said)


def _rebuilt(said: dict[str, Any]) -> Exception:
    """The child's error as this side raises it."""
    kind, message = said.get("type", ""), said.get("message", "")
    if isinstance(said.get("text"), dict):
        try:  # the same message, to be said in the person's language
            rebuilt = text_from_json(said["text"])
            message = rebuilt if rebuilt == message else message
        except (KeyError, TypeError, ValueError):
            pass
    cls = getattr(api_errors, kind, None)
    if isinstance(cls, type) and issubclass(cls, api_errors.ApiError):
        return cls(message, status=said.get("status"), detail=said.get("detail"),
                   method=said.get("method"), path=said.get("path"))
    if kind == DatabaseError.__name__:
        return DatabaseError(message)
    if not kind:
        return PullChildFailed(message)
    return PullChildFailed(translate("sync", "{kind}: {message}", "an error: its kind (a "
                                     "program's name, not translated), then its message")
                           .format(kind=kind, message=message))
