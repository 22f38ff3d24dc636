"""Every wire detail the hub **infers** (the vendor texts do not state it), in one place.

A correction is a one-line change here. What the vendor texts do state
(request and response bodies, the header name, HMAC-SHA256 of the raw body)
is used as documented elsewhere; the reasons for each choice below are in
its comment.
"""

from __future__ import annotations

from datetime import timedelta

# --- PassEntry webhooks ------------------------------------------------------

#: Documented: the header carrying the signature.
SIGNATURE_HEADER = "X-Webhook-Signature"
#: Inferred: the HMAC-SHA256 digest is sent as lower-case hex (upper case is
#: accepted too). An optional "sha256=" prefix, as other platforms send it, is
#: tolerated so a wrong guess about the prefix alone does not reject every call.
SIGNATURE_PREFIXES = ("sha256=",)
#: Inferred: the timestamp that guards against replays is the signed body's
#: ``data.attributes.timeStamp`` (ISO 8601); no timestamp header is documented.
TIMESTAMP_PATH = ("data", "attributes", "timeStamp")
#: Inferred: how old a delivery may be. PassEntry retries a failed delivery up
#: to 10 times over 3 days and the timestamp is the event's time, so anything
#: shorter would refuse its own retries after an outage. Within this window a
#: replay changes nothing (``hub_events`` by ``data.id``); past it, it is refused.
TIMESTAMP_TOLERANCE = timedelta(days=3, hours=12)
#: A timestamp this far ahead of the hub's clock is refused too (clock skew allowance).
TIMESTAMP_FUTURE_SKEW = timedelta(minutes=5)
#: Inferred: how long the previous secret still verifies after a rotation when
#: the operator gives no end (``PASSDESK_WEBHOOK_SECRET_PREVIOUS_UNTIL``).
DEFAULT_ROTATION_GRACE = timedelta(hours=24)
#: Documented: a rotation invalidates the old secret at once, so PassEntry signs
#: with the new one from then on. A rotation from this desk (Settings → Venue
#: hub) keeps the old one only for deliveries already signed and on their way:
#: minutes, not the day above, since a rotation often follows a leak.
ROTATION_GRACE = timedelta(minutes=10)
#: While a rotation is pending, how long a delivery that does not verify waits
#: for the new secret before it is refused (PassEntry retries it then anyway).
ROTATION_WAIT = timedelta(seconds=30)
#: A hub in its own process (``passdesk hub``) is not told of a rotation made in a
#: desk's Settings; a delivery that does not verify waits this long while the hub
#: reads the keychain again (every KEYCHAIN_FOLLOW_EVERY) for a new secret.
KEYCHAIN_FOLLOW_WAIT = timedelta(seconds=3)
KEYCHAIN_FOLLOW_EVERY = timedelta(milliseconds=250)
#: A rotation that never ends (the desk stopped mid-way) stops being pending after this.
ROTATION_PENDING_MAX = timedelta(minutes=2)
#: The answer PassEntry documents as a success body.
WEBHOOK_OK = {"status": "ok"}

# --- PassSlot webhooks ---------------------------------------------------------

#: Not documented: PassSlot signs nothing, so the hub's PassSlot URL carries a
#: shared key as a query parameter (``/webhooks/passslot?key=...``).
PASSSLOT_KEY_PARAM = "key"
#: Inferred: ``webhook.verify`` ("return the sent token in the response") is
#: answered with the token alone as the body, as plain text.
PASSSLOT_VERIFY_MEDIA_TYPE = "text/plain"

# --- external validation (PassEntry's "third-party") --------------------------------

#: Documented: VTAP readers say ``readerType: "VTAP"``; PassEntry readers send none.
VTAP_READER_TYPE = "VTAP"
#: Inferred: a reader request has no request id, so a retried request carrying a
#: loyalty change is recognised by the hash of what it says (reader, value, scan
#: type, delta, message) within this window: the same request again within it
#: gets the first answer and changes nothing. A second, deliberate identical
#: loyalty scan at the same reader must wait this long.
LOYALTY_RETRY_WINDOW = timedelta(seconds=30)

# --- what the hub remembers ------------------------------------------------------------

#: How long ``hub_events`` keeps what was applied, by source: past the timestamp
#: window for PassEntry (a replay older than that is refused anyway), past the
#: retry window for reader requests; PassSlot sends no timestamp, so a month.
KEEP_APPLIED = {"passentry": TIMESTAMP_TOLERANCE + timedelta(days=1),
                "validate": timedelta(days=1), "passslot": timedelta(days=30)}
#: How often the hub forgets what it no longer needs.
PRUNE_EVERY = timedelta(hours=1)

# --- every endpoint ------------------------------------------------------------------

#: Bodies larger than this are refused unread (413): no documented body comes close.
MAX_BODY_BYTES = 64 * 1024
