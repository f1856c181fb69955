"""Issue 16 in the window: the client's case exported as a FHIR bundle from the workspace
(the HETU only when ticked, never over a file without asking) and a bundle from another
store imported from the client list (a broken file refused with its message, the client
chosen when the HETU does not tell, the report shown and the workspace opened), driven with
pytest-qt on the demo store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.services import ClientInput, GoalInput, PlanDraft, Planner
from tests.support.dialogs import answer_next_box
from tests.support.windows import demo_store
from tests.test_fhir import with_planner
from tests.test_ui_client_workspace import open_client
from ui.shell.main_window import MainWindow

FATHER_HETU = "231178-357B"  # the demo's Jari Mäkinen
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
SHOTS = Path("/tmp/fhirui")


def shoot(widget: object, name: str) -> None:
    """Look at what is built: the dialogs in Finnish, as PNGs."""
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def save_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path,
                        asked: list[tuple] | None = None) -> None:
    """Qt's save dialog is not under test: it returns ``path`` (and says what it was given)."""
    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        if asked is not None:
            asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def open_dialog_returns(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def export_from_window(window: MainWindow, qtbot: QtBot, out: Path, *, tick: bool,
                       monkeypatch: pytest.MonkeyPatch, asked: list[tuple] | None = None) -> str:
    export = window.clients.workspace.fhir
    save_dialog_returns(monkeypatch, out, asked)
    export.button.click()
    dialog = export.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.hetu.isChecked(), "the HETU is left out unless asked for"
    if tick:
        dialog.hetu.setChecked(True)
    dialog.save.click()
    qtbot.waitUntil(lambda: export.result.isVisible() and export.button.isEnabled(),
                    timeout=10_000)
    return export.result.text()


def test_the_workspace_exports_a_valid_bundle_the_hetu_only_when_ticked(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    open_client(window, qtbot, "Mäkinen")
    space = window.clients.workspace
    cid = space.bundle.client.id
    assert space.fhir.button.text() == "Vie FHIR-paketti…" and space.fhir.button.isEnabled()
    space.fhir.button.click()
    shoot(space.fhir.dialog, "export-dialog-fi")
    assert "henkilötunnus" in space.fhir.dialog.hetu.text().casefold()
    space.fhir.dialog.reject()

    plain, asked = tmp_path / "ilman.json", []
    said = export_from_window(window, qtbot, plain, tick=False, monkeypatch=monkeypatch,
                              asked=asked)
    assert asked[0][2].endswith(f"asiakas-{cid}-fhir.json")  # the default name
    assert said.startswith(f"FHIR-paketti tallennettu ilman henkilötunnusta: {plain}")
    text = plain.read_text("utf-8")
    bundle = Bundle.model_validate_json(text)  # the independent R4(B) models, strict
    assert bundle.type == "collection"
    assert FATHER_HETU not in text and FATHER_HETU[6:] not in text and "1.2.246.21" not in text
    shoot(space, "workspace-exported-fi")

    with_hetu = tmp_path / "hetu.json"
    said = export_from_window(window, qtbot, with_hetu, tick=True, monkeypatch=monkeypatch)
    assert "henkilötunnus mukana" in said
    Bundle.model_validate_json(with_hetu.read_text("utf-8"))
    assert FATHER_HETU in with_hetu.read_text("utf-8")
    logged = [e for e in window.planner.audit.for_extract(cid) if e.entity == "fhir_bundle"]
    assert len(logged) == 2 and "with HETU" in logged[0].detail
    assert "without HETU" in logged[1].detail


def test_a_file_already_there_is_replaced_only_after_asking(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_client(window, qtbot, "Mäkinen")
    export = window.clients.workspace.fhir
    out = tmp_path / "kollega.json"
    out.write_text("a colleague's file", "utf-8")  # appeared after the dialog closed
    asked: list[str] = []
    answer_next_box(QMessageBox.ButtonRole.NoRole, asked)
    export.write(out, include_hetu=False)
    qtbot.waitUntil(lambda: bool(asked) and export.button.isEnabled(), timeout=10_000)
    assert "on jo olemassa" in asked[0]
    assert out.read_text("utf-8") == "a colleague's file"
    cid = window.clients.workspace.bundle.client.id
    assert not [e for e in window.planner.audit.for_extract(cid) if e.entity == "fhir_bundle"]

    answer_next_box(QMessageBox.ButtonRole.YesRole, asked)
    export.write(out, include_hetu=False)
    qtbot.waitUntil(lambda: len(asked) == 2 and export.result.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: out.read_text("utf-8").startswith("{"), timeout=10_000)
    Bundle.model_validate_json(out.read_text("utf-8"))


def _hetu(birth: str, individual: str) -> str:
    """A valid HETU of the 1900s (check character computed as the law says)."""
    return f"{birth}-{individual}" + HETU_CHECK[int(birth + individual) % 31]


def _newcomer(planner: Planner) -> None:
    """In the other store: a client this window's store has never had, with a plan."""
    client = planner.clients.create(ClientInput(
        first_names="Veera Sofia", last_name="Tulokas", hetu=_hetu("050595", "274")))
    planner.plans.create(client.id or 0, "Siirtyvä suunnitelma", PlanDraft(
        situation="Muuttanut toiselle paikkakunnalle.",
        goals=[GoalInput("Asunto uudelta paikkakunnalta", None)]))


def other_store_bundle(tmp_path: Path, name: str, last_name: str, *,
                       include_hetu: bool, then: object = None) -> Path:
    """A bundle exported from another store (a copy of the demo data, changed by ``then``)."""
    from exports.fhir.export import bundle_bytes

    other = tmp_path / "other"
    if not other.exists():
        demo_store(other)
    planner = with_planner(other)
    try:
        if then is not None:
            then(planner)  # type: ignore[operator]
        cid = next(c.id for c in planner.clients.search(last_name))
        raw, _count = bundle_bytes(planner, cid or 0, include_hetu=include_hetu)
    finally:
        planner.close()
    path = tmp_path / name
    path.write_bytes(raw)
    return path


def wait_report(window: MainWindow, qtbot: QtBot) -> object:
    """The import's report, or what was said instead (beside the button, in the status bar)."""
    importer = window.clients.fhir_import
    try:
        qtbot.waitUntil(lambda: importer.report is not None and importer.report.isVisible(),
                        timeout=15_000)
    except qtbot.TimeoutError:
        raise AssertionError((importer.result.text(),
                              window.statusBar().currentMessage())) from None
    return importer.report


def test_a_bundle_from_another_store_brings_the_client_in_and_the_workspace_shows_it(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = other_store_bundle(tmp_path, "tulokas.json", "Tulokas", include_hetu=True,
                              then=_newcomer)
    open_dialog_returns(monkeypatch, path)
    importer = window.clients.fhir_import
    assert importer.button.text() == "&Tuo FHIR-paketti…"
    importer.button.click()
    report = wait_report(window, qtbot)
    shoot(report, "import-report-fi")
    assert report.windowTitle() == "FHIR-paketti tuotu"
    assert report.heading.text() == "Tuotu asiakkaalle Veera Sofia Tulokas"
    assert "Asiakas oli uusi tässä tietokannassa" in report.summary.text()
    kinds = [report.table.item(r, 0).text() for r in range(report.table.rowCount())]
    assert {"Asiakas", "Suunnitelmat", "Tavoitteet"} <= set(kinds)
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None
                    and space.bundle.client.last_name == "Tulokas", timeout=10_000)
    assert window.clients.stack.currentWidget() is space
    assert space.heading.text() == "Veera Sofia Tulokas"
    qtbot.waitUntil(lambda: space.plan_editor.view is not None, timeout=10_000)
    assert space.plan_editor.view.plan.title == "Siirtyvä suunnitelma"
    assert [g.description for g in space.plan_editor.view.goals] == [
        "Asunto uudelta paikkakunnalta"]
    report.reject()
    # the list has the new client too
    space.go_back()
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 6, timeout=10_000)
    # the hurried user imports the same file again: nothing added, no second client
    importer.button.click()
    again = wait_report(window, qtbot)
    assert again is not report
    assert again.summary.text().startswith("Lisätty 0, päivitetty 0")
    assert "uusi" not in again.summary.text() and again.table.rowCount() == 0
    assert [c.name for c in window.planner.clients.search("Tulokas")] == ["Veera Sofia Tulokas"]


@pytest.mark.parametrize(("content", "said"), [
    (b'{"resourceType": "Bundle", "type": "collection", "entry": [', "ei ole JSON-muotoinen"),
    (json.dumps({"resourceType": "Bundle", "type": "collection", "entry": []}).encode(),
     "ei ole Verkoston viemä"),
    (json.dumps({"resourceType": "Patient"}).encode(), "ei ole FHIR Bundle"),
])
def test_a_broken_or_foreign_file_is_refused_with_its_message_and_nothing_is_stored(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes, said: str) -> None:
    planner = window.planner
    before = [(c.id, c.name) for c in planner.clients.search("")]
    last_entry = planner.audit.for_extract(before[0][0])[0].id
    path = tmp_path / "rikki.json"
    path.write_bytes(content)
    open_dialog_returns(monkeypatch, path)
    importer = window.clients.fhir_import
    importer.button.click()
    qtbot.waitUntil(lambda: importer.result.isVisible() and importer.button.isEnabled(),
                    timeout=10_000)
    text = importer.result.text()
    assert text.startswith("FHIR-tiedostoa ei tuotu:") and said in text
    assert text.endswith("Mitään ei muutettu.")
    assert importer.report is None and importer.choice is None
    assert [(c.id, c.name) for c in planner.clients.search("")] == before
    assert planner.audit.for_extract(before[0][0])[0].id == last_entry
    assert window.clients.stack.currentWidget() is window.clients.list_page
    if said == "ei ole Verkoston viemä":
        shoot(window.clients, "import-refused-fi")


def _new_version_of_makinen(planner: Planner) -> None:
    cid = next(c.id for c in planner.clients.search("Mäkinen"))
    plan, version = planner.plans.for_client(cid or 0)[0]
    if str(version.status) == "draft":
        planner.plans.agree(version.id or 0)
    planner.plans.new_version(plan.id or 0)


def test_without_a_hetu_the_user_chooses_the_client_and_cancel_stores_nothing(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = other_store_bundle(tmp_path, "ilman.json", "Mäkinen", include_hetu=False,
                              then=_new_version_of_makinen)
    planner = window.planner
    cid = next(c.id for c in planner.clients.search("Mäkinen"))
    versions = planner.plans.for_client(cid)[0][1].number
    open_dialog_returns(monkeypatch, path)
    importer = window.clients.fhir_import

    # first the hurried user cancels the question: nothing stored, and said so
    importer.button.click()
    qtbot.waitUntil(lambda: importer.choice is not None and importer.choice.isVisible(),
                    timeout=15_000)
    choice = importer.choice
    shoot(choice, "choose-client-fi")
    assert choice.windowTitle() == "Kenestä asiakkaasta paketti on?"
    names = [choice.clients.item(r).text() for r in range(choice.clients.count())]
    assert names == ["Jari Tapani Mäkinen — 231178-****"]
    assert not choice.ok.isEnabled(), "no client is chosen for the user"
    choice.reject()
    qtbot.waitUntil(lambda: importer.result.isVisible(), timeout=5000)
    assert "asiakasta ei valittu" in importer.result.text()
    assert planner.plans.for_client(cid)[0][1].number == versions

    # then chooses Mäkinen: the newer version comes in, and their workspace shows it
    importer.button.click()
    qtbot.waitUntil(lambda: importer.choice is not None and importer.choice.isVisible(),
                    timeout=15_000)
    choice = importer.choice
    choice.clients.setCurrentRow(0)
    assert choice.ok.isEnabled()
    choice.ok.click()
    report = wait_report(window, qtbot)
    shoot(report, "import-report-chosen-fi")
    assert "Tietopyyntöjä jäi tuomatta 1" in report.skipped.text()
    kinds = {report.table.item(r, 0).text(): report.table.item(r, 1).text()
             for r in range(report.table.rowCount())}
    assert kinds.get("Suunnitelman versiot") == "1"
    assert "Asiakas oli uusi" not in report.summary.text()
    assert planner.plans.for_client(cid)[0][1].number == versions + 1
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None and space.bundle.client.id == cid,
                    timeout=10_000)
    qtbot.waitUntil(lambda: space.plan_editor.view is not None
                    and space.plan_editor.view.version.number == versions + 1, timeout=10_000)
    assert [c.name for c in planner.clients.search("Mäkinen")] == [
        "Jari Tapani Mäkinen"], "no second Mäkinen was made"


def test_a_client_without_a_hetu_is_not_offered_one_to_include(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.planner.clients.create(ClientInput(first_names="Nimetön", last_name="Tunnukseton"))
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 6, timeout=10_000)
    open_client(window, qtbot, "Tunnukseton")
    export = window.clients.workspace.fhir
    dialog = export.ask()
    assert dialog is not None and not dialog.hetu.isEnabled() and not dialog.hetu.isChecked()
    dialog.reject()
    out = tmp_path / "t.json"
    said = export_from_window(window, qtbot, out, tick=False, monkeypatch=monkeypatch)
    assert "ilman henkilötunnusta" in said
    Bundle.model_validate_json(out.read_text("utf-8"))
