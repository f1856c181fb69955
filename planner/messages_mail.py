"""Messages of sending e-mail by SMTP (planner/services/mail_settings.py, exports/mail/), in
fi, sv and en.

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

MAIL_MESSAGES: dict[str, dict[str, str]] = {
    # --- sending e-mail by SMTP (planner/services/mail_settings.py, exports/mail/) ----------
    "validation.smtp_host_invalid": {
        "fi": "Palvelimen nimi {value} ei kelpaa. Anna pelkkä nimi tai IP-osoite, esim. "
              "smtp.esimerkki.fi (ei smtp://-alkua, välilyöntejä eikä porttia).",
        "sv": "Servernamnet {value} duger inte. Ange bara namnet eller IP-adressen, t.ex. "
              "smtp.exempel.fi (utan smtp://, mellanslag eller port).",
        "en": "The server name {value} is not valid. Give only the name or IP address, e.g. "
              "smtp.example.fi (no smtp://, spaces or port).",
    },
    "validation.port_invalid": {
        "fi": "Portin on oltava luku 1–65535 (yleensä 587 STARTTLS:lle, 465 TLS:lle), ei {value}.",
        "sv": "Porten måste vara ett tal 1–65535 (oftast 587 för STARTTLS, 465 för TLS), inte "
              "{value}.",
        "en": "The port must be a number 1–65535 (usually 587 for STARTTLS, 465 for TLS), not "
              "{value}.",
    },
    "validation.ca_file_missing": {
        "fi": "Varmennetiedostoa {value} ei löydy tai sitä ei voi lukea.",
        "sv": "Certifikatfilen {value} finns inte eller kan inte läsas.",
        "en": "The certificate file {value} does not exist or cannot be read.",
    },
    "validation.ca_file_invalid": {
        "fi": "Tiedosto {value} ei ole CA-varmenne PEM-muodossa (-----BEGIN CERTIFICATE-----).",
        "sv": "Filen {value} är inte ett CA-certifikat i PEM-format (-----BEGIN CERTIFICATE-----).",
        "en": "The file {value} is not a CA certificate in PEM form (-----BEGIN CERTIFICATE-----).",
    },
    "validation.smtp_not_configured": {
        "fi": "Sähköpostipalvelinta (SMTP) ei ole asetettu. Anna palvelimen tiedot asetuksissa "
              "tai komennolla verkosto smtp --host.",
        "sv": "Ingen e-postserver (SMTP) har angetts. Ange serverns uppgifter i "
              "inställningarna eller med kommandot verkosto smtp --host.",
        "en": "No e-mail server (SMTP) is set. Give the server's details in Settings or with "
              "the command verkosto smtp --host.",
    },
    "validation.smtp_password_missing": {
        "fi": "Sähköpostipalvelimen salasana puuttuu. Anna se, tallenna se avainnippuun "
              "(asetukset tai verkosto smtp --save-password) tai aseta VERKOSTO_SMTP_PASSWORD.",
        "sv": "Lösenordet till e-postservern saknas. Ange det, spara det i nyckelringen "
              "(inställningarna eller verkosto smtp --save-password) eller sätt "
              "VERKOSTO_SMTP_PASSWORD.",
        "en": "The e-mail server's password is missing. Give it, save it in the keyring "
              "(Settings or verkosto smtp --save-password) or set VERKOSTO_SMTP_PASSWORD.",
    },
    "error.mail_failed": {
        "fi": "Sähköpostin lähetys palvelimen {host} kautta epäonnistui: {detail}.",
        "sv": "E-post kunde inte skickas via servern {host}: {detail}.",
        "en": "Sending e-mail through the server {host} failed: {detail}.",
    },
    "error.mail_unreachable": {
        "fi": "Sähköpostipalvelimeen {host} (portti {port}) ei saatu yhteyttä: {detail}. "
              "Tarkista palvelimen nimi ja portti sekä verkkoyhteys.",
        "sv": "Ingen anslutning till e-postservern {host} (port {port}): {detail}. "
              "Kontrollera servernamnet, porten och nätverksanslutningen.",
        "en": "Could not connect to the e-mail server {host} (port {port}): {detail}. "
              "Check the server name, the port and the network connection.",
    },
    "error.mail_timeout": {
        "fi": "Sähköpostipalvelin {host} (portti {port}) ei vastannut ajoissa. Tarkista portti "
              "ja suojaustapa (STARTTLS yleensä 587, TLS 465) ja yritä uudelleen.",
        "sv": "E-postservern {host} (port {port}) svarade inte i tid. Kontrollera porten och "
              "säkerhetsmetoden (STARTTLS oftast 587, TLS 465) och försök igen.",
        "en": "The e-mail server {host} (port {port}) did not answer in time. Check the port "
              "and the security (STARTTLS usually 587, TLS 465) and try again.",
    },
    "error.mail_disconnected": {
        "fi": "Yhteys sähköpostipalvelimeen {host} katkesi kesken lähetyksen. Lähetä uudelleen "
              "niille, jotka eivät saaneet viestiä.",
        "sv": "Anslutningen till e-postservern {host} bröts mitt i sändningen. Skicka på nytt "
              "till dem som inte fick meddelandet.",
        "en": "The connection to the e-mail server {host} broke off while sending. Send again "
              "to those who did not get the message.",
    },
    "error.mail_certificate": {
        "fi": "Sähköpostipalvelimen {host} varmennetta ei voitu todentaa ({detail}), joten "
              "yhteys katkaistiin eikä salasanaa eikä viestejä lähetetty. Tarkista palvelimen "
              "nimi; jos organisaatiollasi on oma varmenne, anna sen CA-tiedosto asetuksissa.",
        "sv": "E-postserverns {host} certifikat kunde inte verifieras ({detail}), så "
              "anslutningen avbröts och varken lösenord eller meddelanden skickades. Kontrollera "
              "servernamnet; om din organisation har ett eget certifikat, ange dess CA-fil i "
              "inställningarna.",
        "en": "The e-mail server {host}'s certificate could not be verified ({detail}), so the "
              "connection was closed and neither the password nor any message was sent. Check "
              "the server name; if your organisation has its own certificate, give its CA file "
              "in Settings.",
    },
    "error.mail_tls": {
        "fi": "Salattu yhteys sähköpostipalvelimeen {host} (portti {port}) epäonnistui: {detail}. "
              "Tarkista suojaustapa: portissa 465 käytetään TLS:ää, portissa 587 STARTTLS:ää.",
        "sv": "Den krypterade anslutningen till e-postservern {host} (port {port}) misslyckades: "
              "{detail}. Kontrollera säkerhetsmetoden: port 465 använder TLS, port 587 STARTTLS.",
        "en": "The encrypted connection to the e-mail server {host} (port {port}) failed: "
              "{detail}. Check the security: port 465 uses TLS, port 587 STARTTLS.",
    },
    "error.mail_no_starttls": {
        "fi": "Sähköpostipalvelin {host} (portti {port}) ei tarjoa salattua yhteyttä "
              "(STARTTLS). Salasanaa ja viestejä ei lähetetä salaamatta: valitse suojaustavaksi "
              "TLS (portti 465) tai kysy oikeat asetukset IT-tuelta.",
        "sv": "E-postservern {host} (port {port}) erbjuder ingen krypterad anslutning "
              "(STARTTLS). Lösenord och meddelanden skickas inte okrypterade: välj TLS (port 465) "
              "eller fråga IT-stödet efter rätt inställningar.",
        "en": "The e-mail server {host} (port {port}) offers no encrypted connection "
              "(STARTTLS). Passwords and messages are never sent unencrypted: choose TLS "
              "(port 465) or ask IT support for the right settings.",
    },
    "error.mail_auth": {
        "fi": "Kirjautuminen sähköpostipalvelimeen {host} käyttäjänä {user} epäonnistui "
              "({reply}). Tarkista käyttäjätunnus ja salasana. Viestejä ei lähetetty.",
        "sv": "Inloggningen på e-postservern {host} som {user} misslyckades ({reply}). "
              "Kontrollera användarnamnet och lösenordet. Inga meddelanden skickades.",
        "en": "Logging in to the e-mail server {host} as {user} failed ({reply}). Check the "
              "user name and the password. No message was sent.",
    },
    "error.mail_auth_unsupported": {
        "fi": "Sähköpostipalvelin {host} ei tarjoa kirjautumista. Jätä käyttäjätunnus tyhjäksi, "
              "jos palvelin ei vaadi sitä, tai tarkista palvelin ja portti.",
        "sv": "E-postservern {host} erbjuder ingen inloggning. Lämna användarnamnet tomt om "
              "servern inte kräver det, eller kontrollera servern och porten.",
        "en": "The e-mail server {host} offers no login. Leave the user name empty if the "
              "server needs none, or check the server and the port.",
    },
    "error.mail_rejected": {
        "fi": "Sähköpostipalvelin {host} ei hyväksynyt lähetystä ({reply}). Tarkista, että "
              "profiilisi sähköpostiosoite on sallittu lähettäjä tällä palvelimella.",
        "sv": "E-postservern {host} godtog inte sändningen ({reply}). Kontrollera att e-"
              "postadressen i din profil är en tillåten avsändare på denna server.",
        "en": "The e-mail server {host} did not accept the sending ({reply}). Check that your "
              "profile's e-mail address is an allowed sender on this server.",
    },
    "error.mail_needs_smtputf8": {
        "fi": "osoitteessa on muita kuin ASCII-merkkejä, eikä palvelin tue niitä (SMTPUTF8)",
        "sv": "adressen har andra tecken än ASCII och servern stöder dem inte (SMTPUTF8)",
        "en": "the address has characters outside ASCII and the server does not support "
              "them (SMTPUTF8)",
    },
    "error.mail_recipient_refused": {
        "fi": "Palvelin ei hyväksynyt vastaanottajaa {recipient} ({reply}). Tarkista osoite.",
        "sv": "Servern godtog inte mottagaren {recipient} ({reply}). Kontrollera adressen.",
        "en": "The server did not accept the recipient {recipient} ({reply}). Check the "
              "address.",
    },
    # detail.connection_refused and detail.host_not_found: shared with CalDAV, below
    "detail.cert_self_signed": {
        "fi": "itse allekirjoitettu varmenne", "sv": "ett självsignerat certifikat",
        "en": "a self-signed certificate",
    },
    "detail.cert_unknown_issuer": {
        "fi": "varmenteen myöntäjä ei ole luotettu", "sv": "certifikatets utfärdare är inte "
        "betrodd", "en": "the certificate's issuer is not trusted",
    },
    "detail.cert_expired": {
        "fi": "varmenne on vanhentunut", "sv": "certifikatet har gått ut",
        "en": "the certificate has expired",
    },
    "detail.cert_hostname": {
        "fi": "varmenne on toisen palvelimen nimellä", "sv": "certifikatet gäller en annan "
        "server", "en": "the certificate is for another server name",
    },
    "cli.mail_sent": {"fi": "Lähetetty: {recipient}", "sv": "Skickat: {recipient}",
                      "en": "Sent: {recipient}"},
    "cli.mail_not_sent": {"fi": "Ei lähetetty: {recipient}", "sv": "Inte skickat: {recipient}",
                          "en": "Not sent: {recipient}"},
    "cli.mail_meeting": {
        "fi": "Tapaaminen {meeting}:", "sv": "Möte {meeting}:", "en": "Meeting {meeting}:",
    },
    "cli.mail_summary": {
        "fi": "{sent}/{total} viestiä lähetetty.", "sv": "{sent}/{total} meddelanden skickade.",
        "en": "{sent}/{total} messages sent.",
    },
    "cli.mail_cancelled": {
        "fi": "Lähetys keskeytettiin.", "sv": "Sändningen avbröts.", "en": "Sending was stopped.",
    },
    "cli.out_or_send": {
        "fi": "Anna --out KANSIO, --send tai molemmat.",
        "sv": "Ange --out MAPP, --send eller båda.",
        "en": "Give --out DIR, --send or both.",
    },
    "cli.smtp_ok": {
        "fi": "Yhteys sähköpostipalvelimeen {host} (portti {port}) toimii.",
        "sv": "Anslutningen till e-postservern {host} (port {port}) fungerar.",
        "en": "The connection to the e-mail server {host} (port {port}) works.",
    },
    "cli.smtp_password_saved": {
        "fi": "Salasana tallennettiin avainnippuun.", "sv": "Lösenordet sparades i nyckelringen.",
        "en": "The password was saved in the keyring.",
    },
    "cli.smtp_password_prompt": {
        "fi": "Sähköpostipalvelimen salasana ({login}): ",
        "sv": "E-postserverns lösenord ({login}): ",
        "en": "E-mail server password ({login}): ",
    },
}
