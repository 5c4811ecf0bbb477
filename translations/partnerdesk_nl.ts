<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ActivityEvidence</name>
    <message>
        <source>no activity evidence</source>
        <translation>geen activiteitsbewijs</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ActivityFile</name>
    <message>
        <source>The file holds no records.</source>
        <translation>Het bestand bevat geen records.</translation>
    </message>
    <message>
        <source>The header has more than %1 columns.</source>
        <translation>De koprij heeft meer dan %1 kolommen.</translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot;: this is not an Entra %2 download.</source>
        <translation>De koprij heeft geen kolom &quot;%1&quot;: dit is geen uit Entra gedownload %2.</translation>
    </message>
    <message>
        <source>sign-in log</source>
        <translation>aanmeldingslogboek</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>auditlogboek</translation>
    </message>
    <message>
        <source>Entra sign-in log (JSON)</source>
        <translation>Entra-aanmeldingslogboek (JSON)</translation>
    </message>
    <message>
        <source>Entra sign-in log (CSV)</source>
        <translation>Entra-aanmeldingslogboek (CSV)</translation>
    </message>
    <message>
        <source>Entra audit log (JSON)</source>
        <translation>Entra-auditlogboek (JSON)</translation>
    </message>
    <message>
        <source>Entra audit log (CSV)</source>
        <translation>Entra-auditlogboek (CSV)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>This is not an Entra sign-in or audit log.</source>
        <translation>Dit is geen Entra-aanmeldingslogboek of Entra-auditlogboek.</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>Langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The sign-in has no ID.</source>
        <translation>De aanmelding heeft geen ID.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; has no time zone; PartnerDesk does not guess one.</source>
        <translation>De tijd &quot;%1&quot; heeft geen tijdzone; PartnerDesk raadt er geen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>&quot;%1&quot; is geen datum en tijd.</translation>
    </message>
    <message>
        <source>The partner&apos;s home tenant ID is not a tenant ID.</source>
        <translation>De thuistenant-id van de partner is geen tenant-id.</translation>
    </message>
    <message>
        <source>The file holds more than %1 partner sign-ins; download a shorter period.</source>
        <translation>Het bestand bevat meer dan %1 partneraanmeldingen; download een kortere periode.</translation>
    </message>
    <message>
        <source>The audit record has no ID.</source>
        <translation>Het auditrecord heeft geen ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with a time zone.</source>
        <translation>&quot;%1&quot; is geen datum en tijd met een tijdzone.</translation>
    </message>
    <message>
        <source>The file holds too many partner activities; download a shorter period.</source>
        <translation>Het bestand bevat te veel partneractiviteiten; download een kortere periode.</translation>
    </message>
    <message>
        <source>The file holds the time &quot;%1&quot;, which is no date between 2000 and today: it was not written by Entra as it is.</source>
        <translation>Het bestand bevat de tijd &quot;%1&quot;, die geen datum tussen 2000 en vandaag is: Entra heeft het bestand niet zo geschreven.</translation>
    </message>
    <message>
        <source>The partner sign-in names no tenant it signed in to.</source>
        <translation>De partneraanmelding noemt geen tenant waarbij is aangemeld.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is no date between 2000 and today.</source>
        <translation>De tijd &quot;%1&quot; is geen datum tussen 2000 en vandaag.</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>Het record kan niet worden gelezen: %1.</translation>
    </message>
</context>
<context>
    <name>ActivityImportDialog</name>
    <message>
        <source>Import a sign-in or audit log</source>
        <translation>Een aanmeldings- of auditlogboek importeren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>Lezen &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Keep as evidence</source>
        <translation>Als bewijs &amp;bewaren</translation>
    </message>
    <message>
        <source>The file covers %1 to %2 (UTC).</source>
        <translation>Het bestand beslaat de periode van %1 tot %2 (UTC).</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>This window cannot keep activity evidence.</source>
        <translation>Dit venster kan geen activiteitsbewijs bewaren.</translation>
    </message>
    <message>
        <source>Nothing can be kept from this file: it was refused as a whole (see above). Download the log again.</source>
        <translation>Uit dit bestand kan niets worden bewaard: het is in zijn geheel geweigerd (zie hierboven). Download het logboek opnieuw.</translation>
    </message>
    <message>
        <source>The register already holds every partner sign-in and activity in this file.</source>
        <translation>Het register bevat al alle partneraanmeldingen en partneractiviteiten uit dit bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %1 as evidence: %n new partner sign-in(s).</source>
        <translation>
            <numerusform>%1 als bewijs bewaard: %n nieuwe partneraanmelding.</numerusform>
            <numerusform>%1 als bewijs bewaard: %n nieuwe partneraanmeldingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on To do in Microsoft 365 confirmed done.</source>
        <translation>
            <numerusform>%n stap op Te doen in Microsoft 365 bevestigd als gedaan.</numerusform>
            <numerusform>%n stappen op Te doen in Microsoft 365 bevestigd als gedaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sign-ins (from the imported logs)</source>
        <translation>Aanmeldingen (uit de geïmporteerde logboeken)</translation>
    </message>
    <message>
        <source>No sign-in in the imported logs (%1).</source>
        <translation>Geen aanmelding in de geïmporteerde logboeken (%1).</translation>
    </message>
    <message>
        <source>Last sign-in: %1 (UTC)</source>
        <translation>Laatste aanmelding: %1 (UTC)</translation>
    </message>
    <message>
        <source>Sign-ins: %1 in the last 30 days, %2 in the last 90 days of the logs</source>
        <translation>Aanmeldingen: %1 in de laatste 30 dagen, %2 in de laatste 90 dagen van de logboeken</translation>
    </message>
    <message>
        <source>Failed sign-ins: %1 in 30 days, %2 in 90 days</source>
        <translation>Mislukte aanmeldingen: %1 in 30 dagen, %2 in 90 dagen</translation>
    </message>
    <message>
        <source>(new in the last 30 days: %1)</source>
        <translation>(nieuw in de laatste 30 dagen: %1)</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Landen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es) in 90 days</source>
        <translation>
            <numerusform>%n IP-adres in 90 dagen</numerusform>
            <numerusform>%n IP-adressen in 90 dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>none in 90 days</source>
        <translation>geen in 90 dagen</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Bewijs: %1</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see whether this partner signs in. Without it, nothing is known about its use of its roles.</source>
        <translation>Geen activiteitsbewijs: importeer een Entra-aanmeldingslogboek (Bestand &gt; Partnerbestand importeren…) om te zien of deze partner zich aanmeldt. Zonder dat bewijs is niets bekend over het gebruik van zijn rollen.</translation>
    </message>
    <message>
        <source>In the audit log:</source>
        <translation>In het auditlogboek:</translation>
    </message>
    <message>
        <source>%1 on %2 (UTC) by %3: %4</source>
        <translation>%1 op %2 (UTC) door %3: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>result not given</source>
        <translation>resultaat niet vermeld</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>en %n eerdere</numerusform>
            <numerusform>en %n eerdere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 8 GiB; download a shorter period.</source>
        <translation>%1 is groter dan 8 GiB; download een kortere periode.</translation>
    </message>
    <message>
        <source>%1 is not an Entra sign-in or audit log (JSON or CSV).</source>
        <translation>%1 is geen Entra-aanmeldingslogboek of Entra-auditlogboek (JSON of CSV).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was imported.</source>
        <translation>Het lezen van %1 is geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is the sign-in log of tenant %1, not of your organisation (%2).</source>
        <translation>Dit is het aanmeldingslogboek van tenant %1, niet van uw organisatie (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n record(s) rejected. Download the log again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: %n record geweigerd. Download het logboek opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: %n records geweigerd. Download het logboek opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read</source>
        <translation>
            <numerusform>%n record gelezen</numerusform>
            <numerusform>%n records gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner sign-in(s)</source>
        <translation>
            <numerusform>%n nieuwe partneraanmelding</numerusform>
            <numerusform>%n nieuwe partneraanmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation>
            <numerusform>%n al in het register</numerusform>
            <numerusform>%n al in het register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed over</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Service provider with access, not in your register: %1 (%2)</source>
        <translation>Serviceprovider met toegang, niet in uw register: %1 (%2)</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>naam niet vermeld</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) passed over: sign-ins of your own people or guests, not of a service provider.</source>
        <translation>
            <numerusform>%n record overgeslagen: een aanmelding van uw eigen mensen of gasten, niet van een serviceprovider.</numerusform>
            <numerusform>%n records overgeslagen: aanmeldingen van uw eigen mensen of gasten, niet van een serviceprovider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) passed over: not about a partner.</source>
        <translation>
            <numerusform>%n record overgeslagen: gaat niet over een partner.</numerusform>
            <numerusform>%n records overgeslagen: gaan niet over een partner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner sign-in(s) into another tenant passed over.</source>
        <translation>
            <numerusform>%n partneraanmelding bij een andere tenant overgeslagen.</numerusform>
            <numerusform>%n partneraanmeldingen bij een andere tenant overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new partner lifecycle event(s)</source>
        <translation>
            <numerusform>%n nieuwe partnergebeurtenis</numerusform>
            <numerusform>%n nieuwe partnergebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows done in Microsoft 365: %1</source>
        <translation>Toont gedaan in Microsoft 365: %1</translation>
    </message>
</context>
<context>
    <name>AdminCenterNotice</name>
    <message>
        <source>PartnerDesk keeps your register; it does not change your tenant itself.</source>
        <translation>PartnerDesk houdt uw register bij; het wijzigt uw tenant zelf niet.</translation>
    </message>
    <message>
        <source>Open Microsoft 365 admin center</source>
        <translation>Microsoft 365-beheercentrum openen</translation>
    </message>
</context>
<context>
    <name>AdminCenterPartnerReader</name>
    <message>
        <source>The partner has no id (its tenant ID).</source>
        <translation>De partner heeft geen id (de tenant-id).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen tenant-id (een GUID).</translation>
    </message>
    <message>
        <source>The partner %1 appears twice in the file (first as record %2).</source>
        <translation>De partner %1 komt twee keer voor in het bestand (eerst als record %2).</translation>
    </message>
    <message>
        <source>The partner has no name.</source>
        <translation>De partner heeft geen naam.</translation>
    </message>
    <message>
        <source>aadRoles is not a list of role template IDs.</source>
        <translation>aadRoles is geen lijst met rolsjabloon-id&apos;s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role template ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen rolsjabloon-id (een GUID).</translation>
    </message>
    <message>
        <source>The partner&apos;s other fields are larger than %1 KB.</source>
        <translation>De overige velden van de partner zijn groter dan %1 KB.</translation>
    </message>
    <message>
        <source>A partner holds at most %1 admin roles here.</source>
        <translation>Een partner heeft hier maximaal %1 beheerdersrollen.</translation>
    </message>
    <message>
        <source>A partner has at most %1 partner types.</source>
        <translation>Een partner heeft maximaal %1 partnertypen.</translation>
    </message>
</context>
<context>
    <name>AdminRole</name>
    <message>
        <source>Global Administrator</source>
        <translation>Globale beheerder</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdeskbeheerder</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Factureringsbeheerder</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Gebruikersbeheerder</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Globale lezer</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Adreslijstlezers</translation>
    </message>
    <message>
        <source>Directory Writers</source>
        <translation>Adreslijstschrijvers</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>Licentiebeheerder</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Servicebeheerder voor ondersteuning</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Beheerder voor bevoorrechte rollen</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Beheerder voor bevoorrechte verificatie</translation>
    </message>
    <message>
        <source>Password Administrator</source>
        <translation>Wachtwoordbeheerder</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Beveiligingsbeheerder</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange-beheerder</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint-beheerder</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Teams-beheerder</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune-beheerder</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Toepassingsbeheerder</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloudtoepassingsbeheerder</translation>
    </message>
    <message>
        <source>Unknown role (ID %1)</source>
        <translation>Onbekende rol (ID %1)</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Accept agreement &amp; authorize partner</source>
        <translation>Overeenkomst accepteren &amp; partner machtigen</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-klantovereenkomst</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>&amp;Naam van partner:</translation>
    </message>
    <message>
        <source>Partner &amp;tenant ID:</source>
        <translation>&amp;Tenant-id van partner:</translation>
    </message>
    <message>
        <source>I acknowledge that I read the Microsoft Customer Agreement</source>
        <translation>Ik bevestig dat ik de Microsoft-klantovereenkomst heb gelezen</translation>
    </message>
    <message>
        <source>Cancel invitation…</source>
        <translation>Uitnodiging annuleren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Accept &amp;&amp; Authorize</source>
        <translation>Accepteren &amp;&amp; autoriseren</translation>
    </message>
    <message>
        <source>Tick the box to acknowledge that you read the agreement.</source>
        <translation>Vink het selectievakje aan om te bevestigen dat u de overeenkomst hebt gelezen.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Vul de naam van de partner in.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s tenant ID (a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10).</source>
        <translation>Vul de tenant-id van de partner in (een GUID zoals 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10).</translation>
    </message>
    <message>
        <source>Accept agreement</source>
        <translation>Overeenkomst accepteren</translation>
    </message>
    <message>
        <source>Read the full agreement at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</source>
        <translation>Lees de volledige overeenkomst op &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Decline: nothing is granted, and the cancellation is kept in history</source>
        <translation>Afwijzen: er wordt niets verleend en de annulering blijft in de historie bewaard</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Versie van %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit history could not be read or written: %1.</source>
        <translation>Lezen van of schrijven naar de audithistorie is mislukt: %1.</translation>
    </message>
    <message>
        <source>events before it are missing</source>
        <translation>de gebeurtenissen ervoor ontbreken</translation>
    </message>
    <message>
        <source>its link to the previous event is broken</source>
        <translation>de koppeling met de vorige gebeurtenis is verbroken</translation>
    </message>
    <message>
        <source>its content was altered</source>
        <translation>de inhoud ervan is gewijzigd</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>De controle is geannuleerd.</translation>
    </message>
    <message>
        <source>The register has no organisation recorded; it is incomplete.</source>
        <translation>In het register is geen organisatie vastgelegd; het is onvolledig.</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>end requested</source>
        <translation>beëindiging aangevraagd</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP-status</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>End requested on</source>
        <translation>Beëindiging aangevraagd op</translation>
    </message>
    <message>
        <source>Contacted by</source>
        <translation>Contact via</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>MPSA partners see each other&apos;s purchases</source>
        <translation>MPSA-partners zien elkaars aankopen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Beheerders</translation>
    </message>
    <message>
        <source>Register created</source>
        <translation>Register gemaakt</translation>
    </message>
    <message>
        <source>Relationship added</source>
        <translation>Relatie toegevoegd</translation>
    </message>
    <message>
        <source>Marked as reviewed</source>
        <translation>Gemarkeerd als beoordeeld</translation>
    </message>
    <message>
        <source>Admin roles removed</source>
        <translation>Beheerdersrollen verwijderd</translation>
    </message>
    <message>
        <source>End of relationship requested</source>
        <translation>Beëindiging van relatie aangevraagd</translation>
    </message>
    <message>
        <source>Partner ended the relationship</source>
        <translation>Partner heeft de relatie beëindigd</translation>
    </message>
    <message>
        <source>MPSA purchase sharing changed</source>
        <translation>Delen van MPSA-aankopen gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Delegated admin</source>
        <translation>Gedelegeerd beheer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Agreement version</source>
        <translation>Versie van de overeenkomst</translation>
    </message>
    <message>
        <source>SHA-256 of the text shown</source>
        <translation>SHA-256 van de getoonde tekst</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Uitnodiging ontvangen</translation>
    </message>
    <message>
        <source>Invitation accepted, agreement accepted</source>
        <translation>Uitnodiging geaccepteerd, overeenkomst geaccepteerd</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Uitnodiging geannuleerd</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted</source>
        <translation>Microsoft-klantovereenkomst geaccepteerd</translation>
    </message>
    <message>
        <source>Contact request written</source>
        <translation>Contactverzoek geschreven</translation>
    </message>
    <message>
        <source>Directory service changed</source>
        <translation>Directoryservice gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Agreement accepted on</source>
        <translation>Overeenkomst geaccepteerd op</translation>
    </message>
    <message>
        <source>GDAP relationship ID</source>
        <translation>Id van GDAP-relatie</translation>
    </message>
    <message>
        <source>GDAP relationship name</source>
        <translation>Naam van GDAP-relatie</translation>
    </message>
    <message>
        <source>GDAP duration</source>
        <translation>GDAP-duur</translation>
    </message>
    <message>
        <source>GDAP start</source>
        <translation>Begin GDAP</translation>
    </message>
    <message>
        <source>GDAP end</source>
        <translation>Einde GDAP</translation>
    </message>
    <message>
        <source>Auto-extend</source>
        <translation>Automatisch verlengen</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Geïmporteerd uit</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Other fields from the file (%1)</source>
        <translation>Overige velden uit het bestand (%1)</translation>
    </message>
    <message>
        <source>Relationship edited</source>
        <translation>Relatie bewerkt</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Geïmporteerd uit een bestand</translation>
    </message>
    <message>
        <source>Operator added or changed</source>
        <translation>Beheerder toegevoegd of gewijzigd</translation>
    </message>
    <message>
        <source>Directory service</source>
        <translation>Directoryservice</translation>
    </message>
    <message>
        <source>Queued contact requests</source>
        <translation>Contactverzoeken in de wachtrij</translation>
    </message>
    <message>
        <source>Queued contact requests sent to another directory service</source>
        <translation>Contactverzoeken in de wachtrij omgeleid naar een andere directoryservice</translation>
    </message>
    <message>
        <source>From this version, decisions wait on a To do in Microsoft 365 list. Roles removed before it are kept as removed; no to-do was created for them.</source>
        <translation>Vanaf deze versie wachten besluiten op de lijst Te doen in Microsoft 365. Rollen die eerder zijn verwijderd, blijven als verwijderd staan; daarvoor is geen taak gemaakt.</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>Te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>To-do number</source>
        <translation>Taaknummer</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Types to grant</source>
        <translation>Te verlenen typen</translation>
    </message>
    <message>
        <source>Roles to grant</source>
        <translation>Te verlenen rollen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Shown by</source>
        <translation>Blijkt uit</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>About the upgrade</source>
        <translation>Over het bijwerken</translation>
    </message>
    <message>
        <source>Removal of admin roles decided (to do in Microsoft 365)</source>
        <translation>Verwijdering van beheerdersrollen besloten (te doen in Microsoft 365)</translation>
    </message>
    <message>
        <source>MPSA purchase sharing change decided (to do in Microsoft 365)</source>
        <translation>Wijziging van delen van MPSA-aankopen besloten (te doen in Microsoft 365)</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 (marked by an admin)</source>
        <translation>Gedaan in Microsoft 365 (gemarkeerd door een beheerder)</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 (confirmed by an import)</source>
        <translation>Gedaan in Microsoft 365 (bevestigd door een import)</translation>
    </message>
    <message>
        <source>The tenant differs from the register (shown by an import)</source>
        <translation>De tenant wijkt af van het register (blijkt uit een import)</translation>
    </message>
    <message>
        <source>Decision withdrawn</source>
        <translation>Besluit ingetrokken</translation>
    </message>
    <message>
        <source>Register upgraded</source>
        <translation>Register bijgewerkt</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <source>Partner sign-ins added</source>
        <translation>Partneraanmeldingen toegevoegd</translation>
    </message>
    <message>
        <source>Partner activities added</source>
        <translation>Partneractiviteiten toegevoegd</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Al in het register</translation>
    </message>
    <message>
        <source>File covers from</source>
        <translation>Bestand loopt van</translation>
    </message>
    <message>
        <source>File covers until</source>
        <translation>Bestand loopt tot</translation>
    </message>
    <message>
        <source>Partner tenants that signed in</source>
        <translation>Partnertenants die zich hebben aangemeld</translation>
    </message>
    <message>
        <source>Of them not in the register</source>
        <translation>Waarvan niet in het register</translation>
    </message>
    <message>
        <source>Partner activity evidence imported</source>
        <translation>Bewijs van partneractiviteit geïmporteerd</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Review number</source>
        <translation>Beoordelingsnummer</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Afgetekend</translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation>Toegangsbeoordeling gestart</translation>
    </message>
    <message>
        <source>Access review decision recorded</source>
        <translation>Besluit in toegangsbeoordeling vastgelegd</translation>
    </message>
    <message>
        <source>Access review signed off</source>
        <translation>Toegangsbeoordeling afgetekend</translation>
    </message>
    <message>
        <source>written to the outbox</source>
        <translation>in de outbox gezet</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>wacht op een besluit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>niet geaccepteerd</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Contactaanvraag</translation>
    </message>
    <message>
        <source>Request key</source>
        <translation>Aanvraagsleutel</translation>
    </message>
</context>
<context>
    <name>AuditEventDialog</name>
    <message>
        <source>History event %1</source>
        <translation>Historiegebeurtenis %1</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Door:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>None: it concerns the whole register</source>
        <translation>Geen: het betreft het hele register</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>This event records no field before and after.</source>
        <translation>Deze gebeurtenis legt geen veld vast met een waarde voor en na.</translation>
    </message>
    <message>
        <source>Event %1, SHA-256 %2
after %3</source>
        <translation>Gebeurtenis %1, SHA-256 %2
na %3</translation>
    </message>
    <message>
        <source>What Verify history checks: each event&apos;s hash covers the one before it.</source>
        <translation>Wat Historie controleren nagaat: de hash van elke gebeurtenis omvat die van de vorige.</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>%1 UTC
