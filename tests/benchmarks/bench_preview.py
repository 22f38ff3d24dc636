"""Preview re-render cost per designer edit, both card styles. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_preview.py [--edits 300] [--seed 8]

An event ticket and a store card, each with a PNG logo and banner made in memory
and a barcode, take --edits random edits (a colour, a sample value, a label, a field
added or removed); after each, both styles are rendered with ``render_card`` at 2x
with one ImageCache, as the designer does on every keystroke. Target: p99 <= 16 ms
(one frame). Not part of the test run (pytest does not collect tests/benchmarks).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication

from passdesk.core.template_doc import SLOT_GROUPS, SlotsFull, TemplateDoc
from passdesk.design.images import ImageCache
from passdesk.design.preview import STYLES, render_card
from tests.design.cards import (
    SAMPLES,
    STORE_SAMPLES,
    banner_image,
    data_url,
    logo_image,
    store_doc,
    ticket_doc,
)

FRONT = [g for g in SLOT_GROUPS if g != "back"]
WORDS = ["Zoë", "Müller", "VIP", "Gate B4", "19:00", "Summer Gala Night", "€12.50", "1,250",
         "Alex Morgan", "Row F", "Seat 14", "Platinum member since 2019", "東京"]


def random_edit(rng: random.Random, doc: TemplateDoc, samples: dict[str, str]
                ) -> tuple[TemplateDoc, dict[str, str]]:
    kind = rng.choice(["colour", "sample", "sample", "label", "add", "remove"])
    if kind == "colour":
        key = rng.choice(["background", "text", "label"])
        return doc.with_colour(key, f"#{rng.randrange(1 << 24):06X}"), samples
    fields = doc.fields()
    if kind == "sample" and fields:
        field = rng.choice(fields)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
        return doc, {**samples, field.field_id: text}
    if kind == "label" and fields:
        field = rng.choice(fields)
        return doc.with_slot(field.group, field.slot, label=rng.choice(WORDS)), samples
    if kind == "remove" and len(fields) > 3:
        field = rng.choice([f for f in fields if f.group != "central"] or fields)
        return doc.remove_field(field.group, field.slot), samples
    group = rng.choice(FRONT)
    try:
        return doc.add_field(group, f"f{rng.randrange(10**6)}", rng.choice(WORDS)), samples
    except SlotsFull:
        return doc, samples


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    logo, banner = data_url(logo_image()), data_url(banner_image())
    designs = [
        [ticket_doc("eventTicket", logo=logo, banner=banner), dict(SAMPLES)],
        [store_doc(logo=logo, banner=banner), dict(STORE_SAMPLES)],
    ]
    images = ImageCache()
    started = time.perf_counter()
    for doc, samples in designs:
        for style in STYLES:
            render_card(style, doc, samples, images=images)
    first_ms = (time.perf_counter() - started) * 1000

    rng = random.Random(args.seed)
    timings: dict[str, list[float]] = {style: [] for style in STYLES}
    for n in range(args.edits):
        design = designs[n % len(designs)]
        design[0], design[1] = random_edit(rng, design[0], design[1])
        for style in STYLES:
            started = time.perf_counter()
            render_card(style, design[0], design[1], images=images)
            timings[style].append((time.perf_counter() - started) * 1000)

    result: dict[str, object] = {"edits": args.edits, "scale": 2.0,
                                 "first_renders_ms": round(first_ms, 2)}
    for style in STYLES:
        values = timings[style]
        result[f"{style}_render_ms_p50"] = round(statistics.median(values), 3)
        result[f"{style}_render_ms_p99"] = round(percentile(values, 0.99), 3)
        result[f"{style}_render_ms_max"] = round(max(values), 3)
    result["target_p99_ms"] = 16.0
    result["within_target"] = all(result[f"{s}_render_ms_p99"] <= 16.0 for s in STYLES)
    print(json.dumps(result))
    del app


if __name__ == "__main__":
    main()
