"""``passdesk roles``: what a manager needs from a terminal.

    passdesk roles recover --name NAME   a new PIN for a manager who forgot theirs

Recovery is not a back door: it needs the recovery code that the desk where
the first manager PIN was set keeps in its user's keychain (never shown, only
its hash is in the database). So it works only on that computer, as that user,
and only for the store it was made for. The new PIN is typed twice without
echo; the code is replaced by a new one, and the recovery is an entry of the
audit trail.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from passdesk.audit_cli import open_store, tell
from passdesk.settings.desk_access import desk_name

#: Exit codes.
DONE, REFUSED, CANNOT_OPEN = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    roles = sub.add_parser("roles", help="staff roles and PINs")
    roles_sub = roles.add_subparsers(dest="roles_command", metavar="action", required=True)
    recover = roles_sub.add_parser(
        "recover", help="set a new PIN for a manager who forgot theirs (needs this "
                        "computer's keychain)")
    recover.add_argument("--name", required=True, help="the manager's name, as in Staff")
    recover.add_argument("--database", metavar="URL",
                         help="SQLAlchemy URL of the store (default: the one in Settings)")
    recover.add_argument("--url", help="API base URL whose store to use (default: Settings')")


def run(args: argparse.Namespace, *, server_url: str | None = None) -> int:
    from passdesk.store.database import DatabaseError

    try:
        db = open_store(args, server_url)
    except DatabaseError as exc:
        tell(str(exc), sys.stderr)
        return CANNOT_OPEN
    try:
        return _recover(db, args.name, getpass.getpass)
    finally:
        db.close()


def _recover(db, name: str, ask) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from passdesk.core.pins import pin_problem
    from passdesk.core.roles import Role
    from passdesk.keychain import SecretName, SecretStore
    from passdesk.store import access, audit

    scope = access.recovery_scope(db.engine.url)
    keychain = SecretStore()
    code = keychain.get(SecretName.ROLES_RECOVERY, scope).value
    if not code:
        tell("This computer's keychain holds no recovery code for this store. Recover on "
              "the desk where the first manager PIN was set, as the same user, or ask "
              "another manager to reset the PIN in Staff, People and PINs.", sys.stderr)
        return REFUSED
    try:
        with db.session() as session:
            people = {p.name: p for p in access.people(session)}
            if not access.recovery_matches(session, code):
                tell("The keychain's recovery code is not this store's: nothing changed.",
                      sys.stderr)
                return REFUSED
    except SQLAlchemyError as exc:
        tell(f"Cannot read the store: {exc}", sys.stderr)
        return CANNOT_OPEN
    person = people.get(name)
    if person is None or person.role is not Role.MANAGER:
        managers = ", ".join(p.name for p in people.values() if p.role is Role.MANAGER)
        tell(f"No manager is called {name}. Managers: {managers or 'none'}.", sys.stderr)
        return REFUSED
    pin = ask(f"New PIN for {name} (4 to 8 digits): ")
    problem = pin_problem(pin) or (None if ask("The same PIN again: ") == pin
                                   else "The two PINs differ.")
    if problem:
        tell(f"{problem} Nothing changed.", sys.stderr)
        return REFUSED
    new_code = access.new_recovery_code()
    try:
        with db.session() as session:
            access.reset_pin(session, name, pin)
            access.set_recovery(session, new_code)
            audit.append(session, desk=desk_name(), actor="passdesk roles recover",
                         authorised_by="recovery code", action="roles.recover",
                         subject=name, before=None, after=None)
        keychain.set(SecretName.ROLES_RECOVERY, new_code, scope)
    except SQLAlchemyError as exc:
        tell(f"Nothing changed: the store refused it ({exc}).", sys.stderr)
        return CANNOT_OPEN
    except Exception as exc:  # the keychain refused the new code: the PIN is set
        tell(f"{name} has a new PIN, but the keychain did not take the new recovery code "
              f"({exc}). Set the first manager PIN's recovery again soon.", sys.stderr)
        return DONE
    tell(f"{name} has a new PIN. Any lockout ended. The recovery was written in the "
          "audit trail.", sys.stdout)
    return DONE


