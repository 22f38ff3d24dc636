"""The designer's one undo command: swap the whole state (document and samples).

A ``TemplateDoc`` is immutable, so a command keeps the state before and the
state after by reference: undo puts the old pair back exactly, redo the new.
Typing in one field is one command per burst: consecutive commands with the
same ``burst`` key merge, so undo takes back the whole burst, not one letter.

The state also lists languages added in the designer that no field has yet
(a language is otherwise known from the fields' ``localisation``); a draft
keeps them beside its samples under ``LANGUAGES_KEY``, never in the template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from PySide6.QtGui import QUndoCommand

from passdesk.core.template_doc import TemplateDoc

#: The id Qt uses to offer a merge; only commands with a burst key take part.
MERGE_ID = 8001
#: Where a draft's samples keep the designer's added languages (not a field id: "@").
LANGUAGES_KEY = "@languages"


@dataclass(frozen=True)
class DesignState:
    """What the designer edits: the template and its sample values (designer data)."""

    doc: TemplateDoc
    samples: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    #: Languages added in the designer, in the order added (tags as normalised).
    languages: tuple[str, ...] = ()

    @classmethod
    def of(cls, doc: TemplateDoc, samples: dict[str, Any] | None = None,
           languages: tuple[str, ...] = ()) -> DesignState:
        """A state; a draft's samples may carry its added languages (``LANGUAGES_KEY``)."""
        samples = dict(samples or {})
        kept = samples.pop(LANGUAGES_KEY, None)
        if not languages and isinstance(kept, list):
            languages = tuple(t for t in kept if isinstance(t, str))
        return cls(doc, MappingProxyType(samples), tuple(languages))

    def with_doc(self, doc: TemplateDoc) -> DesignState:
        return DesignState(doc, self.samples, self.languages)

    def with_samples(self, samples: dict[str, Any]) -> DesignState:
        return DesignState(self.doc, MappingProxyType(dict(samples)), self.languages)

    def with_languages(self, languages: tuple[str, ...]) -> DesignState:
        return DesignState(self.doc, self.samples, tuple(languages))

    def sample_dict(self) -> dict[str, Any]:
        return dict(self.samples)

    def draft_samples(self) -> dict[str, Any]:
        """The samples as a draft stores them, with the added languages if any."""
        out = dict(self.samples)
        if self.languages:
            out[LANGUAGES_KEY] = list(self.languages)
        return out

    def same_as(self, other: DesignState | None) -> bool:
        return (other is not None and self.doc == other.doc
                and dict(self.samples) == dict(other.samples)
                and self.languages == other.languages)


class EditCommand(QUndoCommand):
    """Replace ``old`` by ``new`` through ``apply``; merges with the next command of its burst."""

    def __init__(self, apply: Callable[[DesignState], None], old: DesignState,
                 new: DesignState, text: str, burst: tuple | None = None) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new
        self.burst = burst

    def id(self) -> int:
        return MERGE_ID if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, EditCommand) or other.burst != self.burst:
            return False
        self.new = other.new
        # A burst that ends where it began (typed, then deleted) is no edit at all.
        self.setObsolete(self.new.same_as(self.old))
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
