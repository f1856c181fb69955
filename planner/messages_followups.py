"""Messages of the meeting's type and the sickness-allowance start date (issue 14) in fi, sv
and en; ``CATALOG`` in planner/messages.py includes these."""

from __future__ import annotations

FOLLOWUP_MESSAGES: dict[str, dict[str, str]] = {
    "validation.sickness_start_too_late": {
        "fi": "Sairauspäivärahan alkamispäivä voi olla enintään {days} päivän päässä "
              "(viimeistään {latest}). Tarkista päivämäärä.",
        "sv": "Sjukdagpenningens första dag kan vara högst {days} dagar framåt "
              "(senast {latest}). Kontrollera datumet.",
        "en": "The sickness allowance's first day can be at most {days} days ahead "
              "(by {latest}). Check the date.",
    },
    "validation.sickness_start_too_early": {
        "fi": "Sairauspäivärahan alkamispäivä on yli {years} vuotta sitten (ennen {earliest}): "
              "kausi on jo päättynyt. Tarkista päivämäärä.",
        "sv": "Sjukdagpenningens första dag ligger över {years} år tillbaka (före {earliest}): "
              "perioden har redan tagit slut. Kontrollera datumet.",
        "en": "The sickness allowance's first day is over {years} years ago (before "
              "{earliest}): that period has ended. Check the date.",
    },
    "validation.unknown_meeting_type": {
        "fi": "Tapaamistyyppiä ”{value}” ei ole.",
        "sv": "Mötestypen ”{value}” finns inte.",
        "en": "There is no meeting type “{value}”.",
    },
    # a meeting's type whose user type was deleted later: the code, said as it is
    "label.meeting_type_removed": {
        "fi": "{code} (poistettu tyyppi)",
        "sv": "{code} (borttagen typ)",
        "en": "{code} (deleted type)",
    },
    # the home view's follow-up point that no meeting plans yet
    "label.followup_unplanned": {
        "fi": "ei vielä suunniteltu",
        "sv": "inte planerat ännu",
        "en": "not planned yet",
    },
}
