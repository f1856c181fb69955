"""Messages of validation of what is typed or given: fields, HETU, e-mail, dates, in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

VALIDATION_MESSAGES: dict[str, dict[str, str]] = {
    # --- validation ---------------------------------------------------------------------
    "validation.failed": {
        "fi": "Tarkista tiedot: {details}",
        "sv": "Kontrollera uppgifterna: {details}",
        "en": "Check the details: {details}",
    },
    "validation.required": {
        "fi": "Kenttä on pakollinen.",
        "sv": "Fältet är obligatoriskt.",
        "en": "This field is required.",
    },
    "validation.too_long": {
        "fi": "Teksti on liian pitkä (enintään {maximum} merkkiä).",
        "sv": "Texten är för lång (högst {maximum} tecken).",
        "en": "The text is too long (at most {maximum} characters).",
    },
    "validation.hetu_invalid": {
        "fi": "Henkilötunnus {value} ei ole kelvollinen: {reason}.",
        "sv": "Personbeteckningen {value} är inte giltig: {reason}.",
        "en": "The personal identity code {value} is not valid: {reason}.",
    },
    "validation.hetu_reason.format": {
        "fi": "muoto on PPKKVV, välimerkki (-, +, A–F tai U–Y), yksilönumero ja tarkiste",
        "sv": "formen är DDMMÅÅ, skiljetecken (-, +, A–F eller U–Y), individnummer och "
              "kontrolltecken",
        "en": "the form is DDMMYY, a separator (-, +, A–F or U–Y), an individual number and a "
              "check character",
    },
    "validation.hetu_reason.checksum": {
        "fi": "tarkistemerkki ei täsmää",
        "sv": "kontrolltecknet stämmer inte",
        "en": "the check character does not match",
    },
    "validation.hetu_reason.component": {
        "fi": "syntymäaika tai yksilönumero ei ole mahdollinen",
        "sv": "födelsedatumet eller individnumret är inte möjligt",
        "en": "the birth date or the individual number is not possible",
    },
    "validation.hetu_birth_date_mismatch": {
        "fi": "Syntymäaika ei vastaa henkilötunnusta ({expected}).",
        "sv": "Födelsedatumet stämmer inte med personbeteckningen ({expected}).",
        "en": "The birth date does not match the personal identity code ({expected}).",
    },
    "validation.hetu_duplicate": {
        "fi": "Henkilötunnus {value} on jo toisella asiakkaalla.",
        "sv": "Personbeteckningen {value} finns redan hos en annan klient.",
        "en": "The personal identity code {value} already belongs to another client.",
    },
    "validation.ytunnus_invalid": {
        "fi": "Y-tunnus {value} ei ole kelvollinen (muoto 1234567-8, tarkiste täsmättävä).",
        "sv": "FO-numret {value} är inte giltigt (formen 1234567-8 med rätt kontrollsiffra).",
        "en": "The business ID {value} is not valid (form 1234567-8 with a matching check "
              "digit).",
    },
    "validation.email_invalid": {
        "fi": "Sähköpostiosoite {value} ei ole kelvollinen.",
        "sv": "E-postadressen {value} är inte giltig.",
        "en": "The e-mail address {value} is not valid.",
    },
    "validation.phone_invalid": {
        "fi": "Puhelinnumero {value} ei ole kelvollinen (esim. 040 123 4567 tai +358 40 123 "
              "4567).",
        "sv": "Telefonnumret {value} är inte giltigt (t.ex. 040 123 4567 eller +358 40 123 "
              "4567).",
        "en": "The phone number {value} is not valid (e.g. 040 123 4567 or +358 40 123 4567).",
    },
    "validation.ics_unreadable": {
        "fi": "Kalenteritiedostoa ei voitu lukea: {reason}. Mitään ei tuotu.",
        "sv": "Kalenderfilen kunde inte läsas: {reason}. Ingenting importerades.",
        "en": "The calendar file could not be read: {reason}. Nothing was imported.",
    },
    "validation.ics_reason.not_icalendar": {
        "fi": "se ei ole iCalendar-tiedosto (.ics)", "sv": "den är inte en iCalendar-fil (.ics)",
        "en": "it is not an iCalendar (.ics) file",
    },
    "validation.ics_reason.bad_times": {
        "fi": "sen ajat ovat virheellisiä", "sv": "dess tider är felaktiga",
        "en": "its times are invalid",
    },
    "validation.ics_reason.too_large": {
        "fi": "se on liian suuri (yli 5 Mt)", "sv": "den är för stor (över 5 MB)",
        "en": "it is too large (over 5 MB)",
    },
    "validation.ics_reason.not_a_reply": {
        "fi": "se ei ole vastaus kutsuun (METHOD:REPLY) vaan esimerkiksi kutsu itse",
        "sv": "den är inte ett svar på en inbjudan (METHOD:REPLY) utan till exempel inbjudan",
        "en": "it is not an answer to an invite (METHOD:REPLY) but, for example, the invite",
    },
    "validation.ics_reason.no_calendar_in_mail": {
        "fi": "viestissä ei ole kalenteriosaa (.ics)",
        "sv": "meddelandet har ingen kalenderdel (.ics)",
        "en": "the message has no calendar part (.ics)",
    },
    "validation.ics_reason.no_answer": {
        "fi": "siinä ei ole osallistujan vastausta (PARTSTAT)",
        "sv": "den innehåller inget svar från en deltagare (PARTSTAT)",
        "en": "it holds no participant's answer (PARTSTAT)",
    },
    "reply.recorded": {
        "fi": "{name}: {attendance} – {title}", "sv": "{name}: {attendance} – {title}",
        "en": "{name}: {attendance} – {title}",
    },
    "reply.unchanged": {
        "fi": "{name}: {attendance} (sama vastaus oli jo kirjattu) – {title}",
        "sv": "{name}: {attendance} (samma svar fanns redan) – {title}",
        "en": "{name}: {attendance} (the same answer was already recorded) – {title}",
    },
    "reply.outdated": {
        "fi": "{name}: vastaus koskee aiempaa aikaa tai paikkaa, ei kirjattu – {title}",
        "sv": "{name}: svaret gäller en tidigare tid eller plats, inte registrerat – {title}",
        "en": "{name}: the answer is to an earlier time or place, not recorded – {title}",
    },
    "reply.unknown_meeting": {
        "fi": "{email}: tapaamista ei löydy tästä tietokannasta, ei kirjattu",
        "sv": "{email}: mötet finns inte i denna databas, inte registrerat",
        "en": "{email}: the meeting is not in this store, not recorded",
    },
    "reply.unknown_attendee": {
        "fi": "{email}: ei ole tapaamisen osallistuja, ei kirjattu – {title}",
        "sv": "{email}: är inte deltagare i mötet, inte registrerat – {title}",
        "en": "{email}: is not a participant of the meeting, not recorded – {title}",
    },
    "reply.meeting_cancelled": {
        "fi": "{name}: tapaaminen on peruttu, ei kirjattu – {title}",
        "sv": "{name}: mötet är inställt, inte registrerat – {title}",
        "en": "{name}: the meeting is cancelled, not recorded – {title}",
    },
    "reply.already_held": {
        "fi": "{name}: läsnäolo on jo kirjattu tapaamisesta, ei muutettu – {title}",
        "sv": "{name}: närvaron är redan registrerad från mötet, inte ändrat – {title}",
        "en": "{name}: attendance was already recorded at the meeting, not changed – {title}",
    },
    "validation.working_hours_order": {
        "fi": "Työpäivän on päätyttävä myöhemmin kuin se alkaa.",
        "sv": "Arbetsdagen måste sluta senare än den börjar.",
        "en": "The working day must end after it starts.",
    },
    "validation.buffer_range": {
        "fi": "Väli tapaamisten välillä voi olla 0–{maximum} minuuttia.",
        "sv": "Marginalen mellan möten kan vara 0–{maximum} minuter.",
        "en": "The gap between meetings can be 0–{maximum} minutes.",
    },
    "validation.choice_invalid": {
        "fi": "Arvo {value} ei ole sallittu (sallitut: {allowed}).",
        "sv": "Värdet {value} är inte tillåtet (tillåtna: {allowed}).",
        "en": "The value {value} is not allowed (allowed: {allowed}).",
    },
    "validation.language_invalid": {
        "fi": "Kielikoodi {value} ei ole tunnettu (käytä esim. fi, sv, en, ar, so, ru, uk).",
        "sv": "Språkkoden {value} är okänd (använd t.ex. fi, sv, en, ar, so, ru, uk).",
        "en": "The language code {value} is not known (use e.g. fi, sv, en, ar, so, ru, uk).",
    },
    "validation.end_before_start": {
        "fi": "Päättymisajan on oltava alkamisajan jälkeen.",
        "sv": "Sluttiden måste vara efter starttiden.",
        "en": "The end must be after the start.",
    },
    "validation.valid_until_before_given": {
        "fi": "Voimassaolon on päätyttävä vasta suostumuksen antamisen jälkeen.",
        "sv": "Giltigheten måste upphöra först efter att samtycket gavs.",
        "en": "The consent cannot end before it was given.",
    },
    "validation.naive_datetime": {
        "fi": "Aika ilman aikavyöhykettä ei kelpaa.",
        "sv": "En tid utan tidszon godtas inte.",
        "en": "A time without a time zone is not accepted.",
    },
    "validation.location_required": {
        "fi": "Anna tapaamispaikka tai etäyhteyden linkki (tapaamismuodon mukaan).",
        "sv": "Ange mötesplats eller distanslänk (enligt mötesformen).",
        "en": "Give the place or the remote link (as the meeting mode needs).",
    },
    "validation.url_invalid": {
        "fi": "Linkki {value} ei ole kelvollinen https-osoite.",
        "sv": "Länken {value} är inte en giltig https-adress.",
        "en": "The link {value} is not a valid https address.",
    },
    "validation.not_found": {
        "fi": "{entity} {ident} ei löydy.",
        "sv": "{entity} {ident} finns inte.",
        "en": "{entity} {ident} was not found.",
    },
    "validation.consent_agencies_required": {
        "fi": "Suostumuksen on koskettava vähintään yhtä toimijaa.",
        "sv": "Samtycket måste gälla minst en aktör.",
        "en": "The consent must cover at least one agency.",
    },
    "validation.consent_already_withdrawn": {
        "fi": "Suostumus on jo peruttu {when}.",
        "sv": "Samtycket har redan återkallats {when}.",
        "en": "The consent was already withdrawn {when}.",
    },
    "validation.case_lead_required": {
        "fi": "Asiakkaalla on oltava yksi vastuuhenkilö (kopin ottaja); nimeä toinen ensin.",
        "sv": "Klienten måste ha en ansvarsperson; utse en annan först.",
        "en": "The client must have one case lead; name another one first.",
    },
    "validation.contact_agency_mismatch": {
        "fi": "Yhteyshenkilö {name} ei työskentele toimijassa {agency}.",
        "sv": "Kontaktpersonen {name} arbetar inte hos {agency}.",
        "en": "The contact person {name} does not work at {agency}.",
    },
    "validation.plan_not_draft": {
        "fi": "Vain luonnosta voi muokata tai hyväksyä (versio {number} on tilassa {status}).",
        "sv": "Endast ett utkast kan ändras eller godkännas (version {number} har status "
              "{status}).",
        "en": "Only a draft can be edited or agreed (version {number} is {status}).",
    },
    "validation.plan_closed": {
        "fi": "Suunnitelma on suljettu.",
        "sv": "Planen är stängd.",
        "en": "The plan is closed.",
    },
    "validation.plan_client_mismatch": {
        "fi": "Suunnitelma kuuluu toiselle asiakkaalle.",
        "sv": "Planen hör till en annan klient.",
        "en": "The plan belongs to another client.",
    },
    "validation.unknown_service_code": {
        "fi": "Etuutta tai palvelua {value} ei ole koodistossa.",
        "sv": "Förmånen eller tjänsten {value} finns inte i kodlistan.",
        "en": "The benefit or service {value} is not in the code list.",
    },
    "validation.participant_duplicate": {
        "fi": "{name} on jo osallistujana.",
        "sv": "{name} är redan deltagare.",
        "en": "{name} is already a participant.",
    },
    "validation.participant_identity": {
        "fi": "Osallistujalla on oltava nimi (tai valittu ammattilainen).",
        "sv": "Deltagaren måste ha ett namn (eller en vald yrkesperson).",
        "en": "The participant needs a name (or a chosen professional).",
    },
    "validation.meeting_cancelled": {
        "fi": "Peruttua tapaamista ei voi muuttaa.",
        "sv": "Ett inställt möte kan inte ändras.",
        "en": "A cancelled meeting cannot be changed.",
    },
    "validation.invite_cancelled_meeting": {
        "fi": "Peruttuun tapaamiseen ei voi lähettää kutsua; lähetä peruutus.",
        "sv": "Ett inställt möte kan inte få en inbjudan; skicka en avbokning.",
        "en": "A cancelled meeting cannot be invited to; send the cancellation.",
    },
    "validation.cancel_not_cancelled": {
        "fi": "Tapaamista ei ole peruttu. Peru tapaaminen ensin, niin peruutus voidaan lähettää.",
        "sv": "Mötet är inte inställt. Ställ in mötet först, så kan avbokningen skickas.",
        "en": "The meeting is not cancelled. Cancel the meeting first, then send the "
              "cancellation.",
    },
    "validation.status_transition": {
        "fi": "Tilaa ei voi vaihtaa: {current} → {wanted}.",
        "sv": "Statusen kan inte ändras: {current} → {wanted}.",
        "en": "The status cannot change: {current} → {wanted}.",
    },
    "validation.client_role_fixed": {
        "fi": "Asiakkaan rooli on aina asiakas, eikä muille voi antaa asiakkaan roolia.",
        "sv": "Klientens roll är alltid klient, och ingen annan kan få klientens roll.",
        "en": "The client always takes part as the client, and nobody else can take that role.",
    },
    "validation.completion_note_required": {
        "fi": "Kirjaa valmistuneelle toimenpiteelle lyhyt huomautus.",
        "sv": "Skriv en kort anteckning för en slutförd åtgärd.",
        "en": "Write a short note for a completed action.",
    },
    "validation.responsible_required": {
        "fi": "Toimenpiteellä on oltava vastuuhenkilö tai vastuutoimija.",
        "sv": "Åtgärden måste ha en ansvarsperson eller en ansvarig aktör.",
        "en": "The action needs a responsible person or agency.",
    },
    "validation.profile_missing": {
        "fi": "Käyttäjäprofiili puuttuu. Anna nimesi (asetuksissa tai komennolla verkosto "
              "profile).",
        "sv": "Användarprofilen saknas. Ange ditt namn (i inställningarna eller med kommandot "
              "verkosto profile).",
        "en": "The user profile is missing. Give your name (in Settings or with the command "
              "verkosto profile).",
    },
    "validation.organizer_email_missing": {
        "fi": "Profiilistasi puuttuu sähköpostiosoite. Kutsut, peruutukset ja "
              "kalenteritiedostot nimeävät sinut järjestäjäksi, joten anna nimesi ja "
              "sähköpostiosoitteesi asetuksissa (Yleiset) tai komennolla verkosto profile "
              "--name NIMI --email OSOITE.",
        "sv": "Din profil saknar e-postadress. Inbjudningar, återkallelser och kalenderfiler "
              "anger dig som organisatör, så ange ditt namn och din e-postadress i "
              "inställningarna (Allmänt) eller med kommandot verkosto profile --name NAMN "
              "--email ADRESS.",
        "en": "Your profile has no e-mail address. Invites, cancellations and calendar files "
              "name you as their organiser, so give your name and e-mail address in Settings "
              "(General) or with the command verkosto profile --name NAME --email ADDRESS.",
    },
    "validation.meeting_of_another_client": {
        "fi": "Tapaaminen on toisen asiakkaan: sen osallistujia ei kopioida.",
        "sv": "Mötet gäller en annan klient: dess deltagare kopieras inte.",
        "en": "That meeting is another client's: its participants are not copied.",
    },
}
