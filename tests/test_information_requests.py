"""Issue 15: information requests between agencies (tietopyynnöt) — their life cycle, the
legal-basis / consent warning, overdue by date on a pinned clock, the disclosure log, another
client's requests and consents, absurd ids, the migration on a real SQLCipher file and the
home view's overdue section."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import inspect, text
from sqlmodel import select

from planner.crypto.vault import KeyringVault
from planner.domain import AuditEntry
from planner.domain.enums import AuditAction, ConsentForm, RequestStatus
from planner.errors import NotFound, ValidationFailed
from planner.services import ClientInput, ConsentInput, Planner, ProfileInput, RequestInput
from planner.services.information_requests import RequestState
from planner.storage import migrate
from planner.storage.store import Store, open_store
from tests.conftest import PASSPHRASE
from tests.factories import TZ, Network, build_network

pytestmark = pytest.mark.both_engines  # the local store and the team store (issue 17)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=TZ)  # the demo's day
TODAY = NOW.date()


@pytest.fixture
def pinned(store: Store) -> Planner:
    return Planner(store, clock=lambda: NOW)


@pytest.fixture
def net(pinned: Planner) -> Network:
    return build_network(pinned)


def kela_asks(net: Network, **changes: object) -> RequestInput:
    """Kela asks the county's social services about the client's social assistance."""
    data = RequestInput(
        net.client.id or 0, net.agencies["kela"].id, net.agencies["social"].id,
        "Toimeentulotukipäätökset 1.6.2026 alkaen", net.people["kela"].id,
        net.people["social"].id, legal_basis="Kelan tiedonsaantioikeus (laki Kelasta)",
        due_date=TODAY + timedelta(days=14))
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def entries(planner: Planner, entity: str) -> list[AuditEntry]:
    with planner.store.read() as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.entity == entity)))


# --- the life cycle --------------------------------------------------------------------------

def test_draft_sent_answered_with_each_step_logged(pinned: Planner, net: Network) -> None:
    request = pinned.requests.create(kela_asks(net))
    ident = request.id or 0
    assert pinned.requests.get(ident).state == RequestState.DRAFT

    pinned.requests.mark_sent(ident, TODAY - timedelta(days=1))
    row = pinned.requests.get(ident)
    assert (row.state, row.sent_on, row.due_date) == (
        RequestState.SENT, TODAY - timedelta(days=1), TODAY + timedelta(days=14))

    pinned.requests.mark_answered(ident, "Päätökset saatu: perustoimeentulotuki 6–11/2026.")
    row = pinned.requests.get(ident)
    assert row.state == RequestState.ANSWERED and row.answered_on == TODAY
    assert row.answer_summary.startswith("Päätökset saatu")

    logged = [(e.action, e.detail) for e in entries(pinned, "information_request")]
    actions = [a for a, _detail in logged]
    assert actions.count(AuditAction.CREATE) == 1
    assert actions.count(AuditAction.DISCLOSE) == 1  # sending it: the client's data leaves
    assert actions.count(AuditAction.UPDATE) == 1  # the answer
    (disclosure,) = [e for e in entries(pinned, "information_request")
                     if e.action == AuditAction.DISCLOSE]
    assert disclosure.client_id == net.client.id
    assert disclosure.recipient == "Pirkanmaan hyvinvointialue (Liisa Mäkelä)"
    assert disclosure.purpose == "Kelan tiedonsaantioikeus (laki Kelasta)"
    # and the client's own log reads it as a sentence
    from planner.audit_text import describe
    assert describe(disclosure, "fi") == (
        "Lähetetty tietopyyntö: Pirkanmaan hyvinvointialue (Liisa Mäkelä)")


def test_a_request_to_our_own_organisation_is_disclosed_by_answering_it(
        pinned: Planner, net: Network) -> None:
    """The county asks Kela, where the profile works: recording that it came in discloses
    nothing; our answer is the disclosure, to the county's person."""
    pinned.profile.save(ProfileInput("Anna Virtanen", "Kelan asiantuntija",
                                     net.agencies["kela"].id, "anna.virtanen@kela.fi"))
    ident = pinned.requests.create(kela_asks(
        net, requesting_agency_id=net.agencies["social"].id,
        requesting_professional_id=net.people["social"].id,
        receiving_agency_id=net.agencies["kela"].id,
        receiving_professional_id=net.people["kela"].id,
        legal_basis="Sosiaalihuollon tiedonsaantioikeus")).id or 0
    pinned.requests.mark_sent(ident, TODAY - timedelta(days=2))
    assert [e.action for e in entries(pinned, "information_request")] == [
        AuditAction.CREATE, AuditAction.UPDATE]
    pinned.requests.mark_answered(ident, "Sairauspäiväraha maksettu 1.9. alkaen.")
    (disclosure,) = [e for e in entries(pinned, "information_request")
                     if e.action == AuditAction.DISCLOSE]
    assert disclosure.recipient == "Pirkanmaan hyvinvointialue (Liisa Mäkelä)"
    assert disclosure.purpose == "Sosiaalihuollon tiedonsaantioikeus"
    assert disclosure.detail == f"answered {TODAY.isoformat()}"


