"""Messages of optimistic concurrency ("two people, one plan", issue 17): the refusal of a
save over someone else's, and the comparison's field labels, in fi, sv and en;
``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


CONFLICT_MESSAGES: dict[str, dict[str, str]] = {
    "conflict.changed_by_other": _m(
        "{who} tallensi {record} ({ident}) {at} sen jälkeen, kun avasit sen. Mitään ei "
        "tallennettu: vertaa muutoksia ja valitse, kumpi jää.",
        "{who} sparade {record} ({ident}) {at} efter att du öppnade den. Ingenting sparades: "
        "jämför ändringarna och välj vilken som gäller.",
        "{who} saved the {record} ({ident}) at {at}, after you opened it. Nothing was saved: "
        "compare the changes and choose which stays."),
    "conflict.changed": _m(
        "Joku muu tallensi {record} ({ident}) sen jälkeen, kun avasit sen. Mitään ei "
        "tallennettu: vertaa muutoksia ja valitse, kumpi jää.",
        "Någon annan sparade {record} ({ident}) efter att du öppnade den. Ingenting sparades: "
        "jämför ändringarna och välj vilken som gäller.",
        "Someone else saved the {record} ({ident}) after you opened it. Nothing was saved: "
        "compare the changes and choose which stays."),
    "validation.revision_invalid": _m(
        "Tallennuksen versiotieto ({value}) ei kelpaa: avaa tieto uudelleen ja tallenna.",
        "Sparningens versionsuppgift ({value}) duger inte: öppna uppgiften igen och spara.",
        "The save's revision ({value}) is not valid: open the record again and save."),
    "conflict.record.plan": _m("suunnitelman", "planen", "plan"),
    "conflict.record.meeting": _m("neuvottelun tiedot", "mötets uppgifter", "meeting details"),
    "conflict.record.notes": _m("neuvottelun muistiinpanot", "mötets anteckningar",
                                "meeting notes"),
    "conflict.record.action": _m("sovitun toimenpiteen", "den överenskomna åtgärden",
                                 "agreed action"),
    # the comparison's rows (planner/edit_conflict.py)
    "conflict.field.situation": _m("Tilanne", "Situation", "Situation"),
    "conflict.field.service_needs": _m("Palvelutarpeet", "Servicebehov", "Service needs"),
    "conflict.field.client_view": _m("Asiakkaan näkemys", "Klientens syn", "Client's view"),
    "conflict.field.review_date": _m("Arviointipäivä", "Uppföljningsdatum", "Review date"),
    "conflict.field.goals": _m("Tavoitteet", "Mål", "Goals"),
    "conflict.field.services": _m("Etuudet ja palvelut", "Förmåner och tjänster",
                                  "Benefits and services"),
    "conflict.field.title": _m("Otsikko", "Rubrik", "Title"),
    "conflict.field.purpose": _m("Tarkoitus", "Syfte", "Purpose"),
    "conflict.field.start": _m("Alkaa", "Börjar", "Starts"),
    "conflict.field.end": _m("Päättyy", "Slutar", "Ends"),
    "conflict.field.location": _m("Paikka", "Plats", "Place"),
    "conflict.field.remote_link": _m("Etäyhteyden linkki", "Distanslänk", "Remote link"),
    "conflict.field.mode": _m("Tapa", "Form", "Mode"),
    "conflict.field.status": _m("Tila", "Status", "Status"),
    "conflict.field.agenda": _m("Asialista", "Föredragningslista", "Agenda"),
    "conflict.field.decisions": _m("Päätökset", "Beslut", "Decisions"),
    "conflict.field.description": _m("Toimenpide", "Åtgärd", "Action"),
    "conflict.field.responsible": _m("Vastuuhenkilö", "Ansvarig", "Responsible"),
    "conflict.field.due_date": _m("Määräpäivä", "Förfallodag", "Due date"),
    "conflict.field.completion_note": _m("Kuittausmerkintä", "Kvitteringsanteckning",
                                         "Completion note"),
    "conflict.empty": _m("(tyhjä)", "(tom)", "(empty)"),
}
