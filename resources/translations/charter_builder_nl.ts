<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>Binding</name>
        <message>
            <source>en</source>
            <extracomment>The date a ``NullableDateEdit`` shows as empty (``None``).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataSharingPage</name>
        <message>
            <source>Data sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safeguards for all flows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Privacy by design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data-subject &amp;rights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data-&amp;breach procedure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnumLabels</name>
        <message>
            <source>Municipality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Police</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public Prosecution Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspectorate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Government agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special investigation service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probation service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Housing corporation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Within limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consults first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mandate (advises)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarterly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every six months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ad hoc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation and alignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collaboration agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint arrangement (Wgr)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foundation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other legal entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expertise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steering group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Core team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unanimity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualified majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advisory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secretary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantitative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qualitative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results of the approach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality of the collaboration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a. Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b. Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c. Legal obligation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d. Vital interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e. Public task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>f. Legitimate interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a. Explicit consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>b. Employment and social security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>c. Vital interests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d. Not-for-profit body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e. Made public by the data subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>f. Legal claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>g. Substantial public interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>h. Health or social care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>i. Public health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>j. Archiving, research, statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Independent controllers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint controllers (art. 26)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Processor (art. 28)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case by case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periodic transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hit/no-hit check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central storage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Open charter</source>
            <translation>Convenant openen</translation>
        </message>
        <message>
            <source>Charters (*.charter.json);;JSON files (*.json)</source>
            <translation>Convenanten (*.charter.json);;JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>Save charter as</source>
            <translation>Convenant opslaan als</translation>
        </message>
        <message>
            <source>Charters (*.charter.json)</source>
            <translation>Convenanten (*.charter.json)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>“%1” bevat wijzigingen die nog niet zijn opgeslagen. Eerst opslaan?</translation>
        </message>
        <message>
            <source>Save in the new format?</source>
            <translation>Opslaan in het nieuwe formaat?</translation>
        </message>
        <message>
            <source>“%1” was written by an older version of Charter Builder (format %2). Saving writes it in the current format (%3), which older versions cannot open. The original is kept as “%1.bak”. Save now?</source>
            <translation>“%1” is gemaakt met een oudere versie van Charter Builder (formaat %2). Opslaan schrijft het in het huidige formaat (%3), dat oudere versies niet kunnen openen. Het origineel blijft bewaard als “%1.bak”. Nu opslaan?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <source>Cannot open the charter</source>
            <translation>Het convenant kan niet worden geopend</translation>
        </message>
        <message>
            <source>Cannot save the charter</source>
            <translation>Het convenant kan niet worden opgeslagen</translation>
        </message>
        <message>
            <source>Your work is still open and kept in the recovery file. Try another folder with Save As.</source>
            <translation>Uw werk staat nog open en is bewaard in het herstelbestand. Probeer een andere map met Opslaan als.</translation>
        </message>
    </context>
    <context>
        <name>GovernancePage</name>
        <message>
            <source>Governance and monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escalation and disputes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dispute resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reporting cadence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Term, changes and costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;nd date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term re&amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Joining and leaving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Termination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publication</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>No guidance is available for this step yet.</source>
            <translation>Voor deze stap is nog geen toelichting beschikbaar.</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Guidance for this step</source>
            <translation>Toelichting bij deze stap</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
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
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nieuw</translation>
        </message>
        <message>
            <source>Start a new, empty charter</source>
            <translation>Begin een nieuw, leeg convenant</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <source>Open a charter file</source>
            <translation>Open een convenantbestand</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Op&amp;slaan</translation>
        </message>
        <message>
            <source>Save the charter</source>
            <translation>Sla het convenant op</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <source>Save the charter under another name</source>
            <translation>Sla het convenant op onder een andere naam</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>Close Charter Builder</source>
            <translation>Sluit Charter Builder af</translation>
        </message>
        <message>
            <source>&amp;Previous step</source>
            <translation>&amp;Vorige stap</translation>
        </message>
        <message>
            <source>Go to the previous step</source>
            <translation>Ga naar de vorige stap</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>Vo&amp;lgende stap</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Ga naar de volgende stap</translation>
        </message>
        <message>
            <source>Step &amp;list</source>
            <translation>&amp;Stappenlijst</translation>
        </message>
        <message>
            <source>Move the focus to the step list</source>
            <translation>Zet de focus op de lijst met stappen</translation>
        </message>
        <message>
            <source>&amp;Guidance</source>
            <translation>&amp;Toelichting</translation>
        </message>
        <message>
            <source>Show or hide the guidance</source>
            <translation>Toon of verberg de toelichting</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>Nu &amp;controleren</translation>
        </message>
        <message>
            <source>Run the checks now</source>
            <translation>Voer de controles nu uit</translation>
        </message>
        <message>
            <source>&amp;About Charter Builder</source>
            <translation>&amp;Over Charter Builder</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Lijst wissen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkbalk</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Te&amp;rug</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Vorige stap</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Stap %1 van %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
        <message>
            <source>Cannot restore the unsaved work</source>
            <translation>Het niet-opgeslagen werk kan niet worden hersteld</translation>
        </message>
        <message>
            <source>About Charter Builder</source>
            <translation>Over Charter Builder</translation>
        </message>
        <message>
            <source>Charter Builder guides the founding partners of a public-safety partnership through writing their charter, and writes it as Word and JSON. It works offline.</source>
            <translation>Charter Builder begeleidt de oprichtende partners van een samenwerkingsverband in het veiligheidsdomein bij het opstellen van hun convenant, en schrijft het als Word en JSON. Het werkt volledig offline.</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participating organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every parent organisation that takes part, with its representatives and their mandate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why we work together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Societal &amp;problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared &amp;added value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why no partner can do this &amp;alone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Please type a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not possible: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot add a row here yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Restore unsaved work?</source>
            <translation>Niet-opgeslagen werk herstellen?</translation>
        </message>
        <message>
            <source>Charter Builder was not closed properly last time. This unsaved work was kept:</source>
            <translation>Charter Builder is de vorige keer niet netjes afgesloten. Dit niet-opgeslagen werk is bewaard:</translation>
        </message>
        <message>
            <source>Unsaved work found</source>
            <translation>Gevonden niet-opgeslagen werk</translation>
        </message>
        <message>
            <source>(never saved)</source>
            <translation>(nooit opgeslagen)</translation>
        </message>
        <message>
            <source>Untitled charter</source>
            <translation>Naamloos convenant</translation>
        </message>
        <message>
            <source>Damaged recovery file</source>
            <translation>Beschadigd herstelbestand</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Later</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Folder for the charter documents</source>
            <translation>Map voor de convenantdocumenten</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Bevinding</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Findings of the checks</source>
            <translation>Bevindingen van de controles</translation>
        </message>
        <message>
            <source>&amp;Generate Word and JSON…</source>
            <translation>Word en JSON &amp;genereren…</translation>
        </message>
        <message>
            <source>Write the charter as a Word document and as JSON, next to each other</source>
            <translation>Schrijf het convenant als Word-document en als JSON, naast elkaar</translation>
        </message>
        <message>
            <source>Progress of generating</source>
            <translation>Voortgang van het genereren</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Map &amp;openen</translation>
        </message>
        <message>
            <source>The checks found nothing: the charter is ready to generate.</source>
            <translation>De controles vonden niets: het convenant is klaar om te genereren.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fout</numerusform>
                <numerusform>%n fouten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advice</source>
            <translation>
                <numerusform>%n advies</numerusform>
                <numerusform>%n adviezen</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a finding to go to its field.</source>
            <translation>Klik op een bevinding om naar het veld te gaan.</translation>
        </message>
        <message>
            <source>Writing the charter…</source>
            <translation>Het convenant wordt geschreven…</translation>
        </message>
        <message>
            <source>Written:</source>
            <translation>Geschreven:</translation>
        </message>
        <message>
            <source>Generating failed:</source>
            <translation>Genereren mislukt:</translation>
        </message>
    </context>
    <context>
        <name>RolesPage</name>
        <message>
            <source>Roles and responsibilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles at three levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Process level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;rofessional level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room for professionals to &amp;deviate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <source>Steps of the charter</source>
            <translation>Stappen van het convenant</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Compleet</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fout</numerusform>
                <numerusform>%n fouten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Bedoeling</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visie</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Trust &amp; agreements</source>
            <translation>Vertrouwen en afspraken</translation>
        </message>
        <message>
            <source>Governance &amp; monitoring</source>
            <translation>Sturing en monitoring</translation>
        </message>
        <message>
            <source>Roles &amp; responsibilities</source>
            <translation>Rollen en verantwoordelijkheden</translation>
        </message>
        <message>
            <source>Data sharing</source>
            <translation>Gegevensdeling</translation>
        </message>
        <message>
            <source>Review &amp; generate</source>
            <translation>Controleren en genereren</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope and way of working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Way of working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Form of collaboration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Complexity of the shared value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected &amp;duration (years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen &amp;form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this &amp;form</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trust and agreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust at three levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Between the &amp;members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In each other's &amp;parent organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the partnership &amp;itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreements on behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Results focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taking r&amp;esponsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facing &amp;conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Transparent communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Learning from each other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisionPage</name>
        <message>
            <source>Vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where we want to be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the goal as the outside world will see it, starting with "We want ...".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vision &amp;statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target &amp;year</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
