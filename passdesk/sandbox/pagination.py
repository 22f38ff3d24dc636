"""JSON:API list pages: ``page``/``perPage`` in, ``meta`` and ``links`` out.

Links are relative paths that keep every other query parameter, so
following ``next`` keeps the filters. On the first page ``first`` and
``prev`` are null and on the last ``next`` and ``last`` are, as in the
vendor example (page 1 of 2: first null, prev null, next and last set).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from starlette.requests import Request

from passdesk.sandbox.decisions import MAX_PER_PAGE, PASSES_DEFAULT_PER_PAGE
from passdesk.sandbox.errors import bad_request

T = TypeVar("T")


def _positive(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} must be a whole number of 1 or more (got {raw!r})") from None
    if value < 1:
        raise bad_request(f"{name} must be a whole number of 1 or more (got {raw!r})")
    return value


def paginate(request: Request, items: Sequence[T], default_per_page: int = PASSES_DEFAULT_PER_PAGE
             ) -> tuple[Sequence[T], dict[str, Any], dict[str, str | None]]:
    """The requested page of ``items`` with its ``meta`` and ``links``.

    ``default_per_page`` differs per endpoint (PASSENTRY-API.md §1.4); 100 is the most.
    """
    page = _positive(request, "page", 1)
    per_page = min(_positive(request, "perPage", default_per_page), MAX_PER_PAGE)
    total = len(items)
    pages = math.ceil(total / per_page)
    start = (page - 1) * per_page
    others = [(k, v) for k, v in request.query_params.multi_items()
              if k not in ("page", "perPage")]

    def link(n: int) -> str:
        query = urlencode([("page", n), ("perPage", per_page), *others],
                          quote_via=quote, safe=",:")
        return f"{request.url.path}?{query}"

    links = {
        "first": link(1) if page > 1 and pages else None,
        "prev": link(min(page - 1, pages)) if page > 1 and pages else None,
        "next": link(page + 1) if page < pages else None,
        "last": link(pages) if page != pages and pages else None,
    }
    meta = {"totalCount": total, "resultsPerPage": per_page, "currentPage": page,
            "totalPages": pages}
    return items[start:start + per_page], meta, links
