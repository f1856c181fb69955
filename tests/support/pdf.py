"""A meeting for the summary PDF tests, made through the services, and poppler helpers."""

from __future__ import annotations

import contextlib
import re
import subprocess
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.enums import (
    AgencyKind,
    Attendance,
    ConsentForm,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
)
from planner.services import (
    ActionInput,
    AgencyInput,
    ClientInput,
    ConsentInput,
    MeetingInput,
    ParticipantInput,
    Planner,
    ProfessionalInput,
    ProfileInput,
)

TZ = ZoneInfo("Europe/Helsinki")
HETU = "131052-308T"
MASKED = "131052-****"
START = datetime(2026, 12, 3, 9, 0, tzinfo=TZ)
SAMI = "Áilu Čuđe"
SAMI_FAMILY = "Máret Ŋuolja-Ŧaŋŋa Žáđđá"
CYRILLIC = "Лариса Иванова"
ARABIC = "أحمد علي"
DECISIONS = ("Kuntoutusrahan hakemus täytetään yhdessä Kelan kanssa tällä viikolla.\n\n"
             "Åsa Öhman selvittää työkokeilun mahdollisuudet; päätös syntyy ennen joulua.")
CLIENT_VIEW = "Haluan päästä töihin, mutta pelkään että toimeentulo katkeaa."


@dataclass(frozen=True)
class Built:
    meeting_id: int
    client_id: int
    employment_agency: str  # takes part without the client's consent
    action_texts: tuple[str, ...]


def _agency(planner: Planner, name: str, kind: AgencyKind, unit: str = "") -> int:
    return planner.directory.create_agency(AgencyInput(name, kind, unit)).id or 0


def _person(planner: Planner, name: str, agency: int, title: str,
            role: ParticipantRole) -> int:
    return planner.directory.create_professional(ProfessionalInput(
        name, agency, title, role, f"{agency}.{role}@example.fi")).id or 0


def build_meeting(planner: Planner, *, actions: int = 3) -> Built:
    """A held meeting of a client whose network has Sámi, Cyrillic and Arabic names."""
    kela = _agency(planner, "Kela", AgencyKind.KELA, "Pohjoinen vakuutuspiiri")
    county = _agency(planner, "Lapin hyvinvointialue", AgencyKind.SOCIAL_SERVICES,
                     "Aikuissosiaalityö, Utsjoki")
    employment = _agency(planner, "Lapin työllisyyspalvelut", AgencyKind.EMPLOYMENT_SERVICES)
    planner.profile.save(ProfileInput("Sari Äijälä", "sosiaalityöntekijä", county,
                                      "sari.aijala@example.fi"))
    social = _person(planner, SAMI, county, "sosiaalityöntekijä", ParticipantRole.SOCIAL_WORKER)
    expert = _person(planner, "Tiina Kangas", kela, "etuuskäsittelijä",
                     ParticipantRole.KELA_EXPERT)
    officer = _person(planner, "Pekka Öberg", employment, "työvalmentaja",
                      ParticipantRole.EMPLOYMENT_OFFICER)
    client = planner.clients.create(ClientInput("Anna Maria", "Korhonen", hetu=HETU,
                                                language="se"))
    cid = client.id or 0
    planner.clients.set_contact(cid, social, case_lead=True)
    planner.clients.set_contact(cid, expert)
    old = planner.consents.record(ConsentInput(cid, [kela], "Vanha suostumus",
                                               ConsentForm.ORAL, START - timedelta(days=400)))
    planner.consents.withdraw(old.id or 0, START - timedelta(days=300))
    planner.consents.record(ConsentInput(
        cid, [kela, county], "Toimeentulon ja kuntoutuksen suunnittelu", ConsentForm.WRITTEN,
        START - timedelta(days=20), valid_until=date(2027, 12, 31)))
    meeting = planner.meetings.plan(MeetingInput(
        cid, "Verkostoneuvottelu: työkyky ja toimeentulo", START, START + timedelta(minutes=90),
        purpose="Yhteisen asiakassuunnitelman seuranta", location="Utsjoen sote-keskus, huone 2",
        remote_link="https://meet.example.fi/utsjoki-42", mode=MeetingMode.HYBRID,
        agenda=["Tilanne nyt", "Toimeentulo ja kuntoutus", "Seuraavat askeleet"]))
    mid = meeting.id or 0
    people = [ParticipantInput(ParticipantKind.CLIENT),
              ParticipantInput(ParticipantKind.PROFESSIONAL, professional_id=social),
              ParticipantInput(ParticipantKind.PROFESSIONAL, professional_id=expert),
              ParticipantInput(ParticipantKind.PROFESSIONAL, professional_id=officer),
              ParticipantInput(ParticipantKind.FAMILY, name=CYRILLIC,
                               role=ParticipantRole.FAMILY_MEMBER),
              ParticipantInput(ParticipantKind.FAMILY, name=SAMI_FAMILY,
                               role=ParticipantRole.GUARDIAN),
              ParticipantInput(ParticipantKind.OTHER, name=ARABIC,
                               role=ParticipantRole.INTERPRETER, interpreter_language="ar")]
    for data in people:
        added = planner.meetings.add_participant(mid, data)
        planner.meetings.set_attendance(added.id or 0, Attendance.ABSENT
                                        if data.professional_id == officer
                                        else Attendance.ATTENDED)
    planner.meetings.record_notes(mid, DECISIONS, CLIENT_VIEW)
    planner.meetings.set_status(mid, MeetingStatus.HELD)
    texts = tuple(f"Tehtävä {n:02d}: selvitetään etuuden {n} vaikutus toimeentuloon ja "
                  f"kerrotaan siitä asiakkaalle" for n in range(1, actions + 1))
    responsible = (social, expert, officer)
    for n, description in enumerate(texts):
        planner.actions.record(ActionInput(cid, description, mid,
                                           responsible_professional_id=responsible[n % 3],
                                           due_date=date(2026, 12, 10) + timedelta(days=n)))
    for days, status in ((7, MeetingStatus.CANCELLED), (14, MeetingStatus.PLANNED)):
        later = planner.meetings.plan(MeetingInput(
            cid, f"Seurantaneuvottelu {days}", START + timedelta(days=days),
            START + timedelta(days=days, hours=1), location="Utsjoen sote-keskus"))
        if status == MeetingStatus.CANCELLED:
            planner.meetings.set_status(later.id or 0, status)
    return Built(mid, cid, "Lapin työllisyyspalvelut", texts)


# --- poppler ----------------------------------------------------------------------------------
def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True,
                          text=True).stdout


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return run("pdftotext", "-layout", pdf, "-").split("\f")[:-1]


def readable(text: str) -> str:
    """Extracted Arabic back in its plain letters, without the bidi marks pdftotext adds."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def pdf_info(pdf: Path) -> dict[str, str]:
    lines = run("pdfinfo", pdf).splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def decompressed(pdf: bytes) -> bytes:
    """The file with every Flate stream inflated, to search its raw content."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        with contextlib.suppress(zlib.error):  # not every stream is Flate
            parts.append(zlib.decompress(match.group(1)))
    return b"\n".join(parts)


def words_on_page(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(x1, y1, x2, y2, word) in points, origin at the bottom left like ReportLab's."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    page_size = re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)
    assert page_size is not None
    height = float(page_size.group(1))
    return [(float(x1), height - float(y2), float(x2), height - float(y1), word)
            for x1, y1, x2, y2, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>", html)]
