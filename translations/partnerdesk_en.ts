<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityEvidence</name>
    <message>
        <source>no activity evidence</source>
        <translation>no activity evidence</translation>
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
        <translation>The file holds no records.</translation>
    </message>
    <message>
        <source>The header has more than %1 columns.</source>
        <translation>The header has more than %1 columns.</translation>
    </message>
    <message>
        <source>The header has no column "%1": this is not an Entra %2 download.</source>
        <translation>The header has no column "%1": this is not an Entra %2 download.</translation>
    </message>
    <message>
        <source>sign-in log</source>
        <translation>sign-in log</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>audit log</translation>
    </message>
    <message>
        <source>Entra sign-in log (JSON)</source>
        <translation>Entra sign-in log (JSON)</translation>
    </message>
    <message>
        <source>Entra sign-in log (CSV)</source>
        <translation>Entra sign-in log (CSV)</translation>
    </message>
    <message>
        <source>Entra audit log (JSON)</source>
        <translation>Entra audit log (JSON)</translation>
    </message>
    <message>
        <source>Entra audit log (CSV)</source>
        <translation>Entra audit log (CSV)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>This is not an Entra sign-in or audit log.</source>
        <translation>This is not an Entra sign-in or audit log.</translation>
    </message>
    <message>
        <source>Longer than %1 characters.</source>
        <translation>Longer than %1 characters.</translation>
    </message>
    <message>
        <source>The sign-in has no ID.</source>
        <translation>The sign-in has no ID.</translation>
    </message>
    <message>
        <source>The time "%1" has no time zone; PartnerDesk does not guess one.</source>
        <translation>The time "%1" has no time zone; PartnerDesk does not guess one.</translation>
    </message>
    <message>
        <source>"%1" is not a date and time.</source>
        <translation>"%1" is not a date and time.</translation>
    </message>
    <message>
        <source>The partner's home tenant ID is not a tenant ID.</source>
        <translation>The partner's home tenant ID is not a tenant ID.</translation>
    </message>
    <message>
        <source>The file holds more than %1 partner sign-ins; download a shorter period.</source>
        <translation>The file holds more than %1 partner sign-ins; download a shorter period.</translation>
    </message>
    <message>
        <source>The audit record has no ID.</source>
        <translation>The audit record has no ID.</translation>
    </message>
    <message>
        <source>"%1" is not a date and time with a time zone.</source>
        <translation>"%1" is not a date and time with a time zone.</translation>
    </message>
    <message>
        <source>The file holds too many partner activities; download a shorter period.</source>
        <translation>The file holds too many partner activities; download a shorter period.</translation>
    </message>
    <message>
        <source>The file holds the time "%1", which is no date between 2000 and today: it was not written by Entra as it is.</source>
        <translation>The file holds the time "%1", which is no date between 2000 and today: it was not written by Entra as it is.</translation>
    </message>
    <message>
        <source>The partner sign-in names no tenant it signed in to.</source>
        <translation>The partner sign-in names no tenant it signed in to.</translation>
    </message>
    <message>
        <source>The time "%1" is no date between 2000 and today.</source>
        <translation>The time "%1" is no date between 2000 and today.</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>The record cannot be read: %1.</translation>
    </message>
</context>
<context>
    <name>ActivityImportDialog</name>
    <message>
        <source>Import a sign-in or audit log</source>
        <translation>Import a sign-in or audit log</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel reading</source>
        <translation>&amp;Cancel reading</translation>
    </message>
    <message>
        <source>&amp;Keep as evidence</source>
        <translation>&amp;Keep as evidence</translation>
    </message>
    <message>
        <source>The file covers %1 to %2 (UTC).</source>
        <translation>The file covers %1 to %2 (UTC).</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>This window cannot keep activity evidence.</source>
        <translation>This window cannot keep activity evidence.</translation>
    </message>
    <message>
        <source>Nothing can be kept from this file: it was refused as a whole (see above). Download the log again.</source>
        <translation>Nothing can be kept from this file: it was refused as a whole (see above). Download the log again.</translation>
    </message>
    <message>
        <source>The register already holds every partner sign-in and activity in this file.</source>
        <translation>The register already holds every partner sign-in and activity in this file.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %1 as evidence: %n new partner sign-in(s).</source>
        <translation><numerusform>Kept %1 as evidence: %n new partner sign-in.</numerusform><numerusform>Kept %1 as evidence: %n new partner sign-ins.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on To do in Microsoft 365 confirmed done.</source>
        <translation><numerusform>%n step on To do in Microsoft 365 confirmed done.</numerusform><numerusform>%n steps on To do in Microsoft 365 confirmed done.</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sign-ins (from the imported logs)</source>
        <translation>Sign-ins (from the imported logs)</translation>
    </message>
    <message>
        <source>No sign-in in the imported logs (%1).</source>
        <translation>No sign-in in the imported logs (%1).</translation>
    </message>
    <message>
        <source>Last sign-in: %1 (UTC)</source>
        <translation>Last sign-in: %1 (UTC)</translation>
    </message>
    <message>
        <source>Sign-ins: %1 in the last 30 days, %2 in the last 90 days of the logs</source>
        <translation>Sign-ins: %1 in the last 30 days, %2 in the last 90 days of the logs</translation>
    </message>
    <message>
        <source>Failed sign-ins: %1 in 30 days, %2 in 90 days</source>
        <translation>Failed sign-ins: %1 in 30 days, %2 in 90 days</translation>
    </message>
    <message>
        <source>(new in the last 30 days: %1)</source>
        <translation>(new in the last 30 days: %1)</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>Countries: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es) in 90 days</source>
        <translation><numerusform>%n IP address in 90 days</numerusform><numerusform>%n IP addresses in 90 days</numerusform></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>none in 90 days</source>
        <translation>none in 90 days</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see whether this partner signs in. Without it, nothing is known about its use of its roles.</source>
        <translation>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see whether this partner signs in. Without it, nothing is known about its use of its roles.</translation>
    </message>
    <message>
        <source>In the audit log:</source>
        <translation>In the audit log:</translation>
    </message>
    <message>
        <source>%1 on %2 (UTC) by %3: %4</source>
        <translation>%1 on %2 (UTC) by %3: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>result not given</source>
        <translation>result not given</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation><numerusform>and %n earlier</numerusform><numerusform>and %n earlier</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 8 GiB; download a shorter period.</source>
        <translation>%1 is larger than 8 GiB; download a shorter period.</translation>
    </message>
    <message>
        <source>%1 is not an Entra sign-in or audit log (JSON or CSV).</source>
        <translation>%1 is not an Entra sign-in or audit log (JSON or CSV).</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was imported.</source>
        <translation>Reading %1 was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>This is the sign-in log of tenant %1, not of your organisation (%2).</source>
        <translation>This is the sign-in log of tenant %1, not of your organisation (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n record(s) rejected. Download the log again.</source>
        <translation><numerusform>Nothing was imported from %1: %n record rejected. Download the log again.</numerusform><numerusform>Nothing was imported from %1: %n records rejected. Download the log again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read</source>
        <translation><numerusform>%n record read</numerusform><numerusform>%n records read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new partner sign-in(s)</source>
        <translation><numerusform>%n new partner sign-in</numerusform><numerusform>%n new partner sign-ins</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation><numerusform>%n already in the register</numerusform><numerusform>%n already in the register</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n passed over</source>
        <translation><numerusform>%n passed over</numerusform><numerusform>%n passed over</numerusform></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Service provider with access, not in your register: %1 (%2)</source>
        <translation>Service provider with access, not in your register: %1 (%2)</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>name not given</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) passed over: sign-ins of your own people or guests, not of a service provider.</source>
        <translation><numerusform>%n record passed over: sign-ins of your own people or guests, not of a service provider.</numerusform><numerusform>%n records passed over: sign-ins of your own people or guests, not of a service provider.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) passed over: not about a partner.</source>
        <translation><numerusform>%n record passed over: not about a partner.</numerusform><numerusform>%n records passed over: not about a partner.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partner sign-in(s) into another tenant passed over.</source>
        <translation><numerusform>%n partner sign-in into another tenant passed over.</numerusform><numerusform>%n partner sign-ins into another tenant passed over.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new partner lifecycle event(s)</source>
        <translation><numerusform>%n new partner lifecycle event</numerusform><numerusform>%n new partner lifecycle events</numerusform></translation>
    </message>
    <message>
        <source>Shows done in Microsoft 365: %1</source>
        <translation>Shows done in Microsoft 365: %1</translation>
    </message>
</context>
<context>
    <name>AdminCenterNotice</name>
    <message>
        <source>PartnerDesk keeps your register; it does not change your tenant itself.</source>
        <translation>PartnerDesk keeps your register; it does not change your tenant itself.</translation>
    </message>
    <message>
        <source>Open Microsoft 365 admin center</source>
        <translation>Open Microsoft 365 admin center</translation>
    </message>
</context>
<context>
    <name>AdminCenterPartnerReader</name>
    <message>
        <source>The partner has no id (its tenant ID).</source>
        <translation>The partner has no id (its tenant ID).</translation>
    </message>
    <message>
        <source>"%1" is not a tenant ID (a GUID).</source>
        <translation>"%1" is not a tenant ID (a GUID).</translation>
    </message>
    <message>
        <source>The partner %1 appears twice in the file (first as record %2).</source>
        <translation>The partner %1 appears twice in the file (first as record %2).</translation>
    </message>
    <message>
        <source>The partner has no name.</source>
        <translation>The partner has no name.</translation>
    </message>
    <message>
        <source>aadRoles is not a list of role template IDs.</source>
        <translation>aadRoles is not a list of role template IDs.</translation>
    </message>
    <message>
        <source>"%1" is not a role template ID (a GUID).</source>
        <translation>"%1" is not a role template ID (a GUID).</translation>
    </message>
    <message>
        <source>The partner's other fields are larger than %1 KB.</source>
        <translation>The partner's other fields are larger than %1 KB.</translation>
    </message>
    <message>
        <source>A partner holds at most %1 admin roles here.</source>
        <translation>A partner holds at most %1 admin roles here.</translation>
    </message>
    <message>
        <source>A partner has at most %1 partner types.</source>
        <translation>A partner has at most %1 partner types.</translation>
    </message>
</context>
<context>
    <name>AdminRole</name>
    <message>
        <source>Global Administrator</source>
        <translation>Global Administrator</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Helpdesk Administrator</translation>
    </message>
    <message>
        <source>Billing Administrator</source>
        <translation>Billing Administrator</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>User Administrator</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Global Reader</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Directory Readers</translation>
    </message>
    <message>
        <source>Directory Writers</source>
        <translation>Directory Writers</translation>
    </message>
    <message>
        <source>License Administrator</source>
        <translation>License Administrator</translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation>Service Support Administrator</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Privileged Role Administrator</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Privileged Authentication Administrator</translation>
    </message>
    <message>
        <source>Password Administrator</source>
        <translation>Password Administrator</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Security Administrator</translation>
    </message>
    <message>
        <source>Exchange Administrator</source>
        <translation>Exchange Administrator</translation>
    </message>
    <message>
        <source>SharePoint Administrator</source>
        <translation>SharePoint Administrator</translation>
    </message>
    <message>
        <source>Teams Administrator</source>
        <translation>Teams Administrator</translation>
    </message>
    <message>
        <source>Intune Administrator</source>
        <translation>Intune Administrator</translation>
    </message>
    <message>
        <source>Application Administrator</source>
        <translation>Application Administrator</translation>
    </message>
    <message>
        <source>Cloud Application Administrator</source>
        <translation>Cloud Application Administrator</translation>
    </message>
    <message>
        <source>Unknown role (ID %1)</source>
        <translation>Unknown role (ID %1)</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Accept agreement &amp; authorize partner</source>
        <translation>Accept agreement &amp; authorize partner</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Customer Agreement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner &amp;name:</source>
        <translation>Partner &amp;name:</translation>
    </message>
    <message>
        <source>Partner &amp;tenant ID:</source>
        <translation>Partner &amp;tenant ID:</translation>
    </message>
    <message>
        <source>I acknowledge that I read the Microsoft Customer Agreement</source>
        <translation>I acknowledge that I read the Microsoft Customer Agreement</translation>
    </message>
    <message>
        <source>Cancel invitation…</source>
        <translation>Cancel invitation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Accept &amp;&amp; Authorize</source>
        <translation>Accept &amp;&amp; Authorize</translation>
    </message>
    <message>
        <source>Tick the box to acknowledge that you read the agreement.</source>
        <translation>Tick the box to acknowledge that you read the agreement.</translation>
    </message>
    <message>
        <source>Enter the partner's name.</source>
        <translation>Enter the partner's name.</translation>
    </message>
    <message>
        <source>Enter the partner's tenant ID (a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10).</source>
        <translation>Enter the partner's tenant ID (a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10).</translation>
    </message>
    <message>
        <source>Accept agreement</source>
        <translation>Accept agreement</translation>
    </message>
    <message>
        <source>Read the full agreement at &lt;a href="%1"&gt;%1&lt;/a&gt;.</source>
        <translation>Read the full agreement at &lt;a href="%1"&gt;%1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline: nothing is granted, and the cancellation is kept in history</source>
        <translation>Decline: nothing is granted, and the cancellation is kept in history</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Version of %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit history could not be read or written: %1.</source>
        <translation>The audit history could not be read or written: %1.</translation>
    </message>
    <message>
        <source>events before it are missing</source>
        <translation>events before it are missing</translation>
    </message>
    <message>
        <source>its link to the previous event is broken</source>
        <translation>its link to the previous event is broken</translation>
    </message>
    <message>
        <source>its content was altered</source>
        <translation>its content was altered</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Verification was cancelled.</translation>
    </message>
    <message>
        <source>The register has no organisation recorded; it is incomplete.</source>
        <translation>The register has no organisation recorded; it is incomplete.</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>end requested</source>
        <translation>end requested</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP status</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>End requested on</source>
        <translation>End requested on</translation>
    </message>
    <message>
        <source>Contacted by</source>
        <translation>Contacted by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>MPSA partners see each other's purchases</source>
        <translation>MPSA partners see each other's purchases</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Register created</source>
        <translation>Register created</translation>
    </message>
    <message>
        <source>Relationship added</source>
        <translation>Relationship added</translation>
    </message>
    <message>
        <source>Marked as reviewed</source>
        <translation>Marked as reviewed</translation>
    </message>
    <message>
        <source>Admin roles removed</source>
        <translation>Admin roles removed</translation>
    </message>
    <message>
        <source>End of relationship requested</source>
        <translation>End of relationship requested</translation>
    </message>
    <message>
        <source>Partner ended the relationship</source>
        <translation>Partner ended the relationship</translation>
    </message>
    <message>
        <source>MPSA purchase sharing changed</source>
        <translation>MPSA purchase sharing changed</translation>
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
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Delegated admin</source>
        <translation>Delegated admin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Agreement version</source>
        <translation>Agreement version</translation>
    </message>
    <message>
        <source>SHA-256 of the text shown</source>
        <translation>SHA-256 of the text shown</translation>
    </message>
    <message>
        <source>Invitation received</source>
        <translation>Invitation received</translation>
    </message>
    <message>
        <source>Invitation accepted, agreement accepted</source>
        <translation>Invitation accepted, agreement accepted</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Invitation cancelled</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted</source>
        <translation>Microsoft Customer Agreement accepted</translation>
    </message>
    <message>
        <source>Contact request written</source>
        <translation>Contact request written</translation>
    </message>
    <message>
        <source>Directory service changed</source>
        <translation>Directory service changed</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Agreement accepted on</source>
        <translation>Agreement accepted on</translation>
    </message>
    <message>
        <source>GDAP relationship ID</source>
        <translation>GDAP relationship ID</translation>
    </message>
    <message>
        <source>GDAP relationship name</source>
        <translation>GDAP relationship name</translation>
    </message>
    <message>
        <source>GDAP duration</source>
        <translation>GDAP duration</translation>
    </message>
    <message>
        <source>GDAP start</source>
        <translation>GDAP start</translation>
    </message>
    <message>
        <source>GDAP end</source>
        <translation>GDAP end</translation>
    </message>
    <message>
        <source>Auto-extend</source>
        <translation>Auto-extend</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Other fields from the file (%1)</source>
        <translation>Other fields from the file (%1)</translation>
    </message>
    <message>
        <source>Relationship edited</source>
        <translation>Relationship edited</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Operator added or changed</source>
        <translation>Operator added or changed</translation>
    </message>
    <message>
        <source>Directory service</source>
        <translation>Directory service</translation>
    </message>
    <message>
        <source>Queued contact requests</source>
        <translation>Queued contact requests</translation>
    </message>
    <message>
        <source>Queued contact requests sent to another directory service</source>
        <translation>Queued contact requests sent to another directory service</translation>
    </message>
    <message>
        <source>From this version, decisions wait on a To do in Microsoft 365 list. Roles removed before it are kept as removed; no to-do was created for them.</source>
        <translation>From this version, decisions wait on a To do in Microsoft 365 list. Roles removed before it are kept as removed; no to-do was created for them.</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>To do in Microsoft 365</translation>
    </message>
    <message>
        <source>To-do number</source>
        <translation>To-do number</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Types to grant</source>
        <translation>Types to grant</translation>
    </message>
    <message>
        <source>Roles to grant</source>
        <translation>Roles to grant</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Shown by</source>
        <translation>Shown by</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>About the upgrade</source>
        <translation>About the upgrade</translation>
    </message>
    <message>
        <source>Removal of admin roles decided (to do in Microsoft 365)</source>
        <translation>Removal of admin roles decided (to do in Microsoft 365)</translation>
    </message>
    <message>
        <source>MPSA purchase sharing change decided (to do in Microsoft 365)</source>
        <translation>MPSA purchase sharing change decided (to do in Microsoft 365)</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 (marked by an admin)</source>
        <translation>Done in Microsoft 365 (marked by an admin)</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 (confirmed by an import)</source>
        <translation>Done in Microsoft 365 (confirmed by an import)</translation>
    </message>
    <message>
        <source>The tenant differs from the register (shown by an import)</source>
        <translation>The tenant differs from the register (shown by an import)</translation>
    </message>
    <message>
        <source>Decision withdrawn</source>
        <translation>Decision withdrawn</translation>
    </message>
    <message>
        <source>Register upgraded</source>
        <translation>Register upgraded</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>Partner sign-ins added</source>
        <translation>Partner sign-ins added</translation>
    </message>
    <message>
        <source>Partner activities added</source>
        <translation>Partner activities added</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Already in the register</translation>
    </message>
    <message>
        <source>File covers from</source>
        <translation>File covers from</translation>
    </message>
    <message>
        <source>File covers until</source>
        <translation>File covers until</translation>
    </message>
    <message>
        <source>Partner tenants that signed in</source>
        <translation>Partner tenants that signed in</translation>
    </message>
    <message>
        <source>Of them not in the register</source>
        <translation>Of them not in the register</translation>
    </message>
    <message>
        <source>Partner activity evidence imported</source>
        <translation>Partner activity evidence imported</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Review number</source>
        <translation>Review number</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Access review started</source>
        <translation>Access review started</translation>
    </message>
    <message>
        <source>Access review decision recorded</source>
        <translation>Access review decision recorded</translation>
    </message>
    <message>
        <source>Access review signed off</source>
        <translation>Access review signed off</translation>
    </message>
    <message>
        <source>written to the outbox</source>
        <translation>written to the outbox</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Contact request</translation>
    </message>
    <message>
        <source>Request key</source>
        <translation>Request key</translation>
    </message>
