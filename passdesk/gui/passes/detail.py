"""One pass in full, for a column beside the passes list: who, what it says, how it scans.

``show_pass`` takes plain ``PassDetails``; ``store.pass_details.read_pass_details``
reads them on the store task runner (``PassDetailPanel.load`` does both). The
panel asks for actions through signals; the pane that holds it opens the dialogs.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from passdesk.design.barcode_image import qr_image, render_barcode
from passdesk.gui.i18n import say, translate
from passdesk.gui.i18n.formats import clock_words, date_words
from passdesk.gui.passes.model import status_words
from passdesk.gui.widgets.palette import qss
from passdesk.gui.widgets.style import Tone, set_role, set_tone
from passdesk.gui.workers.one_read import OneReadAtATime
from passdesk.gui.workers.tasks import TaskRunner
from passdesk.store.database import Database
from passdesk.store.pass_details import PassDetails, TimelineEvent, read_pass_details

STATUS_TONES = {"active": Tone.SUCCESS, "issued": Tone.INFO, "pending": Tone.BUSY,
                "removed": Tone.BUSY, "deactivated": Tone.ERROR, "nullified": Tone.BUSY}
#: "apple" is the word stored before PassEntry said "iphone": it still reads as Apple.
WALLETS = {"android": "Google Wallet", "iphone": "Apple Wallet", "apple": "Apple Wallet"}
NULLIFIED = "nullified"
#: A barcode's kind in words ("qrCode": the older docs' word for a QR code).
CODE_WORDS = {"qr": QT_TRANSLATE_NOOP("passes", "QR code"),
              "qrCode": QT_TRANSLATE_NOOP("passes", "QR code"),
              "code128": QT_TRANSLATE_NOOP("passes", "Code 128"),
              "aztec": QT_TRANSLATE_NOOP("passes", "Aztec code"),
              "pdf417": QT_TRANSLATE_NOOP("passes", "PDF417 code")}
#: The timeline's words as the store writes them (store.pass_details), said at display.
TIMELINE_WORDS = {"Created": QT_TRANSLATE_NOOP("passes", "Created: {when}"),
                  "Added to a wallet": QT_TRANSLATE_NOOP("passes", "Added to a wallet: {when}"),
                  "Removed from the wallet": QT_TRANSLATE_NOOP("passes",
                                                               "Removed from the wallet: {when}"),
                  "Deactivated": QT_TRANSLATE_NOOP("passes", "Deactivated: {when}"),
                  "Nullified": QT_TRANSLATE_NOOP("passes", "Nullified: {when}"),
                  "Expires": QT_TRANSLATE_NOOP("passes", "Expires: {when}"),
                  "Expired": QT_TRANSLATE_NOOP("passes", "Expired: {when}")}
BARCODE_PX = 200
DOWNLOAD_QR_PX = 150

PANEL_STYLE = qss("""
QLabel#passName { font-size: 18px; font-weight: 600; }
QLabel#statusChip[tone] { padding: 1px 9px; border-radius: 9px; }
QLabel[role="section"] {
    font-weight: 600; color: $grey_700; padding: 10px 0 2px 0;
    border-style: solid; border-color: $grey_300; border-width: 0 0 1px 0;
}
QLabel[role="fieldLabel"] { color: $slate; }
QLabel[role="code"] { font-family: monospace; font-size: 11px; }
QLabel#latestMessage {
    background: $grey_50; border: 1px solid $grey_200; border-radius: 6px; padding: 6px 8px;
}
""")


def when(moment: datetime) -> str:
    """``3 May 2025, 14:05`` in the computer's time zone: a timeline spans years."""
    local = moment.astimezone()
    return translate("passes", "{day}, {time}", "a day, then a time of day").format(
        day=date_words(local.date(), weekday=False), time=clock_words(local))


def timeline_line(event: TimelineEvent, now: datetime) -> str:
    what = "Expired" if event.what == "Expires" and event.at <= now else event.what
    known = TIMELINE_WORDS.get(what)
    if known is None:
        return f"{say(what)}: {when(event.at)}"
    return translate("passes", known).format(when=when(event.at))


