"""The one rule that makes text from outside storable (``core.storable``), used by
the door step's scan log and by every string the hub stores (``hub.clean.text``)."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.storable import storable, storable_text
from passdesk.hub import clean

SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
#: Any code point, with NUL and lone surrogates often (hypothesis leaves surrogates
#: out unless asked).
ANY_TEXT = st.lists(st.one_of(st.just("\x00"), SURROGATE,
                              st.characters(codec=None, exclude_categories=())),
                    max_size=64).map("".join)
#: Text a database takes as it is: no surrogate, no NUL.
NORMAL_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"))


def _is_surrogate(char: str) -> bool:
    return 0xD800 <= ord(char) <= 0xDFFF


@given(ANY_TEXT)
def test_anything_comes_out_as_utf8_without_nul_and_as_long(value: str) -> None:
    cleaned = storable(value)
    cleaned.encode("utf-8")  # raises on a lone surrogate
    assert "\x00" not in cleaned
    assert len(cleaned) == len(value)
    # Only NUL and surrogates change, each into its one replacement.
    for before, after in zip(value, cleaned, strict=True):
        if before == "\x00":
            assert after == "\u2400"
        elif _is_surrogate(before):
            assert after == "?"
        else:
            assert after == before


@given(NORMAL_TEXT, NORMAL_TEXT)
def test_nul_becomes_the_nul_symbol(head: str, tail: str) -> None:
    assert storable(f"{head}\x00{tail}") == f"{head}\u2400{tail}"
    assert storable_text("\x00") == "\u2400"


@given(NORMAL_TEXT, SURROGATE, NORMAL_TEXT)
def test_a_lone_surrogate_becomes_a_question_mark(head: str, surrogate: str,
                                                  tail: str) -> None:
    assert storable_text(f"{head}{surrogate}{tail}") == f"{head}?{tail}"


@given(NORMAL_TEXT)
def test_normal_text_is_untouched(value: str) -> None:
    assert storable_text(value) == value
    assert storable_text(value, max_length=len(value)) == value


@given(ANY_TEXT.filter(bool), st.data())
def test_too_long_is_none(value: str, data: st.DataObject) -> None:
    limit = data.draw(st.integers(0, len(value) - 1))
    assert storable_text(value, max_length=limit) is None
    assert storable_text(value, max_length=len(value)) == storable(value)


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.binary(),
                 st.lists(st.text(), max_size=3), st.dictionaries(st.text(), st.text(),
                                                                  max_size=3)))
def test_what_is_not_a_string_is_none(value: object) -> None:
    assert storable_text(value) is None
    assert storable_text(value, max_length=10) is None


@given(ANY_TEXT)
def test_a_database_stores_it(value: str) -> None:
    """What the rule is for: SQLite cannot bind a lone surrogate at all."""
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE t (v TEXT)")
        db.execute("INSERT INTO t VALUES (?)", (storable(value),))
        assert db.execute("SELECT v FROM t").fetchone() == (storable(value),)


def test_the_hub_cleans_with_the_same_rule() -> None:
    assert clean.text is storable_text
    assert clean.json_value({"k\x00": ["a\ud800", 1]}) == {"k\u2400": ["a?", 1]}
