"""Files under resources/ and ui/ are found from a checkout, a wheel and a bundle."""

from __future__ import annotations

import sys

import pytest

from passdesk import resources


@pytest.fixture(autouse=True)
def fresh_roots():
    resources._roots.cache_clear()
    yield
    resources._roots.cache_clear()


def test_found_in_the_source_checkout() -> None:
    assert resources.resource_path("demo", "names.json").is_file()


def test_a_frozen_bundle_is_searched_first(tmp_path, monkeypatch) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "only_in_bundle.ui").write_text("<ui/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.ui_path("only_in_bundle.ui") == tmp_path / "ui" / "only_in_bundle.ui"


def test_a_wheel_install_finds_its_data_folder(tmp_path, monkeypatch) -> None:
    package = tmp_path / "site-packages" / "passdesk"
    (package / "_data" / "resources" / "icons").mkdir(parents=True)
    icon = package / "_data" / "resources" / "icons" / "x.svg"
    icon.write_text("<svg/>")
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.resource_path("icons", "x.svg") == icon


def test_a_missing_file_names_where_it_looked() -> None:
    with pytest.raises(FileNotFoundError, match=r"resources/nope\.txt not found under"):
        resources.resource_path("nope.txt")
