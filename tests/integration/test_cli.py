"""The command line against the real sandbox, in-process and as its own process."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
import time

import httpx
import pytest

from passdesk import cli
from passdesk.settings import SettingsStore


def test_login_checks_the_key_and_stores_it_in_the_keychain(
        sandbox_session, memory_keyring, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
    assert cli.main(["login", "--url", sandbox_session.base_url, "--key-stdin"]) == 0
    assert memory_keyring.store[("passdesk", f"api_key@{sandbox_session.base_url}")] == "demo"
    assert SettingsStore().load().api_base_url == sandbox_session.base_url
    assert "Connected to 127.0.0.1" in capsys.readouterr().out
    assert cli.main(["check"]) == 0
    assert "key from the keychain" in capsys.readouterr().out


def test_login_with_a_wrong_key_stores_nothing(sandbox_session, memory_keyring, monkeypatch,
                                                capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("wrong-key-123\n"))
    assert cli.main(["login", "--url", sandbox_session.base_url, "--key-stdin"]) == 1
    err = capsys.readouterr().err
    assert "API key was not accepted" in err
    assert "Nothing was stored" in err
    assert "wrong-key-123" not in err
    assert memory_keyring.store == {}


def test_check_without_a_key_says_what_to_do(sandbox_session, capsys) -> None:
    assert cli.main(["check", "--url", sandbox_session.base_url]) == 1
    assert "passdesk login" in capsys.readouterr().err


def test_logout_removes_the_key(sandbox_session, memory_keyring, monkeypatch) -> None:
    monkeypatch.setenv("PASSDESK_API_KEY", "")
    memory_keyring.store[("passdesk", f"api_key@{sandbox_session.base_url}")] = "demo"
    assert cli.main(["logout", "--url", sandbox_session.base_url]) == 0
    assert memory_keyring.store == {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_sandbox_command_serves_pages_and_requires_the_key() -> None:
    port = free_port()
    with subprocess.Popen([sys.executable, "-m", "passdesk", "sandbox", "--port", str(port)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as proc:
        try:
            url = f"http://127.0.0.1:{port}/api/v1/passes"
            for _ in range(200):  # wait for the server to listen (bounded)
                try:
                    response = httpx.get(url, headers={"Authorization": "Bearer demo"})
                    break
                except httpx.ConnectError:
                    time.sleep(0.05)
            else:
                pytest.fail("passdesk sandbox did not start")
            assert response.status_code == 200
            page = response.json()
            assert page["meta"]["totalCount"] >= 2000
            assert page["data"][0]["type"] == "pass"
            assert page["links"]["next"].startswith("/api/v1/passes?")
            assert httpx.get(url).status_code == 401
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=10)
    assert f"passdesk sandbox on http://127.0.0.1:{port}/api/v1" in err.decode()


def test_login_files_the_key_under_the_same_name_as_the_app(
        sandbox_session, memory_keyring, monkeypatch) -> None:
    from passdesk.app import configured_target
    from passdesk.keychain import SecretStore

    monkeypatch.setattr(sys, "stdin", io.StringIO("demo\n"))
    # As pasted: upper-case scheme, trailing slash. The app must still find the key.
    typed = sandbox_session.base_url.replace("http://", "HTTP://") + "/"
    assert cli.main(["login", "--url", typed, "--key-stdin"]) == 0
    target = configured_target(SettingsStore().load(), SecretStore())
    assert target.api_key == "demo"
