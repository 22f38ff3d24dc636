"""VTAP reader (dot-origin VTAP50/VTAP100) over its USB serial port.

Connected by USB, a VTAP shows up as a CDC ACM serial port (``/dev/ttyACM0``,
``COM3``). In serial mode every read arrives as one line of text ended by CR
and/or LF, optionally behind a prefix saying what was read (``VAS:``, ``ST:``,
``QR:`` …, see ``vtap_protocol.DEFAULT_PREFIXES``). Commands to the reader (LED,
beep) are lines too; ``signal_verdict`` sends them.

The port is opened with ``serial.serial_for_url``, so any pyserial URL works
(``loop://``, ``socket://host:port``, ``rfc2217://``) as well as device paths.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable, Mapping
from typing import Protocol

import serial

from passdesk.core.texts import translate
from passdesk.scan import vtap_protocol
from passdesk.scan.sources import OnRead, OnState, ScanKind, ScanRead, SourceHealth, SourceState
from passdesk.scan.threaded import ThreadedSource

log = logging.getLogger(__name__)

SOURCE = "vtap"
READ_TIMEOUT = 0.2  # seconds a read waits; bounds how long stop() takes


class SerialPort(Protocol):
    """What VtapSerial uses of a pyserial port."""

    in_waiting: int

    def read(self, size: int = 1) -> bytes: ...
    def write(self, data: bytes) -> int | None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


#: Opens a port from (url, baudrate); raises when it cannot.
OpenPort = Callable[[str, int], SerialPort]


def open_serial_port(url: str, baudrate: int) -> SerialPort:
    return serial.serial_for_url(url, baudrate=baudrate, timeout=READ_TIMEOUT)


class VtapSerial(ThreadedSource):
    """Reads a VTAP's serial lines in a daemon thread and sends it verdicts."""

    def __init__(
        self,
        port_url: str,
        *,
        on_read: OnRead,
        on_state: OnState,
        baudrate: int = 115200,
        retry_every: float = 2.0,
        prefixes: Mapping[str, ScanKind] = vtap_protocol.DEFAULT_PREFIXES,
        open_port: OpenPort = open_serial_port,
    ) -> None:
        super().__init__(f"vtap {port_url}")
        self.port_url = port_url
        self._on_read = on_read
        self._on_state = on_state
        self._baudrate = baudrate
        self._retry_every = retry_every
        self._prefixes = prefixes
        self._open_port = open_port
        # Guards _port: the reader thread opens/closes it, signal_verdict writes from others.
        self._port_lock = threading.Lock()
        self._port: SerialPort | None = None

    # -- public ---------------------------------------------------------------

    def signal_verdict(self, admit: bool) -> bool:
        """Flash and beep the reader green (admit) or red (deny); thread-safe.

        Returns False, without raising, when the reader is not connected or the
        write fails (the reading thread notices a lost port and reports it).
        """
        data = vtap_protocol.verdict_commands(admit)
        with self._port_lock:
            port = self._port
            if port is None:
                log.info("VTAP %s not connected: verdict not shown on the reader", self.port_url)
                return False
            try:
                port.write(data)
                port.flush()
            except Exception as error:
                log.warning("VTAP %s: could not send verdict: %r", self.port_url, error)
                return False
        return True

    # -- thread ---------------------------------------------------------------

    def _run(self) -> None:
        self._state(SourceHealth.STARTING, translate(
            "door", "Opening VTAP reader at {port}").format(port=self.port_url))
        while not self._stopping.is_set():
            try:
                port = self._open_port(self.port_url, self._baudrate)
            except Exception as error:  # missing, busy, no permission: a state, not a crash
                log.info("cannot open VTAP %s: %r", self.port_url, error)
                self._state(SourceHealth.UNAVAILABLE, _open_failure_detail(self.port_url, error))
                self._stopping.wait(self._retry_every)
                continue
            with self._port_lock:
                self._port = port
            self._state(SourceHealth.READY, translate(
                "door", "VTAP reader ready at {port}").format(port=self.port_url))
            try:
                self._read_lines(port)
            except Exception as error:  # unplugged: pyserial raises SerialException/OSError
                log.info("VTAP %s lost: %r", self.port_url, error)
                self._state(
                    SourceHealth.UNAVAILABLE,
                    translate("door", "Lost the VTAP reader at {port} — check its USB cable; "
                              "retrying").format(port=self.port_url),
                )
                self._stopping.wait(self._retry_every)
            finally:
                with self._port_lock:
                    self._port = None
                    _close_quietly(port)
        self._state(SourceHealth.STOPPED, "")

    def _read_lines(self, port: SerialPort) -> None:
        splitter = vtap_protocol.LineSplitter()
        while not self._stopping.is_set():
            # Blocks at most READ_TIMEOUT; takes whatever else is already waiting.
            chunk = port.read(max(1, port.in_waiting))
            if not chunk:
                continue
            for line in splitter.feed(chunk):
                parsed = vtap_protocol.parse_line(line, self._prefixes)
                if parsed is not None:
                    self._emit(*parsed)

    def _emit(self, value: str, kind: ScanKind) -> None:
        try:
            self._on_read(ScanRead(value=value, source=SOURCE, kind=kind, device=self.port_url))
        except Exception:
            log.exception("on_read callback failed")

    def _state(self, health: SourceHealth, detail: str) -> None:
        try:
            self._on_state(SourceState(SOURCE, health, detail))
        except Exception:
            log.exception("on_state callback failed")


def _close_quietly(port: SerialPort) -> None:
    try:
        port.close()
    except Exception as error:
        log.debug("closing VTAP port: %r", error)


def _open_failure_detail(url: str, error: BaseException) -> str:
    """A sentence a person at the desk can act on."""
    code = getattr(error, "errno", None)  # pyserial's SerialException is an OSError
    if code == errno.EACCES:
        return translate("door", "No permission to open the VTAP reader at {port} — on Linux "
                         "add the user to the 'dialout' group (then log in again); retrying"
                         ).format(port=url)
    if code == errno.EBUSY:
        return translate("door", "The VTAP reader at {port} is in use by another program — "
                         "close it; retrying").format(port=url)
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return translate("door", "No VTAP reader found at {port} — plug it in (it appears as a "
                         "USB serial port such as /dev/ttyACM0 or COM3); retrying"
                         ).format(port=url)
    return translate("door", "Cannot open the VTAP reader at {port}: {error} — retrying").format(
        port=url, error=str(error))