</context>
<context>
    <name>AuditEventDialog</name>
    <message>
        <source>History event %1</source>
        <translation>History event %1</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>None: it concerns the whole register</source>
        <translation>None: it concerns the whole register</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>This event records no field before and after.</source>
        <translation>This event records no field before and after.</translation>
    </message>
    <message>
        <source>Event %1, SHA-256 %2
after %3</source>
        <translation>Event %1, SHA-256 %2
after %3</translation>
    </message>
    <message>
        <source>What Verify history checks: each event's hash covers the one before it.</source>
        <translation>What Verify history checks: each event's hash covers the one before it.</translation>
    </message>
</context>
<context>
    <name>AuditHistoryModel</name>
    <message>
        <source>%1 UTC
Event %2
SHA-256 %3</source>
        <translation>%1 UTC
Event %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>Name or tenant ID</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>&amp;Verify history</source>
        <translation>&amp;Verify history</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>No events match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln event</numerusform><numerusform>%Ln events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln event(s); scroll down for older ones</source>
        <translation><numerusform>The newest %Ln event; scroll down for older ones</numerusform><numerusform>The newest %Ln events; scroll down for older ones</numerusform></translation>
    </message>
    <message>
        <source>Verifying the history…</source>
        <translation>Verifying the history…</translation>
    </message>
    <message>
        <source>The history was altered at event %1: %2.</source>
        <translation>The history was altered at event %1: %2.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>Clear filte&amp;rs</source>
        <translation>Clear filte&amp;rs</translation>
    </message>
    <message numerus="yes">
        <source>The whole history was checked: %Ln event(s).</source>
        <translation><numerusform>The whole history was checked: %Ln event.</numerusform><numerusform>The whole history was checked: %Ln events.</numerusform></translation>
    </message>
    <message>
        <source>It is intact.</source>
        <translation>It is intact.</translation>
    </message>
    <message numerus="yes">
        <source>The whole history is intact: %Ln event(s) verified, not only the rows shown.</source>
        <translation><numerusform>The whole history is intact: %Ln event verified, not only the rows shown.</numerusform><numerusform>The whole history is intact: %Ln events verified, not only the rows shown.</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditReceipt</name>
    <message>
        <source>Matches the receipt of %1 (event %2).</source>
        <translation>Matches the receipt of %1 (event %2).</translation>
    </message>
    <message>
        <source>Event %1 is missing: the receipt of %2 knew it.</source>
        <translation>Event %1 is missing: the receipt of %2 knew it.</translation>
    </message>
    <message>
        <source>Events %1–%2 are missing: the receipt of %3 knew them.</source>
        <translation>Events %1–%2 are missing: the receipt of %3 knew them.</translation>
    </message>
    <message>
        <source>The history was rewritten: event %1 is not the one the receipt of %2 recorded.</source>
        <translation>The history was rewritten: event %1 is not the one the receipt of %2 recorded.</translation>
    </message>
    <message>
        <source>No receipt of this register was found (looked in %1): PartnerDesk cannot tell whether its newest events were removed.</source>
        <translation>No receipt of this register was found (looked in %1): PartnerDesk cannot tell whether its newest events were removed.</translation>
    </message>
    <message numerus="yes">
        <source>Receipts that match: %n; the newest, of %1, knew the events up to %2.</source>
        <translation><numerusform>Receipts that match: %n; the newest, of %1, knew the events up to %2.</numerusform><numerusform>Receipts that match: %n; the newest, of %1, knew the events up to %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>CancelInvitationDialog</name>
    <message>
        <source>Cancel invitation?</source>
        <translation>Cancel invitation?</translation>
    </message>
    <message>
        <source>Cancel the invitation from %1? Nothing is granted, and the cancellation is kept in the history.</source>
        <translation>Cancel the invitation from %1? Nothing is granted, and the cancellation is kept in the history.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Reason (optional):</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Cancel invitation</translation>
    </message>
    <message>
        <source>Keep invitation</source>
        <translation>Keep invitation</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create-demo needs --db FILE: the register to create.</source>
        <translation>create-demo needs --db FILE: the register to create.</translation>
    </message>
    <message>
        <source>Created the demo register %1.</source>
        <translation>Created the demo register %1.</translation>
    </message>
    <message>
        <source>Organisation:        %1</source>
        <translation>Organisation:        %1</translation>
    </message>
    <message>
        <source>Tenant ID:           %1</source>
        <translation>Tenant ID:           %1</translation>
    </message>
    <message>
        <source>Register file:       %1</source>
        <translation>Register file:       %1</translation>
    </message>
    <message>
        <source>Schema version:      %1</source>
        <translation>Schema version:      %1</translation>
    </message>
    <message>
        <source>Partners:            %1</source>
        <translation>Partners:            %1</translation>
    </message>
    <message>
        <source>Relationships:       %1</source>
        <translation>Relationships:       %1</translation>
    </message>
    <message>
        <source>Audit events:        %1</source>
        <translation>Audit events:        %1</translation>
    </message>
    <message>
        <source>Newest audit hash:   %1</source>
        <translation>Newest audit hash:   %1</translation>
    </message>
    <message>
        <source>Acting as:           %1 &lt;%2&gt;</source>
        <translation>Acting as:           %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Partner tenant ID</source>
        <translation>Partner tenant ID</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Admin roles</translation>
    </message>
    <message>
        <source>Role template IDs</source>
        <translation>Role template IDs</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP status</translation>
    </message>
    <message>
        <source>GDAP end (UTC)</source>
        <translation>GDAP end (UTC)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>Unknown format %1; use table, json or csv.</source>
        <translation>Unknown format %1; use table, json or csv.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation><numerusform>%n relationship</numerusform><numerusform>%n relationships</numerusform></translation>
    </message>
    <message>
        <source>The audit history is broken at event %1: %2.</source>
        <translation>The audit history is broken at event %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The audit history is intact: %n event(s) verified.</source>
        <translation><numerusform>The audit history is intact: %n event verified.</numerusform><numerusform>The audit history is intact: %n events verified.</numerusform></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Act as the operator with this UPN.</source>
        <translation>Act as the operator with this UPN.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Language of the output: nl or en.</source>
        <translation>Language of the output: nl or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation>No command given. Try --help.</translation>
    </message>
    <message>
        <source>Give one command at a time. Try --help.</source>
        <translation>Give one command at a time. Try --help.</translation>
    </message>
    <message>
        <source>Unknown command %1. Try --help.</source>
        <translation>Unknown command %1. Try --help.</translation>
    </message>
    <message>
        <source>Unknown language %1; use nl or en.</source>
        <translation>Unknown language %1; use nl or en.</translation>
    </message>
    <message>
        <source>Open the register FILE instead of the default one.</source>
        <translation>Open the register FILE instead of the default one.</translation>
    </message>
    <message>
        <source>remove-roles needs the partner's tenant ID.</source>
        <translation>remove-roles needs the partner's tenant ID.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>No partner with tenant ID %1 is in the register.</translation>
    </message>
    <message>
        <source>Remove roles?</source>
        <translation>Remove roles?</translation>
    </message>
    <message>
        <source>The relationship stays: the partner can still work with you, for example as a Reseller, and can still make purchases.</source>
        <translation>The relationship stays: the partner can still work with you, for example as a Reseller, and can still make purchases.</translation>
    </message>
    <message>
        <source>Remove roles? [y/N] </source>
        <translation>Remove roles? [y/N] </translation>
    </message>
    <message>
        <source>No roles were removed.</source>
        <translation>No roles were removed.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>At most N history events (0: all).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit needs a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>inspect-link needs exactly one link (quote it).</source>
        <translation>inspect-link needs exactly one link (quote it).</translation>
    </message>
    <message>
        <source>Invitation:          %1</source>
        <translation>Invitation:          %1</translation>
    </message>
    <message>
        <source>GDAP relationship:   %1</source>
        <translation>GDAP relationship:   %1</translation>
    </message>
    <message>
        <source>Partner tenant ID:   %1</source>
        <translation>Partner tenant ID:   %1</translation>
    </message>
    <message>
        <source>PartnerID:           %1</source>
        <translation>PartnerID:           %1</translation>
    </message>
    <message>
        <source>Indirect provider:   %1</source>
        <translation>Indirect provider:   %1</translation>
    </message>
    <message>
        <source>Would grant:         Global Administrator and Helpdesk Administrator, with no end date (high risk)</source>
        <translation>Would grant:         Global Administrator and Helpdesk Administrator, with no end date (high risk)</translation>
    </message>
    <message>
        <source>Advice:              ask the partner for GDAP (time-bound, least privilege) instead.</source>
        <translation>Advice:              ask the partner for GDAP (time-bound, least privilege) instead.</translation>
    </message>
    <message>
        <source>Would grant:         the roles in the GDAP request, for its duration</source>
        <translation>Would grant:         the roles in the GDAP request, for its duration</translation>
    </message>
    <message>
        <source>Would grant:         no admin roles</source>
        <translation>Would grant:         no admin roles</translation>
    </message>
    <message>
        <source>inspect-link: print JSON.</source>
        <translation>inspect-link: print JSON.</translation>
    </message>
    <message>
        <source>The email file %1 cannot be read: %2</source>
        <translation>The email file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The email file %1 is larger than 32 MB.</source>
        <translation>The email file %1 is larger than 32 MB.</translation>
    </message>
    <message>
        <source>Refused link: %1
  %2</source>
        <translation>Refused link: %1
  %2</translation>
    </message>
    <message>
        <source>partnerdesk-cli: %1 holds no invitation link.</source>
        <translation>partnerdesk-cli: %1 holds no invitation link.</translation>
    </message>
    <message>
        <source>inspect-link: read the invitation links in this saved email.</source>
        <translation>inspect-link: read the invitation links in this saved email.</translation>
    </message>
    <message>
        <source>Give either a link or --eml FILE, not both.</source>
        <translation>Give either a link or --eml FILE, not both.</translation>
    </message>
    <message>
        <source>Answer Yes: to "Remove roles?", or to applying an import.</source>
        <translation>Answer Yes: to "Remove roles?", or to applying an import.</translation>
    </message>
    <message>
        <source>import: the name of that partner, when the register does not know it.</source>
        <translation>import: the name of that partner, when the register does not know it.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import: only show what the import would do.</source>
        <translation>import: only show what the import would do.</translation>
    </message>
    <message>
        <source>init: the organisation's name.</source>
        <translation>init: the organisation's name.</translation>
    </message>
    <message>
        <source>init: the organisation's tenant ID.</source>
        <translation>init: the organisation's tenant ID.</translation>
    </message>
    <message>
        <source>init: the first operator's UPN (a Global Administrator).</source>
        <translation>init: the first operator's UPN (a Global Administrator).</translation>
    </message>
    <message>
        <source>init, operator: the operator's name.</source>
        <translation>init, operator: the operator's name.</translation>
    </message>
    <message>
        <source>init, operator: an Entra role of the operator (repeat for each).</source>
        <translation>init, operator: an Entra role of the operator (repeat for each).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>One of the commands above.</translation>
    </message>
    <message>
        <source>remove-roles: the partners' tenant IDs; import: the files; operator: the UPN.</source>
        <translation>remove-roles: the partners' tenant IDs; import: the files; operator: the UPN.</translation>
    </message>
    <message>
        <source>operator needs one UPN.</source>
        <translation>operator needs one UPN.</translation>
    </message>
    <message>
        <source>Unknown role %1. Known roles: %2.</source>
        <translation>Unknown role %1. Known roles: %2.</translation>
    </message>
    <message>
        <source>init needs --db FILE: the register to create.</source>
        <translation>init needs --db FILE: the register to create.</translation>
    </message>
    <message>
        <source>init needs --role for each Entra role of the first operator, e.g. --role "Global Administrator".</source>
        <translation>init needs --role for each Entra role of the first operator, e.g. --role "Global Administrator".</translation>
    </message>
    <message>
        <source>Created the register of %1 in %2, with %3 as its first operator.</source>
        <translation>Created the register of %1 in %2, with %3 as its first operator.</translation>
    </message>
    <message>
        <source> (acts by default)</source>
        <translation> (acts by default)</translation>
    </message>
    <message>
        <source>operator needs the operator's UPN.</source>
        <translation>operator needs the operator's UPN.</translation>
    </message>
    <message>
        <source>Recorded operator %1 &lt;%2&gt;: %3.</source>
        <translation>Recorded operator %1 &lt;%2&gt;: %3.</translation>
    </message>
    <message>
        <source>import needs one or more files.</source>
        <translation>import needs one or more files.</translation>
    </message>
    <message>
        <source>Give either --dry-run or --yes, not both.</source>
        <translation>Give either --dry-run or --yes, not both.</translation>
    </message>
    <message>
        <source>Reading %1… %2%</source>
        <translation>Reading %1… %2%</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: correct the rejected records and import it again.</source>
        <translation>Nothing was imported from %1: correct the rejected records and import it again.</translation>
    </message>
    <message>
        <source>The register already holds what %1 says; nothing to change.</source>
        <translation>The register already holds what %1 says; nothing to change.</translation>
    </message>
    <message>
        <source>Apply these changes to the register? [y/N] </source>
        <translation>Apply these changes to the register? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n relationship(s) added or updated, one audit event each.</source>
        <translation><numerusform>Imported %1: %n relationship added or updated, one audit event each.</numerusform><numerusform>Imported %1: %n relationships added or updated, one audit event each.</numerusform></translation>
    </message>
    <message>
        <source>The register %1 is at schema version %2, this version's own.</source>
        <translation>The register %1 is at schema version %2, this version's own.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more invitation link(s), not shown.</source>
        <translation><numerusform>… and %n more invitation link, not shown.</numerusform><numerusform>… and %n more invitation links, not shown.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more refused link(s), not shown.</source>
        <translation><numerusform>… and %n more refused link, not shown.</numerusform><numerusform>… and %n more refused links, not shown.</numerusform></translation>
    </message>
    <message>
        <source> (removal decided, to-do %1)</source>
        <translation> (removal decided, to-do %1)</translation>
    </message>
    <message>
        <source> (authorization decided, to-do %1)</source>
        <translation> (authorization decided, to-do %1)</translation>
    </message>
    <message>
        <source>Recorded: the decision to remove the admin roles of %1. The partner holds them until they are removed in Microsoft 365.</source>
        <translation>Recorded: the decision to remove the admin roles of %1. The partner holds them until they are removed in Microsoft 365.</translation>
    </message>
    <message>
        <source>Now remove the roles in the Microsoft 365 admin center: %1</source>
        <translation>Now remove the roles in the Microsoft 365 admin center: %1</translation>
    </message>
    <message>
        <source>Then mark the step done: partnerdesk-cli todo done ID (partnerdesk-cli todo lists them).</source>
        <translation>Then mark the step done: partnerdesk-cli todo done ID (partnerdesk-cli todo lists them).</translation>
    </message>
    <message>
        <source>todo: list done and withdrawn steps too.</source>
        <translation>todo: list done and withdrawn steps too.</translation>
    </message>
    <message>
        <source>todo done, todo withdraw: a note kept with the step.</source>
        <translation>todo done, todo withdraw: a note kept with the step.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Decided (UTC)</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Closed (UTC)</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No decisions have waited on Microsoft 365 yet.</source>
        <translation>No decisions have waited on Microsoft 365 yet.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be done in Microsoft 365.</source>
        <translation>Nothing is waiting to be done in Microsoft 365.</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>decided %1 by %2, %n day(s) ago</source>
        <translation><numerusform>decided %1 by %2, %n day ago</numerusform><numerusform>decided %1 by %2, %n days ago</numerusform></translation>
    </message>
    <message>
        <source>closed %1 by %2%3</source>
        <translation>closed %1 by %2%3</translation>
    </message>
    <message>
        <source>the tenant differs from the register: %1 (%2)</source>
        <translation>the tenant differs from the register: %1 (%2)</translation>
    </message>
    <message>
        <source>todo %1 needs the number of one to-do (see partnerdesk-cli todo).</source>
        <translation>todo %1 needs the number of one to-do (see partnerdesk-cli todo).</translation>
    </message>
    <message>
        <source>There is no to-do %1 in the register.</source>
        <translation>There is no to-do %1 in the register.</translation>
    </message>
    <message>
        <source>Was this done in Microsoft 365? Mark it as done? [y/N] </source>
        <translation>Was this done in Microsoft 365? Mark it as done? [y/N] </translation>
    </message>
    <message>
        <source>Withdraw this decision? [y/N] </source>
        <translation>Withdraw this decision? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Marked done: %1</source>
        <translation>Marked done: %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>Withdrawn: %1</translation>
    </message>
    <message>
        <source>Unknown todo command %1: use todo, todo done ID or todo withdraw ID.</source>
        <translation>Unknown todo command %1: use todo, todo done ID or todo withdraw ID.</translation>
    </message>
    <message>
        <source>--receipt needs a receipt as partnerdesk-cli receipt prints it (PartnerDesk receipt v1 …).</source>
        <translation>--receipt needs a receipt as partnerdesk-cli receipt prints it (PartnerDesk receipt v1 …).</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) from elsewhere ignored (written for another register).</source>
        <translation><numerusform>%n receipt from elsewhere ignored (written for another register).</numerusform><numerusform>%n receipts from elsewhere ignored (written for another register).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n unreadable line(s) in the receipt files.</source>
        <translation><numerusform>Ignored %n unreadable line in the receipt files.</numerusform><numerusform>Ignored %n unreadable lines in the receipt files.</numerusform></translation>
    </message>
    <message>
        <source>The register has no audit history yet.</source>
        <translation>The register has no audit history yet.</translation>
    </message>
    <message>
        <source>verify-audit: also check against this receipt (as receipt prints it).</source>
        <translation>verify-audit: also check against this receipt (as receipt prints it).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format of list, history, todo and activity: table, json or csv; of demo-signins: json or csv.</source>
        <translation>Output format of list, history, todo and activity: table, json or csv; of demo-signins: json or csv.</translation>
    </message>
    <message>
        <source>history: only this partner's events; import: the partner a GDAP relationship file came from; activity: only this partner tenant.</source>
        <translation>history: only this partner's events; import: the partner a GDAP relationship file came from; activity: only this partner tenant.</translation>
    </message>
    <message>
        <source>activity: count sign-ins over the last N days of the logs (default 90).</source>
        <translation>activity: count sign-ins over the last N days of the logs (default 90).</translation>
    </message>
    <message>
        <source>demo-signins, export: the file to write.</source>
        <translation>demo-signins, export: the file to write.</translation>
    </message>
    <message>
        <source>export: the review whose decisions the report carries (default: the newest; none: no review).</source>
        <translation>export: the review whose decisions the report carries (default: the newest; none: no review).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>review start: the review's title (default: this quarter's).</source>
        <translation>review start: the review's title (default: this quarter's).</translation>
    </message>
    <message>
        <source>review start: the first day of the period it covers (YYYY-MM-DD).</source>
        <translation>review start: the first day of the period it covers (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>review start: the last day of the period it covers (YYYY-MM-DD).</source>
        <translation>review start: the last day of the period it covers (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>review decide ... request-end: how the partner was asked: email, phone, meeting or other.</source>
        <translation>review decide ... request-end: how the partner was asked: email, phone, meeting or other.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>export: the CSV delimiter, "," (default), ";" for Dutch Excel, or tab.</source>
        <translation>export: the CSV delimiter, "," (default), ";" for Dutch Excel, or tab.</translation>
    </message>
    <message>
        <source>CHARACTER</source>
        <translation>CHARACTER</translation>
    </message>
    <message>
        <source>verify-report needs one report file (JSON).</source>
        <translation>verify-report needs one report file (JSON).</translation>
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
  receipt         the register's current audit receipt, to keep elsewhere (an email, a ticket)
  remove-roles    record the decision to remove the admin roles of the partners with these tenant
                  IDs (asks first; --yes); the roles stay until the to-do is done
  todo            steps still to do in Microsoft 365 (--all, --format); todo done ID marks one
                  done, todo withdraw ID reverses its decision (--note, --yes)
  history         the audit history, newest first (--partner, --limit, --format)
  import          import partner files: CSV, Graph GDAP relationships (--partner, --partner-name),
                  cross-tenant access partners, the admin center's partner list; shows the dry
                  run and asks first (--dry-run only shows, --yes applies without asking); Entra
                  sign-in and audit logs (JSON or CSV) are kept as evidence of partner activity
  activity        partner sign-ins per partner tenant from the imported logs (--partner, --days,
                  --format table, json or csv)
  review          the access review: review shows it (--format), review start (--title, --from,
                  --to), review decide TENANT-ID keep|remove-roles|request-end (--note,
                  --yes, --method), review sign-off (--note)
  export          the access report as --format csv, pdf or json to --output FILE (--lang,
                  --review ID or none, --delimiter ";" for Dutch Excel)
  verify-report   check a JSON report against the register: still matching, or which partner
                  changed since
  demo-signins    write a made-up sign-in log of the demo register to --output FILE (--format csv)
  operators       who may act in the register, with their Entra roles
  operator        add or change an operator: operator UPN --name NAME --role ROLE...
  upgrade         bring a register written by an older version up to this version's schema
  inspect-link    what an invitation link is and would grant, or why it is refused (--json);
                  with --eml FILE, every invitation link in a saved email

Exit codes: 0 ok, 1 check failed, 2 bad input.</source>
        <translation>PartnerDesk command line: inspect and verify a register of Microsoft partner relationships.

Commands:
  init            create an empty register for your organisation in the --db file
                  (--organisation, --tenant, and the first operator: --operator, --name, --role...)
  create-demo     write the demo register to the --db file (which must not exist)
  info            organisation, schema version, counts and the newest audit hash
  list            partner relationships (--format table, json or csv)
  verify-audit    recompute the audit hash chain and name the first altered event, and compare
                  it with the receipts kept outside the register (and --receipt TEXT)
  receipt         the register's current audit receipt, to keep elsewhere (an email, a ticket)
  remove-roles    record the decision to remove the admin roles of the partners with these tenant
                  IDs (asks first; --yes); the roles stay until the to-do is done
  todo            steps still to do in Microsoft 365 (--all, --format); todo done ID marks one
                  done, todo withdraw ID reverses its decision (--note, --yes)
  history         the audit history, newest first (--partner, --limit, --format)
  import          import partner files: CSV, Graph GDAP relationships (--partner, --partner-name),
                  cross-tenant access partners, the admin center's partner list; shows the dry
                  run and asks first (--dry-run only shows, --yes applies without asking); Entra
                  sign-in and audit logs (JSON or CSV) are kept as evidence of partner activity
  activity        partner sign-ins per partner tenant from the imported logs (--partner, --days,
                  --format table, json or csv)
  review          the access review: review shows it (--format), review start (--title, --from,
                  --to), review decide TENANT-ID keep|remove-roles|request-end (--note,
                  --yes, --method), review sign-off (--note)
  export          the access report as --format csv, pdf or json to --output FILE (--lang,
                  --review ID or none, --delimiter ";" for Dutch Excel)
  verify-report   check a JSON report against the register: still matching, or which partner
                  changed since
  demo-signins    write a made-up sign-in log of the demo register to --output FILE (--format csv)
  operators       who may act in the register, with their Entra roles
  operator        add or change an operator: operator UPN --name NAME --role ROLE...
  upgrade         bring a register written by an older version up to this version's schema
  inspect-link    what an invitation link is and would grant, or why it is refused (--json);
                  with --eml FILE, every invitation link in a saved email

Exit codes: 0 ok, 1 check failed, 2 bad input.</translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message>
        <source>Reading %1… %2%</source>
        <translation>Reading %1… %2%</translation>
    </message>
    <message>
        <source>The file covers %1 to %2 (UTC).</source>
        <translation>The file covers %1 to %2 (UTC).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: the file was refused as a whole.</source>
        <translation>Nothing was imported from %1: the file was refused as a whole.</translation>
    </message>
    <message>
        <source>The register already holds every partner sign-in and activity in %1; nothing to add.</source>
        <translation>The register already holds every partner sign-in and activity in %1; nothing to add.</translation>
    </message>
    <message>
        <source>Keep this evidence in the register? [y/N] </source>
        <translation>Keep this evidence in the register? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n partner sign-in(s)</source>
        <translation><numerusform>Imported %1: %n partner sign-in</numerusform><numerusform>Imported %1: %n partner sign-ins</numerusform></translation>
    </message>
    <message>
        <source>one audit event.</source>
        <translation>one audit event.</translation>
    </message>
    <message>
        <source>--days needs a whole number from 1 to 3650.</source>
        <translation>--days needs a whole number from 1 to 3650.</translation>
    </message>
    <message>
        <source>Unknown format %1; use table, json or csv.</source>
        <translation>Unknown format %1; use table, json or csv.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>In register</source>
        <translation>In register</translation>
    </message>
    <message>
        <source>Last sign-in (UTC)</source>
        <translation>Last sign-in (UTC)</translation>
    </message>
    <message>
        <source>Sign-ins 30 days</source>
        <translation>Sign-ins 30 days</translation>
    </message>
    <message>
        <source>Sign-ins %1 days</source>
        <translation>Sign-ins %1 days</translation>
    </message>
    <message>
        <source>Failed 30 days</source>
        <translation>Failed 30 days</translation>
    </message>
    <message>
        <source>Failed %1 days</source>
        <translation>Failed %1 days</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log first (partnerdesk-cli import FILE).</source>
        <translation>No activity evidence: import an Entra sign-in log first (partnerdesk-cli import FILE).</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %1 (%n import(s))</source>
        <translation><numerusform>Evidence: %1 (%n import)</numerusform><numerusform>Evidence: %1 (%n imports)</numerusform></translation>
    </message>
    <message>
        <source>No partner signed in during the evidence period.</source>
        <translation>No partner signed in during the evidence period.</translation>
    </message>
    <message>
        <source>Service provider with access, not in your register: %1 (%2)</source>
        <translation>Service provider with access, not in your register: %1 (%2)</translation>
    </message>
    <message>
        <source>name not given</source>
        <translation>name not given</translation>
    </message>
    <message>
        <source>demo-signins needs --output FILE.</source>
        <translation>demo-signins needs --output FILE.</translation>
    </message>
    <message>
        <source>Unknown format %1; use json or csv.</source>
        <translation>Unknown format %1; use json or csv.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 exists already; choose a new file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo register's sign-in log (%n record(s)) to %1.</source>
        <translation><numerusform>Wrote the demo register's sign-in log (%n record) to %1.</numerusform><numerusform>Wrote the demo register's sign-in log (%n records) to %1.</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%n partner lifecycle event(s)</source>
        <translation><numerusform>%n partner lifecycle event</numerusform><numerusform>%n partner lifecycle events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on To do in Microsoft 365 confirmed done by the audit log.</source>
        <translation><numerusform>%n step on To do in Microsoft 365 confirmed done by the audit log.</numerusform><numerusform>%n steps on To do in Microsoft 365 confirmed done by the audit log.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliReports</name>
    <message>
        <source>export needs --output FILE.</source>
        <translation>export needs --output FILE.</translation>
    </message>
    <message>
        <source>Unknown report format %1; use csv, pdf or json.</source>
        <translation>Unknown report format %1; use csv, pdf or json.</translation>
    </message>
    <message>
        <source>The delimiter must be ",", ";" or tab.</source>
        <translation>The delimiter must be ",", ";" or tab.</translation>
    </message>
    <message>
        <source>--delimiter is for CSV reports only.</source>
        <translation>--delimiter is for CSV reports only.</translation>
    </message>
    <message>
        <source>--review needs a review number or none.</source>
        <translation>--review needs a review number or none.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report on %n partner(s) to %1.</source>
        <translation><numerusform>Wrote the report on %n partner to %1.</numerusform><numerusform>Wrote the report on %n partners to %1.</numerusform></translation>
    </message>
    <message>
        <source>Check it against the register later with: %1</source>
        <translation>Check it against the register later with: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The report does not match the register: %1</source>
        <translation>The report does not match the register: %1</translation>
    </message>
    <message>
        <source>The report matches the register.</source>
        <translation>The report matches the register.</translation>
    </message>
    <message numerus="yes">
        <source>The history has %n event(s) newer than the report; none of them changes what it says.</source>
        <translation><numerusform>The history has %n event newer than the report; none of them changes what it says.</numerusform><numerusform>The history has %n events newer than the report; none of them changes what it says.</numerusform></translation>
    </message>
    <message>
        <source>The report no longer matches the register:</source>
        <translation>The report no longer matches the register:</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 of %1: %2</translation>
    </message>
</context>
<context>
    <name>CliReview</name>
    <message>
        <source>No review was started yet. Start one with: review start</source>
        <translation>No review was started yet. Start one with: review start</translation>
    </message>
    <message>
        <source>Unknown format %1; use table or json.</source>
        <translation>Unknown format %1; use table or json.</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Review %1: %2</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Started review %1: %2 (%n partner(s)).</source>
        <translation><numerusform>Started review %1: %2 (%n partner).</numerusform><numerusform>Started review %1: %2 (%n partners).</numerusform></translation>
    </message>
    <message>
        <source>Unknown decision %1; use keep, remove-roles or request-end.</source>
        <translation>Unknown decision %1; use keep, remove-roles or request-end.</translation>
    </message>
    <message>
        <source>No review is open: start one first.</source>
        <translation>No review is open: start one first.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is part of the open review.</source>
        <translation>No partner with tenant ID %1 is part of the open review.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No review is open to sign off.</source>
        <translation>No review is open to sign off.</translation>
    </message>
    <message>
        <source>Review %1: %2.</source>
        <translation>Review %1: %2.</translation>
    </message>
    <message>
        <source>Use review, review start [--title, --from, --to], review decide TENANT-ID keep|remove-roles|request-end [--note, --method], or review sign-off [--note].</source>
        <translation>Use review, review start [--title, --from, --to], review decide TENANT-ID keep|remove-roles|request-end [--note, --method], or review sign-off [--note].</translation>
    </message>
    <message>
        <source>Remove roles? This records the decision to remove the admin roles of %1 (to do in Microsoft 365 afterwards). Add --yes to answer Yes.</source>
        <translation>Remove roles? This records the decision to remove the admin roles of %1 (to do in Microsoft 365 afterwards). Add --yes to answer Yes.</translation>
    </message>
    <message>
        <source>Say how the partner was asked to end the relationship: --method email, phone, meeting or other.</source>
        <translation>Say how the partner was asked to end the relationship: --method email, phone, meeting or other.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact selected providers</source>
        <translation>Contact selected providers</translation>
    </message>
    <message>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Organisation name:</translation>
    </message>
    <message>
        <source>Organisation &amp;size:</source>
        <translation>Organisation &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Phone (optional):</translation>
    </message>
    <message>
        <source>Your &amp;business needs:</source>
        <translation>Your &amp;business needs:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message numerus="yes">
        <source>One request to each of these %n provider(s): %1</source>
        <translation><numerusform>One request to each of these %n provider: %1</numerusform><numerusform>One request to each of these %n providers: %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Queue requests</source>
        <translation>&amp;Queue requests</translation>
    </message>
    <message>
        <source>No directory service is set up: the requests wait in the outbox until one is reachable.</source>
        <translation>No directory service is set up: the requests wait in the outbox until one is reachable.</translation>
    </message>
</context>
<context>
    <name>ContactRequest</name>
    <message>
        <source>Queued (not sent yet)</source>
        <translation>Queued (not sent yet)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Enter your organisation's name.</source>
        <translation>Enter your organisation's name.</translation>
    </message>
    <message>
        <source>Choose your organisation's size.</source>
        <translation>Choose your organisation's size.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@school.example.</source>
        <translation>Enter an email address such as name@school.example.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, +, -, ( and ) only.</source>
        <translation>The phone number may hold digits, spaces, +, -, ( and ) only.</translation>
    </message>
    <message>
        <source>Describe your business needs.</source>
        <translation>Describe your business needs.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>The description is %1 characters long; at most %2 fit.</translation>
    </message>
    <message>
        <source>Select at least one provider.</source>
        <translation>Select at least one provider.</translation>
    </message>
    <message>
        <source>Set a directory service to send the requests to.</source>
        <translation>Set a directory service to send the requests to.</translation>
    </message>
</context>
<context>
    <name>CrossTenantPartnerReader</name>
    <message>
        <source>The entry has no tenantId.</source>
        <translation>The entry has no tenantId.</translation>
    </message>
    <message>
        <source>"%1" is not a tenant ID (a GUID).</source>
        <translation>"%1" is not a tenant ID (a GUID).</translation>
    </message>
    <message>
        <source>The tenant %1 appears twice in the file (first as record %2).</source>
        <translation>The tenant %1 appears twice in the file (first as record %2).</translation>
    </message>
    <message>
        <source>isServiceProvider is neither true nor false.</source>
        <translation>isServiceProvider is neither true nor false.</translation>
    </message>
    <message>
        <source>The entry's settings are larger than %1 KB.</source>
        <translation>The entry's settings are larger than %1 KB.</translation>
    </message>
    <message>
        <source>Service provider %1 (not yet identified)</source>
        <translation>Service provider %1 (not yet identified)</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) skipped: not a service provider.</source>
        <translation><numerusform>%n tenant skipped: not a service provider.</numerusform><numerusform>%n tenants skipped: not a service provider.</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvPartnerReader</name>
    <message>
        <source>Line %1 has a cell longer than %2 characters.</source>
        <translation>Line %1 has a cell longer than %2 characters.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 columns.</source>
        <translation>Line %1 has more than %2 columns.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed.</source>
        <translation>A quoted cell that starts on line %1 is never closed.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>The column %1 appears twice.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>The header row has no tenant ID column ("Tenant ID" or "Partner tenant ID").</source>
        <translation>The header row has no tenant ID column ("Tenant ID" or "Partner tenant ID").</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Columns ignored: %1.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <source>This line has %1 cells where the header has %2.</source>
        <translation>This line has %1 cells where the header has %2.</translation>
    </message>
    <message>
        <source>The tenant ID is missing.</source>
        <translation>The tenant ID is missing.</translation>
    </message>
    <message>
        <source>"%1" is not a tenant ID (a GUID).</source>
        <translation>"%1" is not a tenant ID (a GUID).</translation>
    </message>
    <message>
        <source>"%1" is neither a known role name nor a role template ID (a GUID).</source>
        <translation>"%1" is neither a known role name nor a role template ID (a GUID).</translation>
    </message>
    <message>
        <source>Agreement states without a date ("%1") record nothing; give the date it was accepted on.</source>
        <translation>Agreement states without a date ("%1") record nothing; give the date it was accepted on.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write dates as 2026-11-24 or 24-11-2026.</source>
        <translation>"%1" is not a date; write dates as 2026-11-24 or 24-11-2026.</translation>
    </message>
    <message>
        <source>The file holds more than %1 records; split it.</source>
        <translation>The file holds more than %1 records; split it.</translation>
    </message>
</context>
<context>
    <name>CsvRecordStream</name>
    <message>
        <source>The file is UTF-16 text; Entra downloads are UTF-8. Download it again rather than saving it from Excel.</source>
        <translation>The file is UTF-16 text; Entra downloads are UTF-8. Download it again rather than saving it from Excel.</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 never ends: the file was cut off.</source>
        <translation>A quoted cell that starts on line %1 never ends: the file was cut off.</translation>
    </message>
    <message>
        <source>The row on line %1 is larger than 1 MiB.</source>
        <translation>The row on line %1 is larger than 1 MiB.</translation>
    </message>
    <message>
        <source>The row on line %1 has too many columns.</source>
        <translation>The row on line %1 has too many columns.</translation>
    </message>
    <message>
        <source>The file could not be read to its end (at line %1).</source>
        <translation>The file could not be read to its end (at line %1).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The register %1 cannot be read: %2.</source>
        <translation>The register %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk register: it is not an SQLite database.</source>
        <translation>%1 is not a PartnerDesk register: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PartnerDesk register.</source>
        <translation>%1 is an SQLite database but not a PartnerDesk register.</translation>
    </message>
    <message>
        <source>The register %1 could not be used: %2.</source>
        <translation>The register %1 could not be used: %2.</translation>
    </message>
    <message>
        <source>No register file was given.</source>
        <translation>No register file was given.</translation>
    </message>
    <message>
        <source>The register %1 does not exist.</source>
        <translation>The register %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 already exists; PartnerDesk does not overwrite files.</source>
        <translation>%1 already exists; PartnerDesk does not overwrite files.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 is a folder, not a register file.</translation>
    </message>
    <message>
        <source>The folder for the register %1 cannot be created.</source>
        <translation>The folder for the register %1 cannot be created.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; run scripts/install-deps.</source>
        <translation>The SQLite driver for Qt (QSQLITE) is not installed; run scripts/install-deps.</translation>
    </message>
    <message>
        <source>The register %1 is damaged or unreadable: %2.</source>
        <translation>The register %1 is damaged or unreadable: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk register.</source>
        <translation>%1 is not a PartnerDesk register.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a PartnerDesk register.</source>
        <translation>%1 is an empty file, not a PartnerDesk register.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (schema version %2; this version reads up to %3). It was left unchanged.</source>
        <translation>%1 was written by a newer version of PartnerDesk (schema version %2; this version reads up to %3). It was left unchanged.</translation>
    </message>
    <message>
        <source>The register %1 cannot be created.</source>
        <translation>The register %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk (schema version %2; this version uses %3) and was left unchanged. Upgrade it first: open it in PartnerDesk, or run partnerdesk-cli upgrade --db FILE.</source>
        <translation>%1 was written by an older version of PartnerDesk (schema version %2; this version uses %3) and was left unchanged. Upgrade it first: open it in PartnerDesk, or run partnerdesk-cli upgrade --db FILE.</translation>
    </message>
</context>
<context>
    <name>DirectoryEndpoint</name>
    <message>
        <source>No directory service is set up.</source>
        <translation>No directory service is set up.</translation>
    </message>
    <message>
        <source>The directory service address is not a valid URL.</source>
        <translation>The directory service address is not a valid URL.</translation>
    </message>
    <message>
        <source>The directory service address may not contain a user name or password.</source>
        <translation>The directory service address may not contain a user name or password.</translation>
    </message>
    <message>
        <source>The directory service must use https (plain http only to this computer itself).</source>
        <translation>The directory service must use https (plain http only to this computer itself).</translation>
    </message>
</context>
<context>
    <name>DirectoryRefresher</name>
    <message>
        <source>The directory service sent a page that is not valid directory JSON; the catalogue was kept.</source>
        <translation>The directory service sent a page that is not valid directory JSON; the catalogue was kept.</translation>
    </message>
    <message>
        <source>The directory service sent an entry without a valid tenant ID or name; the catalogue was kept.</source>
        <translation>The directory service sent an entry without a valid tenant ID or name; the catalogue was kept.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the catalogue was kept.</source>
        <translation>Refresh cancelled; the catalogue was kept.</translation>
    </message>
    <message>
        <source>The directory service sent more than PartnerDesk accepts; the catalogue was kept.</source>
        <translation>The directory service sent more than PartnerDesk accepts; the catalogue was kept.</translation>
    </message>
    <message>
        <source>The directory service sent a next link to another address; the catalogue was kept.</source>
        <translation>The directory service sent a next link to another address; the catalogue was kept.</translation>
    </message>
    <message>
        <source>the service did not answer in time</source>
        <translation>the service did not answer in time</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The directory could not be refreshed (%1); the catalogue was kept.</source>
        <translation>The directory could not be refreshed (%1); the catalogue was kept.</translation>
    </message>
    <message>
        <source>The directory service sent an entry with more than %1 locations, sizes, keywords or industries; the catalogue was kept.</source>
        <translation>The directory service sent an entry with more than %1 locations, sizes, keywords or industries; the catalogue was kept.</translation>
    </message>
    <message>
        <source>The directory service sent a page larger than %1 MB; the catalogue was kept.</source>
        <translation>The directory service sent a page larger than %1 MB; the catalogue was kept.</translation>
    </message>
</context>
<context>
    <name>EndRequestDialog</name>
    <message>
        <source>Request end of relationship</source>
        <translation>Request end of relationship</translation>
    </message>
    <message>
        <source>&amp;Date of contact:</source>
        <translation>&amp;Date of contact:</translation>
    </message>
    <message>
        <source>&amp;Contacted by:</source>
        <translation>&amp;Contacted by:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Only %1 can end the relationship. Record here that you asked them to; PartnerDesk shows "End requested" until you mark that the partner ended it.</source>
        <translation>Only %1 can end the relationship. Record here that you asked them to; PartnerDesk shows "End requested" until you mark that the partner ended it.</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Record request</translation>
    </message>
    <message>
        <source>The note is %1 characters long; shorten it to %2.</source>
        <translation>The note is %1 characters long; shorten it to %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF — to read and hand to an auditor</source>
        <translation>PDF — to read and hand to an auditor</translation>
    </message>
    <message>
        <source>CSV — for a spreadsheet</source>
        <translation>CSV — for a spreadsheet</translation>
    </message>
    <message>
        <source>JSON — to check later with verify-report</source>
        <translation>JSON — to check later with verify-report</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>No review: the register as it is</source>
        <translation>No review: the register as it is</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Review:</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel with Dutch settings</source>
        <translation>Semicolon (;) — Excel with Dutch settings</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Also save the report as &amp;JSON beside it, to check it against the register</source>
        <translation>Also save the report as &amp;JSON beside it, to check it against the register</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>partner-access-report</source>
        <translation>partner-access-report</translation>
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
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>Saved the report to %1 and, to check it, %2.</source>
        <translation>Saved the report to %1 and, to check it, %2.</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
    <message>
        <source>The PDF and its JSON would be the same file; give the PDF the extension .pdf.</source>
        <translation>The PDF and its JSON would be the same file; give the PDF the extension .pdf.</translation>
    </message>
    <message>
        <source>Replace the JSON?</source>
        <translation>Replace the JSON?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this report's JSON?</source>
        <translation>%1 exists already. Replace it with this report's JSON?</translation>
    </message>
    <message>
        <source>Choose another name, or clear "Also save the report as JSON".</source>
        <translation>Choose another name, or clear "Also save the report as JSON".</translation>
    </message>
</context>
<context>
    <name>FindPartnerPage</name>
    <message numerus="yes">
        <source>Refreshing the directory: %n partner(s) read</source>
        <translation><numerusform>Refreshing the directory: %n partner read</numerusform><numerusform>Refreshing the directory: %n partners read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The directory service is busy; trying again in %n second(s)…</source>
        <translation><numerusform>The directory service is busy; trying again in %n second…</numerusform><numerusform>The directory service is busy; trying again in %n seconds…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Directory refreshed: %n partner(s).</source>
        <translation><numerusform>Directory refreshed: %n partner.</numerusform><numerusform>Directory refreshed: %n partners.</numerusform></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Any size</translation>
    </message>
    <message>
        <source>Directory service saved.</source>
        <translation>Directory service saved.</translation>
    </message>
    <message>
        <source>The partner directory is not available.</source>
        <translation>The partner directory is not available.</translation>
    </message>
    <message>
        <source>The first 200 matches of %1 partners in the directory; add words to narrow them down.</source>
        <translation>The first 200 matches of %1 partners in the directory; add words to narrow them down.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Tick one or more providers first</source>
        <translation>Tick one or more providers first</translation>
    </message>
    <message numerus="yes">
        <source>Write one request to the %n selected provider(s)</source>
        <translation><numerusform>Write one request to the %n selected provider</numerusform><numerusform>Write one request to the %n selected providers</numerusform></translation>
    </message>
    <message>
        <source>Download the directory again from the directory service</source>
        <translation>Download the directory again from the directory service</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to the outbox; sending now.</source>
        <translation><numerusform>%n request written to the outbox; sending now.</numerusform><numerusform>%n requests written to the outbox; sending now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to the outbox; they are sent when a directory service is set up and reachable.</source>
        <translation><numerusform>%n request written to the outbox; they are sent when a directory service is set up and reachable.</numerusform><numerusform>%n requests written to the outbox; they are sent when a directory service is set up and reachable.</numerusform></translation>
    </message>
    <message>
        <source>Refreshing the directory…</source>
        <translation>Refreshing the directory…</translation>
    </message>
    <message>
        <source>City or country</source>
        <translation>City or country</translation>
    </message>
    <message>
        <source>Organisation si&amp;ze</source>
        <translation>Organisation si&amp;ze</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <source>Services, e.g. Intune security</source>
        <translation>Services, e.g. Intune security</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Organisation sizes</source>
        <translation>Organisation sizes</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Your request</translation>
    </message>
    <message>
        <source>&amp;Contact selected providers</source>
        <translation>&amp;Contact selected providers</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Directory service:</source>
        <translation>&amp;Directory service:</translation>
    </message>
    <message>
        <source>https://… (none: search the catalogue in the register)</source>
        <translation>https://… (none: search the catalogue in the register)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Queued contact requests</source>
        <translation>Queued contact requests</translation>
    </message>
    <message>
        <source>Directory service saved. The queued requests wait for the service they were written for.</source>
        <translation>Directory service saved. The queued requests wait for the service they were written for.</translation>
    </message>
    <message numerus="yes">
        <source>Directory service saved. %n queued request(s) will be sent to it.</source>
        <translation><numerusform>Directory service saved. %n queued request will be sent to it.</numerusform><numerusform>Directory service saved. %n queued requests will be sent to it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact request(s) with your contact details could not be sent yet: written for another directory service, or while none was set.

Send to %1 now?</source>
        <translation><numerusform>%n contact request with your contact details could not be sent yet: written for another directory service, or while none was set.

Send to %1 now?</numerusform><numerusform>%n contact requests with your contact details could not be sent yet: written for another directory service, or while none was set.

Send to %1 now?</numerusform></translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocation</translation>
    </message>
    <message>
        <source>&amp;Refresh directory</source>
        <translation>&amp;Refresh directory</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to PartnerDesk</source>
        <translation>Welcome to PartnerDesk</translation>
    </message>
    <message>
        <source>There is no register on this computer yet. A register holds your organisation's partners, the admin roles they hold and every decision taken about them.</source>
        <translation>There is no register on this computer yet. A register holds your organisation's partners, the admin roles they hold and every decision taken about them.</translation>
    </message>
    <message>
        <source>Look around in the &amp;demo register of a fictional school</source>
        <translation>Look around in the &amp;demo register of a fictional school</translation>
    </message>
    <message>
        <source>&amp;Create the register of my organisation</source>
        <translation>&amp;Create the register of my organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation's &amp;tenant ID:</source>
        <translation>Organisation's &amp;tenant ID:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <source>Your &amp;UPN:</source>
        <translation>Your &amp;UPN:</translation>
    </message>
    <message>
        <source>Your Entra &amp;roles:</source>
        <translation>Your Entra &amp;roles:</translation>
    </message>
    <message>
        <source>name@school.example</source>
        <translation>name@school.example</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The first operator must be a Global Administrator, who can then add the others.</source>
        <translation>The first operator must be a Global Administrator, who can then add the others.</translation>
    </message>
</context>
<context>
    <name>GdapDetails</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Approval pending</source>
        <translation>Approval pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Activating</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <translation>Termination requested</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Terminating</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>GraphRelationshipReader</name>
    <message>
        <source>The relationship has no id.</source>
        <translation>The relationship has no id.</translation>
    </message>
    <message>
        <source>"%1" is not a GDAP relationship id (a GUID, or two joined by a hyphen).</source>
        <translation>"%1" is not a GDAP relationship id (a GUID, or two joined by a hyphen).</translation>
    </message>
    <message>
        <source>The relationship %1 appears twice in the file (first as record %2).</source>
        <translation>The relationship %1 appears twice in the file (first as record %2).</translation>
    </message>
    <message>
        <source>The relationship does not name its customer's tenant.</source>
        <translation>The relationship does not name its customer's tenant.</translation>
    </message>
    <message>
        <source>This relationship is with another customer (tenant %1), not with this register's organisation.</source>
        <translation>This relationship is with another customer (tenant %1), not with this register's organisation.</translation>
    </message>
    <message>
        <source>The relationship has no status.</source>
        <translation>The relationship has no status.</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 duration such as P730D.</source>
        <translation>"%1" is not an ISO 8601 duration such as P730D.</translation>
    </message>
    <message>
        <source>Auto-extend is either P180D or PT0S, not "%1".</source>
        <translation>Auto-extend is either P180D or PT0S, not "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a role template ID (a GUID).</source>
        <translation>"%1" is not a role template ID (a GUID).</translation>
    </message>
    <message>
        <source>"%1" is not a date and time with its zone (such as 2026-11-24T09:30:00Z).</source>
        <translation>"%1" is not a date and time with its zone (such as 2026-11-24T09:30:00Z).</translation>
    </message>
    <message numerus="yes">
        <source>%n access assignment(s) read; their roles are those of their relationships.</source>
        <translation><numerusform>%n access assignment read; their roles are those of their relationships.</numerusform><numerusform>%n access assignments read; their roles are those of their relationships.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other GDAP relationship(s) of this partner kept as background; the register shows %1 and the roles of every relationship that grants access.</source>
        <translation><numerusform>%n other GDAP relationship of this partner kept as background; the register shows %1 and the roles of every relationship that grants access.</numerusform><numerusform>%n other GDAP relationships of this partner kept as background; the register shows %1 and the roles of every relationship that grants access.</numerusform></translation>
    </message>
    <message>
        <source>The status is longer than 64 characters.</source>
        <translation>The status is longer than 64 characters.</translation>
    </message>
    <message>
        <source>The relationship does not list its roles (accessDetails.unifiedRoles).</source>
        <translation>The relationship does not list its roles (accessDetails.unifiedRoles).</translation>
    </message>
    <message>
        <source>A relationship has at most %1 admin roles.</source>
        <translation>A relationship has at most %1 admin roles.</translation>
    </message>
    <message>
        <source>The relationship name is longer than %1 characters or not plain text.</source>
        <translation>The relationship name is longer than %1 characters or not plain text.</translation>
    </message>
    <message>
        <source>The status "%1" is not a single word such as active.</source>
        <translation>The status "%1" is not a single word such as active.</translation>
    </message>
    <message>
        <source>The file holds more than %1 GDAP relationships for one partner.</source>
        <translation>The file holds more than %1 GDAP relationships for one partner.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>This file holds GDAP relationships as a partner exports them. They name your organisation, not the partner: which partner did it come from?</source>
        <translation>This file holds GDAP relationships as a partner exports them. They name your organisation, not the partner: which partner did it come from?</translation>
    </message>
    <message>
        <source>&amp;Partner in the register:</source>
        <translation>&amp;Partner in the register:</translation>
    </message>
    <message>
        <source>Another partner (give its tenant ID)</source>
        <translation>Another partner (give its tenant ID)</translation>
    </message>
    <message>
        <source>Partner's &amp;tenant ID:</source>
        <translation>Partner's &amp;tenant ID:</translation>
    </message>
    <message>
        <source>Partner's &amp;name (when new):</source>
        <translation>Partner's &amp;name (when new):</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Read the file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Nothing can be applied while records are rejected: the file applies whole or not at all. Correct the file and import it again.</source>
        <translation>Nothing can be applied while records are rejected: the file applies whole or not at all. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>The register already holds what this file says; there is nothing to apply.</source>
        <translation>The register already holds what this file says; there is nothing to apply.</translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>Imported %1: %2.</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>CSV partner list</source>
        <translation>CSV partner list</translation>
    </message>
    <message>
        <source>GDAP relationships (Microsoft Graph JSON)</source>
        <translation>GDAP relationships (Microsoft Graph JSON)</translation>
    </message>
    <message>
        <source>Cross-tenant access partners (Microsoft Graph JSON)</source>
        <translation>Cross-tenant access partners (Microsoft Graph JSON)</translation>
    </message>
    <message>
        <source>Partner list saved from the Microsoft 365 admin center</source>
        <translation>Partner list saved from the Microsoft 365 admin center</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>added %1, updated %2, unchanged %3, rejected %4</source>
        <translation>added %1, updated %2, unchanged %3, rejected %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>added     %1 (%2), record %3</source>
        <translation>added     %1 (%2), record %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>updated   %1 (%2), record %3: %4</source>
        <translation>updated   %1 (%2), record %3: %4</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, record %2</translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation>%1, field %2</translation>
    </message>
    <message>
        <source>rejected  %1: %2</source>
        <translation>rejected  %1: %2</translation>
    </message>
    <message>
        <source>confirms  to-do %1: %2</source>
        <translation>confirms  to-do %1: %2</translation>
    </message>
    <message>
        <source>differs   %1 (%2): the tenant differs from the register; to-do %3 was marked done</source>
        <translation>differs   %1 (%2): the tenant differs from the register; to-do %3 was marked done</translation>
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
        <translation>none</translation>
    </message>
    <message>
        <source>no admin roles</source>
        <translation>no admin roles</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>Tenant ID</translation>
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
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; PartnerDesk imports files up to that size.</source>
        <translation>%1 is larger than %2 MB; PartnerDesk imports files up to that size.</translation>
    </message>
    <message>
        <source>%1 is not a file PartnerDesk can import: expected a CSV partner list, Graph GDAP relationships, cross-tenant access partners or the admin center's partner list.</source>
        <translation>%1 is not a file PartnerDesk can import: expected a CSV partner list, Graph GDAP relationships, cross-tenant access partners or the admin center's partner list.</translation>
    </message>
    <message>
        <source>%1 holds GDAP relationships, which do not name the partner: say which partner it came from (its tenant ID).</source>
        <translation>%1 holds GDAP relationships, which do not name the partner: say which partner it came from (its tenant ID).</translation>
    </message>
    <message>
        <source>"%1" is not a tenant ID (a GUID).</source>
        <translation>"%1" is not a tenant ID (a GUID).</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>The partner %1 appears twice in the file (first as record %2).</source>
        <translation>The partner %1 appears twice in the file (first as record %2).</translation>
    </message>
    <message>
        <source>The partner %1 is not in the register yet and the file gives no name for it.</source>
        <translation>The partner %1 is not in the register yet and the file gives no name for it.</translation>
    </message>
    <message>
        <source>The GDAP relationship %1 belongs to %2 in the register, not to this partner.</source>
        <translation>The GDAP relationship %1 belongs to %2 in the register, not to this partner.</translation>
    </message>
    <message>
        <source>The register changed since the dry run of %1; run the import again to see what it would do now.</source>
        <translation>The register changed since the dry run of %1; run the import again to see what it would do now.</translation>
    </message>
    <message>
        <source>as reported in %1</source>
        <translation>as reported in %1</translation>
    </message>
    <message>
        <source>%1 is a %2, which names its partners itself; a partner is given only with GDAP relationship files.</source>
        <translation>%1 is a %2, which names its partners itself; a partner is given only with GDAP relationship files.</translation>
    </message>
    <message>
        <source>The tenant ID of all zeros is not a partner's tenant.</source>
        <translation>The tenant ID of all zeros is not a partner's tenant.</translation>
    </message>
    <message>
        <source>%1 is your own organisation's tenant, not a partner's.</source>
        <translation>%1 is your own organisation's tenant, not a partner's.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more record(s) rejected.</source>
        <translation><numerusform>and %n more record rejected.</numerusform><numerusform>and %n more records rejected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n rejected record(s). Correct the file and import it again.</source>
        <translation><numerusform>Nothing was imported from %1: %n rejected record. Correct the file and import it again.</numerusform><numerusform>Nothing was imported from %1: %n rejected records. Correct the file and import it again.</numerusform></translation>
    </message>
    <message>
        <source>%1 shows this step done, so its to-do will close: %2</source>
        <translation>%1 shows this step done, so its to-do will close: %2</translation>
    </message>
    <message>
        <source>The tenant differs from the register: %1 holds admin roles again, though their removal was marked done on %2.</source>
        <translation>The tenant differs from the register: %1 holds admin roles again, though their removal was marked done on %2.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>The file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>The file is not valid UTF-16 text.</translation>
    </message>
    <message>
        <source>The file is UTF-8 text with a byte that is not UTF-8 on line %1; save it again as UTF-8.</source>
        <translation>The file is UTF-8 text with a byte that is not UTF-8 on line %1; save it again as UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 holds a byte that is text in neither UTF-8 nor Windows-1252.</source>
        <translation>Line %1 holds a byte that is text in neither UTF-8 nor Windows-1252.</translation>
    </message>
    <message>
        <source>The file holds more than %1 records; split it.</source>
        <translation>The file holds more than %1 records; split it.</translation>
    </message>
    <message>
        <source>The record is larger than %1 KB.</source>
        <translation>The record is larger than %1 KB.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>InvitationEmailDialog</name>
    <message>
        <source>Invitation links in %1</source>
        <translation>Invitation links in %1</translation>
    </message>
    <message>
        <source>Invitation links found</source>
        <translation>Invitation links found</translation>
    </message>
    <message>
        <source>&amp;Record selected</source>
        <translation>&amp;Record selected</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) found. Tick the ones to record; nothing is recorded until you choose Record selected.</source>
        <translation><numerusform>%n invitation link found. Tick the ones to record; nothing is recorded until you choose Record selected.</numerusform><numerusform>%n invitation links found. Tick the ones to record; nothing is recorded until you choose Record selected.</numerusform></translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Only the first %1 are shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n other link(s) look like invitations but are refused, e.g.: %1</source>
        <translation><numerusform>%n other link look like invitations but are refused, e.g.: %1</numerusform><numerusform>%n other links look like invitations but are refused, e.g.: %1</numerusform></translation>
    </message>
    <message>
        <source>%1 — partner %2</source>
        <translation>%1 — partner %2</translation>
    </message>
