"""The venue hub: one server process for a venue's readers and webhooks.

``POST /validate`` answers PassEntry and VTAP readers set to external
validation (``validationType: external``; PassEntry's guides say third-party)
with the door's own admission and loyalty engine over the shared store;
``POST /webhooks/passentry`` and ``POST /webhooks/passslot`` apply the
platforms' events to the store exactly once; ``GET /health`` and
``GET /openapi.json`` describe it. No Qt here: the hub runs headless.

``serve()`` runs it as a process of its own (``passdesk hub``).
"""

from passdesk.hub.standalone import serve

__all__ = ["serve"]
