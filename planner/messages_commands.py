"""Messages of the audit log's words and the headless commands' column headings, in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

COMMAND_MESSAGES: dict[str, dict[str, str]] = {
    # --- audit ---------------------------------------------------------------------------
    "audit.chain_ok": {
        "fi": "Lokiketju on ehjä ({count} merkintää).",
        "sv": "Loggkedjan är hel ({count} poster).",
        "en": "The audit chain is intact ({count} entries).",
    },
    "audit.chain_broken": {
        "fi": "Lokiketju on katkennut merkinnän {entry} kohdalla: {reason}.",
        "sv": "Loggkedjan är bruten vid post {entry}: {reason}.",
        "en": "The audit chain is broken at entry {entry}: {reason}.",
    },
    "cli.summary_signed": {
        "fi": "Allekirjoitettu yhteenveto tallennettu: {path} (asiakirjan tunniste {document_id})",
        "sv": "Undertecknad sammanfattning sparad: {path} (dokument-id {document_id})",
        "en": "Signed summary saved: {path} (document id {document_id})",
    },
    "cli.summary_unsigned": {
        "fi": "Yhteenveto tallennettu allekirjoittamatta: {path} (asiakirjan tunniste "
              "{document_id})",
        "sv": "Sammanfattning sparad utan underskrift: {path} (dokument-id {document_id})",
        "en": "Summary saved, not signed: {path} (document id {document_id})",
    },
    "cli.demo_exists": {
        "fi": "Tietovarastossa on jo asiakkaita; esittelyaineistoa ei lisätty.",
        "sv": "Datalagret har redan klienter; demomaterialet lades inte till.",
        "en": "The store already has clients; the demo data was not added.",
    },
    "cli.demo_done": {
        "fi": "Esittelyaineisto lisätty: {clients} asiakasta, {meetings} tapaamista, "
              "{actions} toimenpidettä.",
        "sv": "Demomaterialet har lagts till: {clients} klienter, {meetings} möten, "
              "{actions} åtgärder.",
        "en": "Demo data added: {clients} clients, {meetings} meetings, {actions} actions.",
    },
    "cli.store_created": {
        "fi": "Uusi salattu tietovarasto luotiin: {path} (avain: {protection}).",
        "sv": "Ett nytt krypterat datalager skapades: {path} (nyckel: {protection}).",
        "en": "A new encrypted store was created: {path} (key: {protection}).",
    },
    # --- column headings of the headless commands -------------------------------------
    "cli.col.id": {"fi": "Nro", "sv": "Nr", "en": "ID"},
    "cli.col.name": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
    "cli.col.hetu": {"fi": "Henkilötunnus", "sv": "Personbeteckning", "en": "Identity code"},
    "cli.col.birth_date": {"fi": "Syntymäaika", "sv": "Födelsedatum", "en": "Birth date"},
    "cli.col.client": {"fi": "Asiakas", "sv": "Klient", "en": "Client"},
    "cli.col.title": {"fi": "Otsikko", "sv": "Rubrik", "en": "Title"},
    "cli.col.start": {"fi": "Alkaa", "sv": "Börjar", "en": "Start"},
    "cli.col.status": {"fi": "Tila", "sv": "Status", "en": "Status"},
    "cli.col.mode": {"fi": "Muoto", "sv": "Form", "en": "Mode"},
    "cli.col.place": {"fi": "Paikka", "sv": "Plats", "en": "Place"},
    "cli.col.action": {"fi": "Toimenpide", "sv": "Åtgärd", "en": "Action"},
    "cli.col.responsible": {"fi": "Vastuuhenkilö", "sv": "Ansvarsperson", "en": "Responsible"},
    "cli.col.agency": {"fi": "Toimija", "sv": "Aktör", "en": "Agency"},
    "cli.col.due": {"fi": "Määräpäivä", "sv": "Förfallodag", "en": "Due"},
    "cli.col.overdue": {"fi": "Myöhässä", "sv": "Försenad", "en": "Overdue"},
    "cli.col.time": {"fi": "Aika", "sv": "Tid", "en": "Time"},
    "cli.col.user": {"fi": "Käyttäjä", "sv": "Användare", "en": "User"},
    "cli.col.what": {"fi": "Kohde", "sv": "Objekt", "en": "What"},
    "cli.col.purpose": {"fi": "Käyttötarkoitus", "sv": "Ändamål", "en": "Purpose"},
    "cli.col.recipient": {"fi": "Vastaanottaja", "sv": "Mottagare", "en": "Recipient"},
    "cli.yes": {"fi": "kyllä", "sv": "ja", "en": "yes"},
}