</context>
<context>
    <name>InvitationLink</name>
    <message>
        <source>Paste the invitation link from the partner's email.</source>
        <translation>Paste the invitation link from the partner's email.</translation>
    </message>
    <message>
        <source>This is not a web link.</source>
        <translation>This is not a web link.</translation>
    </message>
    <message>
        <source>The link does not use https. Microsoft's invitation links always do; do not use it.</source>
        <translation>The link does not use https. Microsoft's invitation links always do; do not use it.</translation>
    </message>
    <message>
        <source>The link hides another address before the host name (user@host), a known trick. Do not use it.</source>
        <translation>The link hides another address before the host name (user@host), a known trick. Do not use it.</translation>
    </message>
    <message>
        <source>The link does not point to Microsoft's admin center (admin.microsoft.com). It may imitate it; do not use it.</source>
        <translation>The link does not point to Microsoft's admin center (admin.microsoft.com). It may imitate it; do not use it.</translation>
    </message>
    <message>
        <source>The link goes to the Microsoft 365 admin center but not to a partner invitation.</source>
        <translation>The link goes to the Microsoft 365 admin center but not to a partner invitation.</translation>
    </message>
    <message>
        <source>The link has an invitation type PartnerDesk does not know.</source>
        <translation>The link has an invitation type PartnerDesk does not know.</translation>
    </message>
    <message>
        <source>The link does not say which partner sent it (partnerId is missing).</source>
        <translation>The link does not say which partner sent it (partnerId is missing).</translation>
    </message>
    <message>
        <source>The partner's tenant ID in the link (partnerId) is not a valid ID.</source>
        <translation>The partner's tenant ID in the link (partnerId) is not a valid ID.</translation>
    </message>
    <message>
        <source>The partner's PartnerID in the link (msppId) is not a number.</source>
        <translation>The partner's PartnerID in the link (msppId) is not a number.</translation>
    </message>
    <message>
        <source>The indirect provider's tenant ID in the link (indirectCSPId) is not a valid ID.</source>
        <translation>The indirect provider's tenant ID in the link (indirectCSPId) is not a valid ID.</translation>
    </message>
    <message>
        <source>The GDAP relationship ID in the link is not a valid ID.</source>
        <translation>The GDAP relationship ID in the link is not a valid ID.</translation>
    </message>
    <message>
        <source>The link still contains a template placeholder instead of the partner's details. Ask the partner for a complete link.</source>
        <translation>The link still contains a template placeholder instead of the partner's details. Ask the partner for a complete link.</translation>
    </message>
    <message>
        <source>The link is wrapped by Microsoft Defender Safe Links but the original link inside cannot be read.</source>
        <translation>The link is wrapped by Microsoft Defender Safe Links but the original link inside cannot be read.</translation>
    </message>
    <message>
        <source>Reseller and delegated admin invitation</source>
        <translation>Reseller and delegated admin invitation</translation>
    </message>
    <message>
        <source>Reseller invitation</source>
        <translation>Reseller invitation</translation>
    </message>
    <message>
        <source>Indirect reseller invitation</source>
        <translation>Indirect reseller invitation</translation>
    </message>
    <message>
        <source>Delegated admin invitation</source>
        <translation>Delegated admin invitation</translation>
    </message>
    <message>
        <source>GDAP relationship approval</source>
        <translation>GDAP relationship approval</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement only</source>
        <translation>Microsoft Customer Agreement only</translation>
    </message>
    <message>
        <source>The link gives the same setting twice (for example DAP or partnerId), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>The link gives the same setting twice (for example DAP or partnerId), so it can be read in two ways. Do not use it; ask the partner for a new link.</translation>
    </message>
    <message>
        <source>The link is both an agreement link (ref) and a partner invitation (invType), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>The link is both an agreement link (ref) and a partner invitation (invType), so it can be read in two ways. Do not use it; ask the partner for a new link.</translation>
    </message>
    <message>
        <source>The link approves a GDAP relationship but also carries invitation settings (invType, partnerId, DAP or ref), so it can be read in two ways. Do not use it; ask the partner for a new link.</source>
        <translation>The link approves a GDAP relationship but also carries invitation settings (invType, partnerId, DAP or ref), so it can be read in two ways. Do not use it; ask the partner for a new link.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Tick the box to acknowledge that you read the Microsoft Customer Agreement.</source>
        <translation>Tick the box to acknowledge that you read the Microsoft Customer Agreement.</translation>
    </message>
    <message>
        <source>The agreement that was shown is incomplete.</source>
        <translation>The agreement that was shown is incomplete.</translation>
    </message>
    <message>
        <source>The invitation was recorded but cannot be read back.</source>
        <translation>The invitation was recorded but cannot be read back.</translation>
    </message>
    <message>
        <source>This invitation is not in the register.</source>
        <translation>This invitation is not in the register.</translation>
    </message>
    <message>
        <source>This invitation was already accepted.</source>
        <translation>This invitation was already accepted.</translation>
    </message>
    <message>
        <source>This invitation was cancelled.</source>
        <translation>This invitation was cancelled.</translation>
    </message>
    <message>
        <source>This GDAP request was not approved within 90 days and has expired; ask the partner for a new one.</source>
        <translation>This GDAP request was not approved within 90 days and has expired; ask the partner for a new one.</translation>
    </message>
    <message>
        <source>Enter the partner's tenant ID; this link does not contain it.</source>
        <translation>Enter the partner's tenant ID; this link does not contain it.</translation>
    </message>
    <message>
        <source>Enter the partner's name.</source>
        <translation>Enter the partner's name.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>No partner with tenant ID %1 is in the register.</translation>
    </message>
    <message>
        <source>The agreement is already accepted for %1.</source>
        <translation>The agreement is already accepted for %1.</translation>
    </message>
