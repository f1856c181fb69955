"""The plan tab's plan life: start a plan, agree a version with the client present (confirmed
inline), make a new version from the agreed one, close the plan.

A mixin of :class:`ui.plan.editor.PlanEditor`: it uses the editor's attributes and widgets;
each write is one quick service call through the editor's ``_write``, then a reload.
"""

from __future__ import annotations

from typing import Any

from planner.services import PlanDraft


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
        if self._write(lambda: planner.plans.agree(view.version.id or 0)) is not None:
            self._set_editable(False)  # at once: nothing more is typed into an agreed version
            self.agree_row.hide()
            self.reload(view.version.number)

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
        if self._write(lambda: planner.plans.close(view.plan.id or 0)) is not None:
            self._set_editable(False)
            self.close_row.hide()
            self.reload()
