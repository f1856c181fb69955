<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name />
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
            <source>Completion note: {0}</source>
            <translation>Kuittausmerkintä: {0}</translation>
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
            <source>Completion note</source>
            <translation>Kuittausmerkintä</translation>
        </message>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>Määräpäivä 7 päivän sisällä</translation>
        </message>
        <message>
            <source>Due within 30 days</source>
            <translation>Määräpäivä 30 päivän sisällä</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Ei määräpäivää</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Vastuuhenkilö:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>T&amp;oimija:</translation>
        </message>
        <message>
            <source>C&amp;lient:</source>
            <translation>&amp;Asiakas:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>Määrä&amp;päivä:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <source>Income effect</source>
            <translation>Tulovaikutus</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Avoimet toimenpiteet</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>Merkitse teh&amp;dyksi…</translation>
        </message>
        <message>
            <source>In &amp;progress</source>
            <translation>Työn a&amp;lla</translation>
        </message>
        <message>
            <source>Open m&amp;eeting</source>
            <translation>Avaa &amp;tapaaminen</translation>
        </message>
        <message>
            <source>Open clien&amp;t</source>
            <translation>Avaa asia&amp;kas</translation>
        </message>
        <message>
            <source>Re&amp;mind responsible persons…</source>
            <translation>&amp;Muistuta vastuuhenkilöitä…</translation>
        </message>
        <message>
            <source>E-mail other agencies' responsible persons about their own open actions (previewed first)</source>
            <translation>Lähetä muiden toimijoiden vastuuhenkilöille sähköpostimuistutus heidän omista avoimista toimenpiteistään (esikatselu ensin)</translation>
        </message>
        <message>
            <source>Income e&amp;ffect…</source>
            <translation>Tulovaikutu&amp;s…</translation>
        </message>
        <message>
            <source>What the selected action does to each of the client's benefits</source>
            <translation>Mitä valittu toimenpide tekee kullekin asiakkaan etuudelle</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue</source>
            <translation>{0} avointa, {1} myöhässä</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Avaa tapaaminen</translation>
        </message>
        <message>
            <source>Open the client</source>
            <translation>Avaa asiakas</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>Merkitse tehdyksi…</translation>
        </message>
        <message>
            <source>Income effect…</source>
            <translation>Tulovaikutus…</translation>
        </message>
        <message>
            <source>The completion note</source>
            <translation>Tehdyn toimenpiteen huomautus</translation>
        </message>
        <message>
            <source>Loading actions…</source>
            <translation>Ladataan toimenpiteitä…</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Agreed actions</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>Income effects</source>
            <translation>Tulovaikutukset</translation>
        </message>
        <message>
            <source>Income e&amp;ffect…</source>
            <translation>Tulovaik&amp;utus…</translation>
        </message>
        <message>
            <source>What the selected action does to each of the client's benefits</source>
            <translation>Mitä valittu toimenpide tekee kullekin asiakkaan etuudelle</translation>
        </message>
        <message>
            <source>New agreed action</source>
            <translation>Uusi sovittu toimenpide</translation>
        </message>
        <message>
            <source>&amp;What is to be done:</source>
            <translation>Mitä te&amp;hdään:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>V&amp;astuuhenkilö:</translation>
        </message>
        <message>
            <source>Agenc&amp;y:</source>
            <translation>Toimi&amp;ja:</translation>
        </message>
        <message>
            <source>No due dat&amp;e</source>
            <translation>Ei mää&amp;räpäivää</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>Määräpäiv&amp;ä:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Toimenpitee&amp;n laji:</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>⚠ The due date has already passed.</source>
            <translation>⚠ Määräpäivä on jo mennyt.</translation>
        </message>
        <message>
            <source>Add ac&amp;tion</source>
            <translation>Lisää toim&amp;enpide</translation>
        </message>
        <message>
            <source>Status of the selected action</source>
            <translation>Valitun toimenpiteen tila</translation>
        </message>
        <message>
            <source>New st&amp;atus:</source>
            <translation>Uusi ti&amp;la:</translation>
        </message>
        <message>
            <source>Completion n&amp;ote:</source>
            <translation>&amp;Kuittausmerkintä:</translation>
        </message>
        <message>
            <source>What was done (shown with the action)</source>
            <translation>Mitä tehtiin (näkyy toimenpiteen yhteydessä)</translation>
        </message>
        <message>
            <source>&amp;Mark selected</source>
            <translation>Merk&amp;itse valittu</translation>
        </message>
        <message>
            <source>(the responsible person's)</source>
            <translation>(vastuuhenkilön oma)</translation>
        </message>
        <message>
            <source>Choose an action in the table first.</source>
            <translation>Valitse ensin toimenpide taulukosta.</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>New agency</source>
            <translation>Uusi toimija</translation>
        </message>
        <message>
            <source>Agency – {0}</source>
            <translation>Toimija – {0}</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Yksikkö:</translation>
        </message>
        <message>
            <source>Clinic, office or district (optional)</source>
            <translation>Poliklinikka, toimipiste tai alue (valinnainen)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Toimijan &amp;laji:</translation>
        </message>
        <message>
            <source>&amp;Business ID (Y-tunnus):</source>
            <translation>Y-tunn&amp;us:</translation>
        </message>
        <message>
            <source>1234567-8 (optional)</source>
            <translation>1234567-8 (valinnainen)</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Sähköposti:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Puh&amp;elin:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Osoite:</translation>
        </message>
        <message>
            <source>The agency</source>
            <translation>Toimija</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Yksikkö</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>Y-tunnus</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>New agenda item</source>
            <translation>Uusi esityslistan kohta</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Lisää kohta</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Esityslistan kohdat</translation>
        </message>
        <message>
            <source>Remo&amp;ve item</source>
            <translation>Poista &amp;rivi</translation>
        </message>
        <message>
            <source>Move higher</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <source>Move lower</source>
            <translation>Siirrä alas</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Mark the request answered</source>
            <translation>Merkitse pyyntö vastatuksi</translation>
        </message>
        <message>
            <source>&amp;Answered on:</source>
            <translation>&amp;Vastattu:</translation>
        </message>
        <message>
            <source>Answer &amp;summary:</source>
            <translation>Vastauksen &amp;tiivistelmä:</translation>
        </message>
        <message>
            <source>&amp;Mark answered</source>
            <translation>&amp;Merkitse vastatuksi</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Peru&amp;uta</translation>
        </message>
    </context>
    <context>
        <name>AppearanceChoice</name>
        <message>
            <source>Follow the system</source>
            <translation>Järjestelmän mukaan</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Vaalea</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tumma</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Suuri kontrasti</translation>
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
            <source>Event</source>
            <translation>Tapahtuma</translation>
        </message>
        <message>
            <source>Purpose or recipient</source>
            <translation>Käyttötarkoitus tai vastaanottaja</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>The team store is kept on its server: its administrator backs it up with PostgreSQL's own tools, and this computer holds nothing of it to back up or restore. The password of your login is kept in this computer's keyring.</source>
            <translation>Tiimin tietovarasto on palvelimella: sen ylläpitäjä varmuuskopioi sen PostgreSQL:n omilla välineillä, eikä tällä tietokoneella ole siitä mitään varmuuskopioitavaa tai palautettavaa. Kirjautumisesi salasana on tämän tietokoneen avainnipussa.</translation>
        </message>
        <message>
            <source>Make a backup</source>
            <translation>Varmuuskopion tekeminen</translation>
        </message>
        <message>
            <source>The backup is one encrypted file with a passphrase of its own (at least {0} characters). Keep it somewhere other than this computer. Without the passphrase nobody can open it, not even you.</source>
            <translation>Varmuuskopio on yksi salattu tiedosto, jolla on oma tunnuslauseensa (vähintään {0} merkkiä). Säilytä se muualla kuin tällä tietokoneella. Ilman tunnuslausetta kukaan ei voi avata sitä, et edes sinä.</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <source>Choose where to save the backup</source>
            <translation>Valitse, mihin varmuuskopio tallennetaan</translation>
        </message>
        <message>
            <source>Backup &amp;file:</source>
            <translation>&amp;Varmuuskopiotiedosto:</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Varmuuskopiotiedosto</translation>
        </message>
        <message>
            <source>Backup &amp;passphrase:</source>
            <translation>Varmuuskopion t&amp;unnuslause:</translation>
        </message>
        <message>
            <source>R&amp;epeat the passphrase:</source>
            <translation>T&amp;oista tunnuslause:</translation>
        </message>
        <message>
            <source>Make &amp;backup</source>
            <translation>&amp;Tee varmuuskopio</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Varmuuskopioinnin tila</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Palautus varmuuskopiosta</translation>
        </message>
        <message>
            <source>The backup is checked first and what it holds is shown before anything is replaced. The current store is kept in the backups folder of the data folder.</source>
            <translation>Varmuuskopio tarkistetaan ensin, ja sen sisältö näytetään ennen kuin mitään korvataan. Nykyinen tietovarasto säilytetään tietokansion backups-kansiossa.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Palauta varmuuskopiosta…</translation>
        </message>
        <message>
            <source>The store's key</source>
            <translation>Tietovaraston avain</translation>
        </message>
        <message>
            <source>The store's key is a random key kept in the system keyring. Changing it re-encrypts the store with a new key; backups keep their own passphrase.</source>
            <translation>Tietovaraston avain on satunnainen avain, jota säilytetään järjestelmän avainnipussa. Vaihdettaessa tietovarasto salataan uudelleen uudella avaimella; varmuuskopioiden omat tunnuslauseet eivät muutu.</translation>
        </message>
        <message>
            <source>Change the &amp;key</source>
            <translation>Vaihda &amp;avain</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>N&amp;ykyinen tunnuslause:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>Uusi tunnus&amp;lause:</translation>
        </message>
        <message>
            <source>Repea&amp;t the new passphrase:</source>
            <translation>Toista uus&amp;i tunnuslause:</translation>
        </message>
        <message>
            <source>Change pa&amp;ssphrase</source>
            <translation>Vaih&amp;da tunnuslause</translation>
        </message>
        <message>
            <source>Key change status</source>
            <translation>Avaimen vaihdon tila</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Tallenna varmuuskopio nimellä</translation>
        </message>
        <message>
            <source>Verkosto backups (*.vkb);;All files (*)</source>
            <translation>Verkoston varmuuskopiot (*.vkb);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Backup made {0}: {1} clients, {2} meetings. File: {3}</source>
            <translation>Varmuuskopio tehty {0}: {1} asiakasta, {2} tapaamista. Tiedosto: {3}</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Tehdään varmuuskopiota…</translation>
        </message>
        <message>
            <source>The store has a new key; the old one was removed from the keyring.</source>
            <translation>Tietovarastolla on uusi avain; vanha poistettiin avainnipusta.</translation>
        </message>
        <message>
            <source>Changing the store's key…</source>
            <translation>Vaihdetaan tietovaraston avainta…</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>Tunnuslause vaihdettiin. Käytä tästä lähtien uutta tunnuslausetta.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Vaihdetaan tunnuslausetta…</translation>
        </message>
    </context>
    <context>
        <name>CalDavSettingsBox</name>
        <message>
            <source>Calendar publishing (CalDAV)</source>
            <translation>Kalenterijulkaisu (CalDAV)</translation>
        </message>
        <message>
            <source>Your upcoming meetings are copied to this calendar (for example to see them on your phone), named as in invites. Cancelled meetings are taken away from it again.</source>
            <translation>Tulevat tapaamisesi kopioidaan tähän kalenteriin (esimerkiksi jotta näet ne puhelimessasi) samoin nimin kuin kutsuissa. Perutut tapaamiset poistetaan siitä taas.</translation>
        </message>
        <message>
            <source>Calendar &amp;address:</source>
            <translation>Kalenterin Cal&amp;DAV-osoite:</translation>
        </message>
        <message>
            <source>Calendar &amp;user name:</source>
            <translation>Kalenterin k&amp;äyttäjätunnus:</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the password is not kept: type it each time you test or publish.</source>
            <translation>Tällä koneella ei ole avainnippua, joten salasanaa ei säilytetä: kirjoita se aina, kun testaat yhteyttä tai julkaiset.</translation>
        </message>
        <message>
            <source>Calendar password:</source>
            <translation>Kalenterin salasana:</translation>
        </message>
        <message>
            <source>Remember the password in the keyring</source>
            <translation>Muista salasana avainnipussa</translation>
        </message>
        <message>
            <source>Save calendar settings</source>
            <translation>Tallenna kalenteriasetukset</translation>
        </message>
        <message>
            <source>Test calendar connection</source>
            <translation>Testaa kalenteriyhteys</translation>
        </message>
        <message>
            <source>&amp;Publish now</source>
            <translation>Julkaise kalente&amp;riin nyt</translation>
        </message>
        <message>
            <source>Calendar publishing status</source>
            <translation>Kalenterijulkaisun tila</translation>
        </message>
        <message>
            <source>Loading calendar settings…</source>
            <translation>Ladataan kalenteriasetuksia…</translation>
        </message>
        <message>
            <source>Saving calendar settings…</source>
            <translation>Tallennetaan kalenteriasetuksia…</translation>
        </message>
        <message>
            <source>Testing the calendar connection…</source>
            <translation>Testataan kalenteriyhteyttä…</translation>
        </message>
        <message>
            <source>Publishing meetings to the calendar…</source>
            <translation>Julkaistaan tapaamisia kalenteriin…</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileExport</name>
        <message>
            <source>Save upcoming as .&amp;ics…</source>
            <translation>Tallenna tulevat .&amp;ics-tiedostoksi…</translation>
        </message>
        <message>
            <source>Calendar file status</source>
            <translation>Kalenteritiedoston tila</translation>
        </message>
        <message>
            <source>upcoming-meetings.ics</source>
            <translation>tulevat-tapaamiset.ics</translation>
        </message>
        <message>
            <source>Save upcoming meetings</source>
            <translation>Tallenna tulevat tapaamiset</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-tiedostot (*.ics)</translation>
        </message>
        <message>
            <source>Saving the calendar file…</source>
            <translation>Tallennetaan kalenteritiedostoa…</translation>
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
            <source>&amp;Upcoming</source>
            <translation>&amp;Tulevat</translation>
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
            <source>Weekend and w&amp;hole day</source>
            <translation>Viikonloppu ja &amp;koko vuorokausi</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Tapaamiset</translation>
        </message>
        <message>
            <source>Meetings from today on</source>
            <translation>Tapaamiset tästä päivästä alkaen</translation>
        </message>
        <message>
            <source>Week {0}: {1}</source>
            <translation>Viikko {0}: {1}</translation>
        </message>
        <message>
            <source>Week {0}: {1} – {2}</source>
            <translation>Viikko {0}: {1} – {2}</translation>
        </message>
        <message>
            <source>Loading meetings…</source>
            <translation>Ladataan tapaamisia…</translation>
        </message>
        <message>
            <source>No meetings in this period.</source>
            <translation>Ei tapaamisia tällä aikavälillä.</translation>
        </message>
        <message>
            <source>&amp;New meeting {0} at {1}…</source>
            <translation>&amp;Uusi tapaaminen {0} klo {1}…</translation>
        </message>
        <message>
            <source>Opening a new meeting…</source>
            <translation>Avataan uutta tapaamista…</translation>
        </message>
    </context>
    <context>
        <name>CarriedPanel</name>
        <message>
            <source>Open actions from earlier meetings</source>
            <translation>Edellisten tapaamisten avoimet toimenpiteet</translation>
        </message>
        <message>
            <source>Plan goals due for review</source>
            <translation>Arvioitavat suunnitelman tavoitteet</translation>
        </message>
        <message>
            <source>Save decisions</source>
            <translation>Tallenna päätökset</translation>
        </message>
        <message>
            <source>No open actions from earlier meetings.</source>
            <translation>Edellisistä tapaamisista ei ole avoimia toimenpiteitä.</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>ei määräpäivää</translation>
        </message>
        <message>
            <source>{0}, overdue</source>
            <translation>{0}, myöhässä</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>määräpäivä {0}</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Ei päätetty</translation>
        </message>
        <message>
            <source>Decision: {0}</source>
            <translation>Päätös: {0}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Huomautus: {0}</translation>
        </message>
        <message>
            <source>No plan goals due for review.</source>
            <translation>Suunnitelman tavoitteita ei ole arvioitavana.</translation>
        </message>
        <message>
            <source>Decisions saved (actions changed: {0}).</source>
            <translation>Päätökset tallennettu (muuttuneita toimenpiteitä: {0}).</translation>
        </message>
    </context>
    <context>
        <name>ClientChoiceDialog</name>
        <message>
            <source>Which client is the bundle about?</source>
            <translation>Kenestä asiakkaasta paketti on?</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>ei tiedossa</translation>
        </message>
        <message>
            <source>The bundle is about {0} (born {1}), but no identity code in it identifies a client of this store. These clients have the same surname and the same birth date or first names. Choose the one the bundle is about: its data is added to that client's case, never over newer data here.</source>
            <translation>Paketti koskee asiakasta {0} (syntynyt {1}), mutta siinä ei ole henkilötunnusta, josta tämän tietokannan asiakas tunnistettaisiin. Näillä asiakkailla on sama sukunimi ja sama syntymäaika tai samat etunimet. Valitse se, jota paketti koskee: tiedot lisätään hänen tietoihinsa, eivätkä ne koskaan korvaa täällä olevia uudempia tietoja.</translation>
        </message>
        <message>
            <source>Clients who could be the one</source>
            <translation>Asiakkaat, joita paketti voi koskea</translation>
        </message>
        <message>
            <source>&amp;Import for this client</source>
            <translation>&amp;Tuo tälle asiakkaalle</translation>
        </message>
    </context>
    <context>
        <name>ClientCopyBar</name>
        <message>
            <source>Client's language</source>
            <translation>Asiakkaan kieli</translation>
        </message>
        <message>
            <source>Language of the client's copy</source>
            <translation>Asiakkaan koosteen kieli</translation>
        </message>
        <message>
            <source>Easy Finnish (se&amp;lkokieli)</source>
            <translation>S&amp;elkokieli</translation>
        </message>
        <message>
            <source>Add a signa&amp;ture</source>
            <translation>Allekirjoitett&amp;u</translation>
        </message>
        <message>
            <source>Ma&amp;ke the client's own copy (PDF)…</source>
            <translation>Asiakkaan oma kooste (PD&amp;F)…</translation>
        </message>
        <message>
            <source>Client's copy status</source>
            <translation>Asiakkaan koosteen tila</translation>
        </message>
        <message>
            <source>own-copy-{0}-{1}.pdf</source>
            <translation>oma-kooste-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the client's own copy</source>
            <translation>Tallenna asiakkaan oma kooste</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>The client's own copy saved: {0}</source>
            <translation>Asiakkaan oma kooste tallennettu: {0}</translation>
        </message>
        <message>
            <source>Making the client's own copy…</source>
            <translation>Tehdään asiakkaan omaa koostetta…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Allekirjoitusvarmenteesi tunnuslause:</translation>
        </message>
        <message>
            <source>Sign the client's copy</source>
            <translation>Allekirjoita asiakkaan kooste</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>New client</source>
            <translation>Uusi asiakas</translation>
        </message>
        <message>
            <source>Client details – {0}</source>
            <translation>Asiakkaan tiedot – {0}</translation>
        </message>
        <message>
            <source>&amp;First names:</source>
            <translation>&amp;Etunimet:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Sukunimi:</translation>
        </message>
        <message>
            <source>ddmmyyCnnnT, e.g. 131052-308T (optional)</source>
            <translation>ppkkvvXnnnT, esim. 131052-308T (vapaaehtoinen)</translation>
        </message>
        <message>
            <source>&amp;Identity code:</source>
            <translation>&amp;Henkilötunnus:</translation>
        </message>
        <message>
            <source>Identity code check</source>
            <translation>Henkilötunnuksen tarkistus</translation>
        </message>
        <message>
            <source>&amp;Known</source>
            <translation>Tie&amp;dossa</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Syntymä&amp;aika:</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Syntymäaika</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Puheli&amp;n:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>Sähköpost&amp;i:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Osoite:</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>&amp;Kieli:</translation>
        </message>
        <message>
            <source>Needs an in&amp;terpreter</source>
            <translation>Tarvitsee t&amp;ulkin</translation>
        </message>
        <message>
            <source>Interpreter lan&amp;guage:</source>
            <translation>Tulkkauskie&amp;li:</translation>
        </message>
        <message>
            <source>Situation in b&amp;rief:</source>
            <translation>Tilanne l&amp;yhyesti:</translation>
        </message>
        <message>
            <source>Sickness allowance's first day</source>
            <translation>Sairauspäivärahan alkamispäivä</translation>
        </message>
        <message>
            <source>&amp;On sickness allowance since</source>
            <translation>Sairauspäivä&amp;rahalla alkaen</translation>
        </message>
        <message>
            <source>Sickness allowance:</source>
            <translation>Sairauspäiväraha:</translation>
        </message>
        <message>
            <source>Valid; birth date {0}</source>
            <translation>Kelvollinen; syntymäaika {0}</translation>
        </message>
        <message>
            <source>The client's details</source>
            <translation>Asiakkaan tiedot</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <source>no plan</source>
            <translation>ei suunnitelmaa</translation>
        </message>
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
        <message>
            <source>Case lead</source>
            <translation>Vastuutyöntekijä</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Seuraava tapaaminen</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Avoimet toimenpiteet</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Suunnitelma</translation>
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
            <translation>◀ Takaisin &amp;asiakkaisiin</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>&amp;Muokkaa tietoja…</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Yleiskuva</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>Suunnit&amp;elma</translation>
        </message>
        <message>
            <source>&amp;Consents</source>
            <translation>&amp;Suostumukset</translation>
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
            <source>Ac&amp;tions</source>
            <translation>T&amp;oimenpiteet</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Loki</translation>
        </message>
        <message>
            <source>Information requests</source>
            <translation>Tietopyynnöt</translation>
        </message>
        <message>
            <source>Opening the client…</source>
            <translation>Avataan asiakasta…</translation>
        </message>
        <message>
            <source>Cancelling the request…</source>
            <translation>Perutaan pyyntöä…</translation>
        </message>
        <message>
            <source>Naming the case lead…</source>
            <translation>Nimetään vastuuhenkilöä…</translation>
        </message>
        <message>
            <source>Removing the contact…</source>
            <translation>Poistetaan yhteyshenkilöä…</translation>
        </message>
        <message>
            <source>Withdrawing consent…</source>
            <translation>Perutaan suostumusta…</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Search by name, the end of the identity code, case lead or benefit</source>
            <translation>Hae nimellä, henkilötunnuksen lopulla, vastuutyöntekijällä tai etuudella</translation>
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
            <source>New &amp;client…</source>
            <translation>Uusi &amp;asiakas…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Asiakkaat</translation>
        </message>
        <message>
            <source>Opening a new meeting…</source>
            <translation>Avataan uutta tapaamista…</translation>
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
        <name>ComparisonModel</name>
        <message>
            <source>Field</source>
            <translation>Tieto</translation>
        </message>
        <message>
            <source>Saved by them</source>
            <translation>Heidän tallentamansa</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Sinun</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRow</name>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Kirjaa suostumus</translation>
        </message>
        <message>
            <source>{0} — the whole organisation, all its units</source>
            <translation>{0} — koko organisaatio, kaikki sen yksiköt</translation>
        </message>
        <message>
            <source>&amp;Agencies covered:</source>
            <translation>Koskee t&amp;oimijoita:</translation>
        </message>
        <message>
            <source>An organisation named without units covers all its units; a unit named covers that unit only.</source>
            <translation>Organisaatio ilman yksiköitä kattaa kaikki sen yksiköt; nimetty yksikkö kattaa vain sen yksikön.</translation>
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
            <source>&amp;Until further notice</source>
            <translation>To&amp;istaiseksi</translation>
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
            <source>{0} (whole organisation)</source>
            <translation>{0} (koko organisaatio)</translation>
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
        <name>ConsentsTab</name>
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
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>&amp;Agency:</source>
            <translation>Toi&amp;mija:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>&amp;Yhteyshenkilö:</translation>
        </message>
        <message>
            <source>Also the client's case &amp;lead</source>
            <translation>Myös asiakkaan &amp;vastuuhenkilö</translation>
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
        <name>DirectoryPage</name>
        <message>
            <source>Name, unit, kind or business ID</source>
            <translation>Nimi, yksikkö, laji tai Y-tunnus</translation>
        </message>
        <message>
            <source>Filter agencies</source>
            <translation>Suodata toimijoita</translation>
        </message>
        <message>
            <source>&amp;Filter agencies:</source>
            <translation>&amp;Suodata toimijoita:</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Toimijat</translation>
        </message>
        <message>
            <source>&amp;New agency…</source>
            <translation>&amp;Uusi toimija…</translation>
        </message>
        <message>
            <source>&amp;Edit agency…</source>
            <translation>&amp;Muokkaa toimijaa…</translation>
        </message>
        <message>
            <source>People at the agency</source>
            <translation>Toimijan henkilöt</translation>
        </message>
        <message>
            <source>New &amp;person…</source>
            <translation>Uusi &amp;henkilö…</translation>
        </message>
        <message>
            <source>Edit pe&amp;rson…</source>
            <translation>Muokkaa henki&amp;löä…</translation>
        </message>
        <message>
            <source>Loading the directory…</source>
            <translation>Ladataan toimijoita ja henkilöitä…</translation>
        </message>
        <message>
            <source>{0} of {1} agencies shown</source>
            <translation>{0}/{1} toimijaa näkyvissä</translation>
        </message>
        <message>
            <source>Choose an agency to see its people.</source>
            <translation>Valitse toimija, niin näet sen henkilöt.</translation>
        </message>
        <message>
            <source>People at {0}</source>
            <translation>Henkilöt – {0}</translation>
        </message>
    </context>
    <context>
        <name>DonePanel</name>
        <message>
            <source>What was done, e.g. the application was sent</source>
            <translation>Mitä tehtiin, esim. hakemus lähetettiin</translation>
        </message>
        <message>
            <source>Completion &amp;note:</source>
            <translation>&amp;Huomautus:</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>Vahv&amp;ista</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>Peru&amp;uta</translation>
        </message>
        <message>
            <source>Mark done: {0} ({1})</source>
            <translation>Merkitään tehdyksi: {0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Saved by someone else</source>
            <translation>Toinen tallensi välillä</translation>
        </message>
        <message>
            <source>Their values and yours</source>
            <translation>Heidän tietonsa ja sinun</translation>
        </message>
        <message>
            <source>What they saved is the same as yours.</source>
            <translation>Heidän tallentamansa on samaa kuin sinun.</translation>
        </message>
        <message>
            <source>Agree or close only what you have seen: show their version first.</source>
            <translation>Hyväksy tai päätä vain se, minkä olet nähnyt: näytä ensin heidän versionsa.</translation>
        </message>
        <message>
            <source>Nothing of yours was saved yet. Choose which stays.</source>
            <translation>Muutoksiasi ei ole vielä tallennettu. Valitse, kumpi jää voimaan.</translation>
        </message>
        <message>
            <source>&amp;Show their version</source>
            <translation>&amp;Näytä heidän versionsa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Pidä &amp;heidän</translation>
        </message>
        <message>
            <source>&amp;Save mine</source>
            <translation>&amp;Tallenna omani</translation>
        </message>
        <message>
            <source>Keep &amp;editing</source>
            <translation>&amp;Jatka muokkaamista</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>Someone else saved this plan while you were editing it.</source>
            <translation>Joku muu tallensi tämän suunnitelman sillä välin, kun muokkasit sitä.</translation>
        </message>
        <message>
            <source>Someone else saved this meeting while you were editing it.</source>
            <translation>Joku muu tallensi tämän neuvottelun sillä välin, kun muokkasit sitä.</translation>
        </message>
        <message>
            <source>Someone else saved this meeting's notes while you were editing them.</source>
            <translation>Joku muu tallensi tämän neuvottelun muistiinpanot sillä välin, kun muokkasit niitä.</translation>
        </message>
        <message>
            <source>Someone else changed this action after you opened it.</source>
            <translation>Joku muu muutti tätä toimenpidettä sen jälkeen, kun avasit sen.</translation>
        </message>
        <message>
            <source>{0} saved this plan while you were editing it, at {1}.</source>
            <translation>{0} tallensi tämän suunnitelman sillä välin, kun muokkasit sitä ({1}).</translation>
        </message>
        <message>
            <source>{0} saved this meeting while you were editing it, at {1}.</source>
            <translation>{0} tallensi tämän neuvottelun sillä välin, kun muokkasit sitä ({1}).</translation>
        </message>
        <message>
            <source>{0} saved this meeting's notes while you were editing them, at {1}.</source>
            <translation>{0} tallensi tämän neuvottelun muistiinpanot sillä välin, kun muokkasit niitä ({1}).</translation>
        </message>
        <message>
            <source>{0} changed this action after you opened it, at {1}.</source>
            <translation>{0} muutti tätä toimenpidettä sen jälkeen, kun avasit sen ({1}).</translation>
        </message>
    </context>
    <context>
        <name>EditorDialog</name>
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
        <name>FhirExport</name>
        <message>
            <source>Export FHIR bundle…</source>
            <translation>Vie FHIR-paketti…</translation>
        </message>
        <message>
            <source>Export the client's case as a FHIR bundle</source>
            <translation>Vie asiakkaan tiedot FHIR-pakettina</translation>
        </message>
        <message>
            <source>FHIR export status</source>
            <translation>FHIR-viennin tila</translation>
        </message>
        <message>
            <source>client-{0}-fhir.json</source>
            <translation>asiakas-{0}-fhir.json</translation>
        </message>
        <message>
            <source>Save the FHIR bundle</source>
            <translation>Tallenna FHIR-paketti</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json)</source>
            <translation>FHIR JSON -tiedostot (*.json)</translation>
        </message>
        <message>
            <source>FHIR bundle saved with the HETU: {0} ({1} resources).</source>
            <translation>FHIR-paketti tallennettu, henkilötunnus mukana: {0} ({1} resurssia).</translation>
        </message>
        <message>
            <source>FHIR bundle saved without the HETU: {0} ({1} resources).</source>
            <translation>FHIR-paketti tallennettu ilman henkilötunnusta: {0} ({1} resurssia).</translation>
        </message>
        <message>
            <source>Saving the FHIR bundle…</source>
            <translation>Tallennetaan FHIR-pakettia…</translation>
        </message>
    </context>
    <context>
        <name>FhirExportDialog</name>
        <message>
            <source>Export FHIR bundle</source>
            <translation>Vie FHIR-paketti</translation>
        </message>
        <message>
            <source>The case of {0} — plan with every version, goals, contact persons, meetings, agreed actions, information requests and consents — is saved as one FHIR R4 file for another system or for a colleague's Verkosto. The export is logged.</source>
            <translation>Asiakkaan {0} tiedot – suunnitelma kaikkine versioineen, tavoitteet, yhteyshenkilöt, tapaamiset, sovitut toimenpiteet, tietopyynnöt ja suostumukset – tallennetaan yhdeksi FHIR R4 -tiedostoksi toiselle järjestelmälle tai kollegan Verkostoon. Vienti kirjataan lokiin.</translation>
        </message>
        <message>
            <source>&amp;Include the personal identity code (HETU)</source>
            <translation>&amp;Liitä mukaan henkilötunnus</translation>
        </message>
        <message>
            <source>Without it the file names the client by name and birth date only: the receiving Verkosto then asks which of its clients the file is about. Include it only when the receiver needs it and the file travels safely.</source>
            <translation>Ilman sitä tiedostossa on asiakkaasta vain nimi ja syntymäaika: vastaanottava Verkosto kysyy silloin, ketä sen asiakkaista tiedosto koskee. Liitä henkilötunnus vain, kun vastaanottaja tarvitsee sitä ja tiedosto kulkee turvallisesti.</translation>
        </message>
        <message>
            <source>The client has no personal identity code recorded.</source>
            <translation>Asiakkaalle ei ole kirjattu henkilötunnusta.</translation>
        </message>
        <message>
            <source>&amp;Choose the file…</source>
            <translation>&amp;Valitse tiedosto…</translation>
        </message>
    </context>
    <context>
        <name>FhirImport</name>
        <message>
            <source>&amp;Import FHIR bundle…</source>
            <translation>&amp;Tuo FHIR-paketti…</translation>
        </message>
        <message>
            <source>Import a FHIR bundle</source>
            <translation>Tuo FHIR-paketti</translation>
        </message>
        <message>
            <source>FHIR import status</source>
            <translation>FHIR-tuonnin tila</translation>
        </message>
        <message>
            <source>Import FHIR bundle</source>
            <translation>Tuo FHIR-paketti</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json);;All files (*)</source>
            <translation>FHIR JSON -tiedostot (*.json);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Importing the FHIR bundle…</source>
            <translation>Tuodaan FHIR-pakettia…</translation>
        </message>
        <message>
            <source>The FHIR bundle was not imported: no client was chosen. Nothing was changed.</source>
            <translation>FHIR-pakettia ei tuotu: asiakasta ei valittu. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>FHIR bundle imported for {0}.</source>
            <translation>FHIR-paketti tuotu asiakkaalle {0}.</translation>
        </message>
    </context>
    <context>
        <name>FhirImportReport</name>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Toimijat</translation>
        </message>
        <message>
            <source>Professionals</source>
            <translation>Ammattilaiset</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Yhteyshenkilöt</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Suunnitelmat</translation>
        </message>
        <message>
            <source>Plan versions</source>
            <translation>Suunnitelman versiot</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>Benefits and services</source>
            <translation>Etuudet ja palvelut</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Tapaamiset</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Sovitut toimenpiteet</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Suostumukset</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <source>The file was not imported</source>
            <translation>Tiedostoa ei tuotu</translation>
        </message>
        <message>
            <source>{0} was not imported: it has the problems below. Nothing from it was saved.</source>
            <translation>Tiedostoa {0} ei tuotu, koska siinä on alla luetellut virheet. Mitään siitä ei tallennettu.</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Tiedoston virheet</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
    </context>
    <context>
        <name>FindTimeDialog</name>
        <message>
            <source>Find a time</source>
            <translation>Etsi sopiva aika</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Alkaen:</translation>
        </message>
        <message>
            <source>U&amp;ntil:</source>
            <translation>&amp;Päättyen:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Kesto:</translation>
        </message>
        <message>
            <source>&amp;Required (ticked) and optional participants:</source>
            <translation>&amp;Välttämättömät (rastitetut) ja muut osallistujat:</translation>
        </message>
        <message>
            <source>&amp;Import busy times (.ics)…</source>
            <translation>&amp;Tuo varatut ajat (.ics)…</translation>
        </message>
        <message>
            <source>Busy times of the selected participant:</source>
            <translation>Valitun osallistujan varatut ajat:</translation>
        </message>
        <message>
            <source>Import busy times</source>
            <translation>Tuo varatut ajat</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Hae</translation>
        </message>
        <message>
            <source>Free times</source>
            <translation>Vapaat ajat</translation>
        </message>
        <message>
            <source>&amp;Use this time</source>
            <translation>K&amp;äytä tätä aikaa</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Pe&amp;ruuta</translation>
        </message>
        <message>
            <source>Busy times of {0}</source>
            <translation>Henkilön {0} varatut ajat</translation>
        </message>
        <message>
            <source>Calendar files (*.ics *.ifb);;All files (*)</source>
            <translation>Kalenteritiedostot (*.ics *.ifb);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Reading busy times…</source>
            <translation>Luetaan varattuja aikoja…</translation>
        </message>
        <message>
            <source>{0} busy times imported</source>
            <translation>{0} varattua aikaa tuotu</translation>
        </message>
        <message>
            <source>none imported</source>
            <translation>ei tuotu</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Haetaan…</translation>
        </message>
        <message>
            <source>Finding free times…</source>
            <translation>Haetaan vapaita aikoja…</translation>
        </message>
        <message>
            <source>{0} times shown; all required participants are free at {1} of them.</source>
            <translation>{0} aikaa näytetään; kaikki välttämättömät osallistujat ovat vapaina {1} niistä.</translation>
        </message>
        <message>
            <source>No working-hour times in this window.</source>
            <translation>Tällä aikavälillä ei ole työaikaan osuvia aikoja.</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Tiedostoa ei voitu lukea: {0}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Plan follow-ups</source>
            <translation>Suunnittele jatkotapaamiset</translation>
        </message>
        <message>
            <source>Sickness allowance &amp;first day:</source>
            <translation>Sairauspäivärahan &amp;ensimmäinen päivä:</translation>
        </message>
        <message>
            <source>From the client's details (Edit details… in the workspace keeps a change).</source>
            <translation>Asiakkaan tiedoista (muutos säilyy, kun sen tekee työtilan kohdassa Muokkaa tietoja…).</translation>
        </message>
        <message>
            <source>Not in the client's details: the meeting's day is proposed. Edit details… in the workspace stores the right one.</source>
            <translation>Ei asiakkaan tiedoissa: ehdotetaan tapaamisen päivää. Oikean päivän voi tallentaa työtilan kohdassa Muokkaa tietoja…</translation>
        </message>
        <message>
            <source>payment days (Mon–Sat, no holidays)</source>
            <translation>maksupäivinä (ma–la, ei arkipyhiä)</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>kalenteripäivinä</translation>
        </message>
        <message>
            <source>Count i&amp;n:</source>
            <translation>&amp;Laske:</translation>
        </message>
        <message>
            <source>&amp;Proposed follow-ups (tick the ones to plan):</source>
            <translation>Ehdotetut seurannat (&amp;rastita suunniteltavat):</translation>
        </message>
        <message>
            <source>Plan &amp;ticked meetings</source>
            <translation>&amp;Suunnittele rastitetut</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;ulje</translation>
        </message>
        <message>
            <source>{0}: {1} ({2}; {3})</source>
            <translation>{0}: {1} ({2}; {3})</translation>
        </message>
        <message>
            <source>{0} — proposed by the meeting's type</source>
            <translation>{0} — ehdotettu tapaamistyypin mukaan</translation>
        </message>
        <message>
            <source>Tick at least one follow-up.</source>
            <translation>Rastita vähintään yksi seuranta.</translation>
        </message>
        <message>
            <source>Planning follow-ups…</source>
            <translation>Suunnitellaan jatkotapaamisia…</translation>
        </message>
        <message>
            <source>{0} follow-up meetings planned: {1}</source>
            <translation>{0} jatkotapaamista suunniteltu: {1}</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <source>Goal</source>
            <translation>Tavoite</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Tavoitepäivä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Whose goal</source>
            <translation>Kenen tavoite</translation>
        </message>
    </context>
    <context>
        <name>GoalsAndServices</name>
        <message>
            <source>Goals</source>
            <translation>Tavoitteet</translation>
        </message>
        <message>
            <source>Goal description:</source>
            <translation>Tavoitteen kuvaus:</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Tavoitepäivä</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Tavoitepäivä:</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Ei tavoitepäivää</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Tila:</translation>
        </message>
        <message>
            <source>Whose goal:</source>
            <translation>Kenen tavoite:</translation>
        </message>
        <message>
            <source>Problems with the goals</source>
            <translation>Tavoitteiden virheet</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>&amp;Uusi tavoite</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>Poista tavoite</translation>
        </message>
        <message>
            <source>Benefits and services</source>
            <translation>Etuudet ja palvelut</translation>
        </message>
        <message>
            <source>Benefit or service:</source>
            <translation>Etuus tai palvelu:</translation>
        </message>
        <message>
            <source>Provided by:</source>
            <translation>Järjestävä toimija:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Huomautus:</translation>
        </message>
        <message>
            <source>Problems with the benefits and services</source>
            <translation>Etuuksien ja palvelujen virheet</translation>
        </message>
        <message>
            <source>Add benefit or service</source>
            <translation>Lisää etuus tai palvelu</translation>
        </message>
        <message>
            <source>Remove benefit or service</source>
            <translation>Poista etuus tai palvelu</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(ei nimetty)</translation>
        </message>
    </context>
    <context>
        <name>GridBody</name>
        <message>
            <source>Empty time slots</source>
            <translation>Vapaat ajat</translation>
        </message>
        <message>
            <source>Arrow keys choose a time, Enter offers a new meeting then</source>
            <translation>Nuolinäppäimet valitsevat ajan, Enter tarjoaa siihen uutta tapaamista</translation>
        </message>
        <message>
            <source>Empty time slot {0} {1}</source>
            <translation>Vapaa aika {0} klo {1}</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Tänään</translation>
        </message>
        <message>
            <source>No meetings today.</source>
            <translation>Ei tapaamisia tänään.</translation>
        </message>
        <message>
            <source>Later this week</source>
            <translation>Myöhemmin tällä viikolla</translation>
        </message>
        <message>
            <source>No more meetings this week.</source>
            <translation>Ei muita tapaamisia tällä viikolla.</translation>
        </message>
        <message>
            <source>My overdue actions</source>
            <translation>Myöhässä olevat toimenpiteeni</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Ei myöhässä olevia toimenpiteitä.</translation>
        </message>
        <message>
            <source>My actions due within 7 days</source>
            <translation>Toimenpiteeni, jotka erääntyvät 7 päivän sisällä</translation>
        </message>
        <message>
            <source>Nothing due in the next 7 days.</source>
            <translation>Ei erääntyviä toimenpiteitä seuraavien 7 päivän aikana.</translation>
        </message>
        <message>
            <source>Follow-ups coming due (30 days)</source>
            <translation>Lähestyvät seurannat (30 päivää)</translation>
        </message>
        <message>
            <source>No follow-up points in the next 30 days.</source>
            <translation>Ei seurantoja seuraavien 30 päivän aikana.</translation>
        </message>
        <message>
            <source>Plan reviews coming due (30 days)</source>
            <translation>Lähestyvät suunnitelmien tarkistukset (30 päivää)</translation>
        </message>
        <message>
            <source>No plan is due for review in the next 30 days.</source>
            <translation>Yhtäkään suunnitelmaa ei tarvitse tarkistaa seuraavien 30 päivän aikana.</translation>
        </message>
        <message>
            <source>Answers to invites</source>
            <translation>Vastaukset kutsuihin</translation>
        </message>
        <message>
            <source>No answers yet to the invites of the meetings ahead.</source>
            <translation>Tulevien tapaamisten kutsuihin ei ole vielä vastauksia.</translation>
        </message>
        <message>
            <source>Loading the home view…</source>
            <translation>Ladataan etusivua…</translation>
        </message>
        <message>
            <source>Today is {0}</source>
            <translation>Tänään on {0}</translation>
        </message>
        <message>
            <source>Your own actions are shown once your profile (Settings) has the e-mail address of your entry in Agencies and people.</source>
            <translation>Omat toimenpiteesi näkyvät, kun profiilissasi (Asetukset) on sama sähköpostiosoite kuin omissa tiedoissasi kohdassa Toimijat ja henkilöt.</translation>
        </message>
        <message>
            <source>{0} yes, {1} maybe, {2} no, {3} not answered</source>
            <translation>{0} kyllä, {1} ehkä, {2} ei, {3} vastaamatta</translation>
        </message>
        <message>
            <source>Information request from {0}</source>
            <translation>Tietopyyntö käsiteltävänä, pyytäjä {0}</translation>
        </message>
        <message>
            <source>Information request to {0}</source>
            <translation>Tietopyyntö: {0}</translation>
        </message>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>FHIR bundle imported</source>
            <translation>FHIR-paketti tuotu</translation>
        </message>
        <message>
            <source>Imported for {0}</source>
            <translation>Tuotu asiakkaalle {0}</translation>
        </message>
        <message>
            <source>Added {0}, updated {1}, unchanged {2}. The import has been logged.</source>
            <translation>Lisätty {0}, päivitetty {1}, ennallaan {2}. Tuonti on kirjattu lokiin.</translation>
        </message>
        <message>
            <source>Added and updated</source>
            <translation>Lisätyt ja päivitetyt</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Lisätty</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Päivitetty</translation>
        </message>
    </context>
    <context>
        <name>IncomeEffectDialog</name>
        <message>
            <source>Income effect</source>
            <translation>Tulovaikutus</translation>
        </message>
        <message>
            <source>Income-effect notes</source>
            <translation>Tulovaikutusmerkinnät</translation>
        </message>
        <message>
            <source>&amp;Remove note</source>
            <translation>P&amp;oista merkintä</translation>
        </message>
        <message>
            <source>&amp;Benefit:</source>
            <translation>&amp;Etuus:</translation>
        </message>
        <message>
            <source>&amp;What happens:</source>
            <translation>&amp;Mitä tapahtuu:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>&amp;Perustelu:</translation>
        </message>
        <message>
            <source>In plain words, as told to the client</source>
            <translation>Selkeästi, niin kuin asiakkaalle kerrotaan</translation>
        </message>
        <message>
            <source>A&amp;mount note:</source>
            <translation>&amp;Huomio määrästä:</translation>
        </message>
        <message>
            <source>Optional; nothing is computed</source>
            <translation>Vapaaehtoinen; mitään ei lasketa</translation>
        </message>
        <message>
            <source>Checked b&amp;y:</source>
            <translation>&amp;Selvittänyt:</translation>
        </message>
        <message>
            <source>Checked o&amp;n:</source>
            <translation>Selvityspäi&amp;vä:</translation>
        </message>
        <message>
            <source>Sa&amp;ve note</source>
            <translation>&amp;Tallenna merkintä</translation>
        </message>
    </context>
    <context>
        <name>IncomeEffectsBox</name>
        <message>
            <source>Income effects not checked</source>
            <translation>Selvittämättömät tulovaikutukset</translation>
        </message>
        <message>
            <source>Income effects</source>
            <translation>Tulovaikutukset</translation>
        </message>
        <message>
            <source>Income effect of the selected row…</source>
            <translation>Valitun rivin tulovaikutus…</translation>
        </message>
        <message>
            <source>What the chosen benefit or service row does to each of the client's benefits</source>
            <translation>Mitä valittu etuus- tai palvelurivi tekee kullekin asiakkaan etuudelle</translation>
        </message>
        <message>
            <source>No income-effect notes yet.</source>
            <translation>Tulovaikutusmerkintöjä ei vielä ole.</translation>
        </message>
        <message>
            <source>Choose a benefit or service row first.</source>
            <translation>Valitse ensin etuus- tai palvelurivi.</translation>
        </message>
    </context>
    <context>
        <name>InviteBar</name>
        <message>
            <source>Send &amp;invites</source>
            <translation>&amp;Lähetä kutsut</translation>
        </message>
        <message>
            <source>E&amp;xport invite files…</source>
            <translation>Kutsut t&amp;iedostoina…</translation>
        </message>
        <message>
            <source>Import &amp;replies…</source>
            <translation>&amp;Kirjaa vastaukset…</translation>
        </message>
        <message>
            <source>Invite status</source>
            <translation>Kutsujen tila</translation>
        </message>
        <message>
            <source>Send c&amp;ancellation</source>
            <translation>&amp;Lähetä peruutus</translation>
        </message>
        <message>
            <source>E&amp;xport cancellation files…</source>
            <translation>Peruutus t&amp;iedostoina…</translation>
        </message>
        <message>
            <source>Send cancellation to &amp;those removed ({0})</source>
            <translation>Lähetä peruutus poist&amp;etuille ({0})</translation>
        </message>
        <message>
            <source>The file could not be used: {0}</source>
            <translation>Tiedostoa ei voitu käyttää: {0}</translation>
        </message>
        <message>
            <source>Folder for the invite files</source>
            <translation>Kansio kutsutiedostoille</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Mitään ei tallennettu.</translation>
        </message>
        <message>
            <source>Saved in {0}: the calendar file and {1} e-mails to send.</source>
            <translation>Tallennettu kansioon {0}: kalenteritiedosto ja {1} lähetettävää sähköpostiviestiä.</translation>
        </message>
        <message>
            <source>Writing invite files…</source>
            <translation>Kirjoitetaan kutsutiedostoja…</translation>
        </message>
        <message>
            <source>Answers to the invite</source>
            <translation>Vastaukset kutsuun</translation>
        </message>
        <message>
            <source>Answers (*.eml *.ics);;All files (*)</source>
            <translation>Vastaukset (*.eml *.ics);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Recording answers…</source>
            <translation>Kirjataan vastauksia…</translation>
        </message>
        <message>
            <source>The answer in {0} was sent by {1} but claims to be from {2} ({3}), a participant of “{4}”.

