"""DESIGN.md's layers, checked by reading every module's imports.

What the tests below hold (DESIGN.md "Layout" and the paragraph after it):

* Dependencies point downwards: ``gui -> (scan, sync, design, settings, store,
  api) -> core``; ``core`` imports nothing of the project (``FORBIDDEN``).
* Only ``sync`` joins ``api`` and ``store``: no other module below the faces
  imports both, and ``scan`` and ``hub`` never import ``api`` (the door step and
  the hub reach PassEntry only through ``sync``: the Door asking a third-party
  endpoint is ``sync.external_door``, the hub's demo store is filled by
  ``sync.pull.pull_once``; the third-party validation formats the hub answers
  in are pure data in ``core.validation_formats``). The faces at the top
  see both ends: the composition root (``app``, ``cli``, ``selftest``) builds
  the database and the client and hands them to ``sync`` and ``gui``, and
  nothing imports it back; ``gui`` reads the store's query functions and takes
  from ``api`` only the client handle, its errors, the address rules and the
  connection probe (``GUI_MAY_USE_OF_API``), never a resource module: requests
  go out through ``sync``, and the bodies a form fills are core's
  (``core.reader_config``); a gui module that reads the store takes from ``api``
  only the client handle and the errors (to catch what a ``sync`` call raised).
  The sandbox mirrors PassEntry and imports neither.
* ``gui`` is one folder per feature (``FEATURES``) under a shell (the
  top-level gui modules). A feature folder imports no other feature folder: it
  reaches the others only through the shell, ``widgets/`` or ``workers/``.
  ``scanning/`` is what the Door and the Till share: those two (and the shell)
  may import it, no other feature. ``widgets/`` and ``workers/`` know no
  feature and no shell (``widgets/`` may use ``workers/``, never the reverse).
* Foundations (``FOUNDATIONS``: settings, keychain, logs, resources, serving,
  files) are imported downwards only: of the project they import ``core`` and
  each other, nothing above (the default API address they share with the
  client is ``core.passentry``'s).
* Only ``gui`` (and ``app.py``, which starts it) build widgets.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "passdesk"

#: What each layer may not import (prefix match on whole module names).
FORBIDDEN = {
    "core": ("PySide6", "httpx", "sqlalchemy", "keyring", "socket", "urllib.request",
             "passdesk.api", "passdesk.store", "passdesk.sync", "passdesk.gui",
             "passdesk.scan", "passdesk.design", "passdesk.sandbox", "passdesk.hub",
             "passdesk.app", "passdesk.cli", "passdesk.selftest", "passdesk.settings",
             "passdesk.keychain", "passdesk.logs", "passdesk.resources",
             "passdesk.serving", "passdesk.files"),
    "api": ("PySide6", "sqlalchemy", "passdesk.store", "passdesk.sync", "passdesk.gui",
            "passdesk.scan", "passdesk.sandbox", "passdesk.hub", "passdesk.app",
            "passdesk.settings"),
    "store": ("PySide6", "httpx", "passdesk.api", "passdesk.sync", "passdesk.gui",
              "passdesk.scan", "passdesk.hub", "passdesk.sandbox"),
    "sync": ("PySide6", "passdesk.gui"),
    # The door step reaches PassEntry only through sync, and sync is above scan.
    "scan": ("PySide6.QtWidgets", "passdesk.gui", "passdesk.sync", "passdesk.api",
             "passdesk.hub"),
    # Previews draw with QtGui only, from a template document; no data, no network.
    "design": ("PySide6.QtWidgets", "httpx", "sqlalchemy", "passdesk.gui", "passdesk.sync",
               "passdesk.store", "passdesk.api", "passdesk.sandbox", "passdesk.hub"),
    # Panes ask store functions for plain data; they never query tables themselves.
    "gui": ("passdesk.store.schema",),
    # The sandbox mirrors PassEntry: it shares core's records, not the client or the store.
    "sandbox": ("PySide6", "passdesk.gui", "passdesk.store", "passdesk.sync",
                "passdesk.api", "passdesk.hub", "passdesk.scan"),
    # The hub reaches PassEntry only through sync.
    "hub": ("PySide6", "passdesk.gui", "passdesk.api"),
}

#: The foundations: imported downwards only (a module, or a package of that name).
FOUNDATIONS = ("settings", "keychain", "logs", "resources", "serving", "files")
#: The composition root: builds the services and wires them; nothing imports it back.
ROOT = ("app", "cli", "selftest", "__main__")
#: What a gui module may take from api: the client handle and its errors, the
#: address rules and the connection probe (Settings). Requests go through sync.
GUI_MAY_USE_OF_API = ("passdesk.api", "passdesk.api.errors", "passdesk.api.routes",
                      "passdesk.api.http", "passdesk.api.urls", "passdesk.api.probe")
#: ... and a gui module that also reads the store, only the client handle and the errors.
GUI_READING_STORE_MAY_USE = ("passdesk.api", "passdesk.api.errors")
#: The gui's feature folders, named as the user sees them.
FEATURES = ("door", "till", "passes", "events", "designer", "readers", "sync", "staff",
            "settings", "scanning", "insights")
#: Who may import gui/scanning/: what the Door and the Till share.
SCANNING_USERS = ("door", "till")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module of ``from ... import``, relative levels resolved."""
    if not node.level:
        return node.module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports_from_source(source: str, path: Path) -> set[str]:
    """Every module named by an import; ``from a import b`` gives ``a`` and ``a.b``
    (``b`` may be a module), and ``import a.b`` gives ``a.b``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = resolve(path, node)
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names if a.name != "*")
    return names


def module_of(name: str) -> str:
    """``passdesk.api.errors`` for itself, ``passdesk.api`` for ``passdesk.api.ApiError``."""
    path = PACKAGE.parent.joinpath(*name.split("."))
    return name if path.is_dir() or path.with_suffix(".py").exists() else name.rpartition(".")[0]


def imports_of(path: Path) -> set[str]:
    return imports_from_source(path.read_text(encoding="utf-8"), path)


def within(name: str, prefixes: tuple[str, ...] | str) -> bool:
    """Whether ``name`` is one of ``prefixes`` or inside one (whole name parts)."""
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def modules(layer: str) -> list[Path]:
    single = PACKAGE / f"{layer}.py"
    return [single] if single.exists() else sorted((PACKAGE / layer).rglob("*.py"))


def all_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def top(path: Path) -> str:
    """The layer a module is in: ``passdesk/sync/push.py`` -> ``sync``."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def project(names: set[str]) -> set[str]:
    return {n for n in names if within(n, "passdesk")}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_design_allows(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in sorted(imports_of(path))
        if within(name, FORBIDDEN[layer])
    ]
    assert bad == []


