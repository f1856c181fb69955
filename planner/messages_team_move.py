"""Messages of moving a local store into the team store (`verkosto move-to-team`), in fi, sv
and en. Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


# The tables of a move in words (cli: what would be moved), by table name.
_TABLES = {
    "client": ("asiakkaat", "klienter", "clients"),
    "contact_person": ("yhteyshenkilöt", "kontaktpersoner", "contact persons"),
    "consent": ("suostumukset", "samtycken", "consents"),
    "consent_agency": ("suostumusten toimijat", "samtyckenas aktörer", "agencies of consents"),
    "client_plan": ("asiakassuunnitelmat", "klientplaner", "client plans"),
    "plan_version": ("suunnitelmien versiot", "planversioner", "plan versions"),
    "plan_goal": ("tavoitteet", "mål", "goals"),
    "plan_service": ("etuudet ja palvelut", "förmåner och tjänster", "benefits and services"),
    "meeting": ("tapaamiset", "möten", "meetings"),
    "agenda_item": ("asialistan kohdat", "föredragningslistans punkter", "agenda items"),
    "participant": ("osallistujat", "deltagare", "participants"),
    "meeting_note": ("muistiinpanot", "anteckningar", "meeting notes"),
    "agreed_action": ("sovitut toimenpiteet", "överenskomna åtgärder", "agreed actions"),
    "carried_action": ("käsitellyt aiemmat toimenpiteet", "behandlade tidigare åtgärder",
                       "carried actions"),
    "information_request": ("tietopyynnöt", "informationsbegäranden", "information requests"),
    "income_effect": ("tulovaikutukset", "inkomstverkningar", "income effects"),
    "agency": ("toimijat", "aktörer", "agencies"),
    "professional": ("ammattilaiset", "yrkespersoner", "professionals"),
    "meeting_type": ("tapaamistyypit", "mötestyper", "meeting types"),
}

TEAM_MOVE_MESSAGES: dict[str, dict[str, str]] = {
    **{f"team_move.table.{name}": _m(*words) for name, words in _TABLES.items()},
    "team_move.blocked": _m(
        "Paikallista tietovarastoa ei siirretty tiimin tietovarastoon: {details}. Mitään ei "
        "kirjoitettu kumpaankaan.",
        "Det lokala datalagret flyttades inte till teamets datalager: {details}. Ingenting "
        "skrevs i någotdera.",
        "The local store was not moved into the team store: {details}. Nothing was written "
        "to either."),
    "team_move.not_member": _m(
        "Käyttäjä {user} ei ole tiimin jäsen: tunnusta ei ole liitetty ammattilaiseen, joten "
        "asiakkaat eivät olisi kenenkään. Ylläpitäjä liittää sen komennolla verkosto "
        "team-setup --member {user} --professional ID. Mitään ei kirjoitettu.",
        "Användaren {user} är ingen teammedlem: inloggningen är inte kopplad till en "
        "yrkesperson, så klienterna vore ingens. Administratören kopplar den med verkosto "
        "team-setup --member {user} --professional ID. Ingenting skrevs.",
        "The login {user} is no team member: it is not mapped to a professional, so the "
        "clients would be nobody's. An administrator maps it with verkosto team-setup "
        "--member {user} --professional ID. Nothing was written."),
    "team_move.unverified": _m(
        "Tiedot kopioitiin tiimin tietovarastoon, mutta takaisin luettuina niissä on {count} "
        "eroa (yllä). Siirto EI ole varmistettu: älä poista paikallista tietovarastoa, vaan "
        "näytä erot tiimin ylläpitäjälle.",
        "Uppgifterna kopierades till teamets datalager, men tillbakalästa har de {count} "
        "skillnader (ovan). Flytten är INTE bekräftad: radera inte det lokala datalagret "
        "utan visa skillnaderna för teamets administratör.",
        "The data was copied into the team store, but read back it shows {count} differences "
        "(above). The move is NOT verified: do not delete the local store; show the "
        "differences to the team's administrator."),
    "team_move.not_read_back": _m(
        "Tiedot kopioitiin tiimin tietovarastoon, mutta palvelin {host} lakkasi vastaamasta "
        "ennen kuin kopio ehdittiin lukea takaisin ({detail}). Siirtoa EI ole varmistettu: "
        "kun palvelin vastaa, tarkista se komennolla verkosto move-to-team OSOITE "
        "--read-back. Älä poista paikallista tietovarastoa.",
        "Uppgifterna kopierades till teamets datalager, men servern {host} slutade svara "
        "innan kopian hann läsas tillbaka ({detail}). Flytten är INTE bekräftad: när servern "
        "svarar, kontrollera den med kommandot verkosto move-to-team ADRESS --read-back. "
        "Radera inte det lokala datalagret.",
        "The data was copied into the team store, but the server {host} stopped answering "
        "before the copy could be read back ({detail}). The move is NOT verified: when the "
        "server answers, check it with verkosto move-to-team ADDRESS --read-back. Do not "
        "delete the local store."),
    "detail.move_nothing_to_read_back": _m(
        "tällä koneella ei ole tarkistamatonta siirtoa tästä tietovarastosta (se on jo "
        "tarkistettu, tai sitä ei ole tehty täältä)",
        "denna dator har ingen okontrollerad flytt av detta datalager (den är redan "
        "kontrollerad eller gjordes inte härifrån)",
        "this machine has no unverified move of this store (it was verified already, or not "
        "made from here)"),
    "detail.move_not_in_team": _m(
        "tämän tietovaraston siirtoa ei ole tässä tiimin tietovarastossa (siirto tehtiin "
        "osoitteeseen {address})",
        "flytten av detta datalager finns inte i detta teams datalager (flytten gjordes till "
        "{address})",
        "this team store does not hold this store's move (the move was made to {address})"),
    "detail.move_local_changed": _m(
        "paikallista tietovarastoa on muutettu siirron jälkeen, joten ero ei enää kertoisi, "
        "kopioitiinko jokin väärin — vertaa tiimin tietovarastoa paikalliseen varmuuskopioon "
        "tai näytä asia tiimin ylläpitäjälle",
        "det lokala datalagret har ändrats efter flytten, så en skillnad skulle inte längre "
        "visa om något kopierades fel — jämför teamets datalager med en lokal "
        "säkerhetskopia eller visa saken för teamets administratör",
        "the local store has changed since the move, so a difference would no longer tell "
        "whether anything was copied wrongly — compare the team store with a local backup, "
        "or show it to the team's administrator"),
    "detail.move_nothing": _m(
        "tietovarastossa ei ole yhtään asiakasta", "datalagret har inga klienter",
        "the store holds no client"),
    "detail.move_already": _m(
        "tämä tietovarasto on jo siirretty tiimin tietovarastoon {when} (sen lokissa)",
        "detta datalager flyttades redan till teamets datalager {when} (enligt dess logg)",
        "this store was already moved into the team store on {when} (as its log says)"),
    "detail.move_hetu_taken": _m(
        "asiakkaan {name} henkilötunnus {hetu} on jo tiimin tietovarastossa (ehkä asiakkaalla, "
        "jota et näe) — selvitä asia esimerkiksi FHIR-luovutuksella",
        "klienten {name}s personbeteckning {hetu} finns redan i teamets datalager (kanske hos "
        "en klient du inte ser) — red ut det till exempel med en FHIR-överlämning",
        "the HETU {hetu} of the client {name} is in the team store already (perhaps a client "
        "you do not see) — sort it out, e.g. with the FHIR hand-over"),
    "detail.move_code_missing": _m(
        "tiimin koodistosta puuttuu {code}", "teamets kodlista saknar {code}",
        "the team's code list lacks {code}"),
    "detail.move_meetings_there": _m(
        "{count} tapaamista samoilla kutsujen tunnisteilla on jo tiimin tietovarastossa "
        "({titles})",
        "{count} möten med samma inbjudans UID finns redan i teamets datalager ({titles})",
        "{count} meetings with the same invite UIDs are in the team store already ({titles})"),
    "detail.move_server_refused": _m(
        "palvelin hylkäsi rivin ({detail})", "servern avvisade en rad ({detail})",
        "the server refused a row ({detail})"),
    "cli.move_store_usage": _m(
        "move-to-team siirtää tämän koneen tietovaraston osoitteen ADDRESS tiimin "
        "tietovarastoon: valitsinta --store ei anneta sen kanssa.",
        "move-to-team flyttar denna dators datalager till teamets datalager på ADDRESS: "
        "--store anges inte med det.",
        "move-to-team moves this machine's store into the team store at ADDRESS: --store is "
        "not given with it."),
    "cli.move_plan": _m(
        "Siirrettävänä tiimin tietovarastoon {address} käyttäjänä {user}:",
        "Att flytta till teamets datalager {address} som {user}:",
        "To move into the team store {address} as {user}:"),
    "cli.move_rows": _m("  {what}: {count}", "  {what}: {count}", "  {what}: {count}"),
    "cli.move_directory": _m(
        "  {what}: {matched} tiimillä jo, {added} lisätään",
        "  {what}: {matched} finns redan hos teamet, {added} läggs till",
        "  {what}: {matched} the team has already, {added} to add"),
    "cli.move_ready": _m(
        "Ei esteitä: siirto voidaan tehdä (komento ilman valitsinta --check).",
        "Inga hinder: flytten kan göras (kommandot utan --check).",
        "Nothing blocks it: the move can be made (the command without --check)."),
    "cli.move_moved": _m(
        "Siirretty ja tarkistettu: {clients} asiakasta tiimin tietovarastoon {address}. "
        "Paikallinen tietovarasto on ennallaan (siirto on kirjattu sen lokiin): ota siitä "
        "varmuuskopio ja vaihda sitten Asetukset → Tietovarasto tiimin tietovarastoon.",
        "Flyttat och kontrollerat: {clients} klienter till teamets datalager {address}. Det "
        "lokala datalagret är oförändrat (flytten är loggad i det): ta en säkerhetskopia "
        "av det och byt sedan Inställningar → Datalager till teamets datalager.",
        "Moved and verified: {clients} clients into the team store {address}. The local "
        "store is unchanged (the move is in its log): back it up, then point Settings → "
        "Store at the team store."),
    "cli.move_difference": _m("  {what} {key}: {column} eroaa", "  {what} {key}: {column} "
                              "skiljer sig", "  {what} {key}: {column} differs"),
    "cli.move_unreadable": _m(
        "  {what} {key}: riviä ei voi lukea takaisin", "  {what} {key}: raden kan inte läsas "
        "tillbaka", "  {what} {key}: the row cannot be read back"),
    "log.create.store_move": _m(
        "Siirretty paikallisesta tietovarastosta tiimin tietovarastoon",
        "Flyttad från ett lokalt datalager till teamets datalager",
        "Moved from a local store into the team store"),
    "log.export.store_move": _m(
        "Kopioitu tiimin tietovarastoon: {recipient}",
        "Kopierat till teamets datalager: {recipient}",
        "Copied into the team store: {recipient}"),
}
