"""Issue 11, part 2: the client's identity must not leak into what other agencies receive.

Reproduced as a hurried user would cause it: a remote link made from the client's name (in any
spelling a meeting service produces) or holding a HETU, a title typed in capitals or with
underscores, and the list and CLI that showed the HETU's last four beside the birth date. The
oracle below folds and searches on its own (it does not use planner.client_identity).
"""

from __future__ import annotations

import email
import json
import re
import unicodedata
from datetime import UTC, date, datetime
from email.message import Message
from email.policy import default
from pathlib import Path
from urllib.parse import unquote

import pytest
from icalendar import Calendar
from pytestqt.qtbot import QtBot

from exports.ical.export import write_invites
from exports.ical.feed import upcoming_calendar, write_upcoming
from planner.domain import Client
from planner.services import ClientInput, Planner
from tests.support import ical
from tests.test_cli import verkosto
from ui.meetings.details_form import MeetingDetailsForm
from ui.meetings.editor import MeetingEditor
from ui.shell.main_window import MainWindow
from ui.widgets.table_models import ClientTableModel

WITHHELD_FI = "linkki jätettiin pois kutsusta; järjestäjä antaa sen erikseen."
WITHHELD_SV = "länken har utelämnats ur inbjudan; organisatören ger den separat."
LEAKY_LINKS = [
    "https://meet.example.fi/Korhonen-Aino",
    "https://meet.example.fi/aino_korhonen",
    "https://meet.example.fi/AINO.KORHONEN",
    "https://meet.example.fi/korhonen%20aino",
    "https://meet.example.fi/j/AinoKorhonen?pwd=x1",
    "https://meet.example.fi/korhosen-verkosto",  # the genitive
    "https://meet.example.fi/room/131052-308T",
    "https://meet.example.fi/room/131052a308t",  # the 2000s sign, lower case
    "https://meet.example.fi/room?id=131052308t",  # no separator
    "https://meet.example.fi/room/131052%2D308T",
    "https://meet.example.fi/k%C3%B6ykk%C3%A4",  # the other client's name, percent-encoded
]
HARMLESS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk0ZTQ2%40thread.v2/0"


# --- the oracle: fold as a mail reader or a search engine would ----------------------------
# tests.support.ical.meeting is on 3.12.2026 at 9.00: the feed is read as before it, not on
# whatever day the suite runs.
BEFORE_THE_MEETING = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

def folded(text: str) -> str:
    for _ in range(3):
        text = unquote(text)
    bare = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return bare.casefold()


def name_words(client: Client) -> list[str]:
    return [w for w in re.split(r"[\W_]+", folded(f"{client.first_names} {client.last_name}"))
            if w]


def leaks(text: str, client: Client) -> list[str]:
    """The client's name parts (the surname also inflected) and HETU forms found in ``text``."""
    found: list[str] = []
    haystack = folded(text)
    surname = folded(client.last_name)
    stems = [surname] + ([surname[:-3] + "s"] if surname.endswith("nen") else [])
    for stem in stems:
        if re.search(rf"(?<![a-z0-9]){re.escape(stem)}", haystack):
            found.append(stem)
    for word in name_words(client):
        if re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", haystack):
            found.append(word)
    if client.hetu:
        code = client.hetu.casefold()
        pattern = rf"{code[:6]}[^0-9a-z]*[-+a-fu-y]?[^0-9a-z]*{code[7:10]}[^0-9a-z]*{code[10]}"
        if re.search(pattern, haystack):
            found.append("HETU")
    return found


