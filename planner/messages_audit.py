"""Messages of the audit log's chain and anchor (fi, sv, en).

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

AUDIT_MESSAGES: dict[str, dict[str, str]] = {
    "store.audit_rolled_back": {
        "fi": "Tietovarasto on palautettu vanhempaan tilaan tai lokista on poistettu merkintöjä: "
              "{detail} Lokin viimeisin merkintä tallennettiin tietovaraston ulkopuolelle "
              "({anchor}); tietovarastossa viimeisin on {head}. Tietovarastoa ei avattu "
              "käyttöön. Tarkastele tilannetta komennolla ”verkosto audit --verify” ja kuittaa "
              "se komennolla ”verkosto audit --acknowledge-rollback” (kuittaus kirjataan "
              "lokiin).",
        "sv": "Datalagret har återställts till ett äldre tillstånd eller poster har tagits bort "
              "ur loggen: {detail} Loggens senaste post sparades utanför datalagret "
              "({anchor}); i datalagret är den senaste {head}. Datalagret öppnades inte för "
              "användning. Granska läget med ”verkosto audit --verify” och kvittera det med "
              "”verkosto audit --acknowledge-rollback” (kvitteringen loggas).",
        "en": "The store has been rolled back or entries have been removed from its log: "
              "{detail} The log's newest entry was recorded outside the store ({anchor}); the "
              "store's newest is {head}. The store was not opened for use. Inspect with "
              "\"verkosto audit --verify\" and acknowledge with \"verkosto audit "
              "--acknowledge-rollback\" (the acknowledgement is logged).",
    },
    "audit.rolled_back_found": {
        "fi": "Tietovarasto on palautettu vanhempaan tilaan tai lokista on poistettu "
              "merkintöjä: {detail} Ulkoinen ankkuri: {anchor}; tietovaraston viimeisin: "
              "{head}. Kun tilanne on selvitetty, kuittaa se komennolla ”verkosto audit "
              "--acknowledge-rollback” (kuittaus kirjataan lokiin).",
        "sv": "Datalagret har återställts till ett äldre tillstånd eller poster har tagits bort "
              "ur loggen: {detail} Yttre ankare: {anchor}; datalagrets senaste: {head}. När "
              "läget är utrett, kvittera det med ”verkosto audit --acknowledge-rollback” "
              "(kvitteringen loggas).",
        "en": "The store has been rolled back or entries have been removed from its log: "
              "{detail} Outside anchor: {anchor}; the store's newest: {head}. Once you have "
              "looked into it, acknowledge with \"verkosto audit --acknowledge-rollback\" (the "
              "acknowledgement is logged).",
    },
    "audit.rolled_back_window": {
        "fi": "Tietovarasto on palautettu vanhempaan tilaan tai lokista on poistettu "
              "merkintöjä: {detail} Ulkoinen ankkuri: {anchor}; tietovaraston viimeisin: "
              "{head}. Tietovarastoa ei avattu. Jos tiedät syyn (esimerkiksi vanha kopio "
              "palautettiin tarkoituksella), kuittaa tilanne; kuittaus kirjataan lokiin.",
        "sv": "Datalagret har återställts till ett äldre tillstånd eller poster har tagits bort "
              "ur loggen: {detail} Yttre ankare: {anchor}; datalagrets senaste: {head}. "
              "Datalagret öppnades inte. Om du vet orsaken (till exempel att en gammal kopia "
              "återställdes avsiktligt), kvittera läget; kvitteringen loggas.",
        "en": "The store has been rolled back or entries have been removed from its log: "
              "{detail} Outside anchor: {anchor}; the store's newest: {head}. The store was not "
              "opened. If you know why (an old copy was put back on purpose, say), acknowledge "
              "it; the acknowledgement is logged.",
    },
    "detail.anchor_behind": {
        "fi": "merkintä, johon loki on ankkuroitu, puuttuu tai on muuttunut.",
        "sv": "posten som loggen är förankrad vid saknas eller har ändrats.",
        "en": "the entry the log is anchored at is missing or has changed.",
    },
    "detail.anchor_missing": {
        "fi": "lokin ulkoinen ankkuri puuttuu (asetuskansiosta tai avainnipusta). Näin käy "
              "myös, jos tietovarasto on siirretty toiselle koneelle tai käyttäjätilille.",
        "sv": "loggens yttre ankare saknas (i inställningsmappen eller nyckelringen). Så blir "
              "det också om datalagret har flyttats till en annan dator eller ett annat konto.",
        "en": "the log's outside anchor is missing (from the configuration folder or the "
              "keyring). This also happens when the store was moved to another computer or "
              "user account.",
    },
    "detail.anchor_damaged": {
        "fi": "lokin ulkoinen ankkuri on vioittunut tai se ei kuulu tälle tietovarastolle.",
        "sv": "loggens yttre ankare är skadat eller hör inte till detta datalager.",
        "en": "the log's outside anchor is damaged or does not belong to this store.",
    },
    "audit.head_none": {"fi": "ei merkintöjä", "sv": "inga poster", "en": "no entries"},
    "audit.head_entry": {"fi": "merkintä {id}", "sv": "post {id}", "en": "entry {id}"},
    "audit.head_entry_at": {
        "fi": "merkintä {id}, ankkuroitu {at}",
        "sv": "post {id}, förankrad {at}",
        "en": "entry {id}, anchored {at}",
    },
    "audit.anchor_ok": {
        "fi": "Lokin ulkoinen ankkuri (merkintä {id}, {at}) täsmää tietovarastoon.",
        "sv": "Loggens yttre ankare (post {id}, {at}) stämmer med datalagret.",
        "en": "The log's outside anchor (entry {id}, {at}) matches the store.",
    },
    "audit.against_held": {
        "fi": "Loki sisältää yhä merkinnän {entry}, jonka kohdalla {path} tehtiin.",
        "sv": "Loggen innehåller fortfarande post {entry}, vid vilken {path} gjordes.",
        "en": "The log still holds entry {entry}, at which {path} was made.",
    },
    "audit.against_held_export": {
        "fi": "Loki sisältää yhä merkinnän {entry}, jonka kohdalla {path} tehtiin, ja sen "
              "viennin kirjauksen (merkintä {export}).",
        "sv": "Loggen innehåller fortfarande post {entry}, vid vilken {path} gjordes, och "
              "registreringen av dess export (post {export}).",
        "en": "The log still holds entry {entry}, at which {path} was made, and the record of "
              "its export (entry {export}).",
    },
    "audit.against_not_held": {
        "fi": "{path}: {detail}",
        "sv": "{path}: {detail}",
        "en": "{path}: {detail}",
    },
    "audit.head_not_held": {
        "fi": "Lokista puuttuu {detail} (lokin kohta {entry}). Merkintöjä on poistettu tai "
              "tietovarasto on palautettu vanhempaan tilaan tiedoston tekemisen jälkeen.",
        "sv": "I loggen saknas {detail} (loggpost {entry}). Poster har tagits bort eller "
              "datalagret har återställts till ett äldre tillstånd efter att filen gjordes.",
        "en": "The log no longer holds {detail} (entry {entry}). Entries have been removed or "
              "the store rolled back since the file was made.",
    },
    "detail.head_gone": {
        "fi": "tiedoston tekohetken merkintä",
        "sv": "posten från när filen gjordes",
        "en": "the entry the file was made at",
    },
    "detail.export_gone": {
        "fi": "tämän asiakirjan viennin kirjaus",
        "sv": "registreringen av detta dokuments export",
        "en": "the record of this document's export",
    },
    "audit.no_head_in_file": {
        "fi": "{path} ei kerro lokin kohtaa: se ei ole Verkoston yhteenveto, varmuuskopio tai "
              "kutsu, tai se on tehty ennen kuin Verkosto alkoi merkitä lokin kohdan.",
        "sv": "{path} anger ingen loggpost: den är inte en sammanfattning, säkerhetskopia eller "
              "inbjudan från Verkosto, eller så gjordes den innan Verkosto började ange "
              "loggposten.",
        "en": "{path} carries no audit log entry: it is not a Verkosto summary, backup or "
              "invite, or it was made before Verkosto recorded one.",
    },
    "audit.nothing_to_acknowledge": {
        "fi": "Loki täsmää ulkoiseen ankkuriinsa: kuitattavaa ei ole.",
        "sv": "Loggen stämmer med sitt yttre ankare: inget att kvittera.",
        "en": "The log matches its outside anchor: there is nothing to acknowledge.",
    },
    "audit.rollback_acknowledged": {
        "fi": "Kuitattu. Kuittaus kirjattiin lokiin (merkintä {entry}), ja ankkuri seuraa "
              "tietovarastoa taas.",
        "sv": "Kvitterat. Kvitteringen loggades (post {entry}) och ankaret följer datalagret "
              "igen.",
        "en": "Acknowledged. The acknowledgement was logged (entry {entry}) and the anchor "
              "follows the store again.",
    },
    "validation.against_needs_verify": {
        "fi": "--against toimii vain yhdessä valitsimen --verify kanssa.",
        "sv": "--against fungerar bara tillsammans med --verify.",
        "en": "--against works only together with --verify.",
    },
    "detail.chain_link": {
        "fi": "linkki edelliseen merkintään ei täsmää",
        "sv": "länken till föregående post stämmer inte",
        "en": "the link to the previous entry differs",
    },
    "detail.chain_content": {
        "fi": "sisältöä on muutettu kirjaamisen jälkeen",
        "sv": "innehållet har ändrats efter att det skrevs",
        "en": "the content was changed after it was written",
    },
    "detail.chain_unreadable": {
        "fi": "merkintää ei voi lukea (esimerkiksi virheellinen aikaleima)",
        "sv": "posten kan inte läsas (till exempel en felaktig tidsstämpel)",
        "en": "the entry cannot be read (a malformed timestamp, for example)",
    },
    "validation.file_unreadable": {
        "fi": "tiedostoa {path} ei voi lukea ({reason})",
        "sv": "filen {path} kan inte läsas ({reason})",
        "en": "the file {path} cannot be read ({reason})",
    },
    # --- restoring over newer work (issue 11.7) ----------------------------------------------
    "cli.restore_loss_none": {
        "fi": "Nykyisessä tietovarastossa ei ole mitään, mitä varmuuskopiossa ei olisi.",
        "sv": "Det nuvarande datalagret har inget som säkerhetskopian saknar.",
        "en": "The current store holds nothing that the backup lacks.",
    },
    "cli.restore_loss_unknown": {
        "fi": "Nykyistä tietovarastoa ei voi lukea, joten sitä ei voi verrata varmuuskopioon "
              "({reason}).",
        "sv": "Det nuvarande datalagret kan inte läsas och kan därför inte jämföras med "
              "säkerhetskopian ({reason}).",
        "en": "The current store cannot be read, so it cannot be compared with the backup "
              "({reason}).",
    },
    "cli.restore_loss_header": {
        "fi": "Nykyisessä tietovarastossa on uudempaa työtä, jota varmuuskopiossa ei ole. "
              "Palautus hävittäisi sen:",
        "sv": "Det nuvarande datalagret har nyare arbete som säkerhetskopian saknar. "
              "Återställningen skulle förlora det:",
        "en": "The current store holds newer work that the backup lacks. The restore would "
              "lose it:",
    },
    "cli.restore_loss_clients": {
        "fi": "  asiakkaita {count} (uusin {newest})",
        "sv": "  klienter {count} (senast {newest})",
        "en": "  clients: {count} (newest {newest})",
    },
    "cli.restore_loss_meetings": {
        "fi": "  tapaamisia {count} (uusin {newest})",
        "sv": "  möten {count} (senast {newest})",
        "en": "  meetings: {count} (newest {newest})",
    },
    "cli.restore_loss_actions": {
        "fi": "  sovittuja toimenpiteitä {count} (uusin {newest})",
        "sv": "  överenskomna åtgärder {count} (senast {newest})",
        "en": "  agreed actions: {count} (newest {newest})",
    },
    "cli.restore_loss_answers": {
        "fi": "  osallistujien vastauksia {count} (uusin {newest})",
        "sv": "  deltagarsvar {count} (senast {newest})",
        "en": "  participants' answers: {count} (newest {newest})",
    },
    "cli.restore_loss_log_entries": {
        "fi": "  lokimerkintöjä {count} (uusin {newest})",
        "sv": "  loggposter {count} (senast {newest})",
        "en": "  log entries: {count} (newest {newest})",
    },
    "cli.restore_loss_footer": {
        "fi": "Nykyinen tietovarasto säilytetään kansiossa backups/, mutta palautettu ei sisällä "
              "näitä. Jatka vain valitsimella --yes.",
        "sv": "Det nuvarande datalagret sparas i mappen backups/, men det återställda innehåller "
              "inte dessa. Fortsätt bara med --yes.",
        "en": "The current store is kept in backups/, but the restored one will not hold "
              "these. Go on only with --yes.",
    },
    # --- opening a store: bad descriptors, read-only disks, no store (issue 11.6) -----------
    "detail.descriptor_argon2": {
        "fi": "kuvaustiedoston Argon2-parametrit ovat sallittujen rajojen ulkopuolella: "
              "kuvaustiedosto on vioittunut tai sitä on muutettu",
        "sv": "beskrivningsfilens Argon2-parametrar ligger utanför de tillåtna gränserna: "
              "beskrivningsfilen är skadad eller har ändrats",
        "en": "the descriptor's Argon2 parameters are outside the allowed bounds: the "
              "descriptor is damaged or has been changed",
    },
    "store.read_only": {
        "fi": "Tietovarastoa {path} ei voi avata, koska siihen ei voi kirjoittaa ({detail}). "
              "Tiedosto on kunnossa, eikä sitä tarvitse palauttaa: Verkosto kirjaa lokiin "
              "jokaisen katselun, joten se tarvitsee kirjoitusoikeuden. Siirrä tietovarasto "
              "kirjoitettavalle levylle tai korjaa oikeudet ja yritä uudelleen.",
        "sv": "Datalagret {path} kan inte öppnas eftersom det inte går att skriva till det "
              "({detail}). Filen är i ordning och behöver inte återställas: Verkosto loggar "
              "varje visning och behöver därför skrivrätt. Flytta datalagret till en skrivbar "
              "disk eller rätta behörigheterna och försök igen.",
        "en": "The store {path} cannot be opened because it cannot be written ({detail}). The "
              "file is sound and needs no restore: Verkosto logs every view, so it needs to "
              "write. Move the store to a writable disk or fix the permissions and try again.",
    },
    "detail.read_only_disk": {
        "fi": "levy on vain luku -tilassa",
        "sv": "disken är skrivskyddad",
        "en": "the disk is read-only",
    },
    "detail.no_write_permission": {
        "fi": "ei kirjoitusoikeutta",
        "sv": "ingen skrivrätt",
        "en": "no write permission",
    },
    "store.none_here": {
        "fi": "Kansiossa {path} ei ole Verkoston tietovarastoa. Uutta ei luotu. Luo tietovarasto "
              "komennolla ”verkosto init” (tai esittelyaineiston kanssa ”verkosto demo”), tai "
              "anna oikea kansio valitsimella --data-dir.",
        "sv": "Mappen {path} innehåller inget datalager för Verkosto. Inget nytt skapades. "
              "Skapa ett med ”verkosto init” (eller med demodata ”verkosto demo”), eller ange "
              "rätt mapp med --data-dir.",
        "en": "There is no Verkosto store in {path}. None was created. Create one with "
              "\"verkosto init\" (or with demo data, \"verkosto demo\"), or give the right "
              "folder with --data-dir.",
    },
    "cli.store_exists": {
        "fi": "Tietovarasto on jo olemassa: {path}. Mitään ei muutettu.",
        "sv": "Datalagret finns redan: {path}. Inget ändrades.",
        "en": "The store already exists: {path}. Nothing was changed.",
    },
}
