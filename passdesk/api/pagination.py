"""Pages of a list endpoint, following ``links.next`` until it is null."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from passdesk.api import errors
from passdesk.core.jsonapi import PageMeta
from passdesk.core.records import Resource
from passdesk.core.texts import translate

if TYPE_CHECKING:
    from passdesk.api.http import HttpCore

R = TypeVar("R", bound=Resource)


@dataclass(frozen=True)
class Page(Generic[R]):
    records: list[R]
    meta: PageMeta

    @property
    def number(self) -> int | None:
        return self.meta.current_page


#: Turns a list body into a JSON:API document first (a list whose items came
#: wrapped as {"data": {...}}, §15.10).
Normalize = Callable[[Any], Any]


def fetch_page(core: HttpCore, path_or_url: str, params: Mapping[str, Any] | None,
               kind: type[R], normalize: Normalize | None = None) -> Page[R]:
    response = core.request("GET", path_or_url, params=params)
    if normalize is not None:
        response = type(response)(response.status, response.headers, normalize(response.body))
    doc = response.document()
    try:
        records = doc.many()
    except ValueError as exc:
        raise errors.ResponseFormatError(translate(
            "sync", "The server's answer is not a list: {problem}").format(problem=str(exc))) \
            from exc
    for r in records:
        if not isinstance(r, kind):
            raise errors.ResponseFormatError(
                f"expected {kind.TYPE} records, got {r.type!r} in a list of {kind.TYPE}"
            )
    return Page(records, doc.page)  # type: ignore[arg-type]


def iter_pages(core: HttpCore, path: str, params: Mapping[str, Any], kind: type[R], *,
               per_page: int, start_page: int = 1,
               normalize: Normalize | None = None) -> Iterator[Page[R]]:
    """Every page from ``start_page`` on (resume a sync by passing the next page)."""
    page = fetch_page(core, path, {**params, "page": start_page, "perPage": per_page}, kind,
                      normalize)
    seen: set[str] = set()
    while True:
        yield page
        link = page.meta.next_link
        if not link or not page.records:
            return
        if link in seen:  # a server that links back would loop forever
            raise errors.ResponseFormatError(f"the server's page links repeat ({link})")
        seen.add(link)
        page = fetch_page(core, core.url_for_link(link), None, kind, normalize)
