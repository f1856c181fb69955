"""Messages of the upcoming meetings as .ics, publishing them to a CalDAV calendar, and the
last-resort error, in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

CALENDAR_MESSAGES: dict[str, dict[str, str]] = {
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
