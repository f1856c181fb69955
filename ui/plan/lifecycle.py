"""The plan tab's plan life: start a plan, agree a version with the client present (confirmed
inline), make a new version from the agreed one, close the plan.

A mixin of :class:`ui.plan.editor.PlanEditor`: it uses the editor's attributes and widgets;
each write is one quick service call through the editor's ``_write``, then a reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.services import PlanDraft
from ui.plan.models import draft_snapshot
from ui.widgets.edit_conflict import Choice, ask, save_or_settle


class PlanLife:
    """Create, agree, new version and close (mixed into PlanEditor)."""

    def __getattr__(self, name: str) -> Any:  # the editor's attributes, for type checkers
        raise AttributeError(name)

    def create_plan(self) -> None:
        planner, client_id = self.planner, self.client_id
        if planner is None or client_id is None:
            return
        title = self.tr("Joint client plan")
        if self._write(lambda: planner.plans.create(client_id, title, PlanDraft())) is not None:
            self._focus_after_load = True
            self.plan_id = None  # the new plan is the newest
            self.reload()

    def show_agree_row(self) -> None:
        if self.view is not None and self._editable:
            self.close_row.hide()
            self.agree_row.ask(self.tr(
                "Agree version {0} now, with the client present? After that it cannot be "
                "changed.").format(self.view.version.number))

    def agree(self) -> None:
        """Saves first what is on screen: the client agrees to what they see."""
        view, planner = self.view, self.planner
        if view is None or planner is None or not self._editable:
            return
        if not self.save_changes():
            return
        if self._decided(lambda expected: planner.plans.agree(view.version.id or 0,
                                                              expected_revision=expected),
                         self.revision):
            self._set_editable(False)  # at once: nothing more is typed into an agreed version
            self.agree_row.hide()
            self.reload(view.version.number)

    def _decided(self, call: Callable[[int | None], object], expected: int | None) -> bool:
        """Agree or close, expecting ``expected``: a version someone else saved since it
        was shown is neither, the comparison offers only to show theirs (or Cancel)."""
        settled = self._write(lambda: save_or_settle(
            call, expected, ask(self, lambda: draft_snapshot(self.current_draft()),
                                deciding=True)))
        if settled is not None and settled.choice == Choice.KEEP_THEIRS:
            self.discard_changes()
            self.agree_row.hide()
            self.close_row.hide()
            self.reload(self.view.version.number if self.view else None)
        return settled is not None and settled.choice == Choice.SAVED

    def make_new_version(self) -> None:
        view, planner = self.view, self.planner
        if view is None or planner is None:
            return
        version = self._write(lambda: planner.plans.new_version(view.plan.id or 0))
        if version is not None:
            self._focus_after_load = True
            self.reload(version.number)

    def show_close_row(self) -> None:
        if self.view is not None:
            self.agree_row.hide()
            self.close_row.ask(self.tr(
                "Close the whole plan? After that no version can be changed or added; a new "
                "plan can be started."))

    def close_plan(self) -> None:
        view, planner = self.view, self.planner
        if view is None or planner is None or not self.save_changes():
            return
        latest = view.versions[-1]  # what closing freezes: its revision as shown
        expected = self.revision if latest.id == view.version.id else latest.revision
        if self._decided(lambda revision: planner.plans.close(view.plan.id or 0,
                                                              expected_revision=revision),
                         expected):
            self._set_editable(False)
            self.close_row.hide()
            self.reload()
