"""The Readers pane: PassEntry readers and the reader configuration."""