Event %2
SHA-256 %3</source>
        <translation>%1 UTC
Gebeurtenis %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>AuditHistoryPage</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Name or tenant ID</source>
        <translation>Naam of tenant-id</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>B&amp;eheerder:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audithistorie</translation>
    </message>
    <message>
        <source>&amp;Verify history</source>
        <translation>Historie &amp;controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Alle beheerders</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Er zijn geen gebeurtenissen die aan deze filters voldoen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln gebeurtenis</numerusform>
            <numerusform>%Ln gebeurtenissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); scroll down for older ones</source>
        <translation>
            <numerusform>De nieuwste %Ln gebeurtenis; scrol omlaag voor oudere</numerusform>
            <numerusform>De nieuwste %Ln gebeurtenissen; scrol omlaag voor oudere</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the history…</source>
        <translation>De historie wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The history was altered at event %1: %2.</source>
        <translation>De historie is gewijzigd bij gebeurtenis %1: %2.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>Clear filte&amp;rs</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message numerus="yes">
        <source>The whole history was checked: %Ln event(s).</source>
        <translation>
            <numerusform>De hele historie is gecontroleerd: %Ln gebeurtenis.</numerusform>
            <numerusform>De hele historie is gecontroleerd: %Ln gebeurtenissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is intact.</source>
        <translation>Ze is intact.</translation>
    </message>
    <message numerus="yes">
        <source>The whole history is intact: %Ln event(s) verified, not only the rows shown.</source>
        <translation>
            <numerusform>De hele historie is intact: %Ln gebeurtenis gecontroleerd, niet alleen de getoonde rijen.</numerusform>
            <numerusform>De hele historie is intact: %Ln gebeurtenissen gecontroleerd, niet alleen de getoonde rijen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReceipt</name>
    <message>
        <source>Matches the receipt of %1 (event %2).</source>
        <translation>Komt overeen met het ontvangstbewijs van %1 (gebeurtenis %2).</translation>
    </message>
    <message>
        <source>Event %1 is missing: the receipt of %2 knew it.</source>
        <translation>Gebeurtenis %1 ontbreekt: het ontvangstbewijs van %2 kende die wel.</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the receipt of %3 knew them.</source>
        <translation>Gebeurtenissen %1–%2 ontbreken: het ontvangstbewijs van %3 kende die wel.</translation>
    </message>
    <message>
        <source>The history was rewritten: event %1 is not the one the receipt of %2 recorded.</source>
        <translation>De historie is herschreven: gebeurtenis %1 is niet de gebeurtenis die het ontvangstbewijs van %2 vastlegde.</translation>
    </message>
    <message>
        <source>No receipt of this register was found (looked in %1): PartnerDesk cannot tell whether its newest events were removed.</source>
        <translation>Er is geen ontvangstbewijs van dit register gevonden (gezocht in %1): PartnerDesk kan niet zeggen of de nieuwste gebeurtenissen zijn verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Receipts that match: %n; the newest, of %1, knew the events up to %2.</source>
        <translation>
            <numerusform>Overeenkomende ontvangstbewijzen: %n; het nieuwste, van %1, kende de gebeurtenissen tot en met %2.</numerusform>
            <numerusform>Overeenkomende ontvangstbewijzen: %n; het nieuwste, van %1, kende de gebeurtenissen tot en met %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelInvitationDialog</name>
    <message>
        <source>Cancel invitation?</source>
        <translation>Uitnodiging annuleren?</translation>
    </message>
    <message>
        <source>Cancel the invitation from %1? Nothing is granted, and the cancellation is kept in the history.</source>
        <translation>De uitnodiging van %1 annuleren? Er wordt niets verleend en de annulering blijft in de historie bewaard.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reden (optioneel):</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Uitnodiging annuleren</translation>
    </message>
    <message>
        <source>Keep invitation</source>
        <translation>Uitnodiging bewaren</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create-demo needs --db FILE: the register to create.</source>
        <translation>create-demo vereist --db BESTAND: het register dat moet worden gemaakt.</translation>
    </message>
    <message>
        <source>Created the demo register %1.</source>
        <translation>Het demoregister %1 is gemaakt.</translation>
    </message>
    <message>
        <source>Organisation:        %1</source>
        <translation>Organisatie:          %1</translation>
    </message>
    <message>
        <source>Tenant ID:           %1</source>
        <translation>Tenant-id:            %1</translation>
    </message>
    <message>
        <source>Register file:       %1</source>
        <translation>Registerbestand:      %1</translation>
    </message>
    <message>
        <source>Schema version:      %1</source>
        <translation>Schemaversie:         %1</translation>
    </message>
    <message>
        <source>Partners:            %1</source>
        <translation>Partners:             %1</translation>
    </message>
    <message>
        <source>Relationships:       %1</source>
        <translation>Relaties:             %1</translation>
    </message>
    <message>
        <source>Audit events:        %1</source>
        <translation>Auditgebeurtenissen:  %1</translation>
    </message>
    <message>
        <source>Newest audit hash:   %1</source>
        <translation>Nieuwste audithash:   %1</translation>
    </message>
    <message>
        <source>Acting as:           %1 &lt;%2&gt;</source>
        <translation>Handelend als:        %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnernaam</translation>
    </message>
    <message>
        <source>Partner tenant ID</source>
        <translation>Tenant-id van partner</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relatietype</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Beheerdersrollen</translation>
    </message>
    <message>
        <source>Role template IDs</source>
        <translation>Rolsjabloon-id&apos;s</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP-status</translation>
    </message>
    <message>
        <source>GDAP end (UTC)</source>
        <translation>Einde GDAP (UTC)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>niet geaccepteerd</translation>
    </message>
    <message>
        <source>Unknown format %1; use table, json or csv.</source>
        <translation>Onbekende indeling %1; gebruik table, json of csv.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relatie</numerusform>
            <numerusform>%n relaties</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit history is broken at event %1: %2.</source>
        <translation>De audithistorie is niet intact bij gebeurtenis %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The audit history is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>De audithistorie is intact: %n gebeurtenis gecontroleerd.</numerusform>
            <numerusform>De audithistorie is intact: %n gebeurtenissen gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Act as the operator with this UPN.</source>
        <translation>Handelen als de beheerder met deze UPN.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Language of the output: nl or en.</source>
        <translation>Taal van de uitvoer: nl of en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>INDELING</translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation>Geen opdracht opgegeven. Probeer --help.</translation>
    </message>
    <message>
        <source>Give one command at a time. Try --help.</source>
        <translation>Geef één opdracht tegelijk op. Probeer --help.</translation>
    </message>
    <message>
        <source>Unknown command %1. Try --help.</source>
        <translation>Onbekende opdracht %1. Probeer --help.</translation>
    </message>
    <message>
        <source>Unknown language %1; use nl or en.</source>
        <translation>Onbekende taal %1; gebruik nl of en.</translation>
    </message>
    <message>
        <source>Open the register FILE instead of the default one.</source>
        <translation>Het register BESTAND openen in plaats van het standaardregister.</translation>
    </message>
    <message>
        <source>remove-roles needs the partner&apos;s tenant ID.</source>
        <translation>remove-roles heeft de tenant-id van de partner nodig.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>Er staat geen partner met tenant-id %1 in het register.</translation>
    </message>
    <message>
        <source>Remove roles?</source>
        <translation>Rollen verwijderen?</translation>
    </message>
    <message>
        <source>The relationship stays: the partner can still work with you, for example as a Reseller, and can still make purchases.</source>
        <translation>De relatie blijft bestaan: de partner kan nog steeds met u samenwerken, bijvoorbeeld als wederverkoper, en kan nog steeds aankopen doen.</translation>
    </message>
    <message>
        <source>Remove roles? [y/N] </source>
        <translation>Rollen verwijderen? [j/N] </translation>
    </message>
    <message>
        <source>No roles were removed.</source>
        <translation>Er zijn geen rollen verwijderd.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>TENANT-ID</source>
        <translation>TENANT-ID</translation>
    </message>
    <message>
        <source>At most N history events (0: all).</source>
        <translation>Maximaal N gebeurtenissen uit de historie (0: alle).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit heeft een geheel getal van 0 of meer nodig.</translation>
    </message>
    <message>
        <source>inspect-link needs exactly one link (quote it).</source>
        <translation>inspect-link heeft precies één koppeling nodig (zet deze tussen aanhalingstekens).</translation>
    </message>
    <message>
        <source>Invitation:          %1</source>
        <translation>Uitnodiging:            %1</translation>
    </message>
    <message>
        <source>GDAP relationship:   %1</source>
        <translation>GDAP-relatie:           %1</translation>
    </message>
    <message>
        <source>Partner tenant ID:   %1</source>
        <translation>Tenant-id van partner:  %1</translation>
    </message>
    <message>
        <source>PartnerID:           %1</source>
        <translation>Partner-ID:             %1</translation>
    </message>
    <message>
        <source>Indirect provider:   %1</source>
        <translation>Indirecte provider:     %1</translation>
    </message>
    <message>
        <source>Would grant:         Global Administrator and Helpdesk Administrator, with no end date (high risk)</source>
        <translation>Zou verlenen:           Globale beheerder en Helpdeskbeheerder, zonder einddatum (hoog risico)</translation>
    </message>
    <message>
        <source>Advice:              ask the partner for GDAP (time-bound, least privilege) instead.</source>
        <translation>Advies:                 vraag de partner in plaats daarvan om GDAP (tijdgebonden, minimale rechten).</translation>
    </message>
    <message>
        <source>Would grant:         the roles in the GDAP request, for its duration</source>
        <translation>Zou verlenen:           de rollen in de GDAP-aanvraag, voor de looptijd ervan</translation>
    </message>
    <message>
        <source>Would grant:         no admin roles</source>
        <translation>Zou verlenen:           geen beheerdersrollen</translation>
    </message>
    <message>
        <source>inspect-link: print JSON.</source>
        <translation>inspect-link: JSON uitvoeren.</translation>
    </message>
    <message>
        <source>The email file %1 cannot be read: %2</source>
        <translation>Het e-mailbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The email file %1 is larger than 32 MB.</source>
        <translation>Het e-mailbestand %1 is groter dan 32 MB.</translation>
    </message>
    <message>
        <source>Refused link: %1
  %2</source>
        <translation>Geweigerde koppeling: %1
  %2</translation>
    </message>
    <message>
        <source>partnerdesk-cli: %1 holds no invitation link.</source>
        <translation>partnerdesk-cli: %1 bevat geen uitnodigingskoppeling.</translation>
    </message>
    <message>
        <source>inspect-link: read the invitation links in this saved email.</source>
        <translation>inspect-link: de uitnodigingskoppelingen in deze opgeslagen e-mail lezen.</translation>
    </message>
    <message>
        <source>Give either a link or --eml FILE, not both.</source>
        <translation>Geef een koppeling of --eml BESTAND, niet allebei.</translation>
    </message>
    <message>
        <source>Answer Yes: to &quot;Remove roles?&quot;, or to applying an import.</source>
        <translation>Ja antwoorden: op &quot;Rollen verwijderen?&quot; of op het toepassen van een import.</translation>
    </message>
    <message>
        <source>import: the name of that partner, when the register does not know it.</source>
        <translation>import: de naam van die partner, als het register deze nog niet kent.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>import: only show what the import would do.</source>
        <translation>import: alleen tonen wat de import zou doen.</translation>
    </message>
    <message>
        <source>init: the organisation&apos;s name.</source>
        <translation>init: de naam van de organisatie.</translation>
    </message>
    <message>
        <source>init: the organisation&apos;s tenant ID.</source>
        <translation>init: de tenant-id van de organisatie.</translation>
    </message>
    <message>
        <source>init: the first operator&apos;s UPN (a Global Administrator).</source>
        <translation>init: de UPN van de eerste beheerder (met de rol Globale beheerder).</translation>
    </message>
    <message>
        <source>init, operator: the operator&apos;s name.</source>
        <translation>init, operator: de naam van de beheerder.</translation>
    </message>
    <message>
        <source>init, operator: an Entra role of the operator (repeat for each).</source>
        <translation>init, operator: een Entra-rol van de beheerder (herhaal dit voor elke rol).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Een van de opdrachten hierboven.</translation>
    </message>
    <message>
        <source>remove-roles: the partners&apos; tenant IDs; import: the files; operator: the UPN.</source>
        <translation>remove-roles: de tenant-id&apos;s van de partners; import: de bestanden; operator: de UPN.</translation>
    </message>
    <message>
        <source>operator needs one UPN.</source>
        <translation>operator heeft één UPN nodig.</translation>
    </message>
    <message>
        <source>Unknown role %1. Known roles: %2.</source>
        <translation>Onbekende rol %1. Bekende rollen: %2.</translation>
    </message>
    <message>
        <source>init needs --db FILE: the register to create.</source>
        <translation>init vereist --db BESTAND: het register dat moet worden gemaakt.</translation>
    </message>
    <message>
        <source>init needs --role for each Entra role of the first operator, e.g. --role &quot;Global Administrator&quot;.</source>
        <translation>init vereist --role voor elke Entra-rol van de eerste beheerder, bijvoorbeeld --role &quot;Global Administrator&quot;.</translation>
    </message>
    <message>
        <source>Created the register of %1 in %2, with %3 as its first operator.</source>
        <translation>Het register van %1 is gemaakt in %2, met %3 als eerste beheerder.</translation>
    </message>
    <message>
        <source> (acts by default)</source>
        <translation> (handelt standaard)</translation>
    </message>
    <message>
        <source>operator needs the operator&apos;s UPN.</source>
        <translation>operator heeft de UPN van de beheerder nodig.</translation>
    </message>
    <message>
        <source>Recorded operator %1 &lt;%2&gt;: %3.</source>
        <translation>Beheerder %1 &lt;%2&gt; vastgelegd: %3.</translation>
    </message>
    <message>
        <source>import needs one or more files.</source>
        <translation>import heeft een of meer bestanden nodig.</translation>
    </message>
    <message>
        <source>Give either --dry-run or --yes, not both.</source>
        <translation>Geef --dry-run of --yes, niet allebei.</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>%1 wordt gelezen… %2%</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>opmerking: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: correct the rejected records and import it again.</source>
        <translation>Er is niets geïmporteerd uit %1: corrigeer de afgewezen records en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>The register already holds what %1 says; nothing to change.</source>
        <translation>Het register bevat al wat er in %1 staat; er hoeft niets te worden gewijzigd.</translation>
    </message>
    <message>
        <source>Apply these changes to the register? [y/N] </source>
        <translation>Deze wijzigingen op het register toepassen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Er is niets geïmporteerd uit %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n relationship(s) added or updated, one audit event each.</source>
        <translation>
            <numerusform>%1 geïmporteerd: %n relatie toegevoegd of bijgewerkt, met één auditgebeurtenis.</numerusform>
            <numerusform>%1 geïmporteerd: %n relaties toegevoegd of bijgewerkt, met elk één auditgebeurtenis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register %1 is at schema version %2, this version&apos;s own.</source>
        <translation>Het register %1 heeft al schemaversie %2, die van deze versie van PartnerDesk.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more invitation link(s), not shown.</source>
        <translation>
            <numerusform>… en nog %n uitnodigingskoppeling, niet getoond.</numerusform>
            <numerusform>… en nog %n uitnodigingskoppelingen, niet getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more refused link(s), not shown.</source>
        <translation>
            <numerusform>… en nog %n geweigerde koppeling, niet getoond.</numerusform>
            <numerusform>… en nog %n geweigerde koppelingen, niet getoond.</numerusform>
        </translation>
    </message>
    <message>
        <source> (removal decided, to-do %1)</source>
        <translation> (verwijdering besloten, taak %1)</translation>
    </message>
    <message>
        <source> (authorization decided, to-do %1)</source>
        <translation> (autorisatie besloten, taak %1)</translation>
    </message>
    <message>
        <source>Recorded: the decision to remove the admin roles of %1. The partner holds them until they are removed in Microsoft 365.</source>
        <translation>Vastgelegd: het besluit om de beheerdersrollen van %1 te verwijderen. De partner heeft ze totdat ze in Microsoft 365 zijn verwijderd.</translation>
    </message>
    <message>
        <source>Now remove the roles in the Microsoft 365 admin center: %1</source>
        <translation>Verwijder de rollen nu in het Microsoft 365-beheercentrum: %1</translation>
    </message>
    <message>
        <source>Then mark the step done: partnerdesk-cli todo done ID (partnerdesk-cli todo lists them).</source>
        <translation>Markeer de stap daarna als gedaan: partnerdesk-cli todo done ID (partnerdesk-cli todo toont de stappen).</translation>
    </message>
    <message>
        <source>todo: list done and withdrawn steps too.</source>
        <translation>todo: ook gedane en ingetrokken stappen tonen.</translation>
    </message>
    <message>
        <source>todo done, todo withdraw: a note kept with the step.</source>
        <translation>todo done, todo withdraw: een notitie die bij de stap wordt bewaard.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Besloten (UTC)</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Ouderdom (dagen)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Afgesloten (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Afgesloten door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>No decisions have waited on Microsoft 365 yet.</source>
        <translation>Er hebben nog geen besluiten op Microsoft 365 gewacht.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be done in Microsoft 365.</source>
        <translation>Er staat niets te doen in Microsoft 365.</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>decided %1 by %2, %n day(s) ago</source>
        <translation>
            <numerusform>besloten op %1 door %2, %n dag geleden</numerusform>
            <numerusform>besloten op %1 door %2, %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>closed %1 by %2%3</source>
        <translation>afgesloten op %1 door %2%3</translation>
    </message>
    <message>
        <source>the tenant differs from the register: %1 (%2)</source>
        <translation>de tenant wijkt af van het register: %1 (%2)</translation>
    </message>
    <message>
        <source>todo %1 needs the number of one to-do (see partnerdesk-cli todo).</source>
        <translation>todo %1 heeft het nummer van één taak nodig (zie partnerdesk-cli todo).</translation>
    </message>
    <message>
        <source>There is no to-do %1 in the register.</source>
        <translation>Er staat geen taak %1 in het register.</translation>
    </message>
    <message>
        <source>Was this done in Microsoft 365? Mark it as done? [y/N] </source>
        <translation>Is dit in Microsoft 365 gedaan? Als gedaan markeren? [j/N] </translation>
    </message>
    <message>
        <source>Withdraw this decision? [y/N] </source>
        <translation>Dit besluit intrekken? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Als gedaan gemarkeerd: %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Ingetrokken: %1</translation>
    </message>
    <message>
        <source>Unknown todo command %1: use todo, todo done ID or todo withdraw ID.</source>
        <translation>Onbekende todo-opdracht %1: gebruik todo, todo done ID of todo withdraw ID.</translation>
    </message>
    <message>
        <source>--receipt needs a receipt as partnerdesk-cli receipt prints it (PartnerDesk receipt v1 …).</source>
        <translation>--receipt verwacht een ontvangstbewijs zoals partnerdesk-cli receipt het toont (PartnerDesk receipt v1 …).</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) from elsewhere ignored (written for another register).</source>
        <translation>
            <numerusform>%n ontvangstbewijs van elders genegeerd (geschreven voor een ander register).</numerusform>
            <numerusform>%n ontvangstbewijzen van elders genegeerd (geschreven voor een ander register).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unreadable line(s) in the receipt files.</source>
        <translation>
            <numerusform>%n onleesbare regel in de bestanden met ontvangstbewijzen genegeerd.</numerusform>
            <numerusform>%n onleesbare regels in de bestanden met ontvangstbewijzen genegeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register has no audit history yet.</source>
        <translation>Het register heeft nog geen audithistorie.</translation>
    </message>
    <message>
        <source>verify-audit: also check against this receipt (as receipt prints it).</source>
        <translation>verify-audit: ook controleren tegen dit ontvangstbewijs (zoals receipt het toont).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format of list, history, todo and activity: table, json or csv; of demo-signins: json or csv.</source>
        <translation>Uitvoerindeling van list, history, todo en activity: table, json of csv; van demo-signins: json of csv.</translation>
    </message>
    <message>
        <source>history: only this partner&apos;s events; import: the partner a GDAP relationship file came from; activity: only this partner tenant.</source>
        <translation>history: alleen de gebeurtenissen van deze partner; import: de partner van wie een bestand met GDAP-relaties afkomstig is; activity: alleen deze partnertenant.</translation>
    </message>
    <message>
        <source>activity: count sign-ins over the last N days of the logs (default 90).</source>
        <translation>activity: aanmeldingen tellen over de laatste N dagen van de logboeken (standaard 90).</translation>
    </message>
    <message>
        <source>demo-signins, export: the file to write.</source>
        <translation>demo-signins, export: het bestand dat moet worden geschreven.</translation>
    </message>
    <message>
        <source>export: the review whose decisions the report carries (default: the newest; none: no review).</source>
        <translation>export: de beoordeling waarvan het rapport de besluiten bevat (standaard: de nieuwste; none: geen beoordeling).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>review start: the review&apos;s title (default: this quarter&apos;s).</source>
        <translation>review start: de titel van de beoordeling (standaard: die van dit kwartaal).</translation>
    </message>
    <message>
        <source>review start: the first day of the period it covers (YYYY-MM-DD).</source>
        <translation>review start: de eerste dag van de periode die de beoordeling beslaat (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>review start: the last day of the period it covers (YYYY-MM-DD).</source>
        <translation>review start: de laatste dag van de periode die de beoordeling beslaat (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>review decide ... request-end: how the partner was asked: email, phone, meeting or other.</source>
        <translation>review decide ... request-end: hoe de partner is gevraagd: email, phone, meeting of other.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>export: the CSV delimiter, &quot;,&quot; (default), &quot;;&quot; for Dutch Excel, or tab.</source>
        <translation>export: het CSV-scheidingsteken, &quot;,&quot; (standaard), &quot;;&quot; voor Excel met Nederlandse instellingen, of tab.</translation>
    </message>
    <message>
        <source>CHARACTER</source>
        <translation>TEKEN</translation>
    </message>
    <message>
        <source>verify-report needs one report file (JSON).</source>
        <translation>verify-report heeft één rapportbestand (JSON) nodig.</translation>
    </message>
    <message>
        <source>PartnerDesk command line: inspect and verify a register of Microsoft partner relationships.

Commands:
  init            create an empty register for your organisation in the --db file
                  (--organisation, --tenant, and the first operator: --operator, --name, --role...)
  create-demo     write the demo register to the --db file (which must not exist)
  info            organisation, schema version, counts and the newest audit hash
  list            partner relationships (--format table, json or csv)
  verify-audit    recompute the audit hash chain and name the first altered event, and compare
                  it with the receipts kept outside the register (and --receipt TEXT)
  receipt         the register&apos;s current audit receipt, to keep elsewhere (an email, a ticket)
  remove-roles    record the decision to remove the admin roles of the partners with these tenant
                  IDs (asks first; --yes); the roles stay until the to-do is done
  todo            steps still to do in Microsoft 365 (--all, --format); todo done ID marks one
                  done, todo withdraw ID reverses its decision (--note, --yes)
  history         the audit history, newest first (--partner, --limit, --format)
  import          import partner files: CSV, Graph GDAP relationships (--partner, --partner-name),
                  cross-tenant access partners, the admin center&apos;s partner list; shows the dry
                  run and asks first (--dry-run only shows, --yes applies without asking); Entra
                  sign-in and audit logs (JSON or CSV) are kept as evidence of partner activity
  activity        partner sign-ins per partner tenant from the imported logs (--partner, --days,
                  --format table, json or csv)
  review          the access review: review shows it (--format), review start (--title, --from,
                  --to), review decide TENANT-ID keep|remove-roles|request-end (--note,
                  --yes, --method), review sign-off (--note)
  export          the access report as --format csv, pdf or json to --output FILE (--lang,
                  --review ID or none, --delimiter &quot;;&quot; for Dutch Excel)
  verify-report   check a JSON report against the register: still matching, or which partner
                  changed since
  demo-signins    write a made-up sign-in log of the demo register to --output FILE (--format csv)
  operators       who may act in the register, with their Entra roles
  operator        add or change an operator: operator UPN --name NAME --role ROLE...
  upgrade         bring a register written by an older version up to this version&apos;s schema
  inspect-link    what an invitation link is and would grant, or why it is refused (--json);
                  with --eml FILE, every invitation link in a saved email

Exit codes: 0 ok, 1 check failed, 2 bad input.</source>
        <translation>PartnerDesk-opdrachtregel: een register van Microsoft-partnerrelaties inzien en controleren.

Opdrachten:
  init            een leeg register voor uw organisatie maken in het --db-bestand
                  (--organisation, --tenant en de eerste beheerder: --operator, --name, --role...)
  create-demo     het demoregister naar het --db-bestand schrijven (dat nog niet mag bestaan)
  info            organisatie, schemaversie, aantallen en de nieuwste audithash
  list            partnerrelaties (--format table, json of csv)
  verify-audit    de audithashketen herberekenen, de eerste gewijzigde gebeurtenis noemen en deze
                  vergelijken met de ontvangstbewijzen buiten het register (en --receipt TEKST)
  receipt         het huidige auditontvangstbewijs, om elders te bewaren (een e-mail, een ticket)
  remove-roles    het besluit vastleggen om de beheerdersrollen te verwijderen van de partners met
                  deze tenant-id&apos;s (vraagt eerst; --yes); de rollen blijven tot de taak is gedaan
  todo            stappen nog te doen in Microsoft 365 (--all, --format); todo done ID markeert er
                  één als gedaan, todo withdraw ID trekt het besluit ervan in (--note, --yes)
  history         de audithistorie, nieuwste eerst (--partner, --limit, --format)
  import          partnerbestanden importeren: CSV, GDAP-relaties uit Graph (--partner, --partner-name),
                  partners met toegang tussen tenants, de partnerlijst uit het beheercentrum; toont
                  de proefrun en vraagt eerst (--dry-run toont alleen, --yes past toe zonder vragen);
                  Entra-aanmeldings- en auditlogboeken (JSON of CSV) worden bewaard als bewijs
  activity        partneraanmeldingen per partnertenant uit de geïmporteerde logboeken (--partner,
                  --days, --format table, json of csv)
  review          de toegangsbeoordeling: review toont deze (--format), review start (--title,
                  --from, --to), review decide TENANT-ID keep|remove-roles|request-end (--note,
                  --yes, --method), review sign-off (--note)
  export          het toegangsrapport als --format csv, pdf of json naar --output BESTAND (--lang,
                  --review ID of none, --delimiter &quot;;&quot; voor Excel met Nederlandse instellingen)
  verify-report   een JSON-rapport controleren tegen het register: komt het nog overeen, of welke
                  partner is sindsdien gewijzigd
  demo-signins    een verzonnen aanmeldingslogboek van het demoregister naar --output BESTAND (--format csv)
  operators       wie in het register mag handelen, met hun Entra-rollen
  operator        een beheerder toevoegen of wijzigen: operator UPN --name NAAM --role ROL...
  upgrade         een register van een oudere versie bijwerken naar het schema van deze versie
  inspect-link    wat een uitnodigingskoppeling is en zou verlenen, of waarom deze wordt geweigerd
                  (--json); met --eml BESTAND: elke uitnodigingskoppeling in een opgeslagen e-mail

Afsluitcodes: 0 ok, 1 controle mislukt, 2 ongeldige invoer.</translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message>
        <source>Reading %1… %2%</source>
        <translation>%1 wordt gelezen… %2%</translation>
    </message>
    <message>
        <source>The file covers %1 to %2 (UTC).</source>
        <translation>Het bestand beslaat de periode van %1 tot %2 (UTC).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the file was refused as a whole.</source>
        <translation>Er is niets geïmporteerd uit %1: het bestand is in zijn geheel geweigerd.</translation>
    </message>
    <message>
        <source>The register already holds every partner sign-in and activity in %1; nothing to add.</source>
        <translation>Het register bevat al alle partneraanmeldingen en partneractiviteiten uit %1; er hoeft niets te worden toegevoegd.</translation>
    </message>
    <message>
        <source>Keep this evidence in the register? [y/N] </source>
        <translation>Dit bewijs in het register bewaren? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Er is niets geïmporteerd uit %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n partner sign-in(s)</source>
        <translation>
            <numerusform>%1 geïmporteerd: %n partneraanmelding</numerusform>
            <numerusform>%1 geïmporteerd: %n partneraanmeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>one audit event.</source>
        <translation>één auditgebeurtenis.</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3650.</source>
        <translation>--days heeft een geheel getal van 1 tot en met 3650 nodig.</translation>
    </message>
    <message>
        <source>Unknown format %1; use table, json or csv.</source>
        <translation>Onbekende indeling %1; gebruik table, json of csv.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>In register</translation>
    </message>
    <message>
        <source>Last sign-in (UTC)</source>
        <translation>Laatste aanmelding (UTC)</translation>
    </message>
    <message>
        <source>Sign-ins 30 days</source>
        <translation>Aanmeldingen 30 dagen</translation>
    </message>
    <message>
        <source>Sign-ins %1 days</source>
        <translation>Aanmeldingen %1 dagen</translation>
    </message>
    <message>
        <source>Failed 30 days</source>
        <translation>Mislukt 30 dagen</translation>
    </message>
    <message>
        <source>Failed %1 days</source>
        <translation>Mislukt %1 dagen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log first (partnerdesk-cli import FILE).</source>
        <translation>Geen activiteitsbewijs: importeer eerst een Entra-aanmeldingslogboek (partnerdesk-cli import BESTAND).</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %1 (%n import(s))</source>
        <translation>
            <numerusform>Bewijs: %1 (%n import)</numerusform>
            <numerusform>Bewijs: %1 (%n imports)</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner signed in during the evidence period.</source>
        <translation>Er heeft zich geen partner aangemeld in de periode van het bewijs.</translation>
    </message>
    <message>
        <source>Service provider with access, not in your register: %1 (%2)</source>
        <translation>Serviceprovider met toegang, niet in uw register: %1 (%2)</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>naam niet vermeld</translation>
    </message>
    <message>
        <source>demo-signins needs --output FILE.</source>
        <translation>demo-signins vereist --output BESTAND.</translation>
    </message>
    <message>
        <source>Unknown format %1; use json or csv.</source>
        <translation>Onbekende indeling %1; gebruik json of csv.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 bestaat al; kies een nieuw bestand.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo register&apos;s sign-in log (%n record(s)) to %1.</source>
        <translation>
            <numerusform>Het aanmeldingslogboek van het demoregister (%n record) is geschreven naar %1.</numerusform>
            <numerusform>Het aanmeldingslogboek van het demoregister (%n records) is geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message numerus="yes">
        <source>%n partner lifecycle event(s)</source>
        <translation>
            <numerusform>%n partnergebeurtenis</numerusform>
            <numerusform>%n partnergebeurtenissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on To do in Microsoft 365 confirmed done by the audit log.</source>
        <translation>
            <numerusform>%n stap op Te doen in Microsoft 365 door het auditlogboek bevestigd als gedaan.</numerusform>
            <numerusform>%n stappen op Te doen in Microsoft 365 door het auditlogboek bevestigd als gedaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliReports</name>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export vereist --output BESTAND.</translation>
    </message>
    <message>
        <source>Unknown report format %1; use csv, pdf or json.</source>
        <translation>Onbekende rapportindeling %1; gebruik csv, pdf of json.</translation>
    </message>
    <message>
        <source>The delimiter must be &quot;,&quot;, &quot;;&quot; or tab.</source>
        <translation>Het scheidingsteken moet &quot;,&quot;, &quot;;&quot; of tab zijn.</translation>
    </message>
    <message>
        <source>--delimiter is for CSV reports only.</source>
        <translation>--delimiter is alleen voor CSV-rapporten.</translation>
    </message>
    <message>
        <source>--review needs a review number or none.</source>
        <translation>--review heeft een beoordelingsnummer of none nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report on %n partner(s) to %1.</source>
        <translation>
            <numerusform>Het rapport over %n partner is geschreven naar %1.</numerusform>
            <numerusform>Het rapport over %n partners is geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it against the register later with: %1</source>
        <translation>Controleer het later tegen het register met: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The report does not match the register: %1</source>
        <translation>Het rapport komt niet overeen met het register: %1</translation>
    </message>
    <message>
        <source>The report matches the register.</source>
        <translation>Het rapport komt overeen met het register.</translation>
    </message>
    <message numerus="yes">
        <source>The history has %n event(s) newer than the report; none of them changes what it says.</source>
        <translation>
            <numerusform>De historie bevat %n gebeurtenis die nieuwer is dan het rapport; deze verandert niets aan wat erin staat.</numerusform>
            <numerusform>De historie bevat %n gebeurtenissen die nieuwer zijn dan het rapport; geen ervan verandert iets aan wat erin staat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report no longer matches the register:</source>
        <translation>Het rapport komt niet meer overeen met het register:</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 van %1: %2</translation>
    </message>
</context>
<context>
    <name>CliReview</name>
    <message>
        <source>No review was started yet. Start one with: review start</source>
        <translation>Er is nog geen beoordeling gestart. Start er een met: review start</translation>
    </message>
    <message>
        <source>Unknown format %1; use table or json.</source>
        <translation>Onbekende indeling %1; gebruik table of json.</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Beoordeling %1: %2</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periode: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Started review %1: %2 (%n partner(s)).</source>
        <translation>
            <numerusform>Beoordeling %1 gestart: %2 (%n partner).</numerusform>
            <numerusform>Beoordeling %1 gestart: %2 (%n partners).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown decision %1; use keep, remove-roles or request-end.</source>
        <translation>Onbekend besluit %1; gebruik keep, remove-roles of request-end.</translation>
    </message>
    <message>
        <source>No review is open: start one first.</source>
        <translation>Er is geen beoordeling open: start er eerst een.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is part of the open review.</source>
        <translation>Er maakt geen partner met tenant-id %1 deel uit van de open beoordeling.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No review is open to sign off.</source>
        <translation>Er is geen open beoordeling om af te tekenen.</translation>
    </message>
    <message>
        <source>Review %1: %2.</source>
        <translation>Beoordeling %1: %2.</translation>
    </message>
    <message>
        <source>Use review, review start [--title, --from, --to], review decide TENANT-ID keep|remove-roles|request-end [--note, --method], or review sign-off [--note].</source>
        <translation>Gebruik review, review start [--title, --from, --to], review decide TENANT-ID keep|remove-roles|request-end [--note, --method] of review sign-off [--note].</translation>
    </message>
    <message>
        <source>Remove roles? This records the decision to remove the admin roles of %1 (to do in Microsoft 365 afterwards). Add --yes to answer Yes.</source>
        <translation>Rollen verwijderen? Dit legt het besluit vast om de beheerdersrollen van %1 te verwijderen (daarna te doen in Microsoft 365). Voeg --yes toe om Ja te antwoorden.</translation>
    </message>
    <message>
        <source>Say how the partner was asked to end the relationship: --method email, phone, meeting or other.</source>
        <translation>Geef aan hoe de partner is gevraagd de relatie te beëindigen: --method email, phone, meeting of other.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact selected providers</source>
        <translation>Contact opnemen met geselecteerde providers</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>Naam van &amp;organisatie:</translation>
    </message>
    <message>
        <source>Organisation &amp;size:</source>
        <translation>&amp;Grootte van organisatie:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Telefoon (optioneel):</translation>
    </message>
    <message>
        <source>Your &amp;business needs:</source>
        <translation>&amp;Wat uw organisatie nodig heeft:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Verzenden</translation>
    </message>
    <message numerus="yes">
        <source>One request to each of these %n provider(s): %1</source>
        <translation>
            <numerusform>Eén verzoek aan %n provider: %1</numerusform>
            <numerusform>Eén verzoek aan elk van deze %n providers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue requests</source>
        <translation>Aanvragen in de &amp;wachtrij zetten</translation>
    </message>
    <message>
        <source>No directory service is set up: the requests wait in the outbox until one is reachable.</source>
        <translation>Er is geen directoryservice ingesteld: de aanvragen wachten in de outbox tot er een bereikbaar is.</translation>
    </message>
</context>
<context>
    <name>ContactRequest</name>
    <message>
        <source>Queued (not sent yet)</source>
        <translation>In de wachtrij (nog niet verzonden)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Enter your organisation&apos;s name.</source>
        <translation>Vul de naam van uw organisatie in.</translation>
    </message>
    <message>
        <source>Choose your organisation&apos;s size.</source>
        <translation>Kies de grootte van uw organisatie.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Vul uw naam in.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@school.example.</source>
        <translation>Vul een e-mailadres in, zoals naam@school.example.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, +, -, ( and ) only.</source>
        <translation>Het telefoonnummer mag alleen cijfers, spaties, +, -, ( en ) bevatten.</translation>
    </message>
    <message>
        <source>Describe your business needs.</source>
        <translation>Beschrijf wat uw organisatie nodig heeft.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>De beschrijving is %1 tekens lang; maximaal %2 tekens zijn toegestaan.</translation>
    </message>
    <message>
        <source>Select at least one provider.</source>
        <translation>Selecteer ten minste één provider.</translation>
    </message>
    <message>
        <source>Set a directory service to send the requests to.</source>
        <translation>Stel een directoryservice in waarnaar de verzoeken kunnen worden verzonden.</translation>
    </message>
</context>
<context>
    <name>CrossTenantPartnerReader</name>
    <message>
        <source>The entry has no tenantId.</source>
        <translation>De vermelding heeft geen tenantId.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen tenant-id (een GUID).</translation>
    </message>
    <message>
        <source>The tenant %1 appears twice in the file (first as record %2).</source>
        <translation>De tenant %1 komt twee keer voor in het bestand (eerst als record %2).</translation>
    </message>
    <message>
        <source>isServiceProvider is neither true nor false.</source>
        <translation>isServiceProvider is niet true en ook niet false.</translation>
    </message>
    <message>
        <source>The entry&apos;s settings are larger than %1 KB.</source>
        <translation>De instellingen van de vermelding zijn groter dan %1 KB.</translation>
    </message>
    <message>
        <source>Service provider %1 (not yet identified)</source>
        <translation>Serviceprovider %1 (nog niet geïdentificeerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) skipped: not a service provider.</source>
        <translation>
            <numerusform>%n tenant overgeslagen: geen serviceprovider.</numerusform>
            <numerusform>%n tenants overgeslagen: geen serviceprovider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvPartnerReader</name>
    <message>
        <source>Line %1 has a cell longer than %2 characters.</source>
        <translation>Regel %1 bevat een cel van meer dan %2 tekens.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>Regel %1 heeft meer dan %2 kolommen.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed.</source>
        <translation>Een cel tussen aanhalingstekens die op regel %1 begint, wordt nergens afgesloten.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>De kolom %1 komt twee keer voor.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>The header row has no tenant ID column (&quot;Tenant ID&quot; or &quot;Partner tenant ID&quot;).</source>
        <translation>De koprij heeft geen kolom met de tenant-id (&quot;Tenant-id&quot; of &quot;Tenant-id van de partner&quot;).</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Genegeerde kolommen: %1.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Gelezen als %1.</translation>
    </message>
    <message>
        <source>This line has %1 cells where the header has %2.</source>
        <translation>Deze regel heeft %1 cellen, terwijl de koprij er %2 heeft.</translation>
    </message>
    <message>
        <source>The tenant ID is missing.</source>
        <translation>De tenant-id ontbreekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen tenant-id (een GUID).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known role name nor a role template ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen bekende rolnaam en ook geen rolsjabloon-id (een GUID).</translation>
    </message>
    <message>
        <source>Agreement states without a date (&quot;%1&quot;) record nothing; give the date it was accepted on.</source>
        <translation>Een status van de overeenkomst zonder datum (&quot;%1&quot;) legt niets vast; geef de datum op waarop de overeenkomst is geaccepteerd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as 2026-11-24 or 24-11-2026.</source>
        <translation>&quot;%1&quot; is geen datum; schrijf datums als 2026-11-24 of 24-11-2026.</translation>
    </message>
    <message>
        <source>The file holds more than %1 records; split it.</source>
        <translation>Het bestand bevat meer dan %1 records; splits het op.</translation>
    </message>
</context>
<context>
    <name>CsvRecordStream</name>
    <message>
        <source>The file is UTF-16 text; Entra downloads are UTF-8. Download it again rather than saving it from Excel.</source>
        <translation>Het bestand is UTF-16-tekst; downloads uit Entra zijn UTF-8. Download het opnieuw in plaats van het vanuit Excel op te slaan.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 never ends: the file was cut off.</source>
        <translation>Een cel tussen aanhalingstekens die op regel %1 begint, wordt nergens afgesloten: het bestand is afgebroken.</translation>
    </message>
    <message>
        <source>The row on line %1 is larger than 1 MiB.</source>
        <translation>De rij op regel %1 is groter dan 1 MiB.</translation>
    </message>
    <message>
        <source>The row on line %1 has too many columns.</source>
        <translation>De rij op regel %1 heeft te veel kolommen.</translation>
    </message>
    <message>
        <source>The file could not be read to its end (at line %1).</source>
        <translation>Het bestand kon niet tot het einde worden gelezen (bij regel %1).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 cannot be read: %2.</source>
        <translation>Het register %1 kan niet worden gelezen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk register: it is not an SQLite database.</source>
        <translation>%1 is geen PartnerDesk-register: het is geen SQLite-database.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PartnerDesk register.</source>
        <translation>%1 is een SQLite-database, maar geen PartnerDesk-register.</translation>
    </message>
    <message>
        <source>The register %1 could not be used: %2.</source>
        <translation>Het register %1 kan niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>Er is geen registerbestand opgegeven.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>Het register %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 already exists; PartnerDesk does not overwrite files.</source>
        <translation>%1 bestaat al; PartnerDesk overschrijft geen bestanden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 is een map, geen registerbestand.</translation>
    </message>
    <message>
        <source>The folder for the register %1 cannot be created.</source>
        <translation>De map voor het register %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; run scripts/install-deps.</source>
        <translation>Het SQLite-stuurprogramma voor Qt (QSQLITE) is niet geïnstalleerd; voer scripts/install-deps uit.</translation>
    </message>
    <message>
        <source>The register %1 is damaged or unreadable: %2.</source>
        <translation>Het register %1 is beschadigd of onleesbaar: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk register.</source>
        <translation>%1 is geen PartnerDesk-register.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migratie %1 ontbreekt in deze build.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a PartnerDesk register.</source>
        <translation>%1 is een leeg bestand, geen PartnerDesk-register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (schema version %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1 is gemaakt door een nieuwere versie van PartnerDesk (schemaversie %2; deze versie leest tot en met %3). Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The register %1 cannot be created.</source>
        <translation>Het register %1 kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk (schema version %2; this version uses %3) and was left unchanged. Upgrade it first: open it in PartnerDesk, or run partnerdesk-cli upgrade --db FILE.</source>
        <translation>%1 is gemaakt door een oudere versie van PartnerDesk (schemaversie %2; deze versie gebruikt %3) en is niet gewijzigd. Werk het eerst bij: open het in PartnerDesk of voer partnerdesk-cli upgrade --db BESTAND uit.</translation>
    </message>
</context>
<context>
    <name>DirectoryEndpoint</name>
    <message>
        <source>No directory service is set up.</source>
        <translation>Er is geen directoryservice ingesteld.</translation>
    </message>
    <message>
        <source>The directory service address is not a valid URL.</source>
        <translation>Het adres van de directoryservice is geen geldige URL.</translation>
    </message>
    <message>
        <source>The directory service address may not contain a user name or password.</source>
        <translation>Het adres van de directoryservice mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>The directory service must use https (plain http only to this computer itself).</source>
        <translation>De directoryservice moet https gebruiken (gewone http alleen naar deze computer zelf).</translation>
    </message>
</context>
<context>
    <name>DirectoryRefresher</name>
    <message>
        <source>The directory service sent a page that is not valid directory JSON; the catalogue was kept.</source>
        <translation>De directoryservice stuurde een pagina die geen geldige directory-JSON is; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>The directory service sent an entry without a valid tenant ID or name; the catalogue was kept.</source>
        <translation>De directoryservice stuurde een vermelding zonder geldige tenant-id of naam; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the catalogue was kept.</source>
        <translation>Vernieuwen geannuleerd; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>The directory service sent more than PartnerDesk accepts; the catalogue was kept.</source>
        <translation>De directoryservice stuurde meer dan PartnerDesk accepteert; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>The directory service sent a next link to another address; the catalogue was kept.</source>
        <translation>De directoryservice stuurde een volgende-koppeling naar een ander adres; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation>de service antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The directory could not be refreshed (%1); the catalogue was kept.</source>
        <translation>De directory kon niet worden vernieuwd (%1); de catalogus is behouden.</translation>
    </message>
    <message>
        <source>The directory service sent an entry with more than %1 locations, sizes, keywords or industries; the catalogue was kept.</source>
        <translation>De directoryservice stuurde een vermelding met meer dan %1 locaties, grootten, trefwoorden of branches; de catalogus is behouden.</translation>
    </message>
    <message>
        <source>The directory service sent a page larger than %1 MB; the catalogue was kept.</source>
        <translation>De directoryservice stuurde een pagina groter dan %1 MB; de catalogus is behouden.</translation>
    </message>
</context>
<context>
    <name>EndRequestDialog</name>
    <message>
        <source>Request end of relationship</source>
        <translation>Beëindiging van relatie aanvragen</translation>
    </message>
    <message>
        <source>&amp;Date of contact:</source>
        <translation>&amp;Datum van contact:</translation>
    </message>
    <message>
        <source>&amp;Contacted by:</source>
        <translation>&amp;Contact via:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Only %1 can end the relationship. Record here that you asked them to; PartnerDesk shows &quot;End requested&quot; until you mark that the partner ended it.</source>
        <translation>Alleen %1 kan de relatie beëindigen. Leg hier vast dat u erom hebt gevraagd; PartnerDesk toont &quot;Beëindiging aangevraagd&quot; totdat u vastlegt dat de partner de relatie heeft beëindigd.</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>Aanvraag &amp;vastleggen</translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2.</source>
        <translation>De notitie is %1 tekens lang; kort deze in tot %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>PDF — to read and hand to an auditor</source>
        <translation>PDF — om te lezen en aan een auditor te geven</translation>
    </message>
    <message>
        <source>CSV — for a spreadsheet</source>
        <translation>CSV — voor een spreadsheet</translation>
    </message>
    <message>
        <source>JSON — to check later with verify-report</source>
        <translation>JSON — om later te controleren met verify-report</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>No review: the register as it is</source>
        <translation>Geen beoordeling: het register zoals het nu is</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Beoordeling:</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel with Dutch settings</source>
        <translation>Puntkomma (;) — Excel met Nederlandse instellingen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>Also save the report as &amp;JSON beside it, to check it against the register</source>
        <translation>Het rapport ook als &amp;JSON ernaast opslaan, om het tegen het register te controleren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>partner-access-report</source>
        <translation>rapport-partnertoegang</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Kies waar het rapport moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam op.</translation>
    </message>
    <message>
        <source>Saved the report to %1 and, to check it, %2.</source>
        <translation>Het rapport is opgeslagen in %1 en, om het te controleren, in %2.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Het rapport is opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The PDF and its JSON would be the same file; give the PDF the extension .pdf.</source>
        <translation>De PDF en de JSON zouden hetzelfde bestand worden; geef de PDF de extensie .pdf.</translation>
    </message>
    <message>
        <source>Replace the JSON?</source>
        <translation>JSON vervangen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this report&apos;s JSON?</source>
        <translation>%1 bestaat al. Vervangen door de JSON van dit rapport?</translation>
    </message>
    <message>
        <source>Choose another name, or clear &quot;Also save the report as JSON&quot;.</source>
        <translation>Kies een andere naam, of vink &quot;Het rapport ook als JSON opslaan&quot; uit.</translation>
    </message>
</context>
<context>
    <name>FindPartnerPage</name>
    <message numerus="yes">
        <source>Refreshing the directory: %n partner(s) read</source>
        <translation>
            <numerusform>Directory vernieuwen: %n partner gelezen</numerusform>
            <numerusform>Directory vernieuwen: %n partners gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory service is busy; trying again in %n second(s)…</source>
        <translation>
            <numerusform>De directoryservice is bezet; opnieuw proberen over %n seconde…</numerusform>
            <numerusform>De directoryservice is bezet; opnieuw proberen over %n seconden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Directory refreshed: %n partner(s).</source>
        <translation>
            <numerusform>Directory vernieuwd: %n partner.</numerusform>
            <numerusform>Directory vernieuwd: %n partners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Elke grootte</translation>
    </message>
    <message>
        <source>Directory service saved.</source>
        <translation>Directoryservice opgeslagen.</translation>
    </message>
    <message>
        <source>The partner directory is not available.</source>
        <translation>De partnerdirectory is niet beschikbaar.</translation>
    </message>
    <message>
        <source>The first 200 matches of %1 partners in the directory; add words to narrow them down.</source>
        <translation>De eerste 200 treffers van %1 partners in de directory; voeg woorden toe om de zoekopdracht te verfijnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick one or more providers first</source>
        <translation>Vink eerst een of meer providers aan</translation>
    </message>
    <message numerus="yes">
        <source>Write one request to the %n selected provider(s)</source>
        <translation>
            <numerusform>Eén verzoek schrijven aan %n geselecteerde provider</numerusform>
            <numerusform>Eén verzoek schrijven aan de %n geselecteerde providers</numerusform>
        </translation>
    </message>
    <message>
        <source>Download the directory again from the directory service</source>
        <translation>De directory opnieuw downloaden van de directoryservice</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to the outbox; sending now.</source>
        <translation>
            <numerusform>%n verzoek in Postvak UIT geplaatst; wordt nu verzonden.</numerusform>
            <numerusform>%n verzoeken in Postvak UIT geplaatst; worden nu verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to the outbox; they are sent when a directory service is set up and reachable.</source>
        <translation>
            <numerusform>%n verzoek in Postvak UIT geplaatst; het wordt verzonden zodra een directoryservice is ingesteld en bereikbaar is.</numerusform>
            <numerusform>%n verzoeken in Postvak UIT geplaatst; ze worden verzonden zodra een directoryservice is ingesteld en bereikbaar is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing the directory…</source>
        <translation>Directory vernieuwen…</translation>
    </message>
    <message>
        <source>City or country</source>
        <translation>Plaats of land</translation>
    </message>
    <message>
        <source>Organisation si&amp;ze</source>
        <translation>&amp;Grootte van organisatie</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>T&amp;refwoorden</translation>
    </message>
    <message>
        <source>Services, e.g. Intune security</source>
        <translation>Diensten, bijv. Intune-beveiliging</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Organisation sizes</source>
        <translation>Organisatiegrootten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Uw verzoek</translation>
    </message>
    <message>
        <source>&amp;Contact selected providers</source>
        <translation>&amp;Contact opnemen met geselecteerde providers</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Directory service:</source>
        <translation>&amp;Directoryservice:</translation>
    </message>
    <message>
        <source>https://… (none: search the catalogue in the register)</source>
        <translation>https://… (geen: zoek in de catalogus in het register)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Queued contact requests</source>
        <translation>Contactverzoeken in de wachtrij</translation>
    </message>
    <message>
        <source>Directory service saved. The queued requests wait for the service they were written for.</source>
        <translation>Directoryservice opgeslagen. De verzoeken in de wachtrij wachten op de service waarvoor ze zijn geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Directory service saved. %n queued request(s) will be sent to it.</source>
        <translation>
            <numerusform>Directoryservice opgeslagen. %n verzoek in de wachtrij wordt ernaar verzonden.</numerusform>
            <numerusform>Directoryservice opgeslagen. %n verzoeken in de wachtrij worden ernaar verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact request(s) with your contact details could not be sent yet: written for another directory service, or while none was set.

Send to %1 now?</source>
        <translation>
            <numerusform>%n contactverzoek met uw contactgegevens kon nog niet worden verzonden: het is geschreven voor een andere directoryservice, of toen er geen was ingesteld.

Nu naar %1 verzenden?</numerusform>
            <numerusform>%n contactverzoeken met uw contactgegevens konden nog niet worden verzonden: ze zijn geschreven voor een andere directoryservice, of toen er geen was ingesteld.

Nu naar %1 verzenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>Directory &amp;vernieuwen</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>Welkom bij PartnerDesk</translation>
    </message>
    <message>
        <source>There is no register on this computer yet. A register holds your organisation&apos;s partners, the admin roles they hold and every decision taken about them.</source>
        <translation>Er is nog geen register op deze computer. Een register bevat de partners van uw organisatie, de beheerdersrollen die ze hebben en elk besluit dat over hen is genomen.</translation>
    </message>
    <message>
        <source>Look around in the &amp;demo register of a fictional school</source>
        <translation>Rondkijken in het &amp;demoregister van een fictieve school</translation>
    </message>
    <message>
        <source>&amp;Create the register of my organisation</source>
        <translation>Het register van mijn organisatie &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;tenant ID:</source>
        <translation>&amp;Tenant-id van organisatie:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Your &amp;UPN:</source>
        <translation>Uw &amp;UPN:</translation>
    </message>
    <message>
        <source>Your Entra &amp;roles:</source>
        <translation>Uw Entra-&amp;rollen:</translation>
    </message>
    <message>
        <source>name@school.example</source>
        <translation>naam@school.example</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>The first operator must be a Global Administrator, who can then add the others.</source>
        <translation>De eerste beheerder moet de rol Globale beheerder hebben; die kan daarna de andere beheerders toevoegen.</translation>
    </message>
</context>
<context>
    <name>GdapDetails</name>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Wordt geactiveerd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <translation>Beëindiging aangevraagd</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wordt beëindigd</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>GraphRelationshipReader</name>
    <message>
        <source>The relationship has no id.</source>
        <translation>De relatie heeft geen id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GDAP relationship id (a GUID, or two joined by a hyphen).</source>
        <translation>&quot;%1&quot; is geen id van een GDAP-relatie (een GUID, of twee GUID&apos;s verbonden door een koppelteken).</translation>
    </message>
    <message>
        <source>The relationship %1 appears twice in the file (first as record %2).</source>
        <translation>De relatie %1 komt twee keer voor in het bestand (eerst als record %2).</translation>
    </message>
    <message>
        <source>The relationship does not name its customer&apos;s tenant.</source>
        <translation>De relatie vermeldt de tenant van de klant niet.</translation>
    </message>
    <message>
        <source>This relationship is with another customer (tenant %1), not with this register&apos;s organisation.</source>
        <translation>Deze relatie is met een andere klant (tenant %1), niet met de organisatie van dit register.</translation>
    </message>
    <message>
        <source>The relationship has no status.</source>
        <translation>De relatie heeft geen status.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration such as P730D.</source>
        <translation>&quot;%1&quot; is geen ISO 8601-duur zoals P730D.</translation>
    </message>
    <message>
        <source>Auto-extend is either P180D or PT0S, not &quot;%1&quot;.</source>
        <translation>Automatisch verlengen is P180D of PT0S, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role template ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen rolsjabloon-id (een GUID).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with its zone (such as 2026-11-24T09:30:00Z).</source>
        <translation>&quot;%1&quot; is geen datum en tijd met tijdzone (zoals 2026-11-24T09:30:00Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n access assignment(s) read; their roles are those of their relationships.</source>
        <translation>
            <numerusform>%n toegangstoewijzing gelezen; de rollen ervan zijn die van de bijbehorende relatie.</numerusform>
            <numerusform>%n toegangstoewijzingen gelezen; hun rollen zijn die van de bijbehorende relaties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other GDAP relationship(s) of this partner kept as background; the register shows %1 and the roles of every relationship that grants access.</source>
        <translation>
            <numerusform>%n andere GDAP-relatie van deze partner is als achtergrondinformatie bewaard; het register toont %1 en de rollen van elke relatie die toegang verleent.</numerusform>
            <numerusform>%n andere GDAP-relaties van deze partner zijn als achtergrondinformatie bewaard; het register toont %1 en de rollen van elke relatie die toegang verleent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status is longer than 64 characters.</source>
        <translation>De status is langer dan 64 tekens.</translation>
    </message>
    <message>
        <source>The relationship does not list its roles (accessDetails.unifiedRoles).</source>
        <translation>De relatie vermeldt de rollen niet (accessDetails.unifiedRoles).</translation>
    </message>
    <message>
        <source>A relationship has at most %1 admin roles.</source>
        <translation>Een relatie heeft maximaal %1 beheerdersrollen.</translation>
    </message>
    <message>
        <source>The relationship name is longer than %1 characters or not plain text.</source>
        <translation>De naam van de relatie is langer dan %1 tekens of is geen platte tekst.</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not a single word such as active.</source>
        <translation>De status &quot;%1&quot; is geen enkel woord zoals active.</translation>
    </message>
    <message>
        <source>The file holds more than %1 GDAP relationships for one partner.</source>
        <translation>Het bestand bevat meer dan %1 GDAP-relaties voor één partner.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>This file holds GDAP relationships as a partner exports them. They name your organisation, not the partner: which partner did it come from?</source>
        <translation>Dit bestand bevat GDAP-relaties zoals een partner ze exporteert. Daarin staat uw organisatie, niet de partner: van welke partner komt het bestand?</translation>
    </message>
    <message>
        <source>&amp;Partner in the register:</source>
        <translation>&amp;Partner in het register:</translation>
    </message>
    <message>
        <source>Another partner (give its tenant ID)</source>
        <translation>Een andere partner (geef de tenant-id op)</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;tenant ID:</source>
        <translation>Tenant-&amp;id van partner:</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;name (when new):</source>
        <translation>&amp;Naam van partner (indien nieuw):</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>Bestand &amp;lezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <source>Nothing can be applied while records are rejected: the file applies whole or not at all. Correct the file and import it again.</source>
        <translation>Er kan niets worden toegepast zolang er records zijn afgewezen: het bestand wordt in zijn geheel toegepast of helemaal niet. Corrigeer het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The register already holds what this file says; there is nothing to apply.</source>
        <translation>Het register bevat al wat er in dit bestand staat; er is niets toe te passen.</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>%1 geïmporteerd: %2.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>CSV partner list</source>
        <translation>CSV-partnerlijst</translation>
    </message>
    <message>
        <source>GDAP relationships (Microsoft Graph JSON)</source>
        <translation>GDAP-relaties (JSON uit Microsoft Graph)</translation>
    </message>
    <message>
        <source>Cross-tenant access partners (Microsoft Graph JSON)</source>
        <translation>Partners met toegang tussen tenants (JSON uit Microsoft Graph)</translation>
    </message>
    <message>
        <source>Partner list saved from the Microsoft 365 admin center</source>
        <translation>Partnerlijst opgeslagen uit het Microsoft 365-beheercentrum</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>added %1, updated %2, unchanged %3, rejected %4</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgewezen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>added     %1 (%2), record %3</source>
        <translation>toegevoegd %1 (%2), record %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>updated   %1 (%2), record %3: %4</source>
        <translation>bijgewerkt %1 (%2), record %3: %4</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, veld %2</translation>
    </message>
    <message>
        <source>rejected  %1: %2</source>
        <translation>afgewezen  %1: %2</translation>
    </message>
    <message>
        <source>confirms  to-do %1: %2</source>
        <translation>bevestigt  taak %1: %2</translation>
    </message>
    <message>
        <source>differs   %1 (%2): the tenant differs from the register; to-do %3 was marked done</source>
        <translation>wijkt af   %1 (%2): de tenant wijkt af van het register; taak %3 is als gedaan gemarkeerd</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>no admin roles</source>
        <translation>geen beheerdersrollen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>De import is geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is geen leesbaar bestand.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; PartnerDesk imports files up to that size.</source>
        <translation>%1 is groter dan %2 MB; PartnerDesk importeert bestanden tot die grootte.</translation>
    </message>
    <message>
        <source>%1 is not a file PartnerDesk can import: expected a CSV partner list, Graph GDAP relationships, cross-tenant access partners or the admin center&apos;s partner list.</source>
        <translation>%1 is geen bestand dat PartnerDesk kan importeren: verwacht werd een CSV-partnerlijst, GDAP-relaties uit Graph, partners met toegang tussen tenants of de partnerlijst uit het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>%1 holds GDAP relationships, which do not name the partner: say which partner it came from (its tenant ID).</source>
        <translation>%1 bevat GDAP-relaties, waarin de partner niet wordt genoemd: geef op van welke partner het bestand komt (de tenant-id van die partner).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID (a GUID).</source>
        <translation>&quot;%1&quot; is geen tenant-id (een GUID).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kan niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <source>The partner %1 appears twice in the file (first as record %2).</source>
        <translation>De partner %1 komt twee keer voor in het bestand (eerst als record %2).</translation>
    </message>
    <message>
        <source>The partner %1 is not in the register yet and the file gives no name for it.</source>
        <translation>De partner %1 staat nog niet in het register en het bestand geeft geen naam voor deze partner.</translation>
    </message>
    <message>
        <source>The GDAP relationship %1 belongs to %2 in the register, not to this partner.</source>
        <translation>De GDAP-relatie %1 hoort in het register bij %2, niet bij deze partner.</translation>
    </message>
    <message>
        <source>The register changed since the dry run of %1; run the import again to see what it would do now.</source>
        <translation>Het register is gewijzigd sinds de proefrun van %1; voer de import opnieuw uit om te zien wat die nu zou doen.</translation>
    </message>
    <message>
        <source>as reported in %1</source>
        <translation>zoals vermeld in %1</translation>
    </message>
    <message>
        <source>%1 is a %2, which names its partners itself; a partner is given only with GDAP relationship files.</source>
        <translation>%1 is een %2, die zelf de partners noemt; een partner geeft u alleen op bij bestanden met GDAP-relaties.</translation>
    </message>
    <message>
        <source>The tenant ID of all zeros is not a partner&apos;s tenant.</source>
        <translation>Een tenant-id met alleen nullen is geen tenant van een partner.</translation>
    </message>
    <message>
        <source>%1 is your own organisation&apos;s tenant, not a partner&apos;s.</source>
        <translation>%1 is de tenant van uw eigen organisatie, niet van een partner.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more record(s) rejected.</source>
        <translation>
            <numerusform>en nog %n record afgewezen.</numerusform>
            <numerusform>en nog %n records afgewezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n rejected record(s). Correct the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd uit %1: %n afgewezen record. Corrigeer het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd uit %1: %n afgewezen records. Corrigeer het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shows this step done, so its to-do will close: %2</source>
        <translation>%1 toont deze stap als gedaan, dus de taak wordt afgesloten: %2</translation>
    </message>
    <message>
        <source>The tenant differs from the register: %1 holds admin roles again, though their removal was marked done on %2.</source>
        <translation>De tenant wijkt af van het register: %1 heeft weer beheerdersrollen, hoewel de verwijdering ervan op %2 als gedaan is gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Het bestand is geen geldige JSON: %1 (bij byte %2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Het bestand is geen geldige UTF-16-tekst.</translation>
    </message>
    <message>
        <source>The file is UTF-8 text with a byte that is not UTF-8 on line %1; save it again as UTF-8.</source>
        <translation>Het bestand is UTF-8-tekst met een byte op regel %1 die geen UTF-8 is; sla het opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is text in neither UTF-8 nor Windows-1252.</source>
        <translation>Regel %1 bevat een byte die noch in UTF-8 noch in Windows-1252 tekst is.</translation>
    </message>
    <message>
        <source>The file holds more than %1 records; split it.</source>
        <translation>Het bestand bevat meer dan %1 records; splits het op.</translation>
    </message>
    <message>
        <source>The record is larger than %1 KB.</source>
        <translation>Het record is groter dan %1 KB.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
</context>
<context>
    <name>InvitationEmailDialog</name>
    <message>
        <source>Invitation links in %1</source>
        <translation>Uitnodigingskoppelingen in %1</translation>
    </message>
    <message>
        <source>Invitation links found</source>
        <translation>Gevonden uitnodigingskoppelingen</translation>
    </message>
    <message>
        <source>&amp;Record selected</source>
        <translation>Geselecteerde &amp;vastleggen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) found. Tick the ones to record; nothing is recorded until you choose Record selected.</source>
        <translation>
            <numerusform>%n uitnodigingskoppeling gevonden. Vink aan wat u wilt vastleggen; er wordt niets vastgelegd totdat u Geselecteerde vastleggen kiest.</numerusform>
            <numerusform>%n uitnodigingskoppelingen gevonden. Vink aan welke u wilt vastleggen; er wordt niets vastgelegd totdat u Geselecteerde vastleggen kiest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Alleen de eerste %1 worden getoond.</translation>
    </message>
    <message numerus="yes">
        <source>%n other link(s) look like invitations but are refused, e.g.: %1</source>
        <translation>
            <numerusform>%n andere koppeling lijkt een uitnodiging, maar wordt geweigerd: %1</numerusform>
            <numerusform>%n andere koppelingen lijken uitnodigingen, maar worden geweigerd, bijvoorbeeld: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — partner %2</source>
        <translation>%1 — partner %2</translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>Paste the invitation link from the partner&apos;s email.</source>
        <translation>Plak de uitnodigingskoppeling uit de e-mail van de partner.</translation>
    </message>
    <message>
        <source>This is not a web link.</source>
        <translation>Dit is geen webkoppeling.</translation>
    </message>
    <message>
        <source>The link does not use https. Microsoft&apos;s invitation links always do; do not use it.</source>
        <translation>De koppeling gebruikt geen https. De uitnodigingskoppelingen van Microsoft doen dat altijd; gebruik deze niet.</translation>
    </message>
    <message>
        <source>The link hides another address before the host name (user@host), a known trick. Do not use it.</source>
        <translation>De koppeling verbergt een ander adres vóór de hostnaam (gebruiker@host), een bekende truc. Gebruik deze niet.</translation>
    </message>
    <message>
        <source>The link does not point to Microsoft&apos;s admin center (admin.microsoft.com). It may imitate it; do not use it.</source>
        <translation>De koppeling wijst niet naar het beheercentrum van Microsoft (admin.microsoft.com). Mogelijk is het een imitatie; gebruik deze niet.</translation>
    </message>
    <message>
        <source>The link goes to the Microsoft 365 admin center but not to a partner invitation.</source>
        <translation>De koppeling gaat naar het Microsoft 365-beheercentrum, maar niet naar een partneruitnodiging.</translation>
    </message>
    <message>
        <source>The link has an invitation type PartnerDesk does not know.</source>
        <translation>De koppeling heeft een uitnodigingstype dat PartnerDesk niet kent.</translation>
    </message>
    <message>
        <source>The link does not say which partner sent it (partnerId is missing).</source>
        <translation>De koppeling vermeldt niet welke partner deze heeft gestuurd (partnerId ontbreekt).</translation>
    </message>
    <message>
        <source>The partner&apos;s tenant ID in the link (partnerId) is not a valid ID.</source>
        <translation>De tenant-id van de partner in de koppeling (partnerId) is geen geldige id.</translation>
    </message>
    <message>
        <source>The partner&apos;s PartnerID in the link (msppId) is not a number.</source>
        <translation>De Partner-ID van de partner in de koppeling (msppId) is geen getal.</translation>
    </message>
    <message>
        <source>The indirect provider&apos;s tenant ID in the link (indirectCSPId) is not a valid ID.</source>
        <translation>De tenant-id van de indirecte provider in de koppeling (indirectCSPId) is geen geldige id.</translation>
    </message>
    <message>
        <source>The GDAP relationship ID in the link is not a valid ID.</source>
        <translation>De id van de GDAP-relatie in de koppeling is geen geldige id.</translation>
    </message>
    <message>
        <source>The link still contains a template placeholder instead of the partner&apos;s details. Ask the partner for a complete link.</source>
        <translation>De koppeling bevat nog een tijdelijke aanduiding uit een sjabloon in plaats van de gegevens van de partner. Vraag de partner om een volledige koppeling.</translation>
    </message>
    <message>
        <source>The link is wrapped by Microsoft Defender Safe Links but the original link inside cannot be read.</source>
        <translation>De koppeling is verpakt door Veilige koppelingen van Microsoft Defender, maar de oorspronkelijke koppeling daarin is niet leesbaar.</translation>
    </message>
    <message>
        <source>Reseller and delegated admin invitation</source>
        <translation>Uitnodiging als wederverkoper en gedelegeerde beheerder</translation>
    </message>
    <message>
        <source>Reseller invitation</source>
        <translation>Uitnodiging als wederverkoper</translation>
    </message>
    <message>
        <source>Indirect reseller invitation</source>
        <translation>Uitnodiging als indirecte wederverkoper</translation>
    </message>
    <message>
        <source>Delegated admin invitation</source>
        <translation>Uitnodiging als gedelegeerde beheerder</translation>
    </message>
    <message>
        <source>GDAP relationship approval</source>
        <translation>Goedkeuring van GDAP-relatie</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement only</source>
        <translation>Alleen Microsoft-klantovereenkomst</translation>
    </message>
    <message>
        <source>The link gives the same setting twice (for example DAP or partnerId), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>De koppeling bevat dezelfde instelling twee keer (bijvoorbeeld DAP of partnerId), zodat ze op twee manieren kan worden gelezen. Gebruik deze niet; vraag de partner om een nieuwe koppeling.</translation>
    </message>
    <message>
        <source>The link is both an agreement link (ref) and a partner invitation (invType), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>De koppeling is zowel een koppeling naar een overeenkomst (ref) als een partneruitnodiging (invType), zodat ze op twee manieren kan worden gelezen. Gebruik deze niet; vraag de partner om een nieuwe koppeling.</translation>
    </message>
    <message>
        <source>The link approves a GDAP relationship but also carries invitation settings (invType, partnerId, DAP or ref), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>De koppeling keurt een GDAP-relatie goed, maar bevat ook uitnodigingsinstellingen (invType, partnerId, DAP of ref), zodat ze op twee manieren kan worden gelezen. Gebruik deze niet; vraag de partner om een nieuwe koppeling.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Tick the box to acknowledge that you read the Microsoft Customer Agreement.</source>
        <translation>Vink het selectievakje aan om te bevestigen dat u de Microsoft-klantovereenkomst hebt gelezen.</translation>
    </message>
    <message>
        <source>The agreement that was shown is incomplete.</source>
        <translation>De getoonde overeenkomst is onvolledig.</translation>
    </message>
    <message>
        <source>The invitation was recorded but cannot be read back.</source>
        <translation>De uitnodiging is vastgelegd maar kan niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>This invitation is not in the register.</source>
        <translation>Deze uitnodiging staat niet in het register.</translation>
    </message>
    <message>
        <source>This invitation was already accepted.</source>
        <translation>Deze uitnodiging is al geaccepteerd.</translation>
    </message>
    <message>
        <source>This invitation was cancelled.</source>
        <translation>Deze uitnodiging is geannuleerd.</translation>
    </message>
    <message>
        <source>This GDAP request was not approved within 90 days and has expired; ask the partner for a new one.</source>
        <translation>Deze GDAP-aanvraag is niet binnen 90 dagen goedgekeurd en is verlopen; vraag de partner om een nieuwe.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s tenant ID; this link does not contain it.</source>
        <translation>Vul de tenant-id van de partner in; deze koppeling bevat die niet.</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Vul de naam van de partner in.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>Er staat geen partner met tenant-id %1 in het register.</translation>
    </message>
    <message>
        <source>The agreement is already accepted for %1.</source>
        <translation>De overeenkomst is al geaccepteerd voor %1.</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>&lt;b&gt;Global Administrator and Helpdesk Administrator, with no end date&lt;/b&gt; (delegated admin privileges).</source>
        <translation>&lt;b&gt;Globale beheerder en Helpdeskbeheerder, zonder einddatum&lt;/b&gt; (gedelegeerde beheerdersbevoegdheden).</translation>
    </message>
    <message>
        <source>High risk:</source>
        <translation>Hoog risico:</translation>
    </message>
    <message>
        <source>the partner could do anything in your tenant, for as long as the roles are not removed. Ask the partner for GDAP instead: only the roles they need, for a limited time.</source>
        <translation>de partner kan alles in uw tenant doen, zolang de rollen niet worden verwijderd. Vraag de partner in plaats daarvan om GDAP: alleen de rollen die nodig zijn, voor beperkte tijd.</translation>
    </message>
    <message>
        <source>The admin roles in the partner&apos;s GDAP request, until the relationship ends. Check the roles and duration in the Microsoft 365 admin center before you approve.</source>
        <translation>De beheerdersrollen in de GDAP-aanvraag van de partner, tot de relatie eindigt. Controleer de rollen en de looptijd in het Microsoft 365-beheercentrum voordat u goedkeurt.</translation>
    </message>
    <message>
        <source>No admin roles: this accepts the Microsoft Customer Agreement for a partner.</source>
        <translation>Geen beheerdersrollen: hiermee accepteert u de Microsoft-klantovereenkomst voor een partner.</translation>
    </message>
    <message>
        <source>No admin roles. The partner can buy and manage subscriptions for you once the agreement is accepted.</source>
        <translation>Geen beheerdersrollen. De partner kan abonnementen voor u kopen en beheren zodra de overeenkomst is geaccepteerd.</translation>
    </message>
    <message>
        <source>(not in the link)</source>
        <translation>(niet in de koppeling)</translation>
    </message>
    <message>
        <source>Would grant Global Administrator: high risk</source>
        <translation>Zou Globale beheerder verlenen: hoog risico</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) waiting for a decision</source>
        <translation>
            <numerusform>%n uitnodiging wacht op een besluit</numerusform>
            <numerusform>%n uitnodigingen wachten op een besluit</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the link from the partner&apos;s email, or drop the email itself on this window.</source>
        <translation>Plak de koppeling uit de e-mail van de partner, of sleep de e-mail zelf naar dit venster.</translation>
    </message>
    <message>
        <source>Not an invitation link: %1</source>
        <translation>Geen uitnodigingskoppeling: %1</translation>
    </message>
    <message>
        <source>%1 from %2 (already in your register)</source>
        <translation>%1 van %2 (staat al in uw register)</translation>
    </message>
    <message>
        <source>%1 from a new partner (tenant %2)</source>
        <translation>%1 van een nieuwe partner (tenant %2)</translation>
    </message>
    <message>
        <source>Would grant:</source>
        <translation>Zou verlenen:</translation>
    </message>
    <message>
        <source>You cannot add it: %1</source>
        <translation>U kunt deze niet toevoegen: %1</translation>
    </message>
    <message>
        <source>Add the invitation to the list (Enter)</source>
        <translation>De uitnodiging aan de lijst toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Invitation added: review it, then accept or cancel it.</source>
        <translation>Uitnodiging toegevoegd: bekijk de uitnodiging en accepteer of annuleer deze.</translation>
    </message>
    <message>
        <source>the file is larger than 32 MB</source>
        <translation>het bestand is groter dan 32 MB</translation>
    </message>
    <message>
        <source>The email %1 cannot be read: %2</source>
        <translation>De e-mail %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The email %1 holds no invitation link.</source>
        <translation>De e-mail %1 bevat geen uitnodigingskoppeling.</translation>
    </message>
    <message>
        <source>A link in it looks like one but is refused: %1</source>
        <translation>Een koppeling erin lijkt een uitnodiging, maar wordt geweigerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) added from %1.</source>
        <translation>
            <numerusform>%n uitnodigingskoppeling toegevoegd uit %1.</numerusform>
            <numerusform>%n uitnodigingskoppelingen toegevoegd uit %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitation email</source>
        <translation>Uitnodigingsmail openen</translation>
    </message>
    <message>
        <source>Saved emails (*.eml);;All files (*)</source>
        <translation>Opgeslagen e-mails (*.eml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No invitations are waiting. When a partner emails you an invitation link, paste it above to see what it would grant before you accept it.</source>
        <translation>Er wachten geen uitnodigingen. Als een partner u een uitnodigingskoppeling mailt, plak die dan hierboven om te zien wat deze zou verlenen voordat u accepteert.</translation>
    </message>
    <message>
        <source>Select an invitation to review it.</source>
        <translation>Selecteer een uitnodiging om deze te bekijken.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>not named in this link; you enter it when you accept</source>
        <translation>niet genoemd in deze koppeling; u vult deze in als u accepteert</translation>
    </message>
    <message>
        <source>new partner, not in your register yet</source>
        <translation>nieuwe partner, nog niet in uw register</translation>
    </message>
    <message>
        <source>%1, already in your register</source>
        <translation>%1, staat al in uw register</translation>
    </message>
    <message>
        <source>Partner tenant ID:</source>
        <translation>Tenant-id van partner:</translation>
    </message>
    <message>
        <source>PartnerID:</source>
        <translation>Partner-ID:</translation>
    </message>
    <message>
        <source>Indirect provider:</source>
        <translation>Indirecte provider:</translation>
    </message>
    <message>
        <source>GDAP relationship:</source>
        <translation>GDAP-relatie:</translation>
    </message>
    <message>
        <source>Partner type:</source>
        <translation>Partnertype:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Not approved within 90 days; ask the partner for a new request.</source>
        <translation>Niet binnen 90 dagen goedgekeurd; vraag de partner om een nieuwe aanvraag.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Accepting would grant:</source>
        <translation>Accepteren zou verlenen:</translation>
    </message>
    <message>
        <source>Accepting also accepts the Microsoft Customer Agreement for this partner.</source>
        <translation>Met accepteren accepteert u ook de Microsoft-klantovereenkomst voor deze partner.</translation>
    </message>
    <message>
        <source>Review agreement and &amp;accept…</source>
        <translation>Overeenkomst bekijken en &amp;accepteren…</translation>
    </message>
    <message>
        <source>Review agreement and &amp;accept &amp;&amp; authorize…</source>
        <translation>Overeenkomst bekijken en &amp;accepteren &amp;&amp; autoriseren…</translation>
    </message>
    <message>
        <source>Opens the Microsoft Customer Agreement; nothing is accepted until you tick the box and confirm</source>
        <translation>Opent de Microsoft-klantovereenkomst; er wordt niets geaccepteerd totdat u het selectievakje aanvinkt en bevestigt</translation>
    </message>
    <message>
        <source>Decline the invitation; it stays in the history</source>
        <translation>De uitnodiging afwijzen; deze blijft in de historie</translation>
    </message>
    <message>
        <source>You are acting as %1, who may review this invitation but not accept it: %2.</source>
        <translation>U handelt als %1, die deze uitnodiging mag bekijken maar niet accepteren: %2.</translation>
    </message>
    <message>
        <source>Invitation accepted in the register.</source>
        <translation>Uitnodiging in het register geaccepteerd.</translation>
    </message>
    <message>
        <source>Nothing was decided; the invitation is still waiting.</source>
        <translation>Er is niets besloten; de uitnodiging wacht nog.</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>deze partner</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Uitnodiging annuleren</translation>
    </message>
    <message>
        <source>Invitation cancelled and kept in the history. Nothing was granted.</source>
        <translation>Uitnodiging geannuleerd en in de historie bewaard. Er is niets verleend.</translation>
    </message>
    <message>
        <source>https://admin.microsoft.com/… (the link in the partner&apos;s email)</source>
        <translation>https://admin.microsoft.com/… (de koppeling in de e-mail van de partner)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Open email…</source>
        <translation>E-mail openen…</translation>
    </message>
    <message>
        <source>Read the invitation links in a saved email (.eml)</source>
        <translation>De uitnodigingskoppelingen in een opgeslagen e-mail (.eml) lezen</translation>
    </message>
    <message>
        <source>&amp;Invitations received</source>
        <translation>&amp;Ontvangen uitnodigingen</translation>
    </message>
    <message>
        <source>Show accepted and cancelled</source>
        <translation>Geaccepteerde en geannuleerde tonen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Cancel invitation…</source>
        <translation>&amp;Uitnodiging annuleren…</translation>
    </message>
    <message>
        <source>%1 from the partner directory, not in your register yet</source>
        <translation>%1 uit de partnerdirectory, nog niet in uw register</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>A&amp;dd an invitation link</source>
        <translation>&amp;Een uitnodigingskoppeling toevoegen</translation>
    </message>
    <message>
        <source>This invitation is already in the list, received %1 and waiting for a decision. Add selects it.</source>
        <translation>Deze uitnodiging staat al in de lijst, ontvangen op %1 en wacht op een besluit. Toevoegen selecteert haar.</translation>
    </message>
    <message>
        <source>Select the invitation already in the list (Enter)</source>
        <translation>De uitnodiging selecteren die al in de lijst staat (Enter)</translation>
    </message>
    <message>
        <source>This invitation was already in the list; nothing was added. It is selected.</source>
        <translation>Deze uitnodiging stond al in de lijst; er is niets toegevoegd. Ze is geselecteerd.</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>The file holds no JSON.</source>
        <translation>Het bestand bevat geen JSON.</translation>
    </message>
    <message>
        <source>The file ends in the middle of the JSON (after %1 bytes): it was cut off. Download it again.</source>
        <translation>Het bestand eindigt midden in de JSON (na %1 bytes): het is afgebroken. Download het opnieuw.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at byte %1.</source>
        <translation>Het bestand is geen geldige JSON bij byte %1.</translation>
    </message>
    <message>
        <source>Record %1 is larger than 1 MiB; a sign-in or audit record never is.</source>
        <translation>Record %1 is groter dan 1 MiB; een aanmeldings- of auditrecord is nooit zo groot.</translation>
    </message>
    <message>
        <source>The file holds a value larger than 1 MiB at byte %1.</source>
        <translation>Het bestand bevat bij byte %1 een waarde die groter is dan 1 MiB.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply at byte %1; Entra records never are.</source>
        <translation>De JSON is te diep genest bij byte %1; records van Entra zijn dat nooit.</translation>
    </message>
    <message>
        <source>At byte %1 the file holds something other than records: a list of objects, or pages with a &quot;value&quot; list of objects, was expected.</source>
        <translation>Bij byte %1 bevat het bestand iets anders dan records: verwacht werd een lijst met objecten, of pagina&apos;s met een &quot;value&quot;-lijst met objecten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Partner relationships</source>
        <translation>Partnerrelaties</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Over PartnerDesk</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>no admin roles</source>
        <translation>geen beheerdersrollen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>Over PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PartnerDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A register of your organisation&apos;s Microsoft partner relationships: who your partners are, which admin roles they hold, and every decision taken about them.&lt;/p&gt;&lt;p&gt;PartnerDesk records your decisions; changes in your tenant itself are made in the Microsoft 365 admin center.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PartnerDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Een register van de Microsoft-partnerrelaties van uw organisatie: wie uw partners zijn, welke beheerdersrollen ze hebben en elk besluit dat over hen is genomen.&lt;/p&gt;&lt;p&gt;PartnerDesk legt uw besluiten vast; wijzigingen in uw tenant zelf brengt u aan in het Microsoft 365-beheercentrum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Een partner zoeken</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audithistorie</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Paste invitation link</source>
        <translation>Uitnodigingskoppeling &amp;plakken</translation>
    </message>
    <message>
        <source>&amp;Open invitation email…</source>
        <translation>Uitnodigingsmail &amp;openen…</translation>
    </message>
    <message>
        <source>The clipboard holds no link or email to add.</source>
        <translation>Het klembord bevat geen koppeling of e-mail om toe te voegen.</translation>
    </message>
    <message>
        <source>Invitation accepted in the register</source>
        <translation>Uitnodiging in het register geaccepteerd</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>Partner &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Import partner file…</source>
        <translation>Partnerbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Import partner file</source>
        <translation>Partnerbestand importeren</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>de geplakte tekst</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>Te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>To do in Microsoft 365 (%1)</source>
        <translation>Te doen in Microsoft 365 (%1)</translation>
    </message>
    <message>
        <source>Recorded. Now accept the invitation in the Microsoft 365 admin center: open the partner&apos;s link there and accept it with the same choices. The step waits on the To do in Microsoft 365 page until you mark it done.</source>
        <translation>Vastgelegd. Accepteer de uitnodiging nu in het Microsoft 365-beheercentrum: open daar de koppeling van de partner en accepteer de uitnodiging met dezelfde keuzes. De stap blijft op de pagina Te doen in Microsoft 365 staan totdat u deze als gedaan markeert.</translation>
    </message>
    <message>
        <source>Acting a&amp;s:</source>
        <translation>Ha&amp;ndelend als:</translation>
    </message>
    <message>
        <source>Partner files and Entra logs (*.csv *.json *.txt);;All files (*)</source>
        <translation>Partnerbestanden en Entra-logboeken (*.csv *.json *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Toegangsbeoordeling</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;How PartnerDesk works</source>
        <translation>&amp;Hoe PartnerDesk werkt</translation>
    </message>
    <message>
        <source>&amp;Manage partner relationships (Microsoft Learn)</source>
        <translation>Partnerrelaties &amp;beheren (Microsoft Learn)</translation>
    </message>
    <message>
        <source>How PartnerDesk works</source>
        <translation>Hoe PartnerDesk werkt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PartnerDesk is a register: it records what you decide about your Microsoft partners. It does not change your tenant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PartnerDesk is een register: het legt vast wat u besluit over uw Microsoft-partners. Het wijzigt uw tenant niet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Partner relationships&lt;/b&gt; lists each partner, the admin roles your tenant is known to hold for it, and the risk: high when a delegated admin holds Global Administrator.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decisions&lt;/b&gt; such as removing roles, ending a relationship or accepting an invitation are recorded here. The step itself is done in the Microsoft 365 admin center; it waits on &lt;b&gt;To do in Microsoft 365&lt;/b&gt; until you mark it done there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evidence&lt;/b&gt;: import the partner list from the admin center and Entra sign-in logs to see which partners still sign in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Access review&lt;/b&gt; takes you through every current partner; a report shows the register as of a moment and can be checked against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History&lt;/b&gt; keeps every decision in a chain of hashes; &lt;b&gt;Verify history&lt;/b&gt; shows whether anything was altered.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Keyboard: Ctrl+1 to Ctrl+8 open the pages, Ctrl+F finds, Tab moves on, Escape clears a filter.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Partnerrelaties&lt;/b&gt; toont elke partner, de beheerdersrollen die uw tenant voor zover bekend aan die partner heeft gegeven, en het risico: hoog als een gedelegeerde beheerder Globale beheerder is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Besluiten&lt;/b&gt; zoals rollen verwijderen, een relatie beëindigen of een uitnodiging accepteren worden hier vastgelegd. De stap zelf doet u in het Microsoft 365-beheercentrum; hij wacht op &lt;b&gt;Te doen in Microsoft 365&lt;/b&gt; tot u hem daar als gedaan markeert.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bewijs&lt;/b&gt;: importeer de partnerlijst uit het beheercentrum en Entra-aanmeldingslogboeken om te zien welke partners zich nog aanmelden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Toegangsbeoordeling&lt;/b&gt; loopt met u alle huidige partners langs; een rapport toont het register op een bepaald moment en kan ermee worden vergeleken.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Historie&lt;/b&gt; bewaart elk besluit in een keten van hashes; &lt;b&gt;Historie controleren&lt;/b&gt; laat zien of er iets is gewijzigd.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Toetsenbord: Ctrl+1 tot en met Ctrl+8 openen de pagina&apos;s, Ctrl+F zoekt, Tab gaat verder, Escape wist een filter.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Change operator</source>
        <translation>Beheerder wijzigen</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Beheerder toevoegen</translation>
    </message>
    <message>
        <source>name@school.example</source>
        <translation>naam@school.example</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Entra &amp;roles:</source>
        <translation>Entra-&amp;rollen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>The user principal name has the form name@school.example.</source>
        <translation>De UPN (user principal name) moet de vorm naam@school.example hebben.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name, as plain text.</source>
        <translation>Vul de naam van de beheerder in, als gewone tekst.</translation>
    </message>
    <message>
        <source>Choose at least one Entra role the operator holds, from the catalogue.</source>
        <translation>Kies uit de catalogus ten minste één Entra-rol die de beheerder heeft.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name, as plain text.</source>
        <translation>Vul de naam van de organisatie in, als gewone tekst.</translation>
    </message>
    <message>
        <source>The organisation&apos;s tenant ID must be a GUID such as 9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.</source>
        <translation>De tenant-id van de organisatie moet een GUID zijn, zoals 9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.</translation>
    </message>
    <message>
        <source>The register needs at least one Global Administrator among its operators.</source>
        <translation>Het register heeft ten minste één beheerder met de rol Globale beheerder nodig.</translation>
    </message>
</context>
<context>
    <name>OrganisationSize</name>
    <message>
        <source>Small (1–50 people)</source>
        <translation>Klein (1–50 mensen)</translation>
    </message>
    <message>
        <source>Medium (51–250 people)</source>
        <translation>Middelgroot (51–250 mensen)</translation>
    </message>
    <message>
        <source>Large (251–1,000 people)</source>
        <translation>Groot (251–1.000 mensen)</translation>
    </message>
    <message>
        <source>Enterprise (more than 1,000 people)</source>
        <translation>Zeer groot (meer dan 1.000 mensen)</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>This contact request is not in the register.</source>
        <translation>Dit contactverzoek staat niet in het register.</translation>
    </message>
    <message>
        <source>The directory service&apos;s answer was larger than %1 KB; it was not read.</source>
        <translation>Het antwoord van de directoryservice was groter dan %1 KB; het is niet gelezen.</translation>
    </message>
</context>
<context>
    <name>OverviewChartView</name>
    <message>
        <source>Click or press Enter to show these partners.</source>
        <translation>Klik of druk op Enter om deze partners te tonen.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>Show these %n partner(s)</source>
        <translation>
            <numerusform>Deze %n partner tonen</numerusform>
            <numerusform>Deze %n partners tonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln current partner(s); %1 at high risk</source>
        <translation>
            <numerusform>%Ln huidige partner; %1 met hoog risico</numerusform>
            <numerusform>%Ln huidige partners; %1 met hoog risico</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPane</name>
    <message>
        <source>Select a partner to see its details.</source>
        <translation>Selecteer een partner om de details te zien.</translation>
    </message>
    <message>
        <source>Partner tenant ID:</source>
        <translation>Tenant-id van partner:</translation>
    </message>
    <message>
        <source>PartnerID:</source>
        <translation>Partner-ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Relationship type:</source>
        <translation>Relatietype:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Beheerdersrollen:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Overeenkomst:</translation>
    </message>
    <message>
        <source>GDAP:</source>
        <translation>GDAP:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Laatst beoordeeld:</translation>
    </message>
    <message>
        <source>&amp;Remove roles</source>
        <translation>&amp;Rollen verwijderen</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markeren als beoordeeld</translation>
    </message>
    <message>
        <source>Accept a&amp;greement</source>
        <translation>Overeenkomst a&amp;ccepteren</translation>
    </message>
    <message>
        <source>Request &amp;end of relationship</source>
        <translation>Beëindiging van relatie aan&amp;vragen</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recente activiteit</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) selected.</source>
        <translation>
            <numerusform>%n partner geselecteerd.</numerusform>
            <numerusform>%n partners geselecteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Er zijn geen aandachtspunten.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risico: %1</translation>
    </message>
    <message>
        <source>No type (a relationship without roles)</source>
        <translation>Geen type (een relatie zonder rollen)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (bevoorrecht)</translation>
    </message>
    <message>
        <source>Accepted on %1 by %2 (%3), agreement %4 version %5</source>
        <translation>Geaccepteerd op %1 door %2 (%3), overeenkomst %4 versie %5</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <source>%1, status %2</source>
        <translation>%1, status %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>nog %n dag</numerusform>
            <numerusform>nog %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Auto-extend: on</source>
        <translation>Automatisch verlengen: aan</translation>
    </message>
    <message>
        <source>Auto-extend: off</source>
        <translation>Automatisch verlengen: uit</translation>
    </message>
    <message>
        <source>Not a GDAP relationship</source>
        <translation>Geen GDAP-relatie</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>Geen vastgelegde activiteit.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Remove this partner&apos;s admin roles (Delete)</source>
        <translation>De beheerdersrollen van deze partner verwijderen (Delete)</translation>
    </message>
    <message>
        <source>This partner holds no admin roles.</source>
        <translation>Deze partner heeft geen beheerdersrollen.</translation>
    </message>
    <message>
        <source>Record that you reviewed this partner today</source>
        <translation>Vastleggen dat u deze partner vandaag hebt beoordeeld</translation>
    </message>
    <message>
        <source>The agreement is already accepted.</source>
        <translation>De overeenkomst is al geaccepteerd.</translation>
    </message>
    <message>
        <source>You are acting as %1, who may look but not change: %2.</source>
        <translation>U handelt als %1 en mag bekijken maar niet wijzigen: %2.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>MPSA purchase sharing:</source>
        <translation>Delen van MPSA-aankopen:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>End requested on %1 (%2)</source>
        <translation>Beëindiging aangevraagd op %1 (%2)</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Beëindigd op %1</translation>
    </message>
    <message>
        <source>Record that you asked the partner to end the relationship</source>
        <translation>Vastleggen dat u de partner hebt gevraagd de relatie te beëindigen</translation>
    </message>
    <message>
        <source>An end of this relationship is already requested or recorded.</source>
        <translation>Beëindiging van deze relatie is al aangevraagd of vastgelegd.</translation>
    </message>
    <message>
        <source>Record that the partner ended the relationship</source>
        <translation>Vastleggen dat de partner de relatie heeft beëindigd</translation>
    </message>
    <message>
        <source>Read the Microsoft Customer Agreement and accept it for this partner</source>
        <translation>De Microsoft-klantovereenkomst lezen en voor deze partner accepteren</translation>
    </message>
    <message>
        <source>Ed&amp;it partner…</source>
        <translation>Partner b&amp;ewerken…</translation>
    </message>
    <message>
        <source>Change the partner&apos;s details, types, roles or GDAP record as the tenant shows them</source>
        <translation>De gegevens, typen, rollen of GDAP-gegevens van de partner wijzigen zoals de tenant ze toont</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Partner en&amp;ded the relationship</source>
        <translation>Partner heeft relatie beëin&amp;digd</translation>
    </message>
</context>
<context>
    <name>PartnerEditDialog</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Tenant-id:</translation>
    </message>
    <message>
        <source>Partner&amp;ID:</source>
        <translation>&amp;Partner-ID:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft-klantovereenkomst</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement was &amp;accepted for this partner</source>
        <translation>De Microsoft-&amp;klantovereenkomst is voor deze partner geaccepteerd</translation>
    </message>
    <message>
        <source>A&amp;ccepted by:</source>
        <translation>Ge&amp;accepteerd door:</translation>
    </message>
    <message>
        <source>Accepted &amp;on (UTC):</source>
        <translation>&amp;Geaccepteerd op (UTC):</translation>
    </message>
    <message>
        <source>Partner t&amp;ype</source>
        <translation>Partnert&amp;ype</translation>
    </message>
    <message>
        <source>Admin &amp;roles in your tenant</source>
        <translation>Beheerders&amp;rollen in uw tenant</translation>
    </message>
    <message>
        <source>&amp;Granular delegated admin (GDAP) relationship</source>
        <translation>Re&amp;latie voor gedetailleerd gedelegeerd beheer (GDAP)</translation>
    </message>
    <message>
        <source>Relationship na&amp;me:</source>
        <translation>Naa&amp;m van relatie:</translation>
    </message>
    <message>
        <source>Re&amp;lationship ID:</source>
        <translation>&amp;Id van relatie:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Duration (ISO 8601):</source>
        <translation>&amp;Duur (ISO 8601):</translation>
    </message>
    <message>
        <source>&amp;Begins on (UTC):</source>
        <translation>&amp;Begint op (UTC):</translation>
    </message>
    <message>
        <source>Auto-e&amp;xtend by 180 days</source>
        <translation>Automatisch &amp;verlengen met 180 dagen</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>optional: the id from the partner&apos;s link or export</source>
        <translation>optioneel: de id uit de koppeling of export van de partner</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (bevoorrecht)</translation>
    </message>
    <message>
        <source>This record cannot be changed: it says who accepted which text, and when.</source>
        <translation>Deze registratie kan niet worden gewijzigd: ze legt vast wie welke tekst wanneer heeft geaccepteerd.</translation>
    </message>
    <message>
        <source>Record here an acceptance made earlier in the Microsoft 365 admin center. To accept it now, use Accept agreement in the partner&apos;s details.</source>
        <translation>Leg hier een acceptatie vast die eerder in het Microsoft 365-beheercentrum is gedaan. Wilt u de overeenkomst nu accepteren, gebruik dan Overeenkomst accepteren in de details van de partner.</translation>
    </message>
    <message>
        <source>Ends: give a duration such as P730D (2 years) or P90D.</source>
        <translation>Einde: geef een duur op, zoals P730D (2 jaar) of P90D.</translation>
    </message>
    <message>
        <source>Ends on %1 (UTC); all its roles end together.</source>
        <translation>Eindigt op %1 (UTC); alle rollen ervan eindigen tegelijk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 duration such as P730D.</source>
        <translation>&quot;%1&quot; is geen ISO 8601-duur zoals P730D.</translation>
    </message>
    <message>
        <source>U&amp;PN of that person:</source>
        <translation>&amp;UPN van die persoon:</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Filter by name, tenant ID, PartnerID or role (Ctrl+F)</source>
        <translation>Filteren op naam, tenant-id, Partner-ID of rol (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Partners filteren</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Show only partners that &amp;need attention</source>
        <translation>Alleen partners tonen die &amp;aandacht nodig hebben</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>There are no partners in the register yet. When a partner sends you an invitation link, add it here; or find a partner to work with.</source>
        <translation>Er staan nog geen partners in het register. Voeg hier een uitnodigingskoppeling toe wanneer een partner u die stuurt, of zoek een partner om mee samen te werken.</translation>
    </message>
    <message>
        <source>&amp;Add an invitation link</source>
        <translation>&amp;Uitnodigingskoppeling toevoegen</translation>
    </message>
    <message>
        <source>&amp;Find a partner</source>
        <translation>Een partner &amp;zoeken</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>The selected partners hold no admin roles.</source>
        <translation>De geselecteerde partners hebben geen beheerdersrollen.</translation>
    </message>
    <message>
        <source>&amp;Remove roles…</source>
        <translation>&amp;Rollen verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Markeren als beoordeeld</translation>
    </message>
    <message>
        <source>&amp;Copy partner tenant ID</source>
        <translation>Tenant-id van partner &amp;kopiëren</translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation>Partners laden…</translation>
    </message>
    <message>
        <source>No partners in the register yet.</source>
        <translation>Nog geen partners in het register.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln partner(s)</source>
        <translation>
            <numerusform>%1 van %Ln partner</numerusform>
            <numerusform>%1 van %Ln partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner relationships</source>
        <translation>Partnerrelaties</translation>
    </message>
    <message>
        <source>Partner ended the relationship?</source>
        <translation>Heeft de partner de relatie beëindigd?</translation>
    </message>
    <message>
        <source>Record that %1 ended the relationship? It stays in the register as history.</source>
        <translation>Vastleggen dat %1 de relatie heeft beëindigd? De relatie blijft als historie in het register staan.</translation>
    </message>
    <message>
        <source>Agreement accepted in the register</source>
        <translation>Overeenkomst in het register geaccepteerd</translation>
    </message>
    <message>
        <source>Recorded. Now accept the agreement in the Microsoft 365 admin center too.</source>
        <translation>Vastgelegd. Accepteer de overeenkomst nu ook in het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>Add partner &amp;by hand</source>
        <translation>&amp;Partner handmatig toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import a partner file</source>
        <translation>Een partnerbestand &amp;importeren</translation>
    </message>
    <message>
        <source>High ris&amp;k only</source>
        <translation>Alleen hoo&amp;g risico</translation>
    </message>
    <message>
        <source>Delegated admin: a standing Global Administrator with no end date</source>
        <translation>Gedelegeerde beheerder: permanent Globale beheerder zonder einddatum</translation>
    </message>
    <message>
        <source>All delegated admin types (DAP and GDAP)</source>
        <translation>Alle typen gedelegeerd beheer (DAP en GDAP)</translation>
    </message>
    <message numerus="yes">
        <source>Service provider(s) not in your register signed in to your tenant (%n): %1. Find out who they are, then add them to the register or remove their access in Microsoft 365.</source>
        <translation>
            <numerusform>Een serviceprovider die niet in uw register staat, heeft zich aangemeld bij uw tenant (%n): %1. Zoek uit wie dit is en voeg deze toe aan het register of verwijder de toegang in Microsoft 365.</numerusform>
            <numerusform>Serviceproviders die niet in uw register staan, hebben zich aangemeld bij uw tenant (%n): %1. Zoek uit wie dit zijn en voeg ze toe aan het register of verwijder hun toegang in Microsoft 365.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the overview: %1 — %n partner(s)</source>
        <translation>
            <numerusform>Uit het overzicht: %1 — %n partner</numerusform>
            <numerusform>Uit het overzicht: %1 — %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all partners</source>
        <translation>A&amp;lle partners tonen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln geselecteerd</numerusform>
            <numerusform>%Ln geselecteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Partner tenant ID: %1</source>
        <translation>Tenant-id van partner: %1</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partnernaam</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relatietype</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Er zijn geen aandachtspunten.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner sinds</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>%1 — end requested</source>
        <translation>%1 — beëindiging aangevraagd</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — beëindigd</translation>
    </message>
    <message>
        <source>Decided in PartnerDesk, not yet done in Microsoft 365: the tenant still holds what is shown. See To do in Microsoft 365.</source>
        <translation>Besloten in PartnerDesk, nog niet gedaan in Microsoft 365: de tenant heeft nog wat hier wordt getoond. Zie Te doen in Microsoft 365.</translation>
    </message>
    <message>
        <source>Removal decided, still to do: %1</source>
        <translation>Verwijdering besloten, nog te doen: %1</translation>
    </message>
    <message>
        <source>Authorization decided, still to do: %1</source>
        <translation>Autorisatie besloten, nog te doen: %1</translation>
    </message>
    <message>
        <source>Partner sign-ins in the imported sign-in logs (%1 to %2).</source>
        <translation>Partneraanmeldingen in de geïmporteerde aanmeldingslogboeken (%1 tot %2).</translation>
    </message>
    <message>
        <source>None in the logs</source>
        <translation>Geen in de logboeken</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see which partners sign in.</source>
        <translation>Geen activiteitsbewijs: importeer een Entra-aanmeldingslogboek (Bestand &gt; Partnerbestand importeren…) om te zien welke partners zich aanmelden.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted on %1</source>
        <translation>Microsoft-klantovereenkomst geaccepteerd op %1</translation>
    </message>
</context>
<context>
    <name>PartnerType</name>
    <message>
        <source>Reseller</source>
        <translation>Wederverkoper</translation>
    </message>
    <message>
        <source>Delegated administrator</source>
        <translation>Gedelegeerde beheerder</translation>
    </message>
    <message>
        <source>Reseller &amp; delegated administrator</source>
        <translation>Wederverkoper &amp; gedelegeerde beheerder</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>MPSA partner</source>
        <translation>MPSA-partner</translation>
    </message>
    <message>
        <source>Line-of-business (LOB) partner</source>
        <translation>LOB-partner (line-of-business)</translation>
    </message>
    <message>
        <source>Partner with GDAP access</source>
        <translation>Partner met GDAP-toegang</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Indirecte wederverkoper</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Indirecte provider</translation>
    </message>
    <message>
        <source>Independent software vendor</source>
        <translation>Onafhankelijke softwareleverancier</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Partner access report</source>
        <translation>Rapport partnertoegang</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Signed off on %1 by %2</source>
        <translation>Afgetekend op %1 door %2</translation>
    </message>
    <message>
        <source>Open: %1 of %2 partners decided; not signed off</source>
        <translation>Open: over %1 van de %2 partners besloten; niet afgetekend</translation>
    </message>
    <message>
        <source>Sign-off note</source>
        <translation>Notitie bij aftekening</translation>
    </message>
    <message>
        <source>The register as of %1</source>
        <translation>Het register op %1</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Sign-in evidence</source>
        <translation>Bewijs van aanmeldingen</translation>
    </message>
    <message>
        <source>No sign-in log imported: nothing is known about how partners use their roles.</source>
        <translation>Geen aanmeldingslogboek geïmporteerd: er is niets bekend over hoe partners hun rollen gebruiken.</translation>
    </message>
    <message>
        <source>PartnerDesk records decisions; it does not change the tenant. &quot;To do in Microsoft 365&quot; lists what was decided but is not yet known to be done in the admin center.</source>
        <translation>PartnerDesk legt besluiten vast; het wijzigt de tenant niet. &quot;Te doen in Microsoft 365&quot; toont wat is besloten, maar waarvan nog niet bekend is dat het in het beheercentrum is gedaan.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Current partners</source>
        <translation>Huidige partners</translation>
    </message>
    <message>
        <source>Risk high / medium / low / none</source>
        <translation>Risico hoog / gemiddeld / laag / geen</translation>
    </message>
    <message>
        <source>Holding privileged roles</source>
        <translation>Met bevoorrechte rollen</translation>
    </message>
    <message>
        <source>Agreement not accepted</source>
        <translation>Overeenkomst niet geaccepteerd</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Beoordeling achterstallig</translation>
    </message>
    <message>
        <source>GDAP ending or ended</source>
        <translation>GDAP eindigt binnenkort of is beëindigd</translation>
    </message>
    <message>
        <source>Open to-dos in Microsoft 365</source>
        <translation>Openstaande taken in Microsoft 365</translation>
    </message>
    <message>
        <source>Decided in the review</source>
        <translation>Besloten in de beoordeling</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Privileged roles</source>
        <translation>Bevoorrechte rollen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Niet geaccepteerd</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relatietype</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>bevoorrecht</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Beheerdersrollen</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted on %1 by %2</source>
        <translation>Microsoft-klantovereenkomst geaccepteerd op %1 door %2</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>none in the logs</source>
        <translation>geen in de logboeken</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>last %1; %2 in the last 30 days, %3 failed; countries: %4</source>
        <translation>laatste %1; %2 in de laatste 30 dagen, %3 mislukt; landen: %4</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>Te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Besluit in de beoordeling</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificatie</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Auditgebeurtenissen</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Nieuwste gebeurtenis</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>Its hash (SHA-256)</source>
        <translation>Hash daarvan (SHA-256)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Check that the register&apos;s history still holds this report&apos;s newest event, unchanged:</source>
        <translation>Controleer of de historie van het register de nieuwste gebeurtenis van dit rapport nog ongewijzigd bevat:</translation>
    </message>
    <message>
        <source>Check every figure of this report against the register (with the JSON export of the same report):</source>
        <translation>Controleer elk cijfer van dit rapport tegen het register (met de JSON-export van hetzelfde rapport):</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>JSON export (SHA-256)</source>
        <translation>JSON-export (SHA-256)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Requires Global Administrator or Billing Administrator</source>
        <translation>Vereist de rol Globale beheerder of Factureringsbeheerder</translation>
    </message>
    <message>
        <source>Requires Global Administrator</source>
        <translation>Vereist de rol Globale beheerder</translation>
    </message>
</context>
<context>
    <name>ReceiptBook</name>
    <message>
        <source>The audit receipt could not be written to %1.</source>
        <translation>Het auditontvangstbewijs kon niet worden geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>RegisterOverview</name>
    <message>
        <source>Current partners</source>
        <translation>Huidige partners</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Gemiddeld risico</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Laag risico</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>Geen risico gevonden</translation>
    </message>
    <message>
        <source>Hold privileged admin roles</source>
        <translation>Met bevoorrechte beheerdersrollen</translation>
    </message>
    <message>
        <source>One partner</source>
        <translation>Eén partner</translation>
    </message>
    <message>
        <source>GDAP ended or expired</source>
        <translation>GDAP beëindigd of verlopen</translation>
    </message>
    <message>
        <source>GDAP ends within 30 days</source>
        <translation>GDAP eindigt binnen 30 dagen</translation>
    </message>
    <message>
        <source>GDAP ends in 1 to 3 months</source>
        <translation>GDAP eindigt over 1 tot 3 maanden</translation>
    </message>
    <message>
        <source>GDAP ends in 3 to 6 months</source>
        <translation>GDAP eindigt over 3 tot 6 maanden</translation>
    </message>
    <message>
        <source>GDAP ends in 6 to 12 months</source>
        <translation>GDAP eindigt over 6 tot 12 maanden</translation>
    </message>
    <message>
        <source>GDAP ends in more than a year</source>
        <translation>GDAP eindigt over meer dan een jaar</translation>
    </message>
    <message>
        <source>Agreement not accepted</source>
        <translation>Overeenkomst niet geaccepteerd</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Beoordeling achterstallig</translation>
    </message>
    <message>
        <source>To do, decided less than a week ago</source>
        <translation>Te doen, minder dan een week geleden besloten</translation>
    </message>
    <message>
        <source>To do, decided 1 to 4 weeks ago</source>
        <translation>Te doen, 1 tot 4 weken geleden besloten</translation>
    </message>
    <message>
        <source>To do, decided more than 4 weeks ago</source>
        <translation>Te doen, meer dan 4 weken geleden besloten</translation>
    </message>
    <message>
        <source>Still to do in Microsoft 365</source>
        <translation>Nog te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>Signed in, last 30 days of the logs</source>
        <translation>Aangemeld, laatste 30 dagen van de logboeken</translation>
    </message>
    <message>
        <source>Partners by risk</source>
        <translation>Partners per risico</translation>
    </message>
    <message>
        <source>no current partners</source>
        <translation>geen huidige partners</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Privileged admin roles per partner</source>
        <translation>Bevoorrechte beheerdersrollen per partner</translation>
    </message>
    <message>
        <source>no partner holds a privileged role</source>
        <translation>geen partner heeft een bevoorrechte rol</translation>
    </message>
    <message>
        <source>GDAP relationships by time until they end</source>
        <translation>GDAP-relaties per resterende tijd tot het einde</translation>
    </message>
    <message>
        <source>no GDAP relationship with an end date</source>
        <translation>geen GDAP-relatie met een einddatum</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 maand</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 maanden</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 maanden</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 maanden</translation>
    </message>
    <message>
        <source>&gt; 1 year</source>
        <translation>&gt; 1 jaar</translation>
    </message>
    <message>
        <source>Partners with open to-dos, by age</source>
        <translation>Partners met openstaande taken, per ouderdom</translation>
    </message>
    <message>
        <source>nothing waits in Microsoft 365</source>
        <translation>er wacht niets in Microsoft 365</translation>
    </message>
    <message>
        <source>&lt; 1 week</source>
        <translation>&lt; 1 week</translation>
    </message>
    <message>
        <source>1–4 weeks</source>
        <translation>1–4 weken</translation>
    </message>
    <message>
        <source>&gt; 4 weeks</source>
        <translation>&gt; 4 weken</translation>
    </message>
    <message>
        <source>Partner sign-ins per week</source>
        <translation>Partneraanmeldingen per week</translation>
    </message>
    <message>
        <source>no sign-in log imported</source>
        <translation>geen aanmeldingslogboek geïmporteerd</translation>
    </message>
</context>
<context>
    <name>RegisterSession</name>
    <message>
        <source>There is no register yet at %1. Start PartnerDesk once, or give one with --db FILE.</source>
        <translation>Er is nog geen register op %1. Start PartnerDesk één keer of geef een register op met --db BESTAND.</translation>
    </message>
    <message>
        <source>The register %1 has no organisation recorded; it is incomplete.</source>
        <translation>In het register %1 is geen organisatie vastgelegd; het register is onvolledig.</translation>
    </message>
    <message>
        <source>Unknown operator %1. Operators in this register: %2.</source>
        <translation>Onbekende beheerder %1. Beheerders in dit register: %2.</translation>
    </message>
    <message>
        <source>The first operator must be a Global Administrator, who can then add the others.</source>
        <translation>De eerste beheerder moet de rol Globale beheerder hebben; die kan daarna de andere beheerders toevoegen.</translation>
    </message>
    <message>
        <source>%1 already exists; a new register needs a new file.</source>
        <translation>%1 bestaat al; voor een nieuw register is een nieuw bestand nodig.</translation>
    </message>
</context>
<context>
    <name>RelationshipRules</name>
    <message>
        <source>The partner&apos;s name is missing.</source>
        <translation>De naam van de partner ontbreekt.</translation>
    </message>
    <message>
        <source>The partner&apos;s name is longer than %1 characters.</source>
        <translation>De naam van de partner is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>The partner&apos;s name starts like a spreadsheet formula (%1).</source>
        <translation>De naam van de partner begint als een formule in een spreadsheet (%1).</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10.</source>
        <translation>De tenant-id moet een GUID zijn, zoals 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10.</translation>
    </message>
    <message>
        <source>The PartnerID consists of digits only (at most 10).</source>
        <translation>De Partner-ID bestaat alleen uit cijfers (maximaal 10).</translation>
    </message>
    <message>
        <source>The email address is not in the form name@example.com.</source>
        <translation>Het e-mailadres heeft niet de vorm naam@example.com.</translation>
    </message>
    <message>
        <source>The phone number is too long or contains control characters.</source>
        <translation>Het telefoonnummer is te lang of bevat besturingstekens.</translation>
    </message>
    <message>
        <source>The website must be a web address starting with https://.</source>
        <translation>De website moet een webadres zijn dat begint met https://.</translation>
    </message>
    <message>
        <source>The role %1 is not a role template ID (a GUID).</source>
        <translation>De rol %1 is geen rolsjabloon-id (een GUID).</translation>
    </message>
    <message>
        <source>The agreement&apos;s acceptance date is not a real date.</source>
        <translation>De acceptatiedatum van de overeenkomst is geen bestaande datum.</translation>
    </message>
    <message>
        <source>The agreement cannot have been accepted in the future.</source>
        <translation>De overeenkomst kan niet in de toekomst zijn geaccepteerd.</translation>
    </message>
    <message>
        <source>The GDAP relationship ID must be a GUID, or two GUIDs joined by a hyphen.</source>
        <translation>De id van de GDAP-relatie moet een GUID zijn, of twee GUID&apos;s verbonden door een koppelteken.</translation>
    </message>
    <message>
        <source>The GDAP relationship needs a name.</source>
        <translation>De GDAP-relatie moet een naam hebben.</translation>
    </message>
    <message>
        <source>The GDAP relationship name is longer than %1 characters.</source>
        <translation>De naam van de GDAP-relatie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>A GDAP relationship lasts from 1 day to 2 years (P1D to P730D).</source>
        <translation>Een GDAP-relatie duurt minimaal 1 dag en maximaal 2 jaar (P1D tot en met P730D).</translation>
    </message>
    <message>
        <source>The GDAP relationship ends before it starts.</source>
        <translation>De GDAP-relatie eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>Auto-extend is not allowed when Global Administrator is among the roles.</source>
        <translation>Automatisch verlengen is niet toegestaan als Globale beheerder een van de rollen is.</translation>
    </message>
    <message>
        <source>The partner&apos;s name contains invisible, control or text-direction characters.</source>
        <translation>De naam van de partner bevat onzichtbare tekens, stuurtekens of tekens voor de schrijfrichting.</translation>
    </message>
    <message>
        <source>A relationship has at most %1 partner types.</source>
        <translation>Een relatie heeft maximaal %1 partnertypen.</translation>
    </message>
    <message>
        <source>The partner type &quot;%1&quot; is longer than %2 characters or not plain text.</source>
        <translation>Het partnertype &quot;%1&quot; is langer dan %2 tekens of is geen platte tekst.</translation>
    </message>
    <message>
        <source>A relationship has at most %1 admin roles.</source>
        <translation>Een relatie heeft maximaal %1 beheerdersrollen.</translation>
    </message>
    <message>
        <source>The GDAP relationship name contains invisible, control or text-direction characters.</source>
        <translation>De naam van de GDAP-relatie bevat onzichtbare tekens, stuurtekens of tekens voor de schrijfrichting.</translation>
    </message>
    <message>
        <source>The GDAP status is a single word such as active or expired.</source>
        <translation>De GDAP-status is één woord, zoals active of expired.</translation>
    </message>
    <message>
        <source>The GDAP relationship cannot have started in the future.</source>
        <translation>De GDAP-relatie kan niet in de toekomst zijn begonnen.</translation>
    </message>
</context>
<context>
    <name>RelationshipService</name>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>Er staat geen partner met tenant-id %1 in het register.</translation>
    </message>
    <message>
        <source>No partner was selected.</source>
        <translation>Er is geen partner geselecteerd.</translation>
    </message>
    <message>
        <source>%1 holds no admin roles.</source>
        <translation>%1 heeft geen beheerdersrollen.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>The date of contact cannot be in the future.</source>
        <translation>De datum van contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Choose how the partner was contacted.</source>
        <translation>Kies hoe er contact met de partner is opgenomen.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>An end of the relationship with %1 was already requested or recorded.</source>
        <translation>Beëindiging van de relatie met %1 is al aangevraagd of vastgelegd.</translation>
    </message>
    <message>
        <source>The relationship with %1 has already ended.</source>
        <translation>De relatie met %1 is al beëindigd.</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2.</source>
        <translation>%1 staat al in het register als %2.</translation>
    </message>
    <message>
        <source>The tenant ID is the partner&apos;s key and cannot be changed.</source>
        <translation>De tenant-id is de sleutel van de partner en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The agreement was accepted on %1; that record cannot be changed.</source>
        <translation>De overeenkomst is geaccepteerd op %1; die registratie kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>RemoveRolesDialog</name>
    <message>
        <source>Remove roles?</source>
        <translation>Rollen verwijderen?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more partner(s)</source>
        <translation>
            <numerusform>en nog %n partner</numerusform>
            <numerusform>en nog %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the admin roles of %n partner(s)?</source>
        <translation>
            <numerusform>De beheerdersrollen van %n partner verwijderen?</numerusform>
            <numerusform>De beheerdersrollen van %n partners verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The relationship stays: the partner can still work with you in another capacity, such as a Reseller, and can still make purchases. Only the partner can end the relationship.

PartnerDesk records your decision; the roles must also be removed in the Microsoft 365 admin center. Until then the partner still holds them.</source>
        <translation>De relatie blijft bestaan: de partner kan nog steeds in een andere rol met u samenwerken, bijvoorbeeld als wederverkoper, en kan nog steeds aankopen doen. Alleen de partner kan de relatie beëindigen.

PartnerDesk legt uw besluit vast; de rollen moeten ook in het Microsoft 365-beheercentrum worden verwijderd. Tot die tijd heeft de partner ze nog.</translation>
    </message>
    <message>
        <source>Removal of roles recorded</source>
        <translation>Verwijdering van rollen vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>Your decision is recorded for %n partner(s). The partner still holds the roles until you remove them in the Microsoft 365 admin center; the step waits on the To do in Microsoft 365 page until you mark it done there.</source>
        <translation>
            <numerusform>Uw besluit is vastgelegd voor %n partner. De partner heeft de rollen nog totdat u ze verwijdert in het Microsoft 365-beheercentrum; de stap blijft op de pagina Te doen in Microsoft 365 staan totdat u deze daar als gedaan markeert.</numerusform>
            <numerusform>Uw besluit is vastgelegd voor %n partners. De partners hebben de rollen nog totdat u ze verwijdert in het Microsoft 365-beheercentrum; de stappen blijven op de pagina Te doen in Microsoft 365 staan totdat u ze daar als gedaan markeert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no review %1 in the register.</source>
        <translation>Er staat geen beoordeling %1 in het register.</translation>
    </message>
    <message>
        <source>Unknown role (ID %1)</source>
        <translation>Onbekende rol (ID %1)</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant-id</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relatietype</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Beheerdersrollen</translation>
    </message>
    <message>
        <source>Privileged roles</source>
        <translation>Bevoorrechte rollen</translation>
    </message>
    <message>
        <source>Agreement accepted</source>
        <translation>Overeenkomst geaccepteerd</translation>
    </message>
    <message>
        <source>Agreement accepted by</source>
        <translation>Overeenkomst geaccepteerd door</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP-status</translation>
    </message>
    <message>
        <source>GDAP ends</source>
        <translation>Einde GDAP</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <source>Sign-ins (30 days)</source>
        <translation>Aanmeldingen (30 dagen)</translation>
    </message>
    <message>
        <source>Failed sign-ins (30 days)</source>
        <translation>Mislukte aanmeldingen (30 dagen)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>Te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Beoordelingsbesluit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>None in the logs</source>
        <translation>Geen in de logboeken</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>This is not a PartnerDesk JSON report: %1</source>
        <translation>Dit is geen JSON-rapport van PartnerDesk: %1</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>het is groter dan %1 MiB.</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>%1 bij byte %2.</translation>
    </message>
    <message>
        <source>its &quot;format&quot; is not &quot;%1&quot;.</source>
        <translation>het veld &quot;format&quot; is niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>format version %1 is not one this version reads.</source>
        <translation>deze versie leest indelingsversie %1 niet.</translation>
    </message>
    <message>
        <source>its language, time of production or verification block is missing.</source>
        <translation>de taal, het tijdstip van maken of het verificatieblok ontbreekt.</translation>
    </message>
    <message>
        <source>Report of %1, made on %2</source>
        <translation>Rapport van %1, gemaakt op %2</translation>
    </message>
    <message>
        <source>This report was made from another register (%1), not from this one.</source>
        <translation>Dit rapport is gemaakt uit een ander register (%1), niet uit dit register.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the register but not in the report.</source>
        <translation>%1 (%2) staat in het register, maar niet in het rapport.</translation>
    </message>
    <message>
        <source>%1 (%2) changed since: %3.</source>
        <translation>%1 (%2) is sindsdien gewijzigd: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the report but no longer in the register.</source>
        <translation>%1 (%2) staat in het rapport, maar niet meer in het register.</translation>
    </message>
    <message>
        <source>The review changed since: %1.</source>
        <translation>De beoordeling is sindsdien gewijzigd: %1.</translation>
    </message>
    <message>
        <source>The summary figures differ: %1.</source>
        <translation>De cijfers van de samenvatting wijken af: %1.</translation>
    </message>
    <message>
        <source>The organisation differs: %1.</source>
        <translation>De organisatie wijkt af: %1.</translation>
    </message>
    <message>
        <source>The activity evidence changed since: %1.</source>
        <translation>Het activiteitsbewijs is sindsdien gewijzigd: %1.</translation>
    </message>
    <message>
        <source>it lists the partner %1 more than once.</source>
        <translation>de partner %1 staat er meer dan eens in.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… en nog %1.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Signed off on %1 by %2</source>
        <translation>Afgetekend op %1 door %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) reviewed</source>
        <translation>
            <numerusform>%1 van %n partner beoordeeld</numerusform>
            <numerusform>%1 van %n partners beoordeeld</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nog geen besluit</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Rollen verwijderen</translation>
    </message>
    <message>
        <source>Ask the partner to end the relationship</source>
        <translation>De partner vragen de relatie te beëindigen</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Kies een partner in de lijst.</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Beheerdersrollen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Risk now: %1</source>
        <translation>Risico nu: %1</translation>
    </message>
    <message>
        <source>Sign-ins: no sign-in log imported, so nothing is known about its use of its roles.</source>
        <translation>Aanmeldingen: geen aanmeldingslogboek geïmporteerd, dus er is niets bekend over het gebruik van zijn rollen.</translation>
    </message>
    <message>
        <source>Sign-ins: none in the imported logs.</source>
        <translation>Aanmeldingen: geen in de geïmporteerde logboeken.</translation>
    </message>
    <message>
        <source>Last sign-in: %1</source>
        <translation>Laatste aanmelding: %1</translation>
    </message>
    <message>
        <source>Failed sign-ins in the last 30 days of the logs: %1</source>
        <translation>Mislukte aanmeldingen in de laatste 30 dagen van de logboeken: %1</translation>
    </message>
    <message>
        <source>Risk when the review started: %1</source>
        <translation>Risico bij het begin van de beoordeling: %1</translation>
    </message>
    <message>
        <source>Decided: %1, by %2 on %3</source>
        <translation>Besloten: %1, door %2 op %3</translation>
    </message>
    <message>
        <source>Sign off the open review first.</source>
        <translation>Teken eerst de openstaande beoordeling af.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) still to decide.</source>
        <translation>
            <numerusform>Over %n partner moet nog worden besloten.</numerusform>
            <numerusform>Over %n partners moet nog worden besloten.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can look at the review; deciding needs: %1.</source>
        <translation>U kunt de beoordeling bekijken, maar niet besluiten: %1.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Risk at start</source>
        <translation>Risico bij begin</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>S&amp;tart review…</source>
        <translation>Beoordeling &amp;starten…</translation>
    </message>
    <message>
        <source>Sign o&amp;ff…</source>
        <translation>&amp;Aftekenen…</translation>
    </message>
    <message>
        <source>&amp;Keep: the partner keeps its access</source>
        <translation>B&amp;ehouden: de partner behoudt zijn toegang</translation>
    </message>
    <message>
        <source>&amp;Remove roles: decide to remove its admin roles</source>
        <translation>&amp;Rollen verwijderen: besluiten zijn beheerdersrollen te verwijderen</translation>
    </message>
    <message>
        <source>N&amp;ote (required to keep a privileged role):</source>
        <translation>N&amp;otitie (verplicht om een bevoorrechte rol te behouden):</translation>
    </message>
    <message>
        <source>Recor&amp;d decision</source>
        <translation>Besluit vast&amp;leggen</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>Nog geen toegangsbeoordeling</translation>
    </message>
    <message>
        <source>Start a review to decide, partner by partner, who keeps which access. Microsoft advises reviewing partner admin access regularly.</source>
        <translation>Start een beoordeling om per partner te besluiten wie welke toegang behoudt. Microsoft adviseert de beheerderstoegang van partners regelmatig te beoordelen.</translation>
    </message>
    <message>
        <source>No access review yet.</source>
        <translation>Nog geen toegangsbeoordeling.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>The review is frozen: its decisions no longer change.</source>
        <translation>De beoordeling is bevroren: de besluiten ervan veranderen niet meer.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>Started on %1 by %2.</source>
        <translation>Gestart op %1 door %2.</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Toegangsbeoordeling</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Kies een besluit.</translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation>%1 staat niet meer in het register.</translation>
    </message>
    <message>
        <source>Sign off the review</source>
        <translation>De beoordeling aftekenen</translation>
    </message>
    <message>
        <source>A note kept with the sign-off (optional):</source>
        <translation>Een notitie die bij het aftekenen wordt bewaard (optioneel):</translation>
    </message>
    <message>
        <source>Sign off the review?</source>
        <translation>De beoordeling aftekenen?</translation>
    </message>
    <message numerus="yes">
        <source>Sign off “%1”? Its %n decision(s) are then final: the review no longer changes.</source>
        <translation>
            <numerusform>“%1” aftekenen? Het %n besluit is dan definitief: de beoordeling verandert niet meer.</numerusform>
            <numerusform>“%1” aftekenen? De %n besluiten zijn dan definitief: de beoordeling verandert niet meer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the partner to &amp;end the relationship</source>
        <translation>De partner &amp;vragen de relatie te beëindigen</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 van %2 besloten</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Q%1 %2 partner access review</source>
        <translation>Toegangsbeoordeling partners Q%1 %2</translation>
    </message>
    <message>
        <source>Give the review a title.</source>
        <translation>Geef de beoordeling een titel.</translation>
    </message>
    <message>
        <source>The title must be one line of at most %1 characters.</source>
        <translation>De titel moet één regel van maximaal %1 tekens zijn.</translation>
    </message>
    <message>
        <source>Give the period the review covers.</source>
        <translation>Geef de periode op waarop de beoordeling betrekking heeft.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>De periode kan niet eindigen voordat ze begint.</translation>
    </message>
    <message>
        <source>The review “%1” is still open: finish it and sign it off first.</source>
        <translation>De beoordeling “%1” is nog open: rond deze eerst af en teken deze af.</translation>
    </message>
    <message>
        <source>There is no current partner relationship to review.</source>
        <translation>Er is geen huidige partnerrelatie om te beoordelen.</translation>
    </message>
    <message>
        <source>There is no review %1 in the register.</source>
        <translation>Er staat geen beoordeling %1 in het register.</translation>
    </message>
    <message>
        <source>The review “%1” was signed off on %2: it no longer changes.</source>
        <translation>De beoordeling “%1” is op %2 afgetekend: deze verandert niet meer.</translation>
    </message>
    <message>
        <source>No review is open: start one first.</source>
        <translation>Er is geen beoordeling open: start er eerst een.</translation>
    </message>
    <message>
        <source>That partner is not part of the open review “%1”.</source>
        <translation>Die partner maakt geen deel uit van de openstaande beoordeling “%1”.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Kies een besluit.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>Er staat geen partner met tenant-id %1 in het register.</translation>
    </message>
    <message>
        <source>%1 holds a privileged admin role: say in the note why it keeps its access.</source>
        <translation>%1 heeft een bevoorrechte beheerdersrol: geef in de notitie aan waarom deze partner de toegang behoudt.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) not decided yet: %1. Decide every partner before signing off.</source>
        <translation>
            <numerusform>Over %n partner is nog niet besloten: %1. Besluit over elke partner voordat u aftekent.</numerusform>
            <numerusform>Over %n partners is nog niet besloten: %1. Besluit over elke partner voordat u aftekent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the earlier decision (%2) still waits in To do in Microsoft 365. Withdraw it there first to decide otherwise.</source>
        <translation>%1: het eerdere besluit (%2) staat nog open in Te doen in Microsoft 365. Trek het daar eerst in om anders te besluiten.</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Delegated admin: the partner is a standing Global Administrator with no end date. Consider removing the roles and asking for GDAP instead.</source>
        <translation>Gedelegeerd beheer: de partner is permanent Globale beheerder, zonder einddatum. Overweeg de rollen te verwijderen en in plaats daarvan om GDAP te vragen.</translation>
    </message>
    <message>
        <source>The partner holds a privileged admin role.</source>
        <translation>De partner heeft een bevoorrechte beheerdersrol.</translation>
    </message>
    <message>
        <source>The GDAP relationship ends within 30 days; all its roles end with it.</source>
        <translation>De GDAP-relatie eindigt binnen 30 dagen; alle rollen ervan eindigen tegelijk.</translation>
    </message>
    <message>
        <source>The GDAP relationship has expired.</source>
        <translation>De GDAP-relatie is verlopen.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is not accepted: the partner cannot purchase or manage subscriptions for you.</source>
        <translation>De Microsoft-klantovereenkomst is niet geaccepteerd: de partner kan geen aankopen doen of abonnementen voor u beheren.</translation>
    </message>
    <message>
        <source>Not reviewed in the last 90 days.</source>
        <translation>De afgelopen 90 dagen niet beoordeeld.</translation>
    </message>
    <message>
        <source>Decided, not yet done: a step is still to do in Microsoft 365 (see To do in Microsoft 365).</source>
        <translation>Besloten, nog niet gedaan: er is nog een stap te doen in Microsoft 365 (zie Te doen in Microsoft 365).</translation>
    </message>
    <message>
        <source>A decision has been waiting for more than 7 days to be carried out in Microsoft 365.</source>
        <translation>Een besluit wacht al meer dan 7 dagen op uitvoering in Microsoft 365.</translation>
    </message>
    <message>
        <source>The tenant differs from the register: an import shows a step marked done was not done or was undone.</source>
        <translation>De tenant wijkt af van het register: uit een import blijkt dat een als gedaan gemarkeerde stap niet is uitgevoerd of ongedaan is gemaakt.</translation>
    </message>
    <message>
        <source>Holds admin roles it does not use: no sign-in in the last 90 days of the imported sign-in logs. Consider removing them.</source>
        <translation>De partner heeft beheerdersrollen die niet worden gebruikt: geen aanmelding in de laatste 90 dagen van de geïmporteerde aanmeldingslogboeken. Overweeg de rollen te verwijderen.</translation>
    </message>
    <message>
        <source>Signed in from a country not seen before for this partner (in the last 30 days of the imported sign-in logs). Ask the partner.</source>
        <translation>Aanmelding vanuit een land dat niet eerder bij deze partner is gezien (in de laatste 30 dagen van de geïmporteerde aanmeldingslogboeken). Vraag de partner om uitleg.</translation>
    </message>
    <message>
        <source>More than 10 failed sign-ins in the last 30 days of the imported sign-in logs. Ask the partner.</source>
        <translation>Meer dan 10 mislukte aanmeldingen in de laatste 30 dagen van de geïmporteerde aanmeldingslogboeken. Vraag de partner om uitleg.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>MPSA partners</source>
        <translation>MPSA-partners</translation>
    </message>
    <message>
        <source>Let MPSA partners see each other&apos;s &amp;purchases</source>
        <translation>MPSA-partners elkaars &amp;aankopen laten zien</translation>
    </message>
    <message>
        <source>If you have worked with several partners through the Microsoft Products &amp; Services Agreement (MPSA) program, you can let them see the purchases made by each other. This is off until an admin turns it on.</source>
        <translation>Als u via het MPSA-programma (Microsoft Products &amp; Services Agreement) met meerdere partners hebt gewerkt, kunt u ze elkaars aankopen laten zien. Dit staat uit totdat een beheerder het aanzet.</translation>
    </message>
    <message>
        <source>Change MPSA purchase sharing?</source>
        <translation>Delen van MPSA-aankopen wijzigen?</translation>
    </message>
    <message>
        <source>Let MPSA partners see each other&apos;s purchases?</source>
        <translation>MPSA-partners elkaars aankopen laten zien?</translation>
    </message>
    <message>
        <source>Stop MPSA partners from seeing each other&apos;s purchases?</source>
        <translation>MPSA-partners elkaars aankopen niet meer laten zien?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>MPSA purchase sharing recorded</source>
        <translation>Delen van MPSA-aankopen vastgelegd</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Beheerders</translation>
    </message>
    <message>
        <source>The admins who may act in this register, with the Entra roles they hold in your tenant. The roles decide what each may do here.</source>
        <translation>De beheerders die in dit register mogen handelen, met de Entra-rollen die ze in uw tenant hebben. De rollen bepalen wat ieder hier mag doen.</translation>
    </message>
    <message>
        <source>A&amp;dd operator…</source>
        <translation>Beheerder toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Change operator…</source>
        <translation>Beheerder &amp;wijzigen…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Microsoft 365 is known to have it on.</source>
        <translation>Voor zover bekend staat het in Microsoft 365 aan.</translation>
    </message>
    <message>
        <source>Microsoft 365 is known to have it off.</source>
        <translation>Voor zover bekend staat het in Microsoft 365 uit.</translation>
    </message>
    <message>
        <source>PartnerDesk records the decision; make the same change in the Microsoft 365 admin center, then mark it done on the To do in Microsoft 365 page.</source>
        <translation>PartnerDesk legt het besluit vast; breng dezelfde wijziging aan in het Microsoft 365-beheercentrum en markeer deze daarna als gedaan op de pagina Te doen in Microsoft 365.</translation>
    </message>
    <message>
        <source>Your decision is recorded. Now make the same change in the Microsoft 365 admin center; it waits on the To do in Microsoft 365 page until you mark it done.</source>
        <translation>Uw besluit is vastgelegd. Breng nu dezelfde wijziging aan in het Microsoft 365-beheercentrum; deze blijft op de pagina Te doen in Microsoft 365 staan totdat u deze als gedaan markeert.</translation>
    </message>
    <message>
        <source>Audit receipts</source>
        <translation>Auditontvangstbewijzen</translation>
    </message>
    <message>
        <source>Each time PartnerDesk closes this register after a change, it writes a receipt — the newest event of the history and its hash — to your data folder, outside the register. partnerdesk-cli verify-audit compares the history with every receipt, so events removed from the end or a history rewritten afterwards are found. Keep a second copy of the receipts where the register cannot be changed with them, such as a network share or a USB stick.</source>
        <translation>Telkens wanneer PartnerDesk dit register na een wijziging sluit, schrijft het een ontvangstbewijs — de nieuwste gebeurtenis van de historie en de hash daarvan — naar uw gegevensmap, buiten het register. partnerdesk-cli verify-audit vergelijkt de historie met elk ontvangstbewijs, zodat gebeurtenissen die aan het eind zijn verwijderd of een later herschreven historie worden gevonden. Bewaar een tweede kopie van de ontvangstbewijzen op een plek waar ze niet samen met het register kunnen worden gewijzigd, zoals een netwerkshare of een USB-stick.</translation>
    </message>
    <message>
        <source>Choose fold&amp;er for a second copy…</source>
        <translation>Map kie&amp;zen voor een tweede kopie…</translation>
    </message>
    <message>
        <source>&amp;Use no second folder</source>
        <translation>&amp;Geen tweede map gebruiken</translation>
    </message>
    <message>
        <source>Folder for a second copy of the audit receipts</source>
        <translation>Map voor een tweede kopie van de auditontvangstbewijzen</translation>
    </message>
    <message>
        <source>Second copy: none. Receipts are kept in your data folder only.</source>
        <translation>Tweede kopie: geen. Ontvangstbewijzen staan alleen in uw gegevensmap.</translation>
    </message>
    <message>
        <source>Second copy: %1</source>
        <translation>Tweede kopie: %1</translation>
    </message>
</context>
<context>
    <name>SignInChart</name>
    <message>
        <source>Sign-ins per week</source>
        <translation>Aanmeldingen per week</translation>
    </message>
    <message>
        <source>No weeks in the imported period.</source>
        <translation>Geen weken in de geïmporteerde periode.</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n sign-in(s)</source>
        <translation>
            <numerusform>Week van %1: %n aanmelding</numerusform>
            <numerusform>Week van %1: %n aanmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n a week</source>
        <translation>
            <numerusform>Maximaal %n per week</numerusform>
            <numerusform>Maximaal %n per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-ins per week from %2, %1 weeks: %n in all; most in the week of %3 (%4); weeks without any: %5.</source>
        <translation>
            <numerusform>Aanmeldingen per week vanaf %2, %1 weken: %n in totaal; de meeste in de week van %3 (%4); weken zonder aanmelding: %5.</numerusform>
            <numerusform>Aanmeldingen per week vanaf %2, %1 weken: %n in totaal; de meeste in de week van %3 (%4); weken zonder aanmelding: %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Too many or too long arguments to hand to PartnerDesk (at most %1, each at most %2 characters).</source>
        <translation>Te veel of te lange argumenten om aan PartnerDesk door te geven (hoogstens %1, elk hoogstens %2 tekens).</translation>
    </message>
    <message>
        <source>PartnerDesk could not listen for a second start on this register: %1</source>
        <translation>PartnerDesk kan niet luisteren naar een tweede start op dit register: %1</translation>
    </message>
    <message>
        <source>PartnerDesk could not create its lock file %1.</source>
        <translation>PartnerDesk kan zijn vergrendelingsbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>PartnerDesk is already open on this register (process %1) but does not answer. Close that window, or end the process, and start again.</source>
        <translation>PartnerDesk is al geopend op dit register (proces %1) maar reageert niet. Sluit dat venster of beëindig het proces en start opnieuw.</translation>
    </message>
</context>
<context>
    <name>SqlActivityRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>Lezen van of schrijven naar het register is mislukt: %1.</translation>
    </message>
</context>
<context>
    <name>SqlDirectoryRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>Lezen van of schrijven naar het register is mislukt: %1.</translation>
    </message>
</context>
<context>
    <name>SqlRegisterRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>Lezen van of schrijven naar het register is mislukt: %1.</translation>
    </message>
    <message>
        <source>The register has no organisation recorded.</source>
        <translation>In het register is geen organisatie vastgelegd.</translation>
    </message>
    <message>
        <source>The relationship with %1 is no longer in the register.</source>
        <translation>De relatie met %1 staat niet meer in het register.</translation>
    </message>
    <message>
        <source>This to-do was closed or changed meanwhile; look at it again.</source>
        <translation>Deze taak is intussen gesloten of gewijzigd; bekijk deze opnieuw.</translation>
    </message>
</context>
<context>
    <name>SqlReviewRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>Lezen van of schrijven naar het register is mislukt: %1.</translation>
    </message>
    <message>
        <source>That partner is not part of the review.</source>
        <translation>Die partner maakt geen deel uit van de beoordeling.</translation>
    </message>
    <message>
        <source>The review is signed off already or not every partner is decided.</source>
        <translation>De beoordeling is al afgetekend of er is nog niet over elke partner besloten.</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <source>Start access review</source>
        <translation>Toegangsbeoordeling starten</translation>
    </message>
    <message numerus="yes">
        <source>The review lists every current partner relationship (%n partner(s)). For each you record a decision: keep, remove roles, or ask the partner to end the relationship. A Global or Billing Administrator signs it off when every partner is decided.</source>
        <translation>
            <numerusform>De beoordeling bevat elke huidige partnerrelatie (%n partner). Voor elke relatie legt u een besluit vast: behouden, rollen verwijderen of de partner vragen de relatie te beëindigen. Een Globale beheerder of Factureringsbeheerder tekent de beoordeling af wanneer over elke partner is besloten.</numerusform>
            <numerusform>De beoordeling bevat elke huidige partnerrelatie (%n partners). Voor elke relatie legt u een besluit vast: behouden, rollen verwijderen of de partner vragen de relatie te beëindigen. Een Globale beheerder of Factureringsbeheerder tekent de beoordeling af wanneer over elke partner is besloten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>Beoordeling &amp;starten</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <source>Remove the admin roles of %1 in the Microsoft 365 admin center.</source>
        <translation>Verwijder de beheerdersrollen van %1 in het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>Open the invitation link of %1 and accept it in the Microsoft 365 admin center.</source>
        <translation>Open de uitnodigingskoppeling van %1 en accepteer de uitnodiging in het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>Check in the Microsoft 365 admin center that %1 has ended the relationship.</source>
        <translation>Controleer in het Microsoft 365-beheercentrum of %1 de relatie heeft beëindigd.</translation>
    </message>
    <message>
        <source>Turn on sharing of MPSA purchases in the Microsoft 365 admin center.</source>
        <translation>Zet het delen van MPSA-aankopen aan in het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>Turn off sharing of MPSA purchases in the Microsoft 365 admin center.</source>
        <translation>Zet het delen van MPSA-aankopen uit in het Microsoft 365-beheercentrum.</translation>
    </message>
    <message>
        <source>Removal decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Verwijdering op %1 besloten door %2 — nog te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>Authorization decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Autorisatie op %1 besloten door %2 — nog te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>End requested on %1 by %2 — not yet confirmed in Microsoft 365</source>
        <translation>Beëindiging op %1 aangevraagd door %2 — nog niet bevestigd in Microsoft 365</translation>
    </message>
    <message>
        <source>Change decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Wijziging op %1 besloten door %2 — nog te doen in Microsoft 365</translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Rollen verwijderen</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Uitnodiging accepteren</translation>
    </message>
    <message>
        <source>Confirm end</source>
        <translation>Beëindiging bevestigen</translation>
    </message>
    <message>
        <source>MPSA sharing</source>
        <translation>MPSA-aankopen delen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Confirmed by import</source>
        <translation>Bevestigd door import</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>TodoCloseDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Als gedaan markeren</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Besluit intrekken</translation>
    </message>
    <message>
        <source>Decided on %1 by %2.</source>
        <translation>Besloten op %1 door %2.</translation>
    </message>
    <message>
        <source>Mark it done only once the step is taken in Microsoft 365: the register then shows it as what the tenant holds.</source>
        <translation>Markeer de stap pas als gedaan wanneer deze in Microsoft 365 is uitgevoerd: het register toont het dan als de situatie in de tenant.</translation>
    </message>
    <message>
        <source>Withdrawing reverses the decision: nothing is to be done in Microsoft 365 for it.</source>
        <translation>Intrekken draait het besluit terug: er hoeft daarvoor niets in Microsoft 365 te gebeuren.</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 &amp;on:</source>
        <translation>Gedaan in Microsoft 365 &amp;op:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Bevestigd door:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>Als gedaan &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Withdraw decision</source>
        <translation>Besluit &amp;intrekken</translation>
    </message>
</context>
<context>
    <name>TodoService</name>
    <message>
        <source>There is no to-do %1 in the register.</source>
        <translation>Er staat geen taak %1 in het register.</translation>
    </message>
    <message>
        <source>This to-do is no longer open: %1 on %2.</source>
        <translation>Deze taak is niet meer open: %1 op %2.</translation>
    </message>
    <message>
        <source>The time it was done cannot be in the future.</source>
        <translation>Het tijdstip waarop het is gedaan, kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The time it was done cannot be before the decision (%1).</source>
        <translation>Het tijdstip waarop het is gedaan, kan niet vóór het besluit (%1) liggen.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>Er staat geen partner met tenant-id %1 in het register.</translation>
    </message>
    <message>
        <source>Accepting it was withdrawn. %1</source>
        <translation>Het accepteren is ingetrokken. %1</translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>PartnerDesk records decisions; it does not change your tenant. Each decision below is still to be carried out in the Microsoft 365 admin center. Until it is marked done (or an import shows it done), the register shows what the tenant holds.</source>
        <translation>PartnerDesk legt besluiten vast; het wijzigt uw tenant niet. Elk besluit hieronder moet nog worden uitgevoerd in het Microsoft 365-beheercentrum. Totdat het als gedaan is gemarkeerd (of een import laat zien dat het is gedaan), toont het register wat de tenant heeft.</translation>
    </message>
    <message>
        <source>Show &amp;done and withdrawn steps too</source>
        <translation>Ook &amp;gedane en ingetrokken stappen tonen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open admin center</source>
        <translation>Beheercentrum &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>Als gedaan &amp;markeren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>Whole register</source>
        <translation>Hele register</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for more than %n day(s).</source>
        <translation>
            <numerusform>Wacht al meer dan %n dag.</numerusform>
            <numerusform>Wacht al meer dan %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the tenant differs</source>
        <translation>%1 — de tenant wijkt af</translation>
    </message>
    <message>
        <source>Nothing is waiting to be done in Microsoft 365.</source>
        <translation>Er staat niets te doen in Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do in Microsoft 365</source>
        <translation>
            <numerusform>%n stap nog te doen in Microsoft 365</numerusform>
            <numerusform>%n stappen nog te doen in Microsoft 365</numerusform>
        </translation>
    </message>
    <message>
        <source>You are acting as %1, who may look but not mark steps done: %2.</source>
        <translation>U handelt als %1 en mag bekijken, maar geen stappen als gedaan markeren: %2.</translation>
    </message>
    <message>
        <source>No steps are waiting.</source>
        <translation>Er wachten geen stappen.</translation>
    </message>
    <message>
        <source>Marked done on %1 by %2.</source>
        <translation>Op %1 als gedaan gemarkeerd door %2.</translation>
    </message>
    <message>
        <source>Confirmed by import of %1 on %2.</source>
        <translation>Bevestigd door import van %1 op %2.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 by %2.</source>
        <translation>Op %1 ingetrokken door %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <source>The tenant differs from the register: %1 showed otherwise on %2.</source>
        <translation>De tenant wijkt af van het register: %1 toonde op %2 iets anders.</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>Te doen in Microsoft 365</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <source>Unknown language %1; use nl or en.</source>
        <translation>Onbekende taal %1; gebruik nl of en.</translation>
    </message>
    <message>
        <source>PartnerDesk: a register of your organisation&apos;s Microsoft partner relationships.</source>
        <translation>PartnerDesk: een register van de Microsoft-partnerrelaties van uw organisatie.</translation>
    </message>
    <message>
        <source>Open the register FILE instead of the default one.</source>
        <translation>Het register BESTAND openen in plaats van het standaardregister.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Act as the operator with this UPN.</source>
        <translation>Handelen als de beheerder met deze UPN.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Taal: nl of en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>Write a picture of the main window to FILE (PNG) and exit.</source>
        <translation>Een afbeelding van het hoofdvenster naar BESTAND (PNG) schrijven en afsluiten.</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>De afbeelding kan niet naar %1 worden geschreven.</translation>
    </message>
    <message>
        <source>An invitation link, or a saved email (.eml) holding one, to open on the Invitations page.</source>
        <translation>Een uitnodigingskoppeling, of een opgeslagen e-mail (.eml) met zo&apos;n koppeling, om op de pagina Uitnodigingen te openen.</translation>
    </message>
    <message>
        <source>[LINK | EMAIL-FILE]</source>
        <translation>[KOPPELING | E-MAILBESTAND]</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGINA</translation>
    </message>
    <message>
        <source>There is no page %1; choose one of: %2.</source>
        <translation>Er is geen pagina %1; kies uit: %2.</translation>
    </message>
    <message>
        <source>Select the partner with this tenant ID (for --screenshot).</source>
        <translation>De partner met deze tenant-id selecteren (voor --screenshot).</translation>
    </message>
    <message>
        <source>TENANT-ID</source>
        <translation>TENANT-ID</translation>
    </message>
    <message>
        <source>Open on this page: overview, partners, review, todo, invitations, find, history or settings.</source>
        <translation>Op deze pagina openen: overview, partners, review, todo, invitations, find, history of settings.</translation>
    </message>
</context>
</TS>
