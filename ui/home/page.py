"""The home view (Etusivu), opened first after unlock: today's and this week's meetings, my
overdue and soon-due actions, follow-up points and plan reviews coming due, and answers to
invites. Read in one go (planner.services.home); each item opens its place in one click.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.messages import label, translate
from planner.services.home import HomeAction, HomeContent, HomeMeeting, HomeReview
from planner.services.information_requests import RequestRow
from ui import i18n
from ui.formatting import TZ, date_text, datetime_text, time_text
from ui.home.section import Section
from ui.operations import TaskRunner
from ui.shell.page import Page

MEETING, CLIENT, ACTION = "meeting", "client", "action"
REQUEST = "request"  # the id is the client's: the workspace opens on its requests


class HomePage(Page):
    WATCHES = frozenset({"meeting", "participant", "agreed_action", "client_plan",
                         "plan_version", "client", "user_profile", "professional",
                         "information_request"})

    opened = Signal(str, int)  # (MEETING | CLIENT | ACTION, id): the window opens its place
    content_shown = Signal()  # the home is usable (the window then fills the other pages)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.content: HomeContent | None = None
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Home"))
        outer.addWidget(self.heading)
        self.me_note = QLabel()
        self.me_note.setWordWrap(True)
        self.me_note.hide()
        outer.addWidget(self.me_note)
        body = QWidget()
        grid = QGridLayout(body)
        self.today = Section(self.tr("Today"), self.tr("No meetings today."))
        self.week = Section(self.tr("Later this week"),
                            self.tr("No more meetings this week."))
        self.overdue = Section(self.tr("My overdue actions"), self.tr("Nothing overdue."))
        self.soon = Section(self.tr("My actions due within 7 days"),
                            self.tr("Nothing due in the next 7 days."))
        self.followups = Section(self.tr("Follow-ups coming due (30 days)"),
                                 self.tr("No follow-up points in the next 30 days."))
        self.reviews = Section(self.tr("Plan reviews coming due (30 days)"),
                               self.tr("No plan is due for review in the next 30 days."))
        self.answers = Section(self.tr("Answers to invites"),
                               self.tr("No answers yet to the invites of the meetings ahead."))
        self.sections = [self.today, self.week, self.overdue, self.soon, self.followups,
                         self.reviews, self.answers]
        for number, section in enumerate(self.sections):
            grid.addWidget(section, number // 2, number % 2)
            section.opened.connect(self._open)
        grid.setRowStretch(len(self.sections) // 2 + 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from list to list
        outer.addWidget(scroll, 1)

    def _open(self, target: object) -> None:
        if isinstance(target, tuple) and self.planner is not None:
            kind, ident = target
            self.opened.emit(kind, ident)

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.load(lambda planner: planner.home.content(), self.show_content,
                  self.tr("Loading the home view…"))

    def show_content(self, content: HomeContent) -> None:
        self.content = content
        self.heading.setText(self.tr("Today is {0}").format(_day(content)))
        self.me_note.setVisible(content.me_id is None)
        self.me_note.setText(self.tr(
            "Your own actions are shown once your profile (Settings) has the e-mail address "
            "of your entry in Agencies and people."))
        self.today.show_items([_meeting(m, clock_only=True) for m in content.today_meetings])
        self.week.show_items([_meeting(m) for m in content.week_meetings])
        self.overdue.show_items([_action(a, overdue=True) for a in content.overdue_actions]
                                + [_request(r, content.me_id) for r in content.overdue_requests])
        self.soon.show_items([_action(a) for a in content.soon_actions])
        self.followups.show_items(_followups(content))
        self.reviews.show_items([_review(r, content.today) for r in content.reviews])
        self.answers.show_items([
            (QCoreApplication.translate(
                "HomePage", "{0} yes, {1} maybe, {2} no, {3} not answered").format(
                a.accepted, a.tentative, a.declined, a.waiting)
             + f" · {datetime_text(a.meeting.start)} · {a.meeting.title} · "
               f"{a.meeting.client_name}",
             (MEETING, a.meeting.id), a.declined > 0) for a in content.answers])
        self.content_shown.emit()

    def clear(self) -> None:
        self.content = None
        self.heading.clear()
        self.me_note.hide()
        for section in self.sections:
            section.show_items([])


def _day(content: HomeContent) -> str:
    return date_text(content.today, weekday=True)


def _local_day(meeting: HomeMeeting) -> date:
    return meeting.start.astimezone(TZ).date()


def _followups(content: HomeContent) -> list[tuple[str, object, bool]]:
    """The follow-ups planned as meetings and the sickness-allowance points no meeting plans
    yet (these open the client, to plan them from a meeting), in date order."""
    language = i18n.current()
    items = [(_local_day(f.meeting), f"{date_text(_local_day(f.meeting))} · "
              f"{label('followup', f.code, language)} · {f.meeting.client_name}",
              (MEETING, f.meeting.id), False) for f in content.followups]
    for point in content.unplanned:
        late = point.latest < content.today
        day = date_text(point.proposed)
        # "not planned yet" beside the day, where a narrow list does not cut it off
        items.append((point.proposed, f"{_overdue(day) if late else day} "
                      f"({translate('label.followup_unplanned', language)}) · "
                      f"{label('followup', point.code, language)} · {point.client_name}",
                      (CLIENT, point.client_id), late))
    items.sort(key=lambda item: item[0])
    return [(text, target, marked) for _day, text, target, marked in items]


def _meeting(meeting: HomeMeeting, *, clock_only: bool = False) -> tuple[str, object, bool]:
    when = time_text(meeting.start) if clock_only else datetime_text(meeting.start)
    return (f"{when} · {meeting.title} · {meeting.client_name}", (MEETING, meeting.id), False)


def _action(action: HomeAction, *, overdue: bool = False) -> tuple[str, object, bool]:
    due = date_text(action.due_date)
    if overdue:
        due = _overdue(due)
    return (f"{due} · {action.description} · {action.client_name}", (ACTION, action.id),
            overdue)


def _request(request: RequestRow, me: int | None) -> tuple[str, object, bool]:
    """An overdue information request, with the overdue actions: whom it waits on — or, one
    I have to answer, who asked."""
    if request.receiving_professional_id is not None and request.receiving_professional_id == me:
        what = QCoreApplication.translate("HomePage", "Information request from {0}").format(
            request.requesting_person or request.requesting_agency)
    else:
        what = QCoreApplication.translate("HomePage", "Information request to {0}").format(
            request.receiving_person or request.receiving_agency)
    return (f"{_overdue(date_text(request.due_date))} · {what} · {request.client_name}",
            (REQUEST, request.client_id), True)


def _review(review: HomeReview, today: date) -> tuple[str, object, bool]:
    late = review.review_date < today
    day = date_text(review.review_date)
    status = label("plan_status", review.status, i18n.current())
    return (f"{_overdue(day) if late else day} · {review.title} · {review.client_name} · "
            f"{status}", (CLIENT, review.client_id), late)


def _overdue(day: str) -> str:
    return QCoreApplication.translate("HomePage", "{0} (overdue)").format(day)
