"""Issue 6, speed at scale: the client search (Unicode, any name part, from its index), the
indexes the busy views read, the Log tab's newest entries, migration 0004 on an older store,
and invites that share one message body per calendar."""

from __future__ import annotations

import email
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.policy import default
from pathlib import Path
from typing import Any

from alembic import command
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import Engine, event, text

from exports.ical.export import invite_messages
from planner.crypto.vault import KeyringVault
from planner.domain.clients import search_key
from planner.services import (
    ActionInput,
    ClientInput,
    MeetingInput,
    PlanDraft,
    Planner,
    ServiceInput,
)
from planner.storage import migrate
from planner.storage.store import open_store
from tests.conftest import PASSPHRASE
from tests.factories import build_network, next_weekday_at
from tests.support import ical


def names(planner: Planner, text_: str) -> list[str]:
    return [row.name for row in planner.clients.search(text_)]


def add_clients(planner: Planner) -> None:
    for first, last, hetu in (("Åsa", "Öhman", "010203A1230"), ("Eelis", "Äikäs", None),
                              ("Aino Helena", "Ylä-Outinen", None),
                              ("Nguyễn Thị Lan", "Trần", None), ("Öljy_mies", "Kallio", None)):
        planner.clients.create(ClientInput(first, last, hetu=hetu))


def test_search_folds_finnish_and_other_letters_in_any_case(planner: Planner) -> None:
    add_clients(planner)
    assert names(planner, "öh") == names(planner, "ÖH") == ["Åsa Öhman"]
    assert names(planner, "ÄIKÄ") == names(planner, "äikä") == ["Eelis Äikäs"]
    # folded both ways (issue 13): "äi" is "ai" too, as Aino is
    assert names(planner, "Äi") == ["Aino Helena Ylä-Outinen", "Eelis Äikäs"]
    assert names(planner, "åsa") == ["Åsa Öhman"]
    decomposed = unicodedata.normalize("NFD", "nguyễn")  # as some keyboards type it
    assert names(planner, decomposed) == names(planner, "TRẦN") == ["Nguyễn Thị Lan Trần"]


def test_search_folds_diacritics_both_ways(planner: Planner) -> None:
    """Issue 13, defect 9: "jari mak" found nothing, only "mäk" did."""
    for first, last in (("Jari", "Mäkinen"), ("Jari", "Makinen"), ("Åsa", "Öhman"),
                        ("René", "Müller")):
        planner.clients.create(ClientInput(first, last))
    both = ["Jari Makinen", "Jari Mäkinen"]
    assert names(planner, "jari mak") == names(planner, "JARI MÄK") == both
    assert names(planner, "asa oh") == names(planner, "åsa öh") == ["Åsa Öhman"]
    assert names(planner, "rene mul") == names(planner, "rené MÜL") == ["René Müller"]


def test_search_by_any_name_part_and_several_words(planner: Planner) -> None:
    add_clients(planner)
    assert names(planner, "outinen") == names(planner, "ylä-out") == \
        ["Aino Helena Ylä-Outinen"]
    assert names(planner, "helena ylä") == names(planner, "ylä aino") == \
        ["Aino Helena Ylä-Outinen"]
    assert names(planner, "aino kallio") == []
    assert names(planner, "1230") == ["Åsa Öhman"]  # the end of the HETU
    assert names(planner, "_") == [] and names(planner, "%") == []  # no wildcards
    assert names(planner, "öljy_") == ["Öljy_mies Kallio"]
    assert len(planner.clients.search("")) == 5


