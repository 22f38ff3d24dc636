"""Reading a stored pass record's download link and pass sources."""

from __future__ import annotations

import base64

from passdesk.core.pass_sources import pass_sources

PKPASS = b"PK\x03\x04" + b"\x00" * 40


def test_an_apple_source_is_decoded_and_a_google_link_kept() -> None:
    apple = pass_sources({"passSource": {"appleBase64": base64.b64encode(PKPASS).decode()}},
                         "https://download.passentry.com/download?pass=1")
    assert apple.apple_pkpass == PKPASS
    assert apple.download_url == "https://download.passentry.com/download?pass=1"
    assert apple.google_url is None
    assert apple.problem is None
    google = pass_sources({"passSource": {"googleDownloadUrl": "https://pay.google.com/x"},
                           "downloadUrl": "https://d.example/p"})
    assert google.google_url == "https://pay.google.com/x"
    assert google.download_url == "https://d.example/p"  # from the record when no column
    assert google.apple_pkpass is None


def test_broken_or_missing_sources_offer_nothing_and_say_why() -> None:
    bad = pass_sources({"passSource": {"appleBase64": "%%%not base64"}})
    assert bad.apple_pkpass is None
    assert "not valid base64" in bad.problem
    not_zip = pass_sources({"passSource": {"appleBase64": base64.b64encode(b"hello").decode()}})
    assert "not a .pkpass" in not_zip.problem
    nothing = pass_sources({"passSource": "weird", "downloadUrl": "javascript:alert(1)"})
    assert not nothing.any
    assert not pass_sources(None).any
