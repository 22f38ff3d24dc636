"""Settings file: round trip, damaged files set aside, unknown keys kept, write errors."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from passdesk.api.routes import DEFAULT_BASE_URL
from passdesk.core.texts import Text
from passdesk.settings import ALL_INTERFACES, Settings, SettingsError, SettingsStore, config_dir


def test_the_store_lives_in_the_config_dir(isolated_dirs: Path) -> None:
    assert config_dir() == isolated_dirs / "config"
    assert SettingsStore().path == isolated_dirs / "config" / "settings.json"


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = Settings(api_base_url="https://staging.example.org/api/v1",
                        database_url="postgresql://desk@venue/passdesk")

    store.save(settings)

    assert store.load() == settings
    assert store.problem is None
    assert not (tmp_path / "settings.json.part").exists()


def test_a_missing_file_gives_defaults_without_a_problem(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.load() == Settings()
    assert store.load().api_base_url == DEFAULT_BASE_URL
    assert store.problem is None


@pytest.mark.parametrize("content", ['{"api_base_url": "https://x', "[1, 2, 3]", "\x00\x01"])
def test_a_damaged_file_is_set_aside_and_defaults_are_used(tmp_path: Path, content) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    store = SettingsStore(path)

    assert store.load() == Settings()

    assert store.problem is not None
    assert "damaged" in store.problem
    assert "using defaults" in store.problem
    assert not path.exists()
    aside = list(tmp_path.glob("settings.json.broken-*"))
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == content
    assert aside[0].name in store.problem


def test_an_unreadable_file_gives_defaults_and_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # reading a folder fails with an OSError
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem is not None
    assert "Could not read" in store.problem


def test_the_next_load_clears_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("not json", encoding="utf-8")
    store = SettingsStore(path)
    store.load()
    assert store.problem
    store.load()
    assert store.problem is None


def test_unknown_keys_are_kept_through_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"api_base_url": "https://a.example/api/v1",
                                "theme": "dark", "panes": {"order": ["scan", "till"]}}),
                    encoding="utf-8")
    store = SettingsStore(path)

    settings = store.load()
    assert settings.extra == {"theme": "dark", "panes": {"order": ["scan", "till"]}}
    settings.api_base_url = "https://b.example/api/v1"
    store.save(settings)

    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["theme"] == "dark"
    assert saved["panes"] == {"order": ["scan", "till"]}
    assert saved["api_base_url"] == "https://b.example/api/v1"


def test_a_value_of_the_wrong_type_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"api_base_url": 42, "database_url": ["x"]}), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert settings.api_base_url == DEFAULT_BASE_URL
    assert settings.database_url is None


def test_a_null_api_base_url_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"api_base_url": None}), encoding="utf-8")
    assert SettingsStore(path).load().api_base_url == DEFAULT_BASE_URL


def test_the_api_base_url_round_trips(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(api_base_url="https://staging.example.org/api/v1"))
    assert store.load().api_base_url == "https://staging.example.org/api/v1"
    assert not (tmp_path / "settings.json.part").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write to read-only folders")
def test_a_read_only_folder_gives_a_readable_settings_error(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "settings.json"
    path.write_text(json.dumps({"api_base_url": "https://old.example/api/v1"}), "utf-8")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SettingsError) as caught:
            SettingsStore(path).save(Settings(api_base_url="https://new.example/api/v1"))
    finally:
        folder.chmod(stat.S_IRWXU)
    message = str(caught.value)
    assert message.startswith(f"Could not save settings to {path}: ")
    assert "Permission denied" in message
    assert "Errno" not in message
    assert json.loads(path.read_text("utf-8"))["api_base_url"] == "https://old.example/api/v1"


def test_an_unwritable_location_gives_a_readable_settings_error(tmp_path: Path) -> None:
    # Works as root too: the "folder" is a file, so nothing can be created in it.
    blocker = tmp_path / "config"
    blocker.write_text("I am a file, not a folder", encoding="utf-8")
    path = blocker / "settings.json"

    with pytest.raises(SettingsError) as caught:
        SettingsStore(path).save(Settings())

    message = str(caught.value)
    assert message.startswith(f"Could not save settings to {path}: ")
    assert "Errno" not in message
    assert isinstance(caught.value, OSError)
    said = caught.value.args[0]  # to be said in the person's language (gui.i18n.say)
    assert isinstance(said, Text)
    assert said.context == "settings"
    assert said.args["path"] == str(path)
    assert blocker.read_text(encoding="utf-8") == "I am a file, not a folder"


def test_the_in_app_hub_is_off_on_8770_loopback_by_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    # A file an older passdesk wrote: no hub keys at all.
    path.write_text(json.dumps({"api_base_url": "https://a.example/api/v1",
                                "hub_url": "https://hub.example/validate"}), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert (settings.hub_run, settings.hub_port, settings.hub_host) == (False, 8770, "127.0.0.1")
    assert settings.hub_url == "https://hub.example/validate"
    assert settings.extra == {}


def test_the_hub_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(hub_run=True, hub_port=9443, hub_host=ALL_INTERFACES))
    loaded = store.load()
    assert (loaded.hub_run, loaded.hub_port, loaded.hub_host) == (True, 9443, ALL_INTERFACES)


@pytest.mark.parametrize(("key", "value"), [
    ("hub_run", "yes"), ("hub_run", 1), ("hub_port", True), ("hub_port", 0),
    ("hub_port", 70000), ("hub_port", "8770"), ("hub_host", ""), ("hub_host", None),
])
def test_a_hand_edited_hub_value_that_cannot_work_falls_back(tmp_path: Path, key, value) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value}), encoding="utf-8")
    assert getattr(SettingsStore(path).load(), key) == getattr(Settings(), key)


@pytest.mark.parametrize(("written", "read"), [
    ("6ebcd1a9", "6ebcd1a9"), (None, None), ("   ", None), (42, None), (["x"], None)])
def test_the_entity_id_is_text_or_none(tmp_path: Path, written, read) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.path.write_text(json.dumps({"entity_id": written}), encoding="utf-8")
    assert store.load().entity_id == read
    assert Settings().entity_id is None
    store.save(Settings(entity_id="6ebcd1a9"))
    assert store.load().entity_id == "6ebcd1a9"


def test_the_doors_part_keeps_its_key_station_in_the_file(tmp_path: Path) -> None:
    # As an older passdesk wrote it: the Door's part under "station", every key in order.
    written = json.dumps({"theme": "dark", **Settings().to_json(),
                          "station": {"station": "north", "sound": False}}, indent=2) + "\n"
    path = tmp_path / "settings.json"
    path.write_text(written, encoding="utf-8")
    store = SettingsStore(path)

    settings = store.load()
    assert settings.door == {"station": "north", "sound": False}
    assert "station" not in settings.extra
    store.save(settings)

    assert path.read_text(encoding="utf-8") == written, "written back byte for byte"
    assert "door" not in json.loads(written)


def test_a_key_named_door_in_the_file_is_not_the_doors_part(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"door": {"station": "east"}}), encoding="utf-8")
    settings = SettingsStore(path).load()
    assert settings.door == {}
    assert settings.extra == {"door": {"station": "east"}}


def test_a_save_is_announced_to_subscribers_with_the_new_settings(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    heard: list[Settings] = []
    unsubscribe = store.subscribe(heard.append)
    settings = Settings(hub_run=True, door={"event_id": "ev-1"})

    store.save(settings)

    assert heard == [settings]
    heard[0].door["event_id"] = "changed by a subscriber"
    assert settings.door == {"event_id": "ev-1"}, "each subscriber gets its own copy"
    unsubscribe()
    store.save(Settings())
    assert len(heard) == 1, "unsubscribed: told nothing more"


@pytest.mark.parametrize("how", ["save", "update"])
def test_a_failed_save_is_not_announced(tmp_path: Path, how: str) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    store = SettingsStore(blocker / "settings.json")
    heard: list[Settings] = []
    store.subscribe(heard.append)
    attempt = {"save": lambda: store.save(Settings(hub_run=True)),
               "update": lambda: store.update(lambda s: setattr(s, "hub_run", True))}[how]
    with pytest.raises(SettingsError):
        attempt()
    assert heard == []


def test_a_failing_subscriber_neither_undoes_the_save_nor_silences_the_others(
        tmp_path: Path, caplog) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    heard: list[Settings] = []

    def broken(_settings: Settings) -> None:
        raise RuntimeError("a follower's bug")

    store.subscribe(broken)
    store.subscribe(heard.append)
    store.save(Settings(hub_port=9001))

    assert [s.hub_port for s in heard] == [9001]
    assert store.load().hub_port == 9001
    assert "a settings subscriber failed" in caplog.text


def test_update_changes_one_part_keeps_the_rest_and_announces_it(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(entity_id="6ebcd1a9", till={"desk": "front"}))
    heard: list[Settings] = []
    store.subscribe(heard.append)

    saved = store.update(lambda settings: setattr(settings, "door", {"station": "north"}))

    loaded = store.load()
    assert loaded.door == {"station": "north"}
    assert (loaded.entity_id, loaded.till) == ("6ebcd1a9", {"desk": "front"})
    assert saved.door == loaded.door
    assert [s.door for s in heard] == [{"station": "north"}]
