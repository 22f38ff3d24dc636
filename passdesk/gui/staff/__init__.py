"""The Staff pane: what this desk may do, the people with PINs, the audit trail."""
