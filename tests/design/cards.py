"""Template documents, samples and in-memory images for the preview tests and benchmark."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter

from passdesk.core.template_doc import TemplateDoc

TYPES = ("generic", "eventTicket", "loyalty")
BACKGROUND = "#1B1F3B"
LOGO_COLOUR = QColor("#E0218A")


def data_url(image: QImage, fmt: str = "PNG") -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt)
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(bytes(data)).decode()


def logo_image(colour: QColor = LOGO_COLOUR) -> QImage:
    """A solid square logo: its colour is easy to find in a render."""
    image = QImage(96, 96, QImage.Format.Format_ARGB32)
    image.fill(colour)
    return image


def banner_image() -> QImage:
    image = QImage(750, 246, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 750, 246)
    gradient.setColorAt(0, QColor("#E94560"))
    gradient.setColorAt(1, QColor("#533483"))
    painter.fillRect(0, 0, 750, 246, QBrush(gradient))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 60))
    for i in range(6):
        painter.drawEllipse(QPointF(80 + i * 120, 60 + (i % 2) * 100), 50, 50)
    painter.setBrush(QColor("#F5B700"))
    painter.drawEllipse(QRectF(20, 20, 40, 40))
    painter.end()
    return image


def ticket_doc(template_type: str = "eventTicket", *, logo: str | None = None,
               banner: str | None = None, barcode: str | None = "qr",
               alt_text: str | None = "TKT-7QX2M-PL0ZD") -> TemplateDoc:
    """A template of ``template_type`` with fields in every front group."""
    doc = (TemplateDoc.new("Riverside Arena", template_type)
           .with_colour("background", BACKGROUND)
           .with_colour("text", "#FFFFFF")
           .with_colour("label", "#F5B700")
           .add_field("header", "gate", "Gate")
           .add_field("central", "event", "Event")
           .add_field("details", "holder", "Name")
           .add_field("details", "seat", "Seat")
           .add_field("details", "doors", "Doors")
           .add_field("details", "tier", "Ticket"))
    if logo is not None:
        doc = doc.with_image("logo", logo)
    if banner is not None:
        doc = doc.with_image("banner", banner)
    if barcode is not None:
        doc = doc.with_barcode(barcode, "custom" if alt_text else None, alt_text)
    return doc


SAMPLES = {"gate": "B4", "event": "Summer Gala", "holder": "Zoë Müller", "seat": "14",
           "doors": "19:00", "tier": "VIP"}

STORE_SAMPLES = {"points": "1,250", "balance": "€12.50", "member": "Alex Morgan",
                 "tier": "Gold", "since": "2021"}


def store_doc(*, logo: str | None = None, banner: str | None = None) -> TemplateDoc:
    doc = (TemplateDoc.new("Bean There Coffee", "loyalty")
           .with_colour("background", "#F4EDE4")
           .with_colour("text", "#3B2412")
           .with_colour("label", "#8A5A2B")
           .add_field("header", "points", "Points")
           .add_field("central", "balance", "Balance")
           .add_field("details", "member", "Member")
           .add_field("details", "tier", "Tier")
           .add_field("details", "since", "Member since")
           .with_barcode("pdf417", "custom", "CARD-12345"))
    if logo is not None:
        doc = doc.with_image("logo", logo)
    if banner is not None:
        doc = doc.with_image("banner", banner)
    return doc
