"""The meeting editor: details, participants with inline warnings, notes and agreed actions.

The dialog is opened with ``open()`` (the event loop keeps running: locking still works). The
details and notes are saved with Save (a new meeting is created by the first Save, after which
actions can be added; participants chosen before it are written by it); participants and actions
of a saved meeting are written as they are added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import Agency, Client, Professional
from planner.domain.enums import MeetingMode, MeetingStatus
from planner.edit_conflict import meeting_snapshot, notes_snapshot
from planner.errors import ValidationFailed, VerkostoError
from planner.meeting_types import MeetingType
from planner.services import (
    ActionRow,
    CarriedAgenda,
    ClientRow,
    ConsentView,
    MeetingDetail,
    MeetingInput,
    MeetingWarning,
    Planner,
)
from planner.services.meeting_view import consent_coverage, meeting_warnings
from ui import i18n
from ui.formatting import window_title_text
from ui.meetings.actions import ActionsPanel
from ui.meetings.calendar_tab import MeetingCalendarTab
from ui.meetings.carried import CarriedPanel
from ui.meetings.details_form import MeetingDetailsForm
from ui.meetings.editor_scheduling import MeetingScheduling
from ui.meetings.editor_types import MeetingTypeStart
from ui.meetings.models import ParticipantLine
from ui.meetings.notes import NotesPanel
from ui.meetings.participants import ParticipantsPanel
from ui.meetings.schedule import ScheduleCheck
from ui.operations import TaskRunner
from ui.preferences import export_folder
from ui.widgets.edit_conflict import Choice, ask, save_or_settle
from ui.widgets.icons import icon
from ui.widgets.sizing import floor_size
from ui.widgets.style import style_sections
from ui.widgets.unsaved import settle

T = TypeVar("T")


class NotSaved(Exception):
    """A save stopped by a colleague's newer one (the user chose theirs or to keep editing)."""


def details_snapshot(data: MeetingInput, status: MeetingStatus) -> dict[str, object]:
    """The details form as the comparison reads it, stripped as the service stores it."""
    return meeting_snapshot(data.title.strip(), data.purpose.strip(), data.start, data.end,
                            data.location.strip(), (data.remote_link or "").strip() or None,
                            str(MeetingMode(data.mode)), str(status),
                            [item.strip() for item in data.agenda if item.strip()])


@dataclass(frozen=True)
class EditorBundle:
    """What the editor shows, read in one background task (the view is logged)."""

    detail: MeetingDetail | None
    client: Client | None
    agencies: list[Agency]
    people: list[Professional]
    actions: list[ActionRow]
    naming: str = "initials"  # how invites may name the client: the link warning follows it
    # a new meeting's client's consents: the warnings of participants chosen before Save
    consents: tuple[ConsentView, ...] = ()
    meeting_types: tuple[MeetingType, ...] = ()  # what a new meeting can start from
    carried: CarriedAgenda | None = None  # earlier meetings' open actions, goals for review

    @classmethod
    def load(cls, planner: Planner, meeting_id: int | None,
             client_id: int | None) -> EditorBundle:
        detail, actions, client, consents, types, carried = None, [], None, (), (), None
        types = tuple(planner.meeting_types.list())  # a new meeting's choice, a saved one's name
        if meeting_id is not None:
            detail = planner.meeting_details.get(meeting_id, purpose="meeting editor")
            client = detail.client
            actions = planner.actions.list(meeting_id=meeting_id)
            carried = planner.agendas.carried(meeting_id, purpose="meeting editor")
        elif client_id is not None:
            client = planner.clients.get(client_id, purpose="new meeting")
            consents = tuple(planner.consents.for_client(client_id))
        return cls(detail, client, planner.directory.agencies(),
                   planner.directory.professionals(), actions,
                   planner.profile.invite_client_naming(), consents, types, carried)


