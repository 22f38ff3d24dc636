"""Strip secrets from text before it reaches a log or a screen."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "********"
_PATTERNS = [
    re.compile(r"(?i)(authorization\s*[:=]\s*)(bearer\s+)?[^\s,;'\"]+"),
    re.compile(r"(?i)(bearer\s+)[^\s,;'\"]+"),
    re.compile(r"(?i)((?:api[_-]?key|token|password|secret)['\"]?\s*[:=]\s*['\"]?)[^\s,;'\"&]+"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----",
               re.DOTALL),
]


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask bearer tokens, key=value secrets, PEM private keys and the given values."""
    for value in secrets:
        if value and len(value) >= 4:
            text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return text
