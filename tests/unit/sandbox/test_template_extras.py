"""The sandbox's checks of the designer's inferred template keys, without a server."""

from __future__ import annotations

import pytest

from passdesk.sandbox.errors import ApiError
from passdesk.sandbox.handlers.templates import template_attributes
from passdesk.sandbox.template_extras import (
    BANNER_KEY,
    BARCODE_KEY,
    BARCODE_TYPES,
    LOGO_KEY,
    barcode_problems,
    image_problem,
    template_extras,
)

PNG = "data:image/png;base64,iVBORw0KGgo="
JPEG = "data:image/jpeg;base64,/9j/4AAQSkZJRg=="


def test_the_inferred_names_are_the_designers() -> None:
    assert (LOGO_KEY, BANNER_KEY, BARCODE_KEY) == ("logoImageUrl", "bannerImageUrl", "barcode")
    assert BARCODE_TYPES == ("qrCode", "pdf417", "aztec", "code128")


@pytest.mark.parametrize("value", ["https://cdn.example.com/logo.png",
                                   "HTTPS://example.com/a%20b.jpg?v=2", PNG, JPEG])
def test_good_images_pass(value) -> None:
    assert image_problem(LOGO_KEY, value) is None


@pytest.mark.parametrize(("value", "words"), [
    ("http://example.com/logo.png", "must be an https URL"),
    ("ftp://example.com/logo.png", "must be an https URL"),
    ("https://", "must be an https URL"),
    ("https://example.com/a b.png", "must be an https URL"),
    ("logo.png", "must be an https URL"),
    ("data:image/gif;base64,R0lGOD==", "only PNG and JPEG"),
    ("data:image/png,rawbytes", "only PNG and JPEG"),
    ("data:image/png;base64,", "no image data"),
    ("data:image/png;base64,@@@@", "not valid"),
    (42, "not a number"),
    ({"url": "https://x"}, "not an object"),
])
def test_bad_images_are_named(value, words) -> None:
    problem = image_problem(BANNER_KEY, value)
    assert problem is not None
    assert problem.startswith(BANNER_KEY)
    assert words in problem


def test_barcodes() -> None:
    assert barcode_problems({"type": "pdf417"}) == []
    assert barcode_problems({"type": "aztec", "altText": "Gate 3"}) == []
    assert "must be one of qrCode, pdf417, aztec, code128" in \
        barcode_problems({"type": "ean"})[0]
    assert barcode_problems("qrCode")[0].endswith("not a string")
    assert barcode_problems("qrCode")[0].startswith('barcode must be {"type": qrCode | pdf417')
    assert barcode_problems({"type": "qrCode", "altText": 5}) == [
        "barcode.altText must be text, not a number"]


def test_extras_are_kept_only_when_given_and_valid() -> None:
    problems: list[str] = []
    assert template_extras({"name": "x"}, problems) == {}
    given = {LOGO_KEY: PNG, BANNER_KEY: None, BARCODE_KEY: {"type": "code128", "altText": "A"}}
    assert template_extras(given, problems) == {LOGO_KEY: PNG,
                                                BARCODE_KEY: {"type": "code128", "altText": "A"}}
    assert problems == []
    template_extras({LOGO_KEY: "http://x", BARCODE_KEY: {}}, problems)
    assert len(problems) == 2


def test_a_create_body_keeps_them_and_refuses_bad_ones_with_422() -> None:
    attributes = template_attributes({"name": "Designed", LOGO_KEY: JPEG,
                                      BARCODE_KEY: {"type": "qrCode"}})
    assert attributes[LOGO_KEY] == JPEG
    assert attributes[BARCODE_KEY] == {"type": "qrCode"}
    assert BANNER_KEY not in attributes
    assert "logoImageUrl" not in template_attributes({"name": "Plain"})
    with pytest.raises(ApiError) as refused:
        template_attributes({"name": "Bad", BANNER_KEY: "banner.png",
                             BARCODE_KEY: {"type": "qr"}})
    assert refused.value.status == 422
    assert len(refused.value.details) == 2
