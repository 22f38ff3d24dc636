"""Each shared vocabulary is one enum, defined once: no other module spells its values.

DESIGN.md: "Shared vocabularies are one enum each, defined once: outbox kinds,
'store changed' topics, secret names, push results." A value written out as a
string somewhere else is a second definition that can drift from the first.

Outbox kinds and secret names are words nobody uses for anything else
("pass.update", "webhook_secret"), so any string constant equal to one of
them fails, anywhere in ``passdesk/`` (docstrings aside). Topics and push
results are plain words that also name tables, API types, template types,
statuses and pull phases ("passes", "loyalty", "failed"), so for them a
constant fails where the vocabulary is spoken: in the arguments of the
notice that carries it (``StoreChanged(...)``, ``PushOutcome(...)``), in a
comparison or ``match`` against the field that holds it (``change.what``,
``topic``; ``outcome.result``), and in a module-level name used there
(``RELOAD_ON = frozenset({...})``).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pytest

from passdesk.keychain import ENVIRONMENT, RENAMED, SecretName
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.topics import Topic
from passdesk.sync.push import PushResult

PACKAGE = Path(__file__).resolve().parents[2] / "passdesk"


@dataclass(frozen=True)
class Vocabulary:
    enum: type[StrEnum]
    #: The one module that defines it (path relative to the repository).
    home: str
    #: Its words: the enum's values, and any other spelling that belongs to it.
    words: frozenset[str]
    #: None: checked everywhere. Else where it is spoken: the calls that carry a
    #: value, and the attribute or variable names that hold one.
    carriers: frozenset[str] | None = None
    holders: frozenset[str] = frozenset()


def words_of(enum: type[StrEnum], *more: str) -> frozenset[str]:
    return frozenset({str(member) for member in enum} | set(more))


VOCABULARIES = {
    "outbox kinds": Vocabulary(OutboxKind, "passdesk/store/outbox_kinds.py",
                               words_of(OutboxKind)),
    # The old names (RENAMED) and the environment variables are the keychain's too.
    "secret names": Vocabulary(SecretName, "passdesk/keychain.py",
                               words_of(SecretName, *RENAMED, *ENVIRONMENT.values())),
    "store changed topics": Vocabulary(Topic, "passdesk/store/topics.py", words_of(Topic),
                                       carriers=frozenset({"StoreChanged"}),
                                       holders=frozenset({"what", "topic", "topics"})),
    "push results": Vocabulary(PushResult, "passdesk/sync/push.py", words_of(PushResult),
                               carriers=frozenset({"PushOutcome"}),
                               holders=frozenset({"result"})),
}

#: (module, word) -> why that module may spell the word. Keep each one narrow.
EXEMPT = {
    ("passdesk/app.py", "api_key"):
        "getattr(server, 'api_key', ...): the demo sandbox server's attribute, "
        "not a keychain name",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _name_of(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class _Spoken:
    """The expressions of one module where a spoken vocabulary's values go."""

    def __init__(self, tree: ast.AST, vocabulary: Vocabulary) -> None:
        self.tree, self.vocabulary = tree, vocabulary
        self.assigned: dict[str, list[ast.AST]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign) and node.value is not None \
                    and isinstance(node.target, ast.Name):
                self.assigned.setdefault(node.target.id, []).append(node.value)

    def _holds(self, node: ast.AST) -> bool:
        return _name_of(node) in self.vocabulary.holders

    def expressions(self) -> Iterator[ast.AST]:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _name_of(node.func) in self.vocabulary.carriers:
                yield from node.args
                yield from (keyword.value for keyword in node.keywords)
            elif isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(self._holds(side) for side in sides):
                    yield from (side for side in sides if not self._holds(side))
            elif isinstance(node, ast.Match) and self._holds(node.subject):
                yield from (case.pattern for case in node.cases)

    def constants(self) -> Iterator[ast.Constant]:
        seen: set[str] = set()
        todo = list(self.expressions())
        while todo:
            for node in ast.walk(todo.pop()):
                if isinstance(node, ast.Constant):
                    yield node
                elif isinstance(node, ast.Name) and node.id not in seen:
                    seen.add(node.id)  # a module's own name for the values: look inside
                    todo.extend(self.assigned.get(node.id, []))


def literal_uses(source: str | ast.AST, vocabulary: Vocabulary) -> list[tuple[int, str]]:
    """Where ``source`` spells one of ``vocabulary``'s words: (line, word), in order."""
    tree = ast.parse(source) if isinstance(source, str) else source
    if vocabulary.carriers is None:
        docstrings = _docstrings(tree)
        constants: Iterator[ast.Constant] = (
            node for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and id(node) not in docstrings)
    else:
        constants = _Spoken(tree, vocabulary).constants()
    return sorted({(node.lineno, node.value) for node in constants
                   if isinstance(node.value, str) and node.value in vocabulary.words})


@functools.cache
def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@functools.cache
def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _hits(vocabulary: Vocabulary) -> list[tuple[str, int, str]]:
    return [(_relative(path), line, word) for path in _modules()
            if _relative(path) != vocabulary.home
            for line, word in literal_uses(_tree(path), vocabulary)]


