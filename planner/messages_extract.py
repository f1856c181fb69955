"""Messages of the client's log extract (`verkosto audit-extract`, the Log tab's "Print
extract…") in fi, sv and en; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

EXTRACT_MESSAGES: dict[str, dict[str, str]] = {
    "cli.extract_written": {
        "fi": "Lokiote tallennettu: {path} ({count} merkintää). Ote on kirjattu lokiin "
              "asiakkaalle luovutetuksi.",
        "sv": "Loggutdraget sparat: {path} ({count} poster). Utdraget har loggats som utlämnat "
              "till klienten.",
        "en": "Log extract saved: {path} ({count} entries). It has been logged as given to the "
              "client.",
    },
    "validation.date_unreadable": {
        "fi": "Päivämäärää \"{value}\" ei voi lukea. Kirjoita se muodossa 1.11.2026 tai "
              "2026-11-01.",
        "sv": "Datumet \"{value}\" kan inte läsas. Skriv det som 1.11.2026 eller 2026-11-01.",
        "en": "The date \"{value}\" cannot be read. Write it as 1.11.2026 or 2026-11-01.",
    },
    "validation.period_reversed": {
        "fi": "Alkupäivä {since} on loppupäivän {until} jälkeen.",
        "sv": "Startdatumet {since} är efter slutdatumet {until}.",
        "en": "The start date {since} is after the end date {until}.",
    },
}
