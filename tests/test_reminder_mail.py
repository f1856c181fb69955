"""Reminder e-mails to other agencies' responsible persons (issue 14, Reminders): who gets
what, who is left out and why, the privacy scan's attacks, .eml files never written over
another file, and a real SMTP server on 127.0.0.1 — each delivery logged as a disclosure per
recipient and client, nothing for what did not leave. The store clock is pinned on the demo's
day (25.11.2026)."""

from __future__ import annotations

import email
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from sqlmodel import select

from exports.mail.reminder_delivery import file_name, send_reminders, write_reminders
from exports.mail.reminders import build_reminders
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction
from planner.errors import OutputExists, ValidationFailed
from planner.services import ActionInput, Planner, ProfessionalInput, SmtpSettings
from planner.services.context import TZ
from planner.services.reminder_mail import LeftOutReason
from tests.support.smtp_server import PASSWORD, USER, Server, smtp_server
from tests.support.windows import DEMO_DAY

# the local store and a team store on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)
# the demo's open actions of other agencies' people due by 2.12.2026 (or overdue)
DEMO_RECIPIENTS = {
    "anu.hamalainen@pshyvinvointialue.fi": ["B-lausunto kuntoutuspsykoterapiaa varten"],
    "jenni.laaksonen@hel.fi": ["Kielitestin varaus"],
    "kaisa.jokela@pohde.fi": ["Päätös asiakasmaksujen alentamisesta"],
    "leena.koskinen@hel.fi": ["Tilapäinen asunto"],
    "liisa.makela@pirha.fi": ["Kotihoidon arviointikäynti"],
    "riikka.salminen@varha.fi": ["Asumistuen tarkistus"],
}
LIISA = "liisa.makela@pirha.fi"


@pytest.fixture
def planner(demo_planner: Planner) -> Planner:
    """The demo's store (local or team), on the demo's day at noon."""
    return Planner(demo_planner.store, clock=lambda: NOW)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with smtp_server(tmp_path / "certs") as running:
        yield running


def settings_for(server: Server) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=server.port, username=USER,
                        ca_file=str(server.ca_file))


def person(planner: Planner, name: str) -> int:
    return next(p.id or 0 for p in planner.directory.professionals() if p.name == name)


def client_id(planner: Planner, last_name: str) -> int:
    return next(c.id for c in planner.clients.search(last_name, limit=5))


def add_action(planner: Planner, last_name: str, text: str, who: str,
               due: date = DEMO_DAY + timedelta(days=2)) -> int:
    action = planner.actions.record(ActionInput(client_id(planner, last_name), text,
                                                responsible_professional_id=person(planner, who),
                                                due_date=due))
    return action.id or 0


def disclosures(planner: Planner, last_name: str) -> list[tuple[str, str, str]]:
    return sorted((e.recipient or "", e.detail, str(e.entity_id))
                  for e in planner.audit.for_client(client_id(planner, last_name))
                  if e.action == AuditAction.DISCLOSE and e.entity == "action_reminder")


def parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_each_other_agency_person_gets_only_their_own_open_actions(planner: Planner) -> None:
    selection = planner.reminder_mail.select(7)
    assert (selection.today, selection.due_until) == (DEMO_DAY, date(2026, 12, 2))
    assert {r.email: [a.description for a in r.actions] for r in selection.recipients} == \
        DEMO_RECIPIENTS
    # my own open actions (Katja Salonen's) are on my home view, not in anyone's reminder
    texts = {a.description for r in selection.recipients for a in r.actions}
    assert "Laskelma tuloista työkokeilun aikana" not in texts
    # due in 10 days: outside a week, inside two
    assert "Ammatillisen kuntoutuksen lausunto" not in texts
    wider = planner.reminder_mail.select(14)
    assert "Ammatillisen kuntoutuksen lausunto" in {
        a.description for r in wider.recipients for a in r.actions}
    # reading them is logged as one view
    with planner.ctx.read() as session:
        viewed = list(session.exec(select(AuditEntry).where(
            AuditEntry.action == AuditAction.VIEW, AuditEntry.entity == "action_reminders")))
    assert len(viewed) == 2


