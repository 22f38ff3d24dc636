"""Many reader clients at once against a running hub: the load test and bench_hub.py."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import statistics
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import httpx

from passdesk.store.database import Database

PASS_COLUMNS = ("id", "ext_id", "barcode_value", "status", "template_id", "template_name",
                "display_name", "created_at", "attributes")


def build_store(path: Path, passes: int, *, seed: int = 7) -> list[str]:
    """A venue store of ``passes`` synthetic tickets; returns their barcodes."""
    Database.open(f"sqlite:///{path}").close()  # schema by the migrations
    rng = random.Random(seed)
    barcodes = []
    con = sqlite3.connect(path)
    created = datetime(2026, 1, 1)
    sql = (f"INSERT INTO passes ({', '.join(PASS_COLUMNS)}) "  # noqa: S608 - our own names
           f"VALUES ({', '.join('?' * len(PASS_COLUMNS))})")
    for start in range(0, passes, 20_000):
        batch = []
        for n in range(start, min(passes, start + 20_000)):
            barcode = f"TKT-{rng.getrandbits(48):012X}"
            barcodes.append(barcode)
            batch.append((f"{rng.getrandbits(160):040x}", f"crm-{n:08d}", barcode, "active",
                          "t1", "Ticket", f"Guest {n}",
                          (created + timedelta(seconds=n)).isoformat(" "), "{}"))
        con.executemany(sql, batch)
        con.commit()
    con.execute("ANALYZE")
    con.commit()
    con.close()
    return barcodes


def reader_requests(barcodes: list[str], count: int, *, seed: int = 11) -> list[dict]:
    """A venue's mix: PassEntry readers and VTAPs, known codes mostly, some strangers."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        value = rng.choice(barcodes) if rng.random() < 0.9 else f"UNKNOWN-{n}"
        if n % 2:
            out.append({"scan": {"scanValue": value, "readerId": f"CC{n % 7:06d}",
                                 "readerType": "VTAP", "scanData": {"passtype": "A"}}})
        else:
            out.append({"scan": {"scanValue": value, "readerId": f"gate-{n % 5}",
                                 "scanType": "qr"}})
    return out


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.errors)

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if q == 50:
            return statistics.median(ordered)
        return ordered[min(len(ordered) - 1, int(len(ordered) * q / 100))]


async def _together(clients: list[Coroutine[object, object, None]], ready: list[int],
                    start: asyncio.Event, result: LoadResult) -> LoadResult:
    """Run the clients; once each has connected (``ready``), start them at once and time it."""
    tasks = [asyncio.create_task(client) for client in clients]
    while len(ready) < len(tasks) and not any(t.done() for t in tasks):
        await asyncio.sleep(0.01)
    began = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    result.elapsed_s = time.perf_counter() - began
    return result


def drive(base_url: str, token: str, requests: list[dict], *, clients: int) -> LoadResult:
    """Send ``requests`` from ``clients`` concurrent clients (one connection each).

    The clients are asyncio tasks in one event loop: threads would measure the
    client process's GIL hand-offs as much as the hub.
    """
    return asyncio.run(_drive(base_url, token, requests, clients))


async def _drive(base_url: str, token: str, requests: list[dict], clients: int) -> LoadResult:
    result = LoadResult()
    chunks = [requests[n::clients] for n in range(clients)]
    start = asyncio.Event()
    ready: list[int] = []

    async def client(chunk: list[dict]) -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=30, headers={
                "Authorization": f"Bearer {token}"}) as http:
            await http.get("/health")  # connect before the clock starts
            ready.append(1)
            await start.wait()
            for body in chunk:
                began = time.perf_counter()
                try:
                    response = await http.post("/validate", json=body)
                    ok = response.status_code == 200 and response.json()[
                        "validationResponse"]["status"] in ("success", "failed")
                except (httpx.HTTPError, ValueError, KeyError) as exc:
                    result.errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                if ok:
                    result.latencies_ms.append((time.perf_counter() - began) * 1000)
                else:
                    result.errors.append(f"HTTP {response.status_code}: {response.text[:200]}")

    return await _together([client(chunk) for chunk in chunks], ready, start, result)


def drive_raw(base_url: str, token: str, requests: list[dict], *,
              clients: int) -> LoadResult:
    """As ``drive``, with a minimal HTTP/1.1 keep-alive client (like wrk) instead of httpx.

    httpx costs the client more CPU per request than the hub spends answering it;
    on a 2-core machine a client that slow measures itself. This one writes the
    request bytes and reads the status line, headers and Content-Length body.
    """
    return asyncio.run(_drive_raw(base_url, token, requests, clients))


async def _drive_raw(base_url: str, token: str, requests: list[dict],
                     clients: int) -> LoadResult:
    url = httpx.URL(base_url)
    result = LoadResult()
    start = asyncio.Event()
    ready: list[int] = []

    def encoded(body: dict) -> bytes:
        data = json.dumps(body).encode()
        return (f"POST /validate HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode() + data

    async def client(chunk: list[bytes]) -> None:
        reader, writer = await asyncio.open_connection(url.host, url.port)
        ready.append(1)
        await start.wait()
        try:
            for request in chunk:
                began = time.perf_counter()
                writer.write(request)
                await writer.drain()
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                body = json.loads(await reader.readexactly(length))
                if status == 200 and body["validationResponse"]["status"] in (
                        "success", "failed"):
                    result.latencies_ms.append((time.perf_counter() - began) * 1000)
                else:
                    result.errors.append(f"HTTP {status}: {body}")
        except (OSError, asyncio.IncompleteReadError, ValueError, KeyError,
                StopIteration) as exc:
            result.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            writer.close()

    chunks = [[encoded(body) for body in requests[n::clients]] for n in range(clients)]
    return await _together([client(chunk) for chunk in chunks], ready, start, result)
