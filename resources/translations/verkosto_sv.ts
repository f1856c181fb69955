<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name />
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>{0} has changes that are not saved.</source>
            <translation>{0}: ändringarna har inte sparats.</translation>
        </message>
        <message>
            <source>Do you want to save them?</source>
            <translation>Vill du spara dem?</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Förkasta ändringarna</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Fortsätt redigera</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Completion note: {0}</source>
            <translation>Slutanteckning: {0}</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarsperson</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Completion note</source>
            <translation>Slutanteckning</translation>
        </message>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (försenad)</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>Förfaller inom 7 dagar</translation>
        </message>
        <message>
            <source>Due within 30 days</source>
            <translation>Förfaller inom 30 dagar</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Ingen förfallodag</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Ansvarsperson:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>A&amp;ktör:</translation>
        </message>
        <message>
            <source>C&amp;lient:</source>
            <translation>K&amp;lient:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Förfallodag:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <source>Income effect</source>
            <translation>Inkomstpåverkan</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Öppna åtgärder</translation>
        </message>
        <message>
            <source>Mark &amp;done…</source>
            <translation>&amp;Markera som klar…</translation>
        </message>
        <message>
            <source>In &amp;progress</source>
            <translation>&amp;Pågår</translation>
        </message>
        <message>
            <source>Open m&amp;eeting</source>
            <translation>Öppna m&amp;ötet</translation>
        </message>
        <message>
            <source>Open clien&amp;t</source>
            <translation>Öppna klien&amp;ten</translation>
        </message>
        <message>
            <source>Re&amp;mind responsible persons…</source>
            <translation>Påm&amp;inn ansvarspersoner…</translation>
        </message>
        <message>
            <source>E-mail other agencies' responsible persons about their own open actions (previewed first)</source>
            <translation>Skicka en påminnelse per e-post till andra aktörers ansvarspersoner om deras egna öppna åtgärder (förhandsgranskas först)</translation>
        </message>
        <message>
            <source>Income e&amp;ffect…</source>
            <translation>Inkomstpå&amp;verkan…</translation>
        </message>
        <message>
            <source>What the selected action does to each of the client's benefits</source>
            <translation>Vad den valda åtgärden gör med var och en av klientens förmåner</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue</source>
            <translation>{0} öppna, {1} försenade</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Öppna mötet</translation>
        </message>
        <message>
            <source>Open the client</source>
            <translation>Öppna klienten</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>Markera som klar…</translation>
        </message>
        <message>
            <source>Income effect…</source>
            <translation>Inkomstpåverkan…</translation>
        </message>
        <message>
            <source>The completion note</source>
            <translation>Anteckningen om den slutförda åtgärden</translation>
        </message>
        <message>
            <source>Loading actions…</source>
            <translation>Åtgärder laddas…</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Agreed actions</source>
            <translation>Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>Income effects</source>
            <translation>Inkomstpåverkan</translation>
        </message>
        <message>
            <source>Income e&amp;ffect…</source>
            <translation>Inkomst&amp;påverkan…</translation>
        </message>
        <message>
            <source>What the selected action does to each of the client's benefits</source>
            <translation>Vad den valda åtgärden gör med var och en av klientens förmåner</translation>
        </message>
        <message>
            <source>New agreed action</source>
            <translation>Ny överenskommen åtgärd</translation>
        </message>
        <message>
            <source>&amp;What is to be done:</source>
            <translation>&amp;Vad ska göras:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Ansvarsperson:</translation>
        </message>
        <message>
            <source>Agenc&amp;y:</source>
            <translation>Ak&amp;tör:</translation>
        </message>
        <message>
            <source>No due dat&amp;e</source>
            <translation>&amp;Ingen förfallodag</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>&amp;Förfallodag:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Sla&amp;g av åtgärd:</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>⚠ The due date has already passed.</source>
            <translation>⚠ Förfallodagen har redan passerat.</translation>
        </message>
        <message>
            <source>Add ac&amp;tion</source>
            <translation>&amp;Lägg till åtgärd</translation>
        </message>
        <message>
            <source>Status of the selected action</source>
            <translation>Status för den valda åtgärden</translation>
        </message>
        <message>
            <source>New st&amp;atus:</source>
            <translation>N&amp;y status:</translation>
        </message>
        <message>
            <source>Completion n&amp;ote:</source>
            <translation>Slutanteck&amp;ning:</translation>
        </message>
        <message>
            <source>What was done (shown with the action)</source>
            <translation>Vad som gjordes (visas med åtgärden)</translation>
        </message>
        <message>
            <source>&amp;Mark selected</source>
            <translation>&amp;Markera vald</translation>
        </message>
        <message>
            <source>(the responsible person's)</source>
            <translation>(ansvarspersonens egen)</translation>
        </message>
        <message>
            <source>Choose an action in the table first.</source>
            <translation>Välj först en åtgärd i tabellen.</translation>
        </message>
    </context>
    <context>
        <name>AgencyDialog</name>
        <message>
            <source>New agency</source>
            <translation>Ny aktör</translation>
        </message>
        <message>
            <source>Agency – {0}</source>
            <translation>Aktör – {0}</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Enhet:</translation>
        </message>
        <message>
            <source>Clinic, office or district (optional)</source>
            <translation>Poliklinik, kontor eller område (valfritt)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;Business ID (Y-tunnus):</source>
            <translation>&amp;FO-nummer (Y-tunnus):</translation>
        </message>
        <message>
            <source>1234567-8 (optional)</source>
            <translation>1234567-8 (valfritt)</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;post:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Telef&amp;on:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>A&amp;dress:</translation>
        </message>
        <message>
            <source>The agency</source>
            <translation>Aktören</translation>
        </message>
    </context>
    <context>
        <name>AgencyTableModel</name>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>FO-nummer</translation>
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>New agenda item</source>
            <translation>Ny punkt på föredragningslistan</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Lägg till punkt</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Punkter på föredragningslistan</translation>
        </message>
        <message>
            <source>Remo&amp;ve item</source>
            <translation>Ta &amp;bort punkt</translation>
        </message>
        <message>
            <source>Move higher</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move lower</source>
            <translation>Flytta ner</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Mark the request answered</source>
            <translation>Markera begäran som besvarad</translation>
        </message>
        <message>
            <source>&amp;Answered on:</source>
            <translation>&amp;Besvarad:</translation>
        </message>
        <message>
            <source>Answer &amp;summary:</source>
            <translation>&amp;Sammanfattning av svaret:</translation>
        </message>
        <message>
            <source>&amp;Mark answered</source>
            <translation>&amp;Markera besvarad</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>&amp;Avbryt</translation>
        </message>
    </context>
    <context>
        <name>AppearanceChoice</name>
        <message>
            <source>Follow the system</source>
            <translation>Enligt systemet</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Hög kontrast</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Purpose or recipient</source>
            <translation>Ändamål eller mottagare</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsBox</name>
        <message>
            <source>The team store is kept on its server: its administrator backs it up with PostgreSQL's own tools, and this computer holds nothing of it to back up or restore. The password of your login is kept in this computer's keyring.</source>
            <translation>Teamets datalager finns på sin server: dess administratör säkerhetskopierar det med PostgreSQL:s egna verktyg, och den här datorn har inget av det att säkerhetskopiera eller återställa. Lösenordet till din inloggning förvaras i den här datorns nyckelring.</translation>
        </message>
        <message>
            <source>Make a backup</source>
            <translation>Göra en säkerhetskopia</translation>
        </message>
        <message>
            <source>The backup is one encrypted file with a passphrase of its own (at least {0} characters). Keep it somewhere other than this computer. Without the passphrase nobody can open it, not even you.</source>
            <translation>Säkerhetskopian är en enda krypterad fil med en egen lösenfras (minst {0} tecken). Förvara den någon annanstans än på den här datorn. Utan lösenfrasen kan ingen öppna den, inte ens du.</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose where to save the backup</source>
            <translation>Välj var säkerhetskopian sparas</translation>
        </message>
        <message>
            <source>Backup &amp;file:</source>
            <translation>Säkerhetskopie&amp;fil:</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Säkerhetskopiefil</translation>
        </message>
        <message>
            <source>Backup &amp;passphrase:</source>
            <translation>Säkerhetskopians &amp;lösenfras:</translation>
        </message>
        <message>
            <source>R&amp;epeat the passphrase:</source>
            <translation>&amp;Upprepa lösenfrasen:</translation>
        </message>
        <message>
            <source>Make &amp;backup</source>
            <translation>&amp;Gör säkerhetskopia</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Säkerhetskopieringens status</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Återställning från en säkerhetskopia</translation>
        </message>
        <message>
            <source>The backup is checked first and what it holds is shown before anything is replaced. The current store is kept in the backups folder of the data folder.</source>
            <translation>Säkerhetskopian kontrolleras först och dess innehåll visas innan något ersätts. Det nuvarande datalagret sparas i mappen backups i datamappen.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Återställ från säkerhetskopia…</translation>
        </message>
        <message>
            <source>The store's key</source>
            <translation>Datalagrets nyckel</translation>
        </message>
        <message>
            <source>The store's key is a random key kept in the system keyring. Changing it re-encrypts the store with a new key; backups keep their own passphrase.</source>
            <translation>Datalagrets nyckel är en slumpmässig nyckel som förvaras i systemets nyckelring. När den byts krypteras datalagret om med en ny nyckel; säkerhetskopiorna behåller sina egna lösenfraser.</translation>
        </message>
        <message>
            <source>Change the &amp;key</source>
            <translation>Byt &amp;nyckel</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>Nu&amp;varande lösenfras:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>N&amp;y lösenfras:</translation>
        </message>
        <message>
            <source>Repea&amp;t the new passphrase:</source>
            <translation>Upprepa den ny&amp;a lösenfrasen:</translation>
        </message>
        <message>
            <source>Change pa&amp;ssphrase</source>
            <translation>Byt lö&amp;senfras</translation>
        </message>
        <message>
            <source>Key change status</source>
            <translation>Status för nyckelbytet</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Spara säkerhetskopian som</translation>
        </message>
        <message>
            <source>Verkosto backups (*.vkb);;All files (*)</source>
            <translation>Säkerhetskopior av Verkosto (*.vkb);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Backup made {0}: {1} clients, {2} meetings. File: {3}</source>
            <translation>Säkerhetskopian gjordes {0}: {1} klienter, {2} möten. Fil: {3}</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Säkerhetskopian görs…</translation>
        </message>
        <message>
            <source>The store has a new key; the old one was removed from the keyring.</source>
            <translation>Datalagret har en ny nyckel; den gamla togs bort ur nyckelringen.</translation>
        </message>
        <message>
            <source>Changing the store's key…</source>
            <translation>Datalagrets nyckel byts…</translation>
        </message>
        <message>
            <source>The passphrase was changed. Use the new one from now on.</source>
            <translation>Lösenfrasen har bytts. Använd den nya från och med nu.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Lösenfrasen byts…</translation>
        </message>
    </context>
    <context>
        <name>CalDavSettingsBox</name>
        <message>
            <source>Calendar publishing (CalDAV)</source>
            <translation>Kalenderpublicering (CalDAV)</translation>
        </message>
        <message>
            <source>Your upcoming meetings are copied to this calendar (for example to see them on your phone), named as in invites. Cancelled meetings are taken away from it again.</source>
            <translation>Dina kommande möten kopieras till den här kalendern (till exempel för att du ska se dem i telefonen), namngivna som i inbjudningarna. Inställda möten tas bort ur den igen.</translation>
        </message>
        <message>
            <source>Calendar &amp;address:</source>
            <translation>Kalenderns &amp;CalDAV-adress:</translation>
        </message>
        <message>
            <source>Calendar &amp;user name:</source>
            <translation>Kalenderns anv&amp;ändarnamn:</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the password is not kept: type it each time you test or publish.</source>
            <translation>Den här datorn har ingen nyckelring, så lösenordet sparas inte: skriv det varje gång du testar eller publicerar.</translation>
        </message>
        <message>
            <source>Calendar password:</source>
            <translation>Kalenderns lösenord:</translation>
        </message>
        <message>
            <source>Remember the password in the keyring</source>
            <translation>Kom ihåg lösenordet i nyckelringen</translation>
        </message>
        <message>
            <source>Save calendar settings</source>
            <translation>Spara kalenderinställningarna</translation>
        </message>
        <message>
            <source>Test calendar connection</source>
            <translation>Testa kalenderanslutningen</translation>
        </message>
        <message>
            <source>&amp;Publish now</source>
            <translation>Publ&amp;icera nu</translation>
        </message>
        <message>
            <source>Calendar publishing status</source>
            <translation>Status för kalenderpubliceringen</translation>
        </message>
        <message>
            <source>Loading calendar settings…</source>
            <translation>Läser in kalenderinställningarna…</translation>
        </message>
        <message>
            <source>Saving calendar settings…</source>
            <translation>Sparar kalenderinställningarna…</translation>
        </message>
        <message>
            <source>Testing the calendar connection…</source>
            <translation>Testar kalenderanslutningen…</translation>
        </message>
        <message>
            <source>Publishing meetings to the calendar…</source>
            <translation>Publicerar möten i kalendern…</translation>
        </message>
    </context>
    <context>
        <name>CalendarFileExport</name>
        <message>
            <source>Save upcoming as .&amp;ics…</source>
            <translation>Spara kommande som .&amp;ics…</translation>
        </message>
        <message>
            <source>Calendar file status</source>
            <translation>Kalenderfilens status</translation>
        </message>
        <message>
            <source>upcoming-meetings.ics</source>
            <translation>kommande-moten.ics</translation>
        </message>
        <message>
            <source>Save upcoming meetings</source>
            <translation>Spara kommande möten</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar-filer (*.ics)</translation>
        </message>
        <message>
            <source>Saving the calendar file…</source>
            <translation>Sparar kalenderfilen…</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Föregående</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation>I &amp;dag</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Nästa ▶</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>&amp;Kommande</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>D&amp;ag</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Vecka</translation>
        </message>
        <message>
            <source>Shown period</source>
            <translation>Visad period</translation>
        </message>
        <message>
            <source>Weekend and w&amp;hole day</source>
            <translation>Veckoslut och &amp;hela dygnet</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>Meetings from today on</source>
            <translation>Möten från och med i dag</translation>
        </message>
        <message>
            <source>Week {0}: {1}</source>
            <translation>Vecka {0}: {1}</translation>
        </message>
        <message>
            <source>Week {0}: {1} – {2}</source>
            <translation>Vecka {0}: {1} – {2}</translation>
        </message>
        <message>
            <source>Loading meetings…</source>
            <translation>Möten laddas…</translation>
        </message>
        <message>
            <source>No meetings in this period.</source>
            <translation>Inga möten under den här perioden.</translation>
        </message>
        <message>
            <source>&amp;New meeting {0} at {1}…</source>
            <translation>&amp;Nytt möte {0} kl. {1}…</translation>
        </message>
        <message>
            <source>Opening a new meeting…</source>
            <translation>Ett nytt möte öppnas…</translation>
        </message>
    </context>
    <context>
        <name>CarriedPanel</name>
        <message>
            <source>Open actions from earlier meetings</source>
            <translation>Öppna åtgärder från tidigare möten</translation>
        </message>
        <message>
            <source>Plan goals due for review</source>
            <translation>Planens mål som ska utvärderas</translation>
        </message>
        <message>
            <source>Save decisions</source>
            <translation>Spara besluten</translation>
        </message>
        <message>
            <source>No open actions from earlier meetings.</source>
            <translation>Inga öppna åtgärder från tidigare möten.</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>ingen förfallodag</translation>
        </message>
        <message>
            <source>{0}, overdue</source>
            <translation>{0}, försenad</translation>
        </message>
        <message>
            <source>due {0}</source>
            <translation>förfallodag {0}</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Inte avgjord</translation>
        </message>
        <message>
            <source>Decision: {0}</source>
            <translation>Beslut: {0}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Note: {0}</source>
            <translation>Anteckning: {0}</translation>
        </message>
        <message>
            <source>No plan goals due for review.</source>
            <translation>Inga mål i planen ska utvärderas.</translation>
        </message>
        <message>
            <source>Decisions saved (actions changed: {0}).</source>
            <translation>Besluten sparade (ändrade åtgärder: {0}).</translation>
        </message>
    </context>
    <context>
        <name>ClientChoiceDialog</name>
        <message>
            <source>Which client is the bundle about?</source>
            <translation>Vilken klient gäller paketet?</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>inte angivet</translation>
        </message>
        <message>
            <source>The bundle is about {0} (born {1}), but no identity code in it identifies a client of this store. These clients have the same surname and the same birth date or first names. Choose the one the bundle is about: its data is added to that client's case, never over newer data here.</source>
            <translation>Paketet gäller {0} (född {1}), men ingen personbeteckning i det identifierar en klient i denna databas. Dessa klienter har samma efternamn och samma födelsedatum eller förnamn. Välj den som paketet gäller: uppgifterna läggs till i den klientens ärende och ersätter aldrig nyare uppgifter här.</translation>
        </message>
        <message>
            <source>Clients who could be the one</source>
            <translation>Klienter som paketet kan gälla</translation>
        </message>
        <message>
            <source>&amp;Import for this client</source>
            <translation>&amp;Importera till denna klient</translation>
        </message>
    </context>
    <context>
        <name>ClientCopyBar</name>
        <message>
            <source>Client's language</source>
            <translation>Klientens språk</translation>
        </message>
        <message>
            <source>Language of the client's copy</source>
            <translation>Språket i klientens sammanfattning</translation>
        </message>
        <message>
            <source>Easy Finnish (se&amp;lkokieli)</source>
            <translation>Lä&amp;ttläst finska (selkokieli)</translation>
        </message>
        <message>
            <source>Add a signa&amp;ture</source>
            <translation>Sig&amp;nerad</translation>
        </message>
        <message>
            <source>Ma&amp;ke the client's own copy (PDF)…</source>
            <translation>&amp;Klientens egen sammanfattning (PDF)…</translation>
        </message>
        <message>
            <source>Client's copy status</source>
            <translation>Status för klientens sammanfattning</translation>
        </message>
        <message>
            <source>own-copy-{0}-{1}.pdf</source>
            <translation>egen-sammanfattning-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the client's own copy</source>
            <translation>Spara klientens egen sammanfattning</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>The client's own copy saved: {0}</source>
            <translation>Klientens egen sammanfattning sparad: {0}</translation>
        </message>
        <message>
            <source>Making the client's own copy…</source>
            <translation>Klientens egen sammanfattning görs…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Lösenfrasen för ditt signeringscertifikat:</translation>
        </message>
        <message>
            <source>Sign the client's copy</source>
            <translation>Signera klientens sammanfattning</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>New client</source>
            <translation>Ny klient</translation>
        </message>
        <message>
            <source>Client details – {0}</source>
            <translation>Klientens uppgifter – {0}</translation>
        </message>
        <message>
            <source>&amp;First names:</source>
            <translation>&amp;Förnamn:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Efternamn:</translation>
        </message>
        <message>
            <source>ddmmyyCnnnT, e.g. 131052-308T (optional)</source>
            <translation>ddmmååXnnnT, t.ex. 131052-308T (frivillig)</translation>
        </message>
        <message>
            <source>&amp;Identity code:</source>
            <translation>&amp;Personbeteckning:</translation>
        </message>
        <message>
            <source>Identity code check</source>
            <translation>Kontroll av personbeteckningen</translation>
        </message>
        <message>
            <source>&amp;Known</source>
            <translation>&amp;Känd</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>Födelsedatu&amp;m:</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Födelsedatum</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-p&amp;ost:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>A&amp;dress:</translation>
        </message>
        <message>
            <source>La&amp;nguage:</source>
            <translation>Sp&amp;råk:</translation>
        </message>
        <message>
            <source>Needs an in&amp;terpreter</source>
            <translation>Behöver to&amp;lk</translation>
        </message>
        <message>
            <source>Interpreter lan&amp;guage:</source>
            <translation>Tolkn&amp;ingsspråk:</translation>
        </message>
        <message>
            <source>Situation in b&amp;rief:</source>
            <translation>Situationen i kort&amp;het:</translation>
        </message>
        <message>
            <source>Sickness allowance's first day</source>
            <translation>Sjukdagpenningens första dag</translation>
        </message>
        <message>
            <source>&amp;On sickness allowance since</source>
            <translation>Sjukdagpen&amp;ning sedan</translation>
        </message>
        <message>
            <source>Sickness allowance:</source>
            <translation>Sjukdagpenning:</translation>
        </message>
        <message>
            <source>Valid; birth date {0}</source>
            <translation>Giltig; födelsedatum {0}</translation>
        </message>
        <message>
            <source>The client's details</source>
            <translation>Klientens uppgifter</translation>
        </message>
    </context>
    <context>
        <name>ClientListModel</name>
        <message>
            <source>no plan</source>
            <translation>ingen plan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Identity code</source>
            <translation>Personbeteckning</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Födelsedatum</translation>
        </message>
        <message>
            <source>Case lead</source>
            <translation>Ansvarig handläggare</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Nästa möte</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Öppna åtgärder</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenade</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>ClientTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Identity code</source>
            <translation>Personbeteckning</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Födelsedatum</translation>
        </message>
    </context>
    <context>
        <name>ClientWorkspace</name>
        <message>
            <source>◀ &amp;Back to clients</source>
            <translation>◀ &amp;Tillbaka till klienter</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>&amp;Redigera uppgifter…</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Översikt</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>&amp;Consents</source>
            <translation>&amp;Samtycken</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Möten</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation>Åt&amp;gärder</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Logg</translation>
        </message>
        <message>
            <source>Information requests</source>
            <translation>Informationsbegäranden</translation>
        </message>
        <message>
            <source>Opening the client…</source>
            <translation>Klienten öppnas…</translation>
        </message>
        <message>
            <source>Cancelling the request…</source>
            <translation>Begäran återkallas…</translation>
        </message>
        <message>
            <source>Naming the case lead…</source>
            <translation>Ansvarspersonen utses…</translation>
        </message>
        <message>
            <source>Removing the contact…</source>
            <translation>Kontaktpersonen tas bort…</translation>
        </message>
        <message>
            <source>Withdrawing consent…</source>
            <translation>Samtycket återkallas…</translation>
        </message>
    </context>
    <context>
        <name>ClientsPage</name>
        <message>
            <source>Search by name, the end of the identity code, case lead or benefit</source>
            <translation>Sök på namn, slutet av personbeteckningen, ansvarig handläggare eller förmån</translation>
        </message>
        <message>
            <source>Client search</source>
            <translation>Klientsökning</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>New &amp;client…</source>
            <translation>Ny &amp;klient…</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Opening a new meeting…</source>
            <translation>Ett nytt möte öppnas…</translation>
        </message>
        <message>
            <source>{0} clients shown</source>
            <translation>{0} klienter visas</translation>
        </message>
        <message>
            <source>Searching clients…</source>
            <translation>Klienter söks…</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Field</source>
            <translation>Uppgift</translation>
        </message>
        <message>
            <source>Saved by them</source>
            <translation>Sparat av dem</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ditt</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRow</name>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Registrera samtycke</translation>
        </message>
        <message>
            <source>{0} — the whole organisation, all its units</source>
            <translation>{0} — hela organisationen, alla dess enheter</translation>
        </message>
        <message>
            <source>&amp;Agencies covered:</source>
            <translation>&amp;Gäller aktörer:</translation>
        </message>
        <message>
            <source>An organisation named without units covers all its units; a unit named covers that unit only.</source>
            <translation>En organisation som nämns utan enheter omfattar alla dess enheter; en nämnd enhet omfattar endast den enheten.</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Ändamål:</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skriftligt</translation>
        </message>
        <message>
            <source>Oral</source>
            <translation>Muntligt</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>Given &amp;by (if not the client):</source>
            <translation>Giv&amp;et av (om inte klienten):</translation>
        </message>
        <message>
            <source>&amp;Given at:</source>
            <translation>G&amp;ivet:</translation>
        </message>
        <message>
            <source>&amp;Until further notice</source>
            <translation>Tills &amp;vidare</translation>
        </message>
        <message>
            <source>&amp;Valid until:</source>
            <translation>Gil&amp;tigt till:</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Giltigt till</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ConsentTableModel</name>
        <message>
            <source>written</source>
            <translation>skriftligt</translation>
        </message>
        <message>
            <source>oral</source>
            <translation>muntligt</translation>
        </message>
        <message>
            <source>until further</source>
            <translation>tills vidare</translation>
        </message>
        <message>
            <source>withdrawn {0}</source>
            <translation>återkallat {0}</translation>
        </message>
        <message>
            <source>{0} (whole organisation)</source>
            <translation>{0} (hela organisationen)</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>giltigt</translation>
        </message>
        <message>
            <source>not valid</source>
            <translation>inte giltigt</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Givet</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Ändamål</translation>
        </message>
        <message>
            <source>Agencies covered</source>
            <translation>Gäller aktörer</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Giltigt till</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Consents</source>
            <translation>Samtycken</translation>
        </message>
        <message>
            <source>&amp;Record consent…</source>
            <translation>R&amp;egistrera samtycke…</translation>
        </message>
        <message>
            <source>&amp;Withdraw selected consent</source>
            <translation>Åter&amp;kalla valt samtycke</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>&amp;Agency:</source>
            <translation>Aktö&amp;r:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>&amp;Kontaktperson:</translation>
        </message>
        <message>
            <source>Also the client's case &amp;lead</source>
            <translation>Även klientens ans&amp;varsperson</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>{0} (case lead)</source>
            <translation>{0} (ansvarsperson)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Name, unit, kind or business ID</source>
            <translation>Namn, enhet, typ eller FO-nummer</translation>
        </message>
        <message>
            <source>Filter agencies</source>
            <translation>Filtrera aktörer</translation>
        </message>
        <message>
            <source>&amp;Filter agencies:</source>
            <translation>&amp;Filtrera aktörer:</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Aktörer</translation>
        </message>
        <message>
            <source>&amp;New agency…</source>
            <translation>&amp;Ny aktör…</translation>
        </message>
        <message>
            <source>&amp;Edit agency…</source>
            <translation>&amp;Redigera aktör…</translation>
        </message>
        <message>
            <source>People at the agency</source>
            <translation>Aktörens personer</translation>
        </message>
        <message>
            <source>New &amp;person…</source>
            <translation>Ny &amp;person…</translation>
        </message>
        <message>
            <source>Edit pe&amp;rson…</source>
            <translation>Redi&amp;gera person…</translation>
        </message>
        <message>
            <source>Loading the directory…</source>
            <translation>Läser in aktörer och personer…</translation>
        </message>
        <message>
            <source>{0} of {1} agencies shown</source>
            <translation>{0} av {1} aktörer visas</translation>
        </message>
        <message>
            <source>Choose an agency to see its people.</source>
            <translation>Välj en aktör för att se dess personer.</translation>
        </message>
        <message>
            <source>People at {0}</source>
            <translation>Personer hos {0}</translation>
        </message>
    </context>
    <context>
        <name>DonePanel</name>
        <message>
            <source>What was done, e.g. the application was sent</source>
            <translation>Vad som gjordes, t.ex. ansökan skickades</translation>
        </message>
        <message>
            <source>Completion &amp;note:</source>
            <translation>A&amp;nteckning:</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Bekräfta</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>Avbr&amp;yt</translation>
        </message>
        <message>
            <source>Mark done: {0} ({1})</source>
            <translation>Markera som klar: {0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Saved by someone else</source>
            <translation>Sparat av någon annan</translation>
        </message>
        <message>
            <source>Their values and yours</source>
            <translation>Deras uppgifter och dina</translation>
        </message>
        <message>
            <source>What they saved is the same as yours.</source>
            <translation>Det de sparade är detsamma som ditt.</translation>
        </message>
        <message>
            <source>Agree or close only what you have seen: show their version first.</source>
            <translation>Godkänn eller avsluta bara det du har sett: visa deras version först.</translation>
        </message>
        <message>
            <source>Nothing of yours was saved yet. Choose which stays.</source>
            <translation>Inget av ditt har sparats ännu. Välj vilken som gäller.</translation>
        </message>
        <message>
            <source>&amp;Show their version</source>
            <translation>&amp;Visa deras version</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>Behåll &amp;deras</translation>
        </message>
        <message>
            <source>&amp;Save mine</source>
            <translation>&amp;Spara mitt</translation>
        </message>
        <message>
            <source>Keep &amp;editing</source>
            <translation>Fortsätt &amp;redigera</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>Someone else saved this plan while you were editing it.</source>
            <translation>Någon annan sparade den här planen medan du redigerade den.</translation>
        </message>
        <message>
            <source>Someone else saved this meeting while you were editing it.</source>
            <translation>Någon annan sparade det här mötet medan du redigerade det.</translation>
        </message>
        <message>
            <source>Someone else saved this meeting's notes while you were editing them.</source>
            <translation>Någon annan sparade mötets anteckningar medan du redigerade dem.</translation>
        </message>
        <message>
            <source>Someone else changed this action after you opened it.</source>
            <translation>Någon annan ändrade den här åtgärden efter att du öppnade den.</translation>
        </message>
        <message>
            <source>{0} saved this plan while you were editing it, at {1}.</source>
            <translation>{0} sparade den här planen medan du redigerade den ({1}).</translation>
        </message>
        <message>
            <source>{0} saved this meeting while you were editing it, at {1}.</source>
            <translation>{0} sparade det här mötet medan du redigerade det ({1}).</translation>
        </message>
        <message>
            <source>{0} saved this meeting's notes while you were editing them, at {1}.</source>
            <translation>{0} sparade mötets anteckningar medan du redigerade dem ({1}).</translation>
        </message>
        <message>
            <source>{0} changed this action after you opened it, at {1}.</source>
            <translation>{0} ändrade den här åtgärden efter att du öppnade den ({1}).</translation>
        </message>
    </context>
    <context>
        <name>EditorDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
    </context>
    <context>
        <name>FhirExport</name>
        <message>
            <source>Export FHIR bundle…</source>
            <translation>Exportera FHIR-paket…</translation>
        </message>
        <message>
            <source>Export the client's case as a FHIR bundle</source>
            <translation>Exportera klientens ärende som FHIR-paket</translation>
        </message>
        <message>
            <source>FHIR export status</source>
            <translation>FHIR-exportens status</translation>
        </message>
        <message>
            <source>client-{0}-fhir.json</source>
            <translation>klient-{0}-fhir.json</translation>
        </message>
        <message>
            <source>Save the FHIR bundle</source>
            <translation>Spara FHIR-paketet</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json)</source>
            <translation>FHIR JSON-filer (*.json)</translation>
        </message>
        <message>
            <source>FHIR bundle saved with the HETU: {0} ({1} resources).</source>
            <translation>FHIR-paketet sparat med personbeteckning: {0} ({1} resurser).</translation>
        </message>
        <message>
            <source>FHIR bundle saved without the HETU: {0} ({1} resources).</source>
            <translation>FHIR-paketet sparat utan personbeteckning: {0} ({1} resurser).</translation>
        </message>
        <message>
            <source>Saving the FHIR bundle…</source>
            <translation>Sparar FHIR-paketet…</translation>
        </message>
    </context>
    <context>
        <name>FhirExportDialog</name>
        <message>
            <source>Export FHIR bundle</source>
            <translation>Exportera FHIR-paket</translation>
        </message>
        <message>
            <source>The case of {0} — plan with every version, goals, contact persons, meetings, agreed actions, information requests and consents — is saved as one FHIR R4 file for another system or for a colleague's Verkosto. The export is logged.</source>
            <translation>Ärendet för {0} – planen med alla versioner, mål, kontaktpersoner, möten, överenskomna åtgärder, informationsbegäranden och samtycken – sparas som en FHIR R4-fil för ett annat system eller en kollegas Verkosto. Exporten loggas.</translation>
        </message>
        <message>
            <source>&amp;Include the personal identity code (HETU)</source>
            <translation>&amp;Ta med personbeteckningen</translation>
        </message>
        <message>
            <source>Without it the file names the client by name and birth date only: the receiving Verkosto then asks which of its clients the file is about. Include it only when the receiver needs it and the file travels safely.</source>
            <translation>Utan den anger filen klienten endast med namn och födelsedatum: mottagarens Verkosto frågar då vilken av dess klienter filen gäller. Ta med den bara när mottagaren behöver den och filen överförs säkert.</translation>
        </message>
        <message>
            <source>The client has no personal identity code recorded.</source>
            <translation>Ingen personbeteckning har registrerats för klienten.</translation>
        </message>
        <message>
            <source>&amp;Choose the file…</source>
            <translation>&amp;Välj fil…</translation>
        </message>
    </context>
    <context>
        <name>FhirImport</name>
        <message>
            <source>&amp;Import FHIR bundle…</source>
            <translation>&amp;Importera FHIR-paket…</translation>
        </message>
        <message>
            <source>Import a FHIR bundle</source>
            <translation>Importera ett FHIR-paket</translation>
        </message>
        <message>
            <source>FHIR import status</source>
            <translation>FHIR-importens status</translation>
        </message>
        <message>
            <source>Import FHIR bundle</source>
            <translation>Importera FHIR-paket</translation>
        </message>
        <message>
            <source>FHIR JSON files (*.json);;All files (*)</source>
            <translation>FHIR JSON-filer (*.json);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Importing the FHIR bundle…</source>
            <translation>Importerar FHIR-paketet…</translation>
        </message>
        <message>
            <source>The FHIR bundle was not imported: no client was chosen. Nothing was changed.</source>
            <translation>FHIR-paketet importerades inte: ingen klient valdes. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>FHIR bundle imported for {0}.</source>
            <translation>FHIR-paketet importerat till klienten {0}.</translation>
        </message>
    </context>
    <context>
        <name>FhirImportReport</name>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Aktörer</translation>
        </message>
        <message>
            <source>Professionals</source>
            <translation>Yrkespersoner</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planer</translation>
        </message>
        <message>
            <source>Plan versions</source>
            <translation>Planversioner</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Benefits and services</source>
            <translation>Förmåner och tjänster</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtycken</translation>
        </message>
    </context>
    <context>
        <name>FileProblems</name>
        <message>
            <source>The file was not imported</source>
            <translation>Filen importerades inte</translation>
        </message>
        <message>
            <source>{0} was not imported: it has the problems below. Nothing from it was saved.</source>
            <translation>{0} importerades inte eftersom den har felen nedan. Ingenting ur den sparades.</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Fel i filen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
    </context>
    <context>
        <name>FindTimeDialog</name>
        <message>
            <source>Find a time</source>
            <translation>Hitta en tid</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>U&amp;ntil:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Längd:</translation>
        </message>
        <message>
            <source>&amp;Required (ticked) and optional participants:</source>
            <translation>&amp;Nödvändiga (kryssade) och övriga deltagare:</translation>
        </message>
        <message>
            <source>&amp;Import busy times (.ics)…</source>
            <translation>&amp;Importera upptagna tider (.ics)…</translation>
        </message>
        <message>
            <source>Busy times of the selected participant:</source>
            <translation>Den valda deltagarens upptagna tider:</translation>
        </message>
        <message>
            <source>Import busy times</source>
            <translation>Importera upptagna tider</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <source>Free times</source>
            <translation>Lediga tider</translation>
        </message>
        <message>
            <source>&amp;Use this time</source>
            <translation>&amp;Använd denna tid</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Av&amp;bryt</translation>
        </message>
        <message>
            <source>Busy times of {0}</source>
            <translation>Upptagna tider för {0}</translation>
        </message>
        <message>
            <source>Calendar files (*.ics *.ifb);;All files (*)</source>
            <translation>Kalenderfiler (*.ics *.ifb);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Reading busy times…</source>
            <translation>Upptagna tider läses…</translation>
        </message>
        <message>
            <source>{0} busy times imported</source>
            <translation>{0} upptagna tider importerade</translation>
        </message>
        <message>
            <source>none imported</source>
            <translation>inga importerade</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Söker…</translation>
        </message>
        <message>
            <source>Finding free times…</source>
            <translation>Lediga tider söks…</translation>
        </message>
        <message>
            <source>{0} times shown; all required participants are free at {1} of them.</source>
            <translation>{0} tider visas; alla nödvändiga deltagare är lediga vid {1} av dem.</translation>
        </message>
        <message>
            <source>No working-hour times in this window.</source>
            <translation>Inga tider inom arbetstid under denna period.</translation>
        </message>
        <message>
            <source>The file could not be read: {0}</source>
            <translation>Filen kunde inte läsas: {0}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Plan follow-ups</source>
            <translation>Planera uppföljningar</translation>
        </message>
        <message>
            <source>Sickness allowance &amp;first day:</source>
            <translation>Sjukdagpenningens &amp;första dag:</translation>
        </message>
        <message>
            <source>From the client's details (Edit details… in the workspace keeps a change).</source>
            <translation>Från klientens uppgifter (en ändring sparas med Redigera uppgifter… i arbetsytan).</translation>
        </message>
        <message>
            <source>Not in the client's details: the meeting's day is proposed. Edit details… in the workspace stores the right one.</source>
            <translation>Finns inte i klientens uppgifter: mötets dag föreslås. Den rätta dagen sparas med Redigera uppgifter… i arbetsytan.</translation>
        </message>
        <message>
            <source>payment days (Mon–Sat, no holidays)</source>
            <translation>utbetalningsdagar (mån–lör, inga helgdagar)</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>kalenderdagar</translation>
        </message>
        <message>
            <source>Count i&amp;n:</source>
            <translation>&amp;Räkna i:</translation>
        </message>
        <message>
            <source>&amp;Proposed follow-ups (tick the ones to plan):</source>
            <translation>F&amp;öreslagna uppföljningar (kryssa för dem som ska planeras):</translation>
        </message>
        <message>
            <source>Plan &amp;ticked meetings</source>
            <translation>&amp;Planera de kryssade</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>St&amp;äng</translation>
        </message>
        <message>
            <source>{0}: {1} ({2}; {3})</source>
            <translation>{0}: {1} ({2}; {3})</translation>
        </message>
        <message>
            <source>{0} — proposed by the meeting's type</source>
            <translation>{0} — föreslaget av mötestypen</translation>
        </message>
        <message>
            <source>Tick at least one follow-up.</source>
            <translation>Kryssa för minst en uppföljning.</translation>
        </message>
        <message>
            <source>Planning follow-ups…</source>
            <translation>Uppföljningsmöten planeras…</translation>
        </message>
        <message>
            <source>{0} follow-up meetings planned: {1}</source>
            <translation>{0} uppföljningsmöten planerade: {1}</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <source>Goal</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Måldatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Whose goal</source>
            <translation>Vems mål</translation>
        </message>
    </context>
    <context>
        <name>GoalsAndServices</name>
        <message>
            <source>Goals</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Goal description:</source>
            <translation>Målbeskrivning:</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Måldatum</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Måldatum:</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Inget måldatum</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Whose goal:</source>
            <translation>Vems mål:</translation>
        </message>
        <message>
            <source>Problems with the goals</source>
            <translation>Fel i målen</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>L&amp;ägg till mål</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>Ta bort mål</translation>
        </message>
        <message>
            <source>Benefits and services</source>
            <translation>Förmåner och tjänster</translation>
        </message>
        <message>
            <source>Benefit or service:</source>
            <translation>Förmån eller tjänst:</translation>
        </message>
        <message>
            <source>Provided by:</source>
            <translation>Anordnas av:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Anteckning:</translation>
        </message>
        <message>
            <source>Problems with the benefits and services</source>
            <translation>Fel i förmånerna och tjänsterna</translation>
        </message>
        <message>
            <source>Add benefit or service</source>
            <translation>Lägg till förmån eller tjänst</translation>
        </message>
        <message>
            <source>Remove benefit or service</source>
            <translation>Ta bort förmån eller tjänst</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(inte angiven)</translation>
        </message>
    </context>
    <context>
        <name>GridBody</name>
        <message>
            <source>Empty time slots</source>
            <translation>Lediga tider</translation>
        </message>
        <message>
            <source>Arrow keys choose a time, Enter offers a new meeting then</source>
            <translation>Piltangenterna väljer en tid, Enter föreslår då ett nytt möte</translation>
        </message>
        <message>
            <source>Empty time slot {0} {1}</source>
            <translation>Ledig tid {0} kl. {1}</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Home</source>
            <translation>Hem</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>No meetings today.</source>
            <translation>Inga möten i dag.</translation>
        </message>
        <message>
            <source>Later this week</source>
            <translation>Senare denna vecka</translation>
        </message>
        <message>
            <source>No more meetings this week.</source>
            <translation>Inga fler möten denna vecka.</translation>
        </message>
        <message>
            <source>My overdue actions</source>
            <translation>Mina försenade åtgärder</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Inga försenade åtgärder.</translation>
        </message>
        <message>
            <source>My actions due within 7 days</source>
            <translation>Mina åtgärder som förfaller inom 7 dagar</translation>
        </message>
        <message>
            <source>Nothing due in the next 7 days.</source>
            <translation>Inget förfaller de närmaste 7 dagarna.</translation>
        </message>
        <message>
            <source>Follow-ups coming due (30 days)</source>
            <translation>Kommande uppföljningar (30 dagar)</translation>
        </message>
        <message>
            <source>No follow-up points in the next 30 days.</source>
            <translation>Inga uppföljningar de närmaste 30 dagarna.</translation>
        </message>
        <message>
            <source>Plan reviews coming due (30 days)</source>
            <translation>Kommande granskningar av planer (30 dagar)</translation>
        </message>
        <message>
            <source>No plan is due for review in the next 30 days.</source>
            <translation>Ingen plan ska granskas de närmaste 30 dagarna.</translation>
        </message>
        <message>
            <source>Answers to invites</source>
            <translation>Svar på inbjudningar</translation>
        </message>
        <message>
            <source>No answers yet to the invites of the meetings ahead.</source>
            <translation>Inga svar ännu på inbjudningarna till kommande möten.</translation>
        </message>
        <message>
            <source>Loading the home view…</source>
            <translation>Hemvyn läses in…</translation>
        </message>
        <message>
            <source>Today is {0}</source>
            <translation>I dag är det {0}</translation>
        </message>
        <message>
            <source>Your own actions are shown once your profile (Settings) has the e-mail address of your entry in Agencies and people.</source>
            <translation>Dina egna åtgärder visas när din profil (Inställningar) har samma e-postadress som dina uppgifter under Aktörer och personer.</translation>
        </message>
        <message>
            <source>{0} yes, {1} maybe, {2} no, {3} not answered</source>
            <translation>{0} ja, {1} kanske, {2} nej, {3} har inte svarat</translation>
        </message>
        <message>
            <source>Information request from {0}</source>
            <translation>Informationsbegäran att besvara, från {0}</translation>
        </message>
        <message>
            <source>Information request to {0}</source>
            <translation>Informationsbegäran till {0}</translation>
        </message>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (försenad)</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>FHIR bundle imported</source>
            <translation>FHIR-paketet importerat</translation>
        </message>
        <message>
            <source>Imported for {0}</source>
            <translation>Importerat till klienten {0}</translation>
        </message>
        <message>
            <source>Added {0}, updated {1}, unchanged {2}. The import has been logged.</source>
            <translation>{0} tillagda, {1} uppdaterade, {2} oförändrade. Importen har loggats.</translation>
        </message>
        <message>
            <source>Added and updated</source>
            <translation>Tillagda och uppdaterade</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Tillagda</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Uppdaterade</translation>
        </message>
    </context>
    <context>
        <name>IncomeEffectDialog</name>
        <message>
            <source>Income effect</source>
            <translation>Inkomstpåverkan</translation>
        </message>
        <message>
            <source>Income-effect notes</source>
            <translation>Anteckningar om inkomstpåverkan</translation>
        </message>
        <message>
            <source>&amp;Remove note</source>
            <translation>&amp;Ta bort anteckning</translation>
        </message>
        <message>
            <source>&amp;Benefit:</source>
            <translation>&amp;Förmån:</translation>
        </message>
        <message>
            <source>&amp;What happens:</source>
            <translation>&amp;Vad händer:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>&amp;Motivering:</translation>
        </message>
        <message>
            <source>In plain words, as told to the client</source>
            <translation>Med enkla ord, så som det sägs till klienten</translation>
        </message>
        <message>
            <source>A&amp;mount note:</source>
            <translation>Anteckning om &amp;belopp:</translation>
        </message>
        <message>
            <source>Optional; nothing is computed</source>
            <translation>Frivilligt; inget räknas ut</translation>
        </message>
        <message>
            <source>Checked b&amp;y:</source>
            <translation>&amp;Utrett av:</translation>
        </message>
        <message>
            <source>Checked o&amp;n:</source>
            <translation>Utrett de&amp;n:</translation>
        </message>
        <message>
            <source>Sa&amp;ve note</source>
            <translation>&amp;Spara anteckning</translation>
        </message>
    </context>
    <context>
        <name>IncomeEffectsBox</name>
        <message>
            <source>Income effects not checked</source>
            <translation>Inkomstpåverkan som inte utretts</translation>
        </message>
        <message>
            <source>Income effects</source>
            <translation>Inkomstpåverkan</translation>
        </message>
        <message>
            <source>Income effect of the selected row…</source>
            <translation>Inkomstpåverkan för den valda raden…</translation>
        </message>
        <message>
            <source>What the chosen benefit or service row does to each of the client's benefits</source>
            <translation>Vad den valda förmåns- eller tjänsteraden gör med var och en av klientens förmåner</translation>
        </message>
        <message>
            <source>No income-effect notes yet.</source>
            <translation>Inga anteckningar om inkomstpåverkan ännu.</translation>
        </message>
        <message>
            <source>Choose a benefit or service row first.</source>
            <translation>Välj först en förmåns- eller tjänsterad.</translation>
        </message>
    </context>
    <context>
        <name>InviteBar</name>
        <message>
            <source>Send &amp;invites</source>
            <translation>Skicka &amp;inbjudningar</translation>
        </message>
        <message>
            <source>E&amp;xport invite files…</source>
            <translation>Inbjudningar som &amp;filer…</translation>
        </message>
        <message>
            <source>Import &amp;replies…</source>
            <translation>&amp;Registrera svar…</translation>
        </message>
        <message>
            <source>Invite status</source>
            <translation>Inbjudningarnas status</translation>
        </message>
        <message>
            <source>Send c&amp;ancellation</source>
            <translation>Skicka &amp;inställning</translation>
        </message>
        <message>
            <source>E&amp;xport cancellation files…</source>
            <translation>Inställning som &amp;filer…</translation>
        </message>
        <message>
            <source>Send cancellation to &amp;those removed ({0})</source>
            <translation>Skicka inställning till de &amp;borttagna ({0})</translation>
        </message>
        <message>
            <source>The file could not be used: {0}</source>
            <translation>Filen kunde inte användas: {0}</translation>
        </message>
        <message>
            <source>Folder for the invite files</source>
            <translation>Mapp för inbjudningsfilerna</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Inget sparades.</translation>
        </message>
        <message>
            <source>Saved in {0}: the calendar file and {1} e-mails to send.</source>
            <translation>Sparat i {0}: kalenderfilen och {1} e-postmeddelanden att skicka.</translation>
        </message>
        <message>
            <source>Writing invite files…</source>
            <translation>Inbjudningsfilerna skrivs…</translation>
        </message>
        <message>
            <source>Answers to the invite</source>
            <translation>Svar på inbjudan</translation>
        </message>
        <message>
            <source>Answers (*.eml *.ics);;All files (*)</source>
            <translation>Svar (*.eml *.ics);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Recording answers…</source>
            <translation>Svaren registreras…</translation>
        </message>
        <message>
            <source>The answer in {0} was sent by {1} but claims to be from {2} ({3}), a participant of “{4}”.

Anyone can write an e-mail naming someone else. Record the answer only if you know it is genuine. Record it?</source>
            <translation>Svaret i {0} skickades av {1} men uppger sig komma från {2} ({3}), deltagare i ”{4}”.

Vem som helst kan skriva ett e-postmeddelande i någon annans namn. Registrera svaret bara om du vet att det är äkta. Registrera det?</translation>
        </message>
        <message>
            <source>(no sender)</source>
            <translation>(ingen avsändare)</translation>
        </message>
        <message>
            <source>Answer from someone else</source>
            <translation>Svarets avsändare stämmer inte</translation>
        </message>
        <message>
            <source>Preparing to send…</source>
            <translation>Sändningen förbereds…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Skickar…</translation>
        </message>
        <message>
            <source>Sent to {0} of {1} recipients.</source>
            <translation>Skickat till {0} av {1} mottagare.</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <translation>Inte skickat: {0}</translation>
        </message>
    </context>
    <context>
        <name>KeptPassword</name>
        <message>
            <source>(kept in the keyring)</source>
            <translation>(sparat i nyckelringen)</translation>
        </message>
    </context>
    <context>
        <name>LockButton</name>
        <message>
            <source>Lock</source>
            <translation>Lås</translation>
        </message>
        <message>
            <source>Lock the store (Ctrl+L)</source>
            <translation>Lås datalagret (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>LockedPanel</name>
        <message>
            <source>The store is locked</source>
            <translation>Datalagret är låst</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Försök igen</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Återställ från säkerhetskopia…</translation>
        </message>
        <message>
            <source>&amp;Acknowledge and open…</source>
            <translation>&amp;Kvittera och öppna…</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
        <message>
            <source>Log</source>
            <translation>Logg</translation>
        </message>
        <message>
            <source>Log extract status</source>
            <translation>Loggutdragets status</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>Alla händelser</translation>
        </message>
        <message>
            <source>Viewed</source>
            <translation>Visade</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrade</translation>
        </message>
        <message>
            <source>Exported or disclosed</source>
            <translation>Exporterade eller utlämnade</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Visa:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>ingen gräns</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation>V&amp;em:</translation>
        </message>
        <message>
            <source>U&amp;ntil:</source>
            <translation>T&amp;ill:</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>Typ av händelse</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>Första dag</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>Sista dag</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Language of the extract</source>
            <translation>Utdragets språk</translation>
        </message>
        <message>
            <source>Print e&amp;xtract…</source>
            <translation>Skriv &amp;ut utdrag…</translation>
        </message>
        <message>
            <source>A PDF for the client's own information request: every entry of the period chosen above (whatever is shown), newest first. Giving it is logged.</source>
            <translation>En PDF för klientens egen begäran om uppgifter: alla poster under perioden som valts ovan (oavsett vad som visas), de senaste först. Utlämnandet loggas.</translation>
        </message>
        <message>
            <source>For the client:</source>
            <translation>Till klienten:</translation>
        </message>
        <message>
            <source>Showing {0} of {1} entries</source>
            <translation>Visar {0} av {1} poster</translation>
        </message>
        <message>
            <source>log-extract-{0}-{1}.pdf</source>
            <translation>loggutdrag-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the log extract</source>
            <translation>Spara loggutdraget</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Log extract saved: {0} ({1} entries)</source>
            <translation>Loggutdraget sparat: {0} ({1} poster)</translation>
        </message>
        <message>
            <source>Making the log extract…</source>
            <translation>Loggutdraget görs…</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsBox</name>
        <message>
            <source>E-mail server password</source>
            <translation>E-postserverns lösenord</translation>
        </message>
        <message>
            <source>Password for {0}:</source>
            <translation>Lösenord för {0}:</translation>
        </message>
        <message>
            <source>E-mail server (SMTP)</source>
            <translation>E-postserver (SMTP)</translation>
        </message>
        <message>
            <source>Server (&amp;host):</source>
            <translation>SMTP-ser&amp;ver:</translation>
        </message>
        <message>
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (port 587)</translation>
        </message>
        <message>
            <source>TLS (port 465)</source>
            <translation>TLS (port 465)</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the password is not kept: it is asked each time invites are sent.</source>
            <translation>Den här datorn har ingen nyckelring, så lösenordet sparas inte: det frågas varje gång inbjudningar skickas.</translation>
        </message>
        <message>
            <source>Securit&amp;y:</source>
            <translation>Säk&amp;erhet:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>User na&amp;me:</source>
            <translation>Använ&amp;darnamn:</translation>
        </message>
        <message>
            <source>Passwor&amp;d:</source>
            <translation>Lösen&amp;ord:</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the keyring</source>
            <translation>Ko&amp;m ihåg lösenordet i nyckelringen</translation>
        </message>
        <message>
            <source>Sender name (optional):</source>
            <translation>Avsändarnamn (valfritt):</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Bläddra…</translation>
        </message>
        <message>
            <source>Browse for the CA certificate</source>
            <translation>Välj CA-certifikatet</translation>
        </message>
        <message>
            <source>Extra CA certi&amp;ficate (optional):</source>
            <translation>Extra CA-certi&amp;fikat (valfritt):</translation>
        </message>
        <message>
            <source>Extra CA certificate</source>
            <translation>Extra CA-certifikat</translation>
        </message>
        <message>
            <source>Sa&amp;ve e-mail settings</source>
            <translation>Spa&amp;ra e-postinställningarna</translation>
        </message>
        <message>
            <source>Test c&amp;onnection</source>
            <translation>Testa ansl&amp;utningen</translation>
        </message>
        <message>
            <source>E-mail server status</source>
            <translation>E-postserverns status</translation>
        </message>
        <message>
            <source>Loading e-mail settings…</source>
            <translation>E-postinställningarna läses in…</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Saving e-mail settings…</source>
            <translation>E-postinställningarna sparas…</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Anslutningen testas…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Clients</source>
            <translation>Klienter</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Agencies and people</source>
            <translation>Aktörer och personer</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Verify a PDF</source>
            <translation>Kontrollera PDF</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigering</translation>
        </message>
        <message>
            <source>The store is not open</source>
            <translation>Datalagret är inte öppet</translation>
        </message>
        <message>
            <source>Create a store</source>
            <translation>Skapa ett datalager</translation>
        </message>
        <message>
            <source>There is no Verkosto store in {0} yet. Create a new encrypted store there?</source>
            <translation>Mappen {0} har ännu inget datalager för Verkosto. Skapa ett nytt krypterat datalager där?</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Hem</translation>
        </message>
        <message>
            <source>Connection restored</source>
            <translation>Anslutningen återställdes</translation>
        </message>
        <message>
            <source>Opening the store…</source>
            <translation>Datalagret öppnas…</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Oväntat fel: {0}</translation>
        </message>
    </context>
    <context>
        <name>MeetingBlock</name>
        <message>
            <source>I take part</source>
            <translation>Jag deltar</translation>
        </message>
        <message>
            <source>Enter opens the meeting</source>
            <translation>Enter öppnar mötet</translation>
        </message>
    </context>
    <context>
        <name>MeetingCalendarTab</name>
        <message>
            <source>Calendar invites</source>
            <translation>Kalenderinbjudningar</translation>
        </message>
        <message>
            <source>Invites go to every participant with an e-mail address as ordinary e-mail: they name the client only as Settings allow and never carry the identity code, health or benefit details. Send again after a change of time or place; a cancelled meeting sends the cancellation.</source>
            <translation>Inbjudningarna går som vanlig e-post till varje deltagare med e-postadress: klienten nämns bara så som inställningarna tillåter, och personbeteckning, hälso- eller förmånsuppgifter skickas aldrig. Skicka igen när tid eller plats ändras; ett inställt möte skickar inställningen.</translation>
        </message>
        <message>
            <source>Summary for supervisors</source>
            <translation>Sammanfattning för förmannen</translation>
        </message>
        <message>
            <source>A PDF of the meeting (participants, decisions, the client's own view, agreed actions, the consent it rests on), marked confidential and signed with your certificate so that a supervisor can verify it.</source>
            <translation>En PDF av mötet (deltagare, beslut, klientens egen syn, överenskomna åtgärder och samtycket som delningen vilar på), märkt sekretessbelagd och undertecknad med ditt certifikat så att en förman kan kontrollera den.</translation>
        </message>
        <message>
            <source>The client's own copy</source>
            <translation>Klientens egen sammanfattning</translation>
        </message>
        <message>
            <source>A PDF for the client in large type: what was agreed, who does what and by when, the contact persons, the next meeting and the client's own view. No working notes, no other participant's private data; the identity code masked.</source>
            <translation>En PDF för klienten med stor text: vad som avtalades, vem som gör vad och när, kontaktpersonerna, nästa möte och klientens egen syn. Inga arbetsanteckningar, inga andra deltagares privata uppgifter; personbeteckningen maskerad.</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>The sickness-allowance review points (about day 60, 90–150 and 230–300) and the client plan's review date, planned as meetings or calls with the same people.</source>
            <translation>Sjukdagpenningens uppföljningspunkter (cirka dag 60, 90–150 och 230–300) och klientplanens uppföljningsdatum, planerade som möten eller samtal med samma personer.</translation>
        </message>
        <message>
            <source>Plan &amp;follow-ups…</source>
            <translation>&amp;Planera uppföljningar…</translation>
        </message>
    </context>
    <context>
        <name>MeetingDetailsForm</name>
        <message>
            <source>— no type —</source>
            <translation>— ingen typ —</translation>
        </message>
        <message>
            <source>Meeting t&amp;ype:</source>
            <translation>Mötest&amp;yp:</translation>
        </message>
        <message>
            <source>Meeting type:</source>
            <translation>Mötestyp:</translation>
        </message>
        <message>
            <source>Proposed participants</source>
            <translation>Föreslagna deltagare</translation>
        </message>
        <message>
            <source>Meeting &amp;title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>Pu&amp;rpose:</source>
            <translation>Syf&amp;te:</translation>
        </message>
        <message>
            <source>Client:</source>
            <translation>Klient:</translation>
        </message>
        <message>
            <source>Choose the client</source>
            <translation>Välj klient</translation>
        </message>
        <message>
            <source>Cl&amp;ient:</source>
            <translation>Kl&amp;ient:</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Starttid</translation>
        </message>
        <message>
            <source>&amp;Find a time…</source>
            <translation>&amp;Hitta en tid…</translation>
        </message>
        <message>
            <source>Dat&amp;e and time:</source>
            <translation>Datum &amp;och tid:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Durati&amp;on:</source>
            <translation>&amp;Längd:</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Längd i minuter</translation>
        </message>
        <message>
            <source>Scheduling warnings</source>
            <translation>Varningar om tidpunkten</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>Mötes&amp;form:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>&amp;Plats:</translation>
        </message>
        <message>
            <source>Remote lin&amp;k:</source>
            <translation>Dista&amp;nslänk:</translation>
        </message>
        <message>
            <source>⚠ This link reveals the client (a name or an identity code in it), so it will be left out of invites and the calendar. Use a link that does not identify the client, for example the meeting service's own meeting id.</source>
            <translation>⚠ Länken avslöjar klienten (ett namn eller en personbeteckning i den), så den utelämnas ur inbjudningar och kalendern. Använd en länk som inte identifierar klienten, till exempel mötestjänstens eget mötes-id.</translation>
        </message>
        <message>
            <source>Remote link warning</source>
            <translation>Varning om distanslänken</translation>
        </message>
        <message>
            <source>Agend&amp;a:</source>
            <translation>Föredra&amp;gningslista:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>ends at {0} ({1} h)</source>
            <translation>slutar kl. {0} ({1} h)</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Uppgifter</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Deltagare</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>Ante&amp;ckningar</translation>
        </message>
        <message>
            <source>Earlier actions</source>
            <translation>Tidigare åtgärder</translation>
        </message>
        <message>
            <source>A&amp;greed actions</source>
            <translation>&amp;Överenskomna åtgärder</translation>
        </message>
        <message>
            <source>Sc&amp;hedule and invites</source>
            <translation>Inb&amp;judningar och uppföljning</translation>
        </message>
        <message>
            <source>Save the meeting first; then you can add agreed actions and send invites.</source>
            <translation>Spara mötet först; sedan kan du lägga till överenskomna åtgärder och skicka inbjudningar.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>St&amp;äng</translation>
        </message>
        <message>
            <source>Opening the meeting…</source>
            <translation>Mötet öppnas…</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Meeting – {0}</source>
            <translation>Möte – {0}</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nytt möte</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>The meeting “{0}”</source>
            <translation>Mötet ”{0}”</translation>
        </message>
        <message>
            <source>The new meeting</source>
            <translation>Det nya mötet</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Möte</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Klient</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeDialog</name>
        <message>
            <source>Meeting type – {0}</source>
            <translation>Mötestyp – {0}</translation>
        </message>
        <message>
            <source>New meeting type</source>
            <translation>Ny mötestyp</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Co&amp;de:</source>
            <translation>&amp;Kod:</translation>
        </message>
        <message>
            <source>e.g. discharge_tays (a–z, 0–9, _)</source>
            <translation>t.ex. utskrivning_tays (a–z, 0–9, _)</translation>
        </message>
        <message>
            <source>Name in &amp;Finnish:</source>
            <translation>Namn på &amp;finska:</translation>
        </message>
        <message>
            <source>Name in S&amp;wedish:</source>
            <translation>Namn på s&amp;venska:</translation>
        </message>
        <message>
            <source>Name in &amp;English:</source>
            <translation>Namn på &amp;engelska:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Längd:</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Mötesform:</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <source>One agenda item a line. A new meeting of this type gets the items in the language of the app.</source>
            <translation>En punkt på dagordningen per rad. Ett nytt möte av denna typ får punkterna på appens språk.</translation>
        </message>
        <message>
            <source>In &amp;Finnish:</source>
            <translation>På &amp;finska:</translation>
        </message>
        <message>
            <source>In S&amp;wedish:</source>
            <translation>På s&amp;venska:</translation>
        </message>
        <message>
            <source>In &amp;English:</source>
            <translation>På &amp;engelska:</translation>
        </message>
        <message>
            <source>Consent and follow-up</source>
            <translation>Samtycke och uppföljning</translation>
        </message>
        <message>
            <source>The meeting needs the client's c&amp;onsent</source>
            <translation>Mötet kräver klientens sa&amp;mtycke</translation>
        </message>
        <message>
            <source>Purpose in &amp;Finnish:</source>
            <translation>Ändamål på &amp;finska:</translation>
        </message>
        <message>
            <source>Purpose in S&amp;wedish:</source>
            <translation>Ändamål på s&amp;venska:</translation>
        </message>
        <message>
            <source>Purpose in &amp;English:</source>
            <translation>Ändamål på &amp;engelska:</translation>
        </message>
        <message>
            <source>— no follow-up —</source>
            <translation>— ingen uppföljning —</translation>
        </message>
        <message>
            <source>this type again</source>
            <translation>samma typ igen</translation>
        </message>
        <message>
            <source>&amp;Next meeting:</source>
            <translation>&amp;Nästa möte:</translation>
        </message>
        <message>
            <source>days after the meeting</source>
            <translation>dagar efter mötet</translation>
        </message>
        <message>
            <source>Days after the meeting</source>
            <translation>Dagar efter mötet</translation>
        </message>
        <message>
            <source>&amp;Proposed for:</source>
            <translation>&amp;Tidpunkt:</translation>
        </message>
        <message>
            <source>Proposed for</source>
            <translation>Tidpunkt</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>The meeting type</source>
            <translation>Mötestypen</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeStart</name>
        <message>
            <source>Choose the client, then the type again, to have participants proposed.</source>
            <translation>Välj klienten och sedan typen igen, så föreslås deltagare.</translation>
        </message>
        <message>
            <source>Proposing participants…</source>
            <translation>Deltagare föreslås…</translation>
        </message>
        <message>
            <source>Added to the participants from the client's contacts: {0}.</source>
            <translation>Tillagda som deltagare bland klientens kontaktpersoner: {0}.</translation>
        </message>
        <message>
            <source>No contact of the client fits this type.</source>
            <translation>Ingen av klientens kontaktpersoner passar denna typ.</translation>
        </message>
        <message>
            <source>No named contact for: {0}. Add them on the Participants tab.</source>
            <translation>Ingen namngiven kontaktperson för: {0}. Lägg till dem på fliken Deltagare.</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypeTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>{0} min</source>
            <translation>{0} min</translation>
        </message>
        <message>
            <source>built in, read only</source>
            <translation>inbyggd, skrivskyddad</translation>
        </message>
        <message>
            <source>own</source>
            <translation>egen</translation>
        </message>
    </context>
    <context>
        <name>MeetingTypesBox</name>
        <message>
            <source>A new meeting starts from a type: its length, mode, agenda and the people it needs. The built-in types cannot be changed: copy one to make it your own.</source>
            <translation>Ett nytt möte utgår från en typ: dess längd, form, dagordning och de deltagare som behövs. De inbyggda typerna kan inte ändras: kopiera en för att få en egen.</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Mötestyper</translation>
        </message>
        <message>
            <source>&amp;Copy…</source>
            <translation>&amp;Kopiera…</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Ny…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importera…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportera…</translation>
        </message>
        <message>
            <source>Meeting types status</source>
            <translation>Mötestypernas status</translation>
        </message>
        <message>
            <source>A built-in type cannot be changed: copy it to make it your own.</source>
            <translation>En inbyggd typ kan inte ändras: kopiera den för att få en egen.</translation>
        </message>
        <message>
            <source>Saved: {0}</source>
            <translation>Sparad: {0}</translation>
        </message>
        <message>
            <source>Delete the meeting type?</source>
            <translation>Ta bort mötestypen?</translation>
        </message>
        <message>
            <source>Delete the meeting type {0} ({1})? Meetings made from it keep what they have.</source>
            <translation>Ta bort mötestypen {0} ({1})? Möten som gjorts utifrån den förblir oförändrade.</translation>
        </message>
        <message>
            <source>Deleted: {0}</source>
            <translation>Borttagen: {0}</translation>
        </message>
        <message>
            <source>Deleting the meeting type…</source>
            <translation>Mötestypen tas bort…</translation>
        </message>
        <message>
            <source>Import meeting types</source>
            <translation>Importera mötestyper</translation>
        </message>
        <message>
            <source>Meeting type files (*.json)</source>
            <translation>Filer med mötestyper (*.json)</translation>
        </message>
        <message>
            <source>Nothing was imported from {0}.</source>
            <translation>Ingenting importerades från {0}.</translation>
        </message>
        <message>
            <source>{0} was not imported.</source>
            <translation>{0} importerades inte.</translation>
        </message>
        <message>
            <source>Imported from {0}: {1} new, {2} replaced.</source>
            <translation>Importerat från {0}: {1} nya, {2} ersatta.</translation>
        </message>
        <message>
            <source>Importing meeting types…</source>
            <translation>Mötestyper importeras…</translation>
        </message>
        <message>
            <source>Reading meeting types…</source>
            <translation>Mötestyper läses…</translation>
        </message>
        <message>
            <source>Replace your meeting types?</source>
            <translation>Ersätta dina mötestyper?</translation>
        </message>
        <message>
            <source>{0} replaces these meeting types of yours:</source>
            <translation>{0} ersätter dessa mötestyper som du har:</translation>
        </message>
        <message>
            <source>Import it?</source>
            <translation>Importera den?</translation>
        </message>
        <message>
            <source>meeting-types.json</source>
            <translation>motestyper.json</translation>
        </message>
        <message>
            <source>Export your meeting types</source>
            <translation>Exportera dina mötestyper</translation>
        </message>
        <message>
            <source>Your meeting types ({0}) saved: {1}</source>
            <translation>Dina mötestyper ({0}) sparade: {1}</translation>
        </message>
        <message>
            <source>Exporting meeting types…</source>
            <translation>Mötestyper exporteras…</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nytt möte…</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Dec&amp;isions:</source>
            <translation>&amp;Beslut:</translation>
        </message>
        <message>
            <source>Client's own &amp;view:</source>
            <translation>Klientens &amp;egen syn:</translation>
        </message>
        <message>
            <source>Last recorded</source>
            <translation>Senast antecknat</translation>
        </message>
        <message>
            <source>Recorded by {0}, {1}</source>
            <translation>Antecknat av {0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Identity code:</source>
            <translation>Personbeteckning:</translation>
        </message>
        <message>
            <source>Birth date:</source>
            <translation>Födelsedatum:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Interpreter:</source>
            <translation>Tolk:</translation>
        </message>
        <message>
            <source>Situation:</source>
            <translation>Situation:</translation>
        </message>
        <message>
            <source>Sickness allowance since:</source>
            <translation>Sjukdagpenning sedan:</translation>
        </message>
        <message>
            <source>Named contact persons</source>
            <translation>Namngivna kontaktpersoner</translation>
        </message>
        <message>
            <source>&amp;Name a contact person…</source>
            <translation>&amp;Utse en kontaktperson…</translation>
        </message>
        <message>
            <source>Ma&amp;ke case lead</source>
            <translation>Gör till ans&amp;varsperson</translation>
        </message>
        <message>
            <source>&amp;Remove contact</source>
            <translation>Ta &amp;bort kontaktperson</translation>
        </message>
        <message>
            <source> (temporary)</source>
            <translation> (tillfällig)</translation>
        </message>
        <message>
            <source>needed: {0}</source>
            <translation>behövs: {0}</translation>
        </message>
        <message>
            <source>not needed</source>
            <translation>behövs inte</translation>
        </message>
        <message>
            <source>Case lead: {0}, {1}</source>
            <translation>Ansvarsperson: {0}, {1}</translation>
        </message>
        <message>
            <source>No case lead yet</source>
            <translation>Ingen ansvarsperson ännu</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>required</source>
            <translation>obligatorisk</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>valfri</translation>
        </message>
        <message>
            <source>{0} (no e-mail)</source>
            <translation>{0} (ingen e-post)</translation>
        </message>
        <message>
            <source>{0} — no consent</source>
            <translation>{0} — inget samtycke</translation>
        </message>
        <message>
            <source>No consent: the client's valid consent does not name {0}. Record a consent naming the organisation {1} (all its units) or this unit.</source>
            <translation>Inget samtycke: klientens giltiga samtycke nämner inte {0}. Registrera ett samtycke som nämner organisationen {1} (alla dess enheter) eller denna enhet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatorisk</translation>
        </message>
        <message>
            <source>Interpreter language</source>
            <translation>Tolkspråk</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <source>Record consen&amp;t…</source>
            <translation>Re&amp;gistrera samtycke…</translation>
        </message>
        <message>
            <source>From the directory</source>
            <translation>Från katalogen</translation>
        </message>
        <message>
            <source>Agenc&amp;y:</source>
            <translation>Ak&amp;tör:</translation>
        </message>
        <message>
            <source>P&amp;erson:</source>
            <translation>P&amp;erson:</translation>
        </message>
        <message>
            <source>&amp;Add to meeting</source>
            <translation>Lägg till i &amp;mötet</translation>
        </message>
        <message>
            <source>Add the c&amp;lient</source>
            <translation>Lägg till &amp;klienten</translation>
        </message>
        <message>
            <source>Family member or another person</source>
            <translation>Anhörig eller annan person</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>E-ma&amp;il:</source>
            <translation>E-p&amp;ost:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <source>Add &amp;other person</source>
            <translation>Lägg till annan &amp;person</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Remo&amp;ve participant</source>
            <translation>Ta &amp;bort deltagare</translation>
        </message>
        <message>
            <source>Copy &amp;from an earlier meeting</source>
            <translation>Kop&amp;iera från ett tidigare möte</translation>
        </message>
        <message>
            <source>The client</source>
            <translation>Klienten</translation>
        </message>
        <message>
            <source>Choose a participant in the table first.</source>
            <translation>Välj först en deltagare i tabellen.</translation>
        </message>
        <message>
            <source>No earlier meetings</source>
            <translation>Inga tidigare möten</translation>
        </message>
        <message>
            <source>Everyone of that meeting is here already.</source>
            <translation>Alla från det mötet är redan med.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>This system has no keyring. Protect the new store with a passphrase (at least {0} characters). A forgotten passphrase cannot be recovered.</source>
            <translation>Systemet har ingen nyckelring. Skydda det nya datalagret med en lösenfras (minst {0} tecken). En bortglömd lösenfras kan inte återställas.</translation>
        </message>
        <message>
            <source>Give the passphrase of the store.</source>
            <translation>Ange datalagrets lösenfras.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Ny lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Upprepa lösenfrasen</translation>
        </message>
        <message>
            <source>R&amp;epeat:</source>
            <translation>&amp;Upprepa:</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fel</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ppna</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>&amp;Skapa</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>Give the passphrase.</source>
            <translation>Ange lösenfrasen.</translation>
        </message>
        <message>
            <source>The passphrase must be at least {0} characters long.</source>
            <translation>Lösenfrasen måste vara minst {0} tecken lång.</translation>
        </message>
        <message>
            <source>The passphrases differ.</source>
            <translation>Lösenfraserna är olika.</translation>
        </message>
    </context>
    <context>
        <name>PlanComparisonDialog</name>
        <message>
            <source>Compare plan versions</source>
            <translation>Jämför planens versioner</translation>
        </message>
        <message>
            <source>&amp;Compare version:</source>
            <translation>&amp;Jämför version:</translation>
        </message>
        <message>
            <source>&amp;with version:</source>
            <translation>&amp;med version:</translation>
        </message>
        <message>
            <source>Why there is no comparison</source>
            <translation>Varför det inte finns någon jämförelse</translation>
        </message>
        <message>
            <source>Changes between the versions</source>
            <translation>Ändringar mellan versionerna</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>Comparing the plan's versions…</source>
            <translation>Planens versioner jämförs…</translation>
        </message>
        <message>
            <source>Changes from version {0} to version {1}</source>
            <translation>Ändringar från version {0} till version {1}</translation>
        </message>
    </context>
    <context>
        <name>PlanDocumentsBar</name>
        <message>
            <source>Print t&amp;he plan (PDF)…</source>
            <translation>Skriv ut planen (P&amp;DF)…</translation>
        </message>
        <message>
            <source>Plan PDF status</source>
            <translation>Status för planens PDF</translation>
        </message>
        <message>
            <source>The client has had no meeting yet: the own copy is made of a meeting.</source>
            <translation>Klienten har inte haft något möte ännu: den egna sammanfattningen görs av ett möte.</translation>
        </message>
        <message>
            <source>Finding the client's latest meeting…</source>
            <translation>Klientens senaste möte söks…</translation>
        </message>
        <message>
            <source>client-plan-{0}-v{1}.pdf</source>
            <translation>klientplan-{0}-v{1}.pdf</translation>
        </message>
        <message>
            <source>Save the client plan</source>
            <translation>Spara klientplanen</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>The client plan saved: {0}</source>
            <translation>Klientplanen sparad: {0}</translation>
        </message>
        <message>
            <source>Printing the client plan…</source>
            <translation>Klientplanen skrivs ut…</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>The joint client plan</source>
            <translation>Den gemensamma klientplanen</translation>
        </message>
        <message>
            <source>The client has no joint client plan yet. The plan is made together with the client: the situation, the client's own view, goals, and the benefits and services each agency provides. Start it as a draft and agree it with the client present.</source>
            <translation>Klienten har ännu ingen gemensam klientplan. Planen görs upp tillsammans med klienten: situationen, klientens egen syn, målen samt de förmåner och tjänster som varje aktör står för. Börja med ett utkast och godkänn det med klienten närvarande.</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Ny plan</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>Planens status</translation>
        </message>
        <message>
            <source>Client's o&amp;wn view:</source>
            <translation>Klientens &amp;egen syn:</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Uppföljningsdatum</translation>
        </message>
        <message>
            <source>&amp;Review date:</source>
            <translation>&amp;Uppföljningsdatum:</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>M&amp;ål:</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Sparstatus</translation>
        </message>
        <message>
            <source>New &amp;version</source>
            <translation>Ny &amp;version</translation>
        </message>
        <message>
            <source>Sit&amp;uation:</source>
            <translation>S&amp;ituation:</translation>
        </message>
        <message>
            <source>&amp;Service needs:</source>
            <translation>Service&amp;behov:</translation>
        </message>
        <message>
            <source>No review date</source>
            <translation>Inget uppföljningsdatum</translation>
        </message>
        <message>
            <source>Bene&amp;fits and services:</source>
            <translation>&amp;Förmåner och tjänster:</translation>
        </message>
        <message>
            <source>Income effects:</source>
            <translation>Inkomstpåverkan:</translation>
        </message>
        <message>
            <source>Confirm agreement</source>
            <translation>Bekräfta godkännandet</translation>
        </message>
        <message>
            <source>The client took part and agrees</source>
            <translation>Klienten deltog och godkänner</translation>
        </message>
        <message>
            <source>Close the plan</source>
            <translation>Avsluta planen</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Sp&amp;ara utkastet</translation>
        </message>
        <message>
            <source>Agree this &amp;version…</source>
            <translation>Godkänn den &amp;här versionen…</translation>
        </message>
        <message>
            <source>Close pla&amp;n</source>
            <translation>Avsluta pla&amp;nen</translation>
        </message>
        <message>
            <source>Opening the plan…</source>
            <translation>Planen öppnas…</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <source>The plan is closed: it can be read but no longer changed.</source>
            <translation>Planen är avslutad: den kan läsas men inte längre ändras.</translation>
        </message>
        <message>
            <source>Read only: version {0} was agreed with the client on {1} by {2}. To change the plan, make a new version.</source>
            <translation>Skrivskyddad: version {0} godkändes med klienten {1} av {2}. Gör en ny version för att ändra planen.</translation>
        </message>
        <message>
            <source>The newest is version {0}.</source>
            <translation>Den senaste är version {0}.</translation>
        </message>
        <message>
            <source>Draft: it can be edited until it is agreed with the client present.</source>
            <translation>Utkast: planen kan ändras tills den godkänns med klienten närvarande.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Utkastet har sparats.</translation>
        </message>
        <message>
            <source>Goal {0}: {1}</source>
            <translation>Mål {0}: {1}</translation>
        </message>
        <message>
            <source>Benefit or service {0}: {1}</source>
            <translation>Förmån eller tjänst {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>PlanLife</name>
        <message>
            <source>Joint client plan</source>
            <translation>Gemensam klientplan</translation>
        </message>
        <message>
            <source>Agree version {0} now, with the client present? After that it cannot be changed.</source>
            <translation>Godkänna version {0} nu, med klienten närvarande? Därefter kan den inte ändras.</translation>
        </message>
        <message>
            <source>Close the whole plan? After that no version can be changed or added; a new plan can be started.</source>
            <translation>Avsluta hela planen? Därefter kan ingen version ändras eller läggas till; en ny plan kan påbörjas.</translation>
        </message>
    </context>
    <context>
        <name>PlanModels</name>
        <message>
            <source>Kela benefits</source>
            <translation>FPA:s förmåner</translation>
        </message>
        <message>
            <source>Kela services</source>
            <translation>FPA:s tjänster</translation>
        </message>
        <message>
            <source>Other services</source>
            <translation>Andra aktörers tjänster</translation>
        </message>
        <message>
            <source>Version {0} – {1}</source>
            <translation>Version {0} – {1}</translation>
        </message>
        <message>
            <source>Version {0} – agreed {1} by {2}</source>
            <translation>Version {0} – överenskommen {1} av {2}</translation>
        </message>
        <message>
            <source>(no description yet)</source>
            <translation>(beskrivning saknas)</translation>
        </message>
    </context>
    <context>
        <name>PlanPickers</name>
        <message>
            <source>P&amp;lan:</source>
            <translation>P&amp;lan:</translation>
        </message>
        <message>
            <source>Vers&amp;ion:</source>
            <translation>Versi&amp;on:</translation>
        </message>
        <message>
            <source>Co&amp;mpare versions…</source>
            <translation>Jä&amp;mför versioner…</translation>
        </message>
        <message>
            <source>{0}, started {1} – {2}</source>
            <translation>{0}, påbörjad {1} – {2}</translation>
        </message>
    </context>
    <context>
        <name>ProfessionalDialog</name>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>Person – {0}</source>
            <translation>Person – {0}</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>e.g. social worker</source>
            <translation>t.ex. socialarbetare</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>A&amp;ktör:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;post:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Telef&amp;on:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>Language codes, e.g. fi, sv, en</source>
            <translation>Språkkoder, t.ex. fi, sv, en</translation>
        </message>
        <message>
            <source>The person's details</source>
            <translation>Personens uppgifter</translation>
        </message>
    </context>
    <context>
        <name>ProfessionalTableModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Språk</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Titta i:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Filer av &amp;typ:</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Remind responsible persons</source>
            <translation>Påminn ansvarspersoner</translation>
        </message>
        <message>
            <source>Reminders go by e-mail to other agencies' responsible persons about their own open actions. Tick whom to remind; each message is shown as it will be sent.</source>
            <translation>Påminnelser skickas per e-post till andra aktörers ansvarspersoner om deras egna öppna åtgärder. Kryssa för dem som ska påminnas; varje meddelande visas så som det skickas.</translation>
        </message>
        <message>
            <source>Days ahead</source>
            <translation>Dagar framåt</translation>
        </message>
        <message>
            <source>Actions overdue or due within &amp;days:</source>
            <translation>&amp;Dagar framåt (försenade alltid med):</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Mottagare</translation>
        </message>
        <message>
            <source>&amp;Recipients (tick whom to remind):</source>
            <translation>&amp;Mottagare (kryssa för dem som ska påminnas):</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <source>&amp;Message as it will be sent:</source>
            <translation>Medd&amp;elandet så som det skickas:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Utelämnade</translation>
        </message>
        <message>
            <source>&amp;Left out, and why:</source>
            <translation>&amp;Utelämnade och varför:</translation>
        </message>
        <message>
            <source>Reminder status</source>
            <translation>Påminnelsernas status</translation>
        </message>
        <message>
            <source>&amp;Send to the ticked</source>
            <translation>S&amp;kicka till de markerade</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Stäng</translation>
        </message>
        <message>
            <source>Reading the actions…</source>
            <translation>Åtgärderna läses…</translation>
        </message>
        <message>
            <source>{0} (not sent: see the message)</source>
            <translation>{0} (skickas inte: se meddelandet)</translation>
        </message>
        <message>
            <source>Nobody to remind of actions due by {0}.</source>
            <translation>Inga åtgärder att påminna om med tidsfrist senast {0}.</translation>
        </message>
        <message>
            <source>To: {0} &lt;{1}&gt;</source>
            <translation>Till: {0} &lt;{1}&gt;</translation>
        </message>
        <message>
            <source>Subject: {0}</source>
            <translation>Ämne: {0}</translation>
        </message>
        <message>
            <source>Preparing to send…</source>
            <translation>Sändningen förbereds…</translation>
        </message>
        <message>
            <source>Sending reminders…</source>
            <translation>Påminnelserna skickas…</translation>
        </message>
        <message>
            <source>{0} (sent)</source>
            <translation>{0} (skickad)</translation>
        </message>
        <message>
            <source>Sent to {0} of {1} recipients.</source>
            <translation>Skickat till {0} av {1} mottagare.</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <translation>Inte skickat: {0}</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotice</name>
        <message>
            <source>Reminder: {0}</source>
            <translation>Påminnelse: {0}</translation>
        </message>
        <message>
            <source>{0} (+{1} more)</source>
            <translation>{0} (+{1} till)</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsBox</name>
        <message>
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <source>Show desktop &amp;reminders while Verkosto is open</source>
            <translation>&amp;Visa påminnelser på skrivbordet när Verkosto är öppet</translation>
        </message>
        <message>
            <source> day(s)</source>
            <translation> dygn</translation>
        </message>
        <message>
            <source>My &amp;actions due within:</source>
            <translation>Mina åtgärder, &amp;förfallodag inom:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Meetings starting within:</source>
            <translation>&amp;Möten som börjar inom:</translation>
        </message>
        <message>
            <source>Plan re&amp;views due within:</source>
            <translation>&amp;Planens uppföljning inom:</translation>
        </message>
        <message>
            <source>Reminders show &amp;titles and action texts</source>
            <translation>Påminnelserna visar &amp;rubriker och åtgärdernas texter</translation>
        </message>
        <message>
            <source>&amp;Save reminder settings</source>
            <translation>&amp;Spara påminnelseinställningar</translation>
        </message>
        <message>
            <source>Reminder settings status</source>
            <translation>Status för påminnelseinställningar</translation>
        </message>
        <message>
            <source>A notification can be seen by anyone near your screen. It names the client as invites do ({0}; see Scheduling and invites), never shows a HETU, and while Verkosto is locked it shows nothing about a client: what comes due then is shown after unlocking.</source>
            <translation>En avisering kan ses av vem som helst nära din skärm. Den nämner klienten som inbjudningarna gör ({0}; se Tidsplanering och inbjudningar), visar aldrig personbeteckningen, och medan Verkosto är låst säger den inget om en klient: det som förfaller då visas efter upplåsningen.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Saving reminder settings…</source>
            <translation>Sparar påminnelseinställningar…</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Action overdue: it was due {0}</source>
            <translation>Åtgärd försenad: förfallodagen var {0}</translation>
        </message>
        <message>
            <source>Information request overdue: the answer was due {0}</source>
            <translation>Informationsbegäran försenad: svaret skulle ha kommit {0}</translation>
        </message>
        <message>
            <source>Action due {0}</source>
            <translation>Åtgärdens förfallodag {0}</translation>
        </message>
        <message>
            <source>Meeting starts {0}</source>
            <translation>Mötet börjar {0}</translation>
        </message>
        <message>
            <source>Follow-up meeting {0}</source>
            <translation>Uppföljningsmöte {0}</translation>
        </message>
        <message>
            <source>Plan review overdue: it was due {0}</source>
            <translation>Planens uppföljning försenad: den var {0}</translation>
        </message>
        <message>
            <source>Plan review due {0}</source>
            <translation>Planens uppföljning {0}</translation>
        </message>
        <message>
            <source>Client: {0}</source>
            <translation>Klient: {0}</translation>
        </message>
        <message>
            <source>Open Verkosto to see it.</source>
            <translation>Öppna Verkosto för att se den.</translation>
        </message>
        <message>
            <source>More reminders: {0}</source>
            <translation>Fler påminnelser: {0}</translation>
        </message>
        <message>
            <source>See them on the home view.</source>
            <translation>Du ser dem på startsidan.</translation>
        </message>
    </context>
    <context>
        <name>ReplaceQuestion</name>
        <message>
            <source>… and {0} more</source>
            <translation>… och {0} till</translation>
        </message>
        <message>
            <source>{0} already exists. Replace it?</source>
            <translation>{0} finns redan. Vill du ersätta den?</translation>
        </message>
        <message>
            <source>These files already exist. Replace them?</source>
            <translation>Dessa filer finns redan. Vill du ersätta dem?</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Ersätta filerna?</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Edit information request</source>
            <translation>Redigera informationsbegäran</translation>
        </message>
        <message>
            <source>New information request</source>
            <translation>Ny informationsbegäran</translation>
        </message>
        <message>
            <source>Choose the agency</source>
            <translation>Välj aktör</translation>
        </message>
        <message>
            <source>Re&amp;questing agency:</source>
            <translation>&amp;Begärande aktör:</translation>
        </message>
        <message>
            <source>Requesting &amp;person:</source>
            <translation>Begärande &amp;person:</translation>
        </message>
        <message>
            <source>Recei&amp;ving agency:</source>
            <translation>&amp;Mottagande aktör:</translation>
        </message>
        <message>
            <source>Receiving pe&amp;rson:</source>
            <translation>Mottagande pe&amp;rson:</translation>
        </message>
        <message>
            <source>&amp;Information asked for:</source>
            <translation>Begärda &amp;uppgifter:</translation>
        </message>
        <message>
            <source>Kela's right to information for deciding a benefit (Act on the Social Insurance Institution of Finland)</source>
            <translation>FPA:s rätt att få uppgifter för att avgöra en förmån (lagen om Folkpensionsanstalten)</translation>
        </message>
        <message>
            <source>Multi-professional cooperation (Social Welfare Act)</source>
            <translation>Sektorsövergripande samarbete (socialvårdslagen)</translation>
        </message>
        <message>
            <source>Right to information of social services (Act on the Processing of Client Data in Healthcare and Social Welfare)</source>
            <translation>Socialvårdens rätt att få uppgifter (lagen om behandling av klientuppgifter inom social- och hälsovården)</translation>
        </message>
        <message>
            <source>Name the law the right to the information rests on, in your own words, or choose an example.</source>
            <translation>Ange med egna ord lagen som rätten att få uppgifterna grundar sig på, eller välj ett exempel.</translation>
        </message>
        <message>
            <source>&amp;Legal basis:</source>
            <translation>Rättslig &amp;grund:</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Inget samtycke</translation>
        </message>
        <message>
            <source>(withdrawn)</source>
            <translation>(återkallat)</translation>
        </message>
        <message>
            <source>Client's co&amp;nsent:</source>
            <translation>Klientens samt&amp;ycke:</translation>
        </message>
        <message>
            <source>The information request</source>
            <translation>Informationsbegäran</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Förfallodag:</translation>
        </message>
        <message>
            <source>Anyone at the agency</source>
            <translation>Vem som helst hos aktören</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <source>{0} (overdue)</source>
            <translation>{0} (försenad)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Begärd av</translation>
        </message>
        <message>
            <source>Requested from</source>
            <translation>Begärd från</translation>
        </message>
        <message>
            <source>Information asked for</source>
            <translation>Begärda uppgifter</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Skickad</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfallodag</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvarad</translation>
        </message>
    </context>
    <context>
        <name>RequestsTab</name>
        <message>
            <source>Information requests</source>
            <translation>Informationsbegäranden</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>&amp;Ny begäran…</translation>
        </message>
        <message>
            <source>Mark &amp;sent…</source>
            <translation>Markera s&amp;kickad…</translation>
        </message>
        <message>
            <source>Mark &amp;answered…</source>
            <translation>Markera &amp;besvarad…</translation>
        </message>
        <message>
            <source>Edit re&amp;quest…</source>
            <translation>Än&amp;dra begäran…</translation>
        </message>
        <message>
            <source>Cancel req&amp;uest</source>
            <translation>Åt&amp;erkalla begäran</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
        <message>
            <source>Asked for: {0}</source>
            <translation>Begärda uppgifter: {0}</translation>
        </message>
        <message>
            <source>Legal basis: {0}</source>
            <translation>Rättslig grund: {0}</translation>
        </message>
        <message>
            <source>rests on the client's consent</source>
            <translation>grundar sig på klientens samtycke</translation>
        </message>
        <message>
            <source>Answer: {0}</source>
            <translation>Svar: {0}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Återställning från en säkerhetskopia</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Choose the backup file</source>
            <translation>Välj säkerhetskopiefilen</translation>
        </message>
        <message>
            <source>Backup &amp;file:</source>
            <translation>Säkerhetskopie&amp;fil:</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Säkerhetskopiefil</translation>
        </message>
        <message>
            <source>Backup &amp;passphrase:</source>
            <translation>Säkerhetskopians &amp;lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Check the backup</source>
            <translation>&amp;Kontrollera säkerhetskopian</translation>
        </message>
        <message>
            <source>What the backup holds</source>
            <translation>Säkerhetskopians innehåll</translation>
        </message>
        <message>
            <source>R&amp;eplace the current store with this backup (the current one is kept in the backups folder)</source>
            <translation>&amp;Ersätt det nuvarande datalagret med denna säkerhetskopia (det nuvarande sparas i mappen backups)</translation>
        </message>
        <message>
            <source>What the restore would lose</source>
            <translation>Vad återställningen skulle förlora</translation>
        </message>
        <message>
            <source>I &amp;understand that this newer work will not be in the restored store</source>
            <translation>Jag &amp;förstår att detta nyare arbete inte finns i det återställda datalagret</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Verkosto backups (*.vkb);;All files (*)</source>
            <translation>Säkerhetskopior av Verkosto (*.vkb);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Säkerhetskopian kontrolleras…</translation>
        </message>
        <message>
            <source>The backup is intact.</source>
            <translation>Säkerhetskopian är intakt.</translation>
        </message>
        <message>
            <source>Made: {0}</source>
            <translation>Gjord: {0}</translation>
        </message>
        <message>
            <source>Clients: {0}</source>
            <translation>Klienter: {0}</translation>
        </message>
        <message>
            <source>Meetings: {0}</source>
            <translation>Möten: {0}</translation>
        </message>
        <message>
            <source>Audit log entries: {0}</source>
            <translation>Loggposter: {0}</translation>
        </message>
        <message>
            <source>Made by an older version: it is upgraded when restored.</source>
            <translation>Gjord med en äldre version: den uppdateras vid återställningen.</translation>
        </message>
        <message>
            <source>The current store holds newer work that the backup lacks. The current store is kept in the backups folder, but the restored one will not hold:</source>
            <translation>Det nuvarande datalagret har nyare arbete som säkerhetskopian saknar. Det nuvarande datalagret sparas i säkerhetskopiemappen, men det återställda innehåller inte:</translation>
        </message>
        <message>
            <source>clients: {0} (newest {1})</source>
            <translation>klienter: {0} (senast {1})</translation>
        </message>
        <message>
            <source>meetings: {0} (newest {1})</source>
            <translation>möten: {0} (senast {1})</translation>
        </message>
        <message>
            <source>agreed actions: {0} (newest {1})</source>
            <translation>överenskomna åtgärder: {0} (senast {1})</translation>
        </message>
        <message>
            <source>participants' answers: {0} (newest {1})</source>
            <translation>deltagarsvar: {0} (senast {1})</translation>
        </message>
        <message>
            <source>audit log entries: {0} (newest {1})</source>
            <translation>loggposter: {0} (senast {1})</translation>
        </message>
    </context>
    <context>
        <name>SchedulingSettingsBox</name>
        <message>
            <source>initials (A. K.)</source>
            <translation>initialer (A. K.)</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>förnamn</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>hela namnet</translation>
        </message>
        <message>
            <source>not at all</source>
            <translation>inte alls</translation>
        </message>
        <message>
            <source>Scheduling and invites</source>
            <translation>Tidsplanering och inbjudningar</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>&amp;Arbetstid:</translation>
        </message>
        <message>
            <source>Working day starts</source>
            <translation>Arbetsdagen börjar</translation>
        </message>
        <message>
            <source>Working day ends</source>
            <translation>Arbetsdagen slutar</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Gap between meetings:</source>
            <translation>&amp;Marginal mellan möten:</translation>
        </message>
        <message>
            <source>Invites &amp;name the client by:</source>
            <translation>Inbjudan &amp;nämner klienten med:</translation>
        </message>
        <message>
            <source>Invites show the meeting's &amp;title and agenda</source>
            <translation>Inbjudan visar mötets &amp;rubrik och föredragningslista</translation>
        </message>
        <message>
            <source>Invites travel as ordinary e-mail. Leave this off when titles or agenda items name health or benefit matters: the invite then says only “Network meeting”.</source>
            <translation>Inbjudningar skickas som vanlig e-post. Lämna detta avstängt när rubriker eller punkter på föredragningslistan nämner hälso- eller förmånsfrågor: inbjudan säger då bara ”Nätverksmöte”.</translation>
        </message>
        <message>
            <source>Save sc&amp;heduling settings</source>
            <translation>&amp;Spara schemainställningar</translation>
        </message>
        <message>
            <source>Scheduling settings status</source>
            <translation>Schemainställningarnas status</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Saving scheduling settings…</source>
            <translation>Schemainställningarna sparas…</translation>
        </message>
    </context>
    <context>
        <name>SentDialog</name>
        <message>
            <source>Mark the request sent</source>
            <translation>Markera begäran som skickad</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Skickad:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Förfallodag:</translation>
        </message>
        <message>
            <source>&amp;Mark sent</source>
            <translation>&amp;Markera skickad</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>&amp;Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ServerAwayBar</name>
        <message>
            <source>The team server does not answer — changes cannot be saved. What you have typed is kept; trying again…</source>
            <translation>Teamets server svarar inte — ändringar kan inte sparas. Det du har skrivit finns kvar; försöker igen…</translation>
        </message>
        <message>
            <source>Team server away</source>
            <translation>Teamets server svarar inte</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Benefit or service</source>
            <translation>Förmån eller tjänst</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Aktör</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Din profil</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>A&amp;gency:</source>
            <translation>A&amp;ktör:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-&amp;post:</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>Sp&amp;ara profilen</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Den här datorn</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Färger:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after &amp;idle minutes:</source>
            <translation>&amp;Lås efter inaktiva minuter:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>E&amp;xport folder:</source>
            <translation>E&amp;xportmapp:</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Exportmapp</translation>
        </message>
        <message>
            <source>E-mail server</source>
            <translation>E-postserver</translation>
        </message>
        <message>
            <source>Calendar publishing</source>
            <translation>Kalenderpublicering</translation>
        </message>
        <message>
            <source>Scheduling and invites</source>
            <translation>Tidsplanering och inbjudningar</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Underskrift</translation>
        </message>
        <message>
            <source>Backups and keys</source>
            <translation>Säkerhetskopior och nycklar</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <source>Meeting types</source>
            <translation>Mötestyper</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Datalager</translation>
        </message>
        <message>
            <source>Loading settings…</source>
            <translation>Inställningarna laddas…</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>On the team store your details are your entry in Agencies and people.</source>
            <translation>I teamets datalager är dina uppgifter din post under Aktörer och personer.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Saving profile…</source>
            <translation>Profilen sparas…</translation>
        </message>
    </context>
    <context>
        <name>SigningDetourDialog</name>
        <message>
            <source>A signing certificate is needed</source>
            <translation>Ett underskriftscertifikat behövs</translation>
        </message>
        <message>
            <source>A signed summary needs your signing certificate. Once it is imported or created here, the summary is saved as you asked.</source>
            <translation>En undertecknad sammanfattning behöver ditt underskriftscertifikat. När det har importerats eller skapats här sparas sammanfattningen som du bad om.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>SigningSettingsBox</name>
        <message>
            <source>Signing certificate for PDF summaries</source>
            <translation>Underskriftscertifikat för PDF-sammandrag</translation>
        </message>
        <message>
            <source>Current signing certificate</source>
            <translation>Nuvarande underskriftscertifikat</translation>
        </message>
        <message>
            <source>the organisation's .p12 or .pfx file</source>
            <translation>organisationens .p12- eller .pfx-fil</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>Browse for the certificate file</source>
            <translation>Välj certifikatfilen</translation>
        </message>
        <message>
            <source>Certificate &amp;file:</source>
            <translation>Certifikat&amp;fil:</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Certifikatfil</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain (new certificate):</source>
            <translation>Lösenfrasen i&amp;gen (nytt certifikat):</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in the keyring</source>
            <translation>&amp;Kom ihåg lösenfrasen i nyckelringen</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the passphrase is not kept: it is asked each time a summary is signed.</source>
            <translation>Den här datorn har ingen nyckelring, så lösenfrasen sparas inte: den efterfrågas varje gång ett sammandrag undertecknas.</translation>
        </message>
        <message>
            <source>&amp;Import certificate</source>
            <translation>&amp;Importera certifikat</translation>
        </message>
        <message>
            <source>&amp;Save passphrase choice</source>
            <translation>Spara lösenfras&amp;valet</translation>
        </message>
        <message>
            <source>E&amp;xport root certificate…</source>
            <translation>E&amp;xportera rotcertifikat…</translation>
        </message>
        <message>
            <source>Save the root certificate (PEM) to send to supervisors: trusted once, it makes your signatures trusted in their PDF viewers</source>
            <translation>Spara rotcertifikatet (PEM) för att skicka till handledare: när de litat på det en gång visas dina underskrifter som betrodda i deras PDF-program</translation>
        </message>
        <message>
            <source>Timestamp server (&amp;optional):</source>
            <translation>&amp;Tidsstämpeltjänst (valfri):</translation>
        </message>
        <message>
            <source>Save ti&amp;mestamp server</source>
            <translation>Spa&amp;ra tidsstämpeltjänsten</translation>
        </message>
        <message>
            <source>Signing certificate status</source>
            <translation>Underskriftscertifikatets status</translation>
        </message>
        <message>
            <source>Loading the signing certificate…</source>
            <translation>Underskriftscertifikatet läses in…</translation>
        </message>
        <message>
            <source>Holder: {0}</source>
            <translation>Innehavare: {0}</translation>
        </message>
        <message>
            <source>Issuer: {0}</source>
            <translation>Utfärdare: {0}</translation>
        </message>
        <message>
            <source>Valid: {0}</source>
            <translation>Giltigt: {0}</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256): {0}</source>
            <translation>Fingeravtryck (SHA-256): {0}</translation>
        </message>
        <message>
            <source>Self-signed: a supervisor trusts it after checking the fingerprint with you.</source>
            <translation>Självsignerat: en förman kan lita på det efter att ha kontrollerat fingeravtrycket med dig.</translation>
        </message>
        <message>
            <source>Signing certificate</source>
            <translation>Underskriftscertifikat</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12-certifikat (*.p12 *.pfx);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Certificate imported.</source>
            <translation>Certifikatet har importerats.</translation>
        </message>
        <message>
            <source>Importing the certificate…</source>
            <translation>Certifikatet importeras…</translation>
        </message>
        <message>
            <source>Creating the certificate…</source>
            <translation>Certifikatet skapas…</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Sparar…</translation>
        </message>
        <message>
            <source>&amp;Create certificate</source>
            <translation>&amp;Skapa certifikat</translation>
        </message>
        <message>
            <source>A signing certificate issued by your own organisation root certificate, which supervisors trust once</source>
            <translation>Ett underskriftscertifikat utfärdat av din egen organisations rotcertifikat, som handledare litar på en gång</translation>
        </message>
        <message>
            <source>No signing certificate yet. Import your organisation's certificate or create one.</source>
            <translation>Inget underskriftscertifikat ännu. Importera din organisations certifikat eller skapa ett.</translation>
        </message>
        <message>
            <source>Root certificate (SHA-256): {0}</source>
            <translation>Rotcertifikat (SHA-256): {0}</translation>
        </message>
        <message>
            <source>Certificate created, issued by your own root certificate. Export the root certificate for your supervisors.</source>
            <translation>Certifikatet har skapats, utfärdat av ditt eget rotcertifikat. Exportera rotcertifikatet till dina handledare.</translation>
        </message>
        <message>
            <source>Export root certificate</source>
            <translation>Exportera rotcertifikat</translation>
        </message>
        <message>
            <source>PEM certificates (*.pem *.crt);;All files (*)</source>
            <translation>PEM-certifikat (*.pem *.crt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Root certificate saved: {0}</source>
            <translation>Rotcertifikatet har sparats: {0}</translation>
        </message>
        <message>
            <source>Timestamp server saved.</source>
            <translation>Tidsstämpeltjänsten har sparats.</translation>
        </message>
        <message>
            <source>Signatures carry no timestamp.</source>
            <translation>Underskrifterna får ingen tidsstämpel.</translation>
        </message>
    </context>
    <context>
        <name>SlotTableModel</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Free</source>
            <translation>Lediga</translation>
        </message>
        <message>
            <source>Not free</source>
            <translation>Inte lediga</translation>
        </message>
        <message>
            <source>required: {0}</source>
            <translation>nödvändig: {0}</translation>
        </message>
        <message>
            <source>optional: {0}</source>
            <translation>övrig: {0}</translation>
        </message>
        <message>
            <source>everyone is free</source>
            <translation>alla är lediga</translation>
        </message>
    </context>
    <context>
        <name>SlotsEditor</name>
        <message>
            <source>Participants the type needs</source>
            <translation>Deltagare som typen behöver</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Lägg till en deltagare</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Ta &amp;bort</translation>
        </message>
        <message>
            <source>Remove the participant</source>
            <translation>Ta bort deltagaren</translation>
        </message>
        <message>
            <source>Name in &amp;Finnish:</source>
            <translation>Namn på &amp;finska:</translation>
        </message>
        <message>
            <source>Name in S&amp;wedish:</source>
            <translation>Namn på s&amp;venska:</translation>
        </message>
        <message>
            <source>Name in &amp;English:</source>
            <translation>Namn på &amp;engelska:</translation>
        </message>
        <message>
            <source>Re&amp;quired</source>
            <translation>&amp;Obligatorisk</translation>
        </message>
        <message>
            <source>R&amp;oles:</source>
            <translation>&amp;Roller:</translation>
        </message>
        <message>
            <source>Agency &amp;kinds:</source>
            <translation>Aktörs&amp;typer:</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(inget namn ännu)</translation>
        </message>
        <message>
            <source>Participant {0} ({1}): {2}</source>
            <translation>Deltagare {0} ({1}): {2}</translation>
        </message>
        <message>
            <source>Participant {0}: {1}</source>
            <translation>Deltagare {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>StoreLife</name>
        <message>
            <source>Opening the store…</source>
            <translation>Datalagret öppnas…</translation>
        </message>
        <message>
            <source>There is no store in {0} yet. Nothing was created.</source>
            <translation>Mappen {0} har ännu inget datalager. Inget skapades.</translation>
        </message>
        <message>
            <source>&amp;Create a store…</source>
            <translation>&amp;Skapa ett datalager…</translation>
        </message>
        <message>
            <source>No passphrase was given. The store opens when you give it: choose Try again.</source>
            <translation>Ingen lösenfras angavs. Datalagret öppnas när du anger den: välj Försök igen.</translation>
        </message>
        <message>
            <source>Team store</source>
            <translation>Teamets datalager</translation>
        </message>
        <message>
            <source>Password of your login to the team store
{0}:</source>
            <translation>Lösenordet till ditt konto i teamets datalager
{0}:</translation>
        </message>
        <message>
            <source>Acknowledge the rollback</source>
            <translation>Kvittera återställningen</translation>
        </message>
        <message>
            <source>Open the store as it is now? The missing log entries do not come back; your acknowledgement is written to the audit log.</source>
            <translation>Öppna datalagret i sitt nuvarande skick? De saknade loggposterna kommer inte tillbaka; din kvittering skrivs i loggen.</translation>
        </message>
        <message>
            <source>Store open: {0}</source>
            <translation>Datalagret öppet: {0}</translation>
        </message>
        <message>
            <source>The store was locked. Unlock it to go on.</source>
            <translation>Datalagret låstes. Lås upp det för att fortsätta.</translation>
        </message>
        <message>
            <source>Changes that could not be saved because of errors were discarded: {0}.</source>
            <translation>Ändringar som inte kunde sparas på grund av fel förkastades: {0}.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Lås upp</translation>
        </message>
        <message>
            <source>The store is not open</source>
            <translation>Datalagret är inte öppet</translation>
        </message>
    </context>
    <context>
        <name>SummaryBar</name>
        <message>
            <source>Language of the summary</source>
            <translation>Sammanfattningens språk</translation>
        </message>
        <message>
            <source>Sign&amp;ed</source>
            <translation>Si&amp;gnerad</translation>
        </message>
        <message>
            <source>Full identit&amp;y code</source>
            <translation>&amp;Hela personbeteckningen</translation>
        </message>
        <message>
            <source>Save s&amp;ummary (PDF)…</source>
            <translation>Spara sa&amp;mmanfattning (PDF)…</translation>
        </message>
        <message>
            <source>Summary status</source>
            <translation>Sammanfattningens status</translation>
        </message>
        <message>
            <source>Checking the signing certificate…</source>
            <translation>Underskriftscertifikatet kontrolleras…</translation>
        </message>
        <message>
            <source>summary-{0}-{1}.pdf</source>
            <translation>sammanfattning-{0}-{1}.pdf</translation>
        </message>
        <message>
            <source>Save the meeting summary</source>
            <translation>Spara mötets sammanfattning</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <source>Signed summary saved: {0}</source>
            <translation>Undertecknad sammanfattning sparad: {0}</translation>
        </message>
        <message>
            <source>Summary saved (not signed): {0}</source>
            <translation>Sammanfattning sparad (inte undertecknad): {0}</translation>
        </message>
        <message>
            <source>Making the summary…</source>
            <translation>Sammanfattningen görs…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Lösenfrasen för ditt signeringscertifikat:</translation>
        </message>
        <message>
            <source>Sign the summary</source>
            <translation>Underteckna sammanfattningen</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Progress</source>
            <translation>Förlopp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
    </context>
    <context>
        <name>TeamStoreBox</name>
        <message>
            <source>Store</source>
            <translation>Datalager</translation>
        </message>
        <message>
            <source>This computer's own encrypted &amp;store</source>
            <translation>Datorns eget krypterade &amp;datalager</translation>
        </message>
        <message>
            <source>A &amp;team store on a PostgreSQL server</source>
            <translation>&amp;Teamets datalager på en PostgreSQL-server</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Serverns &amp;adress:</translation>
        </message>
        <message>
            <source>Connections beyond this computer are always encrypted and the server's certificate is checked (sslmode=verify-full). The password of your login is asked when the store is opened and then kept in the system keyring, never in a file. The choice takes effect the next time the store is opened.</source>
            <translation>Anslutningar utanför den här datorn är alltid krypterade, och serverns certifikat kontrolleras (sslmode=verify-full). Lösenordet till ditt konto frågas när datalagret öppnas och förvaras sedan i systemets nyckelring, aldrig i en fil. Valet gäller från nästa gång datalagret öppnas.</translation>
        </message>
        <message>
            <source>Sa&amp;ve store choice</source>
            <translation>Spara &amp;valet</translation>
        </message>
        <message>
            <source>Store choice status</source>
            <translation>Status för val av datalager</translation>
        </message>
        <message>
            <source>Saved: the team store {0} opens the next time the store is opened.</source>
            <translation>Sparat: teamets datalager {0} öppnas nästa gång datalagret öppnas.</translation>
        </message>
        <message>
            <source>Saved: this computer's own store opens the next time the store is opened.</source>
            <translation>Sparat: datorns eget datalager öppnas nästa gång datalagret öppnas.</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <source>Open a signed PDF, or drag one onto this page. The file is checked on this computer only.</source>
            <translation>Öppna en undertecknad PDF eller dra den till denna sida. Filen kontrolleras bara på denna dator.</translation>
        </message>
        <message>
            <source>&amp;Open PDF…</source>
            <translation>Ö&amp;ppna PDF…</translation>
        </message>
        <message>
            <source>Verified file</source>
            <translation>Kontrollerad fil</translation>
        </message>
        <message>
            <source>Also &amp;sign…</source>
            <translation>&amp;Underteckna också…</translation>
        </message>
        <message>
            <source>Add your own signature to this signed PDF (co-signing); saved as a new file</source>
            <translation>Lägg till din egen underskrift i detta undertecknade PDF-dokument (medundertecknande); sparas som en ny fil</translation>
        </message>
        <message>
            <source>Co-signing problem</source>
            <translation>Problem med undertecknandet</translation>
        </message>
        <message>
            <source>Verification result</source>
            <translation>Kontrollens resultat</translation>
        </message>
        <message>
            <source>Signature details</source>
            <translation>Underskriftens uppgifter</translation>
        </message>
        <message>
            <source>Verify a PDF</source>
            <translation>Kontrollera en PDF-underskrift</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf);;All files (*)</source>
            <translation>PDF-dokument (*.pdf);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
        <message>
            <source>Verifying the signature…</source>
            <translation>Underskriften kontrolleras…</translation>
        </message>
        <message>
            <source>-signed</source>
            <translation>-undertecknat</translation>
        </message>
        <message>
            <source>Save the co-signed PDF</source>
            <translation>Spara det undertecknade PDF-dokumentet</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Undertecknar…</translation>
        </message>
        <message>
            <source>Passphrase of your signing certificate:</source>
            <translation>Lösenfrasen för ditt signeringscertifikat:</translation>
        </message>
        <message>
            <source>Also sign</source>
            <translation>Underteckna också</translation>
        </message>
    </context>
    <context>
        <name>WeekGrid</name>
        <message>
            <source>{0} (today)</source>
            <translation>{0} (i dag)</translation>
        </message>
    </context>
    <context>
        <name>WriteFailure</name>
        <message>
            <source>The file could not be written: {0}</source>
            <translation>Filen kunde inte skrivas: {0}</translation>
        </message>
    </context>
</TS>