</context>
<context>
    <name>InvitationsPage</name>
    <message>
        <source>&lt;b&gt;Global Administrator and Helpdesk Administrator, with no end date&lt;/b&gt; (delegated admin privileges).</source>
        <translation>&lt;b&gt;Global Administrator and Helpdesk Administrator, with no end date&lt;/b&gt; (delegated admin privileges).</translation>
    </message>
    <message>
        <source>High risk:</source>
        <translation>High risk:</translation>
    </message>
    <message>
        <source>the partner could do anything in your tenant, for as long as the roles are not removed. Ask the partner for GDAP instead: only the roles they need, for a limited time.</source>
        <translation>the partner could do anything in your tenant, for as long as the roles are not removed. Ask the partner for GDAP instead: only the roles they need, for a limited time.</translation>
    </message>
    <message>
        <source>The admin roles in the partner's GDAP request, until the relationship ends. Check the roles and duration in the Microsoft 365 admin center before you approve.</source>
        <translation>The admin roles in the partner's GDAP request, until the relationship ends. Check the roles and duration in the Microsoft 365 admin center before you approve.</translation>
    </message>
    <message>
        <source>No admin roles: this accepts the Microsoft Customer Agreement for a partner.</source>
        <translation>No admin roles: this accepts the Microsoft Customer Agreement for a partner.</translation>
    </message>
    <message>
        <source>No admin roles. The partner can buy and manage subscriptions for you once the agreement is accepted.</source>
        <translation>No admin roles. The partner can buy and manage subscriptions for you once the agreement is accepted.</translation>
    </message>
    <message>
        <source>(not in the link)</source>
        <translation>(not in the link)</translation>
    </message>
    <message>
        <source>Would grant Global Administrator: high risk</source>
        <translation>Would grant Global Administrator: high risk</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) waiting for a decision</source>
        <translation><numerusform>%n invitation waiting for a decision</numerusform><numerusform>%n invitations waiting for a decision</numerusform></translation>
    </message>
    <message>
        <source>Paste the link from the partner's email, or drop the email itself on this window.</source>
        <translation>Paste the link from the partner's email, or drop the email itself on this window.</translation>
    </message>
    <message>
        <source>Not an invitation link: %1</source>
        <translation>Not an invitation link: %1</translation>
    </message>
    <message>
        <source>%1 from %2 (already in your register)</source>
        <translation>%1 from %2 (already in your register)</translation>
    </message>
    <message>
        <source>%1 from a new partner (tenant %2)</source>
        <translation>%1 from a new partner (tenant %2)</translation>
    </message>
    <message>
        <source>Would grant:</source>
        <translation>Would grant:</translation>
    </message>
    <message>
        <source>You cannot add it: %1</source>
        <translation>You cannot add it: %1</translation>
    </message>
    <message>
        <source>Add the invitation to the list (Enter)</source>
        <translation>Add the invitation to the list (Enter)</translation>
    </message>
    <message>
        <source>Invitation added: review it, then accept or cancel it.</source>
        <translation>Invitation added: review it, then accept or cancel it.</translation>
    </message>
    <message>
        <source>the file is larger than 32 MB</source>
        <translation>the file is larger than 32 MB</translation>
    </message>
    <message>
        <source>The email %1 cannot be read: %2</source>
        <translation>The email %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The email %1 holds no invitation link.</source>
        <translation>The email %1 holds no invitation link.</translation>
    </message>
    <message>
        <source>A link in it looks like one but is refused: %1</source>
        <translation>A link in it looks like one but is refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation link(s) added from %1.</source>
        <translation><numerusform>%n invitation link added from %1.</numerusform><numerusform>%n invitation links added from %1.</numerusform></translation>
    </message>
    <message>
        <source>Open invitation email</source>
        <translation>Open invitation email</translation>
    </message>
    <message>
        <source>Saved emails (*.eml);;All files (*)</source>
        <translation>Saved emails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <source>No invitations are waiting. When a partner emails you an invitation link, paste it above to see what it would grant before you accept it.</source>
        <translation>No invitations are waiting. When a partner emails you an invitation link, paste it above to see what it would grant before you accept it.</translation>
    </message>
    <message>
        <source>Select an invitation to review it.</source>
        <translation>Select an invitation to review it.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>not named in this link; you enter it when you accept</source>
        <translation>not named in this link; you enter it when you accept</translation>
    </message>
    <message>
        <source>new partner, not in your register yet</source>
        <translation>new partner, not in your register yet</translation>
    </message>
    <message>
        <source>%1, already in your register</source>
        <translation>%1, already in your register</translation>
    </message>
    <message>
        <source>Partner tenant ID:</source>
        <translation>Partner tenant ID:</translation>
    </message>
    <message>
        <source>PartnerID:</source>
        <translation>PartnerID:</translation>
    </message>
    <message>
        <source>Indirect provider:</source>
        <translation>Indirect provider:</translation>
    </message>
    <message>
        <source>GDAP relationship:</source>
        <translation>GDAP relationship:</translation>
    </message>
    <message>
        <source>Partner type:</source>
        <translation>Partner type:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Not approved within 90 days; ask the partner for a new request.</source>
        <translation>Not approved within 90 days; ask the partner for a new request.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Accepting would grant:</source>
        <translation>Accepting would grant:</translation>
    </message>
    <message>
        <source>Accepting also accepts the Microsoft Customer Agreement for this partner.</source>
        <translation>Accepting also accepts the Microsoft Customer Agreement for this partner.</translation>
    </message>
    <message>
        <source>Review agreement and &amp;accept…</source>
        <translation>Review agreement and &amp;accept…</translation>
    </message>
    <message>
        <source>Review agreement and &amp;accept &amp;&amp; authorize…</source>
        <translation>Review agreement and &amp;accept &amp;&amp; authorize…</translation>
    </message>
    <message>
        <source>Opens the Microsoft Customer Agreement; nothing is accepted until you tick the box and confirm</source>
        <translation>Opens the Microsoft Customer Agreement; nothing is accepted until you tick the box and confirm</translation>
    </message>
    <message>
        <source>Decline the invitation; it stays in the history</source>
        <translation>Decline the invitation; it stays in the history</translation>
    </message>
    <message>
        <source>You are acting as %1, who may review this invitation but not accept it: %2.</source>
        <translation>You are acting as %1, who may review this invitation but not accept it: %2.</translation>
    </message>
    <message>
        <source>Invitation accepted in the register.</source>
        <translation>Invitation accepted in the register.</translation>
    </message>
    <message>
        <source>Nothing was decided; the invitation is still waiting.</source>
        <translation>Nothing was decided; the invitation is still waiting.</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>this partner</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Cancel invitation</translation>
    </message>
    <message>
        <source>Invitation cancelled and kept in the history. Nothing was granted.</source>
        <translation>Invitation cancelled and kept in the history. Nothing was granted.</translation>
    </message>
    <message>
        <source>https://admin.microsoft.com/… (the link in the partner's email)</source>
        <translation>https://admin.microsoft.com/… (the link in the partner's email)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Open email…</source>
        <translation>Open email…</translation>
    </message>
    <message>
        <source>Read the invitation links in a saved email (.eml)</source>
        <translation>Read the invitation links in a saved email (.eml)</translation>
    </message>
    <message>
        <source>&amp;Invitations received</source>
        <translation>&amp;Invitations received</translation>
    </message>
    <message>
        <source>Show accepted and cancelled</source>
        <translation>Show accepted and cancelled</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
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
        <translation>&amp;Cancel invitation…</translation>
    </message>
    <message>
        <source>%1 from the partner directory, not in your register yet</source>
        <translation>%1 from the partner directory, not in your register yet</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>it is not a file</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>A&amp;dd an invitation link</source>
        <translation>A&amp;dd an invitation link</translation>
    </message>
    <message>
        <source>This invitation is already in the list, received %1 and waiting for a decision. Add selects it.</source>
        <translation>This invitation is already in the list, received %1 and waiting for a decision. Add selects it.</translation>
    </message>
    <message>
        <source>Select the invitation already in the list (Enter)</source>
        <translation>Select the invitation already in the list (Enter)</translation>
    </message>
    <message>
        <source>This invitation was already in the list; nothing was added. It is selected.</source>
        <translation>This invitation was already in the list; nothing was added. It is selected.</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <source>The file holds no JSON.</source>
        <translation>The file holds no JSON.</translation>
    </message>
    <message>
        <source>The file ends in the middle of the JSON (after %1 bytes): it was cut off. Download it again.</source>
        <translation>The file ends in the middle of the JSON (after %1 bytes): it was cut off. Download it again.</translation>
    </message>
    <message>
        <source>The file is not valid JSON at byte %1.</source>
        <translation>The file is not valid JSON at byte %1.</translation>
    </message>
    <message>
        <source>Record %1 is larger than 1 MiB; a sign-in or audit record never is.</source>
        <translation>Record %1 is larger than 1 MiB; a sign-in or audit record never is.</translation>
    </message>
    <message>
        <source>The file holds a value larger than 1 MiB at byte %1.</source>
        <translation>The file holds a value larger than 1 MiB at byte %1.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply at byte %1; Entra records never are.</source>
        <translation>The JSON is nested too deeply at byte %1; Entra records never are.</translation>
    </message>
    <message>
        <source>At byte %1 the file holds something other than records: a list of objects, or pages with a "value" list of objects, was expected.</source>
        <translation>At byte %1 the file holds something other than records: a list of objects, or pages with a "value" list of objects, was expected.</translation>
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
        <translation>Partner relationships</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;About PartnerDesk</translation>
    </message>
    <message>
        <source>%1 — PartnerDesk</source>
        <translation>%1 — PartnerDesk</translation>
    </message>
    <message>
        <source>no admin roles</source>
        <translation>no admin roles</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>About PartnerDesk</source>
        <translation>About PartnerDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PartnerDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A register of your organisation's Microsoft partner relationships: who your partners are, which admin roles they hold, and every decision taken about them.&lt;/p&gt;&lt;p&gt;PartnerDesk records your decisions; changes in your tenant itself are made in the Microsoft 365 admin center.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PartnerDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A register of your organisation's Microsoft partner relationships: who your partners are, which admin roles they hold, and every decision taken about them.&lt;/p&gt;&lt;p&gt;PartnerDesk records your decisions; changes in your tenant itself are made in the Microsoft 365 admin center.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Find a partner</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Paste invitation link</source>
        <translation>&amp;Paste invitation link</translation>
    </message>
    <message>
        <source>&amp;Open invitation email…</source>
        <translation>&amp;Open invitation email…</translation>
    </message>
    <message>
        <source>The clipboard holds no link or email to add.</source>
        <translation>The clipboard holds no link or email to add.</translation>
    </message>
    <message>
        <source>Invitation accepted in the register</source>
        <translation>Invitation accepted in the register</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Add partner…</translation>
    </message>
    <message>
        <source>&amp;Import partner file…</source>
        <translation>&amp;Import partner file…</translation>
    </message>
    <message>
        <source>Import partner file</source>
        <translation>Import partner file</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>the pasted text</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>To do in Microsoft 365</translation>
    </message>
    <message>
        <source>To do in Microsoft 365 (%1)</source>
        <translation>To do in Microsoft 365 (%1)</translation>
    </message>
    <message>
        <source>Recorded. Now accept the invitation in the Microsoft 365 admin center: open the partner's link there and accept it with the same choices. The step waits on the To do in Microsoft 365 page until you mark it done.</source>
        <translation>Recorded. Now accept the invitation in the Microsoft 365 admin center: open the partner's link there and accept it with the same choices. The step waits on the To do in Microsoft 365 page until you mark it done.</translation>
    </message>
    <message>
        <source>Acting a&amp;s:</source>
        <translation>Acting a&amp;s:</translation>
    </message>
    <message>
        <source>Partner files and Entra logs (*.csv *.json *.txt);;All files (*)</source>
        <translation>Partner files and Entra logs (*.csv *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;How PartnerDesk works</source>
        <translation>&amp;How PartnerDesk works</translation>
    </message>
    <message>
        <source>&amp;Manage partner relationships (Microsoft Learn)</source>
        <translation>&amp;Manage partner relationships (Microsoft Learn)</translation>
    </message>
    <message>
        <source>How PartnerDesk works</source>
        <translation>How PartnerDesk works</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PartnerDesk is a register: it records what you decide about your Microsoft partners. It does not change your tenant.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PartnerDesk is a register: it records what you decide about your Microsoft partners. It does not change your tenant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Partner relationships&lt;/b&gt; lists each partner, the admin roles your tenant is known to hold for it, and the risk: high when a delegated admin holds Global Administrator.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decisions&lt;/b&gt; such as removing roles, ending a relationship or accepting an invitation are recorded here. The step itself is done in the Microsoft 365 admin center; it waits on &lt;b&gt;To do in Microsoft 365&lt;/b&gt; until you mark it done there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evidence&lt;/b&gt;: import the partner list from the admin center and Entra sign-in logs to see which partners still sign in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Access review&lt;/b&gt; takes you through every current partner; a report shows the register as of a moment and can be checked against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History&lt;/b&gt; keeps every decision in a chain of hashes; &lt;b&gt;Verify history&lt;/b&gt; shows whether anything was altered.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Keyboard: Ctrl+1 to Ctrl+8 open the pages, Ctrl+F finds, Tab moves on, Escape clears a filter.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Partner relationships&lt;/b&gt; lists each partner, the admin roles your tenant is known to hold for it, and the risk: high when a delegated admin holds Global Administrator.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decisions&lt;/b&gt; such as removing roles, ending a relationship or accepting an invitation are recorded here. The step itself is done in the Microsoft 365 admin center; it waits on &lt;b&gt;To do in Microsoft 365&lt;/b&gt; until you mark it done there.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Evidence&lt;/b&gt;: import the partner list from the admin center and Entra sign-in logs to see which partners still sign in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Access review&lt;/b&gt; takes you through every current partner; a report shows the register as of a moment and can be checked against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History&lt;/b&gt; keeps every decision in a chain of hashes; &lt;b&gt;Verify history&lt;/b&gt; shows whether anything was altered.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Keyboard: Ctrl+1 to Ctrl+8 open the pages, Ctrl+F finds, Tab moves on, Escape clears a filter.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Change operator</source>
        <translation>Change operator</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>name@school.example</source>
        <translation>name@school.example</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Entra &amp;roles:</source>
        <translation>Entra &amp;roles:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>The user principal name has the form name@school.example.</source>
        <translation>The user principal name has the form name@school.example.</translation>
    </message>
    <message>
        <source>Give the operator's name, as plain text.</source>
        <translation>Give the operator's name, as plain text.</translation>
    </message>
    <message>
        <source>Choose at least one Entra role the operator holds, from the catalogue.</source>
        <translation>Choose at least one Entra role the operator holds, from the catalogue.</translation>
    </message>
    <message>
        <source>Give the organisation's name, as plain text.</source>
        <translation>Give the organisation's name, as plain text.</translation>
    </message>
    <message>
        <source>The organisation's tenant ID must be a GUID such as 9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.</source>
        <translation>The organisation's tenant ID must be a GUID such as 9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d.</translation>
    </message>
    <message>
        <source>The register needs at least one Global Administrator among its operators.</source>
        <translation>The register needs at least one Global Administrator among its operators.</translation>
    </message>
</context>
<context>
    <name>OrganisationSize</name>
    <message>
        <source>Small (1–50 people)</source>
        <translation>Small (1–50 people)</translation>
    </message>
    <message>
        <source>Medium (51–250 people)</source>
        <translation>Medium (51–250 people)</translation>
    </message>
    <message>
        <source>Large (251–1,000 people)</source>
        <translation>Large (251–1,000 people)</translation>
    </message>
    <message>
        <source>Enterprise (more than 1,000 people)</source>
        <translation>Enterprise (more than 1,000 people)</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>This contact request is not in the register.</source>
        <translation>This contact request is not in the register.</translation>
    </message>
    <message>
        <source>The directory service's answer was larger than %1 KB; it was not read.</source>
        <translation>The directory service's answer was larger than %1 KB; it was not read.</translation>
    </message>
</context>
<context>
    <name>OverviewChartView</name>
    <message>
        <source>Click or press Enter to show these partners.</source>
        <translation>Click or press Enter to show these partners.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>Show these %n partner(s)</source>
        <translation><numerusform>Show these %n partner</numerusform><numerusform>Show these %n partners</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln current partner(s); %1 at high risk</source>
        <translation><numerusform>%Ln current partner; %1 at high risk</numerusform><numerusform>%Ln current partners; %1 at high risk</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPane</name>
    <message>
        <source>Select a partner to see its details.</source>
        <translation>Select a partner to see its details.</translation>
    </message>
    <message>
        <source>Partner tenant ID:</source>
        <translation>Partner tenant ID:</translation>
    </message>
    <message>
        <source>PartnerID:</source>
        <translation>PartnerID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Relationship type:</source>
        <translation>Relationship type:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Admin roles:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <source>GDAP:</source>
        <translation>GDAP:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Last reviewed:</translation>
    </message>
    <message>
        <source>&amp;Remove roles</source>
        <translation>&amp;Remove roles</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>Accept a&amp;greement</source>
        <translation>Accept a&amp;greement</translation>
    </message>
    <message>
        <source>Request &amp;end of relationship</source>
        <translation>Request &amp;end of relationship</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) selected.</source>
        <translation><numerusform>%n partner selected.</numerusform><numerusform>%n partners selected.</numerusform></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risk: %1</translation>
    </message>
    <message>
        <source>No type (a relationship without roles)</source>
        <translation>No type (a relationship without roles)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (privileged)</translation>
    </message>
    <message>
        <source>Accepted on %1 by %2 (%3), agreement %4 version %5</source>
        <translation>Accepted on %1 by %2 (%3), agreement %4 version %5</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>%1, status %2</source>
        <translation>%1, status %2</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation><numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Auto-extend: on</source>
        <translation>Auto-extend: on</translation>
    </message>
    <message>
        <source>Auto-extend: off</source>
        <translation>Auto-extend: off</translation>
    </message>
    <message>
        <source>Not a GDAP relationship</source>
        <translation>Not a GDAP relationship</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>No recorded activity.</source>
        <translation>No recorded activity.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Remove this partner's admin roles (Delete)</source>
        <translation>Remove this partner's admin roles (Delete)</translation>
    </message>
    <message>
        <source>This partner holds no admin roles.</source>
        <translation>This partner holds no admin roles.</translation>
    </message>
    <message>
        <source>Record that you reviewed this partner today</source>
        <translation>Record that you reviewed this partner today</translation>
    </message>
    <message>
        <source>The agreement is already accepted.</source>
        <translation>The agreement is already accepted.</translation>
    </message>
    <message>
        <source>You are acting as %1, who may look but not change: %2.</source>
        <translation>You are acting as %1, who may look but not change: %2.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>MPSA purchase sharing:</source>
        <translation>MPSA purchase sharing:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>End requested on %1 (%2)</source>
        <translation>End requested on %1 (%2)</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Ended on %1</translation>
    </message>
    <message>
        <source>Record that you asked the partner to end the relationship</source>
        <translation>Record that you asked the partner to end the relationship</translation>
    </message>
    <message>
        <source>An end of this relationship is already requested or recorded.</source>
        <translation>An end of this relationship is already requested or recorded.</translation>
    </message>
    <message>
        <source>Record that the partner ended the relationship</source>
        <translation>Record that the partner ended the relationship</translation>
    </message>
    <message>
        <source>Read the Microsoft Customer Agreement and accept it for this partner</source>
        <translation>Read the Microsoft Customer Agreement and accept it for this partner</translation>
    </message>
    <message>
        <source>Ed&amp;it partner…</source>
        <translation>Ed&amp;it partner…</translation>
    </message>
    <message>
        <source>Change the partner's details, types, roles or GDAP record as the tenant shows them</source>
        <translation>Change the partner's details, types, roles or GDAP record as the tenant shows them</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Partner en&amp;ded the relationship</source>
        <translation>Partner en&amp;ded the relationship</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Tenant ID:</translation>
    </message>
    <message>
        <source>Partner&amp;ID:</source>
        <translation>Partner&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement</source>
        <translation>Microsoft Customer Agreement</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement was &amp;accepted for this partner</source>
        <translation>The Microsoft Customer Agreement was &amp;accepted for this partner</translation>
    </message>
    <message>
        <source>Accepted &amp;on (UTC):</source>
        <translation>Accepted &amp;on (UTC):</translation>
    </message>
    <message>
        <source>Partner t&amp;ype</source>
        <translation>Partner t&amp;ype</translation>
    </message>
    <message>
        <source>Admin &amp;roles in your tenant</source>
        <translation>Admin &amp;roles in your tenant</translation>
    </message>
    <message>
        <source>&amp;Granular delegated admin (GDAP) relationship</source>
        <translation>&amp;Granular delegated admin (GDAP) relationship</translation>
    </message>
    <message>
        <source>Relationship na&amp;me:</source>
        <translation>Relationship na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Duration (ISO 8601):</source>
        <translation>&amp;Duration (ISO 8601):</translation>
    </message>
    <message>
        <source>Auto-e&amp;xtend by 180 days</source>
        <translation>Auto-e&amp;xtend by 180 days</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>optional: the id from the partner's link or export</source>
        <translation>optional: the id from the partner's link or export</translation>
    </message>
    <message>
        <source>%1 (privileged)</source>
        <translation>%1 (privileged)</translation>
    </message>
    <message>
        <source>This record cannot be changed: it says who accepted which text, and when.</source>
        <translation>This record cannot be changed: it says who accepted which text, and when.</translation>
    </message>
    <message>
        <source>Record here an acceptance made earlier in the Microsoft 365 admin center. To accept it now, use Accept agreement in the partner's details.</source>
        <translation>Record here an acceptance made earlier in the Microsoft 365 admin center. To accept it now, use Accept agreement in the partner's details.</translation>
    </message>
    <message>
        <source>Ends: give a duration such as P730D (2 years) or P90D.</source>
        <translation>Ends: give a duration such as P730D (2 years) or P90D.</translation>
    </message>
    <message>
        <source>Ends on %1 (UTC); all its roles end together.</source>
        <translation>Ends on %1 (UTC); all its roles end together.</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 duration such as P730D.</source>
        <translation>"%1" is not an ISO 8601 duration such as P730D.</translation>
    </message>
    <message>
        <source>A&amp;ccepted by:</source>
        <translation>A&amp;ccepted by:</translation>
    </message>
    <message>
        <source>U&amp;PN of that person:</source>
        <translation>U&amp;PN of that person:</translation>
    </message>
    <message>
        <source>Re&amp;lationship ID:</source>
        <translation>Re&amp;lationship ID:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Begins on (UTC):</source>
        <translation>&amp;Begins on (UTC):</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Filter by name, tenant ID, PartnerID or role (Ctrl+F)</source>
        <translation>Filter by name, tenant ID, PartnerID or role (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Filter partners</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Show only partners that &amp;need attention</source>
        <translation>Show only partners that &amp;need attention</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>There are no partners in the register yet. When a partner sends you an invitation link, add it here; or find a partner to work with.</source>
        <translation>There are no partners in the register yet. When a partner sends you an invitation link, add it here; or find a partner to work with.</translation>
    </message>
    <message>
        <source>&amp;Add an invitation link</source>
        <translation>&amp;Add an invitation link</translation>
    </message>
    <message>
        <source>&amp;Find a partner</source>
        <translation>&amp;Find a partner</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>The selected partners hold no admin roles.</source>
        <translation>The selected partners hold no admin roles.</translation>
    </message>
    <message>
        <source>&amp;Remove roles…</source>
        <translation>&amp;Remove roles…</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>&amp;Copy partner tenant ID</source>
        <translation>&amp;Copy partner tenant ID</translation>
    </message>
    <message>
        <source>Loading partners…</source>
        <translation>Loading partners…</translation>
    </message>
    <message>
        <source>No partners in the register yet.</source>
        <translation>No partners in the register yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln partner(s)</source>
        <translation><numerusform>%1 of %Ln partner</numerusform><numerusform>%1 of %Ln partners</numerusform></translation>
    </message>
    <message>
        <source>Partner relationships</source>
        <translation>Partner relationships</translation>
    </message>
    <message>
        <source>Partner ended the relationship?</source>
        <translation>Partner ended the relationship?</translation>
    </message>
    <message>
        <source>Record that %1 ended the relationship? It stays in the register as history.</source>
        <translation>Record that %1 ended the relationship? It stays in the register as history.</translation>
    </message>
    <message>
        <source>Agreement accepted in the register</source>
        <translation>Agreement accepted in the register</translation>
    </message>
    <message>
        <source>Recorded. Now accept the agreement in the Microsoft 365 admin center too.</source>
        <translation>Recorded. Now accept the agreement in the Microsoft 365 admin center too.</translation>
    </message>
    <message>
        <source>Add partner &amp;by hand</source>
        <translation>Add partner &amp;by hand</translation>
    </message>
    <message>
        <source>&amp;Import a partner file</source>
        <translation>&amp;Import a partner file</translation>
    </message>
    <message>
        <source>High ris&amp;k only</source>
        <translation>High ris&amp;k only</translation>
    </message>
    <message>
        <source>Delegated admin: a standing Global Administrator with no end date</source>
        <translation>Delegated admin: a standing Global Administrator with no end date</translation>
    </message>
    <message>
        <source>All delegated admin types (DAP and GDAP)</source>
        <translation>All delegated admin types (DAP and GDAP)</translation>
    </message>
    <message numerus="yes">
        <source>Service provider(s) not in your register signed in to your tenant (%n): %1. Find out who they are, then add them to the register or remove their access in Microsoft 365.</source>
        <translation><numerusform>Service provider not in your register signed in to your tenant (%n): %1. Find out who they are, then add them to the register or remove their access in Microsoft 365.</numerusform><numerusform>Service providers not in your register signed in to your tenant (%n): %1. Find out who they are, then add them to the register or remove their access in Microsoft 365.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>From the overview: %1 — %n partner(s)</source>
        <translation><numerusform>From the overview: %1 — %n partner</numerusform><numerusform>From the overview: %1 — %n partners</numerusform></translation>
    </message>
    <message>
        <source>Show &amp;all partners</source>
        <translation>Show &amp;all partners</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Partner tenant ID: %1</source>
        <translation>Partner tenant ID: %1</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Partner since</source>
        <translation>Partner since</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>%1 — end requested</source>
        <translation>%1 — end requested</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — ended</translation>
    </message>
    <message>
        <source>Decided in PartnerDesk, not yet done in Microsoft 365: the tenant still holds what is shown. See To do in Microsoft 365.</source>
        <translation>Decided in PartnerDesk, not yet done in Microsoft 365: the tenant still holds what is shown. See To do in Microsoft 365.</translation>
    </message>
    <message>
        <source>Removal decided, still to do: %1</source>
        <translation>Removal decided, still to do: %1</translation>
    </message>
    <message>
        <source>Authorization decided, still to do: %1</source>
        <translation>Authorization decided, still to do: %1</translation>
    </message>
    <message>
        <source>Partner sign-ins in the imported sign-in logs (%1 to %2).</source>
        <translation>Partner sign-ins in the imported sign-in logs (%1 to %2).</translation>
    </message>
    <message>
        <source>None in the logs</source>
        <translation>None in the logs</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see which partners sign in.</source>
        <translation>No activity evidence: import an Entra sign-in log (File &gt; Import partner file…) to see which partners sign in.</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted on %1</source>
        <translation>Microsoft Customer Agreement accepted on %1</translation>
    </message>
</context>
<context>
    <name>PartnerType</name>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Delegated administrator</source>
        <translation>Delegated administrator</translation>
    </message>
    <message>
        <source>Reseller &amp; delegated administrator</source>
        <translation>Reseller &amp; delegated administrator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>MPSA partner</source>
        <translation>MPSA partner</translation>
    </message>
    <message>
        <source>Line-of-business (LOB) partner</source>
        <translation>Line-of-business (LOB) partner</translation>
    </message>
    <message>
        <source>Partner with GDAP access</source>
        <translation>Partner with GDAP access</translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation>Indirect reseller</translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation>Indirect provider</translation>
    </message>
    <message>
        <source>Independent software vendor</source>
        <translation>Independent software vendor</translation>
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
        <translation>None</translation>
    </message>
    <message>
        <source>Partner access report</source>
        <translation>Partner access report</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Signed off on %1 by %2</source>
        <translation>Signed off on %1 by %2</translation>
    </message>
    <message>
        <source>Open: %1 of %2 partners decided; not signed off</source>
        <translation>Open: %1 of %2 partners decided; not signed off</translation>
    </message>
    <message>
        <source>Sign-off note</source>
        <translation>Sign-off note</translation>
    </message>
    <message>
        <source>The register as of %1</source>
        <translation>The register as of %1</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Sign-in evidence</source>
        <translation>Sign-in evidence</translation>
    </message>
    <message>
        <source>No sign-in log imported: nothing is known about how partners use their roles.</source>
        <translation>No sign-in log imported: nothing is known about how partners use their roles.</translation>
    </message>
    <message>
        <source>PartnerDesk records decisions; it does not change the tenant. "To do in Microsoft 365" lists what was decided but is not yet known to be done in the admin center.</source>
        <translation>PartnerDesk records decisions; it does not change the tenant. "To do in Microsoft 365" lists what was decided but is not yet known to be done in the admin center.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Current partners</source>
        <translation>Current partners</translation>
    </message>
    <message>
        <source>Risk high / medium / low / none</source>
        <translation>Risk high / medium / low / none</translation>
    </message>
    <message>
        <source>Holding privileged roles</source>
        <translation>Holding privileged roles</translation>
    </message>
    <message>
        <source>Agreement not accepted</source>
        <translation>Agreement not accepted</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>GDAP ending or ended</source>
        <translation>GDAP ending or ended</translation>
    </message>
    <message>
        <source>Open to-dos in Microsoft 365</source>
        <translation>Open to-dos in Microsoft 365</translation>
    </message>
    <message>
        <source>Decided in the review</source>
        <translation>Decided in the review</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Privileged roles</source>
        <translation>Privileged roles</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privileged</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Admin roles</translation>
    </message>
    <message>
        <source>Microsoft Customer Agreement accepted on %1 by %2</source>
        <translation>Microsoft Customer Agreement accepted on %1 by %2</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>none in the logs</source>
        <translation>none in the logs</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>last %1; %2 in the last 30 days, %3 failed; countries: %4</source>
        <translation>last %1; %2 in the last 30 days, %3 failed; countries: %4</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>To do in Microsoft 365</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Newest event</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>Its hash (SHA-256)</source>
        <translation>Its hash (SHA-256)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Check that the register's history still holds this report's newest event, unchanged:</source>
        <translation>Check that the register's history still holds this report's newest event, unchanged:</translation>
    </message>
    <message>
        <source>Check every figure of this report against the register (with the JSON export of the same report):</source>
        <translation>Check every figure of this report against the register (with the JSON export of the same report):</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>JSON export (SHA-256)</source>
        <translation>JSON export (SHA-256)</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Requires Global Administrator or Billing Administrator</source>
        <translation>Requires Global Administrator or Billing Administrator</translation>
    </message>
    <message>
        <source>Requires Global Administrator</source>
        <translation>Requires Global Administrator</translation>
    </message>
</context>
<context>
    <name>ReceiptBook</name>
    <message>
        <source>The audit receipt could not be written to %1.</source>
        <translation>The audit receipt could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>RegisterOverview</name>
    <message>
        <source>Current partners</source>
        <translation>Current partners</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>No risk found</source>
        <translation>No risk found</translation>
    </message>
    <message>
        <source>Hold privileged admin roles</source>
        <translation>Hold privileged admin roles</translation>
    </message>
    <message>
        <source>One partner</source>
        <translation>One partner</translation>
    </message>
    <message>
        <source>GDAP ended or expired</source>
        <translation>GDAP ended or expired</translation>
    </message>
    <message>
        <source>GDAP ends within 30 days</source>
        <translation>GDAP ends within 30 days</translation>
    </message>
    <message>
        <source>GDAP ends in 1 to 3 months</source>
        <translation>GDAP ends in 1 to 3 months</translation>
    </message>
    <message>
        <source>GDAP ends in 3 to 6 months</source>
        <translation>GDAP ends in 3 to 6 months</translation>
    </message>
    <message>
        <source>GDAP ends in 6 to 12 months</source>
        <translation>GDAP ends in 6 to 12 months</translation>
    </message>
    <message>
        <source>GDAP ends in more than a year</source>
        <translation>GDAP ends in more than a year</translation>
    </message>
    <message>
        <source>Agreement not accepted</source>
        <translation>Agreement not accepted</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <source>To do, decided less than a week ago</source>
        <translation>To do, decided less than a week ago</translation>
    </message>
    <message>
        <source>To do, decided 1 to 4 weeks ago</source>
        <translation>To do, decided 1 to 4 weeks ago</translation>
    </message>
    <message>
        <source>To do, decided more than 4 weeks ago</source>
        <translation>To do, decided more than 4 weeks ago</translation>
    </message>
    <message>
        <source>Still to do in Microsoft 365</source>
        <translation>Still to do in Microsoft 365</translation>
    </message>
    <message>
        <source>Signed in, last 30 days of the logs</source>
        <translation>Signed in, last 30 days of the logs</translation>
    </message>
    <message>
        <source>Partners by risk</source>
        <translation>Partners by risk</translation>
    </message>
    <message>
        <source>no current partners</source>
        <translation>no current partners</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Privileged admin roles per partner</source>
        <translation>Privileged admin roles per partner</translation>
    </message>
    <message>
        <source>no partner holds a privileged role</source>
        <translation>no partner holds a privileged role</translation>
    </message>
    <message>
        <source>GDAP relationships by time until they end</source>
        <translation>GDAP relationships by time until they end</translation>
    </message>
    <message>
        <source>no GDAP relationship with an end date</source>
        <translation>no GDAP relationship with an end date</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 month</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 months</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 months</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>&gt; 1 year</source>
        <translation>&gt; 1 year</translation>
    </message>
    <message>
        <source>Partners with open to-dos, by age</source>
        <translation>Partners with open to-dos, by age</translation>
    </message>
    <message>
        <source>nothing waits in Microsoft 365</source>
        <translation>nothing waits in Microsoft 365</translation>
    </message>
    <message>
        <source>&lt; 1 week</source>
        <translation>&lt; 1 week</translation>
    </message>
    <message>
        <source>1–4 weeks</source>
        <translation>1–4 weeks</translation>
    </message>
    <message>
        <source>&gt; 4 weeks</source>
        <translation>&gt; 4 weeks</translation>
    </message>
    <message>
        <source>Partner sign-ins per week</source>
        <translation>Partner sign-ins per week</translation>
    </message>
    <message>
        <source>no sign-in log imported</source>
        <translation>no sign-in log imported</translation>
    </message>
</context>
<context>
    <name>RegisterSession</name>
    <message>
        <source>There is no register yet at %1. Start PartnerDesk once, or give one with --db FILE.</source>
        <translation>There is no register yet at %1. Start PartnerDesk once, or give one with --db FILE.</translation>
    </message>
    <message>
        <source>The register %1 has no organisation recorded; it is incomplete.</source>
        <translation>The register %1 has no organisation recorded; it is incomplete.</translation>
    </message>
    <message>
        <source>Unknown operator %1. Operators in this register: %2.</source>
        <translation>Unknown operator %1. Operators in this register: %2.</translation>
    </message>
    <message>
        <source>The first operator must be a Global Administrator, who can then add the others.</source>
        <translation>The first operator must be a Global Administrator, who can then add the others.</translation>
    </message>
    <message>
        <source>%1 already exists; a new register needs a new file.</source>
        <translation>%1 already exists; a new register needs a new file.</translation>
    </message>
</context>
<context>
    <name>RelationshipRules</name>
    <message>
        <source>The partner's name is missing.</source>
        <translation>The partner's name is missing.</translation>
    </message>
    <message>
        <source>The partner's name is longer than %1 characters.</source>
        <translation>The partner's name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The partner's name starts like a spreadsheet formula (%1).</source>
        <translation>The partner's name starts like a spreadsheet formula (%1).</translation>
    </message>
    <message>
        <source>The tenant ID must be a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10.</source>
        <translation>The tenant ID must be a GUID such as 3f2c1a9e-5b7d-4c21-9e1a-0d4b6c8e2f10.</translation>
    </message>
    <message>
        <source>The PartnerID consists of digits only (at most 10).</source>
        <translation>The PartnerID consists of digits only (at most 10).</translation>
    </message>
    <message>
        <source>The email address is not in the form name@example.com.</source>
        <translation>The email address is not in the form name@example.com.</translation>
    </message>
    <message>
        <source>The phone number is too long or contains control characters.</source>
        <translation>The phone number is too long or contains control characters.</translation>
    </message>
    <message>
        <source>The website must be a web address starting with https://.</source>
        <translation>The website must be a web address starting with https://.</translation>
    </message>
    <message>
        <source>The role %1 is not a role template ID (a GUID).</source>
        <translation>The role %1 is not a role template ID (a GUID).</translation>
    </message>
    <message>
        <source>The agreement's acceptance date is not a real date.</source>
        <translation>The agreement's acceptance date is not a real date.</translation>
    </message>
    <message>
        <source>The agreement cannot have been accepted in the future.</source>
        <translation>The agreement cannot have been accepted in the future.</translation>
    </message>
    <message>
        <source>The GDAP relationship ID must be a GUID, or two GUIDs joined by a hyphen.</source>
        <translation>The GDAP relationship ID must be a GUID, or two GUIDs joined by a hyphen.</translation>
    </message>
    <message>
        <source>The GDAP relationship needs a name.</source>
        <translation>The GDAP relationship needs a name.</translation>
    </message>
    <message>
        <source>The GDAP relationship name is longer than %1 characters.</source>
        <translation>The GDAP relationship name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A GDAP relationship lasts from 1 day to 2 years (P1D to P730D).</source>
        <translation>A GDAP relationship lasts from 1 day to 2 years (P1D to P730D).</translation>
    </message>
    <message>
        <source>The GDAP relationship ends before it starts.</source>
        <translation>The GDAP relationship ends before it starts.</translation>
    </message>
    <message>
        <source>Auto-extend is not allowed when Global Administrator is among the roles.</source>
        <translation>Auto-extend is not allowed when Global Administrator is among the roles.</translation>
    </message>
    <message>
        <source>The partner's name contains invisible, control or text-direction characters.</source>
        <translation>The partner's name contains invisible, control or text-direction characters.</translation>
    </message>
    <message>
        <source>A relationship has at most %1 partner types.</source>
        <translation>A relationship has at most %1 partner types.</translation>
    </message>
    <message>
        <source>The partner type "%1" is longer than %2 characters or not plain text.</source>
        <translation>The partner type "%1" is longer than %2 characters or not plain text.</translation>
    </message>
    <message>
        <source>A relationship has at most %1 admin roles.</source>
        <translation>A relationship has at most %1 admin roles.</translation>
    </message>
    <message>
        <source>The GDAP relationship name contains invisible, control or text-direction characters.</source>
        <translation>The GDAP relationship name contains invisible, control or text-direction characters.</translation>
    </message>
    <message>
        <source>The GDAP status is a single word such as active or expired.</source>
        <translation>The GDAP status is a single word such as active or expired.</translation>
    </message>
    <message>
        <source>The GDAP relationship cannot have started in the future.</source>
        <translation>The GDAP relationship cannot have started in the future.</translation>
    </message>
</context>
<context>
    <name>RelationshipService</name>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>No partner with tenant ID %1 is in the register.</translation>
    </message>
    <message>
        <source>No partner was selected.</source>
        <translation>No partner was selected.</translation>
    </message>
    <message>
        <source>%1 holds no admin roles.</source>
        <translation>%1 holds no admin roles.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The date of contact cannot be in the future.</source>
        <translation>The date of contact cannot be in the future.</translation>
    </message>
    <message>
        <source>Choose how the partner was contacted.</source>
        <translation>Choose how the partner was contacted.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>An end of the relationship with %1 was already requested or recorded.</source>
        <translation>An end of the relationship with %1 was already requested or recorded.</translation>
    </message>
    <message>
        <source>The relationship with %1 has already ended.</source>
        <translation>The relationship with %1 has already ended.</translation>
    </message>
    <message>
        <source>%1 is already in the register as %2.</source>
        <translation>%1 is already in the register as %2.</translation>
    </message>
    <message>
        <source>The tenant ID is the partner's key and cannot be changed.</source>
        <translation>The tenant ID is the partner's key and cannot be changed.</translation>
    </message>
    <message>
        <source>The agreement was accepted on %1; that record cannot be changed.</source>
        <translation>The agreement was accepted on %1; that record cannot be changed.</translation>
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
        <translation>Remove roles?</translation>
    </message>
    <message numerus="yes">
        <source>and %n more partner(s)</source>
        <translation><numerusform>and %n more partner</numerusform><numerusform>and %n more partners</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the admin roles of %n partner(s)?</source>
        <translation><numerusform>Remove the admin roles of %n partner?</numerusform><numerusform>Remove the admin roles of %n partners?</numerusform></translation>
    </message>
    <message>
        <source>The relationship stays: the partner can still work with you in another capacity, such as a Reseller, and can still make purchases. Only the partner can end the relationship.

PartnerDesk records your decision; the roles must also be removed in the Microsoft 365 admin center. Until then the partner still holds them.</source>
        <translation>The relationship stays: the partner can still work with you in another capacity, such as a Reseller, and can still make purchases. Only the partner can end the relationship.

PartnerDesk records your decision; the roles must also be removed in the Microsoft 365 admin center. Until then the partner still holds them.</translation>
    </message>
    <message>
        <source>Removal of roles recorded</source>
        <translation>Removal of roles recorded</translation>
    </message>
    <message numerus="yes">
        <source>Your decision is recorded for %n partner(s). The partner still holds the roles until you remove them in the Microsoft 365 admin center; the step waits on the To do in Microsoft 365 page until you mark it done there.</source>
        <translation><numerusform>Your decision is recorded for %n partner. The partner still holds the roles until you remove them in the Microsoft 365 admin center; the step waits on the To do in Microsoft 365 page until you mark it done there.</numerusform><numerusform>Your decision is recorded for %n partners. The partner still holds the roles until you remove them in the Microsoft 365 admin center; the step waits on the To do in Microsoft 365 page until you mark it done there.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no review %1 in the register.</source>
        <translation>There is no review %1 in the register.</translation>
    </message>
    <message>
        <source>Unknown role (ID %1)</source>
        <translation>Unknown role (ID %1)</translation>
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
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Relationship type</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Admin roles</translation>
    </message>
    <message>
        <source>Privileged roles</source>
        <translation>Privileged roles</translation>
    </message>
    <message>
        <source>Agreement accepted</source>
        <translation>Agreement accepted</translation>
    </message>
    <message>
        <source>Agreement accepted by</source>
        <translation>Agreement accepted by</translation>
    </message>
    <message>
        <source>GDAP status</source>
        <translation>GDAP status</translation>
    </message>
    <message>
        <source>GDAP ends</source>
        <translation>GDAP ends</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Sign-ins (30 days)</source>
        <translation>Sign-ins (30 days)</translation>
    </message>
    <message>
        <source>Failed sign-ins (30 days)</source>
        <translation>Failed sign-ins (30 days)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>To do in Microsoft 365</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>None in the logs</source>
        <translation>None in the logs</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>This is not a PartnerDesk JSON report: %1</source>
        <translation>This is not a PartnerDesk JSON report: %1</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB.</source>
        <translation>it is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>%1 at byte %2.</translation>
    </message>
    <message>
        <source>its "format" is not "%1".</source>
        <translation>its "format" is not "%1".</translation>
    </message>
    <message>
        <source>format version %1 is not one this version reads.</source>
        <translation>format version %1 is not one this version reads.</translation>
    </message>
    <message>
        <source>its language, time of production or verification block is missing.</source>
        <translation>its language, time of production or verification block is missing.</translation>
    </message>
    <message>
        <source>Report of %1, made on %2</source>
        <translation>Report of %1, made on %2</translation>
    </message>
    <message>
        <source>This report was made from another register (%1), not from this one.</source>
        <translation>This report was made from another register (%1), not from this one.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the register but not in the report.</source>
        <translation>%1 (%2) is in the register but not in the report.</translation>
    </message>
    <message>
        <source>%1 (%2) changed since: %3.</source>
        <translation>%1 (%2) changed since: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is in the report but no longer in the register.</source>
        <translation>%1 (%2) is in the report but no longer in the register.</translation>
    </message>
    <message>
        <source>The review changed since: %1.</source>
        <translation>The review changed since: %1.</translation>
    </message>
    <message>
        <source>The summary figures differ: %1.</source>
        <translation>The summary figures differ: %1.</translation>
    </message>
    <message>
        <source>The organisation differs: %1.</source>
        <translation>The organisation differs: %1.</translation>
    </message>
    <message>
        <source>The activity evidence changed since: %1.</source>
        <translation>The activity evidence changed since: %1.</translation>
    </message>
    <message>
        <source>it lists the partner %1 more than once.</source>
        <translation>it lists the partner %1 more than once.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Signed off on %1 by %2</source>
        <translation>Signed off on %1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partner(s) reviewed</source>
        <translation><numerusform>%1 of %n partner reviewed</numerusform><numerusform>%1 of %n partners reviewed</numerusform></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Remove roles</translation>
    </message>
    <message>
        <source>Ask the partner to end the relationship</source>
        <translation>Ask the partner to end the relationship</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Choose a partner in the list.</source>
        <translation>Choose a partner in the list.</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Admin roles: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Risk now: %1</source>
        <translation>Risk now: %1</translation>
    </message>
    <message>
        <source>Sign-ins: no sign-in log imported, so nothing is known about its use of its roles.</source>
        <translation>Sign-ins: no sign-in log imported, so nothing is known about its use of its roles.</translation>
    </message>
    <message>
        <source>Sign-ins: none in the imported logs.</source>
        <translation>Sign-ins: none in the imported logs.</translation>
    </message>
    <message>
        <source>Last sign-in: %1</source>
        <translation>Last sign-in: %1</translation>
    </message>
    <message>
        <source>Failed sign-ins in the last 30 days of the logs: %1</source>
        <translation>Failed sign-ins in the last 30 days of the logs: %1</translation>
    </message>
    <message>
        <source>Risk when the review started: %1</source>
        <translation>Risk when the review started: %1</translation>
    </message>
    <message>
        <source>Decided: %1, by %2 on %3</source>
        <translation>Decided: %1, by %2 on %3</translation>
    </message>
    <message>
        <source>Sign off the open review first.</source>
        <translation>Sign off the open review first.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) still to decide.</source>
        <translation><numerusform>%n partner still to decide.</numerusform><numerusform>%n partners still to decide.</numerusform></translation>
    </message>
    <message>
        <source>You can look at the review; deciding needs: %1.</source>
        <translation>You can look at the review; deciding needs: %1.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Risk at start</source>
        <translation>Risk at start</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>S&amp;tart review…</source>
        <translation>S&amp;tart review…</translation>
    </message>
    <message>
        <source>Sign o&amp;ff…</source>
        <translation>Sign o&amp;ff…</translation>
    </message>
    <message>
        <source>&amp;Keep: the partner keeps its access</source>
        <translation>&amp;Keep: the partner keeps its access</translation>
    </message>
    <message>
        <source>&amp;Remove roles: decide to remove its admin roles</source>
        <translation>&amp;Remove roles: decide to remove its admin roles</translation>
    </message>
    <message>
        <source>N&amp;ote (required to keep a privileged role):</source>
        <translation>N&amp;ote (required to keep a privileged role):</translation>
    </message>
    <message>
        <source>Recor&amp;d decision</source>
        <translation>Recor&amp;d decision</translation>
    </message>
    <message>
        <source>No access review yet</source>
        <translation>No access review yet</translation>
    </message>
    <message>
        <source>Start a review to decide, partner by partner, who keeps which access. Microsoft advises reviewing partner admin access regularly.</source>
        <translation>Start a review to decide, partner by partner, who keeps which access. Microsoft advises reviewing partner admin access regularly.</translation>
    </message>
    <message>
        <source>No access review yet.</source>
        <translation>No access review yet.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>The review is frozen: its decisions no longer change.</source>
        <translation>The review is frozen: its decisions no longer change.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Started on %1 by %2.</source>
        <translation>Started on %1 by %2.</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Access review</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <source>%1 is no longer in the register.</source>
        <translation>%1 is no longer in the register.</translation>
    </message>
    <message>
        <source>Sign off the review</source>
        <translation>Sign off the review</translation>
    </message>
    <message>
        <source>A note kept with the sign-off (optional):</source>
        <translation>A note kept with the sign-off (optional):</translation>
    </message>
    <message>
        <source>Sign off the review?</source>
        <translation>Sign off the review?</translation>
    </message>
    <message numerus="yes">
        <source>Sign off “%1”? Its %n decision(s) are then final: the review no longer changes.</source>
        <translation><numerusform>Sign off “%1”? Its %n decision are then final: the review no longer changes.</numerusform><numerusform>Sign off “%1”? Its %n decisions are then final: the review no longer changes.</numerusform></translation>
    </message>
    <message>
        <source>Ask the partner to &amp;end the relationship</source>
        <translation>Ask the partner to &amp;end the relationship</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 of %2 decided</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Q%1 %2 partner access review</source>
        <translation>Q%1 %2 partner access review</translation>
    </message>
    <message>
        <source>Give the review a title.</source>
        <translation>Give the review a title.</translation>
    </message>
    <message>
        <source>The title must be one line of at most %1 characters.</source>
        <translation>The title must be one line of at most %1 characters.</translation>
    </message>
    <message>
        <source>Give the period the review covers.</source>
        <translation>Give the period the review covers.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>The period cannot end before it starts.</translation>
    </message>
    <message>
        <source>The review “%1” is still open: finish it and sign it off first.</source>
        <translation>The review “%1” is still open: finish it and sign it off first.</translation>
    </message>
    <message>
        <source>There is no current partner relationship to review.</source>
        <translation>There is no current partner relationship to review.</translation>
    </message>
    <message>
        <source>There is no review %1 in the register.</source>
        <translation>There is no review %1 in the register.</translation>
    </message>
    <message>
        <source>The review “%1” was signed off on %2: it no longer changes.</source>
        <translation>The review “%1” was signed off on %2: it no longer changes.</translation>
    </message>
    <message>
        <source>No review is open: start one first.</source>
        <translation>No review is open: start one first.</translation>
    </message>
    <message>
        <source>That partner is not part of the open review “%1”.</source>
        <translation>That partner is not part of the open review “%1”.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>No partner with tenant ID %1 is in the register.</translation>
    </message>
    <message>
        <source>%1 holds a privileged admin role: say in the note why it keeps its access.</source>
        <translation>%1 holds a privileged admin role: say in the note why it keeps its access.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) not decided yet: %1. Decide every partner before signing off.</source>
        <translation><numerusform>%n partner not decided yet: %1. Decide every partner before signing off.</numerusform><numerusform>%n partners not decided yet: %1. Decide every partner before signing off.</numerusform></translation>
    </message>
    <message>
        <source>%1: the earlier decision (%2) still waits in To do in Microsoft 365. Withdraw it there first to decide otherwise.</source>
        <translation>%1: the earlier decision (%2) still waits in To do in Microsoft 365. Withdraw it there first to decide otherwise.</translation>
    </message>
