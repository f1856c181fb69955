"""The summary document's own headings and labels in Finnish, Swedish and English, and its
Finnish-style dates (d.M.yyyy, H.mm, Helsinki time) which read well in all three languages.

Stored values (roles, attendance, statuses) are translated by ``planner.messages.label``.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from planner.config import HELSINKI

TZ = ZoneInfo(HELSINKI)  # the summary's dates are Finnish dates

TEXTS: dict[str, dict[str, str]] = {
    "fi": {
        "marking": "SALASSA PIDETTÄVÄ",
        "document": "Verkostoneuvottelun yhteenveto",
        "page": "sivu {page} / {pages}",
        "document_id": "Asiakirjan tunniste",
        "audit_head": "lokin kohta",
        "meeting": "Tapaaminen",
        "date": "Päivämäärä",
        "time": "Kellonaika",
        "mode": "Toteutustapa",
        "place": "Paikka",
        "remote_link": "Etäyhteys",
        "status": "Tila",
        "purpose": "Tarkoitus",
        "client": "Asiakas",
        "name": "Nimi",
        "hetu": "Henkilötunnus",
        "temporary": "(väliaikainen)",
        "birth_date": "Syntymäaika",
        "participants": "Osallistujat",
        "role": "Rooli",
        "attendance": "Läsnäolo",
        "client_and_family": "Asiakas ja läheiset",
        "others": "Muut osallistujat",
        "contacts": "Vastuuhenkilö ja nimetyt yhteyshenkilöt",
        "agency": "Toimija",
        "contact": "Yhteyshenkilö",
        "case_lead": "vastuuhenkilö",
        "no_contacts": "Yhteyshenkilöitä ei ole nimetty.",
        "agenda": "Asialista",
        "decisions": "Päätökset",
        "client_view": "Asiakkaan oma näkemys",
        "actions": "Sovitut toimenpiteet",
        "action": "Toimenpide",
        "responsible": "Vastuuhenkilö",
        "due": "Määräaika",
        "no_actions": "Tapaamisessa ei sovittu toimenpiteitä.",
        "next_meeting": "Seuraava tapaaminen",
        "no_next_meeting": "Seuraavaa tapaamista ei ole sovittu.",
        "consents": "Suostumus, johon tietojen jakaminen perustuu",
        "consent_given": "Annettu",
        "given_by": "Antaja",
        "the_client": "asiakas itse",
        "form_written": "kirjallinen",
        "form_oral": "suullinen",
        "agencies": "Koskee toimijoita",
        "valid_until": "Voimassa",
        "until_further": "toistaiseksi",
        "whole_organisation": "{name} (koko organisaatio)",
        "interpreted": "{role}, tulkkaus: {spoken}",
        "valid_to": "{date} asti",
        "withdrawn": "peruttu {date}",
        "no_consent": "Tapaamisen aikaan ei ollut voimassa olevaa suostumusta.",
        "document_info": "Asiakirjan tiedot",
        "producer": "Laatija",
        "produced_at": "Laadittu",
        "not_recorded": "Ei kirjattu.",
    },
    "sv": {
        "marking": "SEKRETESSBELAGD",
        "document": "Sammandrag av nätverksmöte",
        "page": "sida {page} / {pages}",
        "document_id": "Dokument-ID",
        "audit_head": "loggpost",
        "meeting": "Möte",
        "date": "Datum",
        "time": "Klockslag",
        "mode": "Form",
        "place": "Plats",
        "remote_link": "Distansanslutning",
        "status": "Status",
        "purpose": "Syfte",
        "client": "Klient",
        "name": "Namn",
        "hetu": "Personbeteckning",
        "temporary": "(tillfällig)",
        "birth_date": "Födelsedatum",
        "participants": "Deltagare",
        "role": "Roll",
        "attendance": "Närvaro",
        "client_and_family": "Klienten och anhöriga",
        "others": "Övriga deltagare",
        "contacts": "Ansvarsperson och namngivna kontaktpersoner",
        "agency": "Aktör",
        "contact": "Kontaktperson",
        "case_lead": "ansvarsperson",
        "no_contacts": "Inga kontaktpersoner har namngetts.",
        "agenda": "Föredragningslista",
        "decisions": "Beslut",
        "client_view": "Klientens egen syn",
        "actions": "Överenskomna åtgärder",
        "action": "Åtgärd",
        "responsible": "Ansvarsperson",
        "due": "Förfallodag",
        "no_actions": "Inga åtgärder överenskoms vid mötet.",
        "next_meeting": "Nästa möte",
        "no_next_meeting": "Inget nästa möte har avtalats.",
        "consents": "Samtycke som utlämnandet av uppgifter grundar sig på",
        "consent_given": "Givet",
        "given_by": "Givet av",
        "the_client": "klienten själv",
        "form_written": "skriftligt",
        "form_oral": "muntligt",
        "agencies": "Gäller aktörer",
        "valid_until": "Giltigt",
        "until_further": "tills vidare",
        "whole_organisation": "{name} (hela organisationen)",
        "interpreted": "{role}, tolkning: {spoken}",
        "valid_to": "till och med {date}",
        "withdrawn": "återkallat {date}",
        "no_consent": "Vid tiden för mötet fanns inget giltigt samtycke.",
        "document_info": "Uppgifter om dokumentet",
        "producer": "Upprättat av",
        "produced_at": "Upprättat",
        "not_recorded": "Inte antecknat.",
    },
    "en": {
        "marking": "CONFIDENTIAL",
        "document": "Network meeting summary",
        "page": "page {page} / {pages}",
        "document_id": "Document ID",
        "audit_head": "log entry",
        "meeting": "Meeting",
        "date": "Date",
        "time": "Time",
        "mode": "Mode",
        "place": "Place",
        "remote_link": "Remote link",
        "status": "Status",
        "purpose": "Purpose",
        "client": "Client",
        "name": "Name",
        "hetu": "Personal identity code",
        "temporary": "(temporary)",
        "birth_date": "Date of birth",
        "participants": "Participants",
        "role": "Role",
        "attendance": "Attendance",
        "client_and_family": "The client and family",
        "others": "Other participants",
        "contacts": "Case lead and named contact persons",
        "agency": "Agency",
        "contact": "Contact person",
        "case_lead": "case lead",
        "no_contacts": "No contact persons have been named.",
        "agenda": "Agenda",
        "decisions": "Decisions",
        "client_view": "The client's own view",
        "actions": "Agreed actions",
        "action": "Action",
        "responsible": "Responsible",
        "due": "Due date",
        "no_actions": "No actions were agreed in the meeting.",
        "next_meeting": "Next meeting",
        "no_next_meeting": "No next meeting has been agreed.",
        "consents": "The consent the sharing of data rests on",
        "consent_given": "Given",
        "given_by": "Given by",
        "the_client": "the client",
        "form_written": "written",
        "form_oral": "oral",
        "agencies": "Covers agencies",
        "valid_until": "Valid",
        "until_further": "until further notice",
        "whole_organisation": "{name} (the whole organisation)",
        "interpreted": "{role}, interpreted: {spoken}",
        "valid_to": "until {date}",
        "withdrawn": "withdrawn {date}",
        "no_consent": "No valid consent was in force at the time of the meeting.",
        "document_info": "About this document",
        "producer": "Produced by",
        "produced_at": "Produced",
        "not_recorded": "Not recorded.",
    },
}

WEEKDAYS = {
    "fi": ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def text(key: str, language: str, **params: object) -> str:
    template = TEXTS.get(language, TEXTS["fi"])[key]
    return template.format(**params) if params else template


def finnish_date(day: date | datetime) -> str:
    if isinstance(day, datetime):
        day = day.astimezone(TZ).date()
    return f"{day.day}.{day.month}.{day.year}"


def finnish_time(moment: datetime) -> str:
    local = moment.astimezone(TZ)
    return f"{local.hour}.{local.minute:02d}"


def finnish_datetime(moment: datetime) -> str:
    return f"{finnish_date(moment)} {finnish_time(moment)}"


def long_date(moment: datetime, language: str) -> str:
    """With the weekday, which helps the reader place a meeting: "torstai 3.12.2026"."""
    local = moment.astimezone(TZ)
    return f"{WEEKDAYS.get(language, WEEKDAYS['fi'])[local.weekday()]} {finnish_date(local)}"


def time_span(start: datetime, end: datetime) -> str:
    """9.00–10.30; a meeting past midnight names its end date too."""
    if start.astimezone(TZ).date() == end.astimezone(TZ).date():
        return f"{finnish_time(start)}–{finnish_time(end)}"
    return f"{finnish_time(start)}–{finnish_datetime(end)}"
