"""A read-only check of a PassEntry server: every GET the client knows, once.

``probe(client, entity_id)`` calls each documented GET (and the legacy and
sandbox-only ones, marked so) and reports for each: the HTTP status, whether
the answer parses into the typed records, and an outcome:

* ``ok`` - answered and parsed;
* ``not offered`` - a legacy or sandbox-only route answered 401/403/404/405,
  or a documented one answered 403 (a feature not enabled for the account);
  not an error: the desk works without it;
* ``skipped`` - the route needs an id no earlier answer gave ("skipped: no id");
* ``failed`` - anything else: a documented route that does not work.

Ids come from earlier answers: the first pass of the list (and its template),
the entity id from Settings (else the first entity of the legacy list), the
first scan, subscription, batch, image, event and reader. Nothing is written,
and the rows hold no secrets (paths are shown with ``{id}``, never the key).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from passdesk.api import errors
from passdesk.api.image_assets import unwrap_items
from passdesk.api.routes import ROUTES, Standing
from passdesk.core.jsonapi import parse_document
from passdesk.core.records import (
    Batch,
    Entity,
    Event,
    ImageAsset,
    Pass,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    Resource,
    Scan,
    WebhookSubscription,
    balance_from_api,
)
from passdesk.core.texts import translate

if TYPE_CHECKING:
    from passdesk.api.client import PassEntryClient

OK, NOT_OFFERED, SKIPPED, FAILED = "ok", "not offered", "skipped", "failed"

#: The pass type of loyalty cards: the loyalty route is tried on one of these.
LOYALTY_CARD = "storeCard"

#: Documented but deprecated: the template is also on /pass-templates/{id}.
_OPTIONAL_DOCUMENTED = frozenset({"templates.get_deprecated"})


@dataclass(frozen=True)
class ProbeRow:
    route: str            # route name, e.g. "passes.list"
    method: str
    path: str             # relative to /api/v1, placeholders kept: no ids
    standing: Standing
    outcome: str          # ok | not offered | skipped | failed
    status: int | None = None
    parses: bool | None = None
    detail: str = ""

    @property
    def failed(self) -> bool:
        return self.outcome == FAILED


@dataclass(frozen=True)
class _Probe:
    route: str
    kind: type[Resource]
    many: bool = False
    #: Which learnt id the path needs ("id" placeholder) and its name in words.
    needs: str | None = None
    #: Turns the typed result into the words shown (counts, never secrets).
    describe: Callable[[Any, Any], str] | None = None
    normalize: Callable[[Any], Any] | None = None


def _count(counted: Callable[[int], str]) -> Callable[[Any, Any], str]:
    """How many the list holds, as ``counted`` says it (one numerus message per noun)."""
    def describe(records: list[Resource], doc: Any) -> str:
        total = doc.page.total_count
        return counted(total if total is not None else len(records))
    return describe


def _loyalty(_record: Pass, doc: Any) -> str:
    loyalty = doc.meta.get("loyalty")
    balance = balance_from_api(loyalty.get("balance") if isinstance(loyalty, Mapping) else None)
    return "balance read" if balance is not None else "no balance in the answer"


def _template(record: PassTemplate, _doc: Any) -> str:
    return f"{record.shape} shape"


def _configuration(record: ReaderConfiguration, _doc: Any) -> str:
    vc = record.validation_configuration
    kind = vc.kind if vc is not None and not isinstance(vc, dict) else None
    return f"validation: {kind}" if kind else ""


PROBES: tuple[_Probe, ...] = (
    _Probe("passes.list", Pass, many=True,
           describe=_count(lambda n: translate("settings", "%Ln pass(es)", None, n))),
    _Probe("passes.get", Pass, needs="pass"),
    _Probe("loyalty.get", Pass, needs="loyalty pass", describe=_loyalty),
    _Probe("templates.get", PassTemplate, needs="template", describe=_template),
    _Probe("templates.get_deprecated", PassTemplate, needs="template", describe=_template),
    _Probe("entities.list", Entity, many=True,
           describe=_count(lambda n: translate("settings", "%Ln entit(y|ies)", None, n))),
    _Probe("entities.get", Entity, needs="entity"),
    _Probe("reader_configuration.get", ReaderConfiguration, needs="entity",
           describe=_configuration),
    _Probe("scans.list", Scan, many=True,
           describe=_count(lambda n: translate("settings", "%Ln scan(s)", None, n))),
    _Probe("scans.get", Scan, needs="scan"),
    _Probe("webhook_subscriptions.list", WebhookSubscription, many=True,
           describe=_count(lambda n: translate("settings", "%Ln subscription(s)", None, n))),
    _Probe("webhook_subscriptions.get", WebhookSubscription, needs="subscription"),
    _Probe("batches.list", Batch, many=True,
           describe=_count(lambda n: translate("settings", "%Ln batch(es)", None, n))),
    _Probe("batches.get", Batch, needs="batch"),
    _Probe("image_assets.list", ImageAsset, many=True,
           describe=_count(lambda n: translate("settings", "%Ln image(s)", None, n)),
           normalize=unwrap_items),
    _Probe("image_assets.get", ImageAsset, needs="image"),
    _Probe("templates.list", PassTemplate, many=True,
           describe=_count(lambda n: translate("settings", "%Ln template(s)", None, n))),
    _Probe("events.list", Event, many=True,
           describe=_count(lambda n: translate("settings", "%Ln event(s)", None, n))),
    _Probe("events.get", Event, needs="event"),
    _Probe("readers.list", Reader, many=True,
           describe=_count(lambda n: translate("settings", "%Ln reader(s)", None, n))),
    _Probe("readers.get", Reader, needs="reader"),
)

#: Which id each list's first record gives to the probes after it.
_LEARNS = {"passes.list": "pass", "entities.list": "entity", "scans.list": "scan",
           "webhook_subscriptions.list": "subscription", "batches.list": "batch",
           "image_assets.list": "image", "events.list": "event", "readers.list": "reader"}


def probe(client: PassEntryClient, entity_id: str | None = None) -> list[ProbeRow]:
    """One row per GET route, in a fixed order; never raises an ApiError."""
    ids: dict[str, str] = {}
    if entity_id and entity_id.strip():
        ids["entity"] = entity_id.strip()
    rows = []
    for spec in PROBES:
        row, records = _run(client, spec, ids)
        rows.append(row)
        _learn(spec.route, records, ids)
    return rows


def _learn(route: str, records: list[Resource], ids: dict[str, str]) -> None:
    if not records:
        return
    noun = _LEARNS.get(route)
    if noun and noun not in ids:
        ids[noun] = records[0].id
    if route == "passes.list":
        first = records[0]
        if isinstance(first, Pass) and first.pass_template_uuid:
            ids.setdefault("template", first.pass_template_uuid)
        for record in records:
            if isinstance(record, Pass) and record.pass_type == LOYALTY_CARD:
                ids.setdefault("loyalty pass", record.id)
                break


def _run(client: PassEntryClient, spec: _Probe,
         ids: dict[str, str]) -> tuple[ProbeRow, list[Resource]]:
    route = ROUTES[spec.route]
    base = ProbeRow(spec.route, route.method, route.path, route.standing, SKIPPED)
    params: dict[str, str] = {}
    if spec.needs is not None:
        if spec.needs not in ids:
            why = "skipped: no entity ID (Settings, or --entity)" if spec.needs == "entity" \
                else "skipped: no id"
            return _with(base, detail=why), []
        key = "entity_id" if "{entity_id}" in route.path else "id"
        params[key] = ids[spec.needs]
    query = {"page": 1, "perPage": 5} if spec.many else None
    try:
        response = client._core.request(route.method, route.url(**params), params=query)
    except errors.NetworkError as exc:
        return _with(base, outcome=FAILED, detail=exc.message), []
    except errors.ApiError as exc:
        return _refused(base, spec.route, exc), []
    body = spec.normalize(response.body) if spec.normalize else response.body
    try:
        doc = parse_document(body)
        records = doc.many() if spec.many else [doc.one()]
        if not all(isinstance(r, spec.kind) for r in records):
            raise ValueError(f"expected {spec.kind.TYPE} records")
        detail = spec.describe(records if spec.many else records[0], doc) \
            if spec.describe else ""
    except (ValueError, errors.ApiError) as exc:
        return _with(base, outcome=FAILED, status=response.status, parses=False,
                     detail=f"answer does not parse: {exc}"), []
    return _with(base, outcome=OK, status=response.status, parses=True, detail=detail), records


def _refused(base: ProbeRow, name: str, exc: errors.ApiError) -> ProbeRow:
    optional = base.standing is not Standing.DOCUMENTED or name in _OPTIONAL_DOCUMENTED
    lacking = exc.status in (401, 403, 404, 405) if optional else exc.status == 403
    if lacking:
        return _with(base, outcome=NOT_OFFERED, status=exc.status, detail="not offered")
    said = f": {exc.detail}" if exc.detail else ""
    return _with(base, outcome=FAILED, status=exc.status, detail=f"{exc.message}{said}"[:120])


def _with(row: ProbeRow, **changes: Any) -> ProbeRow:
    return ProbeRow(**{**row.__dict__, **changes})


# --- words ---------------------------------------------------------------------------


def summary(rows: list[ProbeRow]) -> str:
    """Documented routes first (work / failed / not offered / skipped), then the others.

    The counts of each part add up to its total, so a reader of a bug report
    can tell a broken documented route from a legacy one the account lacks.
    """
    documented = [r for r in rows if r.standing is Standing.DOCUMENTED]
    others = [r for r in rows if r.standing is not Standing.DOCUMENTED]

    def count(part: list[ProbeRow], outcome: str) -> int:
        return sum(1 for r in part if r.outcome == outcome)

    text = f"{count(documented, OK)} of {len(documented)} documented reads work"
    for outcome, words in ((FAILED, "failed"), (NOT_OFFERED, "not offered by this account"),
                           (SKIPPED, "skipped (no id to try)")):
        if count(documented, outcome):
            text += f", {count(documented, outcome)} {words}"
    if others:
        text += (f"; legacy and sandbox-only: {count(others, OK)} of {len(others)} answer, "
                 f"{count(others, NOT_OFFERED)} not offered")
        if count(others, SKIPPED):
            text += f", {count(others, SKIPPED)} skipped"
    return text


def report(base_url: str, rows: list[ProbeRow]) -> str:
    """What ``passdesk check --api`` prints: a header, the table, the summary."""
    from passdesk import __version__

    return "\n".join((f"PassEntry API check of {base_url} (passdesk {__version__})",
                      table(rows), summary(rows)))


def table(rows: list[ProbeRow]) -> str:
    """A plain-text table to paste into a bug report (no key, no ids)."""
    head = ("Route", "Standing", "Status", "Parses", "Result")
    lines = [(f"{r.method} {r.path}", str(r.standing), str(r.status or "-"),
              {True: "yes", False: "no", None: "-"}[r.parses],
              r.detail if r.outcome != OK or r.detail else "ok") for r in rows]
    widths = [max(len(x[i]) for x in (head, *lines)) for i in range(4)]
    out = []
    for cells in (head, *lines):
        out.append("  ".join(c.ljust(w) for c, w in zip(cells[:4], widths, strict=True))
                   + "  " + cells[4])
    return "\n".join(line.rstrip() for line in out)
