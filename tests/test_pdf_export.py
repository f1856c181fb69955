"""The signed meeting summary end to end: collected, laid out, PAdES-signed with the user's
certificate, written atomically, audit-logged; checked by poppler `pdfsig` and pyHanko, from
the services, the `verkosto summary` command and the meeting editor."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.pdf.export import write_summary_pdf
from exports.signing import Coverage, Outcome, verify_pdf
from planner.domain.enums import AuditAction, MeetingStatus
from planner.errors import PdfNotSigned, SigningPassphraseRequired, SigningPassphraseWrong
from planner.services import MeetingRow, Planner, ProfileInput
from tests.support.signing import pdfsig
from tests.support.windows import demo_store, discard_open_editors, unlocked_window
from tests.test_cli import verkosto
from tests.test_ui_meeting_editor import open_client, open_from_workspace

SIGNING = "allekirjoitus-2026"


def _held_meeting(planner: Planner) -> int:
    return _held(planner).id


def _held(planner: Planner) -> MeetingRow:
    return next(m for m in planner.meetings.list() if m.status == MeetingStatus.HELD)


@pytest.fixture
def signer(demo_planner: Planner) -> Planner:
    """The demo as of 25.11.2026 (a copy of the one loaded once per test process)."""
    planner = demo_planner
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä",
                                      email="sari.aijala@example.fi"))
    planner.signing.create_self_signed(SIGNING)
    return planner


def test_signed_summary_is_valid_for_pdfsig_and_pyhanko(signer: Planner, tmp_path: Path) -> None:
    meeting_id = _held_meeting(signer)
    out = tmp_path / "yhteenveto.pdf"
    written = write_summary_pdf(signer, meeting_id, out, passphrase=SIGNING)
    assert written.signed and out.exists()
    poppler = pdfsig(out)
    assert "Signature is Valid" in poppler and "Total document signed" in poppler
    report = verify_pdf(out.read_bytes(), trust=signer.trust.certificates())
    assert report.outcome is Outcome.TRUSTED and report.intact and report.trusted
    assert report.coverage is Coverage.ENTIRE_FILE and not report.modified
    assert "Sari Äijälä" in report.signer
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "SALASSA PIDETTÄVÄ" in text and written.document_id in text
    assert "Sari Äijälä" in text  # the visible stamp (and the producer)
    logged = [e for e in signer.audit.for_client(_held(signer).client_id)
              if e.entity == "meeting_summary"]
    assert len(logged) == 1 and written.document_id in (logged[0].detail or "")
    assert logged[0].action == AuditAction.EXPORT

    changed = bytearray(out.read_bytes())
    changed[len(changed) // 3] ^= 0x01  # one byte inside the signed range
    assert verify_pdf(bytes(changed), trust=signer.trust.certificates()).outcome in (
        Outcome.BROKEN, Outcome.MODIFIED)


def test_a_failed_signature_leaves_the_earlier_file_and_logs_nothing(
        signer: Planner, tmp_path: Path) -> None:
    out = tmp_path / "yhteenveto.pdf"
    out.write_bytes(b"the earlier summary")
    meeting_id = _held_meeting(signer)
    with pytest.raises(SigningPassphraseWrong):  # replacing it was allowed (force)
        write_summary_pdf(signer, meeting_id, out, passphrase="väärä tunnuslause", force=True)
    with pytest.raises(SigningPassphraseRequired):  # no keyring keeps it
        write_summary_pdf(signer, meeting_id, out, force=True)
    assert out.read_bytes() == b"the earlier summary"
    assert not list(tmp_path.glob(".yhteenveto.pdf.*"))  # no temporary left behind
    assert not [e for e in signer.audit.for_client(_held(signer).client_id)
                if e.entity == "meeting_summary"]


def test_unsigned_summary_in_swedish(signer: Planner, tmp_path: Path) -> None:
    out = tmp_path / "sammanfattning.pdf"
    written = write_summary_pdf(signer, _held_meeting(signer), out, language="sv", sign=False)
    assert not written.signed
    with pytest.raises(PdfNotSigned):
        verify_pdf(out.read_bytes())
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "SEKRETESSBELAGD" in text


def test_summary_command_signs_with_the_passphrase_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    assert verkosto("profile", "--name", "Sari Äijälä", "--title", "sosiaalityöntekijä",
                    data_dir=data_dir).returncode == 0
    monkeypatch.setenv("VERKOSTO_SIGNING_PASSPHRASE", SIGNING)
    created = verkosto("signer", "--create", data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    meetings = verkosto("meetings", "--all", "--json", data_dir=data_dir)
    held = next(m for m in json.loads(meetings.stdout) if m["status"] == "held")
    out = tmp_path / "out" / "yhteenveto.pdf"
    out.parent.mkdir()  # an output's folder must exist (planner/files.py)
    result = verkosto("summary", str(held["id"]), "--out", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Allekirjoitettu yhteenveto tallennettu:")
    checked = verkosto("verify", str(out), data_dir=data_dir)
    assert checked.returncode == 0, checked.stdout + checked.stderr  # intact and trusted
    english = tmp_path / "summary-en.pdf"
    result = verkosto("summary", str(held["id"]), "--out", str(english), "--no-sign",
                      data_dir=data_dir, lang="en")
    assert result.returncode == 0 and "not signed" in result.stdout
    assert verkosto("verify", str(english), data_dir=data_dir).returncode == 53


def test_the_meeting_editor_saves_a_signed_summary(qtbot: QtBot, data_dir: Path,
                                                   tmp_path: Path) -> None:
    def with_signer(planner: Planner) -> None:
        planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä"))
        planner.signing.create_self_signed(SIGNING)

    demo_store(data_dir, with_signer)
    window = unlocked_window(qtbot, data_dir, before_close=discard_open_editors)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5, timeout=8000)
    assert window.planner is not None
    open_client(window, qtbot, _held(window.planner).client_name.split()[-1])
    held = _held(window.planner)
    editor = open_from_workspace(window, qtbot, held.id)
    editor.tabs.setCurrentWidget(editor.calendar_tab)
    bar = editor.calendar_tab.summary
    assert bar.save.isEnabled() and bar.sign.isChecked()
    out = tmp_path / "yhteenveto.pdf"
    bar.write(out, SIGNING)
    qtbot.waitUntil(lambda: out.exists() and bar.result.isVisible(), timeout=20000)
    report = verify_pdf(out.read_bytes(), trust=window.planner.trust.certificates())
    assert report.outcome is Outcome.TRUSTED
    assert str(out) in bar.result.text()
