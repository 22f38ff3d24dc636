"""One passdesk per user and local store: a second start hands over to the first.

A second click on the desktop icon (a busy door, a slow start) must not open the
same store twice. Before the store opens, ``claim(key)`` either makes this process
the first, listening on a local server named by ``key`` (a Unix socket on macOS and
Linux, a named pipe on Windows), or tells the first to come to the front and
returns None: the caller then exits with 0 without touching the store.

    key = instance_key(store_file.parent, store_file.name)
    instance = claim(key)
    if instance is None:
        return 0                                  # the first was asked to show itself
    instance.asked_to_show.connect(lambda: bring_to_front(window))

Decisions (each is tested in tests/gui/test_single_instance.py):

- **The key** hashes the user, the data folder (resolved, case-folded where the
  system is) and the store's name: two folders, or demo beside a real store, run
  side by side. Hashed, it is short and safe for both namespaces: Windows pipes are
  machine-wide (so the user is in the hash), and a Unix socket path has ~104 bytes.
- **A socket left by a first that died** (SIGKILL, power cut; Windows pipes die with
  their process) refuses connections at once: it is removed and listened on again.
- **A busy first is still the first.** Connecting needs no event loop turn of the
  first (the kernel's backlog on Unix, a waiting pipe instance on Windows), so a first
  busy starting (a slow disk, a migration, a dialog) is found at once and reads the
  message when its loop runs. The connect timeout is reached only when something
  alive holds the name and cannot take one more connection yet: that is a first too,
  so this process exits rather than open the store a second time, which is the harm
  the guard exists to prevent. A first that hangs for good is ended by the user.
- **Starts at the same moment** are serialised by a lock file (QLockFile, which
  treats the lock of a dead process as stale) around knock-then-listen, so exactly
  one becomes the first, including while a dead first's socket is being replaced.
- **A guard that cannot be set up** (no writable temp folder, a name held by another
  user) does not keep passdesk from starting: it runs unguarded and logs why.

Nothing but Qt and the standard library is imported. QtWidgets is loaded by then;
QtNetwork's binding costs ~10 ms on a 2-core machine (QtMultimedia imports it later
anyway), a claim with no other passdesk running ~2-4 ms.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: What a second start sends; anything else on the socket is ignored.
SHOW = b"passdesk show\n"
#: Waiting for a first to take the connection. A live first takes it from the kernel
#: or a waiting pipe instance without its event loop; see the module's docstring.
CONNECT_TIMEOUT_MS = 500
#: Waiting for another start's knock-then-listen (milliseconds of work) to finish.
LOCK_TIMEOUT_MS = 3000
#: sun_path holds 104 bytes on macOS, 108 on Linux (with the final NUL).
MAX_SOCKET_PATH = 100
#: How often a first touches its socket file, so that cleaners of temp folders that go
#: by age (systemd-tmpfiles' 10 days, macOS's 3 days) leave a desk running for weeks alone.
TOUCH_EVERY_MS = 6 * 3600 * 1000


class _Answer(Enum):
    TOLD = "told"  # a first took the message
    BUSY = "busy"  # a first is alive but did not take the connection in time
    NOBODY = "nobody"  # no server by that name, or only a dead one's socket
    FOREIGN = "foreign"  # the name exists but is not ours to use (another user's)


def instance_key(data_folder: Path, store_name: str) -> str:
    """The server name for one user's store ``store_name`` in ``data_folder``.

    ``store_name`` is the store file's name (or, for a store that is not a file, any
    text naming it: it is hashed, never shown or logged).
    """
    folder = os.path.normcase(str(Path(data_folder).expanduser().resolve()))
    user = str(os.getuid()) if hasattr(os, "getuid") else _user_name()
    digest = hashlib.sha256("\0".join((user, folder, store_name)).encode()).hexdigest()
    return f"passdesk-{digest[:20]}"


def _user_name() -> str:
    import getpass  # Windows only: its environment variables

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def server_name(key: str) -> str:
    """The name ``key`` listens on. On Unix a socket's path: in the user's runtime folder
    on Linux (``XDG_RUNTIME_DIR``: the user's own, emptied at log-out), else the temp
    folder (per user on macOS); /tmp when that path is too long for a socket."""
    if sys.platform == "win32":
        return key  # \\.\pipe\<key>
    runtime = os.environ.get("XDG_RUNTIME_DIR", "") if sys.platform.startswith("linux") else ""
    folder = runtime if runtime and os.path.isdir(runtime) else QDir.tempPath()
    path = os.path.join(folder, key)
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else os.path.join("/tmp", key)  # noqa: S108


def _lock_path(key: str) -> str:
    name = server_name(key)
    return (os.path.join(QDir.tempPath(), key) if sys.platform == "win32" else name) + ".lock"


class SingleInstance(QObject):
    """The first passdesk over a store: it owns the server while it lives."""

    #: Another start over the same store asked this one to come to the front.
    asked_to_show = Signal()

    def __init__(self, server: QLocalServer | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = server
        self._touch = QTimer(self, interval=TOUCH_EVERY_MS)
        self._touch.timeout.connect(self.touch)
        if server is not None:
            server.setParent(self)
            server.newConnection.connect(self._take_connections)
            if sys.platform != "win32":
                self._touch.start()

    @property
    def guarded(self) -> bool:
        """False when the guard could not be set up and this start runs unguarded."""
        return self._server is not None and self._server.isListening()

    @property
    def name(self) -> str:
        """The server's full name (a socket's path on Unix), "" when unguarded."""
        return self._server.fullServerName() if self._server is not None else ""

    def close(self) -> None:
        """Stop listening (the socket file goes); a later start becomes the first."""
        self._touch.stop()
        if self._server is not None:
            self._server.close()

    def touch(self) -> None:
        """Mark the socket file as in use now (on a timer; see ``TOUCH_EVERY_MS``)."""
        if self.guarded and sys.platform != "win32":
            try:
                os.utime(self.name)
            except OSError as exc:  # gone already: a later start may become a second first
                log.warning("single instance: cannot touch %s: %s", self.name, exc)

    def _take_connections(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # the message may be there already

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine() and socket.bytesAvailable() < len(SHOW):
            return
        message = bytes(socket.readLine(len(SHOW) + 1).data())
        socket.disconnectFromServer()  # one message per connection
        if message == SHOW:
            log.info("another start over this store asked passdesk to come to the front")
            self.asked_to_show.emit()
        else:
            log.warning("ignored an unknown message on the single-instance server")


def claim(key: str, *, connect_timeout_ms: int = CONNECT_TIMEOUT_MS) -> SingleInstance | None:
    """Become the first passdesk for ``key``, or tell the first to show itself.

    Returns the ``SingleInstance`` (keep a reference while the app runs: dropping it
    or ``close()`` frees the name), or None when another process is the first: it was
    asked to come to the front, and this process should exit with 0.
    """
    name = server_name(key)
    lock = QLockFile(_lock_path(key))
    locked = lock.tryLock(LOCK_TIMEOUT_MS)
    if not locked:  # a start stuck mid-claim: go on, the socket still decides
        log.warning("single instance: the start lock was not free: %s", lock.error())
    try:
        answer = _knock(name, connect_timeout_ms)
        if answer in (_Answer.TOLD, _Answer.BUSY):
            return None
        server = _listen(name)
        if server is None and answer is _Answer.NOBODY:
            # Taken: a first that began listening since the knock (only when unlocked),
            # or the socket file a dead first left (macOS and Linux keep it).
            if _knock(name, connect_timeout_ms) in (_Answer.TOLD, _Answer.BUSY):
                return None
            QLocalServer.removeServer(name)
            server = _listen(name)
        if server is None:
            log.warning("single instance: cannot listen on %s; this start runs unguarded",
                        name)
        return SingleInstance(server)
    finally:
        if locked:
            lock.unlock()


def _knock(name: str, timeout_ms: int) -> _Answer:
    """Send SHOW to a first listening on ``name``."""
    if sys.platform == "win32":
        _allow_first_to_come_forward()
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        error, state = socket.error(), socket.state()
        socket.abort()
        # Timed out: still connecting (Qt on Unix says no more) or a timeout error.
        if (state == QLocalSocket.LocalSocketState.ConnectingState
                or error == QLocalSocket.LocalSocketError.SocketTimeoutError):
            return _Answer.BUSY
        if error in (QLocalSocket.LocalSocketError.ServerNotFoundError,
                     QLocalSocket.LocalSocketError.ConnectionRefusedError):
            return _Answer.NOBODY
        return _Answer.FOREIGN  # e.g. SocketAccessError: a name this user cannot use
    socket.write(SHOW)
    # The bytes are in the kernel's buffer (Unix) or the pipe (Windows) once written:
    # the first reads them when its loop turns, even after this process has gone.
    written = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return _Answer.TOLD if written else _Answer.BUSY


def _listen(name: str) -> QLocalServer | None:
    server = QLocalServer()
    if sys.platform == "win32":  # pipes are machine-wide: only this user may connect
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    # Not on Unix: with an access option Qt binds beside the name and renames over it,
    # replacing even a live first's socket. Without one, a taken name fails with
    # "address in use", and the socket gets the umask's mode (connecting needs write
    # permission: the owner's only under the usual 022 or 077).
    if server.listen(name):
        return server
    log.debug("single instance: listen on %s: %s", name, server.errorString())
    server.deleteLater()
    return None


def _allow_first_to_come_forward() -> None:
    """Windows lets only the foreground process (this one, just started by the user's
    click) hand the foreground on: allow the first's activateWindow to take it."""
    import ctypes

    asfw_any = -1
    ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


def bring_to_front(window: QWidget) -> None:
    """Un-minimize ``window`` (keeping it maximized or full screen if it was), raise it
    and give it the keyboard focus, as the first does when a second start knocks."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
