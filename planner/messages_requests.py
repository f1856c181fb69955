"""Messages of information requests between agencies (tietopyynnöt, issue 15) in fi, sv and
en; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


REQUEST_MESSAGES: dict[str, dict[str, str]] = {
    # --- validation -------------------------------------------------------------------------
    "validation.request_same_agency": _m(
        "Pyytäjän ja vastaanottajan on oltava eri toimijoita.",
        "Begärande och mottagande aktör måste vara olika.",
        "The requesting and the receiving agency must differ."),
    "validation.request_person_agency": _m(
        "{person} ei työskentele valitussa toimijassa.",
        "{person} arbetar inte hos den valda aktören.",
        "{person} does not work at the agency chosen."),
    "validation.request_not_draft": _m(
        "Vain luonnoksen voi merkitä lähetetyksi; tämä pyyntö on tilassa ”{state}”.",
        "Endast ett utkast kan markeras som skickat; denna begäran är ”{state}”.",
        "Only a draft can be marked sent; this request is “{state}”."),
    "validation.request_not_sent": _m(
        "Vain lähetetyn pyynnön voi merkitä vastatuksi; tämä pyyntö on tilassa ”{state}”.",
        "Endast en skickad begäran kan markeras som besvarad; denna begäran är ”{state}”.",
        "Only a sent request can be marked answered; this request is “{state}”."),
    "validation.request_closed": _m(
        "Pyyntö on tilassa ”{state}”, eikä sitä voi enää muuttaa.",
        "Begäran är ”{state}” och kan inte längre ändras.",
        "The request is “{state}” and can no longer be changed."),
    "validation.request_due_required": _m(
        "Anna määräpäivä, johon mennessä vastausta odotetaan.",
        "Ange förfallodagen då svaret väntas.",
        "Give the due date by which the answer is expected."),
    "validation.request_due_before_sent": _m(
        "Määräpäivä ei voi olla ennen lähetyspäivää ({sent}).",
        "Förfallodagen kan inte vara före sändningsdagen ({sent}).",
        "The due date cannot be before the day it was sent ({sent})."),
    "validation.request_date_in_future": _m(
        "Päivä ei voi olla tämän päivän ({today}) jälkeen.",
        "Dagen kan inte vara efter i dag ({today}).",
        "The day cannot be after today ({today})."),
    "validation.request_answered_before_sent": _m(
        "Vastauspäivä ei voi olla ennen lähetyspäivää ({sent}).",
        "Svarsdagen kan inte vara före sändningsdagen ({sent}).",
        "The answer cannot be dated before the request was sent ({sent})."),
    # --- warnings (shown, never refused) ---------------------------------------------------
    "request.warning.no_basis": _m(
        "Pyynnölle ei ole kirjattu oikeusperustetta eikä asiakkaan suostumusta. Kirjaa laki, "
        "johon tiedonsaantioikeus perustuu, tai valitse asiakkaan suostumus.",
        "Begäran har varken en rättslig grund eller klientens samtycke. Ange lagen som rätten "
        "att få uppgifterna grundar sig på, eller välj klientens samtycke.",
        "The request has neither a legal basis nor the client's consent. Name the law the "
        "right to the information rests on, or choose the client's consent."),
    "request.warning.consent_not_valid": _m(
        "Valittu suostumus ei ole voimassa ({day}): se on peruttu tai vanhentunut.",
        "Det valda samtycket gäller inte ({day}): det har återkallats eller gått ut.",
        "The consent chosen is not valid on {day}: it was withdrawn or has expired."),
    "request.warning.consent_not_covering": _m(
        "Valittu suostumus ei kata toimijaa {agency}.",
        "Det valda samtycket omfattar inte {agency}.",
        "The consent chosen does not cover {agency}."),
    # --- stored values ------------------------------------------------------------------------
    "label.request_status.draft": _m("luonnos", "utkast", "draft"),
    "label.request_status.sent": _m("lähetetty", "skickad", "sent"),
    "label.request_status.overdue": _m("myöhässä", "försenad", "overdue"),
    "label.request_status.answered": _m("vastattu", "besvarad", "answered"),
    "label.request_status.cancelled": _m("peruttu", "återkallad", "cancelled"),
    "entity.InformationRequest": _m("Tietopyyntöä", "Informationsbegäran",
                                    "Information request"),
    # --- the audit log in words ------------------------------------------------------------
    "log.create.information_request": _m("Kirjattu tietopyyntö", "Informationsbegäran "
                                         "registrerad", "Recorded an information request"),
    "log.update.information_request": _m("Muutettu tietopyyntöä", "Informationsbegäran ändrad",
                                         "Changed an information request"),
    "log.disclose.information_request": _m("Lähetetty tietopyyntö: {recipient}",
                                           "Informationsbegäran skickad: {recipient}",
                                           "Sent an information request: {recipient}"),
    "log.view.information_request": _m("Katsottu tietopyyntöä", "Informationsbegäran visad",
                                       "Viewed an information request"),
    "log.view.information_request_list": _m("Katsottu asiakkaan tietopyyntöjä",
                                            "Klientens informationsbegäranden visade",
                                            "Viewed the client's information requests"),
    # --- verkosto requests ----------------------------------------------------------------
    "cli.col.requester": _m("Pyytäjä", "Begärande", "Requester"),
    "cli.col.receiver": _m("Vastaanottaja", "Mottagare", "Receiver"),
    "cli.col.subject": _m("Pyydetyt tiedot", "Begärda uppgifter", "Asked for"),
    "cli.col.sent": _m("Lähetetty", "Skickad", "Sent"),
    "cli.col.answered": _m("Vastattu", "Besvarad", "Answered"),
    "cli.col.basis": _m("Peruste", "Grund", "Basis"),
    "cli.requests_none": _m("Ei tietopyyntöjä.", "Inga informationsbegäranden.",
                            "No information requests."),
    "cli.request_consent": _m("suostumus {ident}", "samtycke {ident}", "consent {ident}"),
}
