"""The FHIR import's two dialogs: choosing the client a bundle is about when its HETU does not
tell (the clients the service names, nobody else), and the report of what was brought in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.client_identity import mask_hetu
from planner.domain import Client
from planner.handover import HandoverCase, ImportReport
from planner.messages import translate
from ui import i18n
from ui.formatting import date_text
from ui.widgets.style import TextStyle, apply_text_style


def _kind(what: str) -> str:
    names = {
        "client": QCoreApplication.translate("FhirImportReport", "Client"),
        "agency": QCoreApplication.translate("FhirImportReport", "Agencies"),
        "professional": QCoreApplication.translate("FhirImportReport", "Professionals"),
        "contact": QCoreApplication.translate("FhirImportReport", "Contact persons"),
        "plan": QCoreApplication.translate("FhirImportReport", "Plans"),
        "plan_version": QCoreApplication.translate("FhirImportReport", "Plan versions"),
        "goal": QCoreApplication.translate("FhirImportReport", "Goals"),
        "service": QCoreApplication.translate("FhirImportReport", "Benefits and services"),
        "meeting": QCoreApplication.translate("FhirImportReport", "Meetings"),
        "action": QCoreApplication.translate("FhirImportReport", "Agreed actions"),
        "consent": QCoreApplication.translate("FhirImportReport", "Consents"),
    }
    return names.get(what, what)


class ClientChoiceDialog(QDialog):
    """Which of the clients the service named the bundle is about; OK only once one is
    chosen (no default: the hurried user's Enter chooses nobody)."""

    def __init__(self, case: HandoverCase, candidates: list[Client],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fhirClientChoice")
        self.setWindowTitle(self.tr("Which client is the bundle about?"))
        column = QVBoxLayout(self)
        data = case.client
        born = date_text(data.birth_date) if data.birth_date else self.tr("not given")
        about = QLabel(self.tr(
            "The bundle is about {0} (born {1}), but no identity code in it identifies a "
            "client of this store. These clients have the same surname and the same birth "
            "date or first names. Choose the one the bundle is about: its data is added to "
            "that client's case, never over newer data here."
        ).format(f"{data.first_names} {data.last_name}", born))
        about.setWordWrap(True)
        column.addWidget(about)
        self.clients = QListWidget()
        self.clients.setAccessibleName(self.tr("Clients who could be the one"))
        for client in candidates:
            parts = [client.display_name]
            if client.hetu:
                parts.append(mask_hetu(client.hetu))
            elif client.birth_date:
                parts.append(date_text(client.birth_date))
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            self.clients.addItem(item)
        self.clients.setCurrentRow(-1)
        column.addWidget(self.clients)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("&Import for this client"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.ok.setEnabled(False)
        self.clients.itemSelectionChanged.connect(
            lambda: self.ok.setEnabled(self.chosen() is not None))
        self.clients.itemActivated.connect(lambda _item: self.accept())
        self.setMinimumWidth(520)

    def chosen(self) -> int | None:
        items = self.clients.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None


class ImportReportDialog(QDialog):
    """What the import added, updated and left unchanged, and what it skipped and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fhirImportReport")
        self.setWindowTitle(self.tr("FHIR bundle imported"))
        language = i18n.current()
        column = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Imported for {0}").format(report.client_name))
        apply_text_style(self.heading, TextStyle.SECTION)
        column.addWidget(self.heading)
        lines = []
        if report.client_created:
            lines.append(translate("cli.fhir_client_created", language))
        lines.append(self.tr("Added {0}, updated {1}, unchanged {2}. The import has been "
                             "logged.").format(sum(report.added.values()),
                                               sum(report.updated.values()), report.unchanged))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        kinds = sorted(set(report.added) | set(report.updated),
                       key=lambda w: _ORDER.index(w) if w in _ORDER else len(_ORDER))
        self.table = QTableWidget(len(kinds), 3)
        self.table.setAccessibleName(self.tr("Added and updated"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Added"),
                                              self.tr("Updated")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, what in enumerate(kinds):
            self.table.setItem(row, 0, QTableWidgetItem(_kind(what)))
            for col, counts in ((1, report.added), (2, report.updated)):
                item = QTableWidgetItem(str(counts.get(what, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(kinds))
        column.addWidget(self.table)
        skipped = [translate("cli.fhir_skipped", language,
                             what=translate(f"fhir.what.{s.what}", language), name=s.name[:80],
                             reason=translate(s.reason, language)) for s in report.skipped]
        if report.requests_left_out:
            skipped.append(translate("cli.fhir_requests_left_out", language,
                                     count=report.requests_left_out))
        self.skipped = QLabel("\n".join(skipped))
        self.skipped.setWordWrap(True)
        self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped.setVisible(bool(skipped))
        column.addWidget(self.skipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.setMinimumWidth(520)


_ORDER = ["client", "agency", "professional", "contact", "plan", "plan_version", "goal",
          "service", "meeting", "action", "consent"]