def test_an_answered_or_cancelled_request_is_closed(pinned: Planner, net: Network) -> None:
    draft = pinned.requests.create(kela_asks(net)).id or 0
    pinned.requests.cancel(draft)
    assert pinned.requests.get(draft).state == RequestState.CANCELLED
    for attempt in (lambda: pinned.requests.cancel(draft),
                    lambda: pinned.requests.mark_sent(draft),
                    lambda: pinned.requests.update(draft, kela_asks(net, subject="Muuta"))):
        with pytest.raises(ValidationFailed) as failure:
            attempt()
        assert "peruttu" in failure.value.message("fi")
    assert pinned.requests.get(draft).subject == "Toimeentulotukipäätökset 1.6.2026 alkaen"

    sent = pinned.requests.create(kela_asks(net)).id or 0
    pinned.requests.mark_sent(sent)
    pinned.requests.cancel(sent)  # a sent one can be withdrawn too
    assert pinned.requests.get(sent).status == RequestStatus.CANCELLED


def test_the_hurried_user_answering_a_draft_or_sending_twice_is_told(
        pinned: Planner, net: Network) -> None:
    ident = pinned.requests.create(kela_asks(net, due_date=None)).id or 0
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.mark_answered(ident, "Vastaus")
    assert failure.value.errors[0].message("fi") == (
        "Vain lähetetyn pyynnön voi merkitä vastatuksi; tämä pyyntö on tilassa ”luonnos”.")
    with pytest.raises(ValidationFailed) as failure:  # no due date: nothing to be late by
        pinned.requests.mark_sent(ident)
    assert failure.value.errors[0].field == "due_date"
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.mark_sent(ident, TODAY + timedelta(days=2), TODAY + timedelta(days=9))
    assert {e.field for e in failure.value.errors} == {"sent_on"}
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.mark_sent(ident, TODAY, TODAY - timedelta(days=1))
    assert failure.value.errors[0].message("sv").startswith("Förfallodagen kan inte vara före")
    pinned.requests.mark_sent(ident, TODAY, TODAY + timedelta(days=7))
    with pytest.raises(ValidationFailed):
        pinned.requests.mark_sent(ident)
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.mark_answered(ident, "   ")
    assert failure.value.errors[0].field == "answer_summary"
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.mark_answered(ident, "Vastaus", TODAY - timedelta(days=3))
    assert failure.value.errors[0].field == "answered_on"
    assert pinned.requests.get(ident).state == RequestState.SENT  # nothing half-done
    assert [e.action for e in entries(pinned, "information_request")].count(
        AuditAction.DISCLOSE) == 1


def test_bad_input_is_named_field_by_field(pinned: Planner, net: Network) -> None:
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.create(kela_asks(net, subject=" ", receiving_agency_id=None,
                                         legal_basis="x\x1b[2J"))
    assert {e.field for e in failure.value.errors} == {
        "subject", "receiving_agency_id", "legal_basis"}
    with pytest.raises(ValidationFailed) as failure:
        pinned.requests.create(kela_asks(net, receiving_agency_id=net.agencies["kela"].id,
                                         receiving_professional_id=None))
    assert failure.value.errors[0].message("fi") == (
        "Pyytäjän ja vastaanottajan on oltava eri toimijoita.")
    with pytest.raises(ValidationFailed) as failure:  # a person of another agency
        pinned.requests.create(kela_asks(net, receiving_professional_id=net.people["kela"].id))
    assert failure.value.errors[0].message("en") == (
        "Anna Virtanen does not work at the agency chosen.")
    assert pinned.requests.list() == []