</context>
<context>
    <name>RiskAssessment</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Delegated admin: the partner is a standing Global Administrator with no end date. Consider removing the roles and asking for GDAP instead.</source>
        <translation>Delegated admin: the partner is a standing Global Administrator with no end date. Consider removing the roles and asking for GDAP instead.</translation>
    </message>
    <message>
        <source>The partner holds a privileged admin role.</source>
        <translation>The partner holds a privileged admin role.</translation>
    </message>
    <message>
        <source>The GDAP relationship ends within 30 days; all its roles end with it.</source>
        <translation>The GDAP relationship ends within 30 days; all its roles end with it.</translation>
    </message>
    <message>
        <source>The GDAP relationship has expired.</source>
        <translation>The GDAP relationship has expired.</translation>
    </message>
    <message>
        <source>The Microsoft Customer Agreement is not accepted: the partner cannot purchase or manage subscriptions for you.</source>
        <translation>The Microsoft Customer Agreement is not accepted: the partner cannot purchase or manage subscriptions for you.</translation>
    </message>
    <message>
        <source>Not reviewed in the last 90 days.</source>
        <translation>Not reviewed in the last 90 days.</translation>
    </message>
    <message>
        <source>Decided, not yet done: a step is still to do in Microsoft 365 (see To do in Microsoft 365).</source>
        <translation>Decided, not yet done: a step is still to do in Microsoft 365 (see To do in Microsoft 365).</translation>
    </message>
    <message>
        <source>A decision has been waiting for more than 7 days to be carried out in Microsoft 365.</source>
        <translation>A decision has been waiting for more than 7 days to be carried out in Microsoft 365.</translation>
    </message>
    <message>
        <source>The tenant differs from the register: an import shows a step marked done was not done or was undone.</source>
        <translation>The tenant differs from the register: an import shows a step marked done was not done or was undone.</translation>
    </message>
    <message>
        <source>Holds admin roles it does not use: no sign-in in the last 90 days of the imported sign-in logs. Consider removing them.</source>
        <translation>Holds admin roles it does not use: no sign-in in the last 90 days of the imported sign-in logs. Consider removing them.</translation>
    </message>
    <message>
        <source>Signed in from a country not seen before for this partner (in the last 30 days of the imported sign-in logs). Ask the partner.</source>
        <translation>Signed in from a country not seen before for this partner (in the last 30 days of the imported sign-in logs). Ask the partner.</translation>
    </message>
    <message>
        <source>More than 10 failed sign-ins in the last 30 days of the imported sign-in logs. Ask the partner.</source>
        <translation>More than 10 failed sign-ins in the last 30 days of the imported sign-in logs. Ask the partner.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>MPSA partners</source>
        <translation>MPSA partners</translation>
    </message>
    <message>
        <source>Let MPSA partners see each other's &amp;purchases</source>
        <translation>Let MPSA partners see each other's &amp;purchases</translation>
    </message>
    <message>
        <source>If you have worked with several partners through the Microsoft Products &amp; Services Agreement (MPSA) program, you can let them see the purchases made by each other. This is off until an admin turns it on.</source>
        <translation>If you have worked with several partners through the Microsoft Products &amp; Services Agreement (MPSA) program, you can let them see the purchases made by each other. This is off until an admin turns it on.</translation>
    </message>
    <message>
        <source>Change MPSA purchase sharing?</source>
        <translation>Change MPSA purchase sharing?</translation>
    </message>
    <message>
        <source>Let MPSA partners see each other's purchases?</source>
        <translation>Let MPSA partners see each other's purchases?</translation>
    </message>
    <message>
        <source>Stop MPSA partners from seeing each other's purchases?</source>
        <translation>Stop MPSA partners from seeing each other's purchases?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>MPSA purchase sharing recorded</source>
        <translation>MPSA purchase sharing recorded</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>The admins who may act in this register, with the Entra roles they hold in your tenant. The roles decide what each may do here.</source>
        <translation>The admins who may act in this register, with the Entra roles they hold in your tenant. The roles decide what each may do here.</translation>
    </message>
    <message>
        <source>A&amp;dd operator…</source>
        <translation>A&amp;dd operator…</translation>
    </message>
    <message>
        <source>&amp;Change operator…</source>
        <translation>&amp;Change operator…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Microsoft 365 is known to have it on.</source>
        <translation>Microsoft 365 is known to have it on.</translation>
    </message>
    <message>
        <source>Microsoft 365 is known to have it off.</source>
        <translation>Microsoft 365 is known to have it off.</translation>
    </message>
    <message>
        <source>PartnerDesk records the decision; make the same change in the Microsoft 365 admin center, then mark it done on the To do in Microsoft 365 page.</source>
        <translation>PartnerDesk records the decision; make the same change in the Microsoft 365 admin center, then mark it done on the To do in Microsoft 365 page.</translation>
    </message>
    <message>
        <source>Your decision is recorded. Now make the same change in the Microsoft 365 admin center; it waits on the To do in Microsoft 365 page until you mark it done.</source>
        <translation>Your decision is recorded. Now make the same change in the Microsoft 365 admin center; it waits on the To do in Microsoft 365 page until you mark it done.</translation>
    </message>
    <message>
        <source>Audit receipts</source>
        <translation>Audit receipts</translation>
    </message>
    <message>
        <source>Each time PartnerDesk closes this register after a change, it writes a receipt — the newest event of the history and its hash — to your data folder, outside the register. partnerdesk-cli verify-audit compares the history with every receipt, so events removed from the end or a history rewritten afterwards are found. Keep a second copy of the receipts where the register cannot be changed with them, such as a network share or a USB stick.</source>
        <translation>Each time PartnerDesk closes this register after a change, it writes a receipt — the newest event of the history and its hash — to your data folder, outside the register. partnerdesk-cli verify-audit compares the history with every receipt, so events removed from the end or a history rewritten afterwards are found. Keep a second copy of the receipts where the register cannot be changed with them, such as a network share or a USB stick.</translation>
    </message>
    <message>
        <source>Choose fold&amp;er for a second copy…</source>
        <translation>Choose fold&amp;er for a second copy…</translation>
    </message>
    <message>
        <source>&amp;Use no second folder</source>
        <translation>&amp;Use no second folder</translation>
    </message>
    <message>
        <source>Folder for a second copy of the audit receipts</source>
        <translation>Folder for a second copy of the audit receipts</translation>
    </message>
    <message>
        <source>Second copy: none. Receipts are kept in your data folder only.</source>
        <translation>Second copy: none. Receipts are kept in your data folder only.</translation>
    </message>
    <message>
        <source>Second copy: %1</source>
        <translation>Second copy: %1</translation>
    </message>
