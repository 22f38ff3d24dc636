"""An NFC Forum Type 3 (FeliCa) tag emulated by nfcpy over its ``udp`` driver.

The emulator opens ``udp:localhost:PORT`` and listens (binds PORT) as a 212F
target; a reader opening the same path sends to PORT. It answers POLLING with
the system code 12FC (NDEF) and serves READ WITHOUT ENCRYPTION on service 000B
from an in-memory NDEF area: block 0 is the Type 3 attribute information block,
blocks 1.. the NDEF message, as in nfcpy's ``tagtool emulate``.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterable

import ndef
import nfc
import nfc.clf

NDEF_READ_SERVICE = 0x000B  # service number 0, attribute "read only without encryption"
NDEF_SYSTEM_CODE = "12FC"
# PMm FF..: an IC code no nfcpy FeliCa class claims, so the reader sees a plain Type3Tag.
PMM = "FFFFFFFFFFFFFFFF"
LISTEN_WINDOW = 30.0  # seconds; see FelicaTagEmulator._poke


def ndef_area(records: Iterable[ndef.Record], nmaxb: int = 16) -> bytearray:
    """Attribute block + NDEF message, padded to 16-byte blocks."""
    message = b"".join(ndef.message_encoder(list(records)))
    attr = bytearray(16)
    attr[0] = 0x10  # mapping version 1.0
    attr[1] = 4  # nbr: blocks per read
    attr[2] = 0  # nbw: read-only tag
    attr[3:5] = struct.pack(">H", nmaxb)
    attr[9] = 0x00  # writef: no write in progress
    attr[10] = 0x00  # rwflag: read only
    attr[11:14] = struct.pack(">I", len(message))[1:]
    attr[14:16] = struct.pack(">H", sum(attr[0:14]))
    data = attr + message
    return data + bytearray(-len(data) % 16)


class FelicaTagEmulator:
    """One touch of a tag: from start() until stop() the tag is on the reader."""

    def __init__(self, path: str, records: Iterable[ndef.Record] | None, idm: str) -> None:
        """``records=None`` emulates a FeliCa card without the NDEF service."""
        self.path = path
        self.idm = idm
        self.area = None if records is None else ndef_area(records)
        self.blocks_read = 0  # READ WITHOUT ENCRYPTION blocks served
        self.polls = 0  # POLLING commands answered (the reader's presence checks)
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._clf = nfc.ContactlessFrontend(path)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="felica emulator", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> bool:
        """Take the tag off the reader; True if the emulator thread ended."""
        assert self._thread is not None
        if self._stopping.is_set() and not self._thread.is_alive():
            return True  # already lifted; a poke now would wake the next tag on this port
        self._stopping.set()
        self._poke()
        self._thread.join(timeout)
        self._clf.close()
        return not self._thread.is_alive()

    def _poke(self) -> None:
        """Wake a listen() that no reader talks to, so terminate() is looked at.

        nfcpy checks terminate only between commands or listen windows. The window is
        long (LISTEN_WINDOW) because nfcpy's udp driver drops an activation that starts
        at the very end of a window; a polling plus one command addressed to our IDm
        activates the emulation, whose command loop then sees terminate() and returns.
        """
        _, host, port = self.path.split(":")
        polling = "0600ffff0100"
        command = "0c04" + self.idm.lower() + "0000"  # REQUEST RESPONSE, length 12
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            for frame in (polling, command):
                sock.sendto(f"212F {frame}".encode(), (host, int(port)))

    def _run(self) -> None:
        self._clf.connect(card={
            "on-startup": self._on_startup,
            "on-connect": self._on_connect,
            "timeout": LISTEN_WINDOW,
        }, terminate=self._stopping.is_set)

    def _on_startup(self, target: nfc.clf.LocalTarget) -> nfc.clf.LocalTarget:
        target.brty = "212F"
        target.sensf_res = bytearray.fromhex("01" + self.idm + PMM + NDEF_SYSTEM_CODE)
        return target

    def _on_connect(self, tag) -> bool:
        if self.area is not None:
            tag.add_service(NDEF_READ_SERVICE, self._read_block, None)
        answer_polling = tag.polling

        def counted_polling(cmd_data):
            self.polls += 1
            return answer_polling(cmd_data)

        tag.polling = counted_polling
        return True  # nfcpy then answers commands until terminate() or the reader leaves

    def _read_block(self, block_number: int, rb: bool, re: bool) -> bytes | None:
        offset = block_number * 16
        if offset + 16 > len(self.area):
            return None  # nfcpy answers with a FeliCa status error
        self.blocks_read += 1
        return bytes(self.area[offset:offset + 16])
