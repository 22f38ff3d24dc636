"""A local PassEntry-compatible API server with demo data and fault injection.

The desktop app's demo mode and the integration tests talk to it over real
loopback HTTP. Start one with ``SandboxServer().start()`` (background
thread) or ``serve(host, port)`` (blocking, for ``passdesk sandbox``).
"""

from passdesk.sandbox.server import SandboxServer, serve

__all__ = ["SandboxServer", "serve"]
