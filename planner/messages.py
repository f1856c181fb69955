"""Translated texts of the messages the core reports (fi first, then sv and en).

The UI and the CLI both show these; a test checks that every code has all three languages and
that each translation keeps the English text's ``{placeholders}``.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from planner.config import LANG_ENV, LANGUAGES
from planner.formatting_types import Span
from planner.messages_agenda import AGENDA_MESSAGES
from planner.messages_audit import AUDIT_MESSAGES
from planner.messages_backup import BACKUP_MESSAGES
from planner.messages_calendar import CALENDAR_MESSAGES
from planner.messages_client_copy import CLIENT_COPY_MESSAGES
from planner.messages_commands import COMMAND_MESSAGES
from planner.messages_conflict import CONFLICT_MESSAGES
from planner.messages_desktop import DESKTOP_MESSAGES
from planner.messages_extract import EXTRACT_MESSAGES
from planner.messages_fhir import FHIR_MESSAGES
from planner.messages_followups import FOLLOWUP_MESSAGES
from planner.messages_income import INCOME_MESSAGES
from planner.messages_input import INPUT_MESSAGES
from planner.messages_labels import LABEL_MESSAGES
from planner.messages_log import LOG_MESSAGES
from planner.messages_mail import MAIL_MESSAGES
from planner.messages_meeting_types import MEETING_TYPE_MESSAGES
from planner.messages_output import OUTPUT_MESSAGES
from planner.messages_plan_diff import PLAN_DIFF_MESSAGES
from planner.messages_reminders import REMINDER_MESSAGES
from planner.messages_requests import REQUEST_MESSAGES
from planner.messages_scheduling import SCHEDULING_MESSAGES
from planner.messages_signing import SIGNING_MESSAGES
from planner.messages_store import STORE_MESSAGES
from planner.messages_team import TEAM_MESSAGES
from planner.messages_team_move import TEAM_MOVE_MESSAGES
from planner.messages_validation import VALIDATION_MESSAGES

# code -> {language: template}
CATALOG: dict[str, dict[str, str]] = {
    **STORE_MESSAGES,  # the store and its key
    **VALIDATION_MESSAGES,  # validation of what is typed or given
    **SCHEDULING_MESSAGES,  # the warnings beside a meeting and the scheduling rules
    **COMMAND_MESSAGES,  # the audit log's words and the headless commands' column headings
    **LABEL_MESSAGES,  # the labels of stored values
    **MAIL_MESSAGES,  # sending e-mail by SMTP
    **CALENDAR_MESSAGES,  # .ics files, CalDAV publishing, the last-resort error
}
CATALOG.update(SIGNING_MESSAGES)  # signed PDFs: certificate, signing, verifying
CATALOG.update(BACKUP_MESSAGES)  # backups, restore, key changes
CATALOG.update(AUDIT_MESSAGES)  # the audit log's chain and outside anchor
CATALOG.update(LOG_MESSAGES)  # the audit log in words
CATALOG.update(OUTPUT_MESSAGES)  # files written where asked: --out, backups, save dialogs
CATALOG.update(INPUT_MESSAGES)  # hostile input: forged answers, huge files and ids
CATALOG.update(DESKTOP_MESSAGES)  # install-desktop: the applications menu entry and icons
CATALOG.update(EXTRACT_MESSAGES)  # the client's log extract
CATALOG.update(MEETING_TYPE_MESSAGES)  # meeting types and their files
CATALOG.update(AGENDA_MESSAGES)  # the agenda's carried-over actions
CATALOG.update(FOLLOWUP_MESSAGES)  # a meeting's type, the sickness-allowance start date
CATALOG.update(REMINDER_MESSAGES)  # reminder e-mails to other agencies' people
CATALOG.update(PLAN_DIFF_MESSAGES)  # what changed between two versions of a plan
CATALOG.update(CLIENT_COPY_MESSAGES)  # the client's own copy and the plan PDF
CATALOG.update(INCOME_MESSAGES)  # income effects known beforehand (tulovaikutus)
CATALOG.update(REQUEST_MESSAGES)  # information requests between agencies
CATALOG.update(FHIR_MESSAGES)  # the FHIR R4 export and its import
CATALOG.update(TEAM_MESSAGES)  # the team store on a PostgreSQL server
CATALOG.update(TEAM_MOVE_MESSAGES)  # moving a local store into the team store
CATALOG.update(CONFLICT_MESSAGES)  # two people, one record: a save over someone else's


def current_language() -> str:
    """The language for messages: ``$VERKOSTO_LANG``, else the locale's, else Finnish."""
    for variable in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
        if variable == LANG_ENV and value:
            break
    return "fi"


def translate(code: str, language: str | None = None, /, **params: object) -> str:
    """The text of ``code`` in ``language`` with ``params`` filled in."""
    texts = CATALOG.get(code)
    if texts is None:
        return code
    language = language or current_language()
    template = texts.get(language) or texts["en"]
    return template.format(**_localised(params, language))


def _localised(params: dict[str, object], language: str) -> dict[str, object]:
    """Dates, times and numbers given as values are written the language's way (issue 13)."""
    if not any(isinstance(v, (date, time, float, Span)) for v in params.values()):
        return params
    from planner import formatting  # Babel, only when a message has a date in it

    def shown(value: object) -> object:
        if isinstance(value, Span):
            return formatting.format_time_span(value.start, value.end, language, compact=True)
        if isinstance(value, datetime):
            return formatting.format_datetime(value, language, weekday=False)
        if isinstance(value, date):
            return formatting.format_date(value, language)
        if isinstance(value, time):
            return formatting.format_time(value, language)
        if isinstance(value, float):
            return formatting.format_number(value, language)
        return value

    return {name: shown(value) for name, value in params.items()}


def label(group: str, value: object, language: str | None = None) -> str:
    """The translated label of a stored value, e.g. ``label("meeting_status", "held")``."""
    return translate(f"label.{group}.{getattr(value, 'value', value)}", language)