</context>
<context>
    <name>SignInChart</name>
    <message>
        <source>Sign-ins per week</source>
        <translation>Sign-ins per week</translation>
    </message>
    <message>
        <source>No weeks in the imported period.</source>
        <translation>No weeks in the imported period.</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n sign-in(s)</source>
        <translation><numerusform>Week of %1: %n sign-in</numerusform><numerusform>Week of %1: %n sign-ins</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At most %n a week</source>
        <translation><numerusform>At most %n a week</numerusform><numerusform>At most %n a week</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sign-ins per week from %2, %1 weeks: %n in all; most in the week of %3 (%4); weeks without any: %5.</source>
        <translation><numerusform>Sign-ins per week from %2, %1 weeks: %n in all; most in the week of %3 (%4); weeks without any: %5.</numerusform><numerusform>Sign-ins per week from %2, %1 weeks: %n in all; most in the week of %3 (%4); weeks without any: %5.</numerusform></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Too many or too long arguments to hand to PartnerDesk (at most %1, each at most %2 characters).</source>
        <translation>Too many or too long arguments to hand to PartnerDesk (at most %1, each at most %2 characters).</translation>
    </message>
    <message>
        <source>PartnerDesk could not listen for a second start on this register: %1</source>
        <translation>PartnerDesk could not listen for a second start on this register: %1</translation>
    </message>
    <message>
        <source>PartnerDesk could not create its lock file %1.</source>
        <translation>PartnerDesk could not create its lock file %1.</translation>
    </message>
    <message>
        <source>PartnerDesk is already open on this register (process %1) but does not answer. Close that window, or end the process, and start again.</source>
        <translation>PartnerDesk is already open on this register (process %1) but does not answer. Close that window, or end the process, and start again.</translation>
    </message>