def test_left_out_colleagues_people_without_address_and_agencies_without_consent(
        planner: Planner) -> None:
    kela_e = next(a.id or 0 for a in planner.directory.agencies()
                  if a.unit == "Itäinen vakuutuspiiri")
    planner.directory.create_professional(ProfessionalInput(
        "Pertti Kollega", kela_e, "Kelan asiantuntija", email="pertti.kollega@kela.fi"))
    add_action(planner, "Korhonen", "Asumistuen selvitys", "Pertti Kollega")  # own organisation
    add_action(planner, "Korhonen", "Psykiatrinen arvio", "Omar Haddad")  # hki_psy: no consent
    add_action(planner, "Nieminen", "Velkojen kartoitus", "Antti Väisänen")  # no e-mail
    # Omar Haddad's action for a client whose consent covers his clinic does go
    add_action(planner, "Rahimi", "Lausunto kotoutumissuunnitelmaan", "Omar Haddad")
    selection = planner.reminder_mail.select(7)
    left = {(o.name, o.reason): [a.description for a in o.actions] for o in selection.left_out}
    assert left == {
        ("Pertti Kollega", LeftOutReason.OWN_ORGANISATION): ["Asumistuen selvitys"],
        ("Omar Haddad", LeftOutReason.NO_CONSENT): ["Psykiatrinen arvio"],
        ("Antti Väisänen", LeftOutReason.NO_EMAIL): ["Velkojen kartoitus"],
    }
    omar = next(r for r in selection.recipients if r.name == "Omar Haddad")
    assert [a.description for a in omar.actions] == ["Lausunto kotoutumissuunnitelmaan"]
    with pytest.raises(ValidationFailed):
        planner.reminder_mail.select(-1)


def test_the_message_names_the_client_by_initials_in_the_recipients_language(
        planner: Planner) -> None:
    selection = planner.reminder_mail.select(7)
    [reminder] = build_reminders(planner.reminder_mail.select(7, only=[LIISA]), "initials", NOW)
    message = parsed(reminder.mail.data if reminder.mail else b"")
    assert message["Subject"] == "Muistutus: sovitut toimenpiteet (1)"
    assert message["To"] == "Liisa Mäkelä <liisa.makela@pirha.fi>"
    assert message["From"] == "Katja Salonen <katja.salonen@kela.fi>"
    body = message.get_content()
    for line in ("Hei Liisa Mäkelä,", "Asiakas: A. K.", "Tapaaminen: pe 13.11.2026",
                 "Sovittu: Kotihoidon arviointikäynti", "Määräaika: 30.11.2026",
                 "katja.salonen@kela.fi"):
        assert line in body, line
    assert "Korhonen" not in body and "Aino" not in body and "03 123 4567" not in body
    # the recipient's language, when the reminder is written in it
    recipient = replace(selection.recipients[0], language="sv")
    swedish = build_reminders(replace(selection, recipients=[recipient]), "none", NOW)[0]
    assert swedish.subject.startswith("Påminnelse: överenskomna åtgärder")
    assert "Klient:" not in swedish.text  # the setting "none": the client is not named at all
    assert "(försenad)" in swedish.text or "Tidsfrist:" in swedish.text


@pytest.mark.parametrize("text, what", [
    ("Soita Aino Korhoselle", "name"),  # inflected
    ("Yhteys: KORHONEN aino", "name"),  # any case, any order
    ("Asiakas 140341-248N tarvitsee kotihoitoa", "hetu"),  # someone's valid HETU
    ("Tarkista 131052a308t", "hetu"),  # lower case, another century sign
    ("Soita numeroon +358 3 1234567", "phone"),  # the client's phone in another form
    ("Käynti osoitteessa pyynikintie 12 b 4", "address"),
])
def test_the_privacy_scan_refuses_a_reminder_telling_more_than_initials(
        planner: Planner, server: Server, text: str, what: str) -> None:
    add_action(planner, "Korhonen", text, "Liisa Mäkelä")
    reminders = build_reminders(planner.reminder_mail.select(7), "initials", NOW)
    refused = [r for r in reminders if r.refused]
    assert [r.recipient.email for r in refused] == [LIISA]
    assert what in {f.what for f in refused[0].findings}
    assert refused[0].mail is None
    report = send_reminders(planner, reminders, settings_for(server), PASSWORD)
    assert LIISA not in server.mailbox.received and LIISA not in report.sent
    assert set(server.mailbox.received) == set(DEMO_RECIPIENTS) - {LIISA}
    assert disclosures(planner, "Korhonen") == []  # nothing logged for what did not leave


def test_surname_with_diacritics_folded_is_found(planner: Planner) -> None:
    add_action(planner, "Mäkinen", "Pyydä makiselta tiliote", "Riikka Salminen")
    reminders = build_reminders(planner.reminder_mail.select(7, only=["riikka.salminen@varha.fi"]),
                                "initials", NOW)
    assert [f.what for f in reminders[0].findings] == ["name"]
    assert "makiselta" not in reminders[0].findings[0].message("fi")  # says what, not echoes


