"""Messages of the desktop reminders' settings (planner/services/reminders.py) in fi, sv and
en. ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

REMINDER_MESSAGES: dict[str, dict[str, str]] = {
    "validation.reminder_range": {
        "fi": "Arvon on oltava {minimum}–{maximum}.",
        "sv": "Värdet ska vara {minimum}–{maximum}.",
        "en": "The value must be {minimum}–{maximum}.",
    },
}
