"""NFC reader source on nfcpy: NDEF text/URI records (or the tag's UID) become scans.

The reader runs ``nfc.ContactlessFrontend`` in its own daemon thread. ``path`` is
an nfcpy device path: ``usb``, ``usb:054c:06c3``, ``tty:USB0:pn532``, or
``udp:localhost:PORT`` (nfcpy's simulation driver, used by the tests).

For each tag touched to the reader, every NDEF text record yields its text and
every URI record its URI; a tag without NDEF (or with no text/URI record) yields
its UID in hex. A tag that stays on the reader is read once: nfcpy holds the
connection until the tag is gone, so the next read needs a new touch.

Apple Wallet and Google Wallet passes do not carry a plain NDEF value: their NFC
payload is encrypted (Apple Value Added Services, Google Smart Tap) and needs a
certified reader holding the pass issuer's private key. A plain nfcpy reader
cannot read them. This source serves NDEF tags and cards, and readers that hand
over an already decoded value; wallet passes over NFC go through a VTAP or
PassEntry reader (``vtap_serial`` or the hub's external validation endpoint).
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Sequence

from passdesk.core.texts import translate
from passdesk.scan.sources import (
    OnRead,
    OnState,
    ScanKind,
    ScanRead,
    SourceHealth,
    SourceState,
)
from passdesk.scan.threaded import ThreadedSource

log = logging.getLogger(__name__)

SOURCE = "nfc"

#: Technologies polled: Type A (MIFARE/NTAG, Type 2/4), Type B, Type F (FeliCa).
DEFAULT_TARGETS: tuple[str, ...] = ("106A", "106B", "212F")


class NfcSource(ThreadedSource):
    """Reads NFC tags with nfcpy in a daemon thread; see the module docstring."""

    def __init__(
        self,
        path: str,
        *,
        on_read: OnRead,
        on_state: OnState,
        retry_every: float = 2.0,
        targets: Sequence[str] = DEFAULT_TARGETS,
    ) -> None:
        super().__init__(f"nfc {path}")
        self.path = path
        self._on_read = on_read
        self._on_state = on_state
        self._retry_every = retry_every
        self._targets = list(targets)

    # -- thread (start, stop and running come from ThreadedSource) --------------

    def _run(self) -> None:
        self._state(SourceHealth.STARTING,
                    translate("door", "Opening NFC reader at {path}").format(path=self.path))
        while not self._stopping.is_set():
            clf = self._open()
            if clf is None:
                self._stopping.wait(self._retry_every)
                continue
            try:
                self._state(SourceHealth.READY, translate(
                    "door", "NFC reader ready at {path}").format(path=self.path))
                lost = self._serve(clf)
            finally:
                _close_quietly(clf)
            if lost and not self._stopping.is_set():
                self._state(
                    SourceHealth.UNAVAILABLE,
                    translate("door", "Lost the NFC reader at {path} — check the cable; "
                              "retrying").format(path=self.path),
                )
                self._stopping.wait(self._retry_every)
        self._state(SourceHealth.STOPPED, "")

    def _open(self):
        import nfc  # imported here so that a broken nfcpy/libusb install is a state, not a crash

        try:
            return nfc.ContactlessFrontend(self.path)
        except Exception as error:  # any failure to open is "unavailable", never a crash
            log.info("cannot open NFC reader %s: %r", self.path, error)
            self._state(SourceHealth.UNAVAILABLE, _open_failure_detail(self.path, error))
            return None

    def _serve(self, clf) -> bool:
        """Read tags until stopped; True if the reader was lost."""
        rdwr = {
            "targets": self._targets,
            "on-connect": self._on_tag,
            # One sense round per connect() call, so terminate is checked often.
            "iterations": 1,
            "interval": 0.1,
        }
        while not self._stopping.is_set():
            try:
                result = clf.connect(rdwr=rdwr, terminate=self._stopping.is_set)
            except Exception as error:
                log.warning("NFC reader %s failed: %r", self.path, error)
                return True
            # connect() turns I/O errors (device unplugged) into False.
            if result is False:
                return True
        return False

    def _on_tag(self, tag) -> bool:
        uid = bytes(tag.identifier).hex().upper()
        try:
            values = _ndef_values(tag)
        except Exception as error:  # a tag pulled away mid-read, a malformed message
            log.info("NFC tag %s: could not read NDEF: %r", uid, error)
            values = []
        for value in values or [uid]:
            read = ScanRead(value=value, source=SOURCE, kind=ScanKind.NFC,
                            device=self.path, uid=uid)
            try:
                self._on_read(read)
            except Exception:
                log.exception("on_read callback failed")
        # True: nfcpy waits here until the tag leaves, so one touch is one read.
        return True

    def _state(self, health: SourceHealth, detail: str) -> None:
        try:
            self._on_state(SourceState(SOURCE, health, detail))
        except Exception:
            log.exception("on_state callback failed")


def _ndef_values(tag) -> list[str]:
    """Text of text records and URIs of URI records, in message order."""
    import ndef

    if tag.ndef is None:
        return []
    values: list[str] = []
    for record in tag.ndef.records:
        if isinstance(record, ndef.TextRecord):
            values.append(record.text)
        elif isinstance(record, ndef.UriRecord):
            # iri is the text on the tag; .uri would percent-encode it (even "=").
            values.append(record.iri)
    return values


def _close_quietly(clf) -> None:
    try:
        clf.close()
    except Exception as error:
        log.debug("closing NFC reader: %r", error)


def _open_failure_detail(path: str, error: BaseException) -> str:
    """A sentence a person at the desk can act on."""
    code = getattr(error, "errno", None)
    if "libusb" in str(error):
        return translate("door", "Cannot open the NFC reader at {path}: the USB library "
                         "libusb-1.0 is missing — install it (e.g. 'apt install "
                         "libusb-1.0-0'); retrying").format(path=path)
    if code == errno.EACCES:
        return translate("door", "No permission to open the NFC reader at {path} — on Linux "
                         "give the user access to the USB device (udev rule) or the serial "
                         "port (dialout group)").format(path=path)
    if code == errno.EBUSY:
        return translate("door", "The NFC reader at {path} is in use by another program (on "
                         "Linux the kernel's pn533 driver may hold it: blacklist it) — close "
                         "it; retrying").format(path=path)
    if code == errno.ENODEV:
        return translate("door", "No NFC reader found at {path} — plug it in; on Linux the "
                         "user may need access to the USB device (udev rule); retrying"
                         ).format(path=path)
    return translate("door", "Cannot open the NFC reader at {path}: {error} — retrying").format(
        path=path, error=str(error))
