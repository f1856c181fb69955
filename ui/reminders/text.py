"""A reminder in words, in the UI's language: a summary line (what and when) and a body (the
client as the naming setting allows, and the title only when the settings allow it)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from planner.services.reminders import (
    ACTION_DUE,
    ACTION_OVERDUE,
    FOLLOWUP,
    MEETING,
    PLAN_REVIEW,
    REQUEST_OVERDUE,
    Reminder,
)
from ui.formatting import date_text, datetime_text

CONTEXT = "Reminders"


def summary(reminder: Reminder, today: date) -> str:
    due = reminder.due
    when = datetime_text(due) if isinstance(due, datetime) else date_text(due)
    translate = QCoreApplication.translate
    if reminder.kind == ACTION_OVERDUE:
        text = translate("Reminders", "Action overdue: it was due {0}")
    elif reminder.kind == REQUEST_OVERDUE:
        text = translate("Reminders", "Information request overdue: the answer was due {0}")
    elif reminder.kind == ACTION_DUE:
        text = translate("Reminders", "Action due {0}")
    elif reminder.kind == MEETING:
        text = translate("Reminders", "Meeting starts {0}")
    elif reminder.kind == FOLLOWUP:
        text = translate("Reminders", "Follow-up meeting {0}")
    elif reminder.kind == PLAN_REVIEW and not isinstance(due, datetime) and due < today:
        text = translate("Reminders", "Plan review overdue: it was due {0}")
    else:
        assert reminder.kind == PLAN_REVIEW
        text = translate("Reminders", "Plan review due {0}")
    return text.format(when)


def body(reminder: Reminder) -> str:
    parts = []
    if reminder.client:
        parts.append(QCoreApplication.translate("Reminders", "Client: {0}")
                     .format(reminder.client))
    if reminder.title:
        parts.append(reminder.title)
    return " · ".join(parts) or QCoreApplication.translate("Reminders",
                                                           "Open Verkosto to see it.")


def more(count: int) -> tuple[str, str]:
    """The one notification for the reminders beyond the first few of one check."""
    return (QCoreApplication.translate("Reminders", "More reminders: {0}").format(count),
            QCoreApplication.translate("Reminders", "See them on the home view."))
