"""The joint client plan (yhteinen asiakassuunnitelma), made with the client, version by version.

Only a draft is edited. Agreeing it happens with the client present (confirmed inline, never in a
pop-up) and freezes it; a later change is a new version copied from the agreed one. Reads run on
the task runner; each write is one quick service call on a button press, followed by a reload.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.enums import PlanStatus
from planner.errors import FieldError, ValidationFailed, VerkostoError
from planner.messages import label
from planner.services import GoalInput, PlanDraft, Planner, PlanView, ServiceInput
from ui import i18n
from ui.operations import TaskRunner
from ui.plan.comparison import PlanComparisonDialog
from ui.plan.documents import PlanDocumentsBar
from ui.plan.income_effects import IncomeEffectsBox
from ui.plan.lifecycle import PlanLife
from ui.plan.models import (
    agreed_on,
    draft_of,
    draft_snapshot,
    same_content,
)
from ui.plan.pickers import PlanPickers
from ui.plan.rows import GoalsAndServices
from ui.plan.widgets import (
    DEFAULT_REVIEW_DAYS,
    ConfirmRow,
    PlanBundle,
    date_edit,
    today,
)
from ui.widgets.edit_conflict import Choice, ask, save_or_settle
from ui.widgets.forms import FieldForm
from ui.widgets.status import StatusBadge, plan_status
from ui.widgets.style import heading

T = TypeVar("T")
ROW_ERROR = re.compile(r"^(goals|services)\[(\d+)\]")
class PlanEditor(GoalsAndServices, PlanPickers, PlanLife, QWidget):
    """The "Plan" tab of the client workspace; an editor in the sense of ui.widgets.unsaved."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.runner = runner
        self.planner: Planner | None = None
        self.client_id: int | None = None
        self.bundle: PlanBundle | None = None
        self.writing = False  # in _write: its own change, reloaded by itself
        self.view: PlanView | None = None
        self._baseline: PlanDraft | None = None
        # The shown version's revision as last filled into the form or saved from it: what a
        # save expects (planner/services/revisions.py). A reload that keeps what is being
        # typed leaves it, so a colleague's save meanwhile is found, never overwritten.
        self.revision: int | None = None
        self._editable = False
        self._generation = 0
        self._filling = False
        self._focus_after_load = False
        self.comparison: PlanComparisonDialog | None = None
        self.plan_id: int | None = None  # an older, closed plan chosen; None: the newest
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.blank = QWidget()
        self.pages.addWidget(self.blank)
        self._build_empty_page()
        self._build_plan_page()

    def what(self) -> str:
        """How the unsaved-changes question names this editor."""
        return self.tr("The joint client plan")

    # --- building ------------------------------------------------------------------------
    def _build_empty_page(self) -> None:
        self.empty_page = QWidget()
        column = QVBoxLayout(self.empty_page)
        explanation = QLabel(self.tr(
            "The client has no joint client plan yet. The plan is made together with the "
            "client: the situation, the client's own view, goals, and the benefits and "
            "services each agency provides. Start it as a draft and agree it with the client "
            "present."))
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        self.new_plan = QPushButton(self.tr("&New plan"))
        self.new_plan.clicked.connect(self.create_plan)
        row = QHBoxLayout()
        row.addWidget(self.new_plan)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.pages.addWidget(self.empty_page)

    def _build_plan_page(self) -> None:
        self.plan_page = QWidget()
        column = QVBoxLayout(self.plan_page)
        header = QHBoxLayout()
        self.title = heading("")
        font = self.font()
        font.setBold(True)
        header.addWidget(self.title, 1)
        self._build_pickers(column, header)
        column.addLayout(header)
        self.status = StatusBadge()
        self.status.setAccessibleName(self.tr("Plan status"))
        column.addWidget(self.status)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFont(font)  # bold words, not only a colour, say it is read-only
        column.addWidget(self.notice)

        body = QWidget()
        self.form = FieldForm(body)
        self.situation = self._text_field(self.tr("Sit&uation:"), "situation")
        self.service_needs = self._text_field(self.tr("&Service needs:"), "service_needs")
        self.client_view = self._text_field(self.tr("Client's o&wn view:"), "client_view")
        self.review_date = date_edit(self.tr("Review date"))
        self.no_review = QCheckBox(self.tr("No review date"))
        self.no_review.toggled.connect(lambda on: self.review_date.setDisabled(
            on or not self._editable))
        review = QWidget()
        row = QHBoxLayout(review)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.review_date)
        row.addWidget(self.no_review)
        row.addStretch(1)
        self.form.add_field(self.tr("&Review date:"), "review_date", review)
        self.review_date.setAccessibleName(self.tr("Review date"))
        self.form.add_field(self.tr("&Goals:"), "goals", self._build_goals())
        self.form.add_field(self.tr("Bene&fits and services:"), "services",
                            self._build_services())
        self.income_box = IncomeEffectsBox(self._selected_line_code)
        self.income_box.changed.connect(lambda: self.reload())
        self.form.addRow(QLabel(self.tr("Income effects:")), self.income_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which it shows
        scroll.setWidget(body)
        column.addWidget(scroll, 1)

        column.addWidget(self.form.general)
        self.saved_note = QLabel()
        self.saved_note.setAccessibleName(self.tr("Save status"))
        column.addWidget(self.saved_note)
        self.agree_row = ConfirmRow(self.tr("Confirm agreement"),
                                    self.tr("The client took part and agrees"))
        self.agree_row.confirmed.connect(self.agree)
        column.addWidget(self.agree_row)
        self.close_row = ConfirmRow(self.tr("Close the plan"))
        self.close_row.confirmed.connect(self.close_plan)
        column.addWidget(self.close_row)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save &draft"))
        self.ask_agree = QPushButton(self.tr("Agree this &version…"))
        self.new_version = QPushButton(self.tr("New &version"))
        self.ask_close = QPushButton(self.tr("Close pla&n"))
        self.new_plan_after_closed = QPushButton(self.tr("&New plan"))
        self.save.clicked.connect(self.save_changes)
        self.ask_agree.clicked.connect(self.show_agree_row)
        self.new_version.clicked.connect(self.make_new_version)
        self.ask_close.clicked.connect(self.show_close_row)
        self.new_plan_after_closed.clicked.connect(self.create_plan)
        for button in (self.save, self.ask_agree, self.new_version, self.ask_close,
                       self.new_plan_after_closed):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.documents = PlanDocumentsBar(self.runner)  # the plan's PDF, the client's copy
        column.addWidget(self.documents)
        self.pages.addWidget(self.plan_page)

    def _text_field(self, caption: str, field: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(140)
        self.form.add_field(caption, field, edit)
        return edit

    # --- showing -------------------------------------------------------------------------
    def show_client(self, planner: Planner, client_id: int) -> None:
        """Load the client's plan; the same client again keeps what is being typed."""
        if planner is not self.planner or client_id != self.client_id:
            self.clear()
        self.planner, self.client_id = planner, client_id
        self.reload(self.view.version.number if self.view else None)

    def reload(self, version_number: int | None = None) -> None:
        planner, client_id = self.planner, self.client_id
        if planner is None or client_id is None:
            return
        self._generation += 1
        generation = self._generation

        def deliver(bundle: PlanBundle) -> None:
            if generation == self._generation and self.planner is planner:
                self._show(bundle)

        plan_id = self.plan_id
        self.runner.submit(lambda ctx: PlanBundle.load(planner, client_id, version_number,
                                                       plan_id),
                           deliver, self.tr("Opening the plan…"))

    def _show(self, bundle: PlanBundle) -> None:
        same_version = (bundle.view is not None and self.view is not None
                        and bundle.view.version.id == self.view.version.id)
        keep_typing = same_version and self.has_unsaved_changes()
        self.bundle = bundle
        self._fill_code_lists(bundle.codes, bundle.agencies)
        self.view = view = bundle.view
        if not same_version:  # a reload of the same version leaves an open question open
            self.agree_row.hide()
            self.close_row.hide()
            self.saved_note.clear()
        if view is None:
            self._baseline = None
            self._editable = False
            self.pages.setCurrentWidget(self.empty_page)
            return
        version, latest = view.version, view.versions[-1]
        self.documents.set_plan(self.planner, self.client_id, view.plan.id, version.number)
        self.title.setText(view.plan.title)
        if self.planner is not None:
            self.income_box.show_reading(self.planner, bundle.income, view.plan.id)
        # a closed plan's lines take no new notes (the notes stay shown)
        self.income_box.open_line.setEnabled(view.versions[-1].status != PlanStatus.CLOSED)
        self._fill_pickers(bundle, view)
        self.status.show_status(plan_status(version.status), self.tr("Status: {0}").format(
            label("plan_status", version.status, i18n.current())))
        self.notice.setText(self._notice(view))
        self._baseline = draft_of(view)
        self._editable = version.status == PlanStatus.DRAFT
        if not keep_typing:
            self._fill(self._baseline)
            self.revision = version.revision
            self._clear_errors()
        self._set_editable(self._editable)
        self.save.setVisible(self._editable)
        self.ask_agree.setVisible(self._editable)
        self.new_version.setVisible(latest.status == PlanStatus.AGREED)
        self.compare.setVisible(len(view.versions) > 1)
        self.ask_close.setVisible(latest.status != PlanStatus.CLOSED)
        newest_plan = bool(bundle.plans) and bundle.plans[0][0].id == view.plan.id
        self.new_plan_after_closed.setVisible(latest.status == PlanStatus.CLOSED
                                              and newest_plan)
        self.pages.setCurrentWidget(self.plan_page)
        if self._focus_after_load and self._editable:
            self.situation.setFocus()
        self._focus_after_load = False

    def _selected_line_code(self) -> str | None:
        row = self._selected(self.service_view)
        return self.services.row_at(row).service_code if row >= 0 else None

    def _notice(self, view: PlanView) -> str:
        version, latest = view.version, view.versions[-1]
        if latest.status == PlanStatus.CLOSED:
            return self.tr("The plan is closed: it can be read but no longer changed.")
        if version.status == PlanStatus.AGREED:
            text = self.tr("Read only: version {0} was agreed with the client on {1} by {2}. "
                           "To change the plan, make a new version.").format(
                version.number, agreed_on(version), version.agreed_by or "")
            if latest.number != version.number:
                text += " " + self.tr("The newest is version {0}.").format(latest.number)
            return text
        return self.tr("Draft: it can be edited until it is agreed with the client present.")

    def _fill(self, draft: PlanDraft) -> None:
        self._filling = True
        self.situation.setPlainText(draft.situation)
        self.service_needs.setPlainText(draft.service_needs)
        self.client_view.setPlainText(draft.client_view)
        review = draft.review_date or today() + timedelta(days=DEFAULT_REVIEW_DAYS)
        self.review_date.setDate(QDate(review))
        self.no_review.setChecked(draft.review_date is None)
        self.goals.set_rows([GoalInput(g.description, g.target_date, g.status, g.expressed_by)
                             for g in draft.goals])
        self.services.set_rows([ServiceInput(s.service_code, s.agency_id, s.note)
                                for s in draft.services])
        self._filling = False
        self._goal_selected()
        self._service_selected()

    def _set_editable(self, editable: bool) -> None:
        """Agreed and closed versions stay readable (and selectable) but cannot be changed."""
        self._editable = editable
        for edit in (self.situation, self.service_needs, self.client_view):
            edit.setReadOnly(not editable)
        self.review_date.setReadOnly(not editable)
        self.review_date.setDisabled(not editable or self.no_review.isChecked())
        self.no_review.setEnabled(editable)
        for widget in (self.goal_details, self.add_goal, self.remove_goal,
                       self.service_details, self.add_service, self.remove_service):
            widget.setVisible(editable)  # the tables alone show a version that cannot change
        self._goal_selected()
        self._service_selected()

    # --- the editor protocol (ui.widgets.unsaved) -------------------------------------------
    def current_draft(self) -> PlanDraft:
        review = None if self.no_review.isChecked() else self.review_date.date().toPython()
        return PlanDraft(self.situation.toPlainText(), self.service_needs.toPlainText(),
                         self.client_view.toPlainText(), review,
                         tuple(self.goals.rows()), tuple(self.services.rows()))

    def has_unsaved_changes(self) -> bool:
        return (self._editable and self._baseline is not None
                and not same_content(self.current_draft(), self._baseline))

    def save_changes(self) -> bool:
        """Save the draft; on errors they show beside the fields and everything typed stays."""
        view, planner = self.view, self.planner
        if view is None or planner is None or not self._editable:
            return True
        self.saved_note.clear()
        draft = self.current_draft()
        if same_content(draft, self._baseline or PlanDraft()):
            return True
        settled = self._write(lambda: save_or_settle(
            lambda expected: planner.plans.update_draft(view.version.id or 0, draft,
                                                        expected_revision=expected),
            self.revision, ask(self, lambda: draft_snapshot(draft))))
        if settled is None:
            return False
        if settled.choice == Choice.KEEP_THEIRS:  # mine dropped: the reload shows theirs
            self.discard_changes()
            self.reload(view.version.number)
            return False
        if settled.result is None:  # keep editing: the next save goes over theirs, now seen
            self.revision = settled.revision
            self.reload(view.version.number)  # keeps what is typed; theirs is what it changes
            return False
        self.revision = settled.result.revision
        self._baseline = draft
        self._clear_errors()
        self.saved_note.setText(self.tr("Draft saved."))
        self.reload(view.version.number)
        return True

    def discard_changes(self) -> None:
        if self._baseline is not None:
            self._fill(self._baseline)
        self._clear_errors()

    # --- errors --------------------------------------------------------------------------
    def _write(self, call: Callable[[], T]) -> T | None:
        self.writing = True  # the change this makes is reloaded here, not by the workspace
        try:
            return call()
        except ValidationFailed as failure:
            self._show_errors(failure)
        except VerkostoError as error:
            self.runner.report_error(error)
        finally:
            self.writing = False
        return None

    def _show_errors(self, failure: ValidationFailed) -> None:
        """Goal and service errors name the row (goals[2].description → "Goal 3: …")."""
        rows: dict[str, list[tuple[int, FieldError]]] = {"goals": [], "services": []}
        others = []
        for error in failure.errors:
            match = ROW_ERROR.match(error.field)
            if match:
                rows[match.group(1)].append((int(match.group(2)), error))
            else:
                others.append(error)
        self.form.show_errors(ValidationFailed(others))
        language = i18n.current()
        for errors, target, caption in (
                (rows["goals"], self.goal_errors, self.tr("Goal {0}: {1}")),
                (rows["services"], self.service_errors,
                 self.tr("Benefit or service {0}: {1}"))):
            target.setText("\n".join(caption.format(index + 1, error.message(language))
                                     for index, error in errors))
            target.setVisible(bool(errors))
        if rows["goals"]:
            self.goal_view.selectRow(rows["goals"][0][0])
            self.goal_description.setFocus()
        elif rows["services"] and not others:
            self.service_view.selectRow(rows["services"][0][0])
            self.service_code.setFocus()

    def _clear_errors(self) -> None:
        self.form.clear_errors()
        for target in (self.goal_errors, self.service_errors):
            target.clear()
            target.hide()

    # --- forgetting ----------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the client and the plan (locking, another client, back to the list)."""
        self._generation += 1  # loads still on their way are dropped
        if self.comparison is not None:  # it shows the client's plan: gone on locking too
            self.comparison.close()
            self.comparison.deleteLater()
            self.comparison = None
        self.documents.clear()
        self.planner = None
        self.client_id = None
        self.plan_id = None
        self.bundle = None
        self.view = None
        self._baseline = None
        self.revision = None
        self._editable = False
        self._focus_after_load = False
        self._fill(PlanDraft())
        self.title.clear()
        self.status.clear()
        self.notice.clear()
        self.saved_note.clear()
        self.versions.clear()
        self.plans.clear()
        self.agree_row.hide()
        self.close_row.hide()
        self._clear_errors()
        self.pages.setCurrentWidget(self.blank)