def test_sent_to_a_real_server_each_recipient_logged_per_client(planner: Planner,
                                                                server: Server) -> None:
    server.mailbox.refuse.add("anu.hamalainen@pshyvinvointialue.fi")
    reminders = build_reminders(planner.reminder_mail.select(7), "initials", NOW)
    progress: list[tuple[int, int]] = []
    report = send_reminders(planner, reminders, settings_for(server), PASSWORD,
                            progress=lambda done, total, _r: progress.append((done, total)))
    assert set(report.sent) == set(DEMO_RECIPIENTS) - {"anu.hamalainen@pshyvinvointialue.fi"}
    assert set(report.refused) == {"anu.hamalainen@pshyvinvointialue.fi"}
    assert progress[-1] == (6, 6)
    assert set(server.mailbox.received) == set(report.sent)
    body = parsed(server.mailbox.received[LIISA]).get_content()
    assert "Kotihoidon arviointikäynti" in body and "Tilapäinen asunto" not in body
    action = next(a.action_id for r in reminders for a in r.recipient.actions
                  if r.recipient.email == LIISA)
    assert disclosures(planner, "Korhonen") == [(LIISA, "SMTP", str(action))]
    assert disclosures(planner, "Lehtonen") == []  # the server refused Anu's: not disclosed


def test_files_never_replace_one_already_there(planner: Planner, tmp_path: Path) -> None:
    out = tmp_path / "muistutukset"
    reminders = build_reminders(planner.reminder_mail.select(7), "initials", NOW)
    written = write_reminders(planner, reminders, out)
    assert sorted(p.name for p in written) == sorted(file_name(a) for a in DEMO_RECIPIENTS)
    assert disclosures(planner, "Korhonen")[0][:2] == (LIISA, file_name(LIISA))
    mine = out / file_name(LIISA)
    mine.write_bytes(b"my own notes")
    (out / file_name("kaisa.jokela@pohde.fi")).unlink()
    with pytest.raises(OutputExists):
        write_reminders(planner, reminders, out)
    assert mine.read_bytes() == b"my own notes"
    assert not (out / file_name("kaisa.jokela@pohde.fi")).exists()  # all or nothing
    assert len(disclosures(planner, "Korhonen")) == 1  # the refused write logged nothing


def test_without_the_profiles_address_nothing_is_built(planner: Planner) -> None:
    from planner.services import ProfileInput

    profile = planner.profile.get()
    assert profile is not None
    planner.profile.save(ProfileInput(profile.name, profile.title, profile.agency_id, None))
    with pytest.raises(ValidationFailed) as refused:
        planner.reminder_mail.select(7)
    assert refused.value.errors[0].code == "validation.reminder_sender_missing"


def test_only_a_chosen_recipient_gets_one(planner: Planner) -> None:
    selection = planner.reminder_mail.select(7, only=[" Liisa.Makela@pirha.fi "])
    assert [r.email for r in selection.recipients] == [LIISA]
    with planner.ctx.read() as session:
        logged = len(list(session.exec(select(AuditEntry))))
    with pytest.raises(ValidationFailed):
        planner.reminder_mail.select(7, only=["someone@else.fi"])
    with planner.ctx.read() as session:
        assert len(list(session.exec(select(AuditEntry)))) == logged  # a refusal logs nothing


def test_two_clients_in_one_message_each_disclosure_in_its_own_clients_log(
        planner: Planner, tmp_path: Path) -> None:
    from planner.domain.enums import ConsentForm
    from planner.services import ConsentInput

    helsinki = next(a.id or 0 for a in planner.directory.agencies()
                    if a.unit == "Maahanmuuttajien sosiaalityö")
    planner.consents.record(ConsentInput(client_id(planner, "Korhonen"), [helsinki],
                                         "Asumisen tuki", ConsentForm.WRITTEN, NOW))
    add_action(planner, "Korhonen", "Asuntohakemuksen tuki", "Leena Koskinen")
    [reminder] = build_reminders(planner.reminder_mail.select(7, only=["leena.koskinen@hel.fi"]),
                                 "initials", NOW)
    assert reminder.text.count("Asiakas: ") == 2
    assert "Asiakas: A. K." in reminder.text and "Asiakas: A. R." in reminder.text
    # one client's action may not name the other client either
    add_action(planner, "Rahimi", "Kysy Aino Korhoselta asunnosta", "Leena Koskinen")
    [refused] = build_reminders(planner.reminder_mail.select(7, only=["leena.koskinen@hel.fi"]),
                                "initials", NOW)
    assert [f.what for f in refused.findings] == ["name"]
    write_reminders(planner, [reminder], tmp_path / "out")
    assert [e[0] for e in disclosures(planner, "Korhonen")] == ["leena.koskinen@hel.fi"]
    assert [e[0] for e in disclosures(planner, "Rahimi")] == ["leena.koskinen@hel.fi"]
