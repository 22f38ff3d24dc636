"""The Events pane: list, create and edit events."""
