"""Request bodies the API takes, built from plain values.

Each ``to_body()`` returns the JSON object exactly as the reference shows it.
Checks that need no server (limits, both loyalty keys) run in ``problems()``
so the GUI can show them before anything is sent; see ``core/limits.py``.
One module per resource group (passes, events, loyalty, readers, scans,
webhooks, messages, images); every public name is importable from here.
"""

from passdesk.core.payloads.events import EventInput
from passdesk.core.payloads.images import ImageAssetInput
from passdesk.core.payloads.loyalty import LoyaltyChange, Number, balance_problems, balance_to_json
from passdesk.core.payloads.messages import WalletMessageInput
from passdesk.core.payloads.passes import (
    EXT_ID_MAX,
    NFC_CUSTOM_VALUE_KEY,
    OVERRIDE_KEYS,
    BarcodeInput,
    FieldValueStyle,
    NfcInput,
    PassAction,
    PassInput,
    PassUpdate,
    QrInput,
    TemplateOverride,
    ext_id_problems,
    field_values,
)
from passdesk.core.payloads.readers import ReaderInput
from passdesk.core.payloads.scans import ScanInput, ScanLogInput
from passdesk.core.payloads.webhooks import WebhookSubscriptionInput

__all__ = [
    "EXT_ID_MAX", "NFC_CUSTOM_VALUE_KEY", "OVERRIDE_KEYS", "BarcodeInput", "EventInput",
    "FieldValueStyle", "ImageAssetInput", "LoyaltyChange", "NfcInput", "Number", "PassAction",
    "PassInput", "PassUpdate", "QrInput", "ReaderInput", "ScanInput", "ScanLogInput",
    "TemplateOverride", "WalletMessageInput", "WebhookSubscriptionInput", "balance_problems",
    "balance_to_json", "ext_id_problems", "field_values",
]
