"""See cryptography/__init__.py: a stand-in for the Linux bundle."""
