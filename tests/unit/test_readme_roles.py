"""The README's roles table is ``core.roles.permission_table``, word for word."""

from __future__ import annotations

from pathlib import Path

from passdesk.core.roles import ROLE_WORDS, ROLES, VenueRules, permission_table

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_table() -> list[tuple[str, tuple[bool, ...]]]:
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- roles table:")
    end = text.index("<!-- end of roles table -->")
    lines = [line for line in text[start:end].splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert header == ["What", *(ROLE_WORDS[r] for r in ROLES)]
    rows = []
    for line in lines[2:]:
        words, *cells = (cell.strip() for cell in line.strip("|").split("|"))
        assert set(cells) <= {"yes", "—"}, line
        rows.append((words, tuple(cell == "yes" for cell in cells)))
    return rows


def test_the_readme_table_is_the_apps() -> None:
    assert _readme_table() == permission_table(VenueRules(roles_on=True))