# --- overdue by date -------------------------------------------------------------------------

def test_overdue_is_a_sent_request_past_its_due_date_on_the_pinned_day(
        store: Store, net: Network) -> None:
    day = [NOW]
    planner = Planner(store, clock=lambda: day[0])
    ident = planner.requests.create(kela_asks(net, due_date=TODAY + timedelta(days=2))).id or 0
    day[0] = NOW + timedelta(days=5)
    assert planner.requests.get(ident).state == RequestState.DRAFT  # a draft is never late
    planner.requests.mark_sent(ident, TODAY)
    assert planner.requests.get(ident).state == RequestState.OVERDUE
    assert [r.id for r in planner.requests.list(overdue_only=True)] == [ident]
    day[0] = NOW + timedelta(days=2)  # the due day itself is not late
    assert planner.requests.get(ident).state == RequestState.SENT
    assert planner.requests.list(overdue_only=True) == []
    day[0] = NOW + timedelta(days=5)
    planner.requests.mark_answered(ident, "Saatu.")
    assert planner.requests.get(ident).state == RequestState.ANSWERED
    assert planner.requests.list(overdue_only=True) == []


def test_overdue_for_me_and_in_the_home_view(store: Store, net: Network) -> None:
    """"Me" is the directory's person the profile names (the home view's rule): my overdue
    requests — asked by me, or owed by me — are listed with my overdue actions."""
    planner = Planner(store, clock=lambda: NOW)
    planner.profile.save(ProfileInput("Anna Virtanen", "Kelan asiantuntija",
                                      net.agencies["kela"].id, "anna.virtanen@kela.fi"))
    mine = planner.requests.create(kela_asks(net)).id or 0
    planner.requests.mark_sent(mine, TODAY - timedelta(days=20), TODAY - timedelta(days=6))
    theirs = planner.requests.create(kela_asks(
        net, requesting_agency_id=net.agencies["hospital"].id,
        requesting_professional_id=net.people["hospital"].id)).id or 0
    planner.requests.mark_sent(theirs, TODAY - timedelta(days=20), TODAY - timedelta(days=6))
    owed = planner.requests.create(kela_asks(
        net, requesting_agency_id=net.agencies["social"].id,
        requesting_professional_id=net.people["social"].id,
        receiving_agency_id=net.agencies["kela"].id,
        receiving_professional_id=net.people["kela"].id)).id or 0
    planner.requests.mark_sent(owed, TODAY - timedelta(days=9), TODAY - timedelta(days=1))

    assert [r.id for r in planner.requests.overdue_for_me()] == [mine, owed]
    content = planner.home.content()
    assert [r.id for r in content.overdue_requests] == [mine, owed]
    assert content.overdue_requests[0].overdue


# --- warnings: no basis, a consent that does not cover -----------------------------------------

def test_neither_legal_basis_nor_consent_is_warned_not_refused(
        pinned: Planner, net: Network) -> None:
    data = kela_asks(net, legal_basis="")
    (warning,) = pinned.requests.warnings(data)
    assert warning.code == "request.warning.no_basis"
    ident = pinned.requests.create(data).id or 0
    assert [w.code for w in pinned.requests.get(ident).warnings] == ["request.warning.no_basis"]

    consent = pinned.consents.record(ConsentInput(
        net.client.id or 0, [net.agencies["kela"].id or 0], "Työkyvyn tuki",
        ConsentForm.WRITTEN, NOW - timedelta(days=30)))
    data.consent_id = consent.id
    # the consent names Kela only: the county's social services are not covered
    assert [(w.code, dict(w.params)) for w in pinned.requests.warnings(data)] == [
        ("request.warning.consent_not_covering", {"agency": "Pirkanmaan hyvinvointialue"})]
    pinned.requests.update(ident, data)
    assert [w.code for w in pinned.requests.get(ident).warnings] == [
        "request.warning.consent_not_covering"]

    covering = pinned.consents.record(ConsentInput(
        net.client.id or 0, [net.agencies["kela"].id or 0, net.agencies["social"].id or 0],
        "Työkyvyn tuki", ConsentForm.WRITTEN, NOW - timedelta(days=30)))
    data.consent_id = covering.id
    assert pinned.requests.warnings(data) == []
    pinned.consents.withdraw(covering.id or 0, NOW - timedelta(days=1))
    assert [w.code for w in pinned.requests.warnings(data)] == [
        "request.warning.consent_not_valid"]


