"""Desktop reminders while the window runs (issue 14)."""
