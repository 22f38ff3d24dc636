"""Where PassEntry answers: the production API's base URL.

In core because two sides default to it that may not import each other: the
API client (``api.routes`` re-exports it) and the settings, a foundation that
imports nothing of the project above core.
"""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.passentry.com/api/v1"
