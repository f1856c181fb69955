"""Messages of the store and its key: opening, keyring, passphrase, damage, in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

STORE_MESSAGES: dict[str, dict[str, str]] = {
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
}
