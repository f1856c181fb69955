"""Messages of the client's own copy and the plan PDF (`verkosto client-copy`, `verkosto
plan-pdf`, their buttons) and their audit sentences, in fi, sv and en; ``CATALOG`` in
planner/messages.py includes these."""

from __future__ import annotations


def _m(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


CLIENT_COPY_MESSAGES: dict[str, dict[str, str]] = {
    "client_copy.plain_finnish_only": _m(
        "Selkokielinen kooste tehdään suomeksi: valitse kieleksi suomi (nyt {language}).",
        "Sammanfattningen på lättläst språk görs på finska (selkokieli): välj finska som "
        "språk (nu {language}).",
        "The plain-language copy is in easy Finnish (selkokieli): choose Finnish as its "
        "language (now {language})."),
    "cli.client_copy_signed": _m(
        "Asiakkaan oma kooste tallennettu ja allekirjoitettu: {path} ({language}). Se on "
        "kirjattu lokiin asiakkaalle luovutetuksi.",
        "Klientens egen sammanfattning sparad och signerad: {path} ({language}). Den har "
        "loggats som utlämnad till klienten.",
        "The client's own copy saved and signed: {path} ({language}). It has been logged as "
        "given to the client."),
    "cli.client_copy_unsigned": _m(
        "Asiakkaan oma kooste tallennettu (ei allekirjoitettu): {path} ({language}). Se on "
        "kirjattu lokiin asiakkaalle luovutetuksi.",
        "Klientens egen sammanfattning sparad (inte signerad): {path} ({language}). Den har "
        "loggats som utlämnad till klienten.",
        "The client's own copy saved (not signed): {path} ({language}). It has been logged as "
        "given to the client."),
    "cli.plan_pdf_written": _m(
        "Asiakassuunnitelma {plan} (versio {version}) tallennettu: {path}",
        "Klientplan {plan} (version {version}) sparad: {path}",
        "Client plan {plan} (version {version}) saved: {path}"),
    "log.disclose.client_copy": _m("Annettu asiakkaalle oma kooste tapaamisesta (PDF)",
                                   "Klientens egen sammanfattning av mötet given till "
                                   "klienten (PDF)",
                                   "Gave the client their own copy of the meeting (PDF)"),
    "log.export.client_plan": _m("Viety asiakassuunnitelma (PDF)",
                                 "Klientplanen exporterad (PDF)",
                                 "Exported the client plan (PDF)"),
}
