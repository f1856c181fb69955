"""Messages of hostile or mistaken input (fi, sv, en): forged calendar answers, input files
that are too large or nested too deeply, ids that name nothing, searches that are too long.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

INPUT_MESSAGES: dict[str, dict[str, str]] = {
    # --- calendar answers (iTIP REPLY, iMIP) -----------------------------------------------
    "validation.reply_attendee_count": {
        "fi": "Vastaus puhuu {count} osallistujan puolesta; kalenterivastauksessa (iTIP REPLY) "
              "on oltava täsmälleen yksi osallistuja. Mitään ei kirjattu.",
        "sv": "Svaret talar för {count} deltagare; ett kalendersvar (iTIP REPLY) ska ha exakt "
              "en deltagare. Ingenting registrerades.",
        "en": "The answer speaks for {count} attendees; a calendar answer (iTIP REPLY) must "
              "name exactly one. Nothing was recorded.",
    },
    "validation.ics_reason.too_deep": {
        "fi": "sen osat ovat sisäkkäin liian syvällä tai niitä on liikaa luettavaksi",
        "sv": "dess delar är för djupt kapslade eller för många för att läsas",
        "en": "its parts are nested too deeply or are too many to read",
    },
    "reply.sender_mismatch": {
        "fi": "{name}: vastauksen lähetti {sender}, ei osallistuja itse ({email}), ei kirjattu "
              "– {title}",
        "sv": "{name}: svaret skickades av {sender}, inte av deltagaren själv ({email}), inte "
              "registrerat – {title}",
        "en": "{name}: the answer was sent by {sender}, not by the attendee ({email}), not "
              "recorded – {title}",
    },
    "reply.no_sender": {
        "fi": "(ei lähettäjää)", "sv": "(ingen avsändare)", "en": "(no sender)",
    },
    "reply.sender_mismatch_refused": {
        "fi": "{count} vastausta jätettiin kirjaamatta, koska sähköpostin lähettäjä ei ole "
              "osallistuja, jonka puolesta vastaus puhuu. Tarkista ne; jos ne ovat aitoja, "
              "kirjaa ne komennolla verkosto reply --accept-mismatch TIEDOSTO.",
        "sv": "{count} svar registrerades inte eftersom e-postens avsändare inte är den "
              "deltagare svaret talar för. Kontrollera dem; om de är äkta, registrera dem med "
              "verkosto reply --accept-mismatch FIL.",
        "en": "{count} answers were not recorded because the e-mail's sender is not the "
              "attendee the answer speaks for. Check them; if they are genuine, record them "
              "with verkosto reply --accept-mismatch FILE.",
    },
    # --- input files (planner/input_files.py) ---------------------------------------------
    "input.unreadable": {
        "fi": "Tiedostoa {path} ei voitu lukea ({detail}). Mitään ei tuotu.",
        "sv": "Filen {path} kunde inte läsas ({detail}). Ingenting importerades.",
        "en": "The file {path} could not be read ({detail}). Nothing was imported.",
    },
    "input.too_large": {
        "fi": "Tiedosto {path} on liian suuri luettavaksi (yli {limit}). Mitään ei tuotu.",
        "sv": "Filen {path} är för stor för att läsas (över {limit}). Ingenting importerades.",
        "en": "The file {path} is too large to read (over {limit}). Nothing was imported.",
    },
    "detail.input_is_folder": {
        "fi": "se on kansio, ei tiedosto", "sv": "det är en mapp, inte en fil",
        "en": "it is a folder, not a file",
    },
    "detail.input_no_permission": {
        "fi": "lukuoikeus puuttuu", "sv": "läsrättighet saknas", "en": "no permission to read it",
    },
    "detail.input_name_too_long": {
        "fi": "nimi on liian pitkä tiedostojärjestelmälle",
        "sv": "namnet är för långt för filsystemet",
        "en": "the name is too long for the file system",
    },
    # --- entity names in "{entity} {ident} ei löydy." (validation.not_found): the Finnish
    # sentence needs the partitive ("Tapaamista 999999 ei löydy").
    "entity.Client": {"fi": "Asiakasta", "sv": "Klient", "en": "Client"},
    "entity.Meeting": {"fi": "Tapaamista", "sv": "Möte", "en": "Meeting"},
    "entity.Agency": {"fi": "Toimijaa", "sv": "Aktör", "en": "Agency"},
    "entity.Professional": {"fi": "Henkilöä", "sv": "Person", "en": "Professional"},
    "entity.ContactPerson": {"fi": "Yhteyshenkilöä", "sv": "Kontaktperson", "en": "Contact person"},
    "entity.Consent": {"fi": "Suostumusta", "sv": "Samtycke", "en": "Consent"},
    "entity.AgreedAction": {"fi": "Toimenpidettä", "sv": "Åtgärd", "en": "Agreed action"},
    "entity.ClientPlan": {"fi": "Asiakassuunnitelmaa", "sv": "Klientplan", "en": "Client plan"},
    "entity.PlanVersion": {"fi": "Suunnitelman versiota", "sv": "Planversion",
                           "en": "Plan version"},
    "entity.Participant": {"fi": "Osallistujaa", "sv": "Deltagare", "en": "Participant"},
    "entity.TrustRoot": {"fi": "Luotettua varmennetta", "sv": "Betrott certifikat",
                         "en": "Trusted certificate"},
    "entity.file": {"fi": "Tiedostoa", "sv": "Filen", "en": "File"},
    # --- searching --------------------------------------------------------------------------
    "validation.search_too_long": {
        "fi": "Hakusana on liian pitkä: enintään {maximum} merkkiä.",
        "sv": "Söktexten är för lång: högst {maximum} tecken.",
        "en": "The search text is too long: at most {maximum} characters.",
    },
    "validation.number_too_large": {
        "fi": "Luku on liian suuri (suurin sallittu {maximum}).",
        "sv": "Talet är för stort (högst {maximum}).",
        "en": "The number is too large (at most {maximum}).",
    },
    "validation.control_characters": {
        "fi": "Tekstissä on ohjausmerkkejä tai rivinvaihtoja, joita tähän kenttään ei voi "
              "tallentaa.",
        "sv": "Texten innehåller styrtecken eller radbrytningar som inte kan sparas i detta "
              "fält.",
        "en": "The text holds control characters or line breaks this field cannot keep.",
    },
}
