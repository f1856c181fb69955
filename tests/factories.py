"""Small builders for a realistic directory and client on a test store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner.domain import Agency, Client, Professional
from planner.domain.enums import AgencyKind, ParticipantRole
from planner.services import AgencyInput, ClientInput, Planner, ProfessionalInput

TZ = ZoneInfo("Europe/Helsinki")


@dataclass
class Network:
    client: Client
    agencies: dict[str, Agency]
    people: dict[str, Professional]


def build_network(planner: Planner) -> Network:
    specs = {
        "kela": ("Kela", AgencyKind.KELA, "Anna Virtanen", ParticipantRole.KELA_EXPERT,
                 "anna.virtanen@kela.fi"),
        "social": ("Pirkanmaan hyvinvointialue", AgencyKind.SOCIAL_SERVICES, "Liisa Mäkelä",
                   ParticipantRole.SOCIAL_WORKER, "liisa.makela@pirha.fi"),
        "hospital": ("TAYS", AgencyKind.HOSPITAL, "Pekka Laine", ParticipantRole.HOSPITAL_DOCTOR,
                     "pekka.laine@pirha.fi"),
        "employment": ("Tampereen työllisyyspalvelut", AgencyKind.EMPLOYMENT_SERVICES,
                       "Oskari Heikkinen", ParticipantRole.EMPLOYMENT_OFFICER, None),
    }
    agencies, people = {}, {}
    for key, (name, kind, person, role, email) in specs.items():
        agencies[key] = planner.directory.create_agency(AgencyInput(name, kind))
        people[key] = planner.directory.create_professional(ProfessionalInput(
            person, agencies[key].id or 0, role=role, email=email))
    client = planner.clients.create(ClientInput("Jari", "Mäkinen", hetu="131052-308T",
                                                email="jari.makinen@example.fi"))
    return Network(client, agencies, people)


def next_weekday_at(hour: int, days: int = 7) -> datetime:
    day = datetime.now(TZ).date() + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)
