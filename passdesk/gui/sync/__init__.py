"""The Sync pane: the connection, the syncs and the outbox."""
