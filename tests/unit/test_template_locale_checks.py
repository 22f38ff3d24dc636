"""The template checks on localised templates: fields missing in a language, in words,
bad language tags, and the guide's advice to default to English."""

from __future__ import annotations

from passdesk.core.template_checks import ERROR, WARNING, check
from passdesk.core.template_doc import TemplateDoc


def gold() -> TemplateDoc:
    doc = TemplateDoc.new("Gold Club", "loyalty")
    doc = doc.add_field("central", "member", "Member", "Gold")
    return doc.add_field("details", "points", "Points")


def words(doc: TemplateDoc, **kwargs) -> list[tuple[str, str, str]]:
    return [(f.level, f.place, f.message) for f in check(doc, **kwargs)]


def test_a_template_without_languages_has_no_language_findings() -> None:
    assert not [f for f in check(gold()) if "language" in f.message or "(de)" in f.message]


def test_each_field_missing_in_a_language_is_one_warning_in_words() -> None:
    doc = gold().with_localisation("central", "one", "de", label="Mitglied")
    found = words(doc)
    assert (WARNING, "Central field 1", "no German (de) default value: phones in German show "
                                        "the English one") in found
    assert (WARNING, "Details field 1", "no German (de) label: phones in German show the "
                                        "English one") in found
    for _level, _place, message in found:
        assert "defaultValue" not in message
        assert "localisation" not in message


def test_a_language_added_in_the_designer_counts_before_any_field_has_it() -> None:
    found = words(gold(), languages=["fr"])
    assert (WARNING, "Central field 1", "no French (fr) label or default value: phones in "
                                        "French show the English one") in found


def test_a_translated_field_is_not_reported() -> None:
    doc = gold().with_localisation("central", "one", "de", label="Mitglied",
                                   default_value="Gold")
    doc = doc.with_localisation("details", "one", "de", label="Punkte")
    assert not [m for _l, _p, m in words(doc) if "German" in m]


def test_wallets_that_fall_back_differently_are_both_named() -> None:
    doc = gold().with_attribute("defaultLanguage", "sv")
    doc = doc.with_localisation("central", "one", "en", label="Member", default_value="Gold")
    doc = doc.with_localisation("central", "one", "de", default_value="Gold")
    found = words(doc)
    assert (WARNING, "Central field 1", "no German (de) label: iPhones in German show the "
                                        "English one, Android phones the Swedish one") in found
    assert (WARNING, "Default language", "the default language is Swedish (sv); PassEntry "
                                         "advises English, which iPhones fall back to") in found


def test_bad_tags_are_errors_in_words() -> None:
    doc = gold().with_attribute("defaultLanguage", "English please")
    doc = doc.with_localisation("central", "one", "Deutsch bitte", label="Mitglied")
    found = words(doc)
    assert (ERROR, "Default language",
            "'English please' is not a language tag such as de, de-AT, pt-BR or zh-Hant") in found
    assert (ERROR, "Central field 1",
            "'Deutsch bitte' is not a language tag such as de, de-AT or pt-BR") in found


def test_a_translation_in_the_default_language_is_said() -> None:
    doc = gold().with_localisation("central", "one", "de", label="Mitglied")
    doc = doc.with_attribute("defaultLanguage", "de")
    found = words(doc)
    assert (WARNING, "Central field 1", "it has a German (de) translation, but German is the "
                                        "default language: the translation replaces the base "
                                        "text; keep one") in found
