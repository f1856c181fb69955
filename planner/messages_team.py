"""Messages of the team store on a PostgreSQL server, in fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

TEAM_MESSAGES: dict[str, dict[str, str]] = {
    "team.address_invalid": {
        "fi": "Tiimin tietovaraston osoite ei kelpaa ({detail}). Anna osoite muodossa "
              "postgresql://käyttäjä@palvelin/tietokanta.",
        "sv": "Adressen till teamets datalager duger inte ({detail}). Ange adressen som "
              "postgresql://användare@server/databas.",
        "en": "The team store's address is not usable ({detail}). Give it as "
              "postgresql://user@server/database.",
    },
    "team.tls_required": {
        "fi": "Palvelimeen {host} yhdistetään vain salattuna ja varmenne tarkistaen "
              "(sslmode=verify-full). Osoitteessa on sslmode={mode}; yhteyttä ei avattu.",
        "sv": "Till servern {host} ansluter Verkosto bara krypterat och med kontrollerat "
              "certifikat (sslmode=verify-full). Adressen har sslmode={mode}; ingen "
              "anslutning öppnades.",
        "en": "Verkosto connects to the server {host} only encrypted and with its certificate "
              "verified (sslmode=verify-full). The address has sslmode={mode}; no connection "
              "was opened.",
    },
    "team.login_failed": {
        "fi": "Kirjautuminen tiimin tietovarastoon käyttäjänä {user} epäonnistui: salasana "
              "tai varmenne ei kelpaa.",
        "sv": "Inloggningen i teamets datalager som {user} misslyckades: lösenordet eller "
              "certifikatet duger inte.",
        "en": "Logging in to the team store as {user} failed: the password or certificate "
              "was not accepted.",
    },
    "team.unreachable": {
        "fi": "Tiimin tietovaraston palvelin {host} ei vastaa ({detail}). Mitään ei "
              "muutettu; keskeneräinen työ säilyy, ja yhteys yritetään uudelleen.",
        "sv": "Servern {host} för teamets datalager svarar inte ({detail}). Ingenting "
              "ändrades; pågående arbete bevaras och anslutningen försöks igen.",
        "en": "The team store's server {host} does not answer ({detail}). Nothing was "
              "changed; work in progress is kept and the connection is tried again.",
    },
    "team.not_set_up": {
        "fi": "Tietokannassa {database} ei ole Verkoston tiimin tietovarastoa, jota tämä "
              "käyttäjä saisi käyttää. Ylläpitäjä luo sen komennolla verkosto team-setup.",
        "sv": "Databasen {database} innehåller inget datalager för Verkosto som denna "
              "användare får använda. Administratören skapar det med verkosto team-setup.",
        "en": "The database {database} holds no Verkosto team store this login may use. An "
              "administrator creates it with verkosto team-setup.",
    },
    "team.local_only": {
        "fi": "Tämä koskee vain omaa, paikallista tietovarastoa. Tiimin tietovaraston "
              "palvelimen varmuuskopioi sen ylläpitäjä PostgreSQL:n omilla työkaluilla, eikä "
              "sillä ole tietovaraston avainta.",
        "sv": "Detta gäller bara ditt eget, lokala datalager. Servern för teamets datalager "
              "säkerhetskopieras av dess administratör med PostgreSQL:s egna verktyg, och den "
              "har ingen nyckel för datalagret.",
        "en": "This applies to your own, local store only. The team store's server is backed "
              "up by its administrator with PostgreSQL's own tools, and it has no store key.",
    },
    "detail.team_scheme": {
        "fi": "osoitteen pitää alkaa postgresql://", "sv": "adressen ska börja med "
        "postgresql://", "en": "the address must begin with postgresql://",
    },
    "detail.team_database": {
        "fi": "tietokannan nimi puuttuu", "sv": "databasens namn saknas",
        "en": "the database name is missing",
    },
    "detail.team_user": {
        "fi": "käyttäjätunnus puuttuu", "sv": "användarnamnet saknas",
        "en": "the user name is missing",
    },
    "detail.team_malformed": {
        "fi": "osoitetta ei voi lukea", "sv": "adressen kan inte läsas",
        "en": "the address cannot be read",
    },
}
