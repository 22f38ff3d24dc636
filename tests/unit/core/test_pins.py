"""PINs: which are good, the salted slow hash, and the growing lockout."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.pins import (
    DEFAULT_COST,
    LONGEST_LOCKOUT,
    ScryptCost,
    Tries,
    after_failure,
    after_success,
    hash_pin,
    locked,
    lockout_length,
    lockout_words,
    needs_rehash,
    pin_problem,
    verify_pin,
)

#: Tests hash with a tiny cost; one test runs the default.
CHEAP = ScryptCost(n=2**4, r=1, p=1)
NOW = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
PIN = "73915824"


@pytest.mark.parametrize("pin", ["1234", "0000", "12345678", "00001111"])
def test_4_to_8_ascii_digits_are_a_pin(pin: str) -> None:
    assert pin_problem(pin) is None


# Arabic-Indic, full-width and superscript digits pass str.isdigit(); not here.
@pytest.mark.parametrize("pin", ["007", "123456789", "", "12 34", "+1234", "-1234", "1234 ",
                                 "\u0661\u0662\u0663\u0664", "\uff11\uff12\uff13\uff14",
                                 "12.4", "abcd", "12\u00b34", "1234\n"])
def test_anything_else_is_not_and_the_words_say_what_a_pin_is(pin: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None
    assert "4 to 8 digits" in problem
    assert not pin or pin not in problem  # the words never repeat what was typed


@given(st.text(max_size=12))
def test_any_text_is_a_pin_exactly_when_it_is_4_to_8_ascii_digits(text: str) -> None:
    good = re.fullmatch(r"[0-9]{4,8}", text, re.ASCII) is not None
    assert (pin_problem(text) is None) is good


@given(st.from_regex(r"\A[0-9]{4,8}\Z"))
def test_every_4_to_8_digit_pin_is_good(pin: str) -> None:
    assert pin_problem(pin) is None


def test_a_hashed_pin_verifies_and_a_wrong_one_does_not() -> None:
    stored = hash_pin(PIN, cost=CHEAP)
    assert stored.startswith("scrypt$n=16,r=1,p=1$")
    assert verify_pin(PIN, stored)
    assert not verify_pin("73915825", stored)
    assert not verify_pin("7391582", stored)
    assert not verify_pin("", stored)


def test_the_same_pin_hashes_differently_each_time_but_the_same_with_one_salt() -> None:
    assert hash_pin(PIN, cost=CHEAP) != hash_pin(PIN, cost=CHEAP)
    salt = bytes(range(16))
    assert hash_pin(PIN, salt=salt, cost=CHEAP) == hash_pin(PIN, salt=salt, cost=CHEAP)
    assert hash_pin(PIN, salt=salt, cost=CHEAP) != hash_pin("73915825", salt=salt, cost=CHEAP)


def test_the_pin_shows_nowhere() -> None:
    stored = hash_pin(PIN, cost=CHEAP)
    assert PIN not in stored
    assert PIN not in repr(stored)
    for thing in (verify_pin(PIN, stored), needs_rehash(stored, CHEAP), CHEAP,
                  after_failure(Tries(), NOW)):
        assert PIN not in str(thing)
        assert PIN not in repr(thing)
    with pytest.raises(ValueError, match="4 to 8 digits") as caught:
        hash_pin(PIN + "0", cost=CHEAP)
    assert PIN not in str(caught.value)
    assert PIN not in repr(caught.value)


@pytest.mark.parametrize("stored", [
    "", "scrypt", "1234", "bcrypt$n=16,r=1,p=1$AAAA$AAAA", "scrypt$n=16,r=1,p=1$AAAA",
    "scrypt$n=15,r=1,p=1$AAECAwQFBgcICQoLDA0ODw==$AAAA",  # n not a power of 2
    "scrypt$n=16,r=0,p=1$AAECAwQFBgcICQoLDA0ODw==$AAAA",
    "scrypt$n=16,r=1,p=1$!!!!$AAAA",
    "scrypt$n=16,r=1,p=1$AAECAwQFBgcICQoLDA0ODw$AAAA",  # bad padding
    "scrypt$n=1073741824,r=8,p=1$AAECAwQFBgcICQoLDA0ODw==$AAAA",  # a cost never run
    None, 1234,
])
def test_a_malformed_stored_form_verifies_nothing_and_needs_a_rehash(stored: str) -> None:
    assert verify_pin(PIN, stored) is False
    assert needs_rehash(stored, CHEAP)


def test_a_tampered_stored_hash_does_not_verify() -> None:
    prefix, salt, digest = hash_pin(PIN, cost=CHEAP).rsplit("$", 2)
    other = hash_pin("1111", cost=CHEAP).rsplit("$", 1)[1]
    assert not verify_pin(PIN, f"{prefix}${salt}${other}")
    assert verify_pin(PIN, f"{prefix}${salt}${digest}")


def test_needs_rehash_when_the_cost_changed() -> None:
    stored = hash_pin(PIN, cost=CHEAP)
    assert not needs_rehash(stored, CHEAP)
    assert needs_rehash(stored, ScryptCost(n=2**5, r=1, p=1))
    assert needs_rehash(stored)  # the default cost
    assert needs_rehash(hash_pin(PIN, salt=b"short", cost=CHEAP), CHEAP)


@pytest.mark.parametrize(("n", "r", "p"), [(0, 1, 1), (1, 1, 1), (15, 1, 1), (16, 0, 1),
                                           (16, 1, 0)])
def test_a_cost_scrypt_cannot_run_is_refused(n: int, r: int, p: int) -> None:
    with pytest.raises(ValueError, match="not a scrypt cost"):
        ScryptCost(n, r, p)


def test_the_default_cost_hashes_and_verifies_in_well_under_a_second() -> None:
    assert (DEFAULT_COST.n, DEFAULT_COST.r, DEFAULT_COST.p) == (2**14, 8, 1)
    start = time.perf_counter()
    stored = hash_pin(PIN)
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    assert verify_pin(PIN, stored)
    assert not needs_rehash(stored)
    assert time.perf_counter() - start < 2  # a step-up cannot wait longer


# --- lockout --------------------------------------------------------------------------

def fail(tries: Tries, times: int, at: datetime) -> Tries:
    for _ in range(times):
        tries = after_failure(tries, at)
    return tries


def test_four_wrong_tries_do_not_lock_the_fifth_locks_for_30_seconds() -> None:
    tries = fail(Tries(), 4, NOW)
    assert tries.failures == 4
    assert locked(tries, NOW) is None
    tries = after_failure(tries, NOW)
    assert locked(tries, NOW) == timedelta(seconds=30)
    assert lockout_words(timedelta(seconds=30)) == (
        "Too many wrong PINs. Try again in 30 seconds.")


def test_the_time_left_shrinks_with_the_clock_and_ends() -> None:
    tries = fail(Tries(), 5, NOW)
    assert locked(tries, NOW + timedelta(seconds=10)) == timedelta(seconds=20)
    assert locked(tries, NOW + timedelta(seconds=29.5)) == timedelta(seconds=0.5)
    assert locked(tries, NOW + timedelta(seconds=30)) is None
    assert lockout_words(timedelta(seconds=0.5)) == "Too many wrong PINs. Try again in 1 second."


def test_a_wrong_try_while_locked_out_does_not_count() -> None:
    tries = fail(Tries(), 5, NOW)
    assert fail(tries, 20, NOW + timedelta(seconds=5)) == tries


def test_each_further_lockout_doubles_up_to_15_minutes() -> None:
    tries, at, lengths = Tries(), NOW, []
    for _ in range(8):
        tries = fail(tries, 4, at)
        assert locked(tries, at) is None
        tries = after_failure(tries, at)
        left = locked(tries, at)
        assert left is not None
        lengths.append(left.total_seconds())
        at += left  # wait it out
    assert lengths == [30, 60, 120, 240, 480, 900, 900, 900]
    assert lockout_length(1000) == LONGEST_LOCKOUT


def test_a_right_pin_clears_everything() -> None:
    tries = fail(fail(Tries(), 5, NOW), 3, NOW + timedelta(minutes=1))
    assert (tries.lockouts, tries.failures) == (1, 3)
    assert after_success(tries) == Tries()
    # The next lockout is the first again: 30 s.
    assert locked(fail(after_success(tries), 5, NOW), NOW) == timedelta(seconds=30)


def test_lockout_wants_a_timezone_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        after_failure(Tries(), datetime(2026, 12, 7, 20, 0))


def test_lockout_words_say_minutes_for_longer_waits() -> None:
    assert lockout_words(timedelta(minutes=15)) == (
        "Too many wrong PINs. Try again in 15 minutes.")
    assert lockout_words(timedelta(seconds=61)) == "Too many wrong PINs. Try again in 2 minutes."
    assert lockout_words(timedelta(seconds=60)) == "Too many wrong PINs. Try again in 1 minute."
