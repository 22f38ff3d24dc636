"""The venue hub's PassEntry webhook subscription (§8): register, show, pause, rotate.

The hub's public HTTPS address (a tunnel or a reverse proxy in front of it) and
the subscription's id are settings, not secrets. The subscription's
``secretKey`` is a secret: from the create or rotate answer it goes straight to
the keychain (``SecretName.WEBHOOK_SECRET``) and into the running hub, and
is otherwise only ever shown masked. It never reaches the settings file, the
database or a log.

PassEntry invalidates the old secret the moment it issues a new one (§8.5) and
signs every delivery from then on with the new one, before this desk has even
read the answer. So a rotation tells the running hub first (``begin_rotation``:
a delivery that does not verify then waits for the new secret), rotates, keeps
the new secret, hands it to the hub, and ends the rotation. The old secret
stays usable for ``wire.ROTATION_GRACE``, for deliveries signed just before.

These calls go to PassEntry directly, never through the outbox: a queued row
would have to keep the secret in the database.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from passdesk import logs
from passdesk.api import ApiError, NetworkError, NotFoundError, PassEntryClient
from passdesk.api.errors import UnauthorizedError, UnprocessableError
from passdesk.core.clock import utcnow
from passdesk.core.payloads import WebhookSubscriptionInput
from passdesk.core.records import WebhookSubscription
from passdesk.core.texts import Text, translate
from passdesk.hub import wire
from passdesk.hub.signatures import WebhookSecrets
from passdesk.keychain import (
    ENVIRONMENT,
    KeychainUnavailableError,
    SecretName,
    SecretSource,
    SecretStore,
)
from passdesk.settings import SettingsError, SettingsStore
from passdesk.sync.readers import masked

log = logging.getLogger(__name__)

#: The events the hub handles (§2.15), in the order the words name them.
EVENTS = ("passInstalled", "passRemoved", "passScanned", "passCreated")
EVENT_WORDS = {"passInstalled": translate("settings", "installed", "after “Passes”: what "
                                          "happened to them"),
               "passRemoved": translate("settings", "removed", "after “Passes”: what happened "
                                        "to them"),
               "passScanned": translate("settings", "scanned", "after “Passes”: what happened "
                                        "to them"),
               "passCreated": translate("settings", "created", "after “Passes”: what happened "
                                        "to them")}
#: The hub's route for PassEntry deliveries (``hub/app.py``).
WEBHOOK_PATH = "/webhooks/passentry"
#: How many subscriptions a look-up by URL reads at most (the limit is 10 a scope).
_LIST_MAX = 2000


class SubscriptionProblem(Exception):
    """Why it did not work, in words the person can act on (no API jargon): a ``Text``."""


class RunningHub(Protocol):
    """Where a new secret goes at once besides the keychain (the hub in this app)."""

    def begin_rotation(self) -> None: ...
    def set_webhook_secrets(self, secrets: WebhookSecrets) -> None: ...
    def end_rotation(self) -> None: ...


@dataclass(frozen=True)
class SubscriptionView:
    """What the pane shows: the subscription, its secret only as a mask."""

    id: str
    url: str
    events: tuple[str, ...]
    enabled: bool
    scope_type: str | None
    scope_name: str | None
    #: ``••••••••3f9a`` of the secret the hub checks with; None: the hub has none.
    secret_mask: str | None
    #: Something the person should know (e.g. the keychain refused the secret): a ``Text``.
    notice: str = ""

    def words(self) -> Text:
        """The status line: where, what, delivering or paused, for whom, which secret."""
        state = (translate("settings", "Delivering to {url}") if self.enabled
                 else translate("settings", "Paused: PassEntry sends nothing to {url} until "
                                "you enable it")).format(url=self.url)
        what = _listed([EVENT_WORDS.get(e, e) for e in self.events])
        if self.scope_type == "entity" and self.scope_name:
            scope = translate("settings", "Passes {events}, for the entity “{name}”").format(
                events=what, name=self.scope_name)
        elif self.scope_type == "entity":
            scope = translate("settings", "Passes {events}, for one entity").format(events=what)
        elif self.scope_name:
            scope = translate("settings", "Passes {events}, for the whole organisation "
                              "“{name}”").format(events=what, name=self.scope_name)
        else:
            scope = translate("settings", "Passes {events}, for the whole organisation").format(
                events=what)
        secret = (translate("settings", "Secret {mask}, in the keychain").format(
            mask=self.secret_mask) if self.secret_mask
            else translate("settings", "This hub has no secret for it: use “Rotate secret…”"))
        if self.notice:
            return translate("settings", "{state}\n{passes}\n{secret}\n{notice}",
                             "the subscription's status, one line each").format(
                state=state, passes=scope, secret=secret, notice=self.notice)
        return translate("settings", "{state}\n{passes}\n{secret}",
                         "the subscription's status, one line each").format(
            state=state, passes=scope, secret=secret)


def _listed(items: list[str]) -> str:
    """``a, b, c and d`` as one ``Text`` (each item said in its language)."""
    said: str = items[0] if items else ""
    for i, item in enumerate(items[1:], start=2):
        if i == len(items):
            said = translate("settings", "{list} and {last}",
                             "a list: the items so far, then the last one").format(
                list=said, last=item)
        else:
            said = translate("settings", "{list}, {next}",
                             "a list: the items so far, then one more (not the last)").format(
                list=said, next=item)
    return said


def webhook_url(public_url: str) -> str:
    """The subscription URL for the hub's public address (``…/webhooks/passentry``).

    The address as typed is accepted with or without the route; anything but an
    HTTPS address is refused with words (PassEntry delivers to HTTPS only).
    """
    text = (public_url or "").strip()
    if not text:
        raise SubscriptionProblem(translate(
            "settings", "Type the hub's public address first, e.g. "
            "https://hub.your-venue.example"))
    parts = urlsplit(text if "://" in text else f"https://{text}")
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise SubscriptionProblem(translate(
            "settings", "PassEntry sends events to HTTPS addresses only; “{address}” is not "
            "one. Use the https:// address of the tunnel or proxy in front of this hub.")
            .format(address=text))
    path = parts.path.rstrip("/")
    if not path.endswith(WEBHOOK_PATH):
        path += WEBHOOK_PATH
    return urlunsplit(("https", parts.netloc, path, parts.query, ""))


# --- the calls -------------------------------------------------------------------------


def find(client: PassEntryClient, settings: SettingsStore, secrets: SecretStore, *,
         hub: RunningHub | None = None) -> SubscriptionView | None:
    """Ours: by the id kept in settings, else by URL in the list; None: not registered."""
    saved = settings.load()
    record = None
    if saved.webhook_subscription_id:
        try:
            record = _call(lambda: client.webhook_subscriptions.get(
                saved.webhook_subscription_id), missing=_Gone)
        except _Gone:
            record = None
    if record is None and saved.hub_public_url:
        try:
            url = webhook_url(saved.hub_public_url)
        except SubscriptionProblem:
            url = None
        record = _by_url(client, url) if url else None
    _keep_id(settings, record.id if record else None)
    if record is None:
        return None
    notice = ""
    kept = secrets.get(SecretName.WEBHOOK_SECRET)
    if (record.secret_key and kept.source is not SecretSource.ENVIRONMENT
            and kept.value != record.secret_key and secrets.keychain_available()):
        # Rotated elsewhere (the dashboard, another desk, a lost answer): PassEntry
        # signs with a secret this hub lacks, and the record carries it (§8.1).
        notice = _keep_new_secret(record.secret_key, settings, secrets, hub,
                                  rotated=bool(kept.value)) or translate(
            "settings", "PassEntry signs with a secret this hub did not have (rotated "
            "elsewhere?); the hub uses it now.")
    return _with_notice(_view(record, secrets), notice)


def register(client: PassEntryClient, settings: SettingsStore, secrets: SecretStore,
             public_url: str, *, hub: RunningHub | None = None) -> SubscriptionView:
    """Create the subscription for ``public_url`` and keep its secret (keychain, hub)."""
    url = webhook_url(public_url)
    _need_keychain(secrets)
    saved_id = settings.load().webhook_subscription_id
    ours = find(client, settings, secrets, hub=hub) if saved_id else None
    _save(settings, hub_public_url=public_url.strip())
    if ours is not None:
        # Registered already: a new address moves that subscription (same secret).
        moved = WebhookSubscriptionInput(url=url, enabled=True, subscribed_events=list(EVENTS))
        record = _call(lambda: client.webhook_subscriptions.update(ours.id, moved),
                       gone_id=settings)
        return _with_notice(_view(record, secrets), ours.notice)
    body = WebhookSubscriptionInput(url=url, enabled=True, subscribed_events=list(EVENTS))
    try:
        record = _call(lambda: client.webhook_subscriptions.create(body))
    except _Duplicate:
        existing = _by_url(client, url)
        if existing is None:
            raise SubscriptionProblem(translate(
                "settings", "PassEntry already has a subscription for {url}, but this API "
                "key cannot see it. Choose another address.").format(url=url)) from None
        _keep_id(settings, existing.id)
        view = _view(existing, secrets)
        return _with_notice(view, translate(
            "settings", "PassEntry already sent events to this address; this desk now shows "
            "that subscription.") if view.secret_mask else translate(
            "settings", "PassEntry already sent events to this address; this desk now shows "
            "that subscription. Use “Rotate secret…” to give this hub its secret."))
    _keep_id(settings, record.id)
    notice = _keep_new_secret(record.secret_key, settings, secrets, hub, rotated=False)
    return _with_notice(_view(record, secrets), notice)


def set_enabled(client: PassEntryClient, settings: SettingsStore, secrets: SecretStore,
                enabled: bool) -> SubscriptionView:
    """Pause (``enabled: false``) or resume deliveries."""
    sub_id = _our_id(client, settings, secrets)
    record = _call(lambda: client.webhook_subscriptions.update(
        sub_id, WebhookSubscriptionInput(enabled=enabled)), gone_id=settings)
    return _view(record, secrets)


def rotate(client: PassEntryClient, settings: SettingsStore, secrets: SecretStore, *,
           hub: RunningHub | None = None) -> SubscriptionView:
    """A new secret: PassEntry → keychain → running hub, losing no delivery.

    If PassEntry does not rotate (any error), nothing changes here.
    """
    _need_keychain(secrets)
    sub_id = _our_id(client, settings, secrets)
    if hub is not None:
        hub.begin_rotation()
    try:
        def call() -> WebhookSubscription:
            try:
                return client.webhook_subscriptions.rotate_secret(sub_id)
            except NetworkError as exc:
                if not exc.outcome_unknown:
                    raise
                # The answer was lost, perhaps after PassEntry rotated: the record
                # says which secret it signs with now (§8.3 shows the secretKey).
                log.warning("the rotate answer was lost; reading the subscription")
                return client.webhook_subscriptions.get(sub_id)

        record = _call(call, gone_id=settings)
        notice = _keep_new_secret(record.secret_key, settings, secrets, hub, rotated=True)
    finally:
        if hub is not None:
            hub.end_rotation()
    log.info("webhook secret of subscription %s rotated", sub_id)
    return _with_notice(_view(record, secrets), notice)


# --- helpers ---------------------------------------------------------------------------


class _Gone(Exception):
    pass


class _Duplicate(Exception):
    pass


def _call(fn, *, gone_id: SettingsStore | None = None, missing: type[Exception] | None = None):
    """``fn()``, with PassEntry's documented refusals turned into words.

    A 404: ``gone_id`` given, our subscription is gone (its id is forgotten);
    ``missing`` given, that is raised; otherwise the account lacks the feature.
    """
    try:
        return fn()
    except UnprocessableError as exc:
        raise _refused(exc) from None
    except NotFoundError as exc:
        if gone_id is not None:
            _keep_id(gone_id, None)
            raise SubscriptionProblem(translate(
                "settings", "PassEntry no longer has this subscription (it was deleted, "
                "perhaps in the dashboard). Register the hub again.")) from exc
        if missing is not None:
            raise missing from exc
        raise SubscriptionProblem(translate(
            "settings", "This PassEntry account does not offer webhook subscriptions "
            "(PassEntry answered “not found”). The hub still answers readers; ask PassEntry "
            "to enable webhooks.")) from exc
    except UnauthorizedError as exc:
        raise SubscriptionProblem(translate(
            "settings", "PassEntry did not accept the API key. Check it at the top of "
            "Settings.")) from exc
    except NetworkError as exc:
        raise SubscriptionProblem(translate(
            "settings", "PassEntry could not be reached ({problem}). Nothing was changed "
            "here; try again when online.").format(problem=exc.message)) from exc
    except ApiError as exc:
        raise SubscriptionProblem((translate(
            "settings", "PassEntry did not do it: {problem}. {hint}") if exc.hint
            else translate("settings", "PassEntry did not do it: {problem}.")).format(
            problem=exc.message, hint=exc.hint)) from exc


def _refused(exc: UnprocessableError) -> Exception:
    said = f"{exc.detail or ''} {exc.message}".lower()
    if "already" in said or "duplicate" in said or "taken" in said:
        return _Duplicate()
    if "at most" in said or "limit" in said or "maximum" in said:
        return SubscriptionProblem(translate(
            "settings", "PassEntry allows 10 webhook subscriptions for the organisation, and "
            "all 10 are in use. Delete one in the PassEntry dashboard, then register again."))
    if "https" in said:
        return SubscriptionProblem(translate(
            "settings", "PassEntry accepts HTTPS addresses only. Use the https:// address of "
            "the tunnel or proxy in front of this hub."))
    return SubscriptionProblem(translate(
        "settings", "PassEntry refused the subscription: {reason}.").format(
        reason=exc.detail or exc.message))


def _by_url(client: PassEntryClient, url: str) -> WebhookSubscription | None:
    def look() -> WebhookSubscription | None:
        for seen, record in enumerate(client.webhook_subscriptions.iter(per_page=100)):
            if (record.url or "").rstrip("/") == url.rstrip("/"):
                return record
            if seen >= _LIST_MAX:
                break
        return None

    return _call(look)


def _our_id(client: PassEntryClient, settings: SettingsStore, secrets: SecretStore) -> str:
    view = find(client, settings, secrets)
    if view is None:
        raise SubscriptionProblem(translate(
            "settings", "This hub is not registered with PassEntry yet: type its public "
            "address and click “Register with PassEntry”."))
    return view.id


def _need_keychain(secrets: SecretStore) -> None:
    """Refuse before PassEntry issues a secret this desk could not keep."""
    env = ENVIRONMENT[SecretName.WEBHOOK_SECRET]
    if secrets.get(SecretName.WEBHOOK_SECRET).source is SecretSource.ENVIRONMENT:
        raise SubscriptionProblem(translate(
            "settings", "The hub's webhook secret comes from the environment variable "
            "{variable}, so a new one could not take its place. Change it where that "
            "variable is set.").format(variable=env))
    if not secrets.keychain_available():
        raise SubscriptionProblem(translate(
            "settings", "No keychain is available on this system to keep the webhook "
            "secret, so nothing was changed."))


def _keep_new_secret(secret: str | None, settings: SettingsStore, secrets: SecretStore,
                     hub: RunningHub | None, *, rotated: bool) -> str:
    """The new secret to the keychain and the hub; words if something could not be kept."""
    if not secret:
        return translate("settings", "PassEntry sent no secret; deliveries will be refused "
                         "until a rotation.")
    logs.register_secret(secret)
    old = secrets.get(SecretName.WEBHOOK_SECRET).value if rotated else None
    if old and old == secret:
        return translate("settings", "PassEntry's answer was lost on the way and it still "
                         "signs with the same secret: nothing changed. Rotate again to get "
                         "a new one.")
    until: datetime | None = utcnow() + wire.ROTATION_GRACE if old else None
    live = WebhookSecrets(secret, old, until)
    if hub is not None:
        hub.set_webhook_secrets(live)  # first: deliveries are waiting for it
    try:
        if old:
            secrets.set(SecretName.WEBHOOK_SECRET_PREVIOUS, old)
        else:
            secrets.delete(SecretName.WEBHOOK_SECRET_PREVIOUS)
        secrets.set(SecretName.WEBHOOK_SECRET, secret)
    except KeychainUnavailableError:
        log.warning("the keychain refused the new webhook secret")
        return translate("settings", "The keychain refused to keep the new secret: the hub "
                         "uses it until it stops. Rotate the secret again once the keychain "
                         "works.")
    # Unsaved, the previous secret keeps the default grace at a restart: a longer overlap.
    with contextlib.suppress(SubscriptionProblem):
        _save(settings, webhook_previous_until=until.isoformat() if until else None)
    return ""


def _view(record: WebhookSubscription, secrets: SecretStore) -> SubscriptionView:
    logs.register_secret(record.secret_key)  # the list and show answers carry it too
    return SubscriptionView(
        id=record.id, url=record.url or "", events=tuple(record.subscribed_events or ()),
        enabled=bool(record.enabled), scope_type=record.scope_type,
        scope_name=record.scope_name,
        secret_mask=masked(secrets.get(SecretName.WEBHOOK_SECRET).value))


def _with_notice(view: SubscriptionView, notice: str) -> SubscriptionView:
    if not notice:
        return view
    return SubscriptionView(**{**view.__dict__, "notice": notice})


def _keep_id(settings: SettingsStore, sub_id: str | None) -> None:
    if settings.load().webhook_subscription_id != sub_id:
        _save(settings, webhook_subscription_id=sub_id)


def _save(settings: SettingsStore, **changes: str | None) -> None:
    current = settings.load()
    for name, value in changes.items():
        setattr(current, name, value)
    try:
        settings.save(current)
    except SettingsError as exc:
        raise SubscriptionProblem(translate("settings", "{problem}.").format(
            problem=exc.args[0] if exc.args else str(exc))) from exc
