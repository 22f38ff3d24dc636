"""Where passdesk keeps its files: the settings folder and the data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "passdesk"


def config_dir() -> Path:
    """Where settings live; ``PASSDESK_CONFIG_DIR`` overrides (tests, portable installs)."""
    override = os.environ.get("PASSDESK_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Where the local database lives; ``PASSDESK_DATA_DIR`` overrides."""
    override = os.environ.get("PASSDESK_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
