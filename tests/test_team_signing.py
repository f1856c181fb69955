"""A team store's member's own (issue 17): the certificate they sign with, kept in the team
database but seen and used only by its owner (migration 0016), who "I" am (their directory
entry, not the store's profile), and their own settings over the team's (migration 0017) —
the server enforces it (resources/team/security.sql). Real logins, a real PostgreSQL, real
signatures checked with pyHanko."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from alembic import command
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pytestqt.qtbot import QtBot

from exports.pdf.export import write_summary_pdf
from exports.signing.report import Outcome
from exports.signing.verify import verify_pdf
from planner.crypto.vault import KeyringVault
from planner.domain.enums import AgencyKind, ParticipantKind
from planner.errors import SignerMissing, TeamNotPermitted
from planner.services import ClientInput, Planner
from planner.services.directory import AgencyInput, ProfessionalInput
from planner.services.meetings import MeetingInput, ParticipantInput
from planner.services.profile import ProfileInput
from planner.storage import migrate
from planner.storage.team import TeamStore
from planner.storage.team_setup import apply_security, map_member
from tests.support.cli import command_environment, run
from tests.support.keyrings import MemoryKeyring
from tests.support.postgres import SUPERUSER, PostgresServer, team_store
from tests.support.signing import P12_PASSPHRASE, TestCa
from tests.test_team_rls import DENIED, PASSWORD, Team, _logins
from ui.operations import TaskRunner
from ui.settings.signing import SigningSettingsBox

OWN_PASSPHRASE = "Liisan oma varmenne 2026"
ROW = ("INSERT INTO signing_identity (owner, pkcs12, certificate, fingerprint, self_signed, "
       "chain, added_at) VALUES (%s, '\\x00', 'PEM', 'AB', false, '', "
       "'2026-12-03T08:00:00.000000Z')")


@pytest.fixture
def team(postgres: PostgresServer) -> Iterator[Team]:
    """A set-up team store: Liisa (the county) is Aino's case lead, and Kaisa (Kela) and Olli
    (employment services) take part in her meeting."""
    _logins(postgres)
    store = team_store(postgres)  # as the superuser: the administrator
    assert isinstance(store, TeamStore) and store.address is not None
    apply_security(store)
    admin = Planner(store)
    try:
        people = {}
        for login, name, title, agency, kind in (
                ("liisa", "Liisa Laine", "sosiaalityöntekijä", "Pirkanmaan hyvinvointialue",
                 AgencyKind.SOCIAL_SERVICES),
                ("kaisa", "Kaisa Kela", "etuusasiantuntija", "Kela", AgencyKind.KELA),
                ("olli", "Olli Ojala", "", "Tampereen työllisyyspalvelut",
                 AgencyKind.EMPLOYMENT_SERVICES)):
            agency_id = admin.directory.create_agency(AgencyInput(agency, kind)).id or 0
            people[login] = admin.directory.create_professional(
                ProfessionalInput(name, agency_id, title=title)).id or 0
            map_member(store, login, people[login])
        aino = admin.clients.create(ClientInput("Aino", "Korhonen")).id or 0
        admin.clients.set_contact(aino, people["liisa"], case_lead=True)
        start = datetime.now(UTC) + timedelta(days=2)
        meeting = admin.meetings.plan(MeetingInput(
            aino, "Verkostoneuvottelu", start, start + timedelta(hours=1),
            location="Sosiaalitoimisto")).id or 0
        for login in ("kaisa", "olli"):
            admin.meetings.add_participant(meeting, ParticipantInput(
                ParticipantKind.PROFESSIONAL, professional_id=people[login]))
        yield Team(postgres, store.address.database, {"meeting": meeting}, admin)
    finally:
        admin.close()


def member(team: Team, login: str, keyring: MemoryKeyring | None = None) -> Planner:
    return Planner(team.open_as(login), vault=KeyringVault(keyring or MemoryKeyring()))


def test_two_members_each_sign_with_their_own_certificate(team: Team, tmp_path: Path) -> None:
    desktop = MemoryKeyring()  # one desktop's keyring, both members' passphrases in it
    liisa, kaisa = member(team, "liisa", desktop), member(team, "kaisa", desktop)
    ca = TestCa.create()
    try:
        # Liisa creates the local PKI: it names her professional, not the store's profile
        created = liisa.signing.create_self_signed(OWN_PASSPHRASE, remember=True)
        assert (created.certificate.common_name, created.certificate.title,
                created.certificate.organisation) == (
            "Liisa Laine", "sosiaalityöntekijä", "Pirkanmaan hyvinvointialue")
        # Kaisa imports her organisation's .p12; its CA is the team's to trust
        kaisa.signing.import_pkcs12(ca.pkcs12("Kaisa Kela"), P12_PASSPHRASE, remember=True)
        with pytest.raises(TeamNotPermitted):
            kaisa.trust.add(ca.pem())  # a root trusted for all is the administrator's
        team.admin.trust.add(ca.pem())
        assert team.admin.signing.show() is None  # the administrator has none of their own

        own = {"liisa": created.certificate.fingerprint,
               "kaisa": kaisa.signing.show().certificate.fingerprint}  # type: ignore[union-attr]
        assert own["liisa"] != own["kaisa"]
        # the keyring accounts name the login: neither member's passphrase meets the other's
        accounts = {account for _service, account in desktop.entries}
        assert len(accounts) == 2
        assert {a.split("/signing/")[1] for a in accounts} == {
            f"{login}/{fingerprint}" for login, fingerprint in own.items()}

        signed = {
            "liisa": write_summary_pdf(liisa, team.ids["meeting"], tmp_path / "l.pdf"),
            "kaisa": write_summary_pdf(kaisa, team.ids["meeting"], tmp_path / "k.pdf")}
        for login, planner, name in (("liisa", liisa, "Liisa Laine"),
                                     ("kaisa", kaisa, "Kaisa Kela")):
            assert signed[login].signed
            report = verify_pdf(signed[login].path.read_bytes(),
                                trust=planner.trust.certificates())
            assert report.outcome is Outcome.TRUSTED, login
            assert report.first.signer_name == name
            assert report.first.signer_fingerprint == own[login]
            # and its stamp names the member too, not the store's (administrator's) profile
            producer = planner.summaries.source(team.ids["meeting"]).producer
            assert producer is not None and producer.name == name
        # Liisa's own root is hers, not the team's: Kaisa does not trust it
        report = verify_pdf(signed["liisa"].path.read_bytes(), trust=kaisa.trust.certificates())
        assert report.outcome is Outcome.UNTRUSTED
    finally:
        liisa.close()
        kaisa.close()


def test_a_member_cannot_read_change_delete_or_forge_anothers_identity(team: Team) -> None:
    liisa = member(team, "liisa")
    try:
        liisa.signing.create_self_signed(OWN_PASSPHRASE)
    finally:
        liisa.close()
    with team.connect("kaisa") as kaisa:
        assert kaisa.execute("SELECT count(*) FROM signing_identity").fetchone() == (0,)
        assert kaisa.execute("SELECT pkcs12 FROM signing_identity "
                             "WHERE owner = 'liisa'").fetchall() == []
        assert kaisa.execute("UPDATE signing_identity SET pkcs12 = '\\x00', "
                             "certificate = 'x'").rowcount == 0
        assert kaisa.execute("DELETE FROM signing_identity").rowcount == 0
        with pytest.raises(DENIED, match="own login"):
            kaisa.execute(ROW, ("liisa",))
        # her own row: the server names her the owner, and it stays hers
        kaisa.execute(ROW, (None,))
        assert kaisa.execute("SELECT owner FROM signing_identity").fetchall() == [("kaisa",)]
        with pytest.raises(DENIED, match="own login"):
            kaisa.execute("UPDATE signing_identity SET owner = 'liisa'")
        with pytest.raises(psycopg.errors.UniqueViolation):
            kaisa.execute(ROW, ("kaisa",))  # one each
        assert kaisa.execute("DELETE FROM signing_identity").rowcount == 1
        # the trusted certificates are read by all, changed by the administrator only
        assert kaisa.execute("SELECT count(*) FROM trust_root").fetchone() == (0,)
        with pytest.raises(DENIED):
            kaisa.execute("INSERT INTO trust_root (fingerprint, subject, pem, added_at) "
                          "VALUES ('AB', 'CN=Väärä', 'PEM', '2026-12-03T08:00:00.000000Z')")
    with team.server.admin(team.database) as admin:  # type: ignore[attr-defined]
        # the administrator sees every row, yet writes none in a member's name either
        rows = admin.execute("SELECT owner, pkcs12 FROM signing_identity").fetchall()
        with pytest.raises(DENIED, match="own login"):
            admin.execute(ROW, ("kaisa",))
    assert [owner for owner, _blob in rows] == ["liisa"]
    liisa = member(team, "liisa")
    try:  # Liisa's key is whole, and on the server only encrypted with her passphrase
        key = liisa.signing.load(OWN_PASSPHRASE).key
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        scalar = key.private_numbers().private_value.to_bytes(32, "big")
        assert der not in rows[0][1] and scalar not in rows[0][1]
    finally:
        liisa.close()


def test_a_member_without_a_certificate_is_told_so_and_creates_one_by_command(
        team: Team, tmp_path: Path) -> None:
    olli = member(team, "olli")
    try:
        with pytest.raises(SignerMissing):
            write_summary_pdf(olli, team.ids["meeting"], tmp_path / "o.pdf")
    finally:
        olli.close()
    env = command_environment("fi", {
        "VERKOSTO_STORE": team.server.bare_url(team.database, user="olli"),
        "VERKOSTO_STORE_PASSWORD": PASSWORD, "VERKOSTO_SIGNING_PASSPHRASE": "Ollin varmenne 2026"})
    out = tmp_path / "summary.pdf"
    refused = run(["summary", str(team.ids["meeting"]), "--out", str(out)], env)
    assert refused.returncode == SignerMissing.exit_code, refused.stderr
    assert "Allekirjoitusvarmennetta ei ole" in refused.stderr and not out.exists()
    created = run(["signer", "--create"], env)
    assert created.returncode == 0, created.stderr
    assert "Olli Ojala" in created.stdout
    written = run(["summary", str(team.ids["meeting"]), "--out", str(out)], env)
    assert written.returncode == 0, written.stderr
    assert verify_pdf(out.read_bytes()).first.signer_name == "Olli Ojala"


def test_migration_0016_down_and_up_keeps_the_administrators_row(team: Team) -> None:
    """Before 0016 only the administrator could write the one row (id 1): it becomes theirs,
    and the members' rows that follow get ids of their own."""
    store = team.admin.store
    liisa = member(team, "liisa")
    try:
        liisa.signing.create_self_signed(OWN_PASSPHRASE)
        with store.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0015")
            conn.exec_driver_sql(ROW.replace("(owner, ", "(id, ").replace("%s", "1"))
        with store.engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "head")
        apply_security(store)  # type: ignore[arg-type]
        liisa.signing.create_self_signed(OWN_PASSPHRASE)
        with team.server.admin(team.database) as admin:  # type: ignore[attr-defined]
            rows = admin.execute("SELECT id, owner FROM signing_identity ORDER BY id").fetchall()
        assert rows[0] == (1, SUPERUSER) and rows[1][1] == "liisa" and len(rows) == 2
    finally:
        liisa.close()


