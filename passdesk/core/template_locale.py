"""Localised templates: language tags, and what a phone in a language shows.

A template's field may carry ``localisation``: a BCP 47 language tag mapped to
``{label, defaultValue}`` (PASSENTRY-API.md §2.10, §5.3). The field's own
label and default value are in the template's ``defaultLanguage``. The
localisation guide (§13) gives each wallet its fallback:

* Apple: the phone's language, else English, else the first language
  alphabetically among the field's languages (the default one included);
* Google: the phone's language, else the template's ``defaultLanguage``.

A phone tag matches a field tag exactly, then by dropping its last subtag
(``de-AT`` finds ``de``; ``zh-Hant-TW`` finds ``zh-Hant``, then ``zh``).
A label and a default value are resolved each on its own: a language that
gives only a label leaves the default value to the fallback.

Plain functions on JSON-shaped data and ``TemplateDoc``; no Qt, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from passdesk.core.template_doc import SLOT_GROUPS, TemplateDoc
from passdesk.core.texts import QT_TRANSLATE_NOOP, Text, translate

APPLE, GOOGLE = "apple", "google"
PLATFORMS = (APPLE, GOOGLE)
#: The guide's advice, and what a template without ``defaultLanguage`` is read as.
ENGLISH = "en"
LABEL, DEFAULT_VALUE = "label", "defaultValue"

#: Common languages offered first, in a marketer's words (any valid tag may be typed);
#: said in the person's language with ``language_name`` / ``language_words``.
COMMON_LANGUAGES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("designer", "English"),
    "en-GB": QT_TRANSLATE_NOOP("designer", "English (UK)"),
    "en-US": QT_TRANSLATE_NOOP("designer", "English (US)"),
    "de": QT_TRANSLATE_NOOP("designer", "German"),
    "fr": QT_TRANSLATE_NOOP("designer", "French"),
    "es": QT_TRANSLATE_NOOP("designer", "Spanish"),
    "it": QT_TRANSLATE_NOOP("designer", "Italian"),
    "nl": QT_TRANSLATE_NOOP("designer", "Dutch"),
    "pt": QT_TRANSLATE_NOOP("designer", "Portuguese"),
    "pt-BR": QT_TRANSLATE_NOOP("designer", "Portuguese (Brazil)"),
    "sv": QT_TRANSLATE_NOOP("designer", "Swedish"),
    "da": QT_TRANSLATE_NOOP("designer", "Danish"),
    "nb": QT_TRANSLATE_NOOP("designer", "Norwegian"),
    "fi": QT_TRANSLATE_NOOP("designer", "Finnish"),
    "is": QT_TRANSLATE_NOOP("designer", "Icelandic"),
    "pl": QT_TRANSLATE_NOOP("designer", "Polish"),
    "cs": QT_TRANSLATE_NOOP("designer", "Czech"),
    "el": QT_TRANSLATE_NOOP("designer", "Greek"),
    "tr": QT_TRANSLATE_NOOP("designer", "Turkish"),
    "ru": QT_TRANSLATE_NOOP("designer", "Russian"),
    "uk": QT_TRANSLATE_NOOP("designer", "Ukrainian"),
    "ar": QT_TRANSLATE_NOOP("designer", "Arabic"),
    "he": QT_TRANSLATE_NOOP("designer", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("designer", "Hindi"),
    "ja": QT_TRANSLATE_NOOP("designer", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("designer", "Korean"),
    "zh-Hans": QT_TRANSLATE_NOOP("designer", "Chinese (Simplified)"),
    "zh-Hant": QT_TRANSLATE_NOOP("designer", "Chinese (Traditional)"),
    "ga": QT_TRANSLATE_NOOP("designer", "Irish"),
    "cy": QT_TRANSLATE_NOOP("designer", "Welsh"),
}
_NAMES = {tag.lower(): name for tag, name in COMMON_LANGUAGES.items()}
_BASE_NAMES = {"zh": QT_TRANSLATE_NOOP("designer", "Chinese"),
               "de-at": QT_TRANSLATE_NOOP("designer", "German (Austria)"),
               "de-ch": QT_TRANSLATE_NOOP("designer", "German (Switzerland)"),
               "fr-ca": QT_TRANSLATE_NOOP("designer", "French (Canada)"),
               "es-mx": QT_TRANSLATE_NOOP("designer", "Spanish (Mexico)"),
               "pt-pt": QT_TRANSLATE_NOOP("designer", "Portuguese")}
#: "English (UK)" with its tag: "English (UK, en-GB)", each name said as the person's
#: language says it (the English name is the key).
_NAMED_WITH_TAG = {
    "English (UK)": translate("designer", "English (UK, {tag})"),
    "English (US)": translate("designer", "English (US, {tag})"),
    "Portuguese (Brazil)": translate("designer", "Portuguese (Brazil, {tag})"),
    "Chinese (Simplified)": translate("designer", "Chinese (Simplified, {tag})"),
    "Chinese (Traditional)": translate("designer", "Chinese (Traditional, {tag})"),
    "German (Austria)": translate("designer", "German (Austria, {tag})"),
    "German (Switzerland)": translate("designer", "German (Switzerland, {tag})"),
    "French (Canada)": translate("designer", "French (Canada, {tag})"),
    "Spanish (Mexico)": translate("designer", "Spanish (Mexico, {tag})"),
}

# language (2-3 letters), script (4 letters), region (2 letters or 3 digits), variants.
_TAG = re.compile(r"(?P<lang>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?"
                  r"(?:-(?P<region>[a-z]{2}|\d{3}))?(?P<variants>(?:-(?:[a-z0-9]{5,8}|"
                  r"\d[a-z0-9]{3}))*)", re.IGNORECASE)


class LanguageTagError(ValueError):
    """Text that is not a language tag; the message says so in words."""


def normalise(tag: Any) -> str:
    """``tag`` in its usual case (``de``, ``de-AT``, ``zh-Hant``, ``pt-BR``); "_" is read as "-".

    Raises LanguageTagError for anything that is not a BCP 47 language tag.
    """
    if not isinstance(tag, str):
        raise LanguageTagError(translate("designer", "{tag} is not a language tag such as de, "
                                                     "de-AT or pt-BR").format(tag=repr(tag)))
    text = tag.strip().replace("_", "-")
    match = _TAG.fullmatch(text)
    if match is None:
        raise LanguageTagError(translate("designer", "{tag} is not a language tag such as de, "
                                                     "de-AT, pt-BR or zh-Hant").format(
            tag=repr(text)) if text else
            translate("designer", "An empty tag is not a language; type one such as de or "
                                  "pt-BR"))
    parts = [match["lang"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    if match["variants"]:
        parts += [v.lower() for v in match["variants"].split("-") if v]
    return "-".join(parts)


def is_tag(tag: Any) -> bool:
    try:
        normalise(tag)
    except LanguageTagError:
        return False
    return True


def _key(tag: str) -> str:
    """A tag to compare by (case-insensitive, "_" as "-"); bad tags compare as typed."""
    try:
        return normalise(tag).lower()
    except LanguageTagError:
        return str(tag).strip().lower()


def _english_name(tag: str) -> str | None:
    key = _key(tag)
    return _NAMES.get(key) or _BASE_NAMES.get(key)


def language_name(tag: str) -> str:
    """A person's name for the language ("German", "Portuguese (Brazil)"), else the tag.

    A ``Text`` (said in the person's language) when passdesk has a name for it.
    """
    name = _english_name(tag)
    if name is not None:
        return Text("designer", name)
    key = _key(tag)
    if "-" in key:
        base = _english_name(key.split("-")[0])
        if base:
            return translate("designer", "{language} ({subtags})",
                             "a language with the rest of its tag: German (AT)").format(
                language=Text("designer", base), subtags=normalise(tag).split("-", 1)[1])
    return tag


def language_words(tag: str) -> str:
    """The language and its tag: "German (de)", "German (Austria, de-AT)", or just the tag
    when passdesk has no name."""
    name = _english_name(tag)
    if name is None:
        key = _key(tag)
        base = _english_name(key.split("-")[0]) if "-" in key else None
        if base is None:
            return tag
        return translate("designer", "{language} ({subtags}, {tag})").format(
            language=Text("designer", base), subtags=normalise(tag).split("-", 1)[1], tag=tag)
    if name in _NAMED_WITH_TAG:
        return _NAMED_WITH_TAG[name].format(tag=tag)
    return translate("designer", "{language} ({tag})", "a language and its tag: German (de)"
                     ).format(language=Text("designer", name), tag=tag)


def fallbacks(tag: str) -> list[str]:
    """The tag, then each shorter prefix: ``zh-Hant-TW`` -> zh-hant-tw, zh-hant, zh (keys)."""
    parts = _key(tag).split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


@dataclass(frozen=True)
class Localised:
    """What a phone shows of one field: its label and default value, and their languages."""

    label: str | None
    default_value: Any
    #: The tag each part came from (the template's default language for the base values);
    #: None when no language has that part.
    label_language: str | None
    value_language: str | None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _entries(field: Mapping[str, Any], default_language: str) -> dict[str, Mapping[str, Any]]:
    """Each language's {label, defaultValue} keyed by compare key; the base under the default.

    A localisation entry for the default language itself wins over the base values.
    """
    out: dict[str, Mapping[str, Any]] = {}
    base = {LABEL: field.get(LABEL), DEFAULT_VALUE: field.get(DEFAULT_VALUE,
                                                              field.get("default_value"))}
    out[_key(default_language)] = base
    loc = field.get("localisation")
    if isinstance(loc, Mapping):
        for tag, entry in loc.items():
            if isinstance(tag, str) and isinstance(entry, Mapping):
                key = _key(tag)
                if key == _key(default_language):
                    out[key] = {part: entry.get(part) if not _blank(entry.get(part))
                                else base[part] for part in (LABEL, DEFAULT_VALUE)}
                else:
                    out[key] = entry
    return out


def _tags(field: Mapping[str, Any], default_language: str) -> dict[str, str]:
    """compare key -> the tag as written (the default language as given)."""
    tags = {_key(default_language): default_language}
    loc = field.get("localisation")
    if isinstance(loc, Mapping):
        for tag, entry in loc.items():
            if isinstance(tag, str) and isinstance(entry, Mapping):
                tags.setdefault(_key(tag), tag)
    return tags


def _pick(entries: Mapping[str, Mapping[str, Any]], part: str, language: str,
          default_language: str, platform: str) -> str | None:
    having = [k for k, e in entries.items() if not _blank(e.get(part))]
    for key in fallbacks(language):
        if key in having:
            return key
    if platform == GOOGLE:
        key = _key(default_language)
        return key if key in having else None
    english = sorted(k for k in having if fallbacks(k)[-1] == ENGLISH)
    if english:  # "en" itself sorts first
        return english[0]
    return min(having) if having else None


def resolve(field: Mapping[str, Any], language: str, default_language: str | None,
            platform: str) -> Localised:
    """What a phone set to ``language`` shows of ``field`` (a slot object) on ``platform``.

    ``platform`` is "apple" or "google"; ``default_language`` is the
    template's (English when the template names none).
    """
    if platform not in PLATFORMS:
        raise ValueError(f"{platform!r} is not a platform; the platforms are apple and google")
    default_language = default_language or ENGLISH
    entries = _entries(field, default_language)
    tags = _tags(field, default_language)
    label_key = _pick(entries, LABEL, language, default_language, platform)
    value_key = _pick(entries, DEFAULT_VALUE, language, default_language, platform)
    return Localised(
        entries[label_key].get(LABEL) if label_key else None,
        entries[value_key].get(DEFAULT_VALUE) if value_key else None,
        tags.get(label_key) if label_key else None,
        tags.get(value_key) if value_key else None)


def field_languages(field: Mapping[str, Any]) -> list[str]:
    """The tags of a field's ``localisation``, as written, in stored order."""
    loc = field.get("localisation")
    if not isinstance(loc, Mapping):
        return []
    # A null entry is a removed language (an update sends removals as null).
    return [tag for tag, entry in loc.items() if isinstance(tag, str)
            and isinstance(entry, Mapping)]


def _attributes(template: TemplateDoc | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(template, TemplateDoc):
        return template.attributes()
    inner = template.get("attributes") if isinstance(template, Mapping) else None
    return inner if isinstance(inner, Mapping) else template


def default_language(template: TemplateDoc | Mapping[str, Any]) -> str:
    """The template's ``defaultLanguage`` (English when it has none)."""
    value = _attributes(template).get("defaultLanguage")
    return value.strip() if isinstance(value, str) and value.strip() else ENGLISH


def _slots(template: TemplateDoc | Mapping[str, Any]) -> Iterable[tuple[str, str, Mapping]]:
    fields = _attributes(template).get("fields")
    if not isinstance(fields, Mapping):
        return
    for group in SLOT_GROUPS:
        slots = fields.get(group)
        if isinstance(slots, Mapping):
            for slot, value in slots.items():
                if isinstance(value, Mapping):
                    yield group, str(slot), value


def languages(template: TemplateDoc | Mapping[str, Any]) -> list[str]:
    """The languages the template's fields are localised in, sorted; the default not included.

    Each language once, as first written (``de`` and ``DE`` are one language).
    """
    default = _key(default_language(template))
    seen: dict[str, str] = {}
    for _group, _slot, value in _slots(template):
        for tag in field_languages(value):
            key = _key(tag)
            if key != default:
                seen.setdefault(key, tag)
    return [seen[k] for k in sorted(seen)]


@dataclass(frozen=True)
class Missing:
    """A field with no label or default value in a language, where the base has one."""

    group: str
    slot: str
    field_id: str | None
    #: "label" or "defaultValue".
    part: str


def missing(template: TemplateDoc | Mapping[str, Any], language: str) -> list[Missing]:
    """Fields whose label or default value has no ``language`` version (the tag exactly).

    Only parts the field has in its default language count (a field with no
    default value needs none in German). Nothing is missing in the default
    language itself.
    """
    default = default_language(template)
    key = _key(language)
    if key == _key(default):
        return []
    out = []
    for group, slot, value in _slots(template):
        loc = value.get("localisation")
        entry: Any = None
        if isinstance(loc, Mapping):
            entry = next((e for t, e in loc.items() if isinstance(t, str) and _key(t) == key),
                         None)
        entry = entry if isinstance(entry, Mapping) else {}
        base_value = value.get(DEFAULT_VALUE, value.get("default_value"))
        for part, base in ((LABEL, value.get(LABEL)), (DEFAULT_VALUE, base_value)):
            if not _blank(base) and _blank(entry.get(part)):
                field_id = value.get("id")
                out.append(Missing(group, slot, field_id if isinstance(field_id, str) else None,
                                   part))
    return out


def localised(doc: TemplateDoc, language: str, platform: str) -> TemplateDoc:
    """``doc`` as a phone in ``language`` shows it on ``platform``: each slot's label and
    default value replaced by what ``resolve`` picks (for previews; never published)."""
    default = default_language(doc)
    if _key(language) == _key(default) and not languages(doc):
        return doc
    out = doc
    for group, slot, value in _slots(doc):
        shown = resolve(value, language, default, platform)
        if shown.label != value.get(LABEL) or shown.default_value != value.get(DEFAULT_VALUE):
            out = out.with_slot(group, slot, label=shown.label,
                                default_value=shown.default_value)
    return out


def shown_languages(doc: TemplateDoc | Mapping[str, Any], language: str,
                    platform: str) -> list[str]:
    """The languages the fields' labels show in on a phone set to ``language``, most used
    first (ties: the phone's, then the default, then alphabetical)."""
    default = default_language(doc)
    counts: dict[str, int] = {}
    for _group, _slot, value in _slots(doc):
        tag = resolve(value, language, default, platform).label_language
        if tag is not None:
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts, key=lambda t: (-counts[t], _key(t) not in fallbacks(language),
                                         _key(t) != _key(default), _key(t)))
