"""passdesk: desktop app for PassEntry wallet passes."""

__version__ = "0.1.0"
