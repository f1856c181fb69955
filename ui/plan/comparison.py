""""Vertaa versioita…": what changed between two versions of the client's plan, in a window
beside the plan tab (planner/services/plan_comparison.py; each comparison is logged as a view).
Default: the last agreed version against the newest; either picker chooses any other."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain import PlanVersion
from planner.errors import ValidationFailed, VerkostoError
from planner.messages import translate
from planner.plan_diff import PlanDiff
from planner.plan_diff_text import date_text, goal_field_lines
from planner.services import Planner
from ui import i18n
from ui.operations import TaskRunner
from ui.plan.models import version_caption
from ui.plan.widgets import buddy

# Deleted words struck through, inserted ones underlined: not told by colour alone.
_PIECE = {"equal": "{}",
          "delete": '<span style="text-decoration: line-through; color: #a61b1b">{}</span>',
          "insert": '<span style="text-decoration: underline; color: #1b6e2a">{}</span>'}


def diff_html(diff: PlanDiff, language: str) -> str:
    """The comparison as rich text for a QTextBrowser, every stored text escaped."""
    def t(code: str, **params: object) -> str:
        return escape(translate(code, language, **params))

    def section(title: str, items: Sequence[str]) -> str:
        return f"<h3>{title}</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

    parts = []
    if diff.empty:
        parts.append(f"<p>{t('plan_diff.nothing')}</p>")
    if diff.goals:
        items = []
        for goal in diff.goals:
            fields = "".join(f"<br/><small>{escape(line)}</small>"
                             for line in goal_field_lines(goal, language))
            items.append(f"<b>{t(f'plan_diff.goal.{goal.kind}')}:</b> "
                         f"{escape(goal.description)}{fields}")
        parts.append(section(t("plan_diff.goals"), items))
    if diff.services:
        parts.append(section(t("plan_diff.services"), [
            f"<b>{t(f'plan_diff.service.{s.kind}')}:</b> {escape(s.name(language))}"
            for s in diff.services]))
    for text in diff.texts:
        words = " ".join(_PIECE[op].format(escape(w)) for op, w in text.pieces)
        parts.append(f"<h3>{t(f'plan_diff.text.{text.field}')}</h3><p>{words}</p>")
    if diff.review_date is not None:
        old, new = (date_text(d, language) for d in diff.review_date)
        parts.append(f"<p><b>{t('plan_diff.review_date', old=old, new=new)}</b></p>")
    return "".join(parts)


class PlanComparisonDialog(QDialog):
    def __init__(self, runner: TaskRunner, planner: Planner, client_id: int,
                 versions: Sequence[PlanVersion], parent: QWidget | None = None, *,
                 plan_id: int | None = None) -> None:
        super().__init__(parent)
        self.runner, self.planner, self.client_id = runner, planner, client_id
        self.plan_id = plan_id  # the plan the tab shows (None: the client's newest)
        self.setWindowTitle(self.tr("Compare plan versions"))
        self._generation = 0
        column = QVBoxLayout(self)
        pickers = QHBoxLayout()
        self.older = QComboBox()
        self.newer = QComboBox()
        for combo in (self.older, self.newer):
            for version in versions:
                combo.addItem(version_caption(version), version.number)
            combo.activated.connect(self._chosen)
        pickers.addWidget(buddy(self.tr("&Compare version:"), self.older))
        pickers.addWidget(self.older, 1)
        pickers.addWidget(buddy(self.tr("&with version:"), self.newer))
        pickers.addWidget(self.newer, 1)
        column.addLayout(pickers)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why there is no comparison"))
        self.problem.hide()
        column.addWidget(self.problem)
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(self.tr("Changes between the versions"))
        self.changes.setOpenLinks(False)
        column.addWidget(self.changes, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.resize(720, 560)
        self.diff: PlanDiff | None = None
        self.compare(None, None)

    def _chosen(self, _index: int) -> None:
        self.compare(self.older.currentData(), self.newer.currentData())

    def compare(self, older: int | None, newer: int | None) -> None:
        """Compare on the task runner; the answer for an older choice is dropped."""
        self._generation += 1
        generation = self._generation
        planner, client_id, plan_id = self.planner, self.client_id, self.plan_id

        def deliver(diff: PlanDiff) -> None:
            if generation == self._generation:
                self._show(diff)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if not isinstance(error, VerkostoError):
                raise error
            language = i18n.current()
            if isinstance(error, ValidationFailed):  # which version, not the field's name
                self._show_problem(" ".join(e.message(language) for e in error.errors))
            else:
                self._show_problem(error.message(language))

        self.runner.submit(lambda ctx: planner.plan_comparison.compare(
            client_id, older, newer, plan_id=plan_id), deliver,
            self.tr("Comparing the plan's versions…"), failed)

    def _show(self, diff: PlanDiff) -> None:
        self.diff = diff
        language = i18n.current()
        self.older.setCurrentIndex(self.older.findData(diff.from_number))
        self.newer.setCurrentIndex(self.newer.findData(diff.to_number))
        self.problem.hide()
        self.heading.setText(self.tr("Changes from version {0} to version {1}").format(
            diff.from_number, diff.to_number))
        self.changes.setHtml(diff_html(diff, language))

    def _show_problem(self, message: str) -> None:
        """Bad choices are said beside the pickers; the pickers stay as chosen."""
        self.diff = None
        self.heading.clear()
        self.changes.clear()
        self.problem.setText(message)
        self.problem.show()