def joins_api_and_store(names: set[str]) -> bool:
    return (any(within(n, "passdesk.api") for n in names)
            and any(within(n, "passdesk.store") for n in names))


def test_only_sync_joins_api_and_store() -> None:
    # The faces at the top (composition root, gui) see both ends; see the docstring.
    bad = [
        str(path.relative_to(PACKAGE))
        for path in all_modules()
        if top(path) not in ("sync", "gui", *ROOT) and joins_api_and_store(imports_of(path))
    ]
    assert bad == []


def test_a_gui_module_that_reads_the_store_takes_only_errors_and_the_client_from_api() -> None:
    # It may catch what a sync call raised, or hand the client to sync; the joining is sync's.
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules("gui")
        if joins_api_and_store(names := imports_of(path))
        for name in sorted(names)
        if within(name, "passdesk.api") and module_of(name) not in GUI_READING_STORE_MAY_USE
    ]
    assert bad == []


def test_gui_takes_from_api_only_the_client_its_errors_and_addresses() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules("gui")
        for name in sorted(imports_of(path))
        if within(name, "passdesk.api") and module_of(name) not in GUI_MAY_USE_OF_API
    ]
    assert bad == []


def test_nothing_imports_the_composition_root() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in all_modules()
        if top(path) not in ROOT
        for name in sorted(imports_of(path))
        if within(name, tuple(f"passdesk.{r}" for r in ROOT))
    ]
    assert bad == []


def gui_place(name: str) -> str | None:
    """``door`` for passdesk.gui.door.…, ``shell`` for a top-level gui module, None
    outside gui. A name the checker cannot tell (``passdesk.gui`` itself) is the shell."""
    if not within(name, "passdesk.gui"):
        return None
    parts = name.split(".")
    if len(parts) > 2 and (PACKAGE / "gui" / parts[2]).is_dir():
        return parts[2]
    return "shell"


