"""Forged calendar answers (issue 11, part 4).

Mallory, who is not invited, mails an iTIP REPLY that names the client's daughter as the
attendee: RFC 6047 says the iMIP sender must be that attendee, so the answer is not recorded
but shown for a person to confirm or reject. A REPLY naming several attendees (RFC 5546 allows
exactly one) is refused whole. Whatever is recorded names its sender in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from exports.ical.reply_import import import_replies
from planner.domain.enums import Attendance, AuditAction
from planner.errors import ValidationFailed
from planner.services import Planner, ReplyOutcome
from tests.support import ical
from tests.test_cli import verkosto
from tests.test_ical_reply_import import outlook_mail, reply_ics

DAUGHTER = "liisa.korhonen@example.fi"
MALLORY = "Mallory Meddler <mallory@evil.example>"
PEOPLE = (("Liisa Korhonen", DAUGHTER, False),
          ("Pekka Äijälä", "pekka.aijala@example.fi", True),
          ("Лариса Иванова", "larisa@example.ru", False),
          ("Aleksi Tulkki", "aleksi@bücher.example", False))


@pytest.fixture
def meeting(planner: Planner) -> Iterator[tuple[Planner, int, str, int]]:
    """A meeting with the client's daughter among four invitees; the store is closed while
    a test runs the real command on it."""
    ical.organizer(planner)
    meeting_id = ical.meeting(planner, ical.client(planner).id or 0, people=PEOPLE)
    detail = planner.meeting_details.get(meeting_id).meeting
    yield planner, meeting_id, detail.ical_uid, detail.sequence


def _attendance(planner: Planner, meeting_id: int, email: str) -> Attendance:
    detail = planner.meeting_details.get(meeting_id)
    return next(p.attendance for p in detail.participants if p.email == email)


def _reply_details(planner: Planner, meeting_id: int) -> list[str]:
    client_id = planner.meeting_details.get(meeting_id).client.id or 0
    return [e.detail or "" for e in planner.audit.for_client(client_id)
            if e.action == AuditAction.UPDATE and "calendar reply" in (e.detail or "")]


def _mail(body: bytes, sender: str) -> bytes:
    return outlook_mail(body, sender=sender)


def test_mallory_answering_for_the_daughter_is_not_recorded(
        meeting: tuple[Planner, int, str, int], tmp_path: Path, data_dir: Path) -> None:
    planner, meeting_id, uid, sequence = meeting
    forged = tmp_path / "forged.eml"
    forged.write_bytes(_mail(reply_ics(uid, DAUGHTER, "DECLINED", sequence), MALLORY))

    result = verkosto("reply", str(forged), data_dir=data_dir)
    assert result.returncode == 34, result.stderr
    assert "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    assert "mallory@evil.example" in said and DAUGHTER in said
    assert "--accept-mismatch" in result.stderr
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.INVITED
    assert _reply_details(planner, meeting_id) == []

    accepted = verkosto("reply", str(forged), "--accept-mismatch", data_dir=data_dir)
    assert accepted.returncode == 0, accepted.stderr
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.DECLINED
    [logged] = _reply_details(planner, meeting_id)
    assert "sender mallory@evil.example" in logged and "mismatch accepted" in logged


def test_one_reply_with_four_attendees_is_refused_whole(
        meeting: tuple[Planner, int, str, int], tmp_path: Path, data_dir: Path) -> None:
    planner, meeting_id, uid, sequence = meeting
    one = reply_ics(uid, DAUGHTER, "ACCEPTED", sequence).decode()
    lines = one.split("\r\n")
    attendee = next(i for i, line in enumerate(lines) if line.startswith("ATTENDEE"))
    others = [f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{email}" for _n, email, _r in PEOPLE[1:]]
    four = "\r\n".join(lines[:attendee + 1] + others + lines[attendee + 1:]).encode()
    assert four.count(b"ATTENDEE") == 4
    for name, data in (("four.ics", four), ("four.eml", _mail(four, DAUGHTER))):
        path = tmp_path / name
        path.write_bytes(data)
        result = verkosto("reply", str(path), data_dir=data_dir)
        assert result.returncode == 6, result.stderr
        assert "4" in result.stderr and "täsmälleen yksi" in result.stderr
    for _name, email, _required in PEOPLE:
        assert _attendance(planner, meeting_id, email) == Attendance.INVITED
    assert _reply_details(planner, meeting_id) == []
    # Four VEVENTs of one attendee each, in one file: four people all the same.
    events = one.split("BEGIN:VEVENT")[1].split("END:VEVENT")[0]
    several = one.replace("BEGIN:VEVENT" + events + "END:VEVENT\r\n", "".join(
        "BEGIN:VEVENT" + events.replace(DAUGHTER, email) + "END:VEVENT\r\n"
        for _n, email, _r in PEOPLE))
    with pytest.raises(ValidationFailed) as refused:
        import_replies(planner, several.encode())
    assert refused.value.errors[0].params["count"] == 4
    assert _reply_details(planner, meeting_id) == []


def test_a_matching_sender_is_recorded_and_named_in_the_log(
        meeting: tuple[Planner, int, str, int], tmp_path: Path, data_dir: Path) -> None:
    planner, meeting_id, uid, sequence = meeting
    answer = tmp_path / "answer.eml"
    # Case and an internationalised domain (punycode in From, Unicode in ATTENDEE) differ.
    answer.write_bytes(_mail(reply_ics(uid, "Liisa.Korhonen@EXAMPLE.fi", "ACCEPTED", sequence),
                             f"Liisa <{DAUGHTER.upper()}>"))
    idn = tmp_path / "idn.eml"
    idn.write_bytes(_mail(reply_ics(uid, "aleksi@bücher.example", "TENTATIVE", sequence),
                          "=?utf-8?q?Aleksi?= <ALEKSI@xn--bcher-kva.example>"))
    bare = tmp_path / "bare.ics"
    bare.write_bytes(reply_ics(uid, "pekka.aijala@example.fi", "DECLINED", sequence))
    result = verkosto("reply", str(answer), str(idn), str(bare), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.ACCEPTED
    assert _attendance(planner, meeting_id, "aleksi@bücher.example") == Attendance.TENTATIVE
    assert _attendance(planner, meeting_id, "pekka.aijala@example.fi") == Attendance.DECLINED
    logged = _reply_details(planner, meeting_id)
    assert len(logged) == 3
    # The sender as it was written, its case and punycode included.
    assert f"sender {DAUGHTER.upper()}" in logged[0] and "mismatch" not in logged[0]
    assert "sender ALEKSI@xn--bcher-kva.example" in logged[1] and "mismatch" not in logged[1]
    assert "no sender (bare .ics file)" in logged[2]


@pytest.mark.parametrize("sender", [
    "",  # no From at all
    "Liisa Korhonen <liisa.korhonen@example.fi>, mallory@evil.example",  # two authors
    "liisa.korhonen@example.fi.evil.example",
    "\"liisa.korhonen@example.fi\" <mallory@evil.example>",  # the display name lies
])
def test_senders_that_only_look_like_the_attendee_are_not_recorded(
        meeting: tuple[Planner, int, str, int], sender: str) -> None:
    planner, meeting_id, uid, sequence = meeting
    data = _mail(reply_ics(uid, DAUGHTER, "DECLINED", sequence), sender)
    if not sender:
        data = data.replace(b"From: \r\n", b"")
    [result] = import_replies(planner, data)
    assert result.outcome == ReplyOutcome.SENDER_MISMATCH
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.INVITED


def test_mailbox_comparison() -> None:
    from planner.services.replies import same_mailbox

    assert same_mailbox("Liisa@Example.FI", "liisa@example.fi")
    assert same_mailbox("a@bücher.example", "A@XN--BCHER-KVA.EXAMPLE")
    assert same_mailbox("a@BÜCHER.example.", "a@bücher.example")
    assert not same_mailbox("a@example.fi", "b@example.fi")
    assert not same_mailbox("", "a@example.fi")
    assert not same_mailbox("a@example.fi", "a@example.fi.evil")


def test_the_window_asks_before_recording_a_mismatched_answer(
        meeting: tuple[Planner, int, str, int], qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The meeting editor's "Import replies…" on a real store: No keeps the answer out,
    Yes records it with mallory named in the log."""
    from PySide6.QtWidgets import QMessageBox

    from planner.domain.enums import MeetingStatus
    from ui.meetings.invites import InviteBar
    from ui.operations import TaskRunner

    planner, meeting_id, uid, sequence = meeting
    runner = TaskRunner()
    bar = InviteBar(runner, lambda: str(tmp_path))
    qtbot.addWidget(bar)
    bar.planner = planner
    bar.set_meeting(meeting_id, MeetingStatus.PLANNED)
    forged = tmp_path / "forged.eml"
    forged.write_bytes(_mail(reply_ics(uid, DAUGHTER, "DECLINED", sequence), MALLORY))
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    bar.record_answers([forged])
    qtbot.waitUntil(lambda: len(asked) == 1 and "ei kirjattu" in bar.result.text(),
                    timeout=8000)
    assert "mallory@evil.example" in asked[0] and DAUGHTER in asked[0]
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.INVITED
    assert _reply_details(planner, meeting_id) == []

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    bar.record_answers([forged])
    qtbot.waitUntil(lambda: "kieltäytynyt" in bar.result.text(), timeout=8000)
    assert len(asked) == 2
    assert _attendance(planner, meeting_id, DAUGHTER) == Attendance.DECLINED
    [logged] = _reply_details(planner, meeting_id)
    assert "sender mallory@evil.example" in logged and "mismatch accepted" in logged
    runner.shutdown()
