"""The designer's language pieces: which languages a design has, reading a typed or
picked language, and the "Default language" row of the Template form.

A design's languages are those its fields' ``localisation`` carries plus those added
in the designer and not yet used (``DesignState.languages``); the template's
``defaultLanguage`` is not one of them: its text is the base label and value.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from passdesk.core.template_doc import TemplateDoc
from passdesk.core.template_locale import (
    COMMON_LANGUAGES,
    GOOGLE,
    LanguageTagError,
    default_language,
    language_name,
    language_words,
    languages,
    normalise,
)
from passdesk.gui.designer.commands import DesignState
from passdesk.gui.i18n import say, translate
from passdesk.gui.widgets.style import Tone, set_tone


def widen_list(combo: QComboBox) -> None:
    """The combo's drop-down list as wide as its longest name: a narrow box whose list
    cut "Portuguese (Brazil, pt-BR)" to "Portugues…l, pt-BR)" hid the tag."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0)
                         + view.verticalScrollBar().sizeHint().width() + 8)


def design_languages(state: DesignState) -> list[str]:
    """The languages the design has besides its default: the fields' and those added."""
    default = default_language(state.doc).lower()
    seen = {t.lower(): t for t in languages(state.doc)}
    for tag in state.languages:
        seen.setdefault(tag.lower(), tag)
    seen.pop(default, None)
    return [seen[k] for k in sorted(seen)]


def tag_of(text: str, titles: dict[str, str] | None = None) -> str:
    """The tag a person picked or typed: "German (de)" -> de, "pt_br" -> pt-BR.

    Raises LanguageTagError with words for anything else.
    """
    text = text.strip()
    for tag, title in (titles or {}).items():
        if text == title:
            return tag
    if text.endswith(")") and "(" in text:  # "German (Austria, de-AT)" -> de-AT
        inner = text[text.rindex("(") + 1:-1].split(",")[-1].strip()
        try:
            return normalise(inner)
        except LanguageTagError:
            pass
    return normalise(text)


class DefaultLanguageRow:
    """The template's ``defaultLanguage``: common languages to pick, any tag to type.

    ``apply(tag)`` is called for a real change only: leaving the box as it
    was edits nothing, even where the template names no language (read as
    English). Junk is said under the box and not applied.
    """

    def __init__(self, combo: QComboBox, message: QLabel, doc: Callable[[], TemplateDoc],
                 apply: Callable[[str], None]) -> None:
        self.combo, self.message = combo, message
        self._doc, self._apply = doc, apply
        for tag in COMMON_LANGUAGES:
            combo.addItem(say(language_words(tag)), tag)
        widen_list(combo)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.hide()
        combo.activated.connect(self._picked)
        combo.lineEdit().editingFinished.connect(self._typed)

    def show(self, doc: TemplateDoc) -> None:
        if self.combo.lineEdit().hasFocus():
            return  # never overwrite what is being typed
        tag = default_language(doc)
        index = self.combo.findData(tag)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(say(language_words(tag)))
        self.message.hide()

    def _picked(self, index: int) -> None:
        tag = self.combo.itemData(index)
        if isinstance(tag, str):
            self._set(tag, picked=True)

    def _typed(self) -> None:
        titles = {self.combo.itemData(i): self.combo.itemText(i)
                  for i in range(self.combo.count())}
        try:
            tag = tag_of(self.combo.currentText(), titles)
        except LanguageTagError as exc:
            set_tone(self.message, Tone.ERROR,
                     translate("designer", "{reason}. The default language stays {tag}.").format(
                         reason=say(exc.args[0]) if exc.args else str(exc),
                         tag=default_language(self._doc())))
            self.message.show()
            return
        self._set(tag)

    def _set(self, tag: str, *, picked: bool = False) -> None:
        self.message.hide()
        doc = self._doc()
        if tag == doc.get("defaultLanguage") or (not picked and tag == default_language(doc)):
            return
        self._apply(tag)
        self.show(self._doc())


def note_words(style: str, phone: str, others: list[str], partly: bool) -> str:
    """The note: "Google shows the default language (en)", "Apple shows English (en) and
    Swedish (sv)"; with ``partly`` (some fields are in the phone's language) "Where German
    is missing, …"."""
    if style == GOOGLE:
        words = translate("designer", "Google shows the default language ({tag})").format(
            tag=others[0])
    else:
        named = [say(language_words(t)) for t in others]
        if len(named) == 1:
            words = translate("designer", "Apple shows {language}").format(language=named[0])
        else:
            words = translate("designer", "Apple shows {languages} and {last}").format(
                languages=", ".join(named[:-1]), last=named[-1])
    if partly:
        words = translate("designer", "Where {language} is missing, {shown}",
                          "{shown}: Apple shows … / Google shows …").format(
            language=say(language_name(phone)), shown=words)
    return words
