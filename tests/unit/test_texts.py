"""core.texts: a message is its English as a str, and can be said in another language."""

from __future__ import annotations

import pickle

from passdesk.core.texts import Text, english_plural, translate


def upper(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """A stand-in catalogue: every message in capitals, its arguments' names kept."""
    import re

    return re.sub(r"\{[A-Z_]+\}", lambda m: m.group().lower(), source.upper())


def test_english_is_the_str_value() -> None:
    text = translate("door", "Welcome back")
    assert text == "Welcome back"
    assert isinstance(text, str)
    assert text.startswith("Welcome")
    assert (text.context, text.source) == ("door", "Welcome back")


def test_plurals_in_english() -> None:
    assert translate("door", "%n scan(s) waiting", None, 1) == "1 scan waiting"
    assert translate("door", "%n scan(s) waiting", None, 2) == "2 scans waiting"
    assert translate("door", "%Ln box(es)", None, 1500) == "1,500 boxes"
    assert english_plural("%n pass(es), %n left", 0) == "0 passes, 0 left"


def test_named_arguments_are_said_through_the_catalogue() -> None:
    name = translate("door", "the supervisor")
    text = translate("door", "Ask {who} for {count} points").format(who=name, count=3)
    assert text == "Ask the supervisor for 3 points"
    said = text.say(upper, lambda value: value.say(upper, str) if isinstance(value, Text)
                    else f"<{value}>")
    # The sentence and the argument that is a message are both said; a number as given.
    assert said == "ASK THE SUPERVISOR FOR <3> POINTS"


def test_a_translation_that_breaks_its_arguments_falls_back_to_english() -> None:
    text = translate("door", "Hello {name}").format(name="Ana")
    broken = text.say(lambda *a: "Hallo {nom}", str)
    assert broken == "Hello Ana"


def test_a_text_survives_pickling_and_format_keeps_earlier_arguments() -> None:
    text = translate("till", "{points} points for {name}").format(points=5).format(name="Bo")
    again = pickle.loads(pickle.dumps(text))  # noqa: S301 - our own bytes
    assert isinstance(again, Text)
    assert again == "5 points for Bo"
    assert again.args == {"points": 5, "name": "Bo"}


def test_irregular_plurals_and_brackets_that_are_not_plurals() -> None:
    assert english_plural("Wrong PIN. %n tr(y|ies) left.", 1) == "Wrong PIN. 1 try left."
    assert english_plural("Wrong PIN. %n tr(y|ies) left.", 4) == "Wrong PIN. 4 tries left."
    assert english_plural("%n scan(s) (see below)", 2) == "2 scans (see below)"
    assert english_plural("%n scan(s) (below)", 1) == "1 scan (below)"


def test_a_text_crosses_json_and_comes_back_whole() -> None:
    import json

    from passdesk.core.texts import as_json, from_json

    inner = translate("sync", "entities")
    said = translate("sync", "This PassEntry account does not offer {what}.").format(what=inner)
    back = from_json(json.loads(json.dumps(as_json(said))))
    assert back == said  # the English
    assert (back.context, back.source, back.args["what"].source) == (
        "sync", "This PassEntry account does not offer {what}.", "entities")
    assert from_json("plain words") == "plain words"
