"""The Settings pane: server, key, entity, and the venue hub."""
