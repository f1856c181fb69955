"""The table models, tested without widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from planner.client_identity import mask_hetu
from planner.domain.enums import ActionStatus, MeetingMode, MeetingStatus
from planner.services import ActionRow, ClientRow, MeetingRow
from tests.factories import TZ
from ui.formatting import datetime_text
from ui.widgets.table_models import ID_ROLE, ActionTableModel, ClientTableModel, MeetingTableModel


def test_client_model_masks_the_hetu_and_formats_dates(qapp: object) -> None:
    model = ClientTableModel()
    model.set_rows([ClientRow(7, "Aino Korhonen", "131052-308T", date(1952, 10, 13)),
                    ClientRow(8, "Ahmad Rahimi", None, None)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Henkilötunnus"
    assert model.data(model.index(0, ClientTableModel.HETU)) == "131052-****"
    assert model.data(model.index(0, ClientTableModel.BIRTH_DATE)) == "13.10.1952"
    assert model.data(model.index(1, ClientTableModel.HETU)) == ""
    assert model.data(model.index(1, 0), ID_ROLE) == 8


def test_meeting_model_shows_helsinki_time_and_finnish_status(qapp: object) -> None:
    start = datetime(2026, 12, 3, 7, 0, tzinfo=TZ)
    row = MeetingRow(1, 2, "Aino Korhonen", "Verkostoneuvottelu", start,
                     start + timedelta(hours=1), MeetingStatus.CONFIRMED,
                     MeetingMode.IN_PERSON, "Tays")
    model = MeetingTableModel()
    model.set_rows([row])
    assert model.data(model.index(0, MeetingTableModel.START)) == "to 3.12.2026 klo 7.00"
    assert model.data(model.index(0, MeetingTableModel.STATUS)) == "vahvistettu"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Aika"


def test_action_model_makes_overdue_actions_stand_out(qapp: object) -> None:
    late = ActionRow(1, 2, "Jari Mäkinen", 3, "Laskelma tuloista", "Katja Salonen", "Kela", 4,
                     date(2026, 11, 20), ActionStatus.OPEN, True)
    fine = ActionRow(2, 2, "Jari Mäkinen", 3, "Lausunto", "Ville Lehtinen", "Tyks", 5,
                     date(2026, 12, 20), ActionStatus.IN_PROGRESS, False)
    model = ActionTableModel()
    model.set_rows([late, fine])
    assert model.data(model.index(0, ActionTableModel.DUE)) == "20.11.2026 (myöhässä)"
    assert model.data(model.index(1, ActionTableModel.STATUS)) == "työn alla"
    font = model.data(model.index(0, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert model.headerData(ActionTableModel.RESPONSIBLE, Qt.Orientation.Horizontal) == \
        "Vastuuhenkilö"


def test_formatting() -> None:
    assert datetime_text(datetime(2027, 3, 29, 6, 0, tzinfo=TZ)) == "ma 29.3.2027 klo 6.00"
    assert mask_hetu("010101A953E") == "010101A****"
