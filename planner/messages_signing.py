"""Messages of signed PDFs: the signer's certificate, signing, verifying (fi, sv, en).

Kept apart from planner/messages.py only for size; ``CATALOG`` there includes these.
"""

from __future__ import annotations

SIGNING_MESSAGES: dict[str, dict[str, str]] = {
    # --- the signer's certificate (planner/services/signing_identity.py) ---------------------
    "validation.pkcs12_unreadable": {
        "fi": "Tiedosto ei ole PKCS#12-varmennetiedosto (.p12 tai .pfx).",
        "sv": "Filen är inte en PKCS#12-certifikatfil (.p12 eller .pfx).",
        "en": "The file is not a PKCS#12 certificate file (.p12 or .pfx).",
    },
    "validation.pkcs12_passphrase_wrong": {
        "fi": "Tunnuslause on väärä, tai varmennetiedosto on vioittunut.",
        "sv": "Lösenfrasen är fel, eller så är certifikatfilen skadad.",
        "en": "The passphrase is wrong, or the certificate file is damaged.",
    },
    "validation.pkcs12_no_key": {
        "fi": "Tiedostossa ei ole yksityistä avainta. Allekirjoittamiseen tarvitaan varmenne "
              "yksityisine avaimineen.",
        "sv": "Filen innehåller ingen privat nyckel. För att underteckna behövs ett certifikat "
              "med sin privata nyckel.",
        "en": "The file holds no private key. Signing needs a certificate with its private key.",
    },
    "validation.pkcs12_no_certificate": {
        "fi": "Tiedostossa ei ole varmennetta.",
        "sv": "Filen innehåller inget certifikat.",
        "en": "The file holds no certificate.",
    },
    "validation.pkcs12_key_type": {
        "fi": "Tiedoston avaintyyppiä ({kind}) ei voi käyttää PDF-allekirjoituksiin.",
        "sv": "Filens nyckeltyp ({kind}) kan inte användas för PDF-underskrifter.",
        "en": "The file's key type ({kind}) cannot be used for PDF signatures.",
    },
    "validation.pkcs12_key_mismatch": {
        "fi": "Tiedoston yksityinen avain ei kuulu sen varmenteeseen.",
        "sv": "Filens privata nyckel hör inte till dess certifikat.",
        "en": "The file's private key does not belong to its certificate.",
    },
    "validation.certificate_expired": {
        "fi": "Varmenne on vanhentunut ({date}). Pyydä organisaatioltasi uusi varmenne.",
        "sv": "Certifikatet har gått ut ({date}). Be din organisation om ett nytt certifikat.",
        "en": "The certificate has expired ({date}). Ask your organisation for a new one.",
    },
    "validation.certificate_not_yet_valid": {
        "fi": "Varmenne tulee voimaan vasta {date}.",
        "sv": "Certifikatet blir giltigt först {date}.",
        "en": "The certificate becomes valid only on {date}.",
    },
    "validation.certificate_key_usage": {
        "fi": "Varmennetta ei ole tarkoitettu allekirjoittamiseen: siitä puuttuu käyttötarkoitus "
              "digitalSignature tai nonRepudiation.",
        "sv": "Certifikatet är inte avsett för underskrifter: det saknar "
              "användningsändamålet digitalSignature eller nonRepudiation.",
        "en": "The certificate is not meant for signing: it lacks the digitalSignature or "
              "nonRepudiation key usage.",
    },
    "validation.signing_passphrase_short": {
        "fi": "Varmenteen tunnuslauseen on oltava vähintään {minimum} merkkiä pitkä.",
        "sv": "Certifikatets lösenfras måste vara minst {minimum} tecken lång.",
        "en": "The certificate's passphrase must be at least {minimum} characters long.",
    },
    "validation.passphrase_mismatch": {
        "fi": "Tunnuslauseet eivät ole samat.",
        "sv": "Lösenfraserna är inte lika.",
        "en": "The passphrases differ.",
    },
    "validation.timestamp_url_invalid": {
        "fi": "Aikaleimapalvelun osoitteen on oltava https-osoite, esimerkiksi "
              "https://tsa.example.fi/tsr.",
        "sv": "Tidsstämpeltjänstens adress måste vara en https-adress, till exempel "
              "https://tsa.example.fi/tsr.",
        "en": "The timestamp server's address must be an https address, for example "
              "https://tsa.example.fi/tsr.",
    },
    "validation.trust_file_invalid": {
        "fi": "Tiedostossa ei ole yhtään varmennetta (PEM tai DER).",
        "sv": "Filen innehåller inget certifikat (PEM eller DER).",
        "en": "The file holds no certificate (PEM or DER).",
    },
    "warning.certificate_no_non_repudiation": {
        "fi": "Varmenteesta puuttuu käyttötarkoitus nonRepudiation (kiistämättömyys). "
              "Allekirjoitus onnistuu, mutta jotkin tarkistusohjelmat huomauttavat siitä.",
        "sv": "Certifikatet saknar användningsändamålet nonRepudiation (oavvislighet). "
              "Underskriften fungerar, men vissa kontrollprogram anmärker på det.",
        "en": "The certificate lacks the nonRepudiation key usage. Signing works, but some "
              "verifiers point it out.",
    },
    "warning.certificate_expires_soon": {
        "fi": "Varmenne vanhenee {date}.",
        "sv": "Certifikatet går ut {date}.",
        "en": "The certificate expires on {date}.",
    },
    # --- signing (exports/signing/) ----------------------------------------------------------
    "signing.no_identity": {
        "fi": "Allekirjoitusvarmennetta ei ole. Tuo organisaatiosi varmenne (.p12/.pfx) tai "
              "luo oma varmenne asetuksissa tai komennolla verkosto signer --create.",
        "sv": "Inget underskriftscertifikat finns. Importera din organisations certifikat "
              "(.p12/.pfx) eller skapa ett eget i inställningarna eller med kommandot "
              "verkosto signer --create.",
        "en": "There is no signing certificate. Import your organisation's certificate "
              "(.p12/.pfx) or create your own in Settings or with verkosto signer --create.",
    },
    "signing.passphrase_required": {
        "fi": "Allekirjoitusvarmenteen tunnuslause tarvitaan. Anna se muuttujassa "
              "VERKOSTO_SIGNING_PASSPHRASE tai kirjoita se pyydettäessä.",
        "sv": "Underskriftscertifikatets lösenfras behövs. Ange den i variabeln "
              "VERKOSTO_SIGNING_PASSPHRASE eller skriv den när den efterfrågas.",
        "en": "The signing certificate's passphrase is needed. Give it in "
              "VERKOSTO_SIGNING_PASSPHRASE or type it when asked.",
    },
    "signing.passphrase_wrong": {
        "fi": "Allekirjoitusvarmenteen tunnuslause on väärä.",
        "sv": "Underskriftscertifikatets lösenfras är fel.",
        "en": "The signing certificate's passphrase is wrong.",
    },
    "signing.certificate_not_valid": {
        "fi": "Allekirjoitusvarmenne ei ole voimassa nyt (voimassa {start}–{end}). Tuo tai "
              "luo uusi varmenne.",
        "sv": "Underskriftscertifikatet är inte giltigt nu (giltigt {start}–{end}). Importera "
              "eller skapa ett nytt certifikat.",
        "en": "The signing certificate is not valid now (valid {start}–{end}). Import or "
              "create a new one.",
    },
    "signing.certificate_revoked": {
        "fi": "Allekirjoitusvarmenne on peruttu: varmentajan sulkulista tai OCSP-palvelu "
              "ilmoittaa sen mitättömäksi. Asiakirjaa ei allekirjoitettu. Tuo uusi varmenne.",
        "sv": "Underskriftscertifikatet är återkallat: utfärdarens spärrlista eller "
              "OCSP-tjänst anger det som ogiltigt. Dokumentet undertecknades inte. Importera "
              "ett nytt certifikat.",
        "en": "The signing certificate is revoked: its authority's revocation list or OCSP "
              "service reports it void. The document was not signed. Import a new "
              "certificate.",
    },
    "signing.lt_unavailable": {
        "fi": "Allekirjoitus on aikaleimattu (PAdES B-T), mutta varmenteen sulkutietoja ei "
              "saatu haettua, joten niitä ei liitetty (B-LT). Allekirjoitus on pätevä; sen "
              "voi tarkistaa myöhemmin varmentajan palveluista.",
        "sv": "Underskriften är tidsstämplad (PAdES B-T), men certifikatets spärrinformation "
              "kunde inte hämtas och bifogades inte (B-LT). Underskriften är giltig; den kan "
              "kontrolleras senare hos utfärdaren.",
        "en": "The signature is timestamped (PAdES B-T), but the certificate's revocation "
              "information could not be fetched, so it was not embedded (B-LT). The "
              "signature is valid; it can be checked later with the certificate authority.",
    },
    "signing.lt_no_service": {
        "fi": "Allekirjoitus on aikaleimattu (PAdES B-T). Varmenteen myöntäjä ei julkaise "
              "sulkutietoja (OCSP-palvelua tai sulkulistaa) — niin on myös Verkoston oman "
              "organisaatiojuuren kanssa — joten liitettävää (B-LT) ei ole. Allekirjoitus on "
              "pätevä; luottamus tulee juurivarmenteesta, johon tarkistaja luottaa.",
        "sv": "Underskriften är tidsstämplad (PAdES B-T). Certifikatets utfärdare publicerar "
              "ingen spärrinformation (OCSP-tjänst eller spärrlista) — så är det också med "
              "Verkostos egen organisationsrot — så det finns inget att bifoga (B-LT). "
              "Underskriften är giltig; förtroendet kommer från rotcertifikatet som "
              "granskaren litar på.",
        "en": "The signature is timestamped (PAdES B-T). The certificate's issuer publishes "
              "no revocation information (no OCSP service or revocation list) — as with "
              "Verkosto's own organisation root — so there is nothing to embed (B-LT). The "
              "signature is valid; trust comes from the root the reviewer trusts.",
    },
    "signing.lt_self_signed": {
        "fi": "Allekirjoitus on aikaleimattu (PAdES B-T). Itse allekirjoitetulla "
              "varmenteella ei ole sulkutietoja liitettäväksi (B-LT).",
        "sv": "Underskriften är tidsstämplad (PAdES B-T). Ett självsignerat certifikat har "
              "ingen spärrinformation att bifoga (B-LT).",
        "en": "The signature is timestamped (PAdES B-T). A self-signed certificate has no "
              "revocation information to embed (B-LT).",
    },
    "signing.timestamp_failed": {
        "fi": "Aikaleimapalvelu {url} ei antanut aikaleimaa ({detail}). Asiakirjaa ei "
              "allekirjoitettu.",
        "sv": "Tidsstämpeltjänsten {url} gav ingen tidsstämpel ({detail}). Dokumentet "
              "undertecknades inte.",
        "en": "The timestamp server {url} gave no timestamp ({detail}). The document was not "
              "signed.",
    },
    "detail.timestamp_refused": {
        "fi": "palvelin hylkäsi pyynnön", "sv": "servern avvisade begäran",
        "en": "the server refused the request",
    },
    "signing.failed": {
        "fi": "PDF-asiakirjan allekirjoittaminen epäonnistui: {detail}",
        "sv": "Det gick inte att underteckna PDF-dokumentet: {detail}",
        "en": "Signing the PDF failed: {detail}",
    },
    "signing.cosign_forbidden": {
        "fi": "Tähän PDF-asiakirjaan ei voi lisätä allekirjoitusta: {detail}. Mitään ei "
              "kirjoitettu.",
        "sv": "Det går inte att lägga till en underskrift i detta PDF-dokument: {detail}. "
              "Ingenting skrevs.",
        "en": "No signature can be added to this PDF: {detail}. Nothing was written.",
    },
    "detail.cosign_unsigned": {
        "fi": "sitä ei ole allekirjoitettu (allekirjoita ensin yhteenveto)",
        "sv": "det är inte undertecknat (underteckna sammanfattningen först)",
        "en": "it is not signed (sign the summary first)",
    },
    "detail.cosign_no_changes": {
        "fi": "sen laatija kielsi kaikki muutokset, myös lisäallekirjoitukset (pyydä laatijaa "
              "allekirjoittamaan yhteenveto uudelleen)",
        "sv": "upphovspersonen förbjöd alla ändringar, även fler underskrifter (be "
              "upphovspersonen att underteckna sammanfattningen på nytt)",
        "en": "its author forbade all changes, further signatures too (ask the author to sign "
              "the summary again)",
    },
    "signing.stamp_heading": {
        "fi": "Sähköisesti allekirjoittanut", "sv": "Elektroniskt undertecknat av",
        "en": "Digitally signed by",
    },
    # --- verifying (exports/signing/verify.py) --------------------------------------------
    "verify.not_a_pdf": {
        "fi": "Tiedosto ei ole PDF-asiakirja.",
        "sv": "Filen är inte ett PDF-dokument.",
        "en": "The file is not a PDF document.",
    },
    "verify.damaged": {
        "fi": "PDF-tiedosto on vioittunut tai katkennut, eikä sen allekirjoitusta voi "
              "tarkistaa.",
        "sv": "PDF-filen är skadad eller avbruten, och dess underskrift kan inte kontrolleras.",
        "en": "The PDF file is damaged or cut short; its signature cannot be checked.",
    },
    "verify.encrypted": {
        "fi": "PDF-tiedosto on suojattu salasanalla, eikä sen allekirjoitusta voi tarkistaa.",
        "sv": "PDF-filen är skyddad med lösenord, och dess underskrift kan inte kontrolleras.",
        "en": "The PDF file is password-protected; its signature cannot be checked.",
    },
    "verify.no_signature": {
        "fi": "PDF-asiakirjassa ei ole sähköistä allekirjoitusta.",
        "sv": "PDF-dokumentet har ingen elektronisk underskrift.",
        "en": "The PDF document has no electronic signature.",
    },
    "verify.heading": {
        "fi": "Allekirjoitus {index}/{count}", "sv": "Underskrift {index}/{count}",
        "en": "Signature {index}/{count}",
    },
    "verify.signer": {
        "fi": "Allekirjoittaja: {signer}", "sv": "Undertecknare: {signer}",
        "en": "Signer: {signer}",
    },
    "verify.time_claimed": {
        "fi": "Allekirjoitettu: {time} (allekirjoittajan koneen kello)",
        "sv": "Undertecknat: {time} (undertecknarens datorklocka)",
        "en": "Signed: {time} (the signer's computer clock)",
    },
    "verify.time_stamped": {
        "fi": "Allekirjoitettu: {time} (aikaleimapalvelun vahvistama)",
        "sv": "Undertecknat: {time} (bekräftat av en tidsstämpeltjänst)",
        "en": "Signed: {time} (confirmed by a timestamp server)",
    },
    "verify.timestamp_authority": {
        "fi": "Aikaleiman myöntäjä: {authority}", "sv": "Tidsstämpelns utfärdare: {authority}",
        "en": "Timestamp authority: {authority}",
    },
    "verify.level": {
        "fi": "Allekirjoituksen taso: PAdES {level} ({meaning})",
        "sv": "Underskriftens nivå: PAdES {level} ({meaning})",
        "en": "Signature level: PAdES {level} ({meaning})",
    },
    "verify.level_B-B": {
        "fi": "ei aikaleimaa", "sv": "ingen tidsstämpel", "en": "no timestamp",
    },
    "verify.level_B-T": {
        "fi": "aikaleimattu", "sv": "tidsstämplad", "en": "timestamped",
    },
    "verify.level_B-LT": {
        "fi": "aikaleimattu, varmenteiden sulkutiedot liitetty pitkäaikaista tarkistusta varten",
        "sv": "tidsstämplad, certifikatens spärrinformation bifogad för långtidsvalidering",
        "en": "timestamped, the certificates' revocation information embedded for long-term "
              "validation",
    },
    "verify.validation_data_added": {
        "fi": "Eheä: asiakirjaa ei ole muutettu allekirjoituksen jälkeen; sen perään on "
              "liitetty vain varmenteiden tarkistustiedot (sulkutiedot).",
        "sv": "Intakt: dokumentet har inte ändrats efter underskriften; efter den har endast "
              "certifikatens valideringsdata (spärrinformation) lagts till.",
        "en": "Intact: the document has not changed since it was signed; only the "
              "certificates' validation data (revocation information) was added after it.",
    },
    "verify.revoked_at_signing": {
        "fi": "Varmenne oli peruttu allekirjoitettaessa (peruttu {time}). Allekirjoitus ei "
              "ole pätevä.",
        "sv": "Certifikatet var återkallat vid undertecknandet (återkallat {time}). "
              "Underskriften är inte giltig.",
        "en": "The certificate was revoked when the document was signed (revoked {time}). "
              "The signature is not valid.",
    },
    "verify.expired_at_signing": {
        "fi": "Varmenne oli vanhentunut allekirjoitettaessa (voimassa {time} asti). "
              "Allekirjoitus ei ole pätevä.",
        "sv": "Certifikatet hade gått ut vid undertecknandet (giltigt till {time}). "
              "Underskriften är inte giltig.",
        "en": "The certificate had expired when the document was signed (valid until "
              "{time}). The signature is not valid.",
    },
    "verify.expired_since": {
        "fi": "Varmenne on vanhentunut allekirjoituksen jälkeen (voimassa {time} asti). "
              "Aikaleima osoittaa, että allekirjoitus tehtiin varmenteen ollessa voimassa, "
              "joten se tarkistettiin aikaleiman hetkellä.",
        "sv": "Certifikatet har gått ut efter undertecknandet (giltigt till {time}). "
              "Tidsstämpeln visar att underskriften gjordes medan certifikatet var giltigt, "
              "så den kontrollerades vid tidsstämpelns tidpunkt.",
        "en": "The certificate has expired since the signing (valid until {time}). The "
              "timestamp proves the signature was made while it was valid, so it was checked "
              "as of the timestamp's time.",
    },
    "verify.intact": {
        "fi": "Eheä: asiakirjaa ei ole muutettu allekirjoituksen jälkeen, ja allekirjoitus "
              "kattaa koko tiedoston.",
        "sv": "Intakt: dokumentet har inte ändrats efter underskriften, och underskriften "
              "omfattar hela filen.",
        "en": "Intact: the document has not changed since it was signed, and the signature "
              "covers the entire file.",
    },
    "verify.modified": {
        "fi": "Muutettu: asiakirjaan on lisätty allekirjoituksen jälkeen muutoksia "
              "(uusia versioita: {count}). Allekirjoitus koskee vain alkuperäistä versiota.",
        "sv": "Ändrat: dokumentet har fått ändringar efter underskriften (nya versioner: "
              "{count}). Underskriften gäller bara den ursprungliga versionen.",
        "en": "Modified: changes were added after signing (new revisions: {count}). The "
              "signature covers only the original revision.",
    },
    "verify.intact_cosigned": {
        "fi": "Eheä: asiakirjaa ei ole muutettu allekirjoituksen jälkeen; sen jälkeen on "
              "lisätty vain allekirjoituksia ({count}).",
        "sv": "Intakt: dokumentet har inte ändrats efter underskriften; efter den har bara "
              "underskrifter lagts till ({count}).",
        "en": "Intact: the document has not changed since it was signed; only signatures "
              "were added after it ({count}).",
    },
    "verify.changed_between": {
        "fi": "Muutettu allekirjoituksen jälkeen: allekirjoitusten väliin tai perään on "
              "lisätty muutoksia, jotka eivät ole allekirjoituksia (versioita: {count}). "
              "Allekirjoitus koskee vain versiota ennen niitä.",
        "sv": "Ändrat efter underskriften: ändringar som inte är underskrifter har lagts "
              "till mellan eller efter underskrifterna (versioner: {count}). Underskriften "
              "gäller bara versionen före dem.",
        "en": "Modified after signing: changes that are not signatures were added between or "
              "after the signatures (revisions: {count}). The signature covers only the "
              "revision before them.",
    },
    "verify.docmdp_signing_only": {
        "fi": "Allekirjoittaja salli vain lisäallekirjoitukset (varmentava allekirjoitus), "
              "mutta asiakirjaa on muutettu muuten.",
        "sv": "Undertecknaren tillät bara fler underskrifter (certifierande underskrift), men "
              "dokumentet har ändrats på annat sätt.",
        "en": "The signer allowed only further signatures (certification signature), but the "
              "document was changed otherwise.",
    },
    "verify.broken": {
        "fi": "Rikki: allekirjoitettua sisältöä on muutettu tai allekirjoitus on vioittunut.",
        "sv": "Bruten: det undertecknade innehållet har ändrats eller underskriften är skadad.",
        "en": "Broken: the signed content was changed or the signature is damaged.",
    },
    "verify.docmdp_violated": {
        "fi": "Allekirjoittaja kielsi kaikki muutokset (varmentava allekirjoitus), mutta "
              "asiakirjaa on muutettu.",
        "sv": "Undertecknaren förbjöd alla ändringar (certifierande underskrift), men "
              "dokumentet har ändrats.",
        "en": "The signer forbade all changes (certification signature), but the document "
              "was changed.",
    },
    "verify.trusted": {
        "fi": "Luotettu: allekirjoittajan varmenne johtaa luotettuun varmenteeseen ({anchor}).",
        "sv": "Betrodd: undertecknarens certifikat leder till ett betrott certifikat "
              "({anchor}).",
        "en": "Trusted: the signer's certificate leads to a trusted certificate ({anchor}).",
    },
    "verify.untrusted": {
        "fi": "Ei todennettu: allekirjoittajan varmenne ei johda mihinkään luotettuun "
              "varmenteeseen. Varmista sormenjälki allekirjoittajalta ja lisää varmenne "
              "luotettuihin (asetuksissa tai komennolla verkosto trust --add).",
        "sv": "Inte verifierad: undertecknarens certifikat leder inte till något betrott "
              "certifikat. Kontrollera fingeravtrycket med undertecknaren och lägg till "
              "certifikatet bland de betrodda (i inställningarna eller med verkosto trust "
              "--add).",
        "en": "Not verified: the signer's certificate leads to no trusted certificate. Check "
              "the fingerprint with the signer and add the certificate to the trusted ones "
              "(in Settings or with verkosto trust --add).",
    },
    "verify.fingerprint": {
        "fi": "Varmenteen sormenjälki (SHA-256): {fingerprint}",
        "sv": "Certifikatets fingeravtryck (SHA-256): {fingerprint}",
        "en": "Certificate fingerprint (SHA-256): {fingerprint}",
    },
    "verify.self_signed_note": {
        "fi": "Varmenne on itse allekirjoitettu. Adobe Reader näyttää tällaisen allekirjoituksen "
              "tilan tuntemattomana (\"validity unknown\"), kunnes varmenne lisätään sen "
              "luotettuihin varmenteisiin (Trusted Identities).",
        "sv": "Certifikatet är självsignerat. Adobe Reader visar en sådan underskrifts status "
              "som okänd (\"validity unknown\") tills certifikatet läggs till bland dess "
              "betrodda certifikat (Trusted Identities).",
        "en": "The certificate is self-signed. Adobe Reader shows such a signature as "
              "\"validity unknown\" until the certificate is added to its Trusted Identities.",
    },
    "verify.result_ok": {
        "fi": "Tulos: allekirjoitus on pätevä ja luotettu.",
        "sv": "Resultat: underskriften är giltig och betrodd.",
        "en": "Result: the signature is valid and trusted.",
    },
    "verify.result_untrusted": {
        "fi": "Tulos: asiakirja on eheä, mutta allekirjoittajaa ei ole todennettu.",
        "sv": "Resultat: dokumentet är intakt, men undertecknaren är inte verifierad.",
        "en": "Result: the document is intact, but the signer is not verified.",
    },
    "verify.result_modified": {
        "fi": "Tulos: asiakirjaa on muutettu allekirjoituksen jälkeen. Älä luota sen "
              "sisältöön; pyydä allekirjoittajalta alkuperäinen.",
        "sv": "Resultat: dokumentet har ändrats efter underskriften. Lita inte på innehållet; "
              "be undertecknaren om originalet.",
        "en": "Result: the document was changed after signing. Do not rely on its content; ask "
              "the signer for the original.",
    },
    "verify.result_broken": {
        "fi": "Tulos: allekirjoitus on rikki. Älä luota asiakirjaan.",
        "sv": "Resultat: underskriften är bruten. Lita inte på dokumentet.",
        "en": "Result: the signature is broken. Do not rely on the document.",
    },
    # --- the headless commands (cli/signing_commands.py) ----------------------------------
    "cli.signer_passphrase_prompt": {
        "fi": "Allekirjoitusvarmenteen tunnuslause: ",
        "sv": "Underskriftscertifikatets lösenfras: ",
        "en": "Signing certificate passphrase: ",
    },
    "cli.signer_passphrase_again": {
        "fi": "Tunnuslause uudelleen: ", "sv": "Lösenfrasen igen: ", "en": "Passphrase again: ",
    },
    "cli.signer_created": {
        "fi": "Allekirjoitusvarmenne luotu, myöntäjänä organisaation oma juurivarmenne. "
              "Valvoja luottaa juurivarmenteeseen kerran: verkosto signer --export-root "
              "juuri.pem",
        "sv": "Ett underskriftscertifikat har skapats, utfärdat av organisationens eget "
              "rotcertifikat. En handledare litar på rotcertifikatet en gång: verkosto signer "
              "--export-root rot.pem",
        "en": "A signing certificate was created, issued by the organisation's own root "
              "certificate. A supervisor trusts the root once: verkosto signer --export-root "
              "root.pem",
    },
    "cli.signer_root_exported": {
        "fi": "Juurivarmenne kirjoitettu: {path}", "sv": "Rotcertifikatet har skrivits: {path}",
        "en": "Root certificate written: {path}",
    },
    "cli.cosigned": {
        "fi": "Allekirjoitettu: {path}", "sv": "Undertecknat: {path}", "en": "Signed: {path}",
    },
    "cli.cert.root": {
        "fi": "Juurivarmenne (SHA-256)", "sv": "Rotcertifikat (SHA-256)",
        "en": "Root certificate (SHA-256)",
    },
    "cli.signer_imported": {
        "fi": "Allekirjoitusvarmenne tuotu.", "sv": "Underskriftscertifikatet har importerats.",
        "en": "The signing certificate was imported.",
    },
    "cli.signer_passphrase_saved": {
        "fi": "Varmenteen tunnuslause tallennettu järjestelmän avainnippuun.",
        "sv": "Certifikatets lösenfras har sparats i systemets nyckelring.",
        "en": "The certificate's passphrase was saved in the system keyring.",
    },
    "cli.trust_added": {
        "fi": "Lisätty luotettuihin: {subject}", "sv": "Tillagt bland de betrodda: {subject}",
        "en": "Added to the trusted: {subject}",
    },
    "cli.trust_none": {
        "fi": "Luotettuja varmenteita ei ole lisätty.",
        "sv": "Inga betrodda certifikat har lagts till.",
        "en": "No trusted certificates have been added.",
    },
    "cli.cert.subject": {"fi": "Haltija", "sv": "Innehavare", "en": "Subject"},
    "cli.cert.issuer": {"fi": "Myöntäjä", "sv": "Utfärdare", "en": "Issuer"},
    "cli.cert.valid": {"fi": "Voimassa", "sv": "Giltigt", "en": "Valid"},
    "cli.cert.fingerprint": {
        "fi": "Sormenjälki (SHA-256)", "sv": "Fingeravtryck (SHA-256)",
        "en": "Fingerprint (SHA-256)",
    },
    "cli.cert.self_signed": {
        "fi": "Itse allekirjoitettu", "sv": "Självsignerat", "en": "Self-signed",
    },
    "cli.cert.passphrase_kept": {
        "fi": "Tunnuslause avainnipussa", "sv": "Lösenfras i nyckelringen",
        "en": "Passphrase in the keyring",
    },
    "cli.cert.timestamp_url": {
        "fi": "Aikaleimapalvelu", "sv": "Tidsstämpeltjänst", "en": "Timestamp server",
    },
    "cli.no": {"fi": "ei", "sv": "nej", "en": "no"},
}