def test_a_member_creates_their_certificate_in_settings(team: Team, qtbot: QtBot) -> None:
    """Settings → Signing on a team store, as a member: the same box, their own certificate."""
    kaisa = member(team, "kaisa")
    runner = TaskRunner()
    try:
        box = SigningSettingsBox(runner)
        qtbot.addWidget(box)
        box.load(kaisa)
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
        assert box.view is None and "CN=" not in box.certificate.text()
        qtbot.keyClicks(box.passphrase, OWN_PASSPHRASE)
        qtbot.keyClicks(box.passphrase_again, OWN_PASSPHRASE)
        box.create_button.click()
        qtbot.waitUntil(lambda: box.view is not None, timeout=10000)
        assert box.view is not None and box.view.certificate.common_name == "Kaisa Kela"
        assert "CN=Kaisa Kela,title=etuusasiantuntija,O=Kela" in box.certificate.text()
    finally:
        runner.shutdown()
        kaisa.close()
    with team.connect("liisa") as liisa:  # and nobody else sees it
        assert liisa.execute("SELECT count(*) FROM signing_identity").fetchone() == (0,)


def test_a_member_is_me_at_home_and_the_organizer_of_their_invites(team: Team) -> None:
    """On a team store the store's profile is the administrator's: "me" — the home page's
    actions, the invites' ORGANIZER, the profile shown — is the member's own professional."""
    from exports.ical.invite import organizer_of

    liisa_id = next(p.id for p in team.admin.directory.professionals()
                    if p.name == "Liisa Laine")
    assert liisa_id is not None
    agency = next(p.agency_id for p in team.admin.directory.professionals() if p.id == liisa_id)
    team.admin.directory.update_professional(liisa_id, ProfessionalInput(
        "Liisa Laine", agency, title="sosiaalityöntekijä", email="liisa.laine@pirha.fi"))
    team.admin.profile.save(ProfileInput("Ylläpitäjä", email="yllapito@pirha.fi"))
    liisa = member(team, "liisa")
    try:
        assert liisa.profile.get() is not None and liisa.profile.get().name == "Liisa Laine"
        assert organizer_of(liisa).email == "liisa.laine@pirha.fi"
        assert liisa.home.content().me_id == liisa_id
    finally:
        liisa.close()
    assert organizer_of(team.admin).email == "yllapito@pirha.fi"  # the administrator's own


