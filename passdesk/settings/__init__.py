"""The settings: the record, its file, and the Door's, the Till's and the hub's parts.

No Qt here. ``SettingsStore`` reads and writes ``settings.json`` and announces
each save to its subscribers; ``Settings`` is the record it holds. The Door's
and the Till's setups (``passdesk.settings.door``, ``passdesk.settings.till``)
are read from their parts of it. The names most callers need are here:

    from passdesk.settings import Settings, SettingsStore, data_dir
"""

from passdesk.settings.places import APP_NAME, config_dir, data_dir
from passdesk.settings.record import (
    ALL_INTERFACES,
    HUB_PORT,
    HUB_VALIDATE_PATH,
    LOCAL_HUB_PORT,
    LOOPBACK,
    Settings,
    default_hub_url,
    valid_port,
)
from passdesk.settings.store import SettingsError, SettingsStore, Subscriber

__all__ = [
    "ALL_INTERFACES",
    "APP_NAME",
    "HUB_PORT",
    "HUB_VALIDATE_PATH",
    "LOCAL_HUB_PORT",
    "LOOPBACK",
    "Settings",
    "SettingsError",
    "SettingsStore",
    "Subscriber",
    "config_dir",
    "data_dir",
    "default_hub_url",
    "valid_port",
]
