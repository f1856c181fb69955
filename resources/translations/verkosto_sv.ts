<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
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
        <source>{0} (overdue)</source>
        <translation>{0} (försenad)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Endast &amp;försenade</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>{0} open, {1} overdue</source>
        <translation>{0} öppna, {1} försenade</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Åtgärder laddas…</translation>
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
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Purpose or recipient</source>
        <translation>Ändamål eller mottagare</translation>
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
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Week {0}: {1} – {2}</source>
        <translation>Vecka {0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Loading meetings…</source>
        <translation>Möten laddas…</translation>
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
        <source>Named contact persons</source>
        <translation>Namngivna kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrera samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>Åter&amp;kalla valt samtycke</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Samtycken</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
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
        <source>A&amp;ctions</source>
        <translation>Åt&amp;gärder</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Logg</translation>
    </message>
    <message>
        <source>Opening the client…</source>
        <translation>Klienten öppnas…</translation>
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
    <message>
        <source>Withdrawing consent…</source>
        <translation>Samtycket återkallas…</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search by name or the end of the identity code</source>
        <translation>Sök med namn eller slutet av personbeteckningen</translation>
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
        <source>Clients</source>
        <translation>Klienter</translation>
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
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrera samtycke</translation>
    </message>
    <message>
        <source>&amp;Agencies covered:</source>
        <translation>&amp;Gäller aktörer:</translation>
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
        <translation>Givet &amp;av (om inte klienten):</translation>
    </message>
    <message>
        <source>&amp;Given at:</source>
        <translation>G&amp;ivet:</translation>
    </message>
    <message>
        <source>Until &amp;further notice</source>
        <translation>&amp;Tills vidare</translation>
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
        <source>Settings</source>
        <translation>Inställningar</translation>
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
        <source>Opening the store…</source>
        <translation>Datalagret öppnas…</translation>
    </message>
    <message>
        <source>No passphrase was given. The store opens when you give it: choose Try again.</source>
        <translation>Ingen lösenfras angavs. Datalagret öppnas när du anger den: välj Försök igen.</translation>
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
        <source>Unexpected error: {0}</source>
        <translation>Oväntat fel: {0}</translation>
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
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Verkosto – passphrase</source>
        <translation>Verkosto – lösenfras</translation>
    </message>
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
        <source>&amp;Repeat:</source>
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
    <name>SettingsPage</name>
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
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Spara profilen</translation>
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
        <source>Loading settings…</source>
        <translation>Inställningarna laddas…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
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
</TS>