def nullified_words(d: PassDetails) -> str:
    """What happened to a nullified pass, and why nothing more can be done with it."""
    at = next((e.at for e in d.timeline if e.what == "Nullified"), None)
    if at and d.ext_id:
        words = translate("passes", "Nullified on {when}. In the wallet it shows grey as "
                          "“Deactivated” and its data was wiped. Its ext id {ext_id} is free "
                          "for a new pass. PassEntry answers “not found” for it, so it cannot "
                          "be changed, sent a message or scanned in any more.")
    elif at:
        words = translate("passes", "Nullified on {when}. In the wallet it shows grey as "
                          "“Deactivated” and its data was wiped. PassEntry answers “not found” "
                          "for it, so it cannot be changed, sent a message or scanned in any "
                          "more.")
    elif d.ext_id:
        words = translate("passes", "Nullified. In the wallet it shows grey as “Deactivated” "
                          "and its data was wiped. Its ext id {ext_id} is free for a new pass. "
                          "PassEntry answers “not found” for it, so it cannot be changed, sent "
                          "a message or scanned in any more.")
    else:
        words = translate("passes", "Nullified. In the wallet it shows grey as “Deactivated” "
                          "and its data was wiped. PassEntry answers “not found” for it, so it "
                          "cannot be changed, sent a message or scanned in any more.")
    return words.format(when=when(at) if at else "", ext_id=d.ext_id or "")


def _nullified_note(d: PassDetails) -> QLabel:
    note = QLabel(nullified_words(d), objectName="nullifiedNote", wordWrap=True)
    set_tone(note, Tone.BUSY)
    return note


def _selectable(text: str, name: str = "", *, mono: bool = False) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Ignored: a long word must not widen the column (no sideways scrolling).
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if mono:
        set_role(label, "code")
    return label


class ElidedLabel(QLabel):
    """One line, shortened in the middle to the width it gets; the full text in the tooltip.

    For a long URL, which word wrap cannot break: it would be cut off at the edge.
    """

    def __init__(self, text: str, name: str = "") -> None:
        super().__init__(objectName=name)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle,
                                                   max(40, self.width())))


def _captioned(layout: QVBoxLayout, caption: str, value: str, name: str) -> None:
    """A caption line, then the value in small monospace: ids are too long for one line."""
    label = QLabel(caption)
    set_role(label, "fieldLabel")
    layout.addWidget(label)
    layout.addWidget(_selectable(value, name, mono=True))


def _section(title: str) -> QLabel:
    label = QLabel(title)
    set_role(label, "section")
    return label


def _add_image(layout: QVBoxLayout, name: str, pixmap: QPixmap, tooltip: str) -> None:
    label = QLabel(objectName=name)
    label.setPixmap(pixmap)
    label.setToolTip(tooltip)
    label.setFixedSize(pixmap.size())
    layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)


