"""Base URLs: the HTTPS rule, loopback hosts, and the URL as stored.

httpx parses a URL here, but only when the URL is not already in its stored
form: the app reads its server's URL at every start, before its window shows,
and importing httpx then costs a tenth of a second it does not need.
"""

from __future__ import annotations

import ipaddress
import re

from passdesk.api import errors
from passdesk.core.texts import translate

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})

#: A URL that httpx leaves as it is (lower-case host, no default port, no dot
#: segments, no trailing slash, nothing to escape): its normal form is itself.
_ALREADY_NORMAL = re.compile(
    r"(?P<scheme>https?)://"
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r"(?::(?P<port>[1-9][0-9]{0,4}))?"
    r"(?:/(?!\.\.?(?:/|$))[A-Za-z0-9._~-]+)*")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The base URL without a trailing slash; HTTPS unless it points at this computer."""
    import httpx

    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise errors.InsecureUrlError(translate("sync", "Not a valid URL: {url} ({problem})")
                                      .format(url=repr(url), problem=str(exc))) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise errors.InsecureUrlError(translate("sync", "Not an http(s) URL: {url}").format(
            url=repr(url)))
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise errors.InsecureUrlError(
            translate("sync", "Refusing plain http to {host}: the API key would travel "
                              "unencrypted.").format(host=parsed.host)
        )
    return str(parsed).rstrip("/")


def normalize_url(url: str) -> str:
    """The base URL as stored and used as the keychain scope (no trailing slash).

    An invalid or insecure URL comes back stripped but otherwise as typed; the
    client refuses it with an ``InsecureUrlError`` when it is used.
    """
    if already_normal(url):
        return url
    try:
        return check_base_url(url)
    except errors.ApiError:
        return url.strip().rstrip("/")


def already_normal(url: str) -> bool:
    """True when ``normalize_url`` would give ``url`` back unchanged (checked without httpx)."""
    match = _ALREADY_NORMAL.fullmatch(url)
    if match is None:
        return False
    port = match["port"]
    return port is None or (int(port) <= 65535 and int(port) != _DEFAULT_PORTS[match["scheme"]])


def host_and_port(url: str) -> tuple[str, int | None] | None:
    """The host (lower case) and the port when it is not the scheme's default; None
    for a URL without a host or with a bad port."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not host:
        return None
    return host, None if port == _DEFAULT_PORTS.get(parts.scheme.lower()) else port
