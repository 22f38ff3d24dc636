"""The till's settings list the templates with loyalty, with their balance type."""

from __future__ import annotations

from passdesk.store.database import Database
from passdesk.store.schema import PassTemplate
from passdesk.store.till_queries import loyalty_templates


def test_only_loyalty_templates_by_name_with_their_balance_type(db_url) -> None:
    database = Database.open(db_url)
    try:
        with database.session() as s:
            s.add_all([
                PassTemplate(id="t-coffee", name="coffee club", loyalty_enabled=True,
                             balance_type="decimal"),
                PassTemplate(id="t-books", name="Book Points", loyalty_enabled=True,
                             balance_type="integer"),
                PassTemplate(id="t-odd", name=None, loyalty_enabled=True, balance_type="stars"),
                PassTemplate(id="t-ticket", name="Ticket", loyalty_enabled=False,
                             balance_type="integer"),
                PassTemplate(id="t-unknown", name="Unknown", loyalty_enabled=None),
            ])
        with database.session() as s:
            assert loyalty_templates(s) == [
                ("t-books", "Book Points", "integer"),
                ("t-coffee", "coffee club", "decimal"),
                ("t-odd", "t-odd", "integer"),  # no name: its id; unknown type: integer
            ]
    finally:
        database.close()
