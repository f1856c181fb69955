"""The synthetic store's rows, table by table, as plain dicts for SQLAlchemy core inserts.

Deterministic for a seed, with explicit primary keys (the tables start empty), so the same rows
go into the encrypted store and into the plain-SQLite floor. Shapes follow a clinic's store
after several years: most meetings held, most old actions done, a tail of overdue ones.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from planner.demo_data import AGENCIES, PEOPLE
from planner.domain.clients import search_key
from planner.domain.enums import (
    ActionStatus,
    AgencyKind,
    Attendance,
    ConsentForm,
    GoalSetter,
    GoalStatus,
    MeetingMode,
    MeetingStatus,
    ParticipantKind,
    ParticipantRole,
    PlanStatus,
)
from tests.benchmarks import names

Row = dict[str, Any]
TZ = ZoneInfo("Europe/Helsinki")
YEARS_BACK = 6  # the store's history
BIG_MEETING, BIG_PARTICIPANTS, BIG_ACTIONS = 1, 30, 50  # the summary PDF's meeting
ROLES_BY_KIND: dict[AgencyKind, tuple[tuple[ParticipantRole, str], ...]] = {
    AgencyKind.KELA: ((ParticipantRole.KELA_EXPERT, "Kelan asiantuntija"),),
    AgencyKind.SOCIAL_SERVICES: ((ParticipantRole.SOCIAL_WORKER, "sosiaalityöntekijä"),
                                 (ParticipantRole.SOCIAL_COUNSELLOR, "sosiaaliohjaaja")),
    AgencyKind.HEALTH_CENTRE: ((ParticipantRole.HEALTH_CENTRE_DOCTOR, "terveyskeskuslääkäri"),
                               (ParticipantRole.NURSE, "sairaanhoitaja"),
                               (ParticipantRole.PHYSIOTHERAPIST, "fysioterapeutti")),
    AgencyKind.HOSPITAL: ((ParticipantRole.HOSPITAL_DOCTOR, "erikoislääkäri"),
                          (ParticipantRole.PSYCHOLOGIST, "psykologi"),
                          (ParticipantRole.OCCUPATIONAL_THERAPIST, "toimintaterapeutti")),
    AgencyKind.EMPLOYMENT_SERVICES: ((ParticipantRole.EMPLOYMENT_OFFICER, "työvalmentaja"),),
    AgencyKind.SCHOOL: ((ParticipantRole.STUDY_COUNSELLOR, "opinto-ohjaaja"),
                        (ParticipantRole.TEACHER, "opettaja")),
    AgencyKind.STUDENT_HEALTH: ((ParticipantRole.NURSE, "terveydenhoitaja"),),
    AgencyKind.INTERPRETER_SERVICE: ((ParticipantRole.INTERPRETER, "asioimistulkki"),),
    AgencyKind.NGO: ((ParticipantRole.NGO_WORKER, "järjestötyöntekijä"),),
    AgencyKind.OTHER: ((ParticipantRole.OTHER, "talous- ja velkaneuvoja"),),
}
COUNTIES = ("Pirkanmaan", "Pohjois-Savon", "Varsinais-Suomen", "Pohjois-Pohjanmaan",
            "Keski-Suomen", "Satakunnan", "Lapin", "Itä-Uudenmaan", "Pohjanmaan")
TITLES = ("Verkostoneuvottelu", "Hoitoneuvottelu", "Sairauspäivärahan 90 päivän seuranta",
          "Kuntoutussuunnitelman tarkistus", "Opintojen jatkaminen", "Työkyvyn arviointi",
          "Kotiutumisen suunnittelu", "Asiakassuunnitelman päivitys")
AGENDA = ("Tilanne nyt", "Toimeentulo ja etuudet", "Kuntoutusvaihtoehdot", "Asuminen",
          "Seuraavat askeleet", "Asiakkaan oma näkemys", "Työkyky ja terveys")
ACTIONS = ("Hakemus kuntoutusrahasta Kelaan", "B-lääkärinlausunto", "Yhteydenotto "
           "työllisyyspalveluihin", "Asumistuen tarkistus", "Toimeentulotukihakemus",
           "Ajanvaraus psykologille", "Opinto-ohjaajan tapaaminen", "Maksusitoumus lääkkeisiin",
           "Kotihoidon arviointikäynti", "Velkaneuvonnan ajanvaraus", "Tulkin tilaus")


def _uid(rng: random.Random) -> str:
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@verkosto.invalid"


def _email(name: str, domain: str) -> str:
    plain = name.lower().translate(str.maketrans("äöåáéü", "aoaaeu"))
    return ".".join("".join(c for c in part if c.isalnum()) for part in plain.split()) + domain


@dataclass
class Directory:
    agency_kinds: dict[int, AgencyKind] = field(default_factory=dict)
    people_by_agency: dict[int, list[int]] = field(default_factory=dict)
    people: dict[int, tuple[str, ParticipantRole, str | None]] = field(default_factory=dict)
    people_agency: dict[int, int] = field(default_factory=dict)


class RowMaker:
    """Makes every table's rows; the ids it hands out link them together."""

    def __init__(self, seed: int, today: date, service_codes: list[str]) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time(12), TZ).astimezone(UTC)
        self.codes = service_codes
        self.directory = Directory()
        self.clients: list[tuple[int, datetime, str]] = []  # id, created, display name
        self.client_emails: dict[int, str | None] = {}
        self.plans: dict[int, int] = {}  # client id -> plan id
        self.events: list[tuple[datetime, int | None, str, int]] = []  # audit CREATE events

    def _moment(self, day: date, hour: int = 12, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), TZ).astimezone(UTC)

    def _past_day(self, start: date) -> date:
        span = max((self.today - start).days, 1)
        return start + timedelta(days=self.rng.randrange(span))

    # --- the directory -----------------------------------------------------------------------
    def agencies(self, count: int) -> list[Row]:
        rows: list[Row] = []
        for name, kind, unit, business_id, email, phone, address in AGENCIES.values():
            rows.append(dict(name=name, kind=kind, unit=unit, business_id=business_id,
                             email=email, phone=phone, address=address))
        kinds = list(ROLES_BY_KIND)
        while len(rows) < count:
            kind, county = self.rng.choice(kinds), self.rng.choice(COUNTIES)
            town = self.rng.choice(names.TOWNS)
            rows.append(dict(name=f"{county} hyvinvointialue", kind=kind,
                             unit=f"{town}, {ROLES_BY_KIND[kind][0][1]}t", business_id=None,
                             email=None, phone=f"0{self.rng.randint(2, 9)} "
                                               f"{self.rng.randint(100, 999)} "
                                               f"{self.rng.randint(1000, 9999)}",
                             address=names.address(self.rng)))
        for number, row in enumerate(rows, 1):
            row["id"] = number
            self.directory.agency_kinds[number] = row["kind"]
        return rows

    def professionals(self, count: int) -> list[Row]:
        keys = list(AGENCIES)
        rows: list[Row] = []
        for name, title, role, agency, email, phone, languages in PEOPLE.values():
            rows.append(dict(name=name, title=title, role=role, agency_id=keys.index(agency) + 1,
                             email=email, phone=phone, languages=languages, active=True))
        agency_ids = list(self.directory.agency_kinds)
        while len(rows) < count:
            # every agency first gets one person, then at random
            agency = agency_ids[len(rows) % len(agency_ids)] if len(rows) < 2 * len(agency_ids) \
                else self.rng.choice(agency_ids)
            role, title = self.rng.choice(ROLES_BY_KIND[self.directory.agency_kinds[agency]])
            who = names.person(self.rng)
            name = f"{who.first_names.split()[0]} {who.last_name}"
            rows.append(dict(name=name, title=title, role=role, agency_id=agency,
                             email=_email(name, "@example.fi") if self.rng.random() < 0.9
                             else None, phone=f"040 {self.rng.randint(100, 999)} "
                                              f"{self.rng.randint(1000, 9999)}",
                             languages=["fi", "en"] if self.rng.random() < 0.5 else ["fi"],
                             active=self.rng.random() < 0.95))
        for number, row in enumerate(rows, 1):
            row["id"] = number
            self.directory.people_by_agency.setdefault(row["agency_id"], []).append(number)
            self.directory.people[number] = (row["name"], row["role"], row["email"])
            self.directory.people_agency[number] = row["agency_id"]
        return rows

    def profile(self) -> list[Row]:
        name, title, _role, _agency, email, _phone, _languages = PEOPLE["me"]
        self.events.append((self.now - timedelta(days=YEARS_BACK * 366), None, "user_profile", 1))
        return [dict(id=1, name=name, title=title, agency_id=1, email=email)]

    # --- clients and what hangs on them --------------------------------------------------------
    def clients_rows(self, count: int) -> list[Row]:
        rows: list[Row] = []
        used: set[str] = set()
        start = self.today - timedelta(days=YEARS_BACK * 365)
        for number in range(1, count + 1):
            who = names.person(self.rng)
            born = names.birth_date(self.rng, self.today)
            hetu: str | None = None
            if self.rng.random() < 0.97:  # a few have no HETU recorded yet
                while hetu is None or hetu in used:
                    temporary = who.interpreter_language is not None and self.rng.random() < 0.2
                    individual = self.rng.randint(900, 999) if temporary \
                        else self.rng.randint(2, 899)
                    hetu = names.checked_hetu(born, individual, self.rng)
                used.add(hetu)
            created = self._moment(self._past_day(start), self.rng.randint(8, 15))
            email = _email(f"{who.first_names.split()[0]} {who.last_name}", "@example.net") \
                if self.rng.random() < 0.4 else None
            self.client_emails[number] = email
            rows.append(dict(
                id=number, first_names=who.first_names, last_name=who.last_name, hetu=hetu,
                search_key=search_key(who.first_names, who.last_name),
                birth_date=born, phone=f"04{self.rng.randint(0, 9)} {self.rng.randint(100, 999)} "
                                       f"{self.rng.randint(1000, 9999)}"
                if self.rng.random() < 0.8 else None,
                email=email,
                address=names.address(self.rng), language=who.language,
                needs_interpreter=who.interpreter_language is not None,
                interpreter_language=who.interpreter_language,
                situation="Tilanne kuvattu asiakassuunnitelmassa. " * self.rng.randint(1, 6),
                created_at=created))
            self.clients.append((number, created, f"{who.first_names} {who.last_name}"))
            self.events.append((created, number, "client", number))
        return rows

    def _agencies_for(self, count: int) -> list[int]:
        return self.rng.sample(list(self.directory.people_by_agency), count)

    def contacts(self) -> list[Row]:
        rows: list[Row] = []
        for client, created, _name in self.clients:
            for position, agency in enumerate(self._agencies_for(self.rng.randint(1, 3))):
                rows.append(dict(id=len(rows) + 1, client_id=client, agency_id=agency,
                                 professional_id=self.rng.choice(
                                     self.directory.people_by_agency[agency]),
                                 is_case_lead=position == 0, since=created.date()))
        return rows

    def consents(self) -> tuple[list[Row], list[Row]]:
        consents: list[Row] = []
        links: list[Row] = []
        for client, created, _name in self.clients:
            for _ in range(self.rng.choice((0, 1, 1, 2, 2, 3))):
                given = created + timedelta(days=self.rng.randint(0, 400))
                withdrawn = given + timedelta(days=90) if self.rng.random() < 0.05 else None
                consents.append(dict(
                    id=len(consents) + 1, client_id=client,
                    purpose="Yhteinen asiakassuunnitelma ja tietojen vaihto",
                    form=self.rng.choice((ConsentForm.WRITTEN, ConsentForm.ORAL)), given_by="",
                    given_at=given, recorded_by="Katja Salonen",
                    valid_until=(given + timedelta(days=365)).date(), withdrawn_at=withdrawn,
                    withdrawn_recorded_by="Katja Salonen" if withdrawn else None))
                for agency in self._agencies_for(self.rng.randint(2, 4)):
                    links.append(dict(consent_id=len(consents), agency_id=agency))
                self.events.append((given, client, "consent", len(consents)))
        return consents, links

    def plans_rows(self) -> dict[str, list[Row]]:
        tables: dict[str, list[Row]] = {"client_plan": [], "plan_version": [], "plan_goal": [],
                                        "plan_service": []}
        for client, created, _name in self.clients:
            if self.rng.random() >= 0.6:
                continue
            plan_id = len(tables["client_plan"]) + 1
            made = created + timedelta(days=self.rng.randint(1, 60))
            tables["client_plan"].append(dict(id=plan_id, client_id=client, created_at=made,
                                              title="Yhteinen asiakassuunnitelma"))
            self.plans[client] = plan_id
            self.events.append((made, client, "client_plan", plan_id))
            versions = self.rng.randint(1, 3)
            for number in range(1, versions + 1):
                latest = number == versions
                status = self.rng.choice((PlanStatus.DRAFT, PlanStatus.AGREED)) if latest \
                    else PlanStatus.AGREED
                version_id = len(tables["plan_version"]) + 1
                at = made + timedelta(days=120 * (number - 1))
                tables["plan_version"].append(dict(
                    id=version_id, plan_id=plan_id, number=number, status=status,
                    situation="Tilanne: toimeentulo ja kuntoutus selvityksessä.",
                    service_needs="Kuntoutus, toimeentulo, asuminen.",
                    client_view="Haluan päästä takaisin töihin.",
                    review_date=(at + timedelta(days=180)).date(), created_at=at,
                    created_by="Katja Salonen",
                    agreed_at=at if status == PlanStatus.AGREED else None,
                    agreed_by="Katja Salonen" if status == PlanStatus.AGREED else None))
                for position in range(self.rng.randint(2, 4)):
                    tables["plan_goal"].append(dict(
                        id=len(tables["plan_goal"]) + 1, version_id=version_id,
                        position=position, description=self.rng.choice(ACTIONS),
                        target_date=(at + timedelta(days=30 * (position + 1))).date(),
                        status=self.rng.choice(list(GoalStatus)),
                        expressed_by=self.rng.choice(list(GoalSetter))))
                for code in self.rng.sample(self.codes, self.rng.randint(1, 3)):
                    tables["plan_service"].append(dict(
                        id=len(tables["plan_service"]) + 1, version_id=version_id,
                        service_code=code, agency_id=self.rng.choice(
                            list(self.directory.agency_kinds)), note=""))
        return tables

    # --- meetings and agreed actions --------------------------------------------------------------
    def meeting_batches(self, meetings: int, actions: int, batch: int = 5000
                        ) -> Iterator[dict[str, list[Row]]]:
        """Meetings with their agenda, participants, notes and agreed actions, in batches."""
        clients = [c for c, _created, _name in self.clients]
        weights = [self.rng.paretovariate(1.5) for _ in clients]  # some clients meet often
        chosen = self.rng.choices(clients, weights, k=meetings)
        # cancelled meetings agree on nothing; the rest of the count has no meeting (below)
        per_meeting = actions * 0.97 / meetings / 0.905
        action_id = participant_id = agenda_id = 0
        start = self.today - timedelta(days=YEARS_BACK * 365)
        tables: dict[str, list[Row]] = {}
        for meeting_id, client in enumerate(chosen, 1):
            if not tables:
                tables = {"meeting": [], "agenda_item": [], "participant": [],
                          "meeting_note": [], "agreed_action": []}
            big = meeting_id == BIG_MEETING  # the summary benchmark's: 30 people, 50 actions
            day = self.today - timedelta(days=3) if big else \
                start + timedelta(days=self.rng.randrange(YEARS_BACK * 365 + 180))
            while day.weekday() >= 5:
                day += timedelta(days=1) if not big else -timedelta(days=1)
            begin = self._moment(day, self.rng.randint(8, 15), self.rng.choice((0, 15, 30)))
            past = day < self.today
            status = (self.rng.choices((MeetingStatus.HELD, MeetingStatus.CANCELLED,
                                        MeetingStatus.PLANNED), (85, 10, 5))[0] if past else
                      self.rng.choices((MeetingStatus.PLANNED, MeetingStatus.CONFIRMED,
                                        MeetingStatus.CANCELLED), (60, 35, 5))[0])
            status = MeetingStatus.HELD if big else status
            mode = self.rng.choices(list(MeetingMode), (60, 25, 15))[0]
            created = begin - timedelta(days=self.rng.randint(7, 40))
            tables["meeting"].append(dict(
                id=meeting_id, client_id=client,
                plan_id=self.plans.get(client) if self.rng.random() < 0.5 else None,
                title=self.rng.choice(TITLES), purpose="Tilanteen kokoaminen ja jatkosuunnitelma.",
                start=begin, end=begin + timedelta(minutes=self.rng.choice((45, 60, 90))),
                location="" if mode == MeetingMode.REMOTE else names.address(self.rng),
                remote_link=None if mode == MeetingMode.IN_PERSON
                else f"https://teams.example.fi/m/{meeting_id}",
                mode=mode, status=status, ical_uid=_uid(self.rng), sequence=self.rng.randint(0, 3),
                rescheduled_sequence=0, created_at=created, updated_at=created))
            self.events.append((created, client, "meeting", meeting_id))
            for position, title in enumerate(self.rng.sample(AGENDA, self.rng.randint(2, 4))):
                agenda_id += 1
                tables["agenda_item"].append(dict(id=agenda_id, meeting_id=meeting_id,
                                                  position=position, title=title))
            people = self._participants(meeting_id, client, status, participant_id,
                                        BIG_PARTICIPANTS - 1 if big else 0)
            participant_id += len(people)
            tables["participant"].extend(people)
            if status == MeetingStatus.HELD:
                tables["meeting_note"].append(dict(
                    meeting_id=meeting_id, decisions="Sovittiin jatkotoimista.",
                    client_view="Asiakas kokee tilanteen selkiytyneen.",
                    updated_at=begin + timedelta(hours=2), updated_by="Katja Salonen"))
            count = int(per_meeting) + (self.rng.random() < per_meeting % 1)
            count = min(BIG_ACTIONS if big else count, actions - action_id)
            for _ in range(count if status != MeetingStatus.CANCELLED else 0):
                action_id += 1
                tables["agreed_action"].append(self._action(action_id, client, meeting_id,
                                                            begin, people))
            if meeting_id == meetings:  # actions agreed outside meetings, up to the count
                for extra in range(action_id + 1, actions + 1):
                    tables["agreed_action"].append(self._action(
                        extra, self.rng.choice(clients), None,
                        self._moment(self._past_day(start)), []))
            if meeting_id % batch == 0 or meeting_id == meetings:
                yield tables
                tables = {}

    def _participants(self, meeting_id: int, client: int, status: MeetingStatus,
                      first_id: int, professionals: int) -> list[Row]:
        """The client and 3–6 professionals of different agencies (or ``professionals``)."""
        def attendance() -> Attendance:
            if status == MeetingStatus.HELD:
                return self.rng.choices((Attendance.ATTENDED, Attendance.ABSENT), (92, 8))[0]
            return self.rng.choice((Attendance.INVITED, Attendance.ACCEPTED,
                                    Attendance.TENTATIVE))

        rows: list[Row] = [dict(kind=ParticipantKind.CLIENT, professional_id=None,
                                name=self.clients[client - 1][2],
                                email=self.client_emails[client], agency_id=None,
                                role=ParticipantRole.CLIENT, required=True,
                                attendance=attendance(), interpreter_language=None)]
        chosen = [self.rng.choice(self.directory.people_by_agency[agency])
                  for agency in self._agencies_for(self.rng.randint(3, 6))]
        if professionals:
            chosen = self.rng.sample(sorted(self.directory.people), professionals)
        for person in chosen:
            agency = self.directory.people_agency[person]
            name, role, email = self.directory.people[person]
            rows.append(dict(kind=ParticipantKind.PROFESSIONAL, professional_id=person,
                             name=name, email=email, agency_id=agency, role=role,
                             required=self.rng.random() < 0.8, attendance=attendance(),
                             interpreter_language=None))
        if self.rng.random() < 0.15:
            rows.append(dict(kind=ParticipantKind.FAMILY, professional_id=None,
                             name="Omainen", email=None, agency_id=None,
                             role=ParticipantRole.FAMILY_MEMBER, required=False,
                             attendance=attendance(), interpreter_language=None))
        for number, row in enumerate(rows, first_id + 1):
            row.update(id=number, meeting_id=meeting_id)
        return rows

    def _action(self, action_id: int, client: int, meeting_id: int | None, begin: datetime,
                people: list[Row]) -> Row:
        due: date | None = (begin + timedelta(days=self.rng.randint(7, 90))).date()
        if self.rng.random() < 0.05:
            due = None
        age = (self.today - due).days if due else (self.today - begin.date()).days
        open_share = 0.9 if age < 0 else 0.45 if age < 60 else 0.03
        status = (self.rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                  if self.rng.random() < open_share else
                  self.rng.choices((ActionStatus.DONE, ActionStatus.CANCELLED), (92, 8))[0])
        professionals = [p for p in people if p["professional_id"] is not None]
        person = self.rng.choice(professionals) if professionals and self.rng.random() < 0.85 \
            else None
        self.events.append((begin + timedelta(hours=1), client, "agreed_action", action_id))
        return dict(
            id=action_id, client_id=client, meeting_id=meeting_id,
            description=self.rng.choice(ACTIONS),
            responsible_professional_id=person["professional_id"] if person else None,
            responsible_name="" if person else "Asiakas itse",
            responsible_agency_id=person["agency_id"] if person else None, due_date=due,
            status=status,
            completion_note="Tehty." if status == ActionStatus.DONE else "",
            completed_at=begin + timedelta(days=10) if status == ActionStatus.DONE else None,
            created_at=begin + timedelta(hours=1))
