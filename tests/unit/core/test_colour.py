"""Template colours: the forms they are written in, and WCAG contrast."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from passdesk.core.colour import contrast_ratio, format_colour, parse_colour, relative_luminance

BLACK, WHITE = (0, 0, 0), (255, 255, 255)


@pytest.mark.parametrize(("text", "rgb"), [
    ("#EFEFEF", (239, 239, 239)),
    ("#efefef", (239, 239, 239)),
    ("#29323A", (41, 50, 58)),
    ("#fff", (255, 255, 255)),
    ("#F80", (255, 136, 0)),
    ("  #000000 ", (0, 0, 0)),
    ("rgb(255, 132, 119)", (255, 132, 119)),
    ("rgb(0,0,0)", (0, 0, 0)),
    ("RGB( 12 ,34, 56 )", (12, 34, 56)),
])
def test_parses_the_written_forms(text: str, rgb: tuple[int, int, int]) -> None:
    assert parse_colour(text) == rgb


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_colour_is_none(text: str | None) -> None:
    assert parse_colour(text) is None


@pytest.mark.parametrize("text", [
    "blue", "#12345", "#GGGGGG", "EFEFEF", "rgb(256, 0, 0)", "rgb(1, 2)", "rgba(1, 2, 3, 4)",
    "#EFEFEF;", "rgb(1,2,3) x",
])
def test_anything_else_is_refused_with_the_text_quoted(text: str) -> None:
    with pytest.raises(ValueError, match="not a colour") as caught:
        parse_colour(text)
    assert repr(text) in str(caught.value)


def test_format_is_upper_case_hash_rrggbb() -> None:
    assert format_colour((239, 239, 239)) == "#EFEFEF"
    assert format_colour((0, 10, 171)) == "#000AAB"
    with pytest.raises(ValueError, match="256"):
        format_colour((256, 0, 0))


@given(st.tuples(*[st.integers(0, 255)] * 3))
def test_format_then_parse_is_the_same_colour(rgb: tuple[int, int, int]) -> None:
    assert parse_colour(format_colour(rgb)) == rgb
    assert parse_colour(f"rgb({rgb[0]}, {rgb[1]}, {rgb[2]})") == rgb


def test_luminance_ends_and_channel_weights() -> None:
    assert relative_luminance(BLACK) == 0.0
    assert relative_luminance(WHITE) == pytest.approx(1.0)
    # WCAG weights: green counts most, blue least.
    assert relative_luminance((0, 255, 0)) == pytest.approx(0.7152)
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)
    assert relative_luminance((0, 0, 255)) == pytest.approx(0.0722)


def test_known_wcag_contrast_values() -> None:
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1.0)
    # #777777 on white is the classic "just fails AA" grey.
    assert contrast_ratio(parse_colour("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(parse_colour("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)
    # The vendor example's label colour on its background.
    assert contrast_ratio(parse_colour("#FF8477"), parse_colour("#EFEFEF")) == pytest.approx(
        2.07, abs=0.01)
