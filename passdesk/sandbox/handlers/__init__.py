"""Request handlers, one module per resource group, keyed by route name.

The names are those of ``passdesk.sandbox.routes.ROUTES``; ``app.build_app``
mounts each handler at its route's path.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox.handlers import (
    batches,
    entities,
    events,
    image_assets,
    loyalty,
    passes,
    readers,
    scans,
    templates,
    webhooks,
)

Handler = Callable[[Request], Awaitable[Response]]

HANDLERS: dict[str, Handler] = {
    **entities.HANDLERS, **templates.HANDLERS, **events.HANDLERS, **passes.HANDLERS,
    **loyalty.HANDLERS, **readers.HANDLERS, **scans.HANDLERS, **webhooks.HANDLERS,
    **batches.HANDLERS, **image_assets.HANDLERS,
}