def test_an_edited_name_is_found_by_its_new_parts(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen"))
    planner.clients.update(client.id or 0, ClientInput("Aino", "Östman-Korhonen"))
    assert names(planner, "öst") == names(planner, "korh") == ["Aino Östman-Korhonen"]
    assert search_key("Aino", "Östman-Korhonen") == " aino ostman-korhonen ostman korhonen"


@contextmanager
def statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """The SQL the services send, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        seen.append((sql, params))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def plan_of(planner: Planner, seen: list[tuple[str, Any]], table: str) -> str:
    sql, params = next((s, p) for s, p in seen
                       if s.lstrip().startswith("SELECT") and f"FROM {table}" in s)
    with planner.store.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return " | ".join(str(row[3]) for row in rows)


def test_the_busy_views_read_their_indexes(planner: Planner) -> None:
    """The services' own queries use the indexes of migration 0004 (a change to the literal
    open-actions predicate or to the ORDER BY trick would silently turn these into scans)."""
    network = build_network(planner)
    client = network.client.id or 0
    planner.actions.record(ActionInput(client, "Hakemus", responsible_name="Asiakas itse",
                                       due_date=datetime.now(UTC).date() - timedelta(days=3)))
    start = next_weekday_at(9)
    planner.meetings.plan(MeetingInput(client, "Verkostoneuvottelu", start,
                                       start + timedelta(hours=1), location="Hervanta"))
    engine = planner.store.engine
    with statements(engine) as seen:
        planner.clients.search("mäk")
    assert "COVERING INDEX ix_client_listing" in plan_of(planner, seen, "client")
    with statements(engine) as seen:
        planner.actions.list(overdue_only=True)
    assert "ix_action_open" in plan_of(planner, seen, "agreed_action")
    with statements(engine) as seen:
        planner.actions.clients_with_open_actions()
    assert "ix_action_open" in plan_of(planner, seen, "client")
    with statements(engine) as seen:
        planner.meetings.upcoming()
    assert "ix_meeting_end" in plan_of(planner, seen, "meeting")


def test_open_actions_dated_first_then_undated_within_the_limit(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen")).id or 0
    today = datetime.now(UTC).date()
    for text_, days in (("Ei päivää 1", None), ("Myöhemmin", 9), ("Ensin", 1),
                        ("Ei päivää 2", None)):
        planner.actions.record(ActionInput(client, text_, responsible_name="Asiakas itse",
                                           due_date=None if days is None
                                           else today + timedelta(days=days)))
    listed = [r.description for r in planner.actions.list(open_only=True)]
    assert listed == ["Ensin", "Myöhemmin", "Ei päivää 1", "Ei päivää 2"]
    assert [r.description for r in planner.actions.list(open_only=True, limit=3)] == \
        listed[:3]


def test_the_log_tab_reads_the_newest_entries_oldest_first(planner: Planner) -> None:
    client = planner.clients.create(ClientInput("Aino", "Korhonen")).id or 0
    for _ in range(6):
        planner.clients.get(client)
    newest = planner.audit.for_client(client, limit=3)
    everything = planner.audit.for_client(client)  # one more: the view just logged
    assert len(everything) == 8
    assert [e.id for e in newest] == [e.id for e in everything[-4:-1]]
    assert [e.id for e in newest] == sorted(e.id or 0 for e in newest)


def test_migration_0004_fills_the_search_key_of_existing_clients(data_dir: Path) -> None:
    def open_() -> Any:
        return open_store(data_dir, vault=KeyringVault(FailKeyring()),
                          passphrase=lambda: PASSPHRASE)

    store = open_()
    Planner(store).clients.create(ClientInput("Åsa", "Öhman-Lindqvist"))
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0003")
    store.close()
    store = open_()  # upgrades again, a copy made first
    try:
        assert store.migration_backup is not None
        assert names(Planner(store), "lindq") == ["Åsa Öhman-Lindqvist"]
        with store.read() as session:
            key = session.execute(text("SELECT search_key FROM client")).scalar_one()
        assert key == search_key("Åsa", "Öhman-Lindqvist")
    finally:
        store.close()


def test_migration_0006_folds_the_search_keys_of_existing_clients(data_dir: Path) -> None:
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    Planner(store).clients.create(ClientInput("Jari", "Mäkinen"))
    with store.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
        assert conn.execute(text("SELECT search_key FROM client")).scalar_one() == \
            " jari mäkinen"  # as revision 0005 kept it: "mak" would not find it
    store.close()
    store = open_store(data_dir, vault=KeyringVault(FailKeyring()),
                       passphrase=lambda: PASSPHRASE)
    try:
        assert names(Planner(store), "jari mak") == ["Jari Mäkinen"]
    finally:
        store.close()


def test_invitees_of_one_calendar_share_its_message_body(planner: Planner) -> None:
    ical.organizer(planner)
    client = ical.client(planner)
    meeting = ical.meeting(planner, client.id or 0)
    outgoing = invite_messages(planner, meeting)
    parsed = {mail.recipient: email.message_from_bytes(mail.data, policy=default)
              for mail in outgoing.messages}
    assert all(m["To"] == address for address, m in parsed.items())
    assert len({m["Message-ID"] for m in parsed.values()}) == len(parsed)

    def calendar_of(message: Any) -> bytes:
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        return bytes(part.get_payload(decode=True))

    own = "anna.korhonen@example.fi"  # the client: their own copy lists them
    others = {calendar_of(m) for address, m in parsed.items() if address != own}
    assert len(others) == 1 and calendar_of(parsed[own]) not in others
    assert own.encode() not in others.pop()


def client_selects(seen: list[tuple[str, Any]]) -> list[str]:
    return [sql for sql, _params in seen
            if sql.lstrip().startswith("SELECT") and "FROM client" in sql]


def test_the_client_list_is_one_query_whatever_its_length(planner: Planner) -> None:
    """Issue 13: the list's case lead, next meeting, open/overdue actions and plan status come
    from one statement, each figure from an index on the client's id — never a query per row
    (at 10,000 clients that would be 50,000)."""
    network = build_network(planner)
    for number in range(30):
        planner.clients.create(ClientInput(f"Asiakas{number}", "Testinen"))
    engine = planner.store.engine
    for sort in ("name", "case_lead", "next_meeting", "open_actions", "plan_status"):
        with statements(engine) as seen:
            rows = planner.client_listing.rows("", sort=sort)  # type: ignore[arg-type]
        assert len(rows) == 31 and len(client_selects(seen)) == 1, sort
    with statements(engine) as seen:
        planner.client_listing.rows("test")
    assert len(client_selects(seen)) == 1
    plan = plan_of(planner, seen, "client")
    for index in ("ix_agreed_action_client_id", "ix_meeting_client_id",
                  "ix_client_plan_client_id"):
        assert index in plan, plan
    assert "SCAN agreed_action" not in plan and "SCAN meeting" not in plan
    del network


def test_search_finds_by_case_lead_and_benefit_folded(planner: Planner) -> None:
    """Issue 13: "liisa mäk" (or "liisa mak") finds the clients Liisa Mäkelä leads; a benefit
    of the newest plan version in any of the three languages finds its clients; names still
    find as before, and a benefit only in an older version finds nothing."""
    lead = build_network(planner).people["social"]  # Liisa Mäkelä
    led = planner.clients.create(ClientInput("Pekka", "Virtanen"))
    planner.clients.set_contact(led.id or 0, lead.id or 0, case_lead=True)
    planned = planner.clients.create(ClientInput("Sari", "Laine"))
    version = planner.plans.create(planned.id or 0, "Työkyky", PlanDraft(
        "", "", "", services=[ServiceInput("kela.sickness_allowance")]))
    assert names(planner, "liisa mak") == names(planner, "LIISA MÄK") == ["Pekka Virtanen"]
    assert names(planner, "sairausp") == names(planner, "sjukdag") == \
        names(planner, "sickness allow") == ["Sari Laine"]
    assert names(planner, "mäk") == ["Jari Mäkinen", "Pekka Virtanen"]  # name or case lead
    assert [r.name for r in planner.client_listing.rows("mäkelä")] == ["Pekka Virtanen"]
    assert planner.client_listing.rows("mäkelä")[0].case_lead == "Liisa Mäkelä"
    assert names(planner, "virt") == ["Pekka Virtanen"]  # the name search is as it was
    planner.plans.agree(version.id or 0)
    draft = planner.plans.new_version(version.plan_id)
    planner.plans.update_draft(draft.id or 0, PlanDraft("", "", "", services=[]))
    assert names(planner, "sairausp") == []  # only the newest version's benefits count