def gui_import_allowed(importer: str, imported: str) -> bool:
    if importer == imported or importer == "shell":
        return True  # the shell may import features
    if importer in ("workers", "i18n"):
        return imported == importer  # the lowest blocks: nothing of the gui above them
    if importer == "widgets":
        return imported in ("workers", "i18n")
    if imported in ("shell", "widgets", "workers", "i18n"):
        return True
    return imported == "scanning" and importer in SCANNING_USERS


def gui_violations(path: Path, names: set[str]) -> list[str]:
    importer = gui_place(module_name(path))
    return [
        f"{path.relative_to(PACKAGE)} ({importer}) imports {name} ({place})"
        for name in sorted({module_of(n) for n in names})
        if (place := gui_place(name)) is not None and not gui_import_allowed(importer, place)
    ]


def test_gui_feature_folders_do_not_import_each_other() -> None:
    bad = [bad for path in modules("gui") for bad in gui_violations(path, imports_of(path))]
    assert bad == []


def test_gui_folders_are_the_designed_ones() -> None:
    # A new folder must be placed on purpose: a feature, or a building block.
    folders = {p.name for p in (PACKAGE / "gui").iterdir()
               if p.is_dir() and p.name != "__pycache__"}
    assert folders == {*FEATURES, "widgets", "workers", "i18n"}


def test_foundations_are_imported_downwards_only() -> None:
    found = [path for f in FOUNDATIONS for path in modules(f) if path.exists()]
    assert found, "no foundation module found: the list is stale"
    allowed = ("passdesk.core", *(f"passdesk.{f}" for f in FOUNDATIONS))
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in found
        for name in sorted(project(imports_of(path)))
        if name != "passdesk" and not within(name, allowed)
    ]
    assert bad == []


def test_only_gui_builds_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in all_modules()
        if top(path) not in ("gui", "app")
        and any(within(n, "PySide6.QtWidgets") for n in imports_of(path))
    ]
    assert offenders == []


def test_the_checker_sees_imports() -> None:
    # Guards the guard: a checker that finds no imports would pass everything.
    assert "httpx" in imports_of(PACKAGE / "api" / "http.py")
    assert modules("core")
    assert modules("settings")
    assert modules("logs")


def test_the_checker_sees_a_violation_in_every_import_form() -> None:
    # Guards the guard: the same forbidden imports, written each way Python allows,
    # inside a module that would be passdesk/gui/door/pane.py.
    pane = PACKAGE / "gui" / "door" / "pane.py"
    forms = {
        "from passdesk.gui.till.card import CustomerCard": "passdesk.gui.till.card",
        "from ..till import card": "passdesk.gui.till.card",
        "from ..till.card import CustomerCard": "passdesk.gui.till.card",
        "import passdesk.gui.till.card": "passdesk.gui.till.card",
        "import passdesk.gui.till.card as card": "passdesk.gui.till.card",
        "from . import history_model": "passdesk.gui.door.history_model",
        "from ...store import schema": "passdesk.store.schema",
    }
    for line, module in forms.items():
        assert module in imports_from_source(line, pane), line
    crossing = imports_from_source("from ..till import card", pane)
    assert gui_violations(pane, crossing) != []
    assert gui_violations(pane, imports_from_source("from ..widgets import forms", pane)) == []
    assert gui_violations(pane, imports_from_source("from . import style", pane)) == []
    assert gui_violations(PACKAGE / "gui" / "passes" / "pane.py",
                          imports_from_source("from ..scanning import sound", pane)) != []
    widgets = PACKAGE / "gui" / "widgets" / "forms.py"
    assert gui_violations(widgets, imports_from_source("from ..door import style", widgets))
    assert joins_api_and_store(imports_from_source(
        "import passdesk.api.client\nfrom passdesk.store import outbox", pane))
    assert any(within(n, FORBIDDEN["scan"]) for n in imports_from_source(
        "from ..api.validation import ValidationClient", PACKAGE / "scan" / "door.py"))
    assert not within("passdesk.apix", "passdesk.api")
