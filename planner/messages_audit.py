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
}
