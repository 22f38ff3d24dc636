"""``passdesk roles recover``: a forgotten manager PIN set again with the recovery
code in this computer's keychain, and refused without it."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime, timedelta

import pytest

from passdesk import cli
from passdesk.core.roles import Role
from passdesk.keychain import SecretName, SecretStore
from passdesk.store import access, audit
from passdesk.store.database import Database


@pytest.fixture
def store(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    db = Database.open(url)
    code = access.new_recovery_code()
    with db.session() as session:
        access.add_person(session, "Mia", Role.MANAGER, "2468")
        access.add_person(session, "Sam", Role.SUPERVISOR, "1357")
        access.set_recovery(session, code)
        # Mia locked herself out trying to remember it.
        for _ in range(5):
            access.check_pin(session, "Mia", "0000")
    SecretStore().set(SecretName.ROLES_RECOVERY, code, access.recovery_scope(url))
    yield url, db, code
    db.close()


def _typed(monkeypatch, *answers: str) -> list[str]:
    prompts: list[str] = []
    queue = list(answers)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def _recover(url: str, name: str = "Mia") -> int:
    return cli.main(["roles", "recover", "--name", name, "--database", url])


def test_recover_sets_a_new_pin_ends_the_lockout_and_replaces_the_code(
        store, monkeypatch, capsys) -> None:
    url, db, code = store
    prompts = _typed(monkeypatch, "97531", "97531")
    assert _recover(url) == 0
    assert prompts[0].startswith("New PIN for Mia")
    out = capsys.readouterr()
    assert "Mia has a new PIN" in out.out
    assert "97531" not in out.out + out.err
    with db.session() as session:
        assert access.check_pin(session, "Mia", "97531").ok
        assert not access.check_pin(session, "Mia", "2468").ok
        assert not access.recovery_matches(session, code), "a used code is replaced"
        new_code = SecretStore().get(SecretName.ROLES_RECOVERY,
                                     access.recovery_scope(url)).value
        assert new_code != code
        assert access.recovery_matches(session, new_code)
        last = audit.entries(session, limit=1)[0]
        assert (last.action, last.subject, last.authorised_by) == (
            "roles.recover", "Mia", "recovery code")
        assert audit.verify(session) == []


def test_recover_is_refused_without_this_computers_code(store, monkeypatch, capsys) -> None:
    url, _db, _ = store
    SecretStore().delete(SecretName.ROLES_RECOVERY, access.recovery_scope(url))
    prompts = _typed(monkeypatch)
    assert _recover(url) == 1
    assert prompts == [], "no PIN is even asked"
    assert "keychain holds no recovery code" in capsys.readouterr().err


def test_recover_refuses_a_code_of_another_store(store, monkeypatch, capsys) -> None:
    url, _db, _ = store
    SecretStore().set(SecretName.ROLES_RECOVERY, access.new_recovery_code(),
                      access.recovery_scope(url))
    _typed(monkeypatch)
    assert _recover(url) == 1
    assert "not this store's" in capsys.readouterr().err


def test_recover_only_for_a_manager_and_two_equal_pins(store, monkeypatch, capsys) -> None:
    url, db, _ = store
    _typed(monkeypatch)
    assert _recover(url, "Sam") == 1
    assert "No manager is called Sam. Managers: Mia." in capsys.readouterr().err
    _typed(monkeypatch, "97531", "97532")
    assert _recover(url) == 1
    assert "The two PINs differ. Nothing changed." in capsys.readouterr().err
    _typed(monkeypatch, "12", "12")
    assert _recover(url) == 1
    with db.session() as session:
        later = datetime.now(UTC) + timedelta(hours=1)
        assert access.check_pin(session, "Mia", "2468", later).ok, "the old PIN stands"
