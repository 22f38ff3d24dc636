"""``passdesk sandbox --tunnel PUBLIC=LOCAL`` delivers webhooks to a receiver on loopback,
and Ctrl+C ends it without noise (the delivery threads stop with the server)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import signal
import subprocess
import sys
import threading

import httpx
import pytest

from tests.helpers.webhook_receiver import WebhookReceiver


def _ctrl_c_on() -> None:
    # A shell starts background jobs with Ctrl+C ignored, and Python then keeps it
    # ignored: the sandbox would never see the SIGINT this test sends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_the_sandbox_command_delivers_through_a_tunnel_and_stops_quietly() -> None:
    with WebhookReceiver() as receiver, subprocess.Popen(
            [sys.executable, "-m", "passdesk", "sandbox", "--port", "0", "--passes", "20",
             "--tunnel", f"https://venue.example.test/pe={receiver.url}/in"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            preexec_fn=_ctrl_c_on) as proc:
        assert proc.stderr is not None
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
        reader.start()
        try:
            url = None
            for _ in range(400):  # the ready line names the real port (bounded wait)
                found = re.search(r"on (http://\S+/api/v1)", "".join(lines))
                if found:
                    url = found.group(1)
                    break
                if proc.poll() is not None:
                    break
                threading.Event().wait(0.05)
            if url is None:
                pytest.fail(f"passdesk sandbox did not start: {''.join(lines)}")
            with httpx.Client(base_url=url, timeout=5,
                              headers={"Authorization": "Bearer demo"}) as api:
                sub = api.post("/webhook-subscriptions", json={"webhookSubscription": {
                    "url": "https://venue.example.test/pe/hook",
                    "subscribedEvents": ["passScanned"]}}).json()["data"]
                # A demo scan names a demo reader (GET /scans is documented, /readers not).
                known = api.get("/scans", params={"perPage": 1}).json()["data"][0]
                reader_id = known["relationships"]["reader"]["data"]["id"]
                pass_id = api.get("/passes", params={"perPage": 1}).json()["data"][0]["id"]
                scanned = api.post("/scans/log", json={"scan": {
                    "readerId": reader_id, "scanType": "barcode",
                    "status": "successful", "scanValue": pass_id, "passId": pass_id}})
                assert scanned.status_code == 200, scanned.text
            (post,) = receiver.wait_for(1)
            assert post.path == "/in/hook"
            assert post.headers["X-Webhook-Signature"] == hmac.new(
                sub["attributes"]["secretKey"].encode(), post.body, hashlib.sha256).hexdigest()
            assert json.loads(post.body)["data"]["attributes"]["webhookType"] == "passScanned"
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                code = proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()  # not left for Popen's exit to wait on forever
                raise
            reader.join(timeout=5)
    err = "".join(lines)
    assert code == 0, err
    assert "Traceback" not in err
    assert "Exception" not in err


def test_a_malformed_tunnel_is_refused_in_words(capsys) -> None:
    from passdesk import cli

    assert cli.main(["sandbox", "--port", "0", "--tunnel", "venue.example.test"]) == 2
    assert "PUBLIC=LOCAL" in capsys.readouterr().err
