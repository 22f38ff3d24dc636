"""Pages of a list endpoint, following ``links.next`` until it is null."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from passdesk.api import errors
from passdesk.core.jsonapi import PageMeta
from passdesk.core.records import Resource

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


def fetch_page(core: HttpCore, path_or_url: str, params: Mapping[str, Any] | None,
               kind: type[R]) -> Page[R]:
    doc = core.request("GET", path_or_url, params=params).document()
    records = doc.many()
    for r in records:
        if not isinstance(r, kind):
            raise errors.ResponseFormatError(
                f"expected {kind.TYPE} records, got {r.type!r} in a list of {kind.TYPE}"
            )
    return Page(records, doc.page)  # type: ignore[arg-type]


def iter_pages(core: HttpCore, path: str, params: Mapping[str, Any], kind: type[R], *,
               per_page: int, start_page: int = 1) -> Iterator[Page[R]]:
    """Every page from ``start_page`` on (resume a sync by passing the next page)."""
    page = fetch_page(core, path, {**params, "page": start_page, "perPage": per_page}, kind)
    seen: set[str] = set()
    while True:
        yield page
        link = page.meta.next_link
        if not link or not page.records:
            return
        if link in seen:  # a server that links back would loop forever
            raise errors.ResponseFormatError(f"the server's page links repeat ({link})")
        seen.add(link)
        page = fetch_page(core, core.url_for_link(link), None, kind)
