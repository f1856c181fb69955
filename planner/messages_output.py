"""Messages of files written where a person asked: every ``--out``, backups, save dialogs
(fi, sv, en). ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

OUTPUT_MESSAGES: dict[str, dict[str, str]] = {
    # --- errors (planner/errors.py, exit codes 7–9; planner/files.py) ------------------------
    "output.exists": {
        "fi": "{path} on jo olemassa; mitään ei kirjoitettu. Valitse toinen nimi tai korvaa "
              "tiedosto valitsimella --force.",
        "sv": "{path} finns redan; inget skrevs. Välj ett annat namn eller ersätt filen med "
              "--force.",
        "en": "{path} already exists; nothing was written. Choose another name or use --force "
              "to replace it.",
    },
    "output.exists_many": {
        "fi": "Nämä tiedostot ovat jo olemassa: {path}. Mitään ei kirjoitettu. Valitse toinen "
              "kansio tai korvaa tiedostot valitsimella --force.",
        "sv": "Dessa filer finns redan: {path}. Inget skrevs. Välj en annan mapp eller ersätt "
              "filerna med --force.",
        "en": "These files already exist: {path}. Nothing was written. Choose another folder "
              "or use --force to replace them.",
    },
    "output.not_regular": {
        "fi": "{path} on {detail} eikä tavallinen tiedosto; sitä ei korvata. Mitään ei "
              "kirjoitettu.",
        "sv": "{path} är {detail}, inte en vanlig fil; den ersätts inte. Inget skrevs.",
        "en": "{path} is {detail}, not a regular file; it is never replaced. Nothing was "
              "written.",
    },
    "output.not_a_folder": {
        "fi": "{path} on {detail} eikä kansio; mitään ei kirjoitettu.",
        "sv": "{path} är {detail}, inte en mapp; inget skrevs.",
        "en": "{path} is {detail}, not a folder; nothing was written.",
    },
    "output.folder_missing": {
        "fi": "Kansiota {path} ei ole; mitään ei kirjoitettu.",
        "sv": "Mappen {path} finns inte; inget skrevs.",
        "en": "The folder {path} does not exist; nothing was written.",
    },
    "output.disk_full": {
        "fi": "Levy on täynnä: tiedostoa {path} ei kirjoitettu; mitään ei muutettu.",
        "sv": "Disken är full: {path} skrevs inte; inget ändrades.",
        "en": "The disk is full: {path} was not written; nothing was changed.",
    },
    "output.write_failed": {
        "fi": "Tiedostoa {path} ei voitu kirjoittaa ({detail}); mitään ei muutettu.",
        "sv": "Filen {path} kunde inte skrivas ({detail}); inget ändrades.",
        "en": "Could not write {path} ({detail}); nothing was changed.",
    },
    "detail.no_permission": {
        "fi": "ei kirjoitusoikeutta", "sv": "skrivrättighet saknas", "en": "no permission",
    },
    # what is at the path ({detail} above)
    "detail.kind_file": {"fi": "tiedosto", "sv": "en fil", "en": "a file"},
    "detail.kind_folder": {"fi": "kansio", "sv": "en mapp", "en": "a folder"},
    "detail.kind_link": {
        "fi": "symbolinen linkki", "sv": "en symbolisk länk", "en": "a symbolic link",
    },
    "detail.kind_device": {"fi": "laite", "sv": "en enhet", "en": "a device"},
    "detail.kind_fifo": {
        "fi": "nimetty putki (FIFO)", "sv": "en namngiven pipe (FIFO)",
        "en": "a named pipe (FIFO)",
    },
    "detail.kind_socket": {"fi": "pistoke (socket)", "sv": "en socket", "en": "a socket"},
    "detail.kind_other": {
        "fi": "erikoistiedosto", "sv": "en specialfil", "en": "a special file",
    },
}
