<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved.</source>
        <translation>{0}: muutoksia ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Haluatko tallentaa ne?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (myöhässä)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Avoimet toimenpiteet</translation>
    </message>
    <message>
        <source>{0} open, {1} overdue</source>
        <translation>{0} avointa, {1} myöhässä</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Ladataan toimenpiteitä…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Purpose or recipient</source>
        <translation>Käyttötarkoitus tai vastaanottaja</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Edellinen</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;änään</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Seuraava ▶</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Viikko</translation>
    </message>
    <message>
        <source>Shown period</source>
        <translation>Näytettävä jakso</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>Week {0}: {1} – {2}</source>
        <translation>Viikko {0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Ladataan tapaamisia…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>◀ &amp;Back to clients</source>
        <translation>◀ &amp;Takaisin asiakkaisiin</translation>
    </message>
    <message>
        <source>Identity code:</source>
        <translation>Henkilötunnus:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Syntymäaika:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tulkki:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Tilanne:</translation>
    </message>
    <message>
        <source>Named contact persons</source>
        <translation>Nimetyt yhteyshenkilöt</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Kirjaa suostumus…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>&amp;Peru valittu suostumus</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Suostumukset</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Tapaamiset</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Sovitut toimenpiteet</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>T&amp;oimenpiteet</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Loki</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Loki</translation>
    </message>
    <message>
        <source>Opening the client…</source>
        <translation>Avataan asiakasta…</translation>
    </message>
    <message>
        <source> (temporary)</source>
        <translation> (väliaikainen)</translation>
    </message>
    <message>
        <source>needed: {0}</source>
        <translation>tarvitaan: {0}</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>ei tarvita</translation>
    </message>
    <message>
        <source>Case lead: {0}, {1}</source>
        <translation>Vastuuhenkilö: {0}, {1}</translation>
    </message>
    <message>
        <source>No case lead yet</source>
        <translation>Vastuuhenkilöä ei vielä ole nimetty</translation>
    </message>
    <message>
        <source>Withdrawing consent…</source>
        <translation>Perutaan suostumusta…</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by name or the end of the identity code</source>
        <translation>Hae nimellä tai henkilötunnuksen lopulla</translation>
    </message>
    <message>
        <source>Client search</source>
        <translation>Asiakashaku</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>{0} clients shown</source>
        <translation>{0} asiakasta näkyvissä</translation>
    </message>
    <message>
        <source>Searching clients…</source>
        <translation>Haetaan asiakkaita…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <source>&amp;Agencies covered:</source>
        <translation>&amp;Koskee toimijoita:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Käyttötarkoitus:</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Kirjallinen</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Suullinen</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>Given &amp;by (if not the client):</source>
        <translation>&amp;Antaja (jos muu kuin asiakas):</translation>
    </message>
    <message>
        <source>&amp;Given at:</source>
        <translation>A&amp;nnettu:</translation>
    </message>
    <message>
        <source>Until &amp;further notice</source>
        <translation>&amp;Toistaiseksi</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Voimassa asti:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>written</source>
        <translation>kirjallinen</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>suullinen</translation>
    </message>
    <message>
        <source>until further</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>peruttu {0}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ei voimassa</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <source>Agencies covered</source>
        <translation>Koskee toimijoita</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Agency</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>{0} (case lead)</source>
        <translation>{0} (vastuuhenkilö)</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>The store is locked</source>
        <translation>Tietovarasto on lukittu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Siirtyminen</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>Tietovarastoa ei ole avattu</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Avataan tietovarastoa…</translation>
    </message>
    <message>
        <source>No passphrase was given. The store opens when you give it: choose Try again.</source>
        <translation>Tunnuslausetta ei annettu. Tietovarasto avataan, kun annat sen: valitse Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Store open: {0}</source>
        <translation>Tietovarasto avattu: {0}</translation>
    </message>
    <message>
        <source>The store was locked. Unlock it to go on.</source>
        <translation>Tietovarasto lukittiin. Avaa se jatkaaksesi.</translation>
    </message>
    <message>
        <source>Changes that could not be saved because of errors were discarded: {0}.</source>
        <translation>Muutokset, joita ei voitu tallentaa virheiden vuoksi, hylättiin: {0}.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Odottamaton virhe: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Verkosto – passphrase</source>
        <translation>Verkosto – tunnuslause</translation>
    </message>
    <message>
        <source>This system has no keyring. Protect the new store with a passphrase (at least {0} characters). A forgotten passphrase cannot be recovered.</source>
        <translation>Järjestelmässä ei ole avainnippua. Suojaa uusi tietovarasto tunnuslauseella (vähintään {0} merkkiä). Unohtunutta tunnuslausetta ei voi palauttaa.</translation>
    </message>
    <message>
        <source>Give the passphrase of the store.</source>
        <translation>Anna tietovaraston tunnuslause.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Uusi tunnuslause:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Toista tunnuslause</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>T&amp;oista:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Give the passphrase.</source>
        <translation>Anna tunnuslause.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {0} characters long.</source>
        <translation>Tunnuslauseen on oltava vähintään {0} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your profile</source>
        <translation>Oma profiili</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tehtävänimike:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Tallenna profiili</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>&amp;Lukitse, kun käyttämättä (min):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>E&amp;xport folder:</source>
        <translation>&amp;Vientikansio:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Vientikansio</translation>
    </message>
    <message>
        <source>Loading settings…</source>
        <translation>Ladataan asetuksia…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Saving profile…</source>
        <translation>Tallennetaan profiilia…</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
</context>
</TS>
