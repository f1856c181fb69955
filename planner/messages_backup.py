"""Messages of backups, restore and key changes (fi, sv, en).

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, dict[str, str]] = {
    # --- errors (planner/errors.py, exit codes 60–69) ----------------------------------------
    "backup.failed": {
        "fi": "Varmuuskopiota ei voitu käyttää. Nykyiseen tietovarastoon ei koskettu.",
        "sv": "Säkerhetskopian kunde inte användas. Det nuvarande datalagret rördes inte.",
        "en": "The backup could not be used. The current store was not touched.",
    },
    "backup.not_a_backup": {
        "fi": "{path} ei ole Verkoston varmuuskopio ({detail}). Nykyiseen tietovarastoon ei "
              "koskettu.",
        "sv": "{path} är inte en säkerhetskopia av Verkosto ({detail}). Det nuvarande "
              "datalagret rördes inte.",
        "en": "{path} is not a Verkosto backup ({detail}). The current store was not touched.",
    },
    "backup.damaged": {
        "fi": "Varmuuskopio {path} on vioittunut ({detail}). Nykyiseen tietovarastoon ei "
              "koskettu; käytä toista varmuuskopiota.",
        "sv": "Säkerhetskopian {path} är skadad ({detail}). Det nuvarande datalagret rördes "
              "inte; använd en annan säkerhetskopia.",
        "en": "The backup {path} is damaged ({detail}). The current store was not touched; use "
              "another backup.",
    },
    "backup.wrong_passphrase": {
        "fi": "Varmuuskopion tunnuslause on väärä. Nykyiseen tietovarastoon ei koskettu.",
        "sv": "Säkerhetskopians lösenfras är fel. Det nuvarande datalagret rördes inte.",
        "en": "The backup's passphrase is wrong. The current store was not touched.",
    },
    "backup.passphrase_required": {
        "fi": "Varmuuskopio tarvitsee oman tunnuslauseen. Anna se (komentorivillä "
              "ympäristömuuttujassa VERKOSTO_BACKUP_PASSPHRASE).",
        "sv": "Säkerhetskopian behöver en egen lösenfras. Ange den (på kommandoraden i "
              "miljövariabeln VERKOSTO_BACKUP_PASSPHRASE).",
        "en": "The backup needs a passphrase of its own. Give it (on the command line in the "
              "VERKOSTO_BACKUP_PASSPHRASE environment variable).",
    },
    "backup.passphrase_too_short": {
        "fi": "Varmuuskopion tunnuslauseen on oltava vähintään {minimum} merkkiä pitkä.",
        "sv": "Säkerhetskopians lösenfras måste vara minst {minimum} tecken lång.",
        "en": "The backup's passphrase must be at least {minimum} characters long.",
    },
    "backup.passphrases_differ": {
        "fi": "Tunnuslauseet eivät ole samat. Mitään ei muutettu.",
        "sv": "Lösenfraserna är inte lika. Inget ändrades.",
        "en": "The passphrases differ. Nothing was changed.",
    },
    "backup.too_new": {
        "fi": "Varmuuskopio on tehty uudemmalla Verkoston versiolla ({revision}). Päivitä "
              "sovellus ennen palauttamista.",
        "sv": "Säkerhetskopian har gjorts med en nyare version av Verkosto ({revision}). "
              "Uppdatera programmet innan du återställer.",
        "en": "The backup was made by a newer version of Verkosto ({revision}). Update the app "
              "before restoring.",
    },
    "backup.audit_broken": {
        "fi": "Varmuuskopion lokitietojen tarkistusketju on katki kohdassa {entry} ({reason}). "
              "Varmuuskopiota ei palautettu.",
        "sv": "Kontrollkedjan i säkerhetskopians logg är bruten vid post {entry} ({reason}). "
              "Säkerhetskopian återställdes inte.",
        "en": "The audit log chain in the backup is broken at entry {entry} ({reason}). The "
              "backup was not restored.",
    },
    "backup.target_exists": {
        "fi": "Tiedosto {path} on jo olemassa. Valitse toinen nimi; olemassa olevaa tiedostoa "
              "ei korvattu.",
        "sv": "Filen {path} finns redan. Välj ett annat namn; den befintliga filen ersattes "
              "inte.",
        "en": "The file {path} already exists. Choose another name; the existing file was not "
              "replaced.",
    },
    "backup.restore_not_confirmed": {
        "fi": "Palautus korvaisi nykyisen tietovaraston. Vahvista se valitsimella --yes. "
              "Mitään ei muutettu.",
        "sv": "Återställningen skulle ersätta det nuvarande datalagret. Bekräfta med "
              "flaggan --yes. Inget ändrades.",
        "en": "The restore would replace the current store. Confirm it with --yes. Nothing was "
              "changed.",
    },
    "backup.write_failed": {
        "fi": "Tiedostoa {path} ei voitu kirjoittaa ({detail}). Mitään ei korvattu.",
        "sv": "Filen {path} kunde inte skrivas ({detail}). Inget ersattes.",
        "en": "Could not write {path} ({detail}). Nothing was replaced.",
    },
    "store.key_change_not_applicable": {
        "fi": "Tämä ei koske tämän tietovaraston suojausta: avainnipun avain vaihdetaan "
              "komennolla verkosto rekey, tunnuslause komennolla verkosto passphrase.",
        "sv": "Detta gäller inte detta datalagers skydd: nyckeln i nyckelringen byts med "
              "kommandot verkosto rekey, lösenfrasen med kommandot verkosto passphrase.",
        "en": "This does not apply to how this store is protected: the keyring key is changed "
              "with verkosto rekey, a passphrase with verkosto passphrase.",
    },
    # Causes filled into {detail}.
    "detail.backup_unknown_file": {
        "fi": "tunnistamaton tiedosto", "sv": "en okänd fil", "en": "an unknown kind of file",
    },
    "detail.backup_header": {
        "fi": "otsake ei ole luettavissa", "sv": "huvudet kan inte läsas",
        "en": "its header cannot be read",
    },
    "detail.backup_trailing_bytes": {
        "fi": "lopussa on ylimääräisiä tavuja ({size} tavua)",
        "sv": "det finns extra byte i slutet ({size} byte)",
        "en": "extra bytes at the end ({size} bytes)",
    },
    "detail.backup_header_changed": {
        "fi": "otsaketta on muutettu", "sv": "huvudet har ändrats",
        "en": "its header was changed",
    },
    "detail.backup_checksum": {
        "fi": "sisällön tarkistussumma ei täsmää", "sv": "innehållets kontrollsumma stämmer inte",
        "en": "the content's checksum does not match",
    },
    "detail.backup_unreadable": {
        "fi": "tietokantaa ei voi avata", "sv": "databasen kan inte öppnas",
        "en": "the database cannot be opened",
    },
    "detail.backup_integrity": {
        "fi": "eheystarkistus epäonnistui", "sv": "integritetskontrollen misslyckades",
        "en": "the integrity check failed",
    },
    "detail.backup_no_description": {
        "fi": "varmuuskopion kuvaus puuttuu", "sv": "beskrivningen av säkerhetskopian saknas",
        "en": "the backup's description is missing",
    },
    "detail.key_fits_not_file": {
        "fi": "avain täsmää, mutta tiedosto ei aukea",
        "sv": "nyckeln stämmer men filen går inte att öppna",
        "en": "the key fits but the file does not open",
    },
    # --- the command line ----------------------------------------------------------------
    "cli.backup_written": {
        "fi": "Salattu varmuuskopio kirjoitettu tiedostoon {path}: {clients} asiakasta, "
              "{meetings} tapaamista.",
        "sv": "En krypterad säkerhetskopia skrevs till {path}: {clients} klienter, {meetings} "
              "möten.",
        "en": "Encrypted backup written to {path}: {clients} clients, {meetings} meetings.",
    },
    "cli.backup_contents": {
        "fi": "Varmuuskopio {path} on kunnossa.\n  Tehty: {created}\n  Asiakkaita: {clients}\n"
              "  Tapaamisia: {meetings}\n  Lokimerkintöjä: {audit}\n  Tietokantaversio: "
              "{revision}",
        "sv": "Säkerhetskopian {path} är i ordning.\n  Gjord: {created}\n  Klienter: {clients}"
              "\n  Möten: {meetings}\n  Loggposter: {audit}\n  Databasversion: {revision}",
        "en": "The backup {path} is sound.\n  Made: {created}\n  Clients: {clients}\n"
              "  Meetings: {meetings}\n  Audit entries: {audit}\n  Schema revision: {revision}",
    },
    "cli.backup_upgrade_note": {
        "fi": "Varmuuskopio on tehty vanhemmalla versiolla; se päivitetään palautettaessa.",
        "sv": "Säkerhetskopian gjordes med en äldre version; den uppdateras vid "
              "återställningen.",
        "en": "The backup was made by an older version; it is upgraded when restored.",
    },
    "cli.restore_question": {
        "fi": "Korvataanko tietovarasto {path} tällä varmuuskopiolla? Nykyinen säilytetään "
              "kansiossa backups/. [k/E] ",
        "sv": "Ersätta datalagret {path} med denna säkerhetskopia? Det nuvarande sparas i "
              "mappen backups/. [j/N] ",
        "en": "Replace the store {path} with this backup? The current one is kept in "
              "backups/. [y/N] ",
    },
    "cli.restored": {
        "fi": "Varmuuskopio palautettu: {path}.",
        "sv": "Säkerhetskopian återställdes: {path}.",
        "en": "Backup restored: {path}.",
    },
    "cli.restored_kept": {
        "fi": "Edellinen tietovarasto säilytettiin: {kept}.",
        "sv": "Det tidigare datalagret sparades: {kept}.",
        "en": "The previous store was kept: {kept}.",
    },
    "cli.key_rotated": {
        "fi": "Tietovaraston avain vaihdettu; uusi avain on avainnipussa.",
        "sv": "Datalagrets nyckel har bytts; den nya nyckeln finns i nyckelringen.",
        "en": "The store's key was changed; the new key is in the keyring.",
    },
    "cli.passphrase_changed": {
        "fi": "Tietovaraston tunnuslause vaihdettu.",
        "sv": "Datalagrets lösenfras har bytts.",
        "en": "The store's passphrase was changed.",
    },
    "cli.prompt_backup_passphrase": {
        "fi": "Varmuuskopion tunnuslause: ", "sv": "Säkerhetskopians lösenfras: ",
        "en": "Backup passphrase: ",
    },
    "cli.prompt_new_passphrase": {
        "fi": "Uusi tunnuslause: ", "sv": "Ny lösenfras: ", "en": "New passphrase: ",
    },
    "cli.prompt_repeat": {
        "fi": "Toista tunnuslause: ", "sv": "Upprepa lösenfrasen: ", "en": "Repeat: ",
    },
}
