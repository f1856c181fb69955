"""Dates, times and numbers in the reader's language (issue 13, defect 5): planner.formatting,
and the same meeting shown in fi, sv and en by the calendar page, the client's log, the invite
mail and the CLI. The PDF summary's three languages: tests/test_pdf_summary.py."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from exports.ical.export import write_invites
from exports.ical.texts import when
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.formatting import (
    format_date,
    format_datetime,
    format_long_date,
    format_number,
    format_time,
    format_time_span,
    weekday_names,
)
from planner.formatting_types import Span
from planner.messages import translate
from planner.services import Planner
from tests.conftest import PASSPHRASE
from tests.support import ical
from tests.support.cli import command_environment, run
from ui import i18n
from ui.shell.main_window import MainWindow

TZ = ZoneInfo("Europe/Helsinki")
MOMENT = datetime(2026, 12, 8, 11, 0, tzinfo=UTC)  # ti 8.12.2026 klo 13.00 in Helsinki
LANGUAGES = ("fi", "sv", "en")


# --- the one place ---------------------------------------------------------------------------
def test_one_moment_in_each_language() -> None:
    assert [format_datetime(MOMENT, lang) for lang in LANGUAGES] == [
        "ti 8.12.2026 klo 13.00",  # as Finnish documents write it (the issue's own example)
        "tis 8.12.2026 kl. 13.00",  # Finland-Swedish: day first, "kl.", a full stop
        "Tue 8 Dec 2026, 13:00"]  # English in Finland: day first, 24 hours, the month named
    assert [format_date(MOMENT, lang) for lang in LANGUAGES] == [
        "8.12.2026", "8.12.2026", "8 Dec 2026"]
    assert [format_long_date(MOMENT, lang) for lang in LANGUAGES] == [
        "tiistai 8.12.2026", "tisdag 8.12.2026", "Tuesday 8 December 2026"]
    assert [format_time(time(9, 5), lang) for lang in LANGUAGES] == ["9.05", "9.05", "09:05"]


def test_an_english_date_cannot_be_read_month_first() -> None:
    """8.12. is December in Finland and August in the US: English names the month."""
    for day in (date(2026, 12, 8), date(2026, 8, 12), date(2026, 1, 2)):
        shown = format_date(day, "en")
        assert "/" not in shown and "." not in shown
        assert shown.split()[1] in {"Dec", "Aug", "Jan"}


def test_weekday_names_start_on_monday() -> None:
    """For a week grid's headers (the Finnish week starts on Monday in every language)."""
    assert weekday_names("fi", short=True)[:2] == ("ma", "ti")
    assert weekday_names("sv")[0] == "måndag" and weekday_names("en")[6] == "Sunday"


def test_an_unknown_language_falls_back_to_finnish() -> None:
    assert format_datetime(MOMENT, "de") == "ti 8.12.2026 klo 13.00"


@pytest.mark.parametrize(("utc", "shown"), [
    # the last Sunday of March 2027: clocks go from 3.00 to 4.00 (UTC+2 → UTC+3)
    (datetime(2027, 3, 27, 7, 0, tzinfo=UTC), "la 27.3.2027 klo 9.00"),
    (datetime(2027, 3, 28, 6, 0, tzinfo=UTC), "su 28.3.2027 klo 9.00"),
    (datetime(2027, 3, 28, 0, 59, tzinfo=UTC), "su 28.3.2027 klo 2.59"),
    (datetime(2027, 3, 28, 1, 0, tzinfo=UTC), "su 28.3.2027 klo 4.00"),
    # the last Sunday of October 2026: 4.00 back to 3.00, so 3.30 comes twice
    (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "su 25.10.2026 klo 3.30"),
    (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "su 25.10.2026 klo 3.30"),
    (datetime(2026, 10, 26, 7, 0, tzinfo=UTC), "ma 26.10.2026 klo 9.00"),
])
def test_clock_changes_show_the_helsinki_wall_time(utc: datetime, shown: str) -> None:
    assert format_datetime(utc, "fi") == shown


def test_a_meeting_across_the_autumn_change_keeps_its_wall_times() -> None:
    """9.00–10.00 on 25.10.2026 (after the change, UTC+2) and 9.00–10.00 the day before
    (UTC+3) are both 9.00–10.00, whatever their UTC hours."""
    before = (datetime(2026, 10, 24, 6, 0, tzinfo=UTC), datetime(2026, 10, 24, 7, 0, tzinfo=UTC))
    after = (datetime(2026, 10, 25, 7, 0, tzinfo=UTC), datetime(2026, 10, 25, 8, 0, tzinfo=UTC))
    assert format_time_span(*before, "en") == "24 Oct 2026, 09:00–10:00"
    assert format_time_span(*after, "sv") == "25.10.2026 kl. 9.00–10.00"
    overnight = (datetime(2026, 12, 8, 20, 0, tzinfo=UTC), datetime(2026, 12, 8, 23, 0, tzinfo=UTC))
    assert format_time_span(*overnight, "fi") == "8.12.2026 klo 22.00–9.12.2026 klo 1.00"


