"""Messages of meeting types (fi, sv, en): a broken type or type file, named by the place of
each problem, and what `verkosto meeting-types` reports. ``CATALOG`` in planner/messages.py
includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


MEETING_TYPE_MESSAGES: dict[str, dict[str, str]] = {
    # --- the file as a whole ------------------------------------------------------------------
    "meeting_types.file_invalid": _m(
        "Tapaamistyyppitiedostoa {path} ei tuotu, koska siinä on virheitä: {details}. "
        "Mitään tiedostosta ei tallennettu.",
        "Filen med mötestyper {path} importerades inte eftersom den innehåller fel: "
        "{details}. Ingenting ur filen sparades.",
        "The meeting type file {path} was not imported because it has errors: {details}. "
        "Nothing from the file was saved."),
    "meeting_types.more_errors": _m("ja {count} muuta virhettä", "och {count} andra fel",
                                    "and {count} more errors"),
    "meeting_types.not_utf8": _m(
        "tiedosto ei ole UTF-8-tekstiä (onko se oikea tiedosto?)",
        "filen är inte UTF-8-text (är det rätt fil?)",
        "the file is not UTF-8 text (is it the right file?)"),
    "meeting_types.truncated": _m(
        "tiedosto loppuu kesken (rivi {line}, sarake {column}): se on katkennut tai "
        "keskeneräinen",
        "filen tar slut mitt i (rad {line}, kolumn {column}): den är avbruten eller "
        "ofullständig",
        "the file ends too early (line {line}, column {column}): it is cut off or unfinished"),
    "meeting_types.not_json": _m(
        "tiedosto ei ole JSON-muotoinen (virhe rivillä {line}, sarakkeessa {column})",
        "filen är inte i JSON-format (fel på rad {line}, kolumn {column})",
        "the file is not JSON (error at line {line}, column {column})"),
    "meeting_types.too_deep": _m(
        "tiedoston rakenteet ovat sisäkkäin liian syvällä luettaviksi",
        "filens strukturer är för djupt kapslade för att läsas",
        "the file's structures are nested too deeply to read"),
    "meeting_types.wrong_format": _m(
        "tiedosto ei ole Verkoston tapaamistyyppitiedosto (format-kentän pitää olla "
        "\"{expected}\")",
        "filen är inte en fil med mötestyper från Verkosto (fältet format ska vara "
        "\"{expected}\")",
        "the file is not a Verkosto meeting type file (its format field must be "
        "\"{expected}\")"),
    "meeting_types.schema_too_new": _m(
        "tiedosto on tehty uudemmalla Verkostolla (versio {version}; tämä lukee versiota "
        "{supported}): päivitä Verkosto",
        "filen är gjord med en nyare Verkosto (version {version}; denna läser version "
        "{supported}): uppdatera Verkosto",
        "the file was made by a newer Verkosto (version {version}; this one reads version "
        "{supported}): update Verkosto"),
    "meeting_types.bad_schema_version": _m(
        "schema_version puuttuu tai ei ole luku (tämä Verkosto lukee versiota {supported})",
        "schema_version saknas eller är inget tal (denna Verkosto läser version {supported})",
        "schema_version is missing or not a number (this Verkosto reads version {supported})"),
    # --- one field ------------------------------------------------------------------------------
    "meeting_types.unknown_field": _m("tuntematon kenttä", "okänt fält", "unknown field"),
    "meeting_types.field_missing": _m("kenttä puuttuu", "fältet saknas", "the field is missing"),
    "meeting_types.not_a_list": _m("pitää olla luettelo [ … ]", "ska vara en lista [ … ]",
                                   "must be a list [ … ]"),
    "meeting_types.not_an_object": _m("pitää olla objekti { … }", "ska vara ett objekt { … }",
                                      "must be an object { … }"),
    "meeting_types.not_text": _m("pitää olla tekstiä", "ska vara text", "must be text"),
    "meeting_types.not_true_or_false": _m("pitää olla true tai false",
                                          "ska vara true eller false",
                                          "must be true or false"),
    "meeting_types.too_many": _m("liian monta (enintään {maximum})", "för många (högst {maximum})",
                                 "too many (at most {maximum})"),
    "meeting_types.bad_code": _m(
        "tunnus \"{value}\" ei kelpaa: 2–40 merkkiä, pieniä kirjaimia a–z, numeroita ja "
        "alaviivoja, alkaa kirjaimella",
        "koden \"{value}\" duger inte: 2–40 tecken, små bokstäver a–z, siffror och "
        "understreck, börjar med en bokstav",
        "the code \"{value}\" is not valid: 2–40 characters, lower-case a–z, digits and "
        "underscores, starting with a letter"),
    "meeting_types.name_missing": _m(
        "nimi puuttuu: anna se ainakin yhdellä kielellä (fi, sv tai en)",
        "namnet saknas: ange det på minst ett språk (fi, sv eller en)",
        "the name is missing: give it in at least one language (fi, sv or en)"),
    "meeting_types.purpose_missing": _m(
        "käyttötarkoitus puuttuu: anna se ainakin yhdellä kielellä (fi, sv tai en), kun "
        "tapaaminen tarvitsee suostumuksen",
        "ändamålet saknas: ange det på minst ett språk (fi, sv eller en) när mötet kräver "
        "samtycke",
        "the purpose is missing: give it in at least one language (fi, sv or en) when the "
        "meeting needs consent"),
    "meeting_types.bad_duration": _m(
        "kesto \"{value}\" ei kelpaa: kokonaisluku minuutteina {minimum}–{maximum}",
        "längden \"{value}\" duger inte: ett heltal minuter {minimum}–{maximum}",
        "the duration \"{value}\" is not valid: whole minutes, {minimum}–{maximum}"),
    "meeting_types.unknown_mode": _m(
        "tuntematon tapaamisen muoto \"{value}\" (in_person, remote tai hybrid)",
        "okänd mötesform \"{value}\" (in_person, remote eller hybrid)",
        "unknown meeting mode \"{value}\" (in_person, remote or hybrid)"),
    "meeting_types.unknown_role": _m(
        "tuntematon osallistujan rooli \"{value}\"", "okänd deltagarroll \"{value}\"",
        "unknown participant role \"{value}\""),
    "meeting_types.unknown_agency_kind": _m(
        "tuntematon toimijan laji \"{value}\"", "okänd typ av aktör \"{value}\"",
        "unknown agency kind \"{value}\""),
    "meeting_types.slot_matches_anyone": _m(
        "anna ainakin yksi rooli tai toimijan laji (muuten kuka tahansa sopisi)",
        "ange minst en roll eller typ av aktör (annars skulle vem som helst passa)",
        "give at least one role or agency kind (otherwise anyone would fit)"),
    "meeting_types.bad_rule": _m(
        "jatkon ajankohta \"{value}\" ei kelpaa: \"+60d\" (päiviä tapaamisesta, 1–999) tai "
        "sairauspäivärahan tarkistuskohta ({points})",
        "tidpunkten för uppföljningen \"{value}\" duger inte: \"+60d\" (dagar efter mötet, "
        "1–999) eller en kontrollpunkt för sjukdagpenningen ({points})",
        "the follow-up's date rule \"{value}\" is not valid: \"+60d\" (days after the "
        "meeting, 1–999) or a sickness-allowance point ({points})"),
    "meeting_types.duplicate_code": _m(
        "tunnus \"{value}\" on jo käytössä aiemmin samassa tiedostossa tai tyypissä",
        "koden \"{value}\" används redan tidigare i samma fil eller typ",
        "the code \"{value}\" is already used earlier in the same file or type"),
    "meeting_types.built_in_read_only": _m(
        "\"{value}\" on sisäänrakennettu tapaamistyyppi, jota ei voi muuttaa eikä poistaa: "
        "kopioi se uudelle tunnukselle",
        "\"{value}\" är en inbyggd mötestyp som inte kan ändras eller tas bort: kopiera den "
        "till en ny kod",
        "\"{value}\" is a built-in meeting type, which cannot be changed or deleted: copy it "
        "to a new code"),
    "meeting_types.code_taken": _m(
        "sinulla on jo tapaamistyyppi tunnuksella \"{value}\": valitse kopiolle toinen tunnus",
        "du har redan en mötestyp med koden \"{value}\": välj en annan kod för kopian",
        "you already have a meeting type with the code \"{value}\": choose another code for "
        "the copy"),
    "meeting_types.code_in_use": _m(
        "sinulla on jo tapaamistyyppi tunnuksella \"{value}\": valitse toinen tunnus",
        "du har redan en mötestyp med koden \"{value}\": välj en annan kod",
        "you already have a meeting type with the code \"{value}\": choose another code"),
    "meeting_types.copy_name": _m("{name} (kopio)", "{name} (kopia)", "{name} (copy)"),
    "meeting_types.unknown_type": _m(
        "jatkoksi ehdotettua tapaamistyyppiä \"{value}\" ei ole",
        "mötestypen \"{value}\" som föreslås som uppföljning finns inte",
        "the meeting type \"{value}\" proposed as the follow-up does not exist"),
    "meeting_types.still_followed_by": _m(
        "tapaamistyyppiä \"{value}\" ei poistettu: tyypit {others} ehdottavat sitä jatkoksi",
        "mötestypen \"{value}\" togs inte bort: typerna {others} föreslår den som uppföljning",
        "the meeting type \"{value}\" was not deleted: the types {others} propose it as "
        "their follow-up"),
    "entity.MeetingType": _m("Tapaamistyyppiä", "Mötestyp", "Meeting type"),
    # --- `verkosto meeting-types` ------------------------------------------------------------
    "cli.meeting_types_exported": _m(
        "Omat tapaamistyypit ({count}) tallennettu: {path}",
        "Egna mötestyper ({count}) sparade: {path}",
        "Your own meeting types ({count}) saved: {path}"),
    "cli.meeting_types_imported": _m(
        "Tuotu tiedostosta {path}: {added} uutta, {replaced} korvattu.",
        "Importerat från {path}: {added} nya, {replaced} ersatta.",
        "Imported from {path}: {added} new, {replaced} replaced."),
    "validation.force_needs_export": _m(
        "--force koskee vain valitsinta --export", "--force gäller bara --export",
        "--force only goes with --export"),
    "cli.meeting_types_built_in": _m("sisäänrakennettu", "inbyggd", "built in"),
    "cli.meeting_types_own": _m("oma", "egen", "own"),
    "cli.col.code": _m("Tunnus", "Kod", "Code"),
    "cli.col.minutes": _m("Min", "Min", "Min"),
    "cli.col.follow_up": _m("Jatko", "Uppföljning", "Follow-up"),
    "cli.col.kind": _m("Laji", "Typ", "Kind"),
    # --- the audit log in words ----------------------------------------------------------------
    "log.create.meeting_type": _m("Lisätty tapaamistyyppi", "Mötestyp tillagd",
                                  "Added a meeting type"),
    "log.update.meeting_type": _m("Muutettu tapaamistyyppiä", "Mötestypen ändrad",
                                  "Changed a meeting type"),
    "log.delete.meeting_type": _m("Poistettu tapaamistyyppi", "Mötestyp borttagen",
                                  "Deleted a meeting type"),
}