def test_settings_show_a_members_profile_from_the_directory_and_no_backups(
        team: Team, qtbot: QtBot) -> None:
    """The store's profile is the administrator's to save: a member sees their directory
    entry, read only, told where it is kept; the administrator edits the profile as before."""
    from ui.settings.page import SettingsPage

    kaisa = member(team, "kaisa")
    runner = TaskRunner()
    try:
        for planner, read_only in ((kaisa, True), (team.admin, False)):
            page = SettingsPage(runner)
            qtbot.addWidget(page)
            page.show()
            page.attach(planner)
            qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
            assert page.name.isReadOnly() is read_only
            assert page.save_profile.isHidden() is read_only
            assert page.agency.isEnabled() is not read_only
            told = "Toimijat ja henkilöt" in page.saved.text()
            assert told is read_only
            # nothing of a team store is here to back up: its server's administrator does
            assert not page.backups.local_boxes[0].isVisibleTo(page)
            assert "PostgreSQL" in page.backups.team_note.text()
        page.detach()
    finally:
        runner.shutdown()
        kaisa.close()


def test_a_members_own_settings_over_the_teams_and_nobody_elses(team: Team) -> None:
    """The administrator sets the team's e-mail server; each member saves their own login to
    it (and their calendar, reminders…) without touching the team's or another's settings,
    which SQL straight through psycopg can neither read nor write."""
    from dataclasses import replace

    from planner.services.mail_settings import SmtpSettings

    team.admin.mail.save(SmtpSettings("smtp.pirha.fi", 587, "starttls", "verkosto-palvelu"))
    liisa, kaisa = member(team, "liisa"), member(team, "kaisa")
    try:
        assert liisa.mail.load().host == "smtp.pirha.fi"  # the team's, by default
        liisa.mail.save(replace(liisa.mail.load(), username="liisa.laine", sender_name="Liisa"))
        assert (liisa.mail.load().host, liisa.mail.load().username) == (
            "smtp.pirha.fi", "liisa.laine")
        assert kaisa.mail.load().username == "verkosto-palvelu"  # not Liisa's
        kaisa.reminders.save_settings(replace(kaisa.reminders.settings(), action_days=3))
        assert liisa.reminders.settings().action_days != 3
    finally:
        liisa.close()
        kaisa.close()
    assert team.admin.mail.load().username == "verkosto-palvelu"  # the team's unchanged
    with team.connect("kaisa") as sql:
        assert sql.execute("SELECT DISTINCT login FROM member_setting").fetchall() == [
            ("kaisa",)]
        assert sql.execute("UPDATE member_setting SET value = 'x' "
                           "WHERE login = 'liisa'").rowcount == 0
        assert sql.execute("DELETE FROM member_setting WHERE login = 'liisa'").rowcount == 0
        with pytest.raises(DENIED):
            sql.execute("INSERT INTO member_setting (login, key, value) "
                        "VALUES ('liisa', 'smtp_host', 'huijaus.example')")
    with team.connect("kaisa") as sql, pytest.raises(DENIED):
        sql.execute("UPDATE store_setting SET value = 'huijaus.example'")  # the team's
