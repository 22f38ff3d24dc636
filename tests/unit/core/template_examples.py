"""The pass-template JSON examples of PASSENTRY-API.md §5 (copied exactly, trimmed as there)."""

from __future__ import annotations

import copy
from typing import Any

#: §5.1 GET /pass-templates/{id} (current shape).
SHOW_CURRENT: dict[str, Any] = {
    "data": {
        "id": "19cb334f9696e64e10e7759f0",
        "type": "passTemplate",
        "attributes": {
            "name": "PassEntry Supermarket",
            "templateType": "generic",
            "defaultLanguage": "en",
            "centralTitle": "PassEntry Supermarket",
            "notificationHeader": "PassEntry Supermarket",
            "colors": {"background": "#EFEFEF", "label": "#FF8477", "text": "#29323A"},
            "images": {"banner": "https://example.com/banner.png",
                       "logo": "https://example.com/logo.png",
                       "icon": "https://example.com/icon.png"},
            "fields": {
                "header": {"one": {"id": "membership_tier", "label": "Membership Tier",
                                   "defaultValue": "Gold"}},
                "central": {"one": {"id": "membership_tier", "label": "Membership Tier",
                                    "defaultValue": "Gold"}},
                "details": {"one": {"id": "membership_tier", "label": "Membership Tier",
                                    "defaultValue": "Gold"}},
                "back": {"one": {"id": "membership_tier", "label": "Membership Tier",
                                 "defaultValue": "Gold"}},
            },
        },
    },
}

#: §5.2 GET /pass_templates/{uuid} (deprecated shape).
SHOW_DEPRECATED: dict[str, Any] = {
    "data": {
        "id": "f0af94dc3c69a80cee32c173",
        "type": "passTemplate",
        "attributes": {
            "backgroundColor": "#EFEFEF",
            "name": "Summer Sale 2023",
            "description": "Summer Sale Pass",
            "labelColor": "#FF8477",
            "textColor": "#29323A",
            "templateType": "storeCard",
            "header": {
                "header_one": {"id": "name", "label": "Name", "default_value": None},
                "header_two": {"id": None, "label": None, "default_value": None},
                "header_three": {"id": None, "label": None, "default_value": None},
            },
            "primary": {"primary_one": {"id": "attendee", "label": "Attendee",
                                        "default_value": None}},
            "secondary": {"secOne": {"id": "address", "label": "Address", "default_value": None}},
            "auxiliary": {"auxOne": {"id": "dob", "label": "DOB", "default_value": None}},
            "backFields": {"backOne": {"id": "website", "label": "Website",
                                       "default_value": None}},
        },
    },
}

#: §5.3 POST /pass-templates request body (newest version, trimmed).
CREATE_REQUEST: dict[str, Any] = {
    "passTemplate": {
        "name": "PassEntry Supermarket",
        "templateType": "generic",
        "defaultLanguage": "en",
        "centralTitle": "PassEntry Supermarket",
        "notificationHeader": "PassEntry Supermarket",
        "description": "PassEntry Supermarket",
        "colors": {"background": "#dbdbdb", "label": "#000000", "text": "#000000"},
        "images": {
            "banner": "https://example.com/images/banner.jpg",
            "logo": "https://example.com/images/logo.jpg",
            "icon": "https://example.com/images/icon.jpg",
            "watermark": {"color": "light", "position": "bottomRight"},
        },
        "fields": {
            "header": {
                "one": {
                    "id": "points", "label": "Points", "defaultValue": "0",
                    "localisation": {"fr": {"label": "Points", "defaultValue": "0"},
                                     "is": {"label": "Stig", "defaultValue": "0"}},
                },
            },
            "details": {"two": {"id": "discount", "label": "Discount", "defaultValue": "15%"}},
        },
        "appLinking": {
            "apple": {"appStoreUrl": [
                "https://apps.apple.com/gb/app/whatsapp-messenger/id310633997"]},
            "google": {"app": {"playStoreUrl":
                               "https://play.google.com/store/apps/details?id=com.whatsapp"},
                       "displayText": {"text": "Click here for more!"}},
        },
        "barcode": {"enabled": True, "type": "qr", "source": "custom", "value": "123abcd"},
    },
}

#: §5.3 response 202 (exact).
CREATE_ACCEPTED: dict[str, Any] = {
    "data": {
        "type": "passTemplate",
        "id": "19cb334f9696e64e10e7759f0",
        "attributes": {
            "processingStatus": "processing",
            "message": "Your pass template is being processed, please check again in a few "
                       "moments.",
        },
        "links": {"self": "https://api.passentry.com/v1/pass-templates/19cb334f9696e64e10e7759f0"},
    },
}

#: §5.4 PATCH /pass-templates/{id} request body.
UPDATE_REQUEST: dict[str, Any] = {
    "passTemplate": {
        "name": "PassEntry Coffee Shop",
        "colors": {"background": "#EEEEEE"},
        "images": {"watermark": {"color": "dark", "position": "topLeft"}},
        "appLinking": {"apple": {"appStoreUrl": []}},
        "beacons": [],
    },
}


def example(name: str) -> dict[str, Any]:
    """A deep copy of one example, so a test cannot change it for the next."""
    return copy.deepcopy(globals()[name])
