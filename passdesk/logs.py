"""Logging for the app and command line: every record passes through redaction."""

from __future__ import annotations

import logging
import threading

from passdesk.core.redact import redact

_known_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """A secret the app holds in memory: masked in any log line that contains it."""
    if value:
        with _lock:
            _known_secrets.add(value)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        with _lock:
            secrets = tuple(_known_secrets)
        clean = redact(message, secrets)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def configure(verbose: bool = False) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO if verbose else logging.WARNING)
    # httpx logs every request line at INFO; keep it for -v only.
    logging.getLogger("httpx").setLevel(logging.INFO if verbose else logging.WARNING)
