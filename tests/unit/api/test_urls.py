"""Base URLs read without httpx agree with httpx's reading of them."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import passdesk.api
from passdesk.api import urls
from passdesk.api.urls import already_normal, host_and_port, normalize_url

LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
SEGMENT = st.from_regex(r"[A-Za-z0-9._~-]{1,8}", fullmatch=True)


@st.composite
def plain_urls(draw) -> str:
    """URLs shaped like the fast path's, some of them not normal (default ports, dot
    segments, upper case, a trailing slash) so both answers are tried."""
    scheme = draw(st.sampled_from(["https", "http", "HTTPS"]))
    host = ".".join(draw(st.lists(LABEL, min_size=1, max_size=3)))
    if draw(st.booleans()):
        host = host.upper()
    port = draw(st.sampled_from(["", ":443", ":80", ":8080", ":0443", ":65535"]))
    path = "".join("/" + s for s in draw(st.lists(SEGMENT, max_size=4)))
    tail = draw(st.sampled_from(["", "", "/", "?a=1", " "]))
    return f"{scheme}://{host}{port}{path}{tail}"


def normal_by_httpx(url: str) -> str:
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL:
        return url.strip().rstrip("/")
    if (parsed.scheme not in ("http", "https") or not parsed.host
            or (parsed.scheme == "http" and not urls.is_loopback(parsed.host))):
        return url.strip().rstrip("/")
    return str(parsed).rstrip("/")


@given(plain_urls())
def test_a_url_taken_as_already_normal_is_what_httpx_makes_of_it(url: str) -> None:
    if already_normal(url):
        assert normal_by_httpx(url) == url
    assert normalize_url(url) == normal_by_httpx(url)


@pytest.mark.parametrize(("url", "normal"), [
    ("https://api.passentry.com/api/v1", True),
    ("http://127.0.0.1:8765/api/v1", True),
    ("https://api.passentry.com:443/api/v1", False),  # httpx drops the default port
    ("https://API.passentry.com/api/v1", False),
    ("https://api.passentry.com/api/v1/", False),
    ("https://api.passentry.com/api/../v1", False),
    (" https://api.passentry.com", False),
])
def test_already_normal_answers_without_httpx(url: str, normal: bool) -> None:
    assert already_normal(url) is normal


@pytest.mark.parametrize("url", [
    "https://api.passentry.com/api/v1", "http://127.0.0.1:8765/api/v1",
    "https://Example.COM:443/x", "http://localhost:80", "https://[::1]:9000/api",
])
def test_host_and_port_read_as_httpx_reads_them(url: str) -> None:
    parsed = httpx.URL(url)
    assert host_and_port(url) == (parsed.host, parsed.port)


@pytest.mark.parametrize("url", ["not a url", "https://", "https://host:99999/x"])
def test_a_url_without_a_usable_host_gives_none(url: str) -> None:
    assert host_and_port(url) is None


def test_the_package_names_resolve_on_first_use() -> None:
    for name in passdesk.api.__all__:
        assert getattr(passdesk.api, name).__name__ == name
    with pytest.raises(AttributeError):
        _ = passdesk.api.NoSuchName
