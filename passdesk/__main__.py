"""``python -m passdesk`` is the ``passdesk`` command."""

from passdesk.cli import main

raise SystemExit(main())
