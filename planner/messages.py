"""Translated texts of the messages the core reports (fi first, then sv and en).

The UI and the CLI both show these; a test checks that every code has all three languages and
that each translation keeps the English text's ``{placeholders}``.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time

from planner.config import LANG_ENV, LANGUAGES
from planner.formatting_types import Span
from planner.messages_agenda import AGENDA_MESSAGES
from planner.messages_audit import AUDIT_MESSAGES
from planner.messages_backup import BACKUP_MESSAGES
from planner.messages_desktop import DESKTOP_MESSAGES
from planner.messages_extract import EXTRACT_MESSAGES
from planner.messages_followups import FOLLOWUP_MESSAGES
from planner.messages_input import INPUT_MESSAGES
from planner.messages_log import LOG_MESSAGES
from planner.messages_meeting_types import MEETING_TYPE_MESSAGES
from planner.messages_output import OUTPUT_MESSAGES
from planner.messages_plan_diff import PLAN_DIFF_MESSAGES
from planner.messages_reminders import REMINDER_MESSAGES
from planner.messages_requests import REQUEST_MESSAGES
from planner.messages_signing import SIGNING_MESSAGES

# code -> {language: template}
CATALOG: dict[str, dict[str, str]] = {
    # --- the store and its key -------------------------------------------------------------
    "store.keyring_unavailable": {
        "fi": "Järjestelmän avainnippu ei ole käytettävissä ({detail}). Tämä tietovarasto on "
              "suojattu avainnipussa olevalla avaimella: käynnistä avainnippupalvelu ja yritä "
              "uudelleen.",
        "sv": "Systemets nyckelring är inte tillgänglig ({detail}). Detta datalager skyddas av "
              "en nyckel i nyckelringen: starta nyckelringstjänsten och försök igen.",
        "en": "The system keyring is not available ({detail}). This store is protected by a key "
              "in the keyring: start the keyring service and try again.",
    },
    "store.keyring_locked": {
        "fi": "Avainnippu on lukittu. Avaa avainnippu (kirjaudu tai anna sen salasana) ja yritä "
              "uudelleen.",
        "sv": "Nyckelringen är låst. Lås upp nyckelringen (logga in eller ange dess lösenord) och "
              "försök igen.",
        "en": "The keyring is locked. Unlock it (log in or give its password) and try again.",
    },
    "store.key_missing": {
        "fi": "Avainnipusta puuttuu tämän tietovaraston avain ({account}). Tietovarastoa ei voi "
              "avata ilman sitä; uutta avainta ei luoda. Palauta avainnippu tai varmuuskopio.",
        "sv": "Nyckeln till detta datalager saknas i nyckelringen ({account}). Datalagret kan "
              "inte öppnas utan den; ingen ny nyckel skapas. Återställ nyckelringen eller en "
              "säkerhetskopia.",
        "en": "The keyring has no key for this store ({account}). The store cannot be opened "
              "without it; no new key is made. Restore the keyring or a backup.",
    },
    "store.keyring_not_persisting": {
        "fi": "Avainnippu ei säilytä avaimia ({detail}). Käytä tunnuslausetta: aseta "
              "VERKOSTO_PASSPHRASE tai anna tunnuslause sovelluksessa.",
        "sv": "Nyckelringen sparar inga nycklar ({detail}). Använd en lösenfras: sätt "
              "VERKOSTO_PASSPHRASE eller ange lösenfrasen i programmet.",
        "en": "The keyring does not keep keys ({detail}). Use a passphrase: set "
              "VERKOSTO_PASSPHRASE or give the passphrase in the app.",
    },
    "store.passphrase_required": {
        "fi": "Tietovarasto on suojattu tunnuslauseella. Anna tunnuslause (komentorivillä "
              "ympäristömuuttujassa VERKOSTO_PASSPHRASE).",
        "sv": "Datalagret skyddas av en lösenfras. Ange lösenfrasen (på kommandoraden i "
              "miljövariabeln VERKOSTO_PASSPHRASE).",
        "en": "The store is protected by a passphrase. Give the passphrase (on the command line "
              "in the VERKOSTO_PASSPHRASE environment variable).",
    },
    "store.passphrase_too_short": {
        "fi": "Tunnuslauseen on oltava vähintään {minimum} merkkiä pitkä.",
        "sv": "Lösenfrasen måste vara minst {minimum} tecken lång.",
        "en": "The passphrase must be at least {minimum} characters long.",
    },
    "store.wrong_passphrase": {
        "fi": "Väärä tunnuslause. Tietovarastoa ei avattu eikä muutettu.",
        "sv": "Fel lösenfras. Datalagret öppnades inte och ändrades inte.",
        "en": "Wrong passphrase. The store was not opened and not changed.",
    },
    "store.wrong_key": {
        "fi": "Avainnipun avain ei sovi tähän tietovarastoon ({account}). Tietovarastoa ei "
              "avattu eikä muutettu.",
        "sv": "Nyckeln i nyckelringen passar inte detta datalager ({account}). Datalagret "
              "öppnades inte och ändrades inte.",
        "en": "The key in the keyring does not fit this store ({account}). The store was not "
              "opened and not changed.",
    },
    # Causes filled into the {detail} of the store's messages.
    "detail.empty_file": {"fi": "tyhjä tiedosto", "sv": "tom fil", "en": "an empty file"},
    "detail.plain_sqlite": {
        "fi": "salaamaton SQLite-tietokanta", "sv": "en okrypterad SQLite-databas",
        "en": "an unencrypted SQLite database",
    },
    "detail.truncated": {
        "fi": "katkennut, vain {size} tavua", "sv": "avkortad, bara {size} byte",
        "en": "truncated, only {size} bytes",
    },
    "detail.descriptor_unreadable": {
        "fi": "kuvaustiedostoa ei voi lukea: {error}", "sv": "beskrivningsfilen kan inte läsas: "
        "{error}", "en": "the descriptor cannot be read: {error}",
    },
    "detail.descriptor_missing": {
        "fi": "sen vierestä puuttuu {name}", "sv": "{name} saknas bredvid den",
        "en": "{name} is missing beside it",
    },
    "detail.disk_full": {"fi": "levy on täynnä", "sv": "disken är full", "en": "the disk is full"},
    "detail.read_only": {
        "fi": "vain luku -tila", "sv": "skrivskyddad", "en": "read-only",
    },
    "detail.io_error": {
        "fi": "levyvirhe: {error}", "sv": "diskfel: {error}", "en": "disk error: {error}",
    },
    "detail.no_keyring_backend": {
        "fi": "avainnippupalvelua ei löytynyt", "sv": "ingen nyckelringstjänst hittades",
        "en": "no keyring service was found",
    },
    "store.not_a_store": {
        "fi": "{path} ei ole Verkoston tietovarasto ({detail}). Tiedostoon ei koskettu.",
        "sv": "{path} är inte ett datalager för Verkosto ({detail}). Filen rördes inte.",
        "en": "{path} is not a Verkosto store ({detail}). The file was not touched.",
    },
    "store.corrupt": {
        "fi": "Tietovarasto {path} on vioittunut ({detail}). Tiedostoon ei koskettu; palauta "
              "varmuuskopio.",
        "sv": "Datalagret {path} är skadat ({detail}). Filen rördes inte; återställ en "
              "säkerhetskopia.",
        "en": "The store {path} is damaged ({detail}). The file was not touched; restore a "
              "backup.",
    },
    "store.missing_file": {
        "fi": "Tietovaraston kuvaus {descriptor} on olemassa, mutta tietokanta {path} puuttuu. "
              "Uutta tietovarastoa ei luoda sen tilalle; palauta tiedosto tai varmuuskopio.",
        "sv": "Beskrivningen {descriptor} finns men databasen {path} saknas. Inget nytt "
              "datalager skapas i dess ställe; återställ filen eller en säkerhetskopia.",
        "en": "The store descriptor {descriptor} exists but the database {path} is missing. No "
              "new store is made in its place; restore the file or a backup.",
    },
    "store.too_new": {
        "fi": "Tietovarasto on tehty uudemmalla Verkoston versiolla ({revision}). Päivitä "
              "sovellus.",
        "sv": "Datalagret har skapats med en nyare version av Verkosto ({revision}). Uppdatera "
              "programmet.",
        "en": "The store was made by a newer version of Verkosto ({revision}). Update the app.",
    },
    "store.io_error": {
        "fi": "Tietovarastoon ei voitu kirjoittaa ({detail}). Muutosta ei tallennettu; mitään "
              "aiemmin tallennettua ei menetetty. Tarkista levytila.",
        "sv": "Det gick inte att skriva till datalagret ({detail}). Ändringen sparades inte; "
              "inget som sparats tidigare gick förlorat. Kontrollera diskutrymmet.",
        "en": "Could not write to the store ({detail}). The change was not saved; nothing saved "
              "earlier was lost. Check the free disk space.",
    },
    "store.locked_by_other": {
        "fi": "Tietovarasto on toisen ohjelman käytössä. Yritä hetken kuluttua uudelleen.",
        "sv": "Datalagret används av ett annat program. Försök igen om en stund.",
        "en": "The store is in use by another program. Try again in a moment.",
    },
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
    # --- warnings shown beside a meeting ---------------------------------------------------
    "warning.no_consent": {
        "fi": "Asiakkaan voimassa oleva suostumus ei kata toimijaa {agency}.",
        "sv": "Klientens giltiga samtycke omfattar inte {agency}.",
        "en": "The client's valid consent does not cover {agency}.",
    },
    "warning.no_interpreter": {
        "fi": "Asiakas tarvitsee tulkin ({language}), mutta tulkkia ei ole kutsuttu.",
        "sv": "Klienten behöver tolk ({language}), men ingen tolk har bjudits in.",
        "en": "The client needs an interpreter ({language}), but none has been invited.",
    },
    "warning.no_interpreter_language": {
        "fi": "Asiakas tarvitsee tulkin, mutta tulkkia ei ole kutsuttu.",
        "sv": "Klienten behöver tolk, men ingen tolk har bjudits in.",
        "en": "The client needs an interpreter, but none has been invited.",
    },
    "warning.no_email": {
        "fi": "Osallistujalla {name} ei ole sähköpostiosoitetta: kutsua ei voi lähettää.",
        "sv": "Deltagaren {name} har ingen e-postadress: inbjudan kan inte skickas.",
        "en": "{name} has no e-mail address: no invitation can be sent.",
    },
    # --- scheduling: warned, never forbidden (planner.scheduling) ----------------------------
    "warning.holiday": {
        "fi": "Ajankohta osuu pyhäpäivälle: {name}.",
        "sv": "Tidpunkten infaller på en helgdag: {name}.",
        "en": "The time falls on a public holiday: {name}.",
    },
    "warning.weekend": {
        "fi": "Ajankohta osuu viikonloppuun.",
        "sv": "Tidpunkten infaller på ett veckoslut.",
        "en": "The time falls on a weekend.",
    },
    "warning.outside_working_hours": {
        "fi": "Ajankohta on työajan ({start}–{end}) ulkopuolella.",
        "sv": "Tidpunkten är utanför arbetstiden ({start}–{end}).",
        "en": "The time is outside working hours ({start}–{end}).",
    },
    "warning.conflict": {
        "fi": "{name} on samaan aikaan tai juuri ennen tai jälkeen toisessa tapaamisessa: "
              "{title} ({time}).",
        "sv": "{name} är samtidigt eller strax före eller efter på ett annat möte: "
              "{title} ({time}).",
        "en": "{name} is in another meeting at or close to that time: {title} ({time}).",
    },
    "validation.find_time_request": {
        "fi": "Tarkista ajan haun kesto, aikaväli ja aikaväli-askel.",
        "sv": "Kontrollera tidssökningens längd, period och steg.",
        "en": "Check the length, date range and step of the time search.",
    },
    "label.followup.sickness_day_60": {
        "fi": "Sairauspäivärahan 60 päivän yhteydenotto",
        "sv": "Kontakt vid 60 sjukdagpenningdagar",
        "en": "Sickness allowance: day 60 contact",
    },
    "label.followup.sickness_day_90_150": {
        "fi": "Sairauspäivärahan 90–150 päivän seuranta",
        "sv": "Uppföljning vid 90–150 sjukdagpenningdagar",
        "en": "Sickness allowance: days 90–150 follow-up",
    },
    "label.followup.sickness_day_230_300": {
        "fi": "Sairauspäivärahan 230–300 päivän seuranta",
        "sv": "Uppföljning vid 230–300 sjukdagpenningdagar",
        "en": "Sickness allowance: days 230–300 follow-up",
    },
    "label.followup.plan_review": {
        "fi": "Asiakassuunnitelman arviointi",
        "sv": "Uppföljning av klientplanen",
        "en": "Client plan review",
    },
    "followup.sickness_day_60": {
        "fi": "Tavoitteet, työkyky ja kuntoutustarve. Palkanmaksu voi päättyä: tarkista muut "
              "etuudet ja tulot.",
        "sv": "Mål, arbetsförmåga och rehabiliteringsbehov. Lönen kan upphöra: kontrollera "
              "andra förmåner och inkomster.",
        "en": "Goals, work ability and rehabilitation need. Pay may end: check other benefits "
              "and income.",
    },
    "followup.sickness_day_90_150": {
        "fi": "Yhteenveto sovitusta, uudet tavoitteet ja toimenpiteet sekä hoitavan tahon "
              "lausunto.",
        "sv": "Sammanfattning av det överenskomna, nya mål och åtgärder samt utlåtande från den "
              "vårdande parten.",
        "en": "Summary of what was agreed, new goals and actions, and a statement from the "
              "treating party.",
    },
    "followup.sickness_day_230_300": {
        "fi": "Miten työkyky on palautunut ja mitä työnantajan kanssa on keskusteltu. Seuraavaksi "
              "työttömyysturva tai työkyvyttömyyseläkkeen hakeminen.",
        "sv": "Hur arbetsförmågan har återhämtat sig och vad som har diskuterats med "
              "arbetsgivaren. Därefter arbetslöshetsskydd eller ansökan om invalidpension.",
        "en": "How work ability has recovered and what was discussed with the employer. Next: "
              "unemployment security or a disability pension application.",
    },
    "followup.plan_review": {
        "fi": "Suunnitelman tavoitteiden ja sovittujen toimenpiteiden arviointi yhdessä "
              "asiakkaan kanssa.",
        "sv": "Uppföljning av planens mål och överenskomna åtgärder tillsammans med klienten.",
        "en": "Review of the plan's goals and agreed actions together with the client.",
    },
    "label.followup_kind.call": {"fi": "puhelu", "sv": "samtal", "en": "call"},
    "label.followup_kind.meeting": {"fi": "verkostoneuvottelu", "sv": "nätverksmöte",
                                    "en": "network meeting"},
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
    # --- labels of stored values ----------------------------------------------------------
    "label.meeting_status.planned": {"fi": "suunniteltu", "sv": "planerat", "en": "planned"},
    "label.meeting_status.confirmed": {"fi": "vahvistettu", "sv": "bekräftat", "en": "confirmed"},
    "label.meeting_status.held": {"fi": "pidetty", "sv": "hållet", "en": "held"},
    "label.meeting_status.cancelled": {"fi": "peruttu", "sv": "inställt", "en": "cancelled"},
    "label.meeting_mode.in_person": {"fi": "lähitapaaminen", "sv": "på plats", "en": "in person"},
    "label.meeting_mode.remote": {"fi": "etätapaaminen", "sv": "på distans", "en": "remote"},
    "label.meeting_mode.hybrid": {"fi": "hybridi", "sv": "hybrid", "en": "hybrid"},
    "label.action_status.open": {"fi": "avoin", "sv": "öppen", "en": "open"},
    "label.action_status.in_progress": {"fi": "työn alla", "sv": "pågår", "en": "in progress"},
    "label.action_status.done": {"fi": "tehty", "sv": "klar", "en": "done"},
    "label.action_status.cancelled": {"fi": "peruttu", "sv": "inställd", "en": "cancelled"},
    "label.participant_role.client": {"fi": "asiakas", "sv": "klient", "en": "client"},
    "label.participant_role.family_member": {
        "fi": "omainen", "sv": "anhörig",
        "en": "family member",
    },
    "label.participant_role.guardian": {"fi": "huoltaja", "sv": "vårdnadshavare", "en": "guardian"},
    "label.participant_role.case_lead": {
        "fi": "vastuuhenkilö", "sv": "ansvarsperson",
        "en": "case lead",
    },
    "label.participant_role.hospital_doctor": {
        "fi": "sairaalalääkäri", "sv": "sjukhusläkare",
        "en": "hospital doctor",
    },
    "label.participant_role.health_centre_doctor": {
        "fi": "terveyskeskuslääkäri", "sv": "hälsocentralsläkare",
        "en": "health-centre doctor",
    },
    "label.participant_role.social_worker": {
        "fi": "sosiaalityöntekijä", "sv": "socialarbetare",
        "en": "social worker",
    },
    "label.participant_role.social_counsellor": {
        "fi": "sosiaaliohjaaja", "sv": "socialhandledare",
        "en": "social counsellor",
    },
    "label.participant_role.physiotherapist": {
        "fi": "fysioterapeutti", "sv": "fysioterapeut",
        "en": "physiotherapist",
    },
    "label.participant_role.occupational_therapist": {
        "fi": "toimintaterapeutti", "sv": "ergoterapeut",
        "en": "occupational therapist",
    },
    "label.participant_role.speech_therapist": {
        "fi": "puheterapeutti", "sv": "talterapeut",
        "en": "speech therapist",
    },
    "label.participant_role.psychologist": {
        "fi": "psykologi", "sv": "psykolog",
        "en": "psychologist",
    },
    "label.participant_role.nurse": {"fi": "sairaanhoitaja", "sv": "sjukskötare", "en": "nurse"},
    "label.participant_role.employment_officer": {
        "fi": "työllisyyspalvelujen asiantuntija", "sv": "sakkunnig inom sysselsättningstjänster",
        "en": "employment-services officer",
    },
    "label.participant_role.teacher": {"fi": "opettaja", "sv": "lärare", "en": "teacher"},
    "label.participant_role.study_counsellor": {
        "fi": "opinto-ohjaaja", "sv": "studiehandledare",
        "en": "study counsellor",
    },
    "label.participant_role.interpreter": {"fi": "tulkki", "sv": "tolk", "en": "interpreter"},
    "label.participant_role.kela_expert": {
        "fi": "Kelan asiantuntija", "sv": "FPA:s sakkunnig",
        "en": "Kela expert",
    },
    "label.participant_role.occupational_health": {
        "fi": "työterveyshuolto", "sv": "företagshälsovård",
        "en": "occupational health",
    },
    "label.participant_role.ngo_worker": {
        "fi": "järjestötyöntekijä", "sv": "organisationsarbetare",
        "en": "NGO worker",
    },
    "label.participant_role.other": {"fi": "muu", "sv": "annan", "en": "other"},
    "label.attendance.invited": {"fi": "kutsuttu", "sv": "inbjuden", "en": "invited"},
    "label.attendance.accepted": {"fi": "hyväksynyt", "sv": "tackat ja", "en": "accepted"},
    "label.attendance.declined": {"fi": "kieltäytynyt", "sv": "tackat nej", "en": "declined"},
    "label.attendance.tentative": {"fi": "alustava", "sv": "preliminärt", "en": "tentative"},
    "label.attendance.attended": {"fi": "osallistui", "sv": "deltog", "en": "attended"},
    "label.attendance.absent": {"fi": "poissa", "sv": "frånvarande", "en": "absent"},
    "label.audit_action.view": {"fi": "katselu", "sv": "visning", "en": "view"},
    "label.audit_action.create": {"fi": "luonti", "sv": "skapande", "en": "create"},
    "label.audit_action.update": {"fi": "muutos", "sv": "ändring", "en": "update"},
    "label.audit_action.delete": {"fi": "poisto", "sv": "radering", "en": "delete"},
    "label.audit_action.export": {"fi": "vienti", "sv": "export", "en": "export"},
    "label.audit_action.print": {"fi": "tulostus", "sv": "utskrift", "en": "print"},
    "label.audit_action.disclose": {"fi": "luovutus", "sv": "utlämnande", "en": "disclose"},
    "label.plan_status.draft": {"fi": "luonnos", "sv": "utkast", "en": "draft"},
    "label.plan_status.agreed": {"fi": "sovittu", "sv": "överenskommen", "en": "agreed"},
    "label.plan_status.closed": {"fi": "suljettu", "sv": "avslutad", "en": "closed"},
    "label.goal_status.proposed": {"fi": "ehdotettu", "sv": "föreslaget", "en": "proposed"},
    "label.goal_status.active": {"fi": "työn alla", "sv": "pågående", "en": "active"},
    "label.goal_status.achieved": {"fi": "saavutettu", "sv": "uppnått", "en": "achieved"},
    "label.goal_status.not_achieved": {"fi": "ei saavutettu", "sv": "inte uppnått",
                                       "en": "not achieved"},
    "label.goal_status.cancelled": {"fi": "luovuttu", "sv": "slopat", "en": "cancelled"},
    "label.goal_setter.client": {"fi": "asiakkaan", "sv": "klientens", "en": "the client's"},
    "label.goal_setter.professional": {"fi": "ammattilaisen", "sv": "yrkespersonens",
                                       "en": "a professional's"},
    "label.goal_setter.joint": {"fi": "yhteinen", "sv": "gemensamt", "en": "joint"},
    "label.service_kind.kela_benefit": {"fi": "Kelan etuus", "sv": "FPA-förmån",
                                        "en": "Kela benefit"},
    "label.service_kind.kela_service": {"fi": "Kelan palvelu", "sv": "FPA-tjänst",
                                        "en": "Kela service"},
    "label.service_kind.other_service": {"fi": "muun toimijan palvelu",
                                         "sv": "annan aktörs tjänst",
                                         "en": "another agency's service"},
    "label.agency_kind.kela": {"fi": "Kela", "sv": "FPA", "en": "Kela"},
    "label.agency_kind.social_services": {"fi": "sosiaalipalvelut", "sv": "socialtjänst",
                                          "en": "social services"},
    "label.agency_kind.health_centre": {"fi": "terveysasema / sote-keskus",
                                        "sv": "hälsostation / social- och hälsocentral",
                                        "en": "health centre"},
    "label.agency_kind.hospital": {"fi": "sairaala", "sv": "sjukhus", "en": "hospital"},
    "label.agency_kind.employment_services": {"fi": "työllisyyspalvelut",
                                              "sv": "sysselsättningstjänster",
                                              "en": "employment services"},
    "label.agency_kind.school": {"fi": "oppilaitos", "sv": "läroanstalt",
                                 "en": "educational institution"},
    "label.agency_kind.student_health": {"fi": "opiskeluterveydenhuolto",
                                         "sv": "studerandehälsovård", "en": "student health"},
    "label.agency_kind.interpreter_service": {"fi": "tulkkipalvelu", "sv": "tolktjänst",
                                              "en": "interpreter service"},
    "label.agency_kind.ngo": {"fi": "järjestö", "sv": "organisation", "en": "NGO"},
    "label.agency_kind.other": {"fi": "muu", "sv": "annan", "en": "other"},
    # --- sending e-mail by SMTP (planner/services/mail_settings.py, exports/mail/) ----------
    "validation.smtp_host_invalid": {
        "fi": "Palvelimen nimi {value} ei kelpaa. Anna pelkkä nimi tai IP-osoite, esim. "
              "smtp.esimerkki.fi (ei smtp://-alkua, välilyöntejä eikä porttia).",
        "sv": "Servernamnet {value} duger inte. Ange bara namnet eller IP-adressen, t.ex. "
              "smtp.exempel.fi (utan smtp://, mellanslag eller port).",
        "en": "The server name {value} is not valid. Give only the name or IP address, e.g. "
              "smtp.example.fi (no smtp://, spaces or port).",
    },
    "validation.port_invalid": {
        "fi": "Portin on oltava luku 1–65535 (yleensä 587 STARTTLS:lle, 465 TLS:lle), ei {value}.",
        "sv": "Porten måste vara ett tal 1–65535 (oftast 587 för STARTTLS, 465 för TLS), inte "
              "{value}.",
        "en": "The port must be a number 1–65535 (usually 587 for STARTTLS, 465 for TLS), not "
              "{value}.",
    },
    "validation.ca_file_missing": {
        "fi": "Varmennetiedostoa {value} ei löydy tai sitä ei voi lukea.",
        "sv": "Certifikatfilen {value} finns inte eller kan inte läsas.",
        "en": "The certificate file {value} does not exist or cannot be read.",
    },
    "validation.ca_file_invalid": {
        "fi": "Tiedosto {value} ei ole CA-varmenne PEM-muodossa (-----BEGIN CERTIFICATE-----).",
        "sv": "Filen {value} är inte ett CA-certifikat i PEM-format (-----BEGIN CERTIFICATE-----).",
        "en": "The file {value} is not a CA certificate in PEM form (-----BEGIN CERTIFICATE-----).",
    },
    "validation.smtp_not_configured": {
        "fi": "Sähköpostipalvelinta (SMTP) ei ole asetettu. Anna palvelimen tiedot asetuksissa "
              "tai komennolla verkosto smtp --host.",
        "sv": "Ingen e-postserver (SMTP) har angetts. Ange serverns uppgifter i "
              "inställningarna eller med kommandot verkosto smtp --host.",
        "en": "No e-mail server (SMTP) is set. Give the server's details in Settings or with "
              "the command verkosto smtp --host.",
    },
    "validation.smtp_password_missing": {
        "fi": "Sähköpostipalvelimen salasana puuttuu. Anna se, tallenna se avainnippuun "
              "(asetukset tai verkosto smtp --save-password) tai aseta VERKOSTO_SMTP_PASSWORD.",
        "sv": "Lösenordet till e-postservern saknas. Ange det, spara det i nyckelringen "
              "(inställningarna eller verkosto smtp --save-password) eller sätt "
              "VERKOSTO_SMTP_PASSWORD.",
        "en": "The e-mail server's password is missing. Give it, save it in the keyring "
              "(Settings or verkosto smtp --save-password) or set VERKOSTO_SMTP_PASSWORD.",
    },
    "error.mail_failed": {
        "fi": "Sähköpostin lähetys palvelimen {host} kautta epäonnistui: {detail}.",
        "sv": "E-post kunde inte skickas via servern {host}: {detail}.",
        "en": "Sending e-mail through the server {host} failed: {detail}.",
    },
    "error.mail_unreachable": {
        "fi": "Sähköpostipalvelimeen {host} (portti {port}) ei saatu yhteyttä: {detail}. "
              "Tarkista palvelimen nimi ja portti sekä verkkoyhteys.",
        "sv": "Ingen anslutning till e-postservern {host} (port {port}): {detail}. "
              "Kontrollera servernamnet, porten och nätverksanslutningen.",
        "en": "Could not connect to the e-mail server {host} (port {port}): {detail}. "
              "Check the server name, the port and the network connection.",
    },
    "error.mail_timeout": {
        "fi": "Sähköpostipalvelin {host} (portti {port}) ei vastannut ajoissa. Tarkista portti "
              "ja suojaustapa (STARTTLS yleensä 587, TLS 465) ja yritä uudelleen.",
        "sv": "E-postservern {host} (port {port}) svarade inte i tid. Kontrollera porten och "
              "säkerhetsmetoden (STARTTLS oftast 587, TLS 465) och försök igen.",
        "en": "The e-mail server {host} (port {port}) did not answer in time. Check the port "
              "and the security (STARTTLS usually 587, TLS 465) and try again.",
    },
    "error.mail_disconnected": {
        "fi": "Yhteys sähköpostipalvelimeen {host} katkesi kesken lähetyksen. Lähetä uudelleen "
              "niille, jotka eivät saaneet viestiä.",
        "sv": "Anslutningen till e-postservern {host} bröts mitt i sändningen. Skicka på nytt "
              "till dem som inte fick meddelandet.",
        "en": "The connection to the e-mail server {host} broke off while sending. Send again "
              "to those who did not get the message.",
    },
    "error.mail_certificate": {
        "fi": "Sähköpostipalvelimen {host} varmennetta ei voitu todentaa ({detail}), joten "
              "yhteys katkaistiin eikä salasanaa eikä viestejä lähetetty. Tarkista palvelimen "
              "nimi; jos organisaatiollasi on oma varmenne, anna sen CA-tiedosto asetuksissa.",
        "sv": "E-postserverns {host} certifikat kunde inte verifieras ({detail}), så "
              "anslutningen avbröts och varken lösenord eller meddelanden skickades. Kontrollera "
              "servernamnet; om din organisation har ett eget certifikat, ange dess CA-fil i "
              "inställningarna.",
        "en": "The e-mail server {host}'s certificate could not be verified ({detail}), so the "
              "connection was closed and neither the password nor any message was sent. Check "
              "the server name; if your organisation has its own certificate, give its CA file "
              "in Settings.",
    },
    "error.mail_tls": {
        "fi": "Salattu yhteys sähköpostipalvelimeen {host} (portti {port}) epäonnistui: {detail}. "
              "Tarkista suojaustapa: portissa 465 käytetään TLS:ää, portissa 587 STARTTLS:ää.",
        "sv": "Den krypterade anslutningen till e-postservern {host} (port {port}) misslyckades: "
              "{detail}. Kontrollera säkerhetsmetoden: port 465 använder TLS, port 587 STARTTLS.",
        "en": "The encrypted connection to the e-mail server {host} (port {port}) failed: "
              "{detail}. Check the security: port 465 uses TLS, port 587 STARTTLS.",
    },
    "error.mail_no_starttls": {
        "fi": "Sähköpostipalvelin {host} (portti {port}) ei tarjoa salattua yhteyttä "
              "(STARTTLS). Salasanaa ja viestejä ei lähetetä salaamatta: valitse suojaustavaksi "
              "TLS (portti 465) tai kysy oikeat asetukset IT-tuelta.",
        "sv": "E-postservern {host} (port {port}) erbjuder ingen krypterad anslutning "
              "(STARTTLS). Lösenord och meddelanden skickas inte okrypterade: välj TLS (port 465) "
              "eller fråga IT-stödet efter rätt inställningar.",
        "en": "The e-mail server {host} (port {port}) offers no encrypted connection "
              "(STARTTLS). Passwords and messages are never sent unencrypted: choose TLS "
              "(port 465) or ask IT support for the right settings.",
    },
    "error.mail_auth": {
        "fi": "Kirjautuminen sähköpostipalvelimeen {host} käyttäjänä {user} epäonnistui "
              "({reply}). Tarkista käyttäjätunnus ja salasana. Viestejä ei lähetetty.",
        "sv": "Inloggningen på e-postservern {host} som {user} misslyckades ({reply}). "
              "Kontrollera användarnamnet och lösenordet. Inga meddelanden skickades.",
        "en": "Logging in to the e-mail server {host} as {user} failed ({reply}). Check the "
              "user name and the password. No message was sent.",
    },
    "error.mail_auth_unsupported": {
        "fi": "Sähköpostipalvelin {host} ei tarjoa kirjautumista. Jätä käyttäjätunnus tyhjäksi, "
              "jos palvelin ei vaadi sitä, tai tarkista palvelin ja portti.",
        "sv": "E-postservern {host} erbjuder ingen inloggning. Lämna användarnamnet tomt om "
              "servern inte kräver det, eller kontrollera servern och porten.",
        "en": "The e-mail server {host} offers no login. Leave the user name empty if the "
              "server needs none, or check the server and the port.",
    },
    "error.mail_rejected": {
        "fi": "Sähköpostipalvelin {host} ei hyväksynyt lähetystä ({reply}). Tarkista, että "
              "profiilisi sähköpostiosoite on sallittu lähettäjä tällä palvelimella.",
        "sv": "E-postservern {host} godtog inte sändningen ({reply}). Kontrollera att e-"
              "postadressen i din profil är en tillåten avsändare på denna server.",
        "en": "The e-mail server {host} did not accept the sending ({reply}). Check that your "
              "profile's e-mail address is an allowed sender on this server.",
    },
    "error.mail_needs_smtputf8": {
        "fi": "osoitteessa on muita kuin ASCII-merkkejä, eikä palvelin tue niitä (SMTPUTF8)",
        "sv": "adressen har andra tecken än ASCII och servern stöder dem inte (SMTPUTF8)",
        "en": "the address has characters outside ASCII and the server does not support "
              "them (SMTPUTF8)",
    },
    "error.mail_recipient_refused": {
        "fi": "Palvelin ei hyväksynyt vastaanottajaa {recipient} ({reply}). Tarkista osoite.",
        "sv": "Servern godtog inte mottagaren {recipient} ({reply}). Kontrollera adressen.",
        "en": "The server did not accept the recipient {recipient} ({reply}). Check the "
              "address.",
    },
    # detail.connection_refused and detail.host_not_found: shared with CalDAV, below
    "detail.cert_self_signed": {
        "fi": "itse allekirjoitettu varmenne", "sv": "ett självsignerat certifikat",
        "en": "a self-signed certificate",
    },
    "detail.cert_unknown_issuer": {
        "fi": "varmenteen myöntäjä ei ole luotettu", "sv": "certifikatets utfärdare är inte "
        "betrodd", "en": "the certificate's issuer is not trusted",
    },
    "detail.cert_expired": {
        "fi": "varmenne on vanhentunut", "sv": "certifikatet har gått ut",
        "en": "the certificate has expired",
    },
    "detail.cert_hostname": {
        "fi": "varmenne on toisen palvelimen nimellä", "sv": "certifikatet gäller en annan "
        "server", "en": "the certificate is for another server name",
    },
    "cli.mail_sent": {"fi": "Lähetetty: {recipient}", "sv": "Skickat: {recipient}",
                      "en": "Sent: {recipient}"},
    "cli.mail_not_sent": {"fi": "Ei lähetetty: {recipient}", "sv": "Inte skickat: {recipient}",
                          "en": "Not sent: {recipient}"},
    "cli.mail_meeting": {
        "fi": "Tapaaminen {meeting}:", "sv": "Möte {meeting}:", "en": "Meeting {meeting}:",
    },
    "cli.mail_summary": {
        "fi": "{sent}/{total} viestiä lähetetty.", "sv": "{sent}/{total} meddelanden skickade.",
        "en": "{sent}/{total} messages sent.",
    },
    "cli.mail_cancelled": {
        "fi": "Lähetys keskeytettiin.", "sv": "Sändningen avbröts.", "en": "Sending was stopped.",
    },
    "cli.out_or_send": {
        "fi": "Anna --out KANSIO, --send tai molemmat.",
        "sv": "Ange --out MAPP, --send eller båda.",
        "en": "Give --out DIR, --send or both.",
    },
    "cli.smtp_ok": {
        "fi": "Yhteys sähköpostipalvelimeen {host} (portti {port}) toimii.",
        "sv": "Anslutningen till e-postservern {host} (port {port}) fungerar.",
        "en": "The connection to the e-mail server {host} (port {port}) works.",
    },
    "cli.smtp_password_saved": {
        "fi": "Salasana tallennettiin avainnippuun.", "sv": "Lösenordet sparades i nyckelringen.",
        "en": "The password was saved in the keyring.",
    },
    "cli.smtp_password_prompt": {
        "fi": "Sähköpostipalvelimen salasana ({login}): ",
        "sv": "E-postserverns lösenord ({login}): ",
        "en": "E-mail server password ({login}): ",
    },
    # --- the upcoming meetings as .ics and publishing them to a CalDAV calendar -----------
    "validation.caldav_url_invalid": {
        "fi": "Kalenterin osoite {value} ei ole kelvollinen (muoto https://palvelin/polku/).",
        "sv": "Kalenderns adress {value} är inte giltig (formen https://server/sökväg/).",
        "en": "The calendar address {value} is not valid (form https://server/path/).",
    },
    "validation.caldav_https_required": {
        "fi": "Käytä https-osoitetta: http-yhteydellä salasana ja tapaamiset kulkisivat "
              "salaamattomina. Http kelpaa vain tällä koneella toimivalle palvelimelle.",
        "sv": "Använd en https-adress: över http skulle lösenordet och mötena skickas "
              "okrypterade. Http godtas bara för en server på den här datorn.",
        "en": "Use an https address: over http the password and the meetings would travel "
              "unencrypted. Http is accepted only for a server on this computer.",
    },
    "validation.caldav_url_credentials": {
        "fi": "Älä kirjoita käyttäjätunnusta tai salasanaa osoitteeseen; anna ne omissa "
              "kentissään.",
        "sv": "Skriv inte användarnamn eller lösenord i adressen; ange dem i sina egna fält.",
        "en": "Do not put a user name or password in the address; give them in their own "
              "fields.",
    },
    "validation.caldav_username_invalid": {
        "fi": "Käyttäjätunnuksessa ei voi olla kaksoispistettä.",
        "sv": "Användarnamnet kan inte innehålla kolon.",
        "en": "The user name cannot contain a colon.",
    },
    "caldav.not_configured": {
        "fi": "Kalenterin julkaisua ei ole määritetty. Anna kalenterin osoite ja "
              "käyttäjätunnus asetuksissa tai komennolla verkosto caldav --url OSOITE --user "
              "TUNNUS.",
        "sv": "Kalenderpubliceringen är inte inställd. Ange kalenderns adress och "
              "användarnamn i inställningarna eller med kommandot verkosto caldav --url ADRESS "
              "--user NAMN.",
        "en": "Calendar publishing is not set up. Give the calendar address and user name in "
              "Settings or with the command verkosto caldav --url URL --user NAME.",
    },
    "caldav.password_missing": {
        "fi": "Kalenteripalvelimen {host} salasanaa ei ole tallennettu. Tallenna se "
              "(verkosto caldav --save-password) tai aseta VERKOSTO_CALDAV_PASSWORD.",
        "sv": "Lösenordet till kalenderservern {host} har inte sparats. Spara det (verkosto "
              "caldav --save-password) eller sätt VERKOSTO_CALDAV_PASSWORD.",
        "en": "No password is saved for the calendar server {host}. Save it (verkosto caldav "
              "--save-password) or set VERKOSTO_CALDAV_PASSWORD.",
    },
    "caldav.no_keyring": {
        "fi": "Tällä koneella ei ole avainnippua, joten salasanaa ei voi tallentaa. Anna se "
              "julkaistessa muuttujassa VERKOSTO_CALDAV_PASSWORD tai kirjoita se pyydettäessä.",
        "sv": "Den här datorn har ingen nyckelring, så lösenordet kan inte sparas. Ange det vid "
              "publiceringen i variabeln VERKOSTO_CALDAV_PASSWORD eller skriv det när det "
              "efterfrågas.",
        "en": "This computer has no keyring, so the password cannot be saved. Give it when "
              "publishing in VERKOSTO_CALDAV_PASSWORD or type it when asked.",
    },
    "caldav.auth_failed": {
        "fi": "Kalenteripalvelin {host} ei hyväksynyt käyttäjätunnusta ja salasanaa, tai "
              "tunnuksella ei ole oikeutta kirjoittaa tähän kalenteriin.",
        "sv": "Kalenderservern {host} godkände inte användarnamnet och lösenordet, eller så "
              "har kontot inte rätt att skriva i den här kalendern.",
        "en": "The calendar server {host} did not accept the user name and password, or the "
              "account may not write to this calendar.",
    },
    "caldav.not_found": {
        "fi": "Osoitteesta {url} ei löytynyt kalenteria. Tarkista osoite (kalenterin oma "
              "CalDAV-osoite, ei palvelimen etusivu).",
        "sv": "Ingen kalender hittades på adressen {url}. Kontrollera adressen (kalenderns egen "
              "CalDAV-adress, inte serverns startsida).",
        "en": "No calendar was found at {url}. Check the address (the calendar's own CalDAV "
              "address, not the server's home page).",
    },
    "caldav.unreachable": {
        "fi": "Kalenteripalvelimeen {host} ei saatu yhteyttä ({detail}). Tarkista osoite ja "
              "verkkoyhteys.",
        "sv": "Ingen anslutning till kalenderservern {host} ({detail}). Kontrollera adressen "
              "och nätverksanslutningen.",
        "en": "Could not connect to the calendar server {host} ({detail}). Check the address "
              "and the network connection.",
    },
    "caldav.tls_failed": {
        "fi": "Suojattua yhteyttä kalenteripalvelimeen {host} ei voitu muodostaa: sen "
              "varmenne ei kelpaa tai palvelin ei käytä https:ää. Mitään ei lähetetty.",
        "sv": "Ingen säker anslutning till kalenderservern {host}: dess certifikat godtas "
              "inte eller servern använder inte https. Ingenting skickades.",
        "en": "No secure connection to the calendar server {host}: its certificate is not "
              "accepted or the server does not speak https. Nothing was sent.",
    },
    "caldav.server_error": {
        "fi": "Kalenteripalvelin {host} vastasi virheellä ({status}). Julkaisu keskeytyi; "
              "yritä myöhemmin uudelleen.",
        "sv": "Kalenderservern {host} svarade med ett fel ({status}). Publiceringen avbröts; "
              "försök igen senare.",
        "en": "The calendar server {host} answered with an error ({status}). Publishing "
              "stopped; try again later.",
    },
    "detail.connection_refused": {
        "fi": "yhteys evättiin", "sv": "anslutningen nekades", "en": "connection refused",
    },
    "detail.timeout": {
        "fi": "palvelin ei vastannut ajoissa", "sv": "servern svarade inte i tid",
        "en": "the server did not answer in time",
    },
    "detail.network_error": {
        "fi": "verkkovirhe", "sv": "nätverksfel", "en": "network error",
    },
    "detail.host_not_found": {
        "fi": "palvelimen nimeä ei löydy", "sv": "servernamnet hittas inte",
        "en": "the server name is not found",
    },
    "caldav.connection_ok": {
        "fi": "Yhteys toimii: kalenteri {url} löytyi.",
        "sv": "Anslutningen fungerar: kalendern {url} hittades.",
        "en": "The connection works: the calendar {url} was found.",
    },
    "caldav.published": {
        "fi": "Julkaistu kalenteriin palvelimella {host}: {sent} tulevaa tapaamista; {removed} "
              "peruttua tai poistettua tapaamista poistettiin kalenterista.",
        "sv": "Publicerat i kalendern på servern {host}: {sent} kommande möten; {removed} "
              "inställda eller raderade möten togs bort ur kalendern.",
        "en": "Published to the calendar on {host}: {sent} upcoming meetings; {removed} "
              "cancelled or deleted meetings were removed from the calendar.",
    },
    "caldav.settings_saved": {
        "fi": "Kalenterin julkaisuasetukset tallennettu.",
        "sv": "Inställningarna för kalenderpublicering har sparats.",
        "en": "The calendar publishing settings were saved.",
    },
    "caldav.password_saved": {
        "fi": "Salasana tallennettu järjestelmän avainnippuun.",
        "sv": "Lösenordet har sparats i systemets nyckelring.",
        "en": "The password was saved in the system keyring.",
    },
    "cli.calendar_written": {
        "fi": "{count} tulevaa tapaamista kirjoitettu tiedostoon {path}.",
        "sv": "{count} kommande möten skrevs till filen {path}.",
        "en": "{count} upcoming meetings were written to {path}.",
    },
    "error.unexpected": {
        "fi": "Odottamaton virhe: {detail}",
        "sv": "Oväntat fel: {detail}",
        "en": "Unexpected error: {detail}",
    },
}
CATALOG.update(SIGNING_MESSAGES)  # signed PDFs: certificate, signing, verifying
CATALOG.update(BACKUP_MESSAGES)  # backups, restore, key changes
CATALOG.update(AUDIT_MESSAGES)  # the audit log's chain and outside anchor
CATALOG.update(LOG_MESSAGES)  # the audit log in words
CATALOG.update(OUTPUT_MESSAGES)  # files written where asked: --out, backups, save dialogs
CATALOG.update(INPUT_MESSAGES)  # hostile input: forged answers, huge files and ids
CATALOG.update(DESKTOP_MESSAGES)  # install-desktop: the applications menu entry and icons
CATALOG.update(EXTRACT_MESSAGES)  # the client's log extract
CATALOG.update(MEETING_TYPE_MESSAGES)  # meeting types and their files
CATALOG.update(AGENDA_MESSAGES)  # the agenda's carried-over actions
CATALOG.update(FOLLOWUP_MESSAGES)  # a meeting's type, the sickness-allowance start date
CATALOG.update(REMINDER_MESSAGES)  # reminder e-mails to other agencies' people
CATALOG.update(PLAN_DIFF_MESSAGES)  # what changed between two versions of a plan
CATALOG.update(REQUEST_MESSAGES)  # information requests between agencies


def current_language() -> str:
    """The language for messages: ``$VERKOSTO_LANG``, else the locale's, else Finnish."""
    for variable in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
        if variable == LANG_ENV and value:
            break
    return "fi"


