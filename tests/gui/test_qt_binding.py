"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a
method that returns nothing (``QLabel.setText``, ``processEvents`` ...) and to
``True`` on every ``Signal.emit()``. On 3.11 those objects are not immortal, so
the app dies after a while with "Fatal Python error: none_dealloc" (tests die
at interpreter exit). PySide6 6.11.x is fine, and so is Python 3.12+.
"""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 200
FIX = ("Use PySide6 < 6.12 (e.g. 6.11.3) on Python 3.11, or Python 3.12+; "
       f"found PySide6 {PySide6.__version__} on Python {sys.version.split()[0]}.")


def refcount_change(obj: object, action) -> int:
    gc.collect()
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        action()
    gc.collect()
    return sys.getrefcount(obj) - before


class Emitter(QObject):
    fired = Signal()


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert refcount_change(None, lambda: label.setText("x")) > -CALLS // 2, FIX


def test_emitting_a_signal_keeps_true_alive() -> None:
    emitter = Emitter()
    assert refcount_change(True, emitter.fired.emit) > -CALLS // 2, FIX