# --- another client, absurd ids ---------------------------------------------------------------

def test_another_clients_request_or_consent_never_shows(pinned: Planner, net: Network) -> None:
    other = pinned.clients.create(ClientInput("Aino", "Korhonen"))
    theirs = pinned.requests.create(kela_asks(net, client_id=other.id or 0)).id or 0
    mine = pinned.requests.create(kela_asks(net)).id or 0
    assert [r.id for r in pinned.requests.for_client(net.client.id or 0)] == [mine]
    assert [r.id for r in pinned.requests.for_client(other.id or 0)] == [theirs]

    # an update cannot move a request to another client: the stored client stays
    pinned.requests.update(mine, kela_asks(net, client_id=other.id or 0, subject="Lausunto"))
    assert [r.id for r in pinned.requests.for_client(other.id or 0)] == [theirs]

    # another client's consent is refused as one that does not exist
    their_consent = pinned.consents.record(ConsentInput(
        other.id or 0, [net.agencies["kela"].id or 0, net.agencies["social"].id or 0],
        "Muu asia", ConsentForm.ORAL, NOW - timedelta(days=3)))
    with pytest.raises(NotFound) as missing:
        pinned.requests.create(kela_asks(net, consent_id=their_consent.id))
    assert missing.value.message("fi") == f"Suostumusta {their_consent.id} ei löydy."
    # its log: the views of this client's requests name this client only
    with pinned.store.read() as session:
        views = session.execute(text(
            "SELECT DISTINCT client_id FROM audit_entry WHERE entity = "
            "'information_request_list'")).scalars().all()
    assert sorted(views) == sorted([net.client.id, other.id])


@pytest.mark.parametrize("ident", [0, -1, 424242, 2**63 - 1, 2**70])
def test_absurd_ids_are_not_found(pinned: Planner, net: Network, ident: int) -> None:
    for call in (lambda: pinned.requests.get(ident), lambda: pinned.requests.cancel(ident),
                 lambda: pinned.requests.mark_sent(ident),
                 lambda: pinned.requests.mark_answered(ident, "x"),
                 lambda: pinned.requests.list(client_id=ident),
                 lambda: pinned.requests.create(kela_asks(net, client_id=ident)),
                 lambda: pinned.requests.create(kela_asks(net, receiving_agency_id=ident,
                                                          receiving_professional_id=None))):
        with pytest.raises(NotFound):
            call()


# --- the store --------------------------------------------------------------------------------

def test_0011_adds_and_removes_the_table_on_a_real_store(data_dir: Path) -> None:
    def open_() -> Store:
        return open_store(data_dir, vault=KeyringVault(FailKeyring()),
                          passphrase=lambda: PASSPHRASE)

    store = open_()
    planner = Planner(store, clock=lambda: NOW)
    net = build_network(planner)
    planner.requests.create(kela_asks(net))
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0010")
    with store.engine.connect() as conn:
        assert "information_request" not in inspect(conn).get_table_names()
        assert conn.execute(text("SELECT last_name FROM client")).all() == [("Mäkinen",)]
    store.close()

    store = open_()  # the encrypted file is upgraded again on opening
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        planner = Planner(store, clock=lambda: NOW)
        assert planner.requests.list() == []  # the table is back, empty
        ident = planner.requests.create(kela_asks(net)).id or 0
        assert planner.requests.get(ident).state == RequestState.DRAFT
    finally:
        store.close()
