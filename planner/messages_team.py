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
    "team.setup_refused": {
        "fi": "Tiimin tietovarastoa ei voitu pystyttää käyttäjänä {user}: {detail}. "
              "Komento ajetaan tietokannan omistajana, jolla on oikeus luoda rooleja "
              "(CREATEROLE).",
        "sv": "Teamets datalager kunde inte sättas upp som {user}: {detail}. Kommandot körs "
              "som databasens ägare med rätt att skapa roller (CREATEROLE).",
        "en": "The team store could not be set up as {user}: {detail}. Run the command as "
              "the database's owner with the right to create roles (CREATEROLE).",
    },
    "team.login_unknown": {
        "fi": "Palvelimella ei ole kirjautumistunnusta {login}. Luo se ensin (CREATE ROLE "
              "{login} LOGIN) ja liitä se sitten ammattilaiseen.",
        "sv": "Servern har ingen inloggning {login}. Skapa den först (CREATE ROLE {login} "
              "LOGIN) och koppla den sedan till en yrkesperson.",
        "en": "The server has no login {login}. Create it first (CREATE ROLE {login} LOGIN), "
              "then map it to a professional.",
    },
    "team.professional_unknown": {
        "fi": "Hakemistossa ei ole ammattilaista, jonka tunniste on {professional} "
              "(tunnisteet: SELECT id, name FROM professional).",
        "sv": "Katalogen har ingen yrkesperson med id {professional} (id:na: SELECT id, "
              "name FROM professional).",
        "en": "The directory has no professional with id {professional} (the ids: SELECT "
              "id, name FROM professional).",
    },
    "cli.team_set_up": {
        "fi": "Tiimin tietovarasto {address} on valmis: rakenne versiossa {revision}, roolit, "
              "oikeudet ja rivitason suojaus paikallaan ({tables} taulua suojattu).",
        "sv": "Teamets datalager {address} är klart: strukturen i version {revision}, roller, "
              "rättigheter och radnivåskydd på plats ({tables} tabeller skyddade).",
        "en": "The team store {address} is ready: schema at revision {revision}, roles, "
              "privileges and row-level security in place ({tables} tables "
              "protected).",
    },
    "cli.team_member_mapped": {
        "fi": "Kirjautumistunnus {login} on nyt tiimin jäsen {name} ({agency}) ja näkee "
              "asiakkaat, joihin tällä on peruste.",
        "sv": "Inloggningen {login} är nu teammedlemmen {name} ({agency}) och ser de klienter "
              "som hen har grund för.",
        "en": "The login {login} is now the team member {name} ({agency}) and sees the "
              "clients they have grounds to see.",
    },
    "cli.team_password": {
        "fi": "Tietokannan omistajan salasana: ", "sv": "Databasägarens lösenord: ",
        "en": "The database owner's password: ",
    },
    "cli.team_member_pair": {
        "fi": "--member ja --professional annetaan yhdessä: kirjautumistunnus ja ammattilainen, "
              "joka se on.",
        "sv": "--member och --professional anges tillsammans: inloggningen och yrkespersonen "
              "den är.",
        "en": "--member and --professional go together: the login and the professional it is.",
    },
    "team.not_permitted": {
        "fi": "Tiimin tietovarasto ei salli tätä käyttäjälle {user}: {detail}. Mitään ei "
              "muutettu. Asiakkaan tiedot näkyvät ja muuttuvat vain, kun sinulla on "
              "siihen peruste (vastuuhenkilö, nimetty yhteyshenkilö, tapaamisen osallistuja "
              "tai voimassa oleva suostumus).",
        "sv": "Teamets datalager tillåter inte detta för {user}: {detail}. Ingenting "
              "ändrades. En klients uppgifter syns och ändras bara när du har grund för det "
              "(ansvarsperson, namngiven kontaktperson, deltagare i ett möte eller ett "
              "gällande samtycke).",
        "en": "The team store does not allow this to {user}: {detail}. Nothing was changed. "
              "A client's data is shown and changed only when you have grounds for it (case "
              "lead, named contact, a meeting's participant or a valid consent).",
    },
    "cli.team_member_removed": {
        "fi": "Kirjautumistunnus {login} ei ole enää tiimin jäsen eikä näe asiakkaita.",
        "sv": "Inloggningen {login} är inte längre teammedlem och ser inga klienter.",
        "en": "The login {login} is no longer a team member and sees no clients.",
    },
    "cli.team_member_none": {
        "fi": "Kirjautumistunnus {login} ei ollut tiimin jäsen; mitään ei muutettu.",
        "sv": "Inloggningen {login} var ingen teammedlem; ingenting ändrades.",
        "en": "The login {login} was no team member; nothing was changed.",
    },
    "team.database_missing": {
        "fi": "Palvelimella ei ole tietokantaa {database}. Luo se ensin tyhjänä sen "
              "omistajalle (createdb -O omistaja {database}) ja aja sitten team-setup.",
        "sv": "Servern har ingen databas {database}. Skapa den först tom åt dess ägare "
              "(createdb -O ägare {database}) och kör sedan team-setup.",
        "en": "The server has no database {database}. Create it first, empty, for its owner "
              "(createdb -O owner {database}), then run team-setup.",
    },
}
