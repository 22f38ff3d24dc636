"""The template checks about languages (PASSENTRY-API.md §2.10, §13), in words.

``language_problems`` lists, for ``template_checks.check``: language tags that are
not tags, a translation in the template's own default language, the guide's advice
to default to English, and each field with no label or default value in one of
the design's languages (saying what each wallet shows instead). Each problem is
(is an error, document key, message); no Qt, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from passdesk.core.template_doc import SlotField, TemplateDoc
from passdesk.core.template_locale import (
    APPLE,
    GOOGLE,
    LanguageTagError,
    Missing,
    is_tag,
    language_name,
    language_words,
    missing,
    normalise,
    resolve,
)
from passdesk.core.template_locale import default_language as template_default_language
from passdesk.core.template_locale import languages as template_languages
from passdesk.core.texts import translate

#: (is an error, where in the document, the words a person reads).
Problem = tuple[bool, str, str]


def _where(slot: SlotField) -> str:
    return f"{slot.group}.{slot.slot}"


def _quote(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _tags(doc: TemplateDoc) -> list[Problem]:
    out = []
    default = doc.get("defaultLanguage")
    if default is not None:
        try:
            tag = normalise(default)
        except LanguageTagError as exc:
            out.append((True, "defaultLanguage", exc.args[0] if exc.args else str(exc)))
        else:
            if tag.split("-")[0] != "en":
                out.append((False, "defaultLanguage",
                            translate("designer", "the default language is {language}; "
                                                  "PassEntry advises English, which iPhones "
                                                  "fall back to").format(
                                language=language_words(tag))))
    base = template_default_language(doc).lower()
    for slot in doc.iter_slots():
        for tag, entry in (doc.localisation(slot.group, slot.slot) or {}).items():
            if not is_tag(tag):
                out.append((True, _where(slot), translate(
                    "designer", "{tag} is not a language tag such as de, de-AT or pt-BR").format(
                    tag=_quote(str(tag)))))
            elif isinstance(entry, Mapping) and normalise(tag).lower() == base:
                # Left over when the default language changed: the base text is that language.
                out.append((False, _where(slot), translate(
                    "designer", "it has a {language} translation, but {name} is the default "
                                "language: the translation replaces the base text; keep one"
                ).format(language=language_words(tag), name=language_name(tag))))
    return out


_PART_WORDS = {"label": "label", "defaultValue": "default value"}


def language_problems(doc: TemplateDoc, extra: Iterable[str] = ()) -> list[Problem]:
    """Bad tags, and each field with no label or default value in one of the languages."""
    out = _tags(doc)
    default = template_default_language(doc)
    wanted = {t.lower(): t for t in [*template_languages(doc), *extra] if is_tag(t)}
    wanted.pop(default.lower(), None)
    attrs = doc.attributes().get("fields") or {}
    for tag in sorted(wanted.values(), key=str.lower):
        by_slot: dict[tuple[str, str], list[Missing]] = defaultdict(list)
        for gap in missing(doc, tag):
            by_slot[(gap.group, gap.slot)].append(gap)
        for (group, slot), gaps in by_slot.items():
            parts = {g.part for g in gaps}
            field = attrs[group][slot]
            first = gaps[0].part
            apple = resolve(field, tag, default, APPLE)
            google = resolve(field, tag, default, GOOGLE)
            lang = {p: (apple.label_language, google.label_language) if p == "label"
                    else (apple.value_language, google.value_language) for p in _PART_WORDS}
            apple_lang, google_lang = lang[first]
            name = language_name(tag)
            if apple_lang == google_lang:
                instead = translate("designer", "phones in {name} show the {shown} one").format(
                    name=name, shown=language_name(apple_lang or default))
            else:
                instead = translate("designer", "iPhones in {name} show the {apple} one, Android "
                                                "phones the {google} one").format(
                    name=name, apple=language_name(apple_lang or default),
                    google=language_name(google_lang or default))
            if len(parts) == 2:
                said = translate("designer", "no {language} label or default value: {instead}")
            elif "label" in parts:
                said = translate("designer", "no {language} label: {instead}")
            else:
                said = translate("designer", "no {language} default value: {instead}")
            out.append((False, f"{group}.{slot}", said.format(language=language_words(tag),
                                                              instead=instead)))
    return out
