"""A local stand-in for the PassEntry API, with demo data and fault injection.

It follows ``../shared/api/PASSENTRY-API.md`` (its own route table in
``routes.py``, the §15 choices in ``decisions.py``), not our client. The
desktop app's demo mode and the integration tests talk to it over real
loopback HTTP. Start one with ``SandboxServer().start()`` (background
thread) or ``serve(host, port)`` (blocking, for ``passdesk sandbox``);
``strict=True`` (``--strict``, ``PASSDESK_SANDBOX_STRICT=1``) answers only
the documented routes.
"""

from passdesk.sandbox.server import SandboxServer, serve

__all__ = ["SandboxServer", "serve"]