</context>
<context>
    <name>SqlActivityRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>The register could not be read or written: %1.</translation>
    </message>
</context>
<context>
    <name>SqlDirectoryRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>The register could not be read or written: %1.</translation>
    </message>
</context>
<context>
    <name>SqlRegisterRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>The register could not be read or written: %1.</translation>
    </message>
    <message>
        <source>The register has no organisation recorded.</source>
        <translation>The register has no organisation recorded.</translation>
    </message>
    <message>
        <source>The relationship with %1 is no longer in the register.</source>
        <translation>The relationship with %1 is no longer in the register.</translation>
    </message>
    <message>
        <source>This to-do was closed or changed meanwhile; look at it again.</source>
        <translation>This to-do was closed or changed meanwhile; look at it again.</translation>
    </message>
</context>
<context>
    <name>SqlReviewRepository</name>
    <message>
        <source>The register could not be read or written: %1.</source>
        <translation>The register could not be read or written: %1.</translation>
    </message>
    <message>
        <source>That partner is not part of the review.</source>
        <translation>That partner is not part of the review.</translation>
    </message>
    <message>
        <source>The review is signed off already or not every partner is decided.</source>
        <translation>The review is signed off already or not every partner is decided.</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <source>Start access review</source>
        <translation>Start access review</translation>
    </message>
    <message numerus="yes">
        <source>The review lists every current partner relationship (%n partner(s)). For each you record a decision: keep, remove roles, or ask the partner to end the relationship. A Global or Billing Administrator signs it off when every partner is decided.</source>
        <translation><numerusform>The review lists every current partner relationship (%n partner). For each you record a decision: keep, remove roles, or ask the partner to end the relationship. A Global or Billing Administrator signs it off when every partner is decided.</numerusform><numerusform>The review lists every current partner relationship (%n partners). For each you record a decision: keep, remove roles, or ask the partner to end the relationship. A Global or Billing Administrator signs it off when every partner is decided.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Start review</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <source>Remove the admin roles of %1 in the Microsoft 365 admin center.</source>
        <translation>Remove the admin roles of %1 in the Microsoft 365 admin center.</translation>
    </message>
    <message>
        <source>Open the invitation link of %1 and accept it in the Microsoft 365 admin center.</source>
        <translation>Open the invitation link of %1 and accept it in the Microsoft 365 admin center.</translation>
    </message>
    <message>
        <source>Check in the Microsoft 365 admin center that %1 has ended the relationship.</source>
        <translation>Check in the Microsoft 365 admin center that %1 has ended the relationship.</translation>
    </message>
    <message>
        <source>Turn on sharing of MPSA purchases in the Microsoft 365 admin center.</source>
        <translation>Turn on sharing of MPSA purchases in the Microsoft 365 admin center.</translation>
    </message>
    <message>
        <source>Turn off sharing of MPSA purchases in the Microsoft 365 admin center.</source>
        <translation>Turn off sharing of MPSA purchases in the Microsoft 365 admin center.</translation>
    </message>
    <message>
        <source>Removal decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Removal decided on %1 by %2 — still to do in Microsoft 365</translation>
    </message>
    <message>
        <source>Authorization decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Authorization decided on %1 by %2 — still to do in Microsoft 365</translation>
    </message>
    <message>
        <source>End requested on %1 by %2 — not yet confirmed in Microsoft 365</source>
        <translation>End requested on %1 by %2 — not yet confirmed in Microsoft 365</translation>
    </message>
    <message>
        <source>Change decided on %1 by %2 — still to do in Microsoft 365</source>
        <translation>Change decided on %1 by %2 — still to do in Microsoft 365</translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Remove roles</translation>
    </message>
    <message>
        <source>Accept invitation</source>
        <translation>Accept invitation</translation>
    </message>
    <message>
        <source>Confirm end</source>
        <translation>Confirm end</translation>
    </message>
    <message>
        <source>MPSA sharing</source>
        <translation>MPSA sharing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Confirmed by import</source>
        <translation>Confirmed by import</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>TodoCloseDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Withdraw decision</translation>
    </message>
    <message>
        <source>Decided on %1 by %2.</source>
        <translation>Decided on %1 by %2.</translation>
    </message>
    <message>
        <source>Mark it done only once the step is taken in Microsoft 365: the register then shows it as what the tenant holds.</source>
        <translation>Mark it done only once the step is taken in Microsoft 365: the register then shows it as what the tenant holds.</translation>
    </message>
    <message>
        <source>Withdrawing reverses the decision: nothing is to be done in Microsoft 365 for it.</source>
        <translation>Withdrawing reverses the decision: nothing is to be done in Microsoft 365 for it.</translation>
    </message>
    <message>
        <source>Done in Microsoft 365 &amp;on:</source>
        <translation>Done in Microsoft 365 &amp;on:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Confirmed by:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Mark as done</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <source>&amp;Withdraw decision</source>
        <translation>&amp;Withdraw decision</translation>
    </message>
