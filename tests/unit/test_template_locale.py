"""Localised templates (core.template_locale): tags, Apple's and Google's fallback rules
(PASSENTRY-API.md §13, localisation guide), the languages a template uses, what is missing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_locale import (
    APPLE,
    GOOGLE,
    LanguageTagError,
    Missing,
    default_language,
    fallbacks,
    field_languages,
    is_tag,
    language_words,
    languages,
    localised,
    missing,
    normalise,
    resolve,
    shown_languages,
)

# --- tags --------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "tag"), [
    ("de", "de"), ("DE", "de"), ("de-at", "de-AT"), ("pt_BR", "pt-BR"), ("zh-hant", "zh-Hant"),
    ("ZH-HANT-tw", "zh-Hant-TW"), ("es-419", "es-419"), (" fr ", "fr"),
    ("sr-Latn-RS", "sr-Latn-RS"), ("sl-rozaj", "sl-rozaj"),
])
def test_tags_are_written_in_their_usual_case(typed: str, tag: str) -> None:
    assert normalise(typed) == tag
    assert is_tag(typed)


@pytest.mark.parametrize("junk", ["German", "german words", "", "  ", "d", "1de", "de-",
                                  "de--AT", "de AT", "en-GB-", "toolongtag", None, 3])
def test_junk_is_refused_in_words(junk) -> None:
    assert not is_tag(junk)
    with pytest.raises(LanguageTagError) as caught:
        normalise(junk)
    message = str(caught.value)
    assert "language" in message
    assert "Traceback" not in message


def test_language_words_name_the_common_languages() -> None:
    assert language_words("de") == "German (de)"
    assert language_words("pt-BR") == "Portuguese (Brazil, pt-BR)"
    assert language_words("de-AT") == "German (Austria, de-AT)"
    assert language_words("tlh") == "tlh"


def test_fallbacks_drop_one_subtag_at_a_time() -> None:
    assert fallbacks("zh-Hant-TW") == ["zh-hant-tw", "zh-hant", "zh"]
    assert fallbacks("de") == ["de"]


# --- the guide's examples ---------------------------------------------------------------------

POINTS = {"id": "points", "label": "Points", "defaultValue": "0",
          "localisation": {"fr": {"label": "Points FR", "defaultValue": "0"},
                           "is": {"label": "Stig", "defaultValue": "0"}}}


def test_a_phone_in_a_language_the_field_has_sees_it_on_both_wallets() -> None:
    for platform in (APPLE, GOOGLE):
        shown = resolve(POINTS, "is", "en", platform)
        assert (shown.label, shown.label_language) == ("Stig", "is")


def test_de_at_finds_de() -> None:
    field = {"id": "x", "label": "Member", "localisation": {"de": {"label": "Mitglied"}}}
    for platform in (APPLE, GOOGLE):
        assert resolve(field, "de-AT", "en", platform).label == "Mitglied"


def test_apple_falls_back_to_english_google_to_the_default_language() -> None:
    # Default language Swedish; the field also has English and German.
    field = {"id": "x", "label": "Medlem",
             "localisation": {"en": {"label": "Member"}, "de": {"label": "Mitglied"}}}
    assert resolve(field, "fr", "sv", APPLE).label == "Member"
    assert resolve(field, "fr", "sv", GOOGLE).label == "Medlem"


def test_apple_without_english_takes_the_first_language_alphabetically() -> None:
    field = {"id": "x", "label": "Medlem",  # default sv
             "localisation": {"nl": {"label": "Lid"}, "de": {"label": "Mitglied"}}}
    shown = resolve(field, "fr", "sv", APPLE)
    assert (shown.label, shown.label_language) == ("Mitglied", "de")
    assert resolve(field, "fr", "sv", GOOGLE).label == "Medlem"


def test_label_and_value_are_resolved_each_on_its_own() -> None:
    field = {"id": "x", "label": "Tier", "defaultValue": "Gold",
             "localisation": {"de": {"label": "Stufe"}}}
    shown = resolve(field, "de", "en", GOOGLE)
    assert (shown.label, shown.default_value) == ("Stufe", "Gold")
    assert (shown.label_language, shown.value_language) == ("de", "en")


def test_no_default_language_reads_as_english() -> None:
    assert default_language({"name": "x"}) == "en"
    assert resolve({"label": "Member"}, "fr", None, GOOGLE).label_language == "en"


def test_an_unknown_platform_is_refused() -> None:
    with pytest.raises(ValueError, match="platform"):
        resolve(POINTS, "de", "en", "windows")


# --- hypothesis: the fallback rules hold for any field ---------------------------------------

TAGS = st.sampled_from(["en", "de", "de-AT", "fr", "is", "nl", "sv", "pt-BR", "zh-Hant"])
TEXT = st.one_of(st.none(), st.just(""), st.text("abcXYZ", min_size=1, max_size=5))
FIELDS = st.fixed_dictionaries({
    "id": st.just("f"), "label": TEXT,
    "localisation": st.dictionaries(TAGS, st.fixed_dictionaries({"label": TEXT}), max_size=5),
})


def _label(field: dict, key: str, default: str) -> str | None:
    """The label a language has, by compare key (the base for the default language)."""
    loc = {t.lower(): e for t, e in field["localisation"].items()}
    entry = loc.get(key, {}).get("label")
    if entry:
        return entry
    return field["label"] or None if key == default.lower() else None


def _having(field: dict, default: str) -> list[str]:
    keys = {t.lower() for t in field["localisation"]} | {default.lower()}
    return sorted(k for k in keys if _label(field, k, default))


@settings(max_examples=300, deadline=None)
@given(FIELDS, TAGS, TAGS)
def test_apple_rule(field: dict, phone: str, default: str) -> None:
    shown = resolve(field, phone, default, APPLE)
    having = _having(field, default)
    if not having:
        assert shown.label is None
        return
    chosen = shown.label_language.lower()
    assert shown.label == _label(field, chosen, default)
    matches = [k for k in fallbacks(phone) if k in having]
    if matches:
        assert chosen == matches[0], "the phone's language first (de-AT finds de)"
    elif "en" in having:
        assert chosen == "en", "then English"
    else:
        assert chosen == having[0], "then the first language alphabetically"


@settings(max_examples=300, deadline=None)
@given(FIELDS, TAGS, TAGS)
def test_google_rule(field: dict, phone: str, default: str) -> None:
    shown = resolve(field, phone, default, GOOGLE)
    having = _having(field, default)
    matches = [k for k in fallbacks(phone) if k in having]
    if matches:
        assert shown.label_language.lower() == matches[0]
    elif default.lower() in having:
        assert shown.label_language == default, "then the template's default language"
        assert shown.label == _label(field, default.lower(), default)
    else:
        assert shown.label is None, "Google never picks a third language"


@settings(max_examples=200, deadline=None)
@given(FIELDS, TAGS)
def test_both_agree_when_the_phone_language_is_there(field: dict, default: str) -> None:
    for tag in field["localisation"]:
        if field["localisation"][tag].get("label"):
            assert resolve(field, tag, default, APPLE) == resolve(field, tag, default, GOOGLE)


# --- a template's languages, what is missing, previews --------------------------------------

def _doc() -> TemplateDoc:
    doc = TemplateDoc.new(template_type="loyalty")
    doc = doc.add_field("central", "member", "Member", "Gold")
    doc = doc.add_field("details", "points", "Points", "0")
    doc = doc.add_field("back", "terms", "Terms")
    doc = doc.with_localisation("central", "one", "de", label="Mitglied", default_value="Gold")
    return doc.with_localisation("details", "one", "fr", label="Points")


def test_languages_of_a_template_sorted_without_the_default() -> None:
    doc = _doc()
    assert languages(doc) == ["de", "fr"]
    assert languages(doc.attributes()) == ["de", "fr"]
    assert languages({"attributes": doc.attributes()}) == ["de", "fr"]
    assert field_languages(doc.attributes()["fields"]["central"]["one"]) == ["de"]


def test_missing_lists_each_part_the_default_language_has() -> None:
    doc = _doc()
    assert missing(doc, "de") == [
        Missing("details", "one", "points", "label"),
        Missing("details", "one", "points", "defaultValue"),
        Missing("back", "one", "terms", "label"),
    ]
    assert Missing("details", "one", "points", "defaultValue") in missing(doc, "fr")
    assert missing(doc, "en") == [], "nothing is missing in the default language"
    assert missing(doc, "DE") == missing(doc, "de")


def test_localised_doc_is_what_a_phone_shows() -> None:
    doc = _doc()
    german = localised(doc, "de", APPLE)
    assert german.slots("central")[0].label == "Mitglied"
    assert german.slots("details")[0].label == "Points"
    assert localised(doc, "fr", GOOGLE).slots("central")[0].label == "Member"
    assert doc.slots("central")[0].label == "Member", "the document is left alone"
    assert localised(TemplateDoc.new(), "en", APPLE) == TemplateDoc.new()


def test_shown_languages_put_first_what_a_phone_mostly_sees() -> None:
    doc = TemplateDoc.new().add_field("central", "a", "A").add_field("central", "b", "B")
    doc = doc.with_attribute("defaultLanguage", "sv")
    doc = doc.with_localisation("central", "one", "en", label="A en")
    doc = doc.with_localisation("central", "two", "en", label="B en")
    assert shown_languages(doc, "fr", APPLE)[0] == "en"
    assert shown_languages(doc, "fr", GOOGLE)[0] == "sv"