class MeetingEditor(MeetingScheduling, MeetingTypeStart, QDialog):
    saved = Signal(int)  # the meeting's id, after each Save and each agreed action recorded

    def __init__(self, runner: TaskRunner, planner: Planner, *, meeting_id: int | None = None,
                 client_id: int | None = None, clients: list[ClientRow] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.planner: Planner | None = planner
        self.meeting_id = meeting_id
        self.client_id = client_id
        self.bundle: EditorBundle | None = None
        self._gone = False  # closed: results still on their way are dropped
        self._clean: tuple[Any, ...] = ()
        # The revisions the forms were filled from (planner/services/revisions.py): what a
        # save expects. A reload that keeps what is typed leaves them, so a colleague's save
        # meanwhile is found at Save, never overwritten unseen. The note's own: 0, none yet.
        self.details_revision: int | None = None
        self.notes_revision: int | None = None
        self._take_stored: set[str] = set()  # "details", "notes": theirs chosen, refill
        floor_size(self, 820, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.details = MeetingDetailsForm(
            clients if meeting_id is None and client_id is None else None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which it shows
        scroll.setWidget(self.details)
        self.tabs.addTab(scroll, self.tr("&Details"))
        self.participants = ParticipantsPanel()
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.notes = NotesPanel()
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.agreed_actions = ActionsPanel()
        self.tabs.addTab(self.agreed_actions, self.tr("A&greed actions"))
        self.calendar_tab = MeetingCalendarTab(runner, export_folder)
        self.invites = self.calendar_tab.invites
        self.tabs.addTab(self.calendar_tab, self.tr("Sc&hedule and invites"))
        # Last, so the other tabs keep their places; no mnemonic: the letters are all taken.
        self.carried = CarriedPanel()
        self.tabs.addTab(self.carried, self.tr("Earlier actions"))
        self.schedule = ScheduleCheck(runner, self.details.schedule_warnings, self._when, self)
        self.sub_dialogs: list[QDialog] = []
        layout.addWidget(self.tabs, 1)
        self.hint = QLabel(self.tr("Save the meeting first; then you can add agreed actions "
                                   "and send invites."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save = QPushButton(self.tr("&Save"))
        self.save.setIcon(icon("save"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.save, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not save or close
            buttons.addWidget(button)
        layout.addLayout(buttons)
        style_sections(self)  # the group boxes' titles as section headings
        self.save.clicked.connect(self.save_changes)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes)
        self.participants.changed.connect(self.reload)
        self.invites.changed.connect(self.reload)
        self.participants.removed.connect(self.invites.add_removed)
        self.participants.consent_wanted.connect(self.open_consent)
        self.participants.client_of = lambda: (self.client_id if self.client_id is not None
                                               else self.details.chosen_client())
        self.participants.draft_warnings = self._draft_warnings
        self.calendar_tab.plan_followups.clicked.connect(self.open_followups)
        self.details.find_time.clicked.connect(self.open_find_time)
        self.details.meeting_type.activated.connect(lambda _index: self.start_from_type())
        for signal in (self.details.date.dateChanged, self.details.time.timeChanged,
                       self.details.minutes.valueChanged):
            signal.connect(self.schedule.soon)
        self.agreed_actions.changed.connect(self._actions_changed)
        self.carried.changed.connect(self._actions_changed)
        self.details.title.textChanged.connect(lambda _t: self._show_title())
        self._mark_clean()
        self._show_title()
        self._enable_tabs()
        if meeting_id is not None:  # nothing to edit until the meeting has been read
            self.tabs.setEnabled(False)
            self.save.setEnabled(False)
        self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        planner, meeting_id, client_id = self.planner, self.meeting_id, self.client_id
        if planner is None or self._gone:
            return
        self.runner.submit(lambda ctx: EditorBundle.load(planner, meeting_id, client_id),
                           self._show, self.tr("Opening the meeting…"))

    def _show(self, bundle: EditorBundle) -> None:
        if self._gone or self.planner is None:
            return
        first = self.bundle is None
        self.bundle = bundle
        # What the user has typed meanwhile is kept; otherwise the form shows what is stored.
        if first or not self.has_unsaved_changes():
            self._fill_forms()
        else:
            for part in sorted(self._take_stored):
                self._fill_part(part)
        self._take_stored.clear()
        self.tabs.setEnabled(True)
        self.save.setEnabled(True)
        self.details.set_naming(bundle.naming)
        if bundle.client is not None:
            client = bundle.client
            self.details.set_client(client.first_names, client.last_name, client.hetu)
        detail = bundle.detail
        client_name = bundle.client.display_name if bundle.client else ""
        self._watch_schedule(bundle)
        self.participants.set_directory(bundle.agencies, bundle.people)
        self.participants.client_name = client_name
        if detail is None:
            self.details.set_meeting_types(list(bundle.meeting_types))
            self.participants.show_pending()
            return
        self.details.hide_meeting_types()
        self.details.show_type(detail.meeting.type_code, list(bundle.meeting_types))
        self.invites.planner = self.planner
        self.invites.set_meeting(self.meeting_id, MeetingStatus(detail.meeting.status))
        self.calendar_tab.summary.planner = self.planner
        self.calendar_tab.summary.set_meeting(self.meeting_id, detail.meeting.start)
        self.calendar_tab.client_copy.set_meeting(self.planner, self.meeting_id,
                                                  detail.meeting.start)
        self.client_id = self.agreed_actions.client_id = detail.meeting.client_id
        agencies = {a.id or 0: a for a in bundle.agencies}
        lines = [ParticipantLine.of(p, agencies) for p in detail.participants]
        cancelled = detail.meeting.status == MeetingStatus.CANCELLED
        self.participants.show_participants(lines, detail.warnings, cancelled)
        self.agreed_actions.set_choices(lines, bundle.people, bundle.agencies, client_name)
        self.agreed_actions.show_actions(bundle.actions)
        self.carried.show_agenda(bundle.carried, read_only=cancelled)
        # its rows are made now: the dialog's own buttons stay last for Tab
        QWidget.setTabOrder(self.carried.save, self.save)
        QWidget.setTabOrder(self.save, self.close_button)
        self.details.setEnabled(not cancelled)

    def _draft_warnings(self, lines: list[ParticipantLine]) -> tuple[MeetingWarning, ...]:
        """The warnings of participants chosen before the first Save, by the same rules as
        a stored meeting's: consent at the time typed, e-mail, an interpreter."""
        bundle = self.bundle
        if bundle is None or bundle.client is None or bundle.detail is not None:
            return ()
        agencies = {a.id or 0: a for a in bundle.agencies}
        coverage = consent_coverage(bundle.consents, agencies, self._when()[0])
        return tuple(meeting_warnings(None, lines, agencies, coverage, bundle.client))

    def _actions_changed(self) -> None:
        self.reload()
        self.saved.emit(self.meeting_id or 0)  # the action lists elsewhere show them too

    def _fill_forms(self) -> None:
        bundle = self.bundle
        if bundle is None:
            return
        client_name = bundle.client.display_name if bundle.client else ""
        if bundle.detail is None:
            self.details.client_name.setText(client_name)
        else:
            self._fill_part("details")
            self._fill_part("notes")
        self._mark_clean()
        self._show_title()

    def _fill_part(self, part: str) -> None:
        """The stored details or notes into their form, and the revision they have."""
        bundle = self.bundle
        if bundle is None or bundle.detail is None:
            return
        detail = bundle.detail
        if part == "details":
            self.details.load(detail.meeting, bundle.client.display_name if bundle.client
                              else "", [item.title for item in detail.agenda])
            self.details_revision = detail.meeting.revision
            self._clean = (self.details.state(), *self._clean[1:2])
        else:
            self.notes.load(detail.note)
            self.notes_revision = detail.note.revision if detail.note else 0
            self._clean = (*self._clean[:1], self.notes.state())

    def start_at(self, start: datetime) -> None:
        """A new meeting's time, chosen before the editor opened: the form's starting point,
        not a change (closing asks nothing)."""
        self.details.set_start(start)
        self._mark_clean()

    def _mark_clean(self) -> None:
        self._clean = (self.details.state(), self.notes.state())

    def _show_title(self) -> None:
        title = window_title_text(self.details.title.text().strip())
        self.setWindowTitle(self.tr("Meeting – {0}").format(title) if title and self.meeting_id
                            else self.tr("New meeting") if not self.meeting_id
                            else self.tr("Meeting"))

    def _enable_tabs(self) -> None:
        exists = self.meeting_id is not None
        for panel in (self.participants, self.agreed_actions, self.calendar_tab, self.carried):
            # participants can be chosen before the first Save, which writes them
            self.tabs.setTabEnabled(self.tabs.indexOf(panel),
                                    exists or panel is self.participants)
            panel.planner = self.planner
            panel.meeting_id = self.meeting_id
        self.agreed_actions.client_id = self.client_id
        self.hint.setVisible(not exists)
        if exists:
            self.details.lock_client()

    # --- the unsaved-changes protocol (ui.widgets.unsaved.Editor) ----------------------------
    def what(self) -> str:
        title = self.details.title.text().strip()
        return self.tr("The meeting “{0}”").format(title) if title else self.tr("The new meeting")

    def has_unsaved_changes(self) -> bool:
        if self._gone:
            return False
        return ((self.details.state(), self.notes.state()) != self._clean
                or bool(self.details.agenda.new_item.text().strip())
                or bool(self.participants.pending)
                or self.agreed_actions.has_draft())

    def save_changes(self) -> bool:
        """Save the details, the notes and an action typed but not added; errors beside the
        fields, and False keeps the dialog open with everything typed."""
        planner = self.planner
        if planner is None or self._gone:
            return False
        self.details.agenda.add_typed()
        try:
            self._save_details(planner)
            self._save_notes(planner)
        except NotSaved:  # a colleague's save came first: the user chose what happens
            return False
        except ValidationFailed as failure:
            self._show_failure(failure)
            return False
        except VerkostoError as error:
            self.details.form.general.setText(error.message(i18n.current()))
            self.details.form.general.show()
            return False
        finally:
            self._enable_tabs()  # the first Save may have created the meeting before failing
        if (self.participants.pending and self.meeting_id is not None
                and not self.participants.write_pending(planner, self.meeting_id)):
            self.tabs.setCurrentWidget(self.participants)
        self.details.form.clear_errors()
        self.notes.form.clear_errors()
        if self.agreed_actions.has_draft() and not self.agreed_actions.add_action():
            self.tabs.setCurrentWidget(self.agreed_actions)
            return False
        self._show_title()
        self.saved.emit(self.meeting_id or 0)
        self.reload()
        return True

    def _save_details(self, planner: Planner) -> None:
        state = self.details.state()
        if self.meeting_id is not None and state == self._clean[0]:
            return
        client_id = self.client_id if self.client_id is not None else \
            self.details.chosen_client()
        if client_id is None:
            raise self.details.client_missing()
        data = self.details.value(client_id)
        status = self.details.chosen_status()
        mine = lambda: details_snapshot(data, status)  # noqa: E731
        if self.meeting_id is None:
            meeting = planner.meetings.plan(data)
            self.meeting_id, self.client_id = meeting.id, client_id
            self.details_revision = meeting.revision
        elif state[:-1] != self._clean[0][:-1]:  # more than the status changed
            ident = self.meeting_id
            saved = self._settle("details", lambda expected: planner.meetings.update(
                ident, data, expected_revision=expected), mine)
            self.details_revision = saved.revision
        meeting_id = self.meeting_id
        if meeting_id is not None and status != self.details.stored_status:
            saved = self._settle("details", lambda expected: planner.meetings.set_status(
                meeting_id, status, expected_revision=expected), mine)
            self.details_revision = saved.revision
            self.details.set_status(status)
        self._clean = (self.details.state(), self._clean[1])

    def _save_notes(self, planner: Planner) -> None:
        state = self.notes.state()
        meeting_id = self.meeting_id
        if meeting_id is not None and state != self._clean[1]:
            note = self._settle("notes", lambda expected: planner.meetings.record_notes(
                meeting_id, *state, expected_revision=expected), lambda: notes_snapshot(*state))
            self.notes_revision = note.revision
        self._clean = (self._clean[0], state)

    def _settle(self, part: str, save: Callable[[int | None], T],
                mine: Callable[[], dict[str, object]]) -> T:
        """Save ``part`` expecting the revision its form was filled from; after a colleague's
        save the comparison asks, and only "save mine" goes on (NotSaved otherwise)."""
        expected = self.details_revision if part == "details" else self.notes_revision
        settled = save_or_settle(save, expected, ask(self, mine))
        if settled.result is not None:
            return settled.result
        if settled.choice == Choice.KEEP_THEIRS:
            self._take_stored.add(part)  # the reload puts what is stored into that form
        elif part == "details":  # keep editing: the next Save goes over theirs, now seen
            self.details_revision = settled.revision
        else:
            self.notes_revision = settled.revision
        self.reload()
        raise NotSaved

    def _show_failure(self, failure: ValidationFailed) -> None:
        notes = [e for e in failure.errors if e.field in NotesPanel.FIELDS]
        details = [e for e in failure.errors if e.field not in NotesPanel.FIELDS]
        for form, errors in ((self.details.form, details), (self.notes.form, notes)):
            if errors:
                form.show_errors(ValidationFailed(errors))
            else:
                form.clear_errors()
        self.tabs.setCurrentIndex(0 if details else self.tabs.indexOf(self.notes))

    def discard_changes(self) -> None:
        self.details.agenda.new_item.clear()
        if self.participants.pending:
            self.participants.pending.clear()
            self.participants.show_pending()
        self.agreed_actions.description.clear()
        if self.bundle is not None and self.bundle.detail is not None:
            self._fill_forms()
        else:
            self.details.clear_for_new(self.details.client_name.text())
            self.notes.load(None)
            self._mark_clean()

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here: ask before losing."""
        if self._gone or settle(self, self, self.what()):
            super().reject()

    def close_without_asking(self) -> None:
        """For locking: the window has already saved (or discarded) what could be."""
        self._forget()
        super().reject()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def _forget(self) -> None:
        """Drop every piece of client data the dialog holds."""
        if self._gone:
            return
        self._gone = True
        self.planner = None
        self.bundle = None
        self.participants.planner = self.agreed_actions.planner = self.carried.planner = None
        self.carried.clear()
        self.participants.clear()
        self.agreed_actions.clear()
        self.details.forget()
        self.schedule.forget()
        self.invites.clear()
        self.calendar_tab.summary.clear()
        self.calendar_tab.client_copy.clear()
        for dialog in list(self.sub_dialogs):
            dialog.reject()
