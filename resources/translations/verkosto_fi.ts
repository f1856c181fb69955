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
        <source>{0} open, {1} overdue</source>
        <translation>{0} avointa, {1} myöhässä</translation>
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
        <source>Due date</source>
        <translation>Määräpäivä</translation>
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
        <source>(the responsible person&apos;s)</source>
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
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>Meetings from today on</source>
        <translation>Tapaamiset tästä päivästä alkaen</translation>
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
        <source>Valid; birth date {0}</source>
        <translation>Kelvollinen; syntymäaika {0}</translation>
    </message>
    <message>
        <source>The client&apos;s details</source>
        <translation>Asiakkaan tiedot</translation>
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
        <source>&amp;Overview</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Suunnit&amp;elma</translation>
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
        <source>&amp;New meeting…</source>
        <translation>&amp;Uusi tapaaminen…</translation>
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
        <source>&amp;Agencies covered:</source>
        <translation>Koskee t&amp;oimijoita:</translation>
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
        <source>Also the client&apos;s case &amp;lead</source>
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
        <source>Agencies and people</source>
        <translation>Toimijat ja henkilöt</translation>
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
    <name>MeetingDetailsForm</name>
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
        <source>Agend&amp;a:</source>
        <translation>Esit&amp;yslista:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>ends at {0}</source>
        <translation>päättyy klo {0}</translation>
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
        <source>A&amp;greed actions</source>
        <translation>So&amp;vitut toimenpiteet</translation>
    </message>
    <message>
        <source>Save the meeting first; then you can add participants and agreed actions.</source>
        <translation>Tallenna tapaaminen ensin; sen jälkeen voit lisätä osallistujat ja sovitut toimenpiteet.</translation>
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
    <name>NotesPanel</name>
    <message>
        <source>Dec&amp;isions:</source>
        <translation>P&amp;äätökset:</translation>
    </message>
    <message>
        <source>Client&apos;s own &amp;view:</source>
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
        <source>Choose a participant in the table first.</source>
        <translation>Valitse ensin osallistuja taulukosta.</translation>
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
    <name>PlanEditor</name>
    <message>
        <source>The joint client plan</source>
        <translation>Yhteinen asiakassuunnitelma</translation>
    </message>
    <message>
        <source>The client has no joint client plan yet. The plan is made together with the client: the situation, the client&apos;s own view, goals, and the benefits and services each agency provides. Start it as a draft and agree it with the client present.</source>
        <translation>Asiakkaalla ei ole vielä yhteistä asiakassuunnitelmaa. Suunnitelma laaditaan yhdessä asiakkaan kanssa: tilanne, asiakkaan oma näkemys, tavoitteet sekä etuudet ja palvelut, joista kukin toimija vastaa. Aloita se luonnoksena ja sovi se asiakkaan läsnä ollessa.</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Uusi suunnitelma</translation>
    </message>
    <message>
        <source>Vers&amp;ion:</source>
        <translation>N&amp;äytä versio:</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Suunnitelman tila</translation>
    </message>
    <message>
        <source>Client&apos;s o&amp;wn view:</source>
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
        <source>The person&apos;s details</source>
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
