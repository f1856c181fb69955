"""Messages of ``verkosto install-desktop`` (planner/desktop_entry.py) in fi, sv and en.
``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

DESKTOP_MESSAGES: dict[str, dict[str, str]] = {
    "cli.desktop_installed": {
        "fi": "Verkosto lisättiin sovellusvalikkoon: {path}",
        "sv": "Verkosto har lagts till i programmenyn: {path}",
        "en": "Verkosto was added to the applications menu: {path}",
    },
    "cli.desktop_unchanged": {
        "fi": "Verkosto on jo sovellusvalikossa ({path}); mitään ei muutettu.",
        "sv": "Verkosto finns redan i programmenyn ({path}); inget ändrades.",
        "en": "Verkosto is already in the applications menu ({path}); nothing was changed.",
    },
    "cli.desktop_removed": {
        "fi": "Verkosto poistettiin sovellusvalikosta.",
        "sv": "Verkosto har tagits bort ur programmenyn.",
        "en": "Verkosto was removed from the applications menu.",
    },
    "cli.desktop_not_installed": {
        "fi": "Verkostoa ei ole asennettu sovellusvalikkoon ({path}); mitään ei poistettu.",
        "sv": "Verkosto är inte installerat i programmenyn ({path}); inget togs bort.",
        "en": "Verkosto is not installed in the applications menu ({path}); nothing was "
              "removed.",
    },
    "cli.desktop_left": {
        "fi": "{path} jätettiin paikalleen: sitä ei ole kirjoittanut verkosto install-desktop "
              "tai sitä on muutettu (--force poistaa tavallisen tiedoston).",
        "sv": "{path} lämnades kvar: den har inte skrivits av verkosto install-desktop eller "
              "har ändrats (--force tar bort en vanlig fil).",
        "en": "{path} was left in place: verkosto install-desktop did not write it, or it has "
              "been changed (--force removes a regular file).",
    },
    "cli.desktop_not_supported": {
        "fi": "install-desktop lisää Verkoston Linux-työpöydän sovellusvalikkoon "
              "(freedesktop.org); tässä järjestelmässä ({platform}) sitä ei voi käyttää.",
        "sv": "install-desktop lägger till Verkosto i programmenyn på ett Linux-skrivbord "
              "(freedesktop.org); det kan inte användas i detta system ({platform}).",
        "en": "install-desktop adds Verkosto to a Linux desktop's applications menu "
              "(freedesktop.org); it cannot be used on this system ({platform}).",
    },
    "validation.desktop_path_unusable": {
        "fi": "polkua {path} ei voi kirjoittaa työpöytätiedostoon (ohjausmerkkejä tai muuta "
              "kuin UTF-8-tekstiä); asenna Verkosto kansioon, jonka nimessä niitä ei ole.",
        "sv": "sökvägen {path} kan inte skrivas i en skrivbordsfil (kontrolltecken eller "
              "annat än UTF-8-text); installera Verkosto i en mapp vars namn saknar sådana.",
        "en": "the path {path} cannot be written into a desktop entry (control characters or "
              "text that is not UTF-8); install Verkosto in a folder whose name has none.",
    },
}
