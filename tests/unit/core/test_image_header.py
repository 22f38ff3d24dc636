"""The picture kind and size read from a file's header, against files Pillow writes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from passdesk.core import image_header


def _encoded(kind: str, size: tuple[int, int], **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA" if kind in ("PNG", "WEBP") else "RGB", size, (200, 30, 60)).save(
        buffer, kind, **options)
    return buffer.getvalue()


@pytest.mark.parametrize(("kind", "options"), [
    ("PNG", {}), ("JPEG", {}), ("JPEG", {"progressive": True}), ("WEBP", {}),
    ("WEBP", {"lossless": True}), ("GIF", {})])
@settings(max_examples=15, deadline=None)
@given(width=st.integers(1, 2000), height=st.integers(1, 1200))
def test_kind_and_size_are_those_pillow_wrote(kind, options, width, height) -> None:
    header = image_header.sniff(_encoded(kind, (width, height), **options))
    assert header == image_header.Header(kind, width, height)


def test_a_webp_with_alpha_and_metadata_reads_its_canvas_size() -> None:
    data = _encoded("WEBP", (1125, 432), exif=b"Exif\0\0" + b"\0" * 20)
    assert (image_header.sniff(data).width, image_header.sniff(data).height) == (1125, 432)


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP"])
def test_a_file_cut_short_is_known_but_not_complete(kind) -> None:
    data = _encoded(kind, (480, 150))
    header = image_header.sniff(data[: len(data) * 2 // 3])
    assert header is not None
    assert (header.kind, header.complete) == (kind, False)


@pytest.mark.parametrize("data", [b"", b"hello, world", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff",
                                  b"RIFF\0\0\0\0WEBPVP8 ", b"%PDF-1.7\n" + b"0" * 40])
def test_what_is_no_picture_is_none(data) -> None:
    assert image_header.sniff(data) is None