def texts_of(path: Path) -> list[str]:
    """Everything a recipient can read in a file: raw, unfolded iCalendar lines, decoded
    headers and decoded MIME parts (base64 or quoted-printable hide nothing)."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    texts = [raw, re.sub(r"\r?\n[ \t]", "", raw).replace("\\,", ",").replace("\\n", "\n")]
    if path.suffix == ".eml":
        message: Message = email.message_from_bytes(path.read_bytes(), policy=default)
        texts += [f"{k}: {v}" for k, v in message.items()]
        for part in message.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                body = payload.decode("utf-8", errors="replace")
                texts += [body, re.sub(r"\r?\n[ \t]", "", body)]
    return texts


# --- 1. the demo store sends no client's identity, whatever the settings -------------------
@pytest.mark.parametrize("details", [False, True])
def test_demo_invites_and_feed_name_no_client_in_any_spelling(demo_planner: Planner,
                                                              tmp_path: Path,
                                                              details: bool) -> None:
    planner = demo_planner
    planner.profile.set_invite_details(details)
    rows = planner.meetings.upcoming(limit=100)
    linked = 0
    for row in rows:
        detail = planner.meeting_details.get(row.id)
        client = detail.client
        linked += bool(detail.meeting.remote_link)
        written = write_invites(planner, row.id, tmp_path / f"{details}-{row.id}")
        # The client's own copy goes to the client, whose address holds their name.
        own = {p.email for p in detail.participants if p.kind == "client" and p.email}
        files = [written.ics] + [path for address, path in written.emails.items()
                                 if address not in own]
        assert len(files) > 1
        for path in files:
            for text in texts_of(path):
                assert leaks(text, client) == [], (client.last_name, path.name)
        assert client.hetu and client.hetu[:6] not in "".join(texts_of(written.ics))
    assert linked >= 2  # the demo's remote links went out and were checked
    feed = tmp_path / f"feed-{details}.ics"
    write_upcoming(planner, feed, now=planner.ctx.now())
    clients = {planner.meeting_details.get(row.id).client.id: planner.meeting_details.get(
        row.id).client for row in rows}
    for client in clients.values():
        for text in texts_of(feed):
            assert leaks(text, client) == [], client.last_name


def test_demo_links_are_opaque_and_still_sent(demo_planner: Planner, tmp_path: Path) -> None:
    """The demo shows good practice: its links are meeting ids, and they do go out."""
    planner = demo_planner
    meeting = next(row for row in planner.meetings.upcoming(limit=100)
                   if planner.meeting_details.get(row.id).meeting.remote_link)
    link = planner.meeting_details.get(meeting.id).meeting.remote_link or ""
    assert "korhonen" not in link.lower() and "demo-" not in link
    written = write_invites(planner, meeting.id, tmp_path / "opaque")
    event = Calendar.from_ical(written.ics.read_bytes()).walk("VEVENT")[0]
    assert str(event["URL"]) == link


# --- 2. a remote link that names the client is left out whole ------------------------------
@pytest.fixture
def clients(planner: Planner) -> dict[str, Client]:
    ical.organizer(planner)
    aino = planner.clients.create(ClientInput("Aino Helena", "Korhonen", hetu="140341-2481",
                                              email="client@example.fi"))
    matti = planner.clients.create(ClientInput("Matti", "Köykkä", email="mk@example.fi"))
    return {"korhonen": aino, "köykkä": matti}


def _client_for(link: str, clients: dict[str, Client]) -> Client:
    return clients["köykkä" if "%C3%B6" in link else "korhonen"]


def _outgoing(planner: Planner, meeting_id: int, out: Path) -> tuple[list[dict[str, str]],
                                                                   list[str], bytes]:
    """(each calendar's URL and DESCRIPTION, every mail's plain body, all bytes decoded)."""
    written = write_invites(planner, meeting_id, out)
    calendars = [written.ics.read_bytes()]
    bodies: list[str] = []
    everything = written.ics.read_bytes()
    for path in written.emails.values():
        everything += path.read_bytes()
        for part in email.message_from_bytes(path.read_bytes(), policy=default).walk():
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            everything += payload
            if part.get_content_type() == "text/plain":
                bodies.append(payload.decode("utf-8"))
            elif part.get_content_type() == "text/calendar":
                calendars.append(payload)
    events = [Calendar.from_ical(raw).walk("VEVENT")[0] for raw in calendars]
    return ([{"url": str(e.get("URL", "")), "description": str(e.get("DESCRIPTION", ""))}
             for e in events], bodies, everything)


@pytest.mark.parametrize("link", LEAKY_LINKS)
def test_a_link_naming_the_client_is_left_out_of_url_description_mail_and_feed(
        planner: Planner, clients: dict[str, Client], tmp_path: Path, link: str) -> None:
    client = _client_for(link, clients)
    meeting_id = ical.meeting(planner, client.id or 0, link=link)
    assert planner.meeting_details.get(meeting_id).meeting.remote_link == link  # stored as typed
    events, bodies, everything = _outgoing(planner, meeting_id, tmp_path / "out")
    assert len(events) >= 3 and len(bodies) >= 2
    for event in events:
        assert event["url"] == ""
        assert event["description"] == f"Etäyhteys: {WITHHELD_FI}"
    for body in bodies:
        assert f"Etäyhteys: {WITHHELD_FI}" in body
    tail = link.rsplit("/", 1)[1].encode()
    assert tail not in everything and b"meet.example.fi" not in everything
    assert leaks(everything.decode("utf-8", errors="replace"), client) == []
    feed = upcoming_calendar(planner, language="sv", now=BEFORE_THE_MEETING)
    event = feed.walk("VEVENT")[0]
    assert "URL" not in event
    assert str(event["DESCRIPTION"]) == f"Distansanslutning: {WITHHELD_SV}"


def test_a_harmless_link_is_kept(planner: Planner, clients: dict[str, Client],
                                 tmp_path: Path) -> None:
    meeting_id = ical.meeting(planner, clients["korhonen"].id or 0, link=HARMLESS)
    events, bodies, _ = _outgoing(planner, meeting_id, tmp_path / "out")
    for event in events:
        assert event["url"] == HARMLESS
        assert event["description"] == f"Etäyhteys: {HARMLESS}"
    assert all(HARMLESS in body for body in bodies)
    event = upcoming_calendar(planner, now=BEFORE_THE_MEETING).walk("VEVENT")[0]
    assert str(event["URL"]) == HARMLESS


def test_the_naming_setting_decides_what_is_no_leak(planner: Planner, clients: dict[str, Client],
                                                   tmp_path: Path) -> None:
    """With "full name" allowed the name already goes out, so a link with it is kept; a HETU in
    a link is withheld whatever the setting."""
    planner.profile.set_invite_client_naming("full_name")
    aino = clients["korhonen"].id or 0
    named = ical.meeting(planner, aino, link="https://meet.example.fi/aino-korhonen")
    events, _bodies, _ = _outgoing(planner, named, tmp_path / "named")
    assert {e["url"] for e in events} == {"https://meet.example.fi/aino-korhonen"}
    coded = ical.meeting(planner, aino, link="https://meet.example.fi/140341A2481")
    events, _bodies, everything = _outgoing(planner, coded, tmp_path / "coded")
    assert {e["url"] for e in events} == {""}
    # not "2481" alone: four digits turn up in a MIME boundary by chance (1 run in ~100)
    assert b"140341" not in everything and b"A2481" not in everything


def test_titles_places_and_agendas_are_redacted_in_any_spelling(
        planner: Planner, clients: dict[str, Client], tmp_path: Path) -> None:
    """With titles and agendas allowed, what the user typed goes out redacted however the
    name was written: capitals, underscores, folded letters, every HETU form."""
    planner.profile.set_invite_details(True)
    aino, matti = clients["korhonen"], clients["köykkä"]
    meeting_id = ical.meeting(
        planner, aino.id or 0, link=None,
        title="AINO KORHONEN / aino_korhonen / Korhosen asiat",
        agenda=["Tunnus 140341a2481", "Tunnus 1403412481 ja 140341 2481", "korhonen%20aino"])
    _events, _bodies, everything = _outgoing(planner, meeting_id, tmp_path / "aino")
    text = everything.decode("utf-8", errors="replace")
    assert leaks(text, aino) == []
    assert "A. K." in text  # replaced, not just cut out
    other = ical.meeting(planner, matti.id or 0, link=None, title="Koti: KOYKKA",
                         agenda=["Matti koykka"])
    _events, _bodies, everything = _outgoing(planner, other, tmp_path / "matti")
    assert leaks(everything.decode("utf-8", errors="replace"), matti) == []


# --- 2b. the editor warns while the link is typed (real widgets) ----------------------------
def _open_korhonen_meeting(window: MainWindow, qtbot: QtBot) -> MeetingEditor:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if "Korhonen" in model.row_at(r).name)
    window.clients.view.activated.emit(model.index(row, 0))
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None and space.meetings.rowCount() > 0,
                    timeout=5000)
    assert space.bundle is not None
    upcoming = next(r for r in range(space.meetings.rowCount())
                    if space.meetings.row_at(r).title == "Seurantaneuvottelu")
    space.meeting_view.activated.emit(space.meetings.index(upcoming, 0))
    editors = window.clients.meeting_editors.open_editors
    qtbot.waitUntil(lambda: len(editors) == 1 and editors[0].bundle is not None, timeout=5000)
    return editors[0]


def _retype(qtbot: QtBot, form: MeetingDetailsForm, link: str) -> None:
    form.remote_link.setFocus()
    form.remote_link.clear()
    qtbot.keyClicks(form.remote_link, link)


def test_the_editor_warns_inline_while_the_link_names_the_client(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    editor = _open_korhonen_meeting(window, qtbot)
    form = editor.details
    assert form.remote_link.text().startswith("https://teams.microsoft.com/")
    assert not form.link_warning.isVisible()  # the demo's opaque link is fine
    _retype(qtbot, form, "https://meet.example.fi/aino_korhonen")
    assert form.link_warning.isVisible()
    assert "paljastaa asiakkaan" in form.link_warning.text()
    assert form.link_warning.accessibleName()
    _retype(qtbot, form, HARMLESS)
    assert not form.link_warning.isVisible()
    _retype(qtbot, form, "https://meet.example.fi/room/140341a2481")  # her HETU, 2000s sign
    assert form.link_warning.isVisible()
    _retype(qtbot, form, "https://meet.example.fi/KORHONEN")
    assert form.link_warning.isVisible()
    assert editor.save_changes()  # warned, not refused: the user decides
    assert editor.planner is not None and editor.meeting_id is not None
    stored = editor.planner.meeting_details.get(editor.meeting_id).meeting.remote_link
    assert stored == "https://meet.example.fi/KORHONEN"
    assert form.link_warning.isVisible()  # still there after saving, until replaced


def test_a_new_meeting_warns_for_the_client_picked(planner: Planner,
                                                   clients: dict[str, Client],
                                                   qtbot: QtBot) -> None:
    form = MeetingDetailsForm(planner.clients.search(""))
    qtbot.addWidget(form)
    form.show()
    assert form.client_picker is not None
    qtbot.keyClicks(form.remote_link, "https://meet.example.fi/KOYKKA-matti")
    assert not form.link_warning.isVisible()  # no client chosen yet
    form.client_picker.setCurrentIndex(form.client_picker.findData(clients["köykkä"].id))
    assert form.link_warning.isVisible()
    form.client_picker.setCurrentIndex(form.client_picker.findData(clients["korhonen"].id))
    assert not form.link_warning.isVisible()  # Köykkä's name is no leak of Aino's identity


# --- 3. the HETU is masked as documents mask it, everywhere it is shown ---------------------
def test_client_list_masks_the_personal_part_not_the_birth_date(qapp: object) -> None:
    from planner.services import ClientRow

    model = ClientTableModel()
    model.set_rows([ClientRow(1, "Aino Korhonen", "131052-308T", date(1952, 10, 13))])
    shown = " ".join(str(model.data(model.index(0, c))) for c in range(3))
    assert model.data(model.index(0, ClientTableModel.HETU)) == "131052-****"
    assert "308T" not in shown  # with the birth date beside it, the last four made it whole


def test_client_details_mask_the_hetu(window: MainWindow, qtbot: QtBot) -> None:
    model = window.clients.model
    row = next(r for r in range(model.rowCount()) if "Korhonen" in model.row_at(r).name)
    assert model.data(model.index(row, ClientTableModel.HETU)) == "140341-****"
    window.clients.view.activated.emit(model.index(row, 0))
    space = window.clients.workspace
    qtbot.waitUntil(lambda: space.bundle is not None, timeout=5000)
    assert space.hetu.text() == "140341-****"


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("leaks") / "data"
    assert verkosto("demo", data_dir=data_dir).returncode == 0
    return data_dir


def test_cli_clients_masks_the_hetu_by_default(demo_dir: Path) -> None:
    table = verkosto("clients", data_dir=demo_dir)
    assert table.returncode == 0, table.stderr
    assert "140341-****" in table.stdout and "140341-248" not in table.stdout
    listed = json.loads(verkosto("clients", "--json", data_dir=demo_dir).stdout)
    korhonen = next(c for c in listed if "Korhonen" in c["name"])
    assert korhonen["hetu"] == "140341-****"


def test_cli_clients_show_hetu_prints_it_and_logs_it(demo_dir: Path) -> None:
    listed = json.loads(verkosto("clients", "--json", "--show-hetu", data_dir=demo_dir).stdout)
    korhonen = next(c for c in listed if "Korhonen" in c["name"])
    assert re.fullmatch(r"140341-248[0-9A-Y]", korhonen["hetu"])
    log = json.loads(verkosto("audit", "--client", str(korhonen["id"]), "--json",
                              data_dir=demo_dir).stdout)
    shown = [e for e in log if e["what"] == "client_hetu"]
    assert len(shown) == 1 and shown[0]["action"] == "view"
    assert "full identity code" in shown[0]["detail"]
    table = verkosto("clients", "--show-hetu", data_dir=demo_dir)
    assert korhonen["hetu"] in table.stdout
    log = json.loads(verkosto("audit", "--client", str(korhonen["id"]), "--json",
                              data_dir=demo_dir).stdout)
    assert len([e for e in log if e["what"] == "client_hetu"]) == 2


def test_a_summary_with_the_full_hetu_says_so_in_the_log(demo_dir: Path, tmp_path: Path) -> None:
    meeting = json.loads(verkosto("meetings", "--all", "--json", data_dir=demo_dir).stdout)[0]
    for flags, shown in (([], False), (["--show-hetu"], True)):
        out = tmp_path / f"summary-{shown}.pdf"
        made = verkosto("summary", str(meeting["id"]), "--out", str(out), "--no-sign", *flags,
                        data_dir=demo_dir)
        assert made.returncode == 0, made.stderr
        log = json.loads(verkosto("audit", "--client", str(meeting["client_id"]), "--json",
                                  data_dir=demo_dir).stdout)
        export = [e for e in log if e["what"] == "meeting_summary"][-1]
        assert ("full HETU shown" in export["detail"]) is shown