def test_numbers_have_the_language_s_decimal_separator() -> None:
    assert [format_number(1.5, lang) for lang in LANGUAGES] == ["1,5", "1,5", "1.5"]
    assert format_number(1234.5, "fi", decimals=2) == "1\xa0234,50"  # no-break space groups
    assert format_number(1234.5, "en", decimals=2) == "1,234.50"
    assert format_number(3, "sv", decimals=0) == "3"


def test_messages_write_their_dates_in_their_language() -> None:
    """A message given a date, time or meeting span writes it the reader's way, so a
    validation or scheduling message in English does not carry a Finnish date."""
    assert translate("validation.hetu_birth_date_mismatch", "en",
                     expected=date(1952, 10, 13)).endswith("(13 Oct 1952).")
    assert "(13.10.1952)" in translate("validation.hetu_birth_date_mismatch", "sv",
                                       expected=date(1952, 10, 13))
    span = Span(datetime(2026, 12, 1, 7, 0, tzinfo=UTC), datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    assert translate("warning.conflict", "en", name="A", title="T", time=span,
                     meeting_id=1).endswith("T (1 Dec 2026 09:00–10:00).")
    assert translate("warning.conflict", "fi", name="A", title="T", time=span,
                     meeting_id=1).endswith("T (1.12.2026 9.00–10.00).")
    hours = translate("warning.outside_working_hours", "en", start=time(8), end=time(16))
    assert "08:00" in hours and "16:00" in hours


# --- the same meeting everywhere -------------------------------------------------------------
def test_the_calendar_page_in_three_languages(window: MainWindow, qtbot: QtBot) -> None:
    """The week grid of a pinned week (the demo's follow-up meeting, 4.12.2026): its block's
    times, the day's heading and the period line in each language. Read from the grid, not
    from the upcoming list, so it holds after that day has passed."""
    calendar = window.calendar
    calendar.week_mode.setChecked(True)
    calendar.anchor = date(2026, 12, 4)
    shown: dict[str, tuple[str, str, str]] = {}

    def follow_up() -> object:
        return next((b for b in calendar.grid.blocks
                     if b.meeting.title == "Seurantaneuvottelu"), None)

    for language in LANGUAGES:
        i18n.install(language)
        calendar.grid.clear()
        calendar.refresh()
        qtbot.waitUntil(lambda: follow_up() is not None, timeout=10_000)
        block = follow_up()
        day = block.meeting.start.astimezone(TZ).date()  # type: ignore[attr-defined]
        heading = next(label.text() for label in calendar.grid.day_labels
                       if label.text().startswith(day_heading_of(day, language)))
        shown[language] = (block.when, heading, calendar.period.text())  # type: ignore[attr-defined]
    start = follow_up().meeting.start.astimezone(TZ)  # type: ignore[attr-defined]
    end = follow_up().meeting.end.astimezone(TZ)  # type: ignore[attr-defined]
    assert shown["fi"][0] == f"{start.hour}.{start.minute:02d}–{end.hour}.{end.minute:02d}"
    assert shown["en"][0] == (f"{start.hour:02d}:{start.minute:02d}–"
                              f"{end.hour:02d}:{end.minute:02d}")
    assert shown["fi"][1].startswith("pe 4.12.2026")
    assert shown["sv"][1].startswith("fre 4.12.2026")
    assert shown["en"][1].startswith("Fri 4 Dec 2026")
    assert shown["fi"][2] == "Viikko 49: 30.11.2026 – 6.12.2026"
    assert shown["en"][2] == "Week 49: 30 Nov 2026 – 6 Dec 2026"


def day_heading_of(day: date, language: str) -> str:
    from planner.formatting import format_date

    return format_date(day, language, weekday=True)


def test_the_client_s_log_in_three_languages(qapp: object) -> None:
    from ui.clients.models import AuditTableModel

    entry = AuditEntry(id=1, at=MOMENT, user="Sari Äijälä", client_id=1,
                       action=AuditAction.EXPORT, entity="meeting_summary", prev_hash="0",
                       entry_hash="1")
    model = AuditTableModel()
    model.set_rows([entry])
    times = []
    for language in LANGUAGES:
        i18n.install(language)
        times.append(model.data(model.index(0, AuditTableModel.TIME)))
    assert times == ["ti 8.12.2026 klo 13.00", "tis 8.12.2026 kl. 13.00",
                     "Tue 8 Dec 2026, 13:00"]


def test_the_invite_mail_says_the_time_in_its_language(planner: Planner, tmp_path: Path) -> None:
    """A meeting on the day the clocks go forward (28.3.2027) at 9.00 Helsinki time."""
    ical.organizer(planner)
    client = ical.client(planner)
    meeting_id = ical.meeting(planner, client.id or 0,
                              start=datetime(2027, 3, 28, 9, 0, tzinfo=TZ),
                              end=datetime(2027, 3, 28, 10, 30, tzinfo=TZ))
    lines = {}
    for language in LANGUAGES:
        written = write_invites(planner, meeting_id, tmp_path / language, language=language,
                                now=datetime(2026, 12, 3, 8, 0, tzinfo=UTC))
        message = email.message_from_bytes(written.emails["larisa@example.ru"].read_bytes(),
                                           policy=email.policy.default)
        body = message.get_body(("plain",))
        assert body is not None
        lines[language] = next(line for line in body.get_content().splitlines()
                               if line.startswith(("Aika:", "Tid:", "Time:")))
    assert lines == {"fi": "Aika: su 28.3.2027 9.00–10.30",
                     "sv": "Tid: sön 28.3.2027 9.00–10.30",
                     "en": "Time: Sun 28 Mar 2027 09:00–10:30"}


def test_the_invite_text_reads_an_utc_start_in_helsinki_time() -> None:
    start, end = datetime(2026, 10, 25, 7, 0, tzinfo=UTC), datetime(2026, 10, 25, 8, 0, tzinfo=UTC)
    assert when(start, end, "fi") == "su 25.10.2026 9.00–10.00"


def test_the_cli_prints_dates_in_its_language(planner: Planner, data_dir: Path) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    ical.meeting(planner, client.id or 0, start=datetime(2026, 12, 8, 13, 0, tzinfo=TZ),
                 end=datetime(2026, 12, 8, 14, 0, tzinfo=TZ))
    planner.close()
    printed = {lang: run(["meetings", "--all", "--data-dir", str(data_dir)],
                         command_environment(lang, {"VERKOSTO_PASSPHRASE": PASSPHRASE}))
               for lang in ("fi", "en")}
    assert printed["fi"].returncode == 0, printed["fi"].stderr
    assert "8.12.2026 13.00" in printed["fi"].stdout
    assert "8 Dec 2026 13:00" in printed["en"].stdout
    assert "8.12.2026" not in printed["en"].stdout


@pytest.mark.parametrize(("language", "shown"), [
    ("fi", "päättyy klo 14.30 (1,5 h)"), ("sv", "slutar kl. 14.30 (1,5 h)"),
    ("en", "ends at 14:30 (1.5 h)")])
def test_the_meeting_editor_s_duration_in_hours(qtbot: QtBot, language: str, shown: str) -> None:
    """The end time and the length in hours beside the minutes: a decimal comma in Finnish
    and Swedish, a point in English, and the date and time fields in the language's form."""
    from PySide6.QtCore import QDate, QTime

    from ui.meetings.details_form import MeetingDetailsForm

    i18n.install(language)
    form = MeetingDetailsForm([])
    qtbot.addWidget(form)
    form.date.setDate(QDate(2026, 12, 8))
    form.time.setTime(QTime(13, 0))
    form.minutes.setValue(90)
    assert form.ends.text() == shown
    assert form.date.text() == {"en": "8 Dec 2026"}.get(language, "8.12.2026")
    assert form.time.text() == {"en": "13:00"}.get(language, "13.00")


def test_the_log_anchor_and_a_signing_time_in_each_language() -> None:
    """`verkosto audit --verify` and `verkosto verify` spoke Finnish dates in English."""
    from exports.signing.report import signing_time_text
    from planner.errors import anchor_time

    at = anchor_time("2026-12-03T07:19:00.000000Z")
    assert translate("audit.anchor_ok", "en", id=3, at=at) == (
        "The log's outside anchor (entry 3, 3 Dec 2026, 09:19) matches the store.")
    assert "(merkintä 3, 3.12.2026 klo 9.19)" in translate("audit.anchor_ok", "fi", id=3, at=at)
    assert anchor_time("not a time") == "not a time"  # shown as it is, never a crash
    signed = datetime(2026, 11, 25, 12, 5, 9, tzinfo=UTC)
    assert [signing_time_text(signed, lang) for lang in LANGUAGES] == [
        "25.11.2026 klo 14.05.09", "25.11.2026 kl. 14.05.09", "25 Nov 2026, 14:05:09"]
