"""What the frozen ``passdesk`` executable runs (PyInstaller needs a script)."""

from passdesk.cli import main

raise SystemExit(main())
