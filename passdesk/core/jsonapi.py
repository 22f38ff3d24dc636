"""JSON:API documents: ``data`` (one record or a list), ``meta``, ``links``, ``included``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from passdesk.core.records import Resource, resource_from_json


class DocumentError(ValueError):
    """The body is JSON but not the JSON:API document we expected."""


@dataclass(frozen=True)
class PageMeta:
    """Where a list page stands: counts from ``meta`` and paths from ``links``."""

    total_count: int | None = None
    results_per_page: int | None = None
    current_page: int | None = None
    total_pages: int | None = None
    next_link: str | None = None
    first_link: str | None = None
    prev_link: str | None = None
    last_link: str | None = None

    @classmethod
    def from_document(cls, meta: Mapping[str, Any], links: Mapping[str, Any]) -> PageMeta:
        def num(k: str) -> int | None:
            v = meta.get(k)
            return v if isinstance(v, int) and not isinstance(v, bool) else None

        def link(k: str) -> str | None:
            v = links.get(k)
            if isinstance(v, Mapping):  # JSON:API also allows {"href": ...}
                v = v.get("href")
            return v if isinstance(v, str) and v else None

        return cls(
            total_count=num("totalCount"), results_per_page=num("resultsPerPage"),
            current_page=num("currentPage"), total_pages=num("totalPages"),
            next_link=link("next"), first_link=link("first"),
            prev_link=link("prev"), last_link=link("last"),
        )


@dataclass
class Document:
    data: Resource | list[Resource] | None
    meta: dict[str, Any] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)
    included: list[Resource] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    key_order: tuple[str, ...] = ()

    @property
    def page(self) -> PageMeta:
        return PageMeta.from_document(self.meta, self.links)

    def one(self) -> Resource:
        if not isinstance(self.data, Resource):
            raise DocumentError("expected one record in 'data', got a list or nothing")
        return self.data

    def many(self) -> list[Resource]:
        if not isinstance(self.data, list):
            raise DocumentError("expected a list in 'data', got one record or nothing")
        return self.data

    def to_json(self) -> dict[str, Any]:
        members: dict[str, Any] = {
            "meta": self.meta, "links": self.links,
            "included": [r.to_resource() for r in self.included], **self.extra,
        }
        if isinstance(self.data, list):
            members["data"] = [r.to_resource() for r in self.data]
        else:
            members["data"] = self.data.to_resource() if self.data is not None else None
        order = self.key_order or ("data", *(k for k in members if k != "data"))
        return {k: members[k] for k in order if k in members}


def parse_document(body: Any) -> Document:
    """Parse a decoded JSON body into records; raise DocumentError if it is no document."""
    if not isinstance(body, Mapping) or "data" not in body:
        raise DocumentError("the response has no JSON:API 'data' member")
    raw = body["data"]
    data: Resource | list[Resource] | None
    if raw is None:
        data = None
    elif isinstance(raw, list):
        data = [_resource(r) for r in raw]
    else:
        data = _resource(raw)
    included = body.get("included")
    return Document(
        data=data,
        meta=dict(body["meta"]) if isinstance(body.get("meta"), Mapping) else {},
        links=dict(body["links"]) if isinstance(body.get("links"), Mapping) else {},
        included=[_resource(r) for r in included] if isinstance(included, list) else [],
        extra={k: v for k, v in body.items() if k not in ("data", "meta", "links", "included")},
        key_order=tuple(body),
    )


def _resource(obj: Any) -> Resource:
    if not isinstance(obj, Mapping) or "type" not in obj:
        raise DocumentError("a record in the response has no 'type'")
    return resource_from_json(obj)