class PassDetailPanel(QWidget):
    """The selected pass, top to bottom, in a scroll area that never scrolls sideways."""

    def __init__(self, parent: QWidget | None = None, *, database: Database | None = None,
                 store_tasks: TaskRunner | None = None) -> None:
        super().__init__(parent, objectName="passDetailPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._database, self._store_tasks = database, store_tasks
        self._wanted: str | None = None
        #: Store notices read the pass again one read at a time; a newly chosen pass
        #: starts at once and the answer for the one before it is dropped by its number.
        self._reads = OneReadAtATime(self.reload)
        self._asked = 0
        self.details: PassDetails | None = None
        self.scroll = QScrollArea(widgetResizable=True, objectName="passDetailScroll")
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.setMinimumWidth(320)
        self.show_pass(None)

    # --- loading -------------------------------------------------------------------------

    def load(self, pass_id: str | None) -> None:
        """Read ``pass_id`` on the store task runner and show it; the latest call wins."""
        self._wanted = pass_id
        self._asked += 1  # whatever was asked before is not shown now
        self._reads.restart()
        if pass_id is None or self._database is None or self._store_tasks is None:
            self._reads.done()  # nothing to read: a read still running is dropped
            self.show_pass(None)
            return
        self._read(pass_id)

    def reload(self) -> None:
        """The pass shown, read again (a store notice); one read at a time."""
        if self._wanted is not None and self._reads.begin():
            self._read(self._wanted)

    def _read(self, pass_id: str) -> None:
        self._asked += 1
        asked, db = self._asked, self._database
        try:
            self._store_tasks.run(lambda: read_pass_details(db, pass_id),
                                  on_success=lambda d: self._loaded(asked, d),
                                  on_failure=lambda exc: self._loaded(asked, None, str(exc)),
                                  owner=self)
        except RuntimeError:  # the store's worker was shut down: the app is closing
            return

    def _loaded(self, asked: int, details: PassDetails | None, error: str = "") -> None:
        if asked != self._asked:
            return  # another pass was chosen meanwhile: its own read says done
        try:
            self.show_pass(details, empty_text=error and translate(
                "passes", "The pass could not be read: {reason}").format(reason=error))
        finally:
            self._reads.done()

    # --- showing -------------------------------------------------------------------------

    def show_pass(self, details: PassDetails | None, *, empty_text: str = "") -> None:
        self.details = details
        body = QWidget(objectName="passDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(6)
        if details is None:
            text = empty_text or translate("passes", "Select a pass to see its details.")
            placeholder = QLabel(text, objectName="emptyLabel", wordWrap=True)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(placeholder, "subtitle")
            layout.addStretch(1)
            layout.addWidget(placeholder)
            layout.addStretch(2)
        else:
            self._fill(layout, details)
            layout.addStretch(1)
        self.scroll.setWidget(body)  # the old body is deleted by the scroll area

    def _fill(self, layout: QVBoxLayout, d: PassDetails) -> None:
        self._header(layout, d)
        nullified = d.status == NULLIFIED
        if nullified:
            layout.addWidget(_nullified_note(d))
        if d.content:
            layout.addWidget(_section(translate("passes", "Content")))
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(12)
            for f in d.content:
                caption = QLabel(f.label)
                set_role(caption, "fieldLabel")
                caption.setToolTip(f.field_id)
                form.addRow(caption, _selectable(f.value or "—", f"field_{f.field_id}"))
            layout.addLayout(form)
        if not nullified:  # wiped on PassEntry, and its download page fails
            self._barcode(layout, d)
            self._download(layout, d)
        if d.timeline:
            layout.addWidget(_section(translate("passes", "History")))
            now = datetime.now().astimezone()
            layout.addWidget(_selectable("\n".join(timeline_line(e, now) for e in d.timeline),
                                         "timelineLabel"))
        if d.latest_message:
            layout.addWidget(_section(translate("passes", "Latest message")))
            layout.addWidget(_selectable(d.latest_message, "latestMessage"))
        self._places(layout, d)
        layout.addWidget(_section(translate("passes", "Identifiers")))
        _captioned(layout, translate("passes", "Pass id"), d.id, "passId")
        if d.ext_id:
            _captioned(layout, translate("passes", "Ext id"), d.ext_id, "extId")

    def _header(self, layout: QVBoxLayout, d: PassDetails) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = _selectable(d.name or translate("passes", "(no name)"), "passName")
        top.addWidget(self.name_label, 1)
        self.status_chip = QLabel(status_words(d.status).lower() if d.status
                                  else translate("passes", "unknown", "a pass's status"),
                                  objectName="statusChip")
        set_tone(self.status_chip, STATUS_TONES.get(d.status or "", Tone.BUSY))
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        bits = [d.template_name or translate("passes", "no template")]
        if d.group_tags:
            tags = len(d.group_tags)  # a plain name: lupdate drops a call's n written otherwise
            bits.append(translate("passes", "group(s) {tags}", None, tags)
                        .format(tags=", ".join(d.group_tags)))
        if d.device_type:
            bits.append(WALLETS.get(d.device_type, d.device_type))
        subtitle = _selectable(" · ".join(bits), "passSubtitle")
        set_role(subtitle, "subtitle")
        layout.addWidget(subtitle)
        if d.pending_changes:
            waiting = d.pending_changes
            pending = QLabel(translate("passes", "%Ln change(s) waiting to be sent", None,
                                       waiting),
                             objectName="pendingLabel", wordWrap=True)
            set_tone(pending, Tone.WARNING)
            pending.setToolTip(translate("passes", "Made here; PassEntry has not confirmed "
                                         "them yet. The Sync pane lists them."))
            layout.addWidget(pending)

    def _barcode(self, layout: QVBoxLayout, d: PassDetails) -> None:
        if not d.barcode_value and not d.nfc_value:
            return
        layout.addWidget(_section(translate("passes", "Scanning")))
        if d.barcode_value:
            render = render_barcode(d.barcode_type, d.barcode_value, size_px=BARCODE_PX)
            if render.image is not None:
                known = CODE_WORDS.get(d.barcode_type or "qr")
                kind = translate("passes", known) if known else d.barcode_type
                _add_image(layout, "barcodeImage", QPixmap.fromImage(render.image),
                           f"{kind}: {d.barcode_value}")
            else:
                note = QLabel(say(render.note or ""), objectName="barcodeNote", wordWrap=True)
                set_role(note, "help")
                layout.addWidget(note)
            value = _selectable(d.barcode_value, "barcodeValue", mono=True)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(value)
        if d.nfc_value:
            _captioned(layout, translate("passes", "NFC value"), d.nfc_value, "nfcValue")

    def _download(self, layout: QVBoxLayout, d: PassDetails) -> None:
        if not d.download_url:
            return
        layout.addWidget(_section(translate("passes", "Add to wallet")))
        hint = QLabel(translate("passes", "The customer scans this with their phone to add "
                                "the pass."), wordWrap=True)
        set_role(hint, "help")
        layout.addWidget(hint)
        url = d.download_url
        _add_image(layout, "downloadQr", QPixmap.fromImage(qr_image(url, size_px=DOWNLOAD_QR_PX)),
                   url)
        link = ElidedLabel(url, "downloadUrl")
        link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(link, "code")
        layout.addWidget(link)
        row = QHBoxLayout()
        copy = QPushButton(translate("passes", "Copy link"), objectName="copyUrlButton")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(url))
        open_ = QPushButton(translate("passes", "Open"), objectName="openUrlButton")
        open_.setToolTip(translate("passes", "Open the download page in the browser"))
        open_.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
        row.addWidget(copy)
        row.addWidget(open_)
        row.addStretch(1)
        layout.addLayout(row)

    def _places(self, layout: QVBoxLayout, d: PassDetails) -> None:
        if d.locations:
            layout.addWidget(_section(translate("passes", "Locations ({count})")
                                      .format(count=len(d.locations))))
            lines = []
            for loc in d.locations:
                where = loc.address or f"{loc.latitude}, {loc.longitude}"
                name = loc.name or translate("passes", "Location")
                if loc.radius is not None:
                    lines.append(translate("passes", "{name}: {where} · {radius} m").format(
                        name=name, where=where, radius=f"{loc.radius:g}"))
                else:
                    lines.append(translate("passes", "{name}: {where}").format(
                        name=name, where=where))
            layout.addWidget(_selectable("\n".join(lines), "locationsLabel"))
        if d.beacons:
            layout.addWidget(_section(translate("passes", "Beacons ({count})")
                                      .format(count=len(d.beacons))))
            unnamed = translate("passes", "Beacon")
            lines = [f"{b.name or unnamed}: {b.proximity_uuid} · {b.major}/{b.minor}"
                     for b in d.beacons]
            layout.addWidget(_selectable("\n".join(lines), "beaconsLabel"))
