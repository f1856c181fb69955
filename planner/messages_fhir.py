"""Messages of the FHIR R4 export and its import (issue 16) in fi, sv and en; ``CATALOG`` in
planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


FHIR_MESSAGES: dict[str, dict[str, str]] = {
    # --- the export ----------------------------------------------------------------------
    "cli.fhir_written": _m(
        "FHIR-paketti tallennettu: {path} ({count} resurssia, ilman henkilötunnusta). "
        "Vienti on kirjattu lokiin.",
        "FHIR-paketet sparat: {path} ({count} resurser, utan personbeteckning). "
        "Exporten har loggats.",
        "FHIR bundle written: {path} ({count} resources, without the HETU). "
        "The export has been logged."),
    "cli.fhir_written_hetu": _m(
        "FHIR-paketti tallennettu: {path} ({count} resurssia, henkilötunnus mukana). "
        "Vienti on kirjattu lokiin.",
        "FHIR-paketet sparat: {path} ({count} resurser, med personbeteckning). "
        "Exporten har loggats.",
        "FHIR bundle written: {path} ({count} resources, with the HETU). "
        "The export has been logged."),
    "cli.fhir_usage": _m(
        "Anna asiakkaan tunniste ja --out TIEDOSTO viedäksesi, tai --import TIEDOSTO "
        "tuodaksesi.",
        "Ange klientens id och --out FIL för att exportera, eller --import FIL för att "
        "importera.",
        "Give the client's id and --out FILE to export, or --import FILE to import."),
    # --- the import ----------------------------------------------------------------------
    "cli.fhir_imported": _m(
        "FHIR-paketti tuotu asiakkaalle {client} (tunniste {ident}): lisätty {added}, "
        "päivitetty {updated}, ennallaan {unchanged}. Tuonti on kirjattu lokiin.",
        "FHIR-paketet importerat till klienten {client} (id {ident}): {added} tillagda, "
        "{updated} uppdaterade, {unchanged} oförändrade. Importen har loggats.",
        "FHIR bundle imported for {client} (id {ident}): {added} added, {updated} updated, "
        "{unchanged} unchanged. The import has been logged."),
    "cli.fhir_client_created": _m(
        "Asiakas oli uusi tässä tietokannassa, ja hänet lisättiin.",
        "Klienten var ny i denna databas och lades till.",
        "The client was new to this store and has been added."),
    "cli.fhir_skipped": _m(
        "Ohitettu ({what}) ”{name}”: {reason}",
        "Överhoppad ({what}) ”{name}”: {reason}",
        "Skipped ({what}) “{name}”: {reason}"),
    "cli.fhir_requests_left_out": _m(
        "Tietopyyntöjä jäi tuomatta {count}: ne kuuluvat pyytäneelle ja vastaanottaneelle "
        "toimijalle, eivät tapauksen uudelle hoitajalle.",
        "{count} informationsbegäranden importerades inte: de hör till den begärande och den "
        "mottagande aktören, inte till den som tar över ärendet.",
        "{count} information requests were not imported: they belong to the requesting and "
        "the receiving agency, not to whoever takes the case over."),
    "fhir.skip_newer_here": _m(
        "tässä tietokannassa on uudempi muutos, joten sitä ei korvattu.",
        "denna databas har en nyare ändring, så den ersattes inte.",
        "this store has a newer change, so it was not replaced."),
    "fhir.skip_changed_here": _m(
        "sitä on muutettu tässä tietokannassa eri tavalla; tarkista ja korjaa käsin.",
        "den har ändrats annorlunda i denna databas; kontrollera och rätta för hand.",
        "it was changed differently in this store; check it and correct it by hand."),
    "fhir.skip_plan_newer_here": _m(
        "tässä tietokannassa on suunnitelmasta uudempi versio.",
        "denna databas har en nyare version av planen.",
        "this store has a newer version of the plan."),
    "fhir.skip_contact_here": _m(
        "asiakkaalla on tässä toimijassa jo toinen yhteyshenkilö.",
        "klienten har redan en annan kontaktperson hos denna aktör.",
        "the client already has another contact person at this agency."),
    "fhir.skip_unknown_code": _m(
        "etuutta tai palvelua ei ole tämän tietokannan koodistossa.",
        "förmånen eller tjänsten finns inte i denna databas kodlista.",
        "the benefit or service is not in this store's code list."),
    "fhir.what.client": _m("asiakas", "klient", "client"),
    "fhir.what.contact": _m("yhteyshenkilö", "kontaktperson", "contact person"),
    "fhir.what.plan": _m("suunnitelma", "plan", "plan"),
    "fhir.what.service": _m("etuus tai palvelu", "förmån eller tjänst", "benefit or service"),
    "fhir.what.meeting": _m("tapaaminen", "möte", "meeting"),
    "fhir.what.action": _m("toimenpide", "åtgärd", "action"),
    "fhir.what.consent": _m("suostumus", "samtycke", "consent"),
    # --- refusals: nothing was changed -----------------------------------------------------
    "fhir.refused": _m(
        "FHIR-tiedostoa ei tuotu: {reason} Mitään ei muutettu.",
        "FHIR-filen importerades inte: {reason} Ingenting ändrades.",
        "The FHIR file was not imported: {reason} Nothing was changed."),
    "detail.fhir_not_json": _m(
        "tiedosto ei ole JSON-muotoinen (UTF-8).",
        "filen är inte JSON (UTF-8).",
        "the file is not JSON (UTF-8)."),
    "detail.fhir_too_deep": _m(
        "tiedosto on sisäkkäinen yli {limit} tasoa, eikä Verkosto kirjoita sellaista.",
        "filen är kapslad djupare än {limit} nivåer, vilket Verkosto aldrig skriver.",
        "the file is nested deeper than {limit} levels, which Verkosto never writes."),
    "detail.fhir_not_bundle": _m(
        "tiedosto ei ole FHIR Bundle -paketti.",
        "filen är inte ett FHIR Bundle-paket.",
        "the file is not a FHIR Bundle."),
    "detail.fhir_not_ours": _m(
        "paketti ei ole Verkoston viemä (siitä puuttuu Verkoston merkintä). Vain Verkoston "
        "omia vientejä voi tuoda.",
        "paketet är inte exporterat av Verkosto (Verkostos märkning saknas). Endast Verkostos "
        "egna exporter kan importeras.",
        "the bundle was not exported by Verkosto (it lacks Verkosto's tag). Only Verkosto's "
        "own exports can be imported."),
    "detail.fhir_wrong_type": _m(
        "kohdassa {where} on resurssi ”{type}”, jota Verkosto ei vie.",
        "vid {where} finns resursen ”{type}”, som Verkosto inte exporterar.",
        "{where} holds a “{type}” resource, which Verkosto does not export."),
    "detail.fhir_bad_value": _m(
        "kohdan {where} arvo puuttuu tai on väärää muotoa.",
        "värdet vid {where} saknas eller har fel form.",
        "the value at {where} is missing or of the wrong form."),
    "detail.fhir_outside_reference": _m(
        "kohdan {where} viittaus {reference} osoittaa paketin ulkopuolelle.",
        "hänvisningen {reference} vid {where} pekar utanför paketet.",
        "the reference {reference} at {where} points outside the bundle."),
    "detail.fhir_no_patient": _m(
        "paketissa on oltava täsmälleen yksi asiakas (Patient).",
        "paketet måste innehålla exakt en klient (Patient).",
        "the bundle must hold exactly one client (Patient)."),
    "detail.fhir_too_many": _m(
        "paketissa on yli {limit} resurssia.",
        "paketet har fler än {limit} resurser.",
        "the bundle holds more than {limit} resources."),
    "detail.fhir_meeting_elsewhere": _m(
        "tapaaminen {uid} on tässä tietokannassa toisen asiakkaan.",
        "mötet {uid} hör i denna databas till en annan klient.",
        "meeting {uid} belongs to another client in this store."),
    "fhir.client_ambiguous": _m(
        "FHIR-tiedostoa ei tuotu: {reason} Mitään ei muutettu.",
        "FHIR-filen importerades inte: {reason} Ingenting ändrades.",
        "The FHIR file was not imported: {reason} Nothing was changed."),
    "detail.fhir_choose_client": _m(
        "henkilötunnus ei löytynyt, mutta asiakas voi olla joku näistä: {candidates}. "
        "Valitse oikea: --client TUNNISTE.",
        "personbeteckningen hittades inte, men klienten kan vara någon av dessa: "
        "{candidates}. Välj rätt: --client ID.",
        "the HETU was not found, but the client may be one of these: {candidates}. "
        "Choose the right one: --client ID."),
    "detail.fhir_hetu_differs": _m(
        "asiakkaalla {ident} on eri henkilötunnus kuin paketissa.",
        "klienten {ident} har en annan personbeteckning än paketet.",
        "client {ident} has another HETU than the bundle."),
    # --- the audit log in words ------------------------------------------------------------
    "log.export.fhir_bundle": _m("Viety FHIR-paketiksi", "Exporterat som FHIR-paket",
                                 "Exported as a FHIR bundle"),
    "log.create.fhir_import": _m("Tuotu FHIR-paketista (uusi asiakas)",
                                 "Importerat från FHIR-paket (ny klient)",
                                 "Imported from a FHIR bundle (a new client)"),
    "log.update.fhir_import": _m("Tuotu FHIR-paketista", "Importerat från FHIR-paket",
                                 "Imported from a FHIR bundle"),
}
