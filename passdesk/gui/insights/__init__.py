"""Insights: how the night is going at the doors, live: figures, charts, conflicts."""
