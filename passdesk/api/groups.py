"""What every resource group of the client shares: one list, all pages, one record."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from passdesk.api import errors
from passdesk.api.pagination import Normalize, Page, fetch_page, iter_pages
from passdesk.api.routes import DEFAULT_PER_PAGE, ROUTES, Route
from passdesk.core.records import Resource
from passdesk.core.texts import translate

if TYPE_CHECKING:
    from passdesk.api.http import ApiResponse, HttpCore

R = TypeVar("R", bound=Resource)


class Endpoint(Generic[R]):
    """Calls routes named "<PREFIX>.<action>" and checks the record type they return."""

    KIND: ClassVar[type[Resource]]
    PREFIX: ClassVar[str]
    #: A list body's quirk to undo before parsing (see pagination.Normalize).
    NORMALIZE: ClassVar[Normalize | None] = None

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def _call(self, action: str, *, params: Mapping[str, Any] | None = None,
              body: Any = None, files: Any = None, data: Any = None,
              **path_params: str) -> ApiResponse:
        name = action if "." in action else f"{self.PREFIX}.{action}"
        return call_route(self._core, name, params=params, body=body, files=files, data=data,
                          **path_params)

    def _one(self, response: ApiResponse) -> R:
        try:
            record = response.document().one()
        except ValueError as exc:  # DocumentError: a list, or no data
            raise errors.ResponseFormatError(translate(
                "sync", "The server's answer is not one record: {problem}").format(
                problem=str(exc))) \
                from exc
        if not isinstance(record, self.KIND):
            raise errors.ResponseFormatError(
                f"expected a {self.KIND.TYPE} record, got {record.type!r}")
        return record  # type: ignore[return-value]


def call_route(core: HttpCore, name: str, *, params: Mapping[str, Any] | None = None,
               body: Any = None, files: Any = None, data: Any = None,
               **path_params: str) -> ApiResponse:
    """Call the route ``name``; a legacy/extension route's 404/405 is NotOfferedError."""
    route = ROUTES[name]
    try:
        return core.request(route.method, route.url(**path_params), params=params,
                            json_body=body, files=files, data=data)
    except errors.ApiError as exc:
        _raise_not_offered(name, exc)
        raise


def _raise_not_offered(name: str, exc: errors.ApiError) -> None:
    """Raise NotOfferedError for a legacy/extension route's 404/405; else return."""
    route: Route = ROUTES[name]
    if route.documented or exc.status not in (404, 405):
        return
    raise errors.NotOfferedError(
        translate("sync", "This PassEntry account does not offer {what}").format(
            what=route.what or name),
        route=name, status=exc.status, detail=exc.detail, method=exc.method,
        path=exc.path) from exc


class ResourceGroup(Endpoint[R]):
    """Base of ``client.entities``, ``client.events`` ...: list, pages, iterate, get."""

    def _list_params(self, **filters: Any) -> dict[str, Any]:
        if filters:
            raise TypeError(f"{self.PREFIX} lists take no filters, got {sorted(filters)}")
        return {}

    def list(self, *, page: int = 1, per_page: int = DEFAULT_PER_PAGE, **filters: Any) -> Page[R]:
        params = {**self._list_params(**filters), "page": page, "perPage": per_page}
        name = f"{self.PREFIX}.list"
        try:
            return fetch_page(self._core, ROUTES[name].path, params, self.KIND,
                              type(self).NORMALIZE)
        except errors.ApiError as exc:
            _raise_not_offered(name, exc)
            raise

    def pages(self, *, per_page: int = DEFAULT_PER_PAGE, start_page: int = 1,
              **filters: Any) -> Iterator[Page[R]]:
        name = f"{self.PREFIX}.list"
        pages = iter_pages(self._core, ROUTES[name].path, self._list_params(**filters),
                           self.KIND, per_page=per_page, start_page=start_page,
                           normalize=type(self).NORMALIZE)
        try:
            yield from pages
        except errors.ApiError as exc:
            _raise_not_offered(name, exc)
            raise

    def iter(self, *, per_page: int = DEFAULT_PER_PAGE, **filters: Any) -> Iterator[R]:
        for page in self.pages(per_page=per_page, **filters):
            yield from page.records

    def get(self, record_id: str) -> R:
        return self._one(self._call("get", id=record_id))
