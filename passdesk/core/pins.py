"""PINs: what a good one looks like, a slow salted hash to keep, and lockout.

A PIN is short (4 to 8 digits), so its hash is slow (scrypt, memory-hard) and
salted, and wrong tries lock the person out for a growing delay: with 10,000
four-digit PINs, five tries per lockout and lockouts of up to 15 minutes a
guess takes days, not seconds. The stored form names its cost
(``scrypt$n=16384,r=8,p=1$<salt>$<hash>``), so the cost can be raised later
and old hashes made again at the next right PIN (``needs_rehash``).

The PIN itself is never kept, returned, put in an exception or in a repr.

Lockout is pure: the caller keeps a ``Tries`` per person (or per desk where a
PIN alone is typed and matches nobody), passes the time in (timezone-aware)
and stores what comes back, so restarting the app does not clear a lockout.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from passdesk.core.texts import Text, translate

PIN_SHORTEST = 4
PIN_LONGEST = 8
#: The rule in words (a ``Text``: ``gui.i18n.say`` says it).
PIN_WORDS = translate("roles", "A PIN is {shortest} to {longest} digits.").format(
    shortest=PIN_SHORTEST, longest=PIN_LONGEST)
_DIGITS = frozenset("0123456789")  # ASCII only: str.isdigit() also takes "٣" and "³"

#: Five wrong tries: enough for a fumbled PIN or two, too few to guess one.
TRIES_BEFORE_LOCKOUT = 5
#: The first lockout; each further one doubles it, up to the longest.
FIRST_LOCKOUT = timedelta(seconds=30)
#: A locked-out supervisor is needed again within the shift, not tomorrow.
LONGEST_LOCKOUT = timedelta(minutes=15)

SALT_BYTES = 16
HASH_BYTES = 32
_SCHEME = "scrypt"
_STORED = re.compile(r"scrypt\$n=(\d{1,10}),r=(\d{1,4}),p=(\d{1,4})\$([A-Za-z0-9+/=]+)"
                     r"\$([A-Za-z0-9+/=]+)")
#: A hand-edited or hostile stored cost is refused, not run: n=2**40 would never end.
_MOST_MEMORY = 1 << 28
#: Longer salts or hashes than any this module writes are not ours.
_LONGEST_PART = 64


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's cost: ``n`` (a power of 2) sets time and memory (128 * n * r bytes)."""

    n: int
    r: int
    p: int

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or self.r < 1 or self.p < 1:
            raise ValueError(f"not a scrypt cost: n={self.n}, r={self.r}, p={self.p}")

    @property
    def memory(self) -> int:
        """The bytes scrypt needs (OpenSSL's count, so ``maxmem`` can allow it)."""
        return 128 * self.r * (self.n + self.p + 2)


#: About 16 MB and tens of milliseconds: a step-up waits for it once.
DEFAULT_COST = ScryptCost(n=2**14, r=8, p=1)


def pin_problem(pin: str) -> Text | None:
    """None for a good PIN (4 to 8 digits 0-9); otherwise what to do about it."""
    if not isinstance(pin, str) or not pin:
        return translate("roles", "Type a PIN: {shortest} to {longest} digits.").format(
            shortest=PIN_SHORTEST, longest=PIN_LONGEST)
    if not set(pin) <= _DIGITS:
        return translate("roles", "{rule} Use only the digits 0 to 9, no spaces or signs."
                         ).format(rule=PIN_WORDS)
    if not PIN_SHORTEST <= len(pin) <= PIN_LONGEST:
        return translate("roles", "{rule} This one has {count}.").format(
            rule=PIN_WORDS, count=len(pin))
    return None


def _scrypt(pin: str, salt: bytes, cost: ScryptCost, size: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=cost.n, r=cost.r, p=cost.p,
                          maxmem=cost.memory + (1 << 20), dklen=size)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None, cost: ScryptCost = DEFAULT_COST) -> str:
    """The form to store for ``pin``: ``scrypt$n=…,r=…,p=…$<salt>$<hash>`` (base64).

    A new random salt each time unless one is given (tests), so two people with
    the same PIN have different hashes. Raises ValueError (with ``pin_problem``'s
    words, never the PIN) for a PIN that is not 4 to 8 digits.
    """
    problem = pin_problem(pin)
    if problem is not None:
        raise ValueError(problem)
    return _hash(pin, salt, cost)


def _hash(secret: str, salt: bytes | None, cost: ScryptCost) -> str:
    """The stored form of an ASCII ``secret`` (a PIN, a recovery code)."""
    if cost.memory > _MOST_MEMORY:
        raise ValueError(f"scrypt cost too high: {cost.memory:,} bytes")
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(secret, salt, cost)
    return f"{_SCHEME}$n={cost.n},r={cost.r},p={cost.p}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True)
