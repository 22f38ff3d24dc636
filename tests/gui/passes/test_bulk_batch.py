"""Bulk issue as a batch, as a person would: choose a 500-row CSV by clicking, start,
watch the progress reach 500/500 and "Done", save the results CSV; a row PassEntry
refuses comes back in the errors CSV with its line in the person's own file; an
account without batches issues one by one and says so."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from passdesk.core.payloads import PassInput
from passdesk.gui.passes import bulk_as_batch
from passdesk.gui.passes.bulk_issue_dialog import BulkIssueDialog
from passdesk.sandbox.handlers.batches import offer_batches
from tests.gui.helpers import FakeSync, click, save_shot

TAG = "gui-batch"
SHOTS = Path("/tmp/h19/h5")


def guests_csv(path: Path, rows: int) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Name", "Seat", "ext id", "Group Tag"])
    for i in range(rows):
        writer.writerow([f"Guest {i}", f"R{i}", f"gb-{i:04d}", TAG])
    path.write_text(out.getvalue(), encoding="utf-8")


def open_dialog(qtbot, store, store_tasks, access, tmp_path, monkeypatch, rows: int):
    sync = FakeSync()
    dialog = BulkIssueDialog(store, store_tasks, None, sync=sync, batches=access)
    dialog.fake_sync = sync
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.form.templateCombo
    qtbot.waitUntil(lambda: combo.count() > 0)
    combo.setCurrentIndex(combo.findText("Riverside Arena Ticket"))
    path = tmp_path / "guests.csv"
    guests_csv(path, rows)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, dialog.form.chooseButton)
    qtbot.waitUntil(lambda: dialog.report is not None)
    return dialog


def shots(dialog, tmp_path, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        dialog.resize(width, height)
        shot = save_shot(dialog, tmp_path, f"{name}-{width}.png")
        (SHOTS / shot.name).write_bytes(shot.read_bytes())


def test_500_rows_go_up_as_a_batch_and_the_progress_is_shown_to_the_end(
        qtbot, sandbox, store, store_tasks, access, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, store, store_tasks, access, tmp_path, monkeypatch, 500)
    form = dialog.form
    qtbot.waitUntil(lambda: dialog.path_label.text() == bulk_as_batch.BATCH_WORDS)
    assert form.summaryLabel.text().startswith("500 rows: 500 ready to issue")
    seen: list[int] = []
    form.progressBar.valueChanged.connect(seen.append)
    words: list[str] = []
    dialog._batch_signals.moved.connect(lambda _b: words.append(form.statusLabel.text()))

    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: form.statusLabel.text().startswith("Done"), timeout=60_000)
    assert form.progressBar.value() == form.progressBar.maximum() == 500
    assert "500/500 processed on PassEntry" in form.statusLabel.text()
    assert any(0 < v < 500 for v in seen), seen  # it moved on screen, not in one jump
    assert any(w.startswith("Working: ") for w in words), words
    assert not dialog.issue_button.isEnabled()
    assert dialog.issue_button.text() == "Issued"
    with sandbox.state.lock:
        made = [p for p in sandbox.state.passes.values()
                if TAG in (p.attributes.get("groupTags") or [])]
        assert len(made) == 500
    assert sandbox.state.batches  # one batch, not 500 requests
    assert dialog.results_button.isVisible()
    assert not dialog.errors_button.isVisible()
    shots(dialog, tmp_path, "bulk-batch-done")

    target = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, dialog.results_button)
    qtbot.waitUntil(lambda: form.statusLabel.text().startswith("Saved"))
    saved = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert saved[0] == ["line in your file", "line", "pass_id"]
    assert len(saved) == 501
    assert saved[1][0] == "2"  # the file's first data line
    with sandbox.state.lock:
        assert sandbox.state.get_pass("gb-0000").id == saved[1][2]


def test_a_row_passentry_refuses_is_in_the_errors_csv_with_its_line(
        qtbot, sandbox, store, store_tasks, access, tmp_path, monkeypatch) -> None:
    # Taken on PassEntry after this desk last synced: only PassEntry can refuse it.
    with sandbox.state.lock:
        template = next(t for t in sandbox.state.templates.values()
                        if t.attributes["name"] == "Riverside Arena Ticket")
    from passdesk.api import PassEntryClient

    with PassEntryClient(sandbox.base_url, "demo") as client:
        client.passes.create(PassInput(template.id, {"fullName": "Early"}, ext_id="gb-0007"))
    dialog = open_dialog(qtbot, store, store_tasks, access, tmp_path, monkeypatch, 20)
    qtbot.waitUntil(lambda: dialog.path_label.text() == bulk_as_batch.BATCH_WORDS)
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: dialog.errors_button.isVisible(), timeout=60_000)
    assert "errors CSV" in dialog.form.statusLabel.text()
    target = tmp_path / "errors.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, dialog.errors_button)
    qtbot.waitUntil(lambda: dialog.form.statusLabel.text().startswith("Saved"))
    saved = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert saved[0] == ["line in your file", "line", "error"]
    # Row 7 of the data is line 9 of the file (header on line 1) and of the batch file.
    assert [r[0] for r in saved[1:]] == ["9"]
    assert "taken" in saved[1][2]


def test_without_batches_the_dialog_says_so_and_queues_one_by_one(
        qtbot, sandbox, store, store_tasks, access, tmp_path, monkeypatch) -> None:
    offer_batches(sandbox.state, False)
    dialog = open_dialog(qtbot, store, store_tasks, access, tmp_path, monkeypatch, 30)
    qtbot.waitUntil(lambda: "does not offer batches" in dialog.path_label.text())
    assert dialog.path_label.text().startswith(bulk_as_batch.PER_PASS_WORDS)
    shots(dialog, tmp_path, "bulk-batch-not-offered")
    click(qtbot, dialog.issue_button)
    qtbot.waitUntil(lambda: "30 passes queued" in dialog.form.statusLabel.text())
    assert dialog.fake_sync.pushes == 1
    assert not sandbox.state.batches


def test_an_event_link_keeps_the_per_pass_path(
        qtbot, sandbox, store, store_tasks, access, tmp_path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, store, store_tasks, access, tmp_path, monkeypatch, 5)
    events = dialog.form.eventCombo
    qtbot.waitUntil(lambda: events.count() > 1)
    events.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "linked to an event" in dialog.path_label.text())
    assert not dialog.uses_batch()