Anyone can write an e-mail naming someone else. Record the answer only if you know it is genuine. Record it?</source>
            <translation>Tiedoston {0} vastauksen lähetti {1}, mutta se väittää olevansa henkilöltä {2} ({3}), joka on tapaamisen ”{4}” osallistuja.

Kuka tahansa voi kirjoittaa sähköpostin toisen nimissä. Kirjaa vastaus vain, jos tiedät sen olevan aito. Kirjataanko se?</translation>
        </message>
        <message>
            <source>(no sender)</source>
            <translation>(ei lähettäjää)</translation>
        </message>
        <message>
            <source>Answer from someone else</source>
            <translation>Vastauksen lähettäjä ei täsmää</translation>
        </message>
        <message>
            <source>Preparing to send…</source>
            <translation>Valmistellaan lähetystä…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Lähetetään…</translation>
        </message>
        <message>
            <source>Sent to {0} of {1} recipients.</source>
            <translation>Lähetetty {0}/{1} vastaanottajalle.</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <translation>Ei lähetetty: {0}</translation>
        </message>
    </context>
    <context>
        <name>KeptPassword</name>
        <message>
            <source>(kept in the keyring)</source>
            <translation>(tallessa avainnipussa)</translation>
        </message>
    </context>
    <context>
        <name>LockButton</name>
        <message>
            <source>Lock</source>
            <translation>Lukitse</translation>
        </message>
        <message>
            <source>Lock the store (Ctrl+L)</source>
            <translation>Lukitse tietovarasto (Ctrl+L)</translation>
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
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Palauta varmuuskopiosta…</translation>
        </message>
        <message>
            <source>&amp;Acknowledge and open…</source>
            <translation>&amp;Kuittaa ja avaa…</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
        <message>
            <source>Log</source>
            <translation>Loki</translation>
        </message>
        <message>
            <source>Log extract status</source>
            <translation>Lokiotteen tila</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Kaikki tapahtumat</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Katsotut</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Muutetut</translation>
        </message>
        <message>
            <source>Exported or disclosed</source>
            <translation>Viedyt tai luovutetut</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Näytä:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>Al&amp;kaen:</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>ei rajausta</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation>&amp;Henkilö:</translation>
        </message>
        <message>
            <source>U&amp;ntil:</source>
            <translation>&amp;Päättyen:</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Tapahtuman laji</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>Alkupäivä</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>Loppupäivä</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>Language of the extract</source>
            <translation>Otteen kieli</translation>
        </message>
        <message>
            <source>Print e&amp;xtract…</source>
            <translation>T&amp;ulosta ote…</translation>
        </message>
        <message>
            <source>A PDF for the client's own information request: every entry of the period chosen above (whatever is shown), newest first. Giving it is logged.</source>
            <translation>PDF asiakkaan omaan tietopyyntöön: kaikki yllä valitun ajan merkinnät (riippumatta siitä, mitä näytetään), uusimmat ensin. Otteen antaminen kirjataan lokiin.</translation>
        </message>
        <message>
            <source>For the client:</source>
            <translation>Asiakkaalle:</translation>
        </message>
        <message>
            <source>Showing {0} of {1} entries</source>
            <translation>Näytetään {0}/{1} merkintää</translation>
        </message>
        <message>
            <source>log-extract-{0}-{1}.pdf</source>
            <translation>lokiote-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the log extract</source>
            <translation>Tallenna lokiote</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>Log extract saved: {0} ({1} entries)</source>
            <translation>Lokiote tallennettu: {0} ({1} merkintää)</translation>
        </message>
        <message>
            <source>Making the log extract…</source>
            <translation>Tehdään lokiotetta…</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsBox</name>
        <message>
            <source>E-mail server password</source>
            <translation>Sähköpostipalvelimen salasana</translation>
        </message>
        <message>
            <source>Password for {0}:</source>
            <translation>Salasana tunnukselle {0}:</translation>
        </message>
        <message>
            <source>E-mail server (SMTP)</source>
            <translation>Sähköpostipalvelin (SMTP)</translation>
        </message>
        <message>
            <source>Server (&amp;host):</source>
            <translation>SMTP-&amp;palvelin:</translation>
        </message>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (portti 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (portti 465)</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the password is not kept: it is asked each time invites are sent.</source>
            <translation>Tällä tietokoneella ei ole avainnippua, joten salasanaa ei tallenneta: se kysytään aina, kun kutsuja lähetetään.</translation>
        </message>
        <message>
            <source>Securit&amp;y:</source>
            <translation>Suo&amp;jaus:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Portti:</translation>
        </message>
        <message>
            <source>User na&amp;me:</source>
            <translation>Käyttäjät&amp;unnus:</translation>
        </message>
        <message>
            <source>Passwor&amp;d:</source>
            <translation>S&amp;alasana:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the keyring</source>
            <translation>&amp;Muista salasana avainnipussa</translation>
        </message>
        <message>
            <source>Sender name (optional):</source>
            <translation>Lähettäjän nimi (valinnainen):</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <source>Browse for the CA certificate</source>
            <translation>Valitse CA-varmenne</translation>
        </message>
        <message>
            <source>Extra CA certi&amp;ficate (optional):</source>
            <translation>Lisä-&amp;CA-varmenne (valinnainen):</translation>
        </message>
        <message>
            <source>Extra CA certificate</source>
            <translation>Lisä-CA-varmenne</translation>
        </message>
        <message>
            <source>Sa&amp;ve e-mail settings</source>
            <translation>Tallenna sä&amp;hköpostiasetukset</translation>
        </message>
        <message>
            <source>Test c&amp;onnection</source>
            <translation>Testaa &amp;yhteys</translation>
        </message>
        <message>
            <source>E-mail server status</source>
            <translation>Sähköpostipalvelimen tila</translation>
        </message>
        <message>
            <source>Loading e-mail settings…</source>
            <translation>Ladataan sähköpostiasetuksia…</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Varmenteet (*.pem *.crt *.cer);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Saving e-mail settings…</source>
            <translation>Tallennetaan sähköpostiasetuksia…</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Testataan yhteyttä…</translation>
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
            <source>Agencies and people</source>
            <translation>Toimijat ja henkilöt</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <source>Verify a PDF</source>
            <translation>Tarkista PDF</translation>
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
            <source>Create a store</source>
            <translation>Luo tietovarasto</translation>
        </message>
        <message>
            <source>There is no Verkosto store in {0} yet. Create a new encrypted store there?</source>
            <translation>Kansiossa {0} ei ole vielä Verkoston tietovarastoa. Luodaanko sinne uusi salattu tietovarasto?</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <source>Connection restored</source>
            <translation>Yhteys palautui</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Avataan tietovarastoa…</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Odottamaton virhe: {0}</translation>
        </message>
    </context>
    <context>
        <name>MeetingBlock</name>
        <message>
            <source>I take part</source>
            <translation>Osallistun</translation>
        </message>
        <message>
            <source>Enter opens the meeting</source>
            <translation>Enter avaa tapaamisen</translation>
        </message>
    </context>
    <context>
        <name>MeetingCalendarTab</name>
        <message>
            <source>Calendar invites</source>
            <translation>Kalenterikutsut</translation>
        </message>
        <message>
            <source>Invites go to every participant with an e-mail address as ordinary e-mail: they name the client only as Settings allow and never carry the identity code, health or benefit details. Send again after a change of time or place; a cancelled meeting sends the cancellation.</source>
            <translation>Kutsut lähtevät tavallisena sähköpostina jokaiselle osallistujalle, jolla on sähköpostiosoite: asiakas nimetään vain asetusten sallimalla tavalla, eikä kutsuissa ole henkilötunnusta, terveys- tai etuustietoja. Lähetä uudelleen, kun aika tai paikka muuttuu; peruttu tapaaminen lähettää peruutuksen.</translation>
        </message>
        <message>
            <source>Summary for supervisors</source>
            <translation>Yhteenveto esihenkilölle</translation>
        </message>
        <message>
            <source>A PDF of the meeting (participants, decisions, the client's own view, agreed actions, the consent it rests on), marked confidential and signed with your certificate so that a supervisor can verify it.</source>
            <translation>PDF tapaamisesta (osallistujat, päätökset, asiakkaan oma näkemys, sovitut toimenpiteet ja suostumus, johon tietojen jakaminen perustuu), merkitty salassa pidettäväksi ja allekirjoitettu varmenteellasi, jotta esihenkilö voi tarkistaa sen.</translation>
        </message>
        <message>
            <source>The client's own copy</source>
            <translation>Asiakkaan oma kooste</translation>
        </message>
        <message>
            <source>A PDF for the client in large type: what was agreed, who does what and by when, the contact persons, the next meeting and the client's own view. No working notes, no other participant's private data; the identity code masked.</source>
            <translation>Asiakkaalle isolla tekstillä tehty PDF: mitä sovittiin, kuka tekee mitä ja mihin mennessä, yhteyshenkilöt, seuraava tapaaminen ja asiakkaan oma näkemys. Ei työmuistiinpanoja eikä muiden osallistujien yksityisiä tietoja; henkilötunnus peitettynä.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seuranta</translation>
        </message>
        <message>
            <source>The sickness-allowance review points (about day 60, 90–150 and 230–300) and the client plan's review date, planned as meetings or calls with the same people.</source>
            <translation>Sairauspäivärahan seurantakohdat (noin 60., 90.–150. ja 230.–300. päivä) ja asiakassuunnitelman arviointipäivä suunnitellaan tapaamisiksi tai puheluiksi samojen henkilöiden kanssa.</translation>
        </message>
        <message>
            <source>Plan &amp;follow-ups…</source>
            <translation>Suunnittele &amp;jatkotapaamiset…</translation>
        </message>
    </context>
    <context>
        <name>MeetingDetailsForm</name>
        <message>
            <source>— no type —</source>
            <translation>— ei tyyppiä —</translation>
        </message>
        <message>
            <source>Meeting t&amp;ype:</source>
            <translation>Läht&amp;ökohta:</translation>
        </message>
        <message>
            <source>Meeting type:</source>
            <translation>Tapaamistyyppi:</translation>
        </message>
        <message>
            <source>Proposed participants</source>
            <translation>Ehdotetut osallistujat</translation>
        </message>
        <message>
            <source>Meeting &amp;title:</source>
            <translation>Ots&amp;ikko:</translation>
        </message>
        <message>
            <source>Pu&amp;rpose:</source>
            <translation>Tarkoit&amp;us:</translation>
        </message>
        <message>
            <source>Client:</source>
            <translation>Asiakas:</translation>
        </message>
        <message>
            <source>Choose the client</source>
            <translation>Valitse asiakas</translation>
        </message>
        <message>
            <source>Cl&amp;ient:</source>
            <translation>&amp;Asiakas:</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Alkamisaika</translation>
        </message>
        <message>
            <source>&amp;Find a time…</source>
            <translation>Etsi kaikille k&amp;äyvä aika…</translation>
        </message>
        <message>
            <source>Dat&amp;e and time:</source>
            <translation>Päivä &amp;ja aika:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Durati&amp;on:</source>
            <translation>K&amp;esto:</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Kesto minuutteina</translation>
        </message>
        <message>
            <source>Scheduling warnings</source>
            <translation>Aikataulutuksen varoitukset</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>Tapaamise&amp;n muoto:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>Pai&amp;kka:</translation>
        </message>
        <message>
            <source>Remote lin&amp;k:</source>
            <translation>Etäy&amp;hteyden linkki:</translation>
        </message>
        <message>
            <source>⚠ This link reveals the client (a name or an identity code in it), so it will be left out of invites and the calendar. Use a link that does not identify the client, for example the meeting service's own meeting id.</source>
            <translation>⚠ Tämä linkki paljastaa asiakkaan (siinä on nimi tai henkilötunnus), joten se jätetään pois kutsuista ja kalenterista. Käytä linkkiä, josta asiakasta ei tunnista, esimerkiksi kokouspalvelun omaa kokoustunnusta.</translation>
        </message>
        <message>
            <source>Remote link warning</source>
            <translation>Etäyhteyslinkin varoitus</translation>
        </message>
        <message>
            <source>Agend&amp;a:</source>
            <translation>Esit&amp;yslista:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Ti&amp;la:</translation>
        </message>
        <message>
            <source>ends at {0} ({1} h)</source>
            <translation>päättyy klo {0} ({1} h)</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Perustiedot</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Osallistujat</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Muistiinpanot</translation>
        </message>
        <message>
            <source>Earlier actions</source>
            <translation>Aiemmat toimenpiteet</translation>
        </message>
        <message>
            <source>A&amp;greed actions</source>
            <translation>So&amp;vitut toimenpiteet</translation>
        </message>
        <message>
            <source>Sc&amp;hedule and invites</source>
            <translation>Kutsut ja ajankoh&amp;dat</translation>
        </message>
        <message>
            <source>Save the meeting first; then you can add agreed actions and send invites.</source>
            <translation>Tallenna tapaaminen ensin; sen jälkeen voit lisätä sovittuja toimenpiteitä ja lähettää kutsut.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>Opening the meeting…</source>
            <translation>Avataan tapaamista…</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Meeting – {0}</source>
            <translation>Tapaaminen – {0}</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Uusi tapaaminen</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Tapaaminen</translation>
        </message>
        <message>
            <source>The meeting “{0}”</source>
            <translation>Tapaaminen ”{0}”</translation>
        </message>
        <message>
            <source>The new meeting</source>
            <translation>Uusi tapaaminen</translation>
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
        <message>
            <source>Place</source>
            <translation>Paikka</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeDialog</name>
        <message>
            <source>Meeting type – {0}</source>
            <translation>Tapaamistyyppi – {0}</translation>
        </message>
        <message>
            <source>New meeting type</source>
            <translation>Uusi tapaamistyyppi</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Osallistujat</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Perustiedot</translation>
        </message>
        <message>
            <source>Co&amp;de:</source>
            <translation>T&amp;unnus:</translation>
        </message>
        <message>
            <source>e.g. discharge_tays (a–z, 0–9, _)</source>
            <translation>esim. kotiutus_tays (a–z, 0–9, _)</translation>
        </message>
        <message>
            <source>Name in &amp;Finnish:</source>
            <translation>Nimi &amp;suomeksi:</translation>
        </message>
        <message>
            <source>Name in S&amp;wedish:</source>
            <translation>Nimi &amp;ruotsiksi:</translation>
        </message>
        <message>
            <source>Name in &amp;English:</source>
            <translation>Nimi &amp;englanniksi:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Kesto:</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Muoto:</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Asialista</translation>
        </message>
        <message>
            <source>One agenda item a line. A new meeting of this type gets the items in the language of the app.</source>
            <translation>Yksi asialistan kohta riville. Uusi tämän tyypin tapaaminen saa kohdat sovelluksen kielellä.</translation>
        </message>
        <message>
            <source>In &amp;Finnish:</source>
            <translation>&amp;Suomeksi:</translation>
        </message>
        <message>
            <source>In S&amp;wedish:</source>
            <translation>&amp;Ruotsiksi:</translation>
        </message>
        <message>
            <source>In &amp;English:</source>
            <translation>&amp;Englanniksi:</translation>
        </message>
        <message>
            <source>Consent and follow-up</source>
            <translation>Suostumus ja jatko</translation>
        </message>
        <message>
            <source>The meeting needs the client's c&amp;onsent</source>
            <translation>Tapaaminen tarvitsee asiakkaan su&amp;ostumuksen</translation>
        </message>
        <message>
            <source>Purpose in &amp;Finnish:</source>
            <translation>Käyttötarkoitus &amp;suomeksi:</translation>
        </message>
        <message>
            <source>Purpose in S&amp;wedish:</source>
            <translation>Käyttötarkoitus &amp;ruotsiksi:</translation>
        </message>
        <message>
            <source>Purpose in &amp;English:</source>
            <translation>Käyttötarkoitus &amp;englanniksi:</translation>
        </message>
        <message>
            <source>— no follow-up —</source>
            <translation>— ei jatkoa —</translation>
        </message>
        <message>
            <source>this type again</source>
            <translation>tämä sama tyyppi</translation>
        </message>
        <message>
            <source>&amp;Next meeting:</source>
            <translation>&amp;Jatkotapaaminen:</translation>
        </message>
        <message>
            <source>days after the meeting</source>
            <translation>päivää tapaamisen jälkeen</translation>
        </message>
        <message>
            <source>Days after the meeting</source>
            <translation>Päiviä tapaamisen jälkeen</translation>
        </message>
        <message>
            <source>&amp;Proposed for:</source>
            <translation>&amp;Ajankohta:</translation>
        </message>
        <message>
            <source>Proposed for</source>
            <translation>Ajankohta</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Tallenna</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Peruuta</translation>
        </message>
        <message>
            <source>The meeting type</source>
            <translation>Tapaamistyyppi</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeStart</name>
        <message>
            <source>Choose the client, then the type again, to have participants proposed.</source>
            <translation>Valitse asiakas ja sitten tyyppi uudelleen, niin osallistujia ehdotetaan.</translation>
        </message>
        <message>
            <source>Proposing participants…</source>
            <translation>Ehdotetaan osallistujia…</translation>
        </message>
        <message>
            <source>Added to the participants from the client's contacts: {0}.</source>
            <translation>Lisätty osallistujiksi asiakkaan yhteyshenkilöistä: {0}.</translation>
        </message>
        <message>
            <source>No contact of the client fits this type.</source>
            <translation>Mikään asiakkaan yhteyshenkilö ei sovi tähän tyyppiin.</translation>
        </message>
        <message>
            <source>No named contact for: {0}. Add them on the Participants tab.</source>
            <translation>Ei nimettyä yhteyshenkilöä: {0}. Lisää heidät Osallistujat-välilehdellä.</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Tunnus</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Muoto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>built in, read only</source>
            <translation>sisäänrakennettu, vain luku</translation>
        </message>
        <message>
            <source>own</source>
            <translation>oma</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypesBox</name>
        <message>
            <source>A new meeting starts from a type: its length, mode, agenda and the people it needs. The built-in types cannot be changed: copy one to make it your own.</source>
            <translation>Uusi tapaaminen alkaa tyypistä: sen kestosta, muodosta, asialistasta ja tarvittavista osallistujista. Sisäänrakennettuja tyyppejä ei voi muuttaa: kopioi tyyppi, niin saat oman muokattavaksi.</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Tapaamistyypit</translation>
        </message>
        <message>
            <source>&amp;Copy…</source>
            <translation>&amp;Kopioi…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Uusi…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Muokkaa…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Poista</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Tuo…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Vie…</translation>
        </message>
        <message>
            <source>Meeting types status</source>
            <translation>Tapaamistyyppien tila</translation>
        </message>
        <message>
            <source>A built-in type cannot be changed: copy it to make it your own.</source>
            <translation>Sisäänrakennettua tyyppiä ei voi muuttaa: kopioi se, niin saat oman muokattavaksi.</translation>
        </message>
        <message>
            <source>Saved: {0}</source>
            <translation>Tallennettu: {0}</translation>
        </message>
        <message>
            <source>Delete the meeting type?</source>
            <translation>Poistetaanko tapaamistyyppi?</translation>
        </message>
        <message>
            <source>Delete the meeting type {0} ({1})? Meetings made from it keep what they have.</source>
            <translation>Poistetaanko tapaamistyyppi {0} ({1})? Siitä tehdyt tapaamiset säilyvät ennallaan.</translation>
        </message>
        <message>
            <source>Deleted: {0}</source>
            <translation>Poistettu: {0}</translation>
        </message>
        <message>
            <source>Deleting the meeting type…</source>
            <translation>Poistetaan tapaamistyyppiä…</translation>
        </message>
        <message>
            <source>Import meeting types</source>
            <translation>Tuo tapaamistyypit</translation>
        </message>
        <message>
            <source>Meeting type files (*.json)</source>
            <translation>Tapaamistyyppitiedostot (*.json)</translation>
        </message>
        <message>
            <source>Nothing was imported from {0}.</source>
            <translation>Mitään ei tuotu tiedostosta {0}.</translation>
        </message>
        <message>
            <source>{0} was not imported.</source>
            <translation>Tiedostoa {0} ei tuotu.</translation>
        </message>
        <message>
            <source>Imported from {0}: {1} new, {2} replaced.</source>
            <translation>Tuotu tiedostosta {0}: {1} uutta, {2} korvattu.</translation>
        </message>
        <message>
            <source>Importing meeting types…</source>
            <translation>Tuodaan tapaamistyyppejä…</translation>
        </message>
        <message>
            <source>Reading meeting types…</source>
            <translation>Luetaan tapaamistyyppejä…</translation>
        </message>
        <message>
            <source>Replace your meeting types?</source>
            <translation>Korvataanko omat tapaamistyypit?</translation>
        </message>
        <message>
            <source>{0} replaces these meeting types of yours:</source>
            <translation>{0} korvaa nämä omat tapaamistyyppisi:</translation>
        </message>
        <message>
            <source>Import it?</source>
            <translation>Tuodaanko se?</translation>
        </message>
        <message>
            <source>meeting-types.json</source>
            <translation>tapaamistyypit.json</translation>
        </message>
        <message>
            <source>Export your meeting types</source>
            <translation>Vie omat tapaamistyypit</translation>
        </message>
        <message>
            <source>Your meeting types ({0}) saved: {1}</source>
            <translation>Omat tapaamistyypit ({0}) tallennettu: {1}</translation>
        </message>
        <message>
            <source>Exporting meeting types…</source>
            <translation>Viedään tapaamistyyppejä…</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>Meetings</source>
            <translation>Tapaamiset</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Uusi tapaaminen…</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Dec&amp;isions:</source>
            <translation>P&amp;äätökset:</translation>
        </message>
        <message>
            <source>Client's own &amp;view:</source>
            <translation>Asiakkaan oma &amp;näkemys:</translation>
        </message>
        <message>
            <source>Last recorded</source>
            <translation>Viimeksi kirjattu</translation>
        </message>
        <message>
            <source>Recorded by {0}, {1}</source>
            <translation>Kirjannut {0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
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
            <source>Sickness allowance since:</source>
            <translation>Sairauspäiväraha alkaen:</translation>
        </message>
        <message>
            <source>Named contact persons</source>
            <translation>Nimetyt yhteyshenkilöt</translation>
        </message>
        <message>
            <source>&amp;Name a contact person…</source>
            <translation>&amp;Nimeä yhteyshenkilö…</translation>
        </message>
        <message>
            <source>Ma&amp;ke case lead</source>
            <translation>Tee &amp;vastuuhenkilöksi</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>&amp;Poista yhteyshenkilö</translation>
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
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>required</source>
            <translation>pakollinen</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>valinnainen</translation>
        </message>
        <message>
            <source>{0} (no e-mail)</source>
            <translation>{0} (ei sähköpostia)</translation>
        </message>
        <message>
            <source>{0} — no consent</source>
            <translation>{0} — ei suostumusta</translation>
        </message>
        <message>
            <source>No consent: the client's valid consent does not name {0}. Record a consent naming the organisation {1} (all its units) or this unit.</source>
            <translation>Ei suostumusta: asiakkaan voimassa oleva suostumus ei mainitse toimijaa {0}. Kirjaa suostumus, joka mainitsee organisaation {1} (kaikki sen yksiköt) tai tämän yksikön.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Pakollinen</translation>
        </message>
        <message>
            <source>Interpreter language</source>
            <translation>Tulkkauskieli</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Osallistuminen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Warnings</source>
            <translation>Varoitukset</translation>
        </message>
        <message>
            <source>Record consen&amp;t…</source>
            <translation>K&amp;irjaa suostumus…</translation>
        </message>
        <message>
            <source>From the directory</source>
            <translation>Toimijaluettelosta</translation>
        </message>
        <message>
            <source>Agenc&amp;y:</source>
            <translation>Toimi&amp;ja:</translation>
        </message>
        <message>
            <source>P&amp;erson:</source>
            <translation>&amp;Henkilö:</translation>
        </message>
        <message>
            <source>&amp;Add to meeting</source>
            <translation>&amp;Lisää tapaamiseen</translation>
        </message>
        <message>
            <source>Add the c&amp;lient</source>
            <translation>Lisää &amp;asiakas</translation>
        </message>
        <message>
            <source>Family member or another person</source>
            <translation>Omainen tai muu henkilö</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <source>E-ma&amp;il:</source>
            <translation>Säh&amp;köposti:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rooli:</translation>
        </message>
        <message>
            <source>Add &amp;other person</source>
            <translation>Lisää muu henkil&amp;ö</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Osallistujat</translation>
        </message>
        <message>
            <source>Remo&amp;ve participant</source>
            <translation>Poista osallist&amp;uja</translation>
        </message>
        <message>
            <source>Copy &amp;from an earlier meeting</source>
            <translation>Kopioi ai&amp;emmasta tapaamisesta</translation>
        </message>
        <message>
            <source>The client</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Choose a participant in the table first.</source>
            <translation>Valitse ensin osallistuja taulukosta.</translation>
        </message>
        <message>
            <source>No earlier meetings</source>
            <translation>Ei aiempia tapaamisia</translation>
        </message>
        <message>
            <source>Everyone of that meeting is here already.</source>
            <translation>Kaikki sen tapaamisen osallistujat ovat jo mukana.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
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
            <source>R&amp;epeat:</source>
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
        <name>PlanComparisonDialog</name>
        <message>
            <source>Compare plan versions</source>
            <translation>Vertaa suunnitelman versioita</translation>
        </message>
        <message>
            <source>&amp;Compare version:</source>
            <translation>&amp;Vertaa versiota:</translation>
        </message>
        <message>
            <source>&amp;with version:</source>
            <translation>ve&amp;rsioon:</translation>
        </message>
        <message>
            <source>Why there is no comparison</source>
            <translation>Miksi vertailua ei ole</translation>
        </message>
        <message>
            <source>Changes between the versions</source>
            <translation>Muutokset versioiden välillä</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>Comparing the plan's versions…</source>
            <translation>Verrataan suunnitelman versioita…</translation>
        </message>
        <message>
            <source>Changes from version {0} to version {1}</source>
            <translation>Muutokset versiosta {0} versioon {1}</translation>
        </message>
    </context>
    <context>
        <name>PlanDocumentsBar</name>
        <message>
            <source>Print t&amp;he plan (PDF)…</source>
            <translation>Tulosta suunnitelma (PD&amp;F)…</translation>
        </message>
        <message>
            <source>Plan PDF status</source>
            <translation>Suunnitelman PDF:n tila</translation>
        </message>
        <message>
            <source>The client has had no meeting yet: the own copy is made of a meeting.</source>
            <translation>Asiakkaalla ei ole vielä ollut tapaamista: oma kooste tehdään tapaamisesta.</translation>
        </message>
        <message>
            <source>Finding the client's latest meeting…</source>
            <translation>Haetaan asiakkaan viimeisintä tapaamista…</translation>
        </message>
        <message>
            <source>client-plan-{0}-v{1}.pdf</source>
            <translation>asiakassuunnitelma-{0}-v{1}.pdf</translation>
        </message>
        <message>
            <source>Save the client plan</source>
            <translation>Tallenna asiakassuunnitelma</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>The client plan saved: {0}</source>
            <translation>Asiakassuunnitelma tallennettu: {0}</translation>
        </message>
        <message>
            <source>Printing the client plan…</source>
            <translation>Tulostetaan asiakassuunnitelmaa…</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>The joint client plan</source>
            <translation>Yhteinen asiakassuunnitelma</translation>
        </message>
        <message>
            <source>The client has no joint client plan yet. The plan is made together with the client: the situation, the client's own view, goals, and the benefits and services each agency provides. Start it as a draft and agree it with the client present.</source>
            <translation>Asiakkaalla ei ole vielä yhteistä asiakassuunnitelmaa. Suunnitelma laaditaan yhdessä asiakkaan kanssa: tilanne, asiakkaan oma näkemys, tavoitteet sekä etuudet ja palvelut, joista kukin toimija vastaa. Aloita se luonnoksena ja sovi se asiakkaan läsnä ollessa.</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Uusi suunnitelma</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Suunnitelman tila</translation>
        </message>
        <message>
            <source>Client's o&amp;wn view:</source>
            <translation>Asiakkaan oma nä&amp;kemys:</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Arviointipäivä</translation>
        </message>
        <message>
            <source>&amp;Review date:</source>
            <translation>A&amp;rviointipäivä:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>Ta&amp;voitteet:</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Tallennuksen tila</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>&amp;Uusi versio</translation>
        </message>
        <message>
            <source>Sit&amp;uation:</source>
            <translation>T&amp;ilanne:</translation>
        </message>
        <message>
            <source>&amp;Service needs:</source>
            <translation>&amp;Palvelutarpeet:</translation>
        </message>
        <message>
            <source>No review date</source>
            <translation>Ei arviointipäivää</translation>
        </message>
        <message>
            <source>Bene&amp;fits and services:</source>
            <translation>Etuu&amp;det ja palvelut:</translation>
        </message>
        <message>
            <source>Income effects:</source>
            <translation>Tulovaikutukset:</translation>
        </message>
        <message>
            <source>Confirm agreement</source>
            <translation>Vahvista hyväksyntä</translation>
        </message>
        <message>
            <source>The client took part and agrees</source>
            <translation>Asiakas osallistui ja hyväksyy suunnitelman</translation>
        </message>
        <message>
            <source>Close the plan</source>
            <translation>Sulje suunnitelma</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Talle&amp;nna luonnos</translation>
        </message>
        <message>
            <source>Agree this &amp;version…</source>
            <translation>&amp;Hyväksy tämä versio…</translation>
        </message>
        <message>
            <source>Close pla&amp;n</source>
            <translation>Sul&amp;je suunnitelma</translation>
        </message>
        <message>
            <source>Opening the plan…</source>
            <translation>Avataan suunnitelmaa…</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Tila: {0}</translation>
        </message>
        <message>
            <source>The plan is closed: it can be read but no longer changed.</source>
            <translation>Suunnitelma on suljettu: sitä voi lukea, mutta ei enää muuttaa.</translation>
        </message>
        <message>
            <source>Read only: version {0} was agreed with the client on {1} by {2}. To change the plan, make a new version.</source>
            <translation>Vain luku: versio {0} sovittiin asiakkaan kanssa {1} (kirjaaja {2}). Jos suunnitelmaa on muutettava, tee uusi versio.</translation>
        </message>
        <message>
            <source>The newest is version {0}.</source>
            <translation>Uusin on versio {0}.</translation>
        </message>
        <message>
            <source>Draft: it can be edited until it is agreed with the client present.</source>
            <translation>Luonnos: suunnitelmaa voi muokata, kunnes se sovitaan asiakkaan läsnä ollessa.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Luonnos tallennettu.</translation>
        </message>
        <message>
            <source>Goal {0}: {1}</source>
            <translation>Tavoite {0}: {1}</translation>
        </message>
        <message>
            <source>Benefit or service {0}: {1}</source>
            <translation>Etuus tai palvelu {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>PlanLife</name>
        <message>
            <source>Joint client plan</source>
            <translation>Yhteinen asiakassuunnitelma</translation>
        </message>
        <message>
            <source>Agree version {0} now, with the client present? After that it cannot be changed.</source>
            <translation>Sovitaanko versio {0} nyt asiakkaan läsnä ollessa? Sen jälkeen sitä ei voi muuttaa.</translation>
        </message>
        <message>
            <source>Close the whole plan? After that no version can be changed or added; a new plan can be started.</source>
            <translation>Suljetaanko koko suunnitelma? Sen jälkeen mitään versiota ei voi muuttaa eikä uutta lisätä; uuden suunnitelman voi aloittaa.</translation>
        </message>
    </context>
    <context>
        <name>PlanModels</name>
        <message>
            <source>Kela benefits</source>
            <translation>Kelan etuudet</translation>
        </message>
        <message>
            <source>Kela services</source>
            <translation>Kelan palvelut</translation>
        </message>
        <message>
            <source>Other services</source>
            <translation>Muiden toimijoiden palvelut</translation>
        </message>
        <message>
            <source>Version {0} – {1}</source>
            <translation>Versio {0} – {1}</translation>
        </message>
        <message>
            <source>Version {0} – agreed {1} by {2}</source>
            <translation>Versio {0} – sovittu {1}, {2}</translation>
        </message>
        <message>
            <source>(no description yet)</source>
            <translation>(kuvaus puuttuu)</translation>
        </message>
    </context>
    <context>
        <name>PlanPickers</name>
        <message>
            <source>P&amp;lan:</source>
            <translation>&amp;Suunnitelma:</translation>
        </message>
        <message>
            <source>Vers&amp;ion:</source>
            <translation>N&amp;äytä versio:</translation>
        </message>
        <message>
            <source>Co&amp;mpare versions…</source>
            <translation>Ver&amp;taa versioita…</translation>
        </message>
        <message>
            <source>{0}, started {1} – {2}</source>
            <translation>{0}, aloitettu {1} – {2}</translation>
        </message>
    </context>
    <context>
        <name>ProfessionalDialog</name>
        <message>
            <source>New person</source>
            <translation>Uusi henkilö</translation>
        </message>
        <message>
            <source>Person – {0}</source>
            <translation>Henkilö – {0}</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nimi:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Tehtävänim&amp;ike:</translation>
        </message>
        <message>
            <source>e.g. social worker</source>
            <translation>esim. sosiaalityöntekijä</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rooli:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>T&amp;oimija:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Sähköposti:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Puh&amp;elin:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Kielet:</translation>
        </message>
        <message>
            <source>Language codes, e.g. fi, sv, en</source>
            <translation>Kielikoodit, esim. fi, sv, en</translation>
        </message>
        <message>
            <source>The person's details</source>
            <translation>Henkilön tiedot</translation>
        </message>
    </context>
    <context>
        <name>ProfessionalTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tehtävänimike</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Kielet</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Lähde:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Tiedostotyyppi:</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Remind responsible persons</source>
            <translation>Muistuta vastuuhenkilöitä</translation>
        </message>
        <message>
            <source>Reminders go by e-mail to other agencies' responsible persons about their own open actions. Tick whom to remind; each message is shown as it will be sent.</source>
            <translation>Muistutus lähtee sähköpostilla muiden toimijoiden vastuuhenkilöille heidän omista avoimista toimenpiteistään. Rastita muistutettavat; jokainen viesti näkyy sellaisena kuin se lähetetään.</translation>
        </message>
        <message>
            <source>Days ahead</source>
            <translation>Päiviä eteenpäin</translation>
        </message>
        <message>
            <source>Actions overdue or due within &amp;days:</source>
            <translation>&amp;Päiviä eteenpäin (myöhässä olevat aina mukana):</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Vastaanottaja</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Vastaanottajat</translation>
        </message>
        <message>
            <source>&amp;Recipients (tick whom to remind):</source>
            <translation>&amp;Vastaanottajat (rastita muistutettavat):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Viesti</translation>
        </message>
        <message>
            <source>&amp;Message as it will be sent:</source>
            <translation>Vi&amp;esti sellaisena kuin se lähetetään:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Jätetty pois</translation>
        </message>
        <message>
            <source>&amp;Left out, and why:</source>
            <translation>&amp;Jätetty pois ja miksi:</translation>
        </message>
        <message>
            <source>Reminder status</source>
            <translation>Muistutusten tila</translation>
        </message>
        <message>
            <source>&amp;Send to the ticked</source>
            <translation>&amp;Lähetä rastitetuille</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sulje</translation>
        </message>
        <message>
            <source>Reading the actions…</source>
            <translation>Luetaan toimenpiteitä…</translation>
        </message>
        <message>
            <source>{0} (not sent: see the message)</source>
            <translation>{0} (ei lähetetä: katso viesti)</translation>
        </message>
        <message>
            <source>Nobody to remind of actions due by {0}.</source>
            <translation>Ei muistutettavia toimenpiteitä, joiden määräpäivä on viimeistään {0}.</translation>
        </message>
        <message>
            <source>To: {0} &lt;{1}&gt;</source>
            <translation>Vastaanottaja: {0} &lt;{1}&gt;</translation>
        </message>
        <message>
            <source>Subject: {0}</source>
            <translation>Aihe: {0}</translation>
        </message>
        <message>
            <source>Preparing to send…</source>
            <translation>Valmistellaan lähetystä…</translation>
        </message>
        <message>
            <source>Sending reminders…</source>
            <translation>Lähetetään muistutuksia…</translation>
        </message>
        <message>
            <source>{0} (sent)</source>
            <translation>{0} (lähetetty)</translation>
        </message>
        <message>
            <source>Sent to {0} of {1} recipients.</source>
            <translation>Lähetetty {0}/{1} vastaanottajalle.</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <translation>Ei lähetetty: {0}</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotice</name>
        <message>
            <source>Reminder: {0}</source>
            <translation>Muistutus: {0}</translation>
        </message>
        <message>
            <source>{0} (+{1} more)</source>
            <translation>{0} (+{1} muuta)</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsBox</name>
        <message>
            <source>Reminders</source>
            <translation>Muistutukset</translation>
        </message>
        <message>
            <source>Show desktop &amp;reminders while Verkosto is open</source>
            <translation>&amp;Näytä muistutukset työpöydällä, kun Verkosto on auki</translation>
        </message>
        <message>
            <source> day(s)</source>
            <translation> pv</translation>
        </message>
        <message>
            <source>My &amp;actions due within:</source>
            <translation>Omat toimenpiteet, &amp;määräpäivään enintään:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Meetings starting within:</source>
            <translation>Tapaamiset, alkuun &amp;enintään:</translation>
        </message>
        <message>
            <source>Plan re&amp;views due within:</source>
            <translation>Suunnitelman &amp;arviointiin enintään:</translation>
        </message>
        <message>
            <source>Reminders show &amp;titles and action texts</source>
            <translation>Muistutuksissa näkyvät &amp;otsikot ja toimenpiteiden tekstit</translation>
        </message>
        <message>
            <source>&amp;Save reminder settings</source>
            <translation>&amp;Tallenna muistutusasetukset</translation>
        </message>
        <message>
            <source>Reminder settings status</source>
            <translation>Muistutusasetusten tila</translation>
        </message>
        <message>
            <source>A notification can be seen by anyone near your screen. It names the client as invites do ({0}; see Scheduling and invites), never shows a HETU, and while Verkosto is locked it shows nothing about a client: what comes due then is shown after unlocking.</source>
            <translation>Ilmoituksen voi nähdä kuka tahansa näyttösi lähellä. Asiakas nimetään siinä kuten kutsuissa ({0}; ks. Aikataulutus ja kutsut), henkilötunnusta ei näytetä koskaan, eikä ilmoitus kerro asiakkaasta mitään Verkoston ollessa lukittuna: silloin erääntyvät näytetään lukituksen avaamisen jälkeen.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Saving reminder settings…</source>
            <translation>Tallennetaan muistutusasetuksia…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Action overdue: it was due {0}</source>
            <translation>Toimenpide myöhässä: määräpäivä oli {0}</translation>
        </message>
        <message>
            <source>Information request overdue: the answer was due {0}</source>
            <translation>Tietopyyntö myöhässä: vastaus piti saada {0}</translation>
        </message>
        <message>
            <source>Action due {0}</source>
            <translation>Toimenpiteen määräpäivä {0}</translation>
        </message>
        <message>
            <source>Meeting starts {0}</source>
            <translation>Tapaaminen alkaa {0}</translation>
        </message>
        <message>
            <source>Follow-up meeting {0}</source>
            <translation>Seurantatapaaminen {0}</translation>
        </message>
        <message>
            <source>Plan review overdue: it was due {0}</source>
            <translation>Suunnitelman arviointi myöhässä: se oli {0}</translation>
        </message>
        <message>
            <source>Plan review due {0}</source>
            <translation>Suunnitelman arviointi {0}</translation>
        </message>
        <message>
            <source>Client: {0}</source>
            <translation>Asiakas: {0}</translation>
        </message>
        <message>
            <source>Open Verkosto to see it.</source>
            <translation>Avaa Verkosto nähdäksesi sen.</translation>
        </message>
        <message>
            <source>More reminders: {0}</source>
            <translation>Muita muistutuksia: {0}</translation>
        </message>
        <message>
            <source>See them on the home view.</source>
            <translation>Näet ne etusivulla.</translation>
        </message>
    </context>
    <context>
        <name>ReplaceQuestion</name>
        <message>
            <source>… and {0} more</source>
            <translation>… ja {0} muuta</translation>
        </message>
        <message>
            <source>{0} already exists. Replace it?</source>
            <translation>{0} on jo olemassa. Korvataanko se?</translation>
        </message>
        <message>
            <source>These files already exist. Replace them?</source>
            <translation>Nämä tiedostot ovat jo olemassa. Korvataanko ne?</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Korvataanko tiedostot?</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Edit information request</source>
            <translation>Muokkaa tietopyyntöä</translation>
        </message>
        <message>
            <source>New information request</source>
            <translation>Uusi tietopyyntö</translation>
        </message>
        <message>
            <source>Choose the agency</source>
            <translation>Valitse toimija</translation>
        </message>
        <message>
            <source>Re&amp;questing agency:</source>
            <translation>P&amp;yytävä toimija:</translation>
        </message>
        <message>
            <source>Requesting &amp;person:</source>
            <translation>Pyytävä &amp;henkilö:</translation>
        </message>
        <message>
            <source>Recei&amp;ving agency:</source>
            <translation>&amp;Vastaanottava toimija:</translation>
        </message>
        <message>
            <source>Receiving pe&amp;rson:</source>
            <translation>Vastaanottava h&amp;enkilö:</translation>
        </message>
        <message>
            <source>&amp;Information asked for:</source>
            <translation>Pyy&amp;detyt tiedot:</translation>
        </message>
        <message>
            <source>Kela's right to information for deciding a benefit (Act on the Social Insurance Institution of Finland)</source>
            <translation>Kelan tiedonsaantioikeus etuuden käsittelyä varten (laki Kansaneläkelaitoksesta)</translation>
        </message>
        <message>
            <source>Multi-professional cooperation (Social Welfare Act)</source>
            <translation>Monialainen yhteistyö (sosiaalihuoltolaki)</translation>
        </message>
        <message>
            <source>Right to information of social services (Act on the Processing of Client Data in Healthcare and Social Welfare)</source>
            <translation>Sosiaalihuollon tiedonsaantioikeus (laki sosiaali- ja terveydenhuollon asiakastietojen käsittelystä)</translation>
        </message>
        <message>
            <source>Name the law the right to the information rests on, in your own words, or choose an example.</source>
            <translation>Kirjaa omin sanoin laki, johon tiedonsaantioikeus perustuu, tai valitse esimerkki.</translation>
        </message>
        <message>
            <source>&amp;Legal basis:</source>
            <translation>&amp;Oikeusperuste:</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Ei suostumusta</translation>
        </message>
        <message>
            <source>(withdrawn)</source>
            <translation>(peruttu)</translation>
        </message>
        <message>
            <source>Client's co&amp;nsent:</source>
            <translation>Asiakkaan &amp;suostumus:</translation>
        </message>
        <message>
            <source>The information request</source>
            <translation>Tietopyyntö</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Määräpäivä:</translation>
        </message>
        <message>
            <source>Anyone at the agency</source>
            <translation>Kuka tahansa toimijassa</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (myöhässä)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Pyytäjä</translation>
        </message>
        <message>
            <source>Requested from</source>
            <translation>Keneltä pyydetty</translation>
        </message>
        <message>
            <source>Information asked for</source>
            <translation>Pyydetyt tiedot</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Määräpäivä</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Vastattu</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>Information requests</source>
            <translation>Tietopyynnöt</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;Uusi tietopyyntö…</translation>
        </message>
        <message>
            <source>Mark &amp;sent…</source>
            <translation>Merkitse lä&amp;hetetyksi…</translation>
        </message>
        <message>
            <source>Mark &amp;answered…</source>
            <translation>Merkitse &amp;vastatuksi…</translation>
        </message>
        <message>
            <source>Edit re&amp;quest…</source>
            <translation>Muo&amp;kkaa pyyntöä…</translation>
        </message>
        <message>
            <source>Cancel req&amp;uest</source>
            <translation>&amp;Peru pyyntö</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <source>Asked for: {0}</source>
            <translation>Pyydetyt tiedot: {0}</translation>
        </message>
        <message>
            <source>Legal basis: {0}</source>
            <translation>Oikeusperuste: {0}</translation>
        </message>
        <message>
            <source>rests on the client's consent</source>
            <translation>perustuu asiakkaan suostumukseen</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>Vastaus: {0}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Palautus varmuuskopiosta</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Valitse varmuuskopiotiedosto</translation>
        </message>
        <message>
            <source>Backup &amp;file:</source>
            <translation>&amp;Varmuuskopiotiedosto:</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Varmuuskopiotiedosto</translation>
        </message>
        <message>
            <source>Backup &amp;passphrase:</source>
            <translation>Varmuuskopion t&amp;unnuslause:</translation>
        </message>
        <message>
            <source>&amp;Check the backup</source>
            <translation>&amp;Tarkista varmuuskopio</translation>
        </message>
        <message>
            <source>What the backup holds</source>
            <translation>Varmuuskopion sisältö</translation>
        </message>
        <message>
            <source>R&amp;eplace the current store with this backup (the current one is kept in the backups folder)</source>
            <translation>&amp;Korvaa nykyinen tietovarasto tällä varmuuskopiolla (nykyinen säilytetään backups-kansiossa)</translation>
        </message>
        <message>
            <source>What the restore would lose</source>
            <translation>Mitä palautus hävittäisi</translation>
        </message>
        <message>
            <source>I &amp;understand that this newer work will not be in the restored store</source>
            <translation>&amp;Ymmärrän, ettei tämä uudempi työ ole palautetussa tietovarastossa</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Palauta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Verkosto backups (*.vkb);;All files (*)</source>
            <translation>Verkoston varmuuskopiot (*.vkb);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Tarkistetaan varmuuskopiota…</translation>
        </message>
        <message>
            <source>The backup is intact.</source>
            <translation>Varmuuskopio on eheä.</translation>
        </message>
        <message>
            <source>Made: {0}</source>
            <translation>Tehty: {0}</translation>
        </message>
        <message>
            <source>Clients: {0}</source>
            <translation>Asiakkaita: {0}</translation>
        </message>
        <message>
            <source>Meetings: {0}</source>
            <translation>Tapaamisia: {0}</translation>
        </message>
        <message>
            <source>Audit log entries: {0}</source>
            <translation>Lokimerkintöjä: {0}</translation>
        </message>
        <message>
            <source>Made by an older version: it is upgraded when restored.</source>
            <translation>Tehty vanhemmalla versiolla: se päivitetään palautettaessa.</translation>
        </message>
        <message>
            <source>The current store holds newer work that the backup lacks. The current store is kept in the backups folder, but the restored one will not hold:</source>
            <translation>Nykyisessä tietovarastossa on uudempaa työtä, jota varmuuskopiossa ei ole. Nykyinen tietovarasto säilytetään varmuuskopiokansiossa, mutta palautetussa ei ole:</translation>
        </message>
        <message>
            <source>clients: {0} (newest {1})</source>
            <translation>asiakkaita: {0} (uusin {1})</translation>
        </message>
        <message>
            <source>meetings: {0} (newest {1})</source>
            <translation>tapaamisia: {0} (uusin {1})</translation>
        </message>
        <message>
            <source>agreed actions: {0} (newest {1})</source>
            <translation>sovittuja toimenpiteitä: {0} (uusin {1})</translation>
        </message>
        <message>
            <source>participants' answers: {0} (newest {1})</source>
            <translation>osallistujien vastauksia: {0} (uusin {1})</translation>
        </message>
        <message>
            <source>audit log entries: {0} (newest {1})</source>
            <translation>lokimerkintöjä: {0} (uusin {1})</translation>
        </message>
    </context>
    <context>
        <name>SchedulingSettingsBox</name>
        <message>
            <source>initials (A. K.)</source>
            <translation>nimikirjaimilla (A. K.)</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>etunimellä</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>koko nimellä</translation>
        </message>
        <message>
            <source>not at all</source>
            <translation>ei lainkaan</translation>
        </message>
        <message>
            <source>Scheduling and invites</source>
            <translation>Aikataulutus ja kutsut</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>T&amp;yöaika:</translation>
        </message>
        <message>
            <source>Working day starts</source>
            <translation>Työpäivä alkaa</translation>
        </message>
        <message>
            <source>Working day ends</source>
            <translation>Työpäivä päättyy</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Gap between meetings:</source>
            <translation>&amp;Väli tapaamisten välissä:</translation>
        </message>
        <message>
            <source>Invites &amp;name the client by:</source>
            <translation>Kutsu &amp;nimeää asiakkaan:</translation>
        </message>
        <message>
            <source>Invites show the meeting's &amp;title and agenda</source>
            <translation>Kutsussa näkyvät tapaamisen &amp;otsikko ja esityslista</translation>
        </message>
        <message>
            <source>Invites travel as ordinary e-mail. Leave this off when titles or agenda items name health or benefit matters: the invite then says only “Network meeting”.</source>
            <translation>Kutsut kulkevat tavallisena sähköpostina. Jätä tämä pois päältä, jos otsikoissa tai esityslistalla mainitaan terveyteen tai etuuksiin liittyviä asioita: kutsussa lukee silloin vain ”Verkostoneuvottelu”.</translation>
        </message>
        <message>
            <source>Save sc&amp;heduling settings</source>
            <translation>&amp;Tallenna aikatauluasetukset</translation>
        </message>
        <message>
            <source>Scheduling settings status</source>
            <translation>Aikatauluasetusten tila</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Saving scheduling settings…</source>
            <translation>Tallennetaan aikatauluasetuksia…</translation>
        </message>
    </context>
    <context>
        <name>SentDialog</name>
        <message>
            <source>Mark the request sent</source>
            <translation>Merkitse pyyntö lähetetyksi</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>Lähetys&amp;päivä:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Määräpäivä:</translation>
        </message>
        <message>
            <source>&amp;Mark sent</source>
            <translation>Merkitse &amp;lähetetyksi</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>Peru&amp;uta</translation>
        </message>
    </context>
    <context>
        <name>ServerAwayBar</name>
        <message>
            <source>The team server does not answer — changes cannot be saved. What you have typed is kept; trying again…</source>
            <translation>Tiimin palvelin ei vastaa — muutoksia ei voi tallentaa. Kirjoittamasi säilyy; yritetään uudelleen…</translation>
        </message>
        <message>
            <source>Team server away</source>
            <translation>Tiimin palvelin ei vastaa</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Benefit or service</source>
            <translation>Etuus tai palvelu</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Toimija</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>General</source>
            <translation>Yleiset</translation>
        </message>
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
            <translation>Tehtävänim&amp;ike:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>T&amp;oimija:</translation>
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
            <source>&amp;Colours:</source>
            <translation>&amp;Ulkoasu:</translation>
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
            <translation>S&amp;elaa…</translation>
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
            <source>E-mail server</source>
            <translation>Sähköpostipalvelin</translation>
        </message>
        <message>
            <source>Calendar publishing</source>
            <translation>Kalenterin julkaisu</translation>
        </message>
        <message>
            <source>Scheduling and invites</source>
            <translation>Aikataulutus ja kutsut</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Allekirjoitus</translation>
        </message>
        <message>
            <source>Backups and keys</source>
            <translation>Varmuuskopiot ja avaimet</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Muistutukset</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Tapaamistyypit</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Tietovarasto</translation>
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
            <source>On the team store your details are your entry in Agencies and people.</source>
            <translation>Tiimin tietovarastossa tietosi ovat merkintäsi kohdassa Toimijat ja henkilöt.</translation>
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
        <name>SigningDetourDialog</name>
        <message>
            <source>A signing certificate is needed</source>
            <translation>Allekirjoitusvarmenne tarvitaan</translation>
        </message>
        <message>
            <source>A signed summary needs your signing certificate. Once it is imported or created here, the summary is saved as you asked.</source>
            <translation>Allekirjoitettuun yhteenvetoon tarvitaan allekirjoitusvarmenteesi. Kun se on tuotu tai luotu tässä, yhteenveto tallennetaan niin kuin pyysit.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>SigningSettingsBox</name>
        <message>
            <source>Signing certificate for PDF summaries</source>
            <translation>PDF-yhteenvetojen allekirjoitusvarmenne</translation>
        </message>
        <message>
            <source>Current signing certificate</source>
            <translation>Nykyinen allekirjoitusvarmenne</translation>
        </message>
        <message>
            <source>the organisation's .p12 or .pfx file</source>
            <translation>organisaation .p12- tai .pfx-tiedosto</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Selaa…</translation>
        </message>
        <message>
            <source>Browse for the certificate file</source>
            <translation>Valitse varmennetiedosto</translation>
        </message>
        <message>
            <source>Certificate &amp;file:</source>
            <translation>&amp;Varmennetiedosto:</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Varmennetiedosto</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>Tunnus&amp;lause:</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain (new certificate):</source>
            <translation>Tunnuslause &amp;uudelleen (uusi varmenne):</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in the keyring</source>
            <translation>&amp;Muista tunnuslause avainnipussa</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the passphrase is not kept: it is asked each time a summary is signed.</source>
            <translation>Tällä tietokoneella ei ole avainnippua, joten tunnuslausetta ei tallenneta: se kysytään aina, kun yhteenveto allekirjoitetaan.</translation>
        </message>
        <message>
            <source>&amp;Import certificate</source>
            <translation>Tuo va&amp;rmenne</translation>
        </message>
        <message>
            <source>&amp;Save passphrase choice</source>
            <translation>&amp;Tallenna tunnuslauseen valinta</translation>
        </message>
        <message>
            <source>E&amp;xport root certificate…</source>
            <translation>Vie &amp;juurivarmenne…</translation>
        </message>
        <message>
            <source>Save the root certificate (PEM) to send to supervisors: trusted once, it makes your signatures trusted in their PDF viewers</source>
            <translation>Tallenna juurivarmenne (PEM) valvojille lähetettäväksi: kun siihen on kerran luotettu, allekirjoituksesi näkyvät luotettuina heidän PDF-ohjelmissaan</translation>
        </message>
        <message>
            <source>Timestamp server (&amp;optional):</source>
            <translation>&amp;Aikaleimapalvelu (valinnainen):</translation>
        </message>
        <message>
            <source>Save ti&amp;mestamp server</source>
            <translation>Tallenna aikaleima&amp;palvelu</translation>
        </message>
        <message>
            <source>Signing certificate status</source>
            <translation>Allekirjoitusvarmenteen tila</translation>
        </message>
        <message>
            <source>Loading the signing certificate…</source>
            <translation>Ladataan allekirjoitusvarmennetta…</translation>
        </message>
        <message>
            <source>Holder: {0}</source>
            <translation>Haltija: {0}</translation>
        </message>
        <message>
            <source>Issuer: {0}</source>
            <translation>Myöntäjä: {0}</translation>
        </message>
        <message>
            <source>Valid: {0}</source>
            <translation>Voimassa: {0}</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): {0}</source>
            <translation>Sormenjälki (SHA-256): {0}</translation>
        </message>
        <message>
            <source>Self-signed: a supervisor trusts it after checking the fingerprint with you.</source>
            <translation>Itse allekirjoitettu: esihenkilö voi luottaa siihen tarkistettuaan sormenjäljen kanssasi.</translation>
        </message>
        <message>
            <source>Signing certificate</source>
            <translation>Allekirjoitusvarmenne</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12-varmenteet (*.p12 *.pfx);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Certificate imported.</source>
            <translation>Varmenne tuotu.</translation>
        </message>
        <message>
            <source>Importing the certificate…</source>
            <translation>Tuodaan varmennetta…</translation>
        </message>
        <message>
            <source>Creating the certificate…</source>
            <translation>Luodaan varmennetta…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tallennettu.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Tallennetaan…</translation>
        </message>
        <message>
            <source>&amp;Create certificate</source>
            <translation>Luo &amp;oma varmenne</translation>
        </message>
        <message>
            <source>A signing certificate issued by your own organisation root certificate, which supervisors trust once</source>
            <translation>Allekirjoitusvarmenne, jonka myöntää oma organisaatiosi juurivarmenne; valvojat luottavat siihen kerran</translation>
        </message>
        <message>
            <source>No signing certificate yet. Import your organisation's certificate or create one.</source>
            <translation>Allekirjoitusvarmennetta ei vielä ole. Tuo organisaatiosi varmenne tai luo varmenne.</translation>
        </message>
        <message>
            <source>Root certificate (SHA-256): {0}</source>
            <translation>Juurivarmenne (SHA-256): {0}</translation>
        </message>
        <message>
            <source>Certificate created, issued by your own root certificate. Export the root certificate for your supervisors.</source>
            <translation>Varmenne luotu, myöntäjänä oma juurivarmenteesi. Vie juurivarmenne valvojillesi.</translation>
        </message>
        <message>
            <source>Export root certificate</source>
            <translation>Vie juurivarmenne</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM-varmenteet (*.pem *.crt);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Root certificate saved: {0}</source>
            <translation>Juurivarmenne tallennettu: {0}</translation>
        </message>
        <message>
            <source>Timestamp server saved.</source>
            <translation>Aikaleimapalvelu tallennettu.</translation>
        </message>
        <message>
            <source>Signatures carry no timestamp.</source>
            <translation>Allekirjoituksiin ei liitetä aikaleimaa.</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Time</source>
            <translation>Aika</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Vapaina</translation>
        </message>
        <message>
            <source>Not free</source>
            <translation>Ei vapaana</translation>
        </message>
        <message>
            <source>required: {0}</source>
            <translation>välttämätön: {0}</translation>
        </message>
        <message>
            <source>optional: {0}</source>
            <translation>muu: {0}</translation>
        </message>
        <message>
            <source>everyone is free</source>
            <translation>kaikki ovat vapaina</translation>
        </message>
    </context>
    <context>
        <name>SlotsEditor</name>
        <message>
            <source>Participants the type needs</source>
            <translation>Tyypin tarvitsemat osallistujat</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lisää</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Lisää osallistuja</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Po&amp;ista</translation>
        </message>
        <message>
            <source>Remove the participant</source>
            <translation>Poista osallistuja</translation>
        </message>
        <message>
            <source>Name in &amp;Finnish:</source>
            <translation>Nimi &amp;suomeksi:</translation>
        </message>
        <message>
            <source>Name in S&amp;wedish:</source>
            <translation>Nimi &amp;ruotsiksi:</translation>
        </message>
        <message>
            <source>Name in &amp;English:</source>
            <translation>Nimi &amp;englanniksi:</translation>
        </message>
        <message>
            <source>Re&amp;quired</source>
            <translation>P&amp;akollinen</translation>
        </message>
        <message>
            <source>R&amp;oles:</source>
            <translation>R&amp;oolit:</translation>
        </message>
        <message>
            <source>Agency &amp;kinds:</source>
            <translation>Toimi&amp;jan lajit:</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(ei vielä nimeä)</translation>
        </message>
        <message>
            <source>Participant {0} ({1}): {2}</source>
            <translation>Osallistuja {0} ({1}): {2}</translation>
        </message>
        <message>
            <source>Participant {0}: {1}</source>
            <translation>Osallistuja {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>StoreLife</name>
        <message>
            <source>Opening the store…</source>
            <translation>Avataan tietovarastoa…</translation>
        </message>
        <message>
            <source>There is no store in {0} yet. Nothing was created.</source>
            <translation>Kansiossa {0} ei ole vielä tietovarastoa. Mitään ei luotu.</translation>
        </message>
        <message>
            <source>&amp;Create a store…</source>
            <translation>&amp;Luo tietovarasto…</translation>
        </message>
        <message>
            <source>No passphrase was given. The store opens when you give it: choose Try again.</source>
            <translation>Tunnuslausetta ei annettu. Tietovarasto avataan, kun annat sen: valitse Yritä uudelleen.</translation>
        </message>
        <message>
            <source>Team store</source>
            <translation>Tiimin tietovarasto</translation>
        </message>
        <message>
            <source>Password of your login to the team store
{0}:</source>
            <translation>Tiimin tietovaraston käyttäjätunnuksesi salasana
{0}:</translation>
        </message>
        <message>
            <source>Acknowledge the rollback</source>
            <translation>Kuittaa palautus</translation>
        </message>
        <message>
            <source>Open the store as it is now? The missing log entries do not come back; your acknowledgement is written to the audit log.</source>
            <translation>Avataanko tietovarasto nykyisessä tilassaan? Puuttuvat lokimerkinnät eivät palaa; kuittauksesi kirjataan lokiin.</translation>
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
            <source>The store is not open</source>
            <translation>Tietovarastoa ei ole avattu</translation>
        </message>
    </context>
    <context>
        <name>SummaryBar</name>
        <message>
            <source>Language of the summary</source>
            <translation>Yhteenvedon kieli</translation>
        </message>
        <message>
            <source>Sign&amp;ed</source>
            <translation>&amp;Allekirjoitettu</translation>
        </message>
        <message>
            <source>Full identit&amp;y code</source>
            <translation>Koko &amp;henkilötunnus</translation>
        </message>
        <message>
            <source>Save s&amp;ummary (PDF)…</source>
            <translation>Tallenna &amp;yhteenveto (PDF)…</translation>
        </message>
        <message>
            <source>Summary status</source>
            <translation>Yhteenvedon tila</translation>
        </message>
        <message>
            <source>Checking the signing certificate…</source>
            <translation>Tarkistetaan allekirjoitusvarmennetta…</translation>
        </message>
        <message>
            <source>summary-{0}-{1}.pdf</source>
            <translation>yhteenveto-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the meeting summary</source>
            <translation>Tallenna tapaamisen yhteenveto</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>Signed summary saved: {0}</source>
            <translation>Allekirjoitettu yhteenveto tallennettu: {0}</translation>
        </message>
        <message>
            <source>Summary saved (not signed): {0}</source>
            <translation>Yhteenveto tallennettu (ei allekirjoitettu): {0}</translation>
        </message>
        <message>
            <source>Making the summary…</source>
            <translation>Laaditaan yhteenvetoa…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Allekirjoitusvarmenteesi tunnuslause:</translation>
        </message>
        <message>
            <source>Sign the summary</source>
            <translation>Allekirjoita yhteenveto</translation>
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
    <context>
        <name>TeamStoreBox</name>
        <message>
            <source>Store</source>
            <translation>Tietovarasto</translation>
        </message>
        <message>
            <source>This computer's own encrypted &amp;store</source>
            <translation>Tämän tietokoneen &amp;oma salattu tietovarasto</translation>
        </message>
        <message>
            <source>A &amp;team store on a PostgreSQL server</source>
            <translation>&amp;Tiimin tietovarasto PostgreSQL-palvelimella</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Palvelimen osoite:</translation>
        </message>
        <message>
            <source>Connections beyond this computer are always encrypted and the server's certificate is checked (sslmode=verify-full). The password of your login is asked when the store is opened and then kept in the system keyring, never in a file. The choice takes effect the next time the store is opened.</source>
            <translation>Yhteydet tämän tietokoneen ulkopuolelle ovat aina salattuja, ja palvelimen varmenne tarkistetaan (sslmode=verify-full). Käyttäjätunnuksesi salasana kysytään, kun tietovarasto avataan, ja se säilytetään sen jälkeen järjestelmän avainnipussa, ei koskaan tiedostossa. Valinta tulee voimaan, kun tietovarasto avataan seuraavan kerran.</translation>
        </message>
        <message>
            <source>Sa&amp;ve store choice</source>
            <translation>Tallenna &amp;valinta</translation>
        </message>
        <message>
            <source>Store choice status</source>
            <translation>Tietovaraston valinnan tila</translation>
        </message>
        <message>
            <source>Saved: the team store {0} opens the next time the store is opened.</source>
            <translation>Tallennettu: tiimin tietovarasto {0} avautuu, kun tietovarasto avataan seuraavan kerran.</translation>
        </message>
        <message>
            <source>Saved: this computer's own store opens the next time the store is opened.</source>
            <translation>Tallennettu: tämän tietokoneen oma tietovarasto avautuu, kun tietovarasto avataan seuraavan kerran.</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Open a signed PDF, or drag one onto this page. The file is checked on this computer only.</source>
            <translation>Avaa allekirjoitettu PDF tai vedä se tälle sivulle. Tiedosto tarkistetaan vain tällä tietokoneella.</translation>
        </message>
        <message>
            <source>&amp;Open PDF…</source>
            <translation>&amp;Avaa PDF…</translation>
        </message>
        <message>
            <source>Verified file</source>
            <translation>Tarkistettu tiedosto</translation>
        </message>
        <message>
            <source>Also &amp;sign…</source>
            <translation>Allekirjoita &amp;myös…</translation>
        </message>
        <message>
            <source>Add your own signature to this signed PDF (co-signing); saved as a new file</source>
            <translation>Lisää oma allekirjoituksesi tähän allekirjoitettuun PDF-asiakirjaan (rinnakkaisallekirjoitus); tallennetaan uutena tiedostona</translation>
        </message>
        <message>
            <source>Co-signing problem</source>
            <translation>Allekirjoittamisen ongelma</translation>
        </message>
        <message>
            <source>Verification result</source>
            <translation>Tarkistuksen tulos</translation>
        </message>
        <message>
            <source>Signature details</source>
            <translation>Allekirjoituksen tiedot</translation>
        </message>
        <message>
            <source>Verify a PDF</source>
            <translation>Tarkista PDF-allekirjoitus</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>PDF-asiakirjat (*.pdf);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Tarkistetaan…</translation>
        </message>
        <message>
            <source>Verifying the signature…</source>
            <translation>Tarkistetaan allekirjoitusta…</translation>
        </message>
        <message>
            <source>-signed</source>
            <translation>-allekirjoitettu</translation>
        </message>
        <message>
            <source>Save the co-signed PDF</source>
            <translation>Tallenna allekirjoitettu PDF</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Allekirjoitetaan…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Allekirjoitusvarmenteesi tunnuslause:</translation>
        </message>
        <message>
            <source>Also sign</source>
            <translation>Allekirjoita myös</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (tänään)</translation>
        </message>
    </context>
    <context>
        <name>WriteFailure</name>
        <message>
            <source>The file could not be written: {0}</source>
            <translation>Tiedostoa ei voitu kirjoittaa: {0}</translation>
        </message>
    </context>
</TS>