class _Stored:
    cost: ScryptCost
    salt: bytes
    digest: bytes


def _read(stored: object) -> _Stored | None:
    if not isinstance(stored, str):
        return None
    match = _STORED.fullmatch(stored)
    if match is None:
        return None
    n, r, p = (int(match[i]) for i in (1, 2, 3))
    try:
        cost = ScryptCost(n, r, p)
        salt = base64.b64decode(match[4], validate=True)
        digest = base64.b64decode(match[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if cost.memory > _MOST_MEMORY or not 0 < len(salt) <= _LONGEST_PART \
            or not 0 < len(digest) <= _LONGEST_PART:
        return None
    return _Stored(cost, salt, digest)


def verify_pin(pin: str, stored: str) -> bool:
    """Is ``pin`` the PIN ``stored`` was made from? False also for a malformed
    stored form or a PIN that could never be right (not 4 to 8 digits)."""
    return pin_problem(pin) is None and _matches(pin, stored)


def _matches(secret: str, stored: str) -> bool:
    """Is the ASCII ``secret`` the one ``stored`` was made from (False when ``stored``
    is malformed or costs more than this machine can run)?"""
    found = _read(stored)
    if found is None:
        return False
    try:
        digest = _scrypt(secret, found.salt, found.cost, len(found.digest))
    except (ValueError, MemoryError):  # a cost this machine cannot run
        return False
    return hmac.compare_digest(digest, found.digest)


def hash_code(code: str) -> str:
    """A recovery code's stored form: hashed as a PIN is, without a PIN's rules
    (it is letters, digits and dashes, and long). Raises ValueError for non-ASCII."""
    if not code or not code.isascii():
        raise ValueError("a recovery code is ASCII letters and digits")
    return _hash(code, None, DEFAULT_COST)


def verify_code(code: str, stored: str) -> bool:
    """Is ``code`` the recovery code ``stored`` was made from?"""
    return bool(code) and code.isascii() and _matches(code, stored)


def needs_rehash(stored: str, cost: ScryptCost = DEFAULT_COST) -> bool:
    """Was ``stored`` made otherwise than ``cost`` now says (or is it unreadable)?
    Then hash the PIN again the next time it is typed right."""
    found = _read(stored)
    return (found is None or found.cost != cost or len(found.salt) != SALT_BYTES
            or len(found.digest) != HASH_BYTES)


# --- lockout --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tries:
    """One person's wrong PIN tries: since the last lockout, lockouts since the
    last right PIN, and until when they are locked out."""

    failures: int = 0
    lockouts: int = 0
    locked_until: datetime | None = None


def _aware(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware (UTC)")
    return now


def lockout_length(lockouts: int) -> timedelta:
    """How long the ``lockouts``-th lockout (1, 2, …) lasts: 30 s, 60 s, 120 s, …,
    at most 15 minutes."""
    if lockouts < 1:
        raise ValueError(f"lockouts start at 1, not {lockouts}")
    # Capping the exponent first keeps 2 ** n small on a long run of lockouts.
    return min(FIRST_LOCKOUT * 2 ** min(lockouts - 1, 16), LONGEST_LOCKOUT)


def locked(tries: Tries, now: datetime) -> timedelta | None:
    """The time left of a lockout at ``now``; None when not locked out."""
    now = _aware(now)
    if tries.locked_until is None or now >= tries.locked_until:
        return None
    return tries.locked_until - now


def after_failure(tries: Tries, now: datetime) -> Tries:
    """``tries`` after a wrong PIN at ``now``; the fifth wrong one locks out.

    A wrong try while locked out does not count (``tries`` comes back as it
    was): the caller should not even check the PIN then, so a locked-out
    desk cannot be used to test PINs, and say ``lockout_words`` instead.
    """
    if locked(tries, now) is not None:
        return tries
    failures = tries.failures + 1
    if failures < TRIES_BEFORE_LOCKOUT:
        return replace(tries, failures=failures, locked_until=None)
    lockouts = tries.lockouts + 1
    return Tries(failures=0, lockouts=lockouts, locked_until=now + lockout_length(lockouts))


def after_success(tries: Tries) -> Tries:
    """A right PIN clears everything, lockouts too."""
    return Tries()


def lockout_words(left: timedelta) -> Text:
    """What a locked-out person reads: "Too many wrong PINs. Try again in 2 minutes." """
    seconds = max(1, math.ceil(left.total_seconds()))  # round up: never "in 0 seconds"
    if seconds < 60:
        return translate("roles", "Too many wrong PINs. Try again in %n second(s).", None,
                         seconds)
    minutes = -(-seconds // 60)  # a plain name: pyside6-lupdate skips an expression
    return translate("roles", "Too many wrong PINs. Try again in %n minute(s).", None,
                     minutes)
