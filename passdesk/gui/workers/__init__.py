"""Leaving and coming back to the UI thread: tasks, one read at a time, the sync bridge."""
