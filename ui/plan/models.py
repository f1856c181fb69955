"""What the joint client plan editor shows: editable goal and service rows, version captions.

The rows are the services' own input dataclasses (GoalInput, ServiceInput), so what the user
edits is exactly what ``Plans.update_draft`` receives. Tested without widgets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from planner.domain import PlanVersion, ServiceCode
from planner.domain.enums import PlanStatus, ServiceKind
from planner.edit_conflict import plan_snapshot
from planner.messages import label
from planner.plan_diff import GoalSnapshot
from planner.services import GoalInput, PlanDraft, PlanView, ServiceInput
from ui import i18n
from ui.formatting import TZ, date_text
from ui.widgets.table_models import Index, RowTableModel

CONTEXT = "PlanModels"
# The code list grouped as Kela presents it: its benefits, its services, then everyone else's.
KIND_ORDER = (ServiceKind.KELA_BENEFIT, ServiceKind.KELA_SERVICE, ServiceKind.OTHER_SERVICE)
KIND_GROUPS = {
    ServiceKind.KELA_BENEFIT: QT_TRANSLATE_NOOP("PlanModels", "Kela benefits"),
    ServiceKind.KELA_SERVICE: QT_TRANSLATE_NOOP("PlanModels", "Kela services"),
    ServiceKind.OTHER_SERVICE: QT_TRANSLATE_NOOP("PlanModels", "Other services"),
}
_VERSION = QT_TRANSLATE_NOOP("PlanModels", "Version {0} – {1}")
_VERSION_AGREED = QT_TRANSLATE_NOOP("PlanModels", "Version {0} – agreed {1} by {2}")
_NO_DESCRIPTION = QT_TRANSLATE_NOOP("PlanModels", "(no description yet)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def agreed_on(version: PlanVersion) -> str:
    return date_text(version.agreed_at.astimezone(TZ).date()) if version.agreed_at else ""


def version_caption(version: PlanVersion) -> str:
    """``Version 2 – agreed 3.11.2026 by Liisa Mäkelä`` or ``Version 3 – draft``."""
    if version.status == PlanStatus.AGREED and version.agreed_at is not None:
        return _tr(_VERSION_AGREED).format(version.number, agreed_on(version),
                                           version.agreed_by or "")
    return _tr(_VERSION).format(version.number,
                                label("plan_status", version.status, i18n.current()))


def code_name(code: ServiceCode, language: str) -> str:
    names = {"fi": code.name_fi, "sv": code.name_sv, "en": code.name_en}
    return names.get(language) or code.name_en


def group_title(kind: ServiceKind) -> str:
    return _tr(KIND_GROUPS[kind])


def grouped_codes(codes: Iterable[ServiceCode],
                  language: str) -> list[tuple[ServiceKind, list[ServiceCode]]]:
    """Codes by kind (Kela benefits first), each group alphabetical in ``language``."""
    groups: list[tuple[ServiceKind, list[ServiceCode]]] = []
    for kind in KIND_ORDER:
        members = sorted((c for c in codes if c.kind == kind),
                         key=lambda c: code_name(c, language).casefold())
        if members:
            groups.append((kind, members))
    return groups


def draft_of(view: PlanView) -> PlanDraft:
    """The editable content of a shown version (copies: editing never touches the view)."""
    version = view.version
    return PlanDraft(version.situation, version.service_needs, version.client_view,
                     version.review_date,
                     tuple(GoalInput(g.description, g.target_date, g.status, g.expressed_by)
                           for g in view.goals),
                     tuple(ServiceInput(s.service_code, s.agency_id, s.note)
                           for s in view.services))


def draft_snapshot(draft: PlanDraft) -> dict[str, object]:
    """What the form holds, as the comparison with a colleague's save reads it
    (planner/edit_conflict.py), stripped as the service would store it."""
    return plan_snapshot(draft.situation.strip(), draft.service_needs.strip(),
                         draft.client_view.strip(), draft.review_date,
                         [GoalSnapshot(g.description.strip(), g.target_date, str(g.status),
                                       str(g.expressed_by)) for g in draft.goals],
                         [s.service_code for s in draft.services])


def same_content(first: PlanDraft, second: PlanDraft) -> bool:
    """Equal as the service would store them (it strips the texts)."""
    return _key(first) == _key(second)


def _key(draft: PlanDraft) -> tuple[Any, ...]:
    return (draft.situation.strip(), draft.service_needs.strip(), draft.client_view.strip(),
            draft.review_date,
            tuple((g.description.strip(), g.target_date, str(g.status), str(g.expressed_by))
                  for g in draft.goals),
            tuple((s.service_code, s.agency_id, s.note.strip()) for s in draft.services))


class EditableRowModel(RowTableModel):
    """Rows the editor adds, removes and changes in place; views only display them."""

    def append(self, row: Any) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        return position

    def remove(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def change(self, position: int, **values: Any) -> None:
        if not 0 <= position < len(self._rows):
            return
        for name, value in values.items():
            setattr(self._rows[position], name, value)
        self.dataChanged.emit(self.index(position, 0),
                              self.index(position, self.columnCount() - 1))

    def rows(self) -> list[Any]:
        """Copies, so a draft built from them does not change while the user keeps typing."""
        return [replace(row) for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        return None  # the rows have no store id (ID_ROLE) until saved


class GoalTableModel(EditableRowModel):
    DESCRIPTION, TARGET, STATUS, WHOSE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("GoalTableModel", "Goal"),
               QT_TRANSLATE_NOOP("GoalTableModel", "Target date"),
               QT_TRANSLATE_NOOP("GoalTableModel", "Status"),
               QT_TRANSLATE_NOOP("GoalTableModel", "Whose goal"))
    CONTEXT = "GoalTableModel"

    def cell(self, row: GoalInput, column: int) -> str:
        language = i18n.current()
        if column == self.DESCRIPTION:
            return row.description.strip() or _tr(_NO_DESCRIPTION)
        if column == self.TARGET:
            return date_text(row.target_date)
        if column == self.STATUS:
            return label("goal_status", row.status, language)
        return label("goal_setter", row.expressed_by, language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == self.DESCRIPTION
                and not self._rows[index.row()].description.strip()):
            font = QFont()
            font.setItalic(True)  # the words say it too: "(no description yet)"
            return font
        return super().data(index, role)


class ServiceTableModel(EditableRowModel):
    KIND, SERVICE, AGENCY, NOTE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("ServiceTableModel", "Kind"),
               QT_TRANSLATE_NOOP("ServiceTableModel", "Benefit or service"),
               QT_TRANSLATE_NOOP("ServiceTableModel", "Agency"),
               QT_TRANSLATE_NOOP("ServiceTableModel", "Note"))
    CONTEXT = "ServiceTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: dict[str, ServiceCode] = {}
        self.agency_names: dict[int, str] = {}

    def set_lookups(self, codes: Sequence[ServiceCode], agency_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.codes = {c.code: c for c in codes}
        self.agency_names = dict(agency_names)
        self.endResetModel()

    def cell(self, row: ServiceInput, column: int) -> str:
        code = self.codes.get(row.service_code)
        if column == self.KIND:
            return label("service_kind", code.kind, i18n.current()) if code else ""
        if column == self.SERVICE:
            return code_name(code, i18n.current()) if code else row.service_code
        if column == self.AGENCY:
            return self.agency_names.get(row.agency_id, "") if row.agency_id else ""
        return row.note
