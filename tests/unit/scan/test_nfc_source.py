"""What a person is told when the NFC reader cannot be opened."""

from __future__ import annotations

import errno
import os

import pytest

from passdesk.scan.nfc_source import _open_failure_detail


@pytest.mark.parametrize(
    ("error", "start", "hint"),
    [
        (OSError(errno.ENODEV, os.strerror(errno.ENODEV)),
         "No NFC reader found at usb — plug it in", "udev rule"),
        (OSError(errno.EACCES, os.strerror(errno.EACCES)),
         "No permission to open the NFC reader at usb", "udev rule"),
        (OSError(errno.EBUSY, os.strerror(errno.EBUSY)),
         "The NFC reader at usb is in use by another program", "pn533"),
        (FileNotFoundError(errno.ENOENT, "cannot find a suitable libusb-1.0"),
         "Cannot open the NFC reader at usb: the USB library libusb-1.0 is missing",
         "apt install libusb-1.0-0"),
        (ValueError("odd"), "Cannot open the NFC reader at usb: odd", "retrying"),
    ],
)
def test_open_failures_say_what_to_do(error: BaseException, start: str, hint: str) -> None:
    detail = _open_failure_detail("usb", error)
    assert detail.startswith(start)
    assert hint in detail
