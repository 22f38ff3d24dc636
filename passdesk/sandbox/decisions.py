"""Every choice the reference leaves open (PASSENTRY-API.md §15), decided once, here.

Each constant names the §15 item (or the section) it settles. Change one
here and the whole sandbox follows.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP

# §15.1 field values: plain or {"value": ...}; both accepted, echoed as received.
# §15.2 no barcode: the newest examples show {}.
NO_BARCODE: dict = {}
# §15.3 the nfc request object: sources and the custom value's key.
NFC_SOURCES = ("uuid", "extId", "custom")
NFC_CUSTOM_VALUE_KEY = "customValue"
BARCODE_TYPES = ("qr", "code128", "aztec", "pdf417")
BARCODE_SOURCES = ("uuid", "extId", "custom")
# §15.5 create-template body: everything nested inside "passTemplate".
TEMPLATE_BODY_KEY = "passTemplate"
# §15.6 links.self of a template being processed: the vendor example lacks /api.
TEMPLATE_SELF_LINK = "{origin}/v1/pass-templates/{id}"
#: §5.3 a created template is processed after this many polls or seconds.
TEMPLATE_PROCESSING_POLLS = 2
TEMPLATE_PROCESSING_SECONDS = 2.0
TEMPLATE_PROCESSING_MESSAGE = ("Your pass template is being processed, please check again "
                               "in a few moments.")
#: §5.4 an update answers 202 (processing) when it touches these keys, else 200.
TEMPLATE_UPDATE_ASYNC_KEYS = ("fields",)
# §15.7 validation status words: scans and the create-scan answer say successful|failed.
SCAN_SUCCESS = "successful"
# §15.8 rotate-secret answers the record without a "data" wrapper, as its example.
ROTATE_SECRET_WRAPPED = False
# §15.9 webhook-subscription list: the stated default, 5.
WEBHOOK_DEFAULT_PER_PAGE = 5
WEBHOOK_LIMIT_PER_SCOPE = 10
#: §8.2 the entity-scope key of a subscription (same name as the list filter).
WEBHOOK_ENTITY_KEY = "entityId"
WEBHOOK_EVENTS = ("passInstalled", "passRemoved", "passScanned", "passCreated")
# §15.10 image-asset list items are plain records, not {"data": {...}} each.
IMAGE_ASSET_LIST_WRAPPED = False
IMAGE_ASSET_DEFAULT_PER_PAGE = 25
# §15.14 reader configuration keys (not shown in the docs).
VALIDITY_PERIOD_KEY = "validityPeriod"  # seconds, internal validation only
EXTERNAL_URL_KEY = "url"  # external validation only
#: The extension PATCH wraps its body so: {"readerConfiguration": {...}}.
READER_CONFIGURATION_BODY_KEY = "readerConfiguration"
# §15.16 scan list: page/perPage with the usual envelope.
SCANS_DEFAULT_PER_PAGE = 25
# §15.16 / §7.1 "newest first": by when PassEntry received the scan ("received"), so a
# reader that was offline and uploads late puts its scans (older scannedAt) first;
# "scanned" orders by scannedAt. The pull (sync/scan_pull.py) stops at a page it holds.
SCANS_NEWEST_FIRST_BY = "received"
# §15.17 loyalty with both balance and overrideBalance.
LOYALTY_BOTH_STATUS = 422
#: §4 an integer template rounds a number sent to it half away from zero (2.5 -> 3).
INTEGER_ROUNDING = ROUND_HALF_UP
# §15.25 image-asset create answers 201.
IMAGE_ASSET_CREATE_STATUS = 201
# §15.26 wallet-messaging recipients: pass ids / extIds, as strings or {"passId": ...}.
RECIPIENT_KEY = "passId"
MAX_RECIPIENTS = 500
# §15.27 batch keys the docs describe without naming.
BATCH_RESULTS_CSV_KEY = "resultsCsvUrl"
BATCH_DELIVERY_CSV_KEY = "deliveryCsvUrl"
BATCH_COMPLETED_KEY = "completedAt"
BATCH_DEFAULT_PER_PAGE = 25
BATCH_MAX_CSV_BYTES = 10 * 1024 * 1024
# §15.28 X-Notification-Status carries the meta.notifications.status word.
# §1.4 list defaults per endpoint.
PASSES_DEFAULT_PER_PAGE = 100
LEGACY_DEFAULT_PER_PAGE = 25
MAX_PER_PAGE = 100
#: §1.3 a duplicate extId on create: a caller error with a text that names it.
DUPLICATE_EXT_ID_STATUS = 422
#: §2.6 location radius bounds (metres) by pass type.
RADIUS_MIN = 10
RADIUS_MAX = {"eventTicket": 1000}
RADIUS_MAX_OTHER = 100
MAX_LOCATIONS = 10
MAX_BEACONS = 10
# --- webhook deliveries (§9; sandbox/webhook_delivery.py) ---
# §15.11 signature: lowercase hex HMAC-SHA256 of the raw body, with the subscription's
# secretKey as it is at send time (so a retry after a rotation carries the new key).
WEBHOOK_SIGNATURE = "hex"
# §15.24 retries: up to 10 tries in all, delays base, 2*base, 4*base, ... The real
# service spreads them over 3 days (a base of about 253 s); the sandbox waits 2 s first
# so a demo sees a retry (SandboxServer(webhook_retry_base=...), /_sandbox/webhook-settings).
WEBHOOK_MAX_ATTEMPTS = 10
WEBHOOK_RETRY_BASE_S = 2.0
#: §9 one attempt waits this long for an answer (a hub may hold one during a rotation).
WEBHOOK_TIMEOUT_S = 40.0
# §15.12 passCreated: the §9.2 envelope (relationship pass, the pass included).
# §15.22 the relationship ids equal the included records' ids.
# §8 entity scope: an entity-scoped subscription gets scans by its entity's readers;
# passes belong to no entity in the docs, so pass events count as the first entity's.
WEBHOOK_PASSES_IN_FIRST_ENTITY = True
# §9.1 a logged scan with no pass PassEntry can place still goes out, pass data null.
WEBHOOK_SCAN_WITHOUT_PASS = True
# §8 "enabled: false pauses delivery": events while disabled are not sent, and retries
# still due when a subscription is disabled (or deleted) are dropped, logged as such.
WEBHOOK_DISABLED_DROPS = True
# §12.1 / §13 Images: what an image-asset upload may be (Pillow's format -> extension),
# and where its CDN URL points (the sandbox serves no images; the app keeps its own copy).
IMAGE_ASSET_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
IMAGE_ASSET_CDN = "https://cdn.example.com/image-assets"
# §2.17 / §2.9 organisation switches, per account (POST /_sandbox/organisation):
# watermarking off and per-pass designs on by default (the demo account has them).
ORGANISATION_DEFAULTS = {"watermarkRequired": False, "templateOverride": True}
# §2.17 "a watermark object is required for banner uploads": the words are not shown; 422.
WATERMARK_REQUIRED_WORDS = ("watermark is required for banner images: watermarking is "
                            "enabled for your organisation")
# §2.9 templateOverride when the organisation does not have it: 403 with these words.
TEMPLATE_OVERRIDE_FORBIDDEN_WORDS = "Template override is not enabled for your organisation"
# §11.2/§11.3 (beta) and §15.27: an account without batches is not described. The sandbox
# answers every batch route as an unknown path (404) then (handlers/batches.offer_batches);
# the client reads a 403/404 on GET /batches as "not offered" and issues pass by pass.
BATCHES_NOT_OFFERED_STATUS = 404

#: §11.6 shows a cancel answered "cancelled" and names no state it needs; §11.7 says a
#: batch leaves "validating" for "scheduled". A batch can be cancelled until it is sent.
BATCH_CANCELLABLE = ("validating", "scheduled")