def translate(code: str, language: str | None = None, /, **params: object) -> str:
    """The text of ``code`` in ``language`` with ``params`` filled in."""
    texts = CATALOG.get(code)
    if texts is None:
        return code
    language = language or current_language()
    template = texts.get(language) or texts["en"]
    return template.format(**_localised(params, language))


def _localised(params: dict[str, object], language: str) -> dict[str, object]:
    """Dates, times and numbers given as values are written the language's way (issue 13)."""
    if not any(isinstance(v, (date, time, float, Span)) for v in params.values()):
        return params
    from planner import formatting  # Babel, only when a message has a date in it

    def shown(value: object) -> object:
        if isinstance(value, Span):
            return formatting.format_time_span(value.start, value.end, language, compact=True)
        if isinstance(value, datetime):
            return formatting.format_datetime(value, language, weekday=False)
        if isinstance(value, date):
            return formatting.format_date(value, language)
        if isinstance(value, time):
            return formatting.format_time(value, language)
        if isinstance(value, float):
            return formatting.format_number(value, language)
        return value

    return {name: shown(value) for name, value in params.items()}


def label(group: str, value: object, language: str | None = None) -> str:
    """The translated label of a stored value, e.g. ``label("meeting_status", "held")``."""
    return translate(f"label.{group}.{getattr(value, 'value', value)}", language)
