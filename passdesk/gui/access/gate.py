"""Temporary: the gate moved to ``passdesk.gui.gate``."""

from passdesk.gui.gate import *  # noqa: F403
from passdesk.gui.gate import Gate, Grant  # noqa: F401