@pytest.mark.parametrize("name", VOCABULARIES)
def test_no_module_spells_a_word_of_the_vocabulary(name: str) -> None:
    vocabulary = VOCABULARIES[name]
    spelled = [f"{module}:{line}: {word!r}" for module, line, word in _hits(vocabulary)
               if (module, word) not in EXEMPT]
    assert spelled == [], (f"{name} are spelled outside {vocabulary.home}; "
                           f"use {vocabulary.enum.__name__} instead:\n" + "\n".join(spelled))


@pytest.mark.parametrize("name", VOCABULARIES)
def test_the_enum_is_defined_once_in_its_home(name: str) -> None:
    vocabulary = VOCABULARIES[name]
    assert vocabulary.enum.__module__.replace(".", "/") + ".py" == vocabulary.home
    defined = [_relative(path) for path in _modules()
               if any(isinstance(node, ast.ClassDef) and node.name == vocabulary.enum.__name__
                      for node in ast.walk(_tree(path)))]
    assert defined == [vocabulary.home]


def test_every_exemption_is_still_needed() -> None:
    hits = {(module, word) for vocabulary in VOCABULARIES.values()
            for module, _line, word in _hits(vocabulary)}
    assert set(EXEMPT) <= hits, f"stale exemptions: {set(EXEMPT) - hits}"


def test_the_vocabularies_do_not_share_a_word_with_a_different_meaning() -> None:
    """Words checked everywhere must not be plain words, or the check would catch
    unrelated strings (and then be weakened by exemptions)."""
    for vocabulary in VOCABULARIES.values():
        if vocabulary.carriers is None:
            assert all("." in word or "_" in word for word in vocabulary.words)


# --- the checker itself catches what it should, and only that ------------------------


def test_the_checker_finds_an_outbox_kind_anywhere_but_in_a_docstring() -> None:
    source = '''
"""Queues pass.update rows."""
def queue(session):
    """pass.update"""
    enqueue(session, kind="pass.update")  # "pass.notify" in a comment is fine
    return {"kind": "scan.log"}
'''
    assert literal_uses(source, VOCABULARIES["outbox kinds"]) == [
        (5, "pass.update"), (6, "scan.log")]


def test_the_checker_finds_secret_names_old_names_and_their_variables() -> None:
    source = ('store.get("api_key")\nRENAMED = {"validation_token": 1}\n'
              'os.environ["PASSDESK_HUB_TOKEN"]\n')
    assert literal_uses(source, VOCABULARIES["secret names"]) == [
        (1, "api_key"), (2, "validation_token"), (3, "PASSDESK_HUB_TOKEN")]


def test_the_checker_finds_topics_where_they_are_spoken_only() -> None:
    source = '''
RELOAD_ON = frozenset({Topic.EVENTS, "outbox"})
__tablename__ = "passes"
SOURCE = "loyalty"
def changed(change, notice):
    notice(StoreChanged("passes", ("p-1",)))
    if change.what in ("all", "events"):
        pass
    if change.what in RELOAD_ON or topic == "scans":
        pass
    match change.what:
        case "readers":
            pass
    notice(StoreChanged(what={"loyalty": "loyalty"}.get(SOURCE, Topic.ALL)))
'''
    assert literal_uses(source, VOCABULARIES["store changed topics"]) == [
        (2, "outbox"), (4, "loyalty"), (6, "passes"), (7, "all"), (7, "events"),
        (9, "scans"), (12, "readers"), (14, "loyalty")]


def test_the_checker_finds_push_results_where_they_are_spoken_only() -> None:
    source = '''
FAILED = "failed"
def push(item, outcomes):
    state = "done"
    yield PushOutcome(item.seq, item.kind, "retry", "why")
    if any(o.result in ("done", FAILED) for o in outcomes):
        pass
'''
    assert literal_uses(source, VOCABULARIES["push results"]) == [
        (2, "failed"), (5, "retry"), (6, "done")]


def test_the_enums_keep_the_values_on_disk() -> None:
    """Outbox kinds, topics and secret names are stored (outbox rows, the change
    counters of migration 0009, keychain accounts): their values never change."""
    assert [str(kind) for kind in OutboxKind] == [
        "pass.create", "pass.update", "pass.notify", "pass.nullify", "event.create",
        "event.update", "template.create", "template.update", "loyalty.change", "scan.log"]
    assert sorted(map(str, Topic)) == [
        "all", "events", "loyalty", "outbox", "passes", "readers", "scans", "templates"]
    assert {str(name): env for name, env in ENVIRONMENT.items()} == {
        "api_key": "PASSDESK_API_KEY", "hub_token": "PASSDESK_HUB_TOKEN",
        "webhook_secret": "PASSDESK_WEBHOOK_SECRET",
        "webhook_secret_previous": "PASSDESK_WEBHOOK_SECRET_PREVIOUS",
        "passslot_key": "PASSDESK_PASSSLOT_KEY"}
    assert RENAMED == {"validation_token": "hub_token"}