</context>
<context>
    <name>TodoService</name>
    <message>
        <source>There is no to-do %1 in the register.</source>
        <translation>There is no to-do %1 in the register.</translation>
    </message>
    <message>
        <source>This to-do is no longer open: %1 on %2.</source>
        <translation>This to-do is no longer open: %1 on %2.</translation>
    </message>
    <message>
        <source>The time it was done cannot be in the future.</source>
        <translation>The time it was done cannot be in the future.</translation>
    </message>
    <message>
        <source>The time it was done cannot be before the decision (%1).</source>
        <translation>The time it was done cannot be before the decision (%1).</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>No partner with tenant ID %1 is in the register.</source>
        <translation>No partner with tenant ID %1 is in the register.</translation>
    </message>
    <message>
        <source>Accepting it was withdrawn. %1</source>
        <translation>Accepting it was withdrawn. %1</translation>
    </message>
</context>
<context>
    <name>TodosPage</name>
    <message>
        <source>PartnerDesk records decisions; it does not change your tenant. Each decision below is still to be carried out in the Microsoft 365 admin center. Until it is marked done (or an import shows it done), the register shows what the tenant holds.</source>
        <translation>PartnerDesk records decisions; it does not change your tenant. Each decision below is still to be carried out in the Microsoft 365 admin center. Until it is marked done (or an import shows it done), the register shows what the tenant holds.</translation>
    </message>
    <message>
        <source>Show &amp;done and withdrawn steps too</source>
        <translation>Show &amp;done and withdrawn steps too</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Open admin center</source>
        <translation>&amp;Open admin center</translation>
    </message>
    <message>
        <source>&amp;Mark as done…</source>
        <translation>&amp;Mark as done…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Whole register</source>
        <translation>Whole register</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for more than %n day(s).</source>
        <translation><numerusform>Waiting for more than %n day.</numerusform><numerusform>Waiting for more than %n days.</numerusform></translation>
    </message>
    <message>
        <source>%1 — the tenant differs</source>
        <translation>%1 — the tenant differs</translation>
    </message>
    <message>
        <source>Nothing is waiting to be done in Microsoft 365.</source>
        <translation>Nothing is waiting to be done in Microsoft 365.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do in Microsoft 365</source>
        <translation><numerusform>%n step still to do in Microsoft 365</numerusform><numerusform>%n steps still to do in Microsoft 365</numerusform></translation>
    </message>
    <message>
        <source>You are acting as %1, who may look but not mark steps done: %2.</source>
        <translation>You are acting as %1, who may look but not mark steps done: %2.</translation>
    </message>
    <message>
        <source>No steps are waiting.</source>
        <translation>No steps are waiting.</translation>
    </message>
    <message>
        <source>Marked done on %1 by %2.</source>
        <translation>Marked done on %1 by %2.</translation>
    </message>
    <message>
        <source>Confirmed by import of %1 on %2.</source>
        <translation>Confirmed by import of %1 on %2.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 by %2.</source>
        <translation>Withdrawn on %1 by %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The tenant differs from the register: %1 showed otherwise on %2.</source>
        <translation>The tenant differs from the register: %1 showed otherwise on %2.</translation>
    </message>
    <message>
        <source>To do in Microsoft 365</source>
        <translation>To do in Microsoft 365</translation>
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
        <translation>Unknown language %1; use nl or en.</translation>
    </message>
    <message>
        <source>PartnerDesk: a register of your organisation's Microsoft partner relationships.</source>
        <translation>PartnerDesk: a register of your organisation's Microsoft partner relationships.</translation>
    </message>
    <message>
        <source>Open the register FILE instead of the default one.</source>
        <translation>Open the register FILE instead of the default one.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Act as the operator with this UPN.</source>
        <translation>Act as the operator with this UPN.</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Write a picture of the main window to FILE (PNG) and exit.</source>
        <translation>Write a picture of the main window to FILE (PNG) and exit.</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>The picture could not be written to %1.</translation>
    </message>
    <message>
        <source>An invitation link, or a saved email (.eml) holding one, to open on the Invitations page.</source>
        <translation>An invitation link, or a saved email (.eml) holding one, to open on the Invitations page.</translation>
    </message>
    <message>
        <source>[LINK | EMAIL-FILE]</source>
        <translation>[LINK | EMAIL-FILE]</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>There is no page %1; choose one of: %2.</source>
        <translation>There is no page %1; choose one of: %2.</translation>
    </message>
    <message>
        <source>Select the partner with this tenant ID (for --screenshot).</source>
        <translation>Select the partner with this tenant ID (for --screenshot).</translation>
    </message>
    <message>
        <source>TENANT-ID</source>
        <translation>TENANT-ID</translation>
    </message>
    <message>
        <source>Open on this page: overview, partners, review, todo, invitations, find, history or settings.</source>
        <translation>Open on this page: overview, partners, review, todo, invitations, find, history or settings.</translation>
    </message>
</context>
</TS>
