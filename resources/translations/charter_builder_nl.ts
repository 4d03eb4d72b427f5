<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend charter</source>
            <translation>Convenant wijzigen</translation>
        </message>
        <message>
            <source>Version %1 is kept whole inside the file. The new version %2 starts as a draft and must be signed again.</source>
            <translation>Versie %1 blijft volledig bewaard in het bestand. De nieuwe versie %2 begint als concept en moet opnieuw worden ondertekend.</translation>
        </message>
        <message>
            <source>All &amp;partners</source>
            <translation>Alle &amp;partners</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Auteur:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Samenvatting:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>Agreed &amp;by:</source>
            <translation>Ingestemd &amp;door:</translation>
        </message>
        <message>
            <source>&amp;Amend</source>
            <translation>&amp;Wijzigen</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>en</source>
            <translation>nl</translation>
        </message>
    </context>
    <context>
        <name>CommentsDock</name>
        <message>
            <source>Comments on %1</source>
            <extracomment>Names a field path in the page's own words (its label); set by the controller.</extracomment>
            <translation>Opmerkingen bij %1</translation>
        </message>
        <message>
            <source>No open comments on this step.</source>
            <translation>Geen open opmerkingen bij deze stap.</translation>
        </message>
        <message>
            <source>No resolved comments on this step.</source>
            <translation>Geen opgeloste opmerkingen bij deze stap.</translation>
        </message>
        <message>
            <source>No comments on this step yet.</source>
            <translation>Nog geen opmerkingen bij deze stap.</translation>
        </message>
        <message>
            <source>resolved by %1</source>
            <translation>opgelost door %1</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>He&amp;ropenen</translation>
        </message>
        <message>
            <source>Res&amp;olve</source>
            <translation>Op&amp;lossen</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>&amp;Add comment…</source>
            <translation>&amp;Nieuwe opmerking…</translation>
        </message>
        <message>
            <source>Re&amp;ply…</source>
            <translation>&amp;Antwoorden…</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>Co&amp;mments</source>
            <translation>Op&amp;merkingen</translation>
        </message>
        <message>
            <source>Show or hide the review comments</source>
            <translation>De opmerkingen van de beoordelaars tonen of verbergen</translation>
        </message>
    </context>
    <context>
        <name>CompareVersions</name>
        <message>
            <source>Amend charter to version %1</source>
            <translation>Convenant wijzigen naar versie %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(huidig)</translation>
        </message>
        <message>
            <source>This charter has one version so far. Amending it starts version 2 and keeps version 1 in the file.</source>
            <translation>Dit convenant heeft tot nu toe één versie. Een wijziging begint versie 2 en bewaart versie 1 in het bestand.</translation>
        </message>
        <message>
            <source>Changes from version %2 to version %3: %1.</source>
            <translation>Wijzigingen van versie %2 naar versie %3: %1.</translation>
        </message>
        <message>
            <source>No differences.</source>
            <translation>Geen verschillen.</translation>
        </message>
        <message>
            <source>&amp;Base version:</source>
            <translation>&amp;Basisversie:</translation>
        </message>
        <message>
            <source>Com&amp;pare with:</source>
            <translation>Vergelijken &amp;met:</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Wat is er veranderd</translation>
        </message>
        <message>
            <source>Changes between versions</source>
            <translation>Wijzigingen tussen versies</translation>
        </message>
    </context>
    <context>
        <name>Concurrency</name>
        <message>
            <source>Someone else has “%1” open; their lock file cannot be read.</source>
            <extracomment>The user can go back and forth between the lock question and its confirmation; not forever.</extracomment>
            <translation>Iemand anders heeft “%1” open; de vergrendeling van die persoon is niet leesbaar.</translation>
        </message>
        <message>
            <source>%1 has had “%2” open on computer %3 since %4.</source>
            <translation>%1 heeft “%2” open op computer %3, sinds %4.</translation>
        </message>
        <message>
            <source>The lock file is damaged and old: the program that wrote it has probably stopped. You can remove it and open the charter normally.</source>
            <translation>Het vergrendelbestand is beschadigd en oud: het programma dat het schreef, is waarschijnlijk gestopt. Je kunt het verwijderen en het convenant gewoon openen.</translation>
        </message>
        <message>
            <source>Its last sign of life was at %1: that program has probably stopped, or its computer lost the connection to the shared drive. You can remove the lock it left behind and open the charter normally.</source>
            <translation>Het laatste teken van leven was om %1: dat programma is waarschijnlijk gestopt, of de computer verloor de verbinding met de gedeelde schijf. Je kunt de achtergebleven vergrendeling verwijderen en het convenant gewoon openen.</translation>
        </message>
        <message>
            <source>Lock left behind</source>
            <translation>Achtergebleven vergrendeling</translation>
        </message>
        <message>
            <source>Charter in use by someone else</source>
            <translation>Convenant in gebruik bij iemand anders</translation>
        </message>
        <message>
            <source>Open read-only to look without getting in each other's way; you can still save your changes under another name. Open anyway only when you have agreed who saves: the other person is told, and whoever saves second sees what the other changed.</source>
            <translation>Open alleen-lezen om te kijken zonder elkaar in de weg te zitten; je wijzigingen kun je dan nog onder een andere naam opslaan. Open het alleen toch als jullie hebben afgesproken wie opslaat: de ander krijgt dat te zien, en wie als tweede opslaat, ziet wat de ander veranderde.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Alleen-&amp;lezen openen</translation>
        </message>
        <message>
            <source>&amp;Remove the lock and open</source>
            <translation>&amp;Vergrendeling verwijderen en openen</translation>
        </message>
        <message>
            <source>Open &amp;anyway…</source>
            <translation>&amp;Toch openen…</translation>
        </message>
        <message>
            <source>the other person</source>
            <translation>de ander</translation>
        </message>
        <message>
            <source>Open anyway?</source>
            <translation>Toch openen?</translation>
        </message>
        <message>
            <source>You and %1 will then both be editing “%2”. The lock becomes yours and %1 sees that someone took it over. Whoever saves second is shown what the other changed and decides then. Open anyway?</source>
            <translation>Dan werken jij en %1 allebei aan “%2”. De vergrendeling wordt van jou en %1 ziet dat iemand die heeft overgenomen. Wie als tweede opslaat, ziet wat de ander veranderde en beslist dan. Toch openen?</translation>
        </message>
        <message>
            <source>The charter changed on disk</source>
            <translation>Het convenant is op schijf gewijzigd</translation>
        </message>
        <message>
            <source>Someone saved “%1” after you opened it.</source>
            <translation>Iemand heeft “%1” opgeslagen nadat jij het opende.</translation>
        </message>
        <message>
            <source>What they changed: %1</source>
            <translation>Wat die persoon veranderde: %1</translation>
        </message>
        <message>
            <source>The file was written again, but its content is the same as what you opened.</source>
            <translation>Het bestand is opnieuw geschreven, maar de inhoud is gelijk aan wat jij opende.</translation>
        </message>
        <message>
            <source>“%1” was removed or cannot be read any more.</source>
            <translation>“%1” is verwijderd of niet meer leesbaar.</translation>
        </message>
        <message>
            <source>Changes on disk</source>
            <translation>Wijzigingen op schijf</translation>
        </message>
        <message>
            <source>you: %1</source>
            <translation>jij: %1</translation>
        </message>
        <message>
            <source>You changed this too.</source>
            <translation>Dit heb jij ook gewijzigd.</translation>
        </message>
        <message numerus="yes">
            <source>You made %n change(s) since then.</source>
            <translation>
                <numerusform>Jij hebt sindsdien %n wijziging aangebracht.</numerusform>
                <numerusform>Jij hebt sindsdien %n wijzigingen aangebracht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of their change(s) touch the same place (marked ⚠).</source>
            <translation>
                <numerusform>%n van hun wijzigingen raakt dezelfde plek (gemarkeerd met ⚠).</numerusform>
                <numerusform>%n van hun wijzigingen raken dezelfde plek (gemarkeerd met ⚠).</numerusform>
            </translation>
        </message>
        <message>
            <source>Overwriting replaces their version with yours; their changes are then only in the backup file “%1.bak”. Saving a copy keeps both versions, so you can compare them.</source>
            <translation>Overschrijven vervangt hun versie door de jouwe; hun wijzigingen staan dan alleen nog in het reservebestand “%1.bak”. Een kopie opslaan bewaart beide versies, zodat je ze kunt vergelijken.</translation>
        </message>
        <message>
            <source>&amp;Overwrite with mine</source>
            <translation>&amp;Overschrijven met mijn versie</translation>
        </message>
        <message>
            <source>Save as a &amp;copy…</source>
            <translation>Opslaan als &amp;kopie…</translation>
        </message>
        <message>
            <source>&amp;Reload from disk</source>
            <translation>Opnieuw &amp;laden van schijf</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Je wijzigingen weggooien?</translation>
        </message>
        <message numerus="yes">
            <source>Reloading “%1” from disk discards the %n change(s) you made. This cannot be undone.</source>
            <translation>
                <numerusform>Opnieuw laden van “%1” gooit de %n wijziging weg die jij aanbracht. Dat kan niet ongedaan worden gemaakt.</numerusform>
                <numerusform>Opnieuw laden van “%1” gooit de %n wijzigingen weg die jij aanbracht. Dat kan niet ongedaan worden gemaakt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is in use</source>
            <translation>Het convenant is in gebruik</translation>
        </message>
        <message>
            <source>%1 has “%2” open on computer %3. Save your work under another name.</source>
            <translation>%1 heeft “%2” open op computer %3. Sla je werk onder een andere naam op.</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>kopie</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>alleen-lezen</translation>
        </message>
        <message>
            <source>%1 (computer %2) has this charter open.</source>
            <translation>%1 (computer %2) heeft dit convenant open.</translation>
        </message>
        <message>
            <source>Someone else has this charter open.</source>
            <translation>Iemand anders heeft dit convenant open.</translation>
        </message>
        <message>
            <source>You opened it read-only: you can make changes, but only save them under another name.</source>
            <translation>Jij opende het alleen-lezen: je kunt wijzigen, maar alleen onder een andere naam opslaan.</translation>
        </message>
        <message>
            <source>Your changes are not in any charter file yet: save them with Save As.</source>
            <translation>Je wijzigingen staan nog in geen enkel convenantbestand: sla ze op met Opslaan als.</translation>
        </message>
        <message>
            <source>%1 has closed the charter: it is no longer read-only and you can save it here. If they saved changes, you will see them when you save.</source>
            <translation>%1 heeft het convenant gesloten: het is niet meer alleen-lezen en je kunt het hier opslaan. Heeft die persoon intussen wijzigingen opgeslagen, dan zie je die bij het opslaan.</translation>
        </message>
        <message>
            <source>%1 (computer %2) opened this charter anyway at %3. Whoever of you saves second is shown what the other changed.</source>
            <translation>%1 (computer %2) heeft dit convenant om %3 toch geopend. Wie van jullie als tweede opslaat, ziet wat de ander veranderde.</translation>
        </message>
        <message>
            <source>Others cannot see that you have this charter open: no lock file can be written (%1).</source>
            <translation>Anderen kunnen niet zien dat jij dit convenant open hebt: er kan geen vergrendelbestand worden geschreven (%1).</translation>
        </message>
        <message>
            <source>Someone saved this charter after you opened it. When you save, you will see what they changed.</source>
            <translation>Iemand heeft dit convenant opgeslagen nadat jij het opende. Als je opslaat, zie je wat die persoon veranderde.</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
    </context>
    <context>
        <name>DataSharingPage</name>
        <message>
            <source>Data sharing</source>
            <translation>Gegevensdeling</translation>
        </message>
        <message>
            <source>Flows of personal data</source>
            <translation>Stromen van persoonsgegevens</translation>
        </message>
        <message>
            <source>One row per flow: who provides what to whom, for which purpose, on which legal basis. Prefer not sharing, or a hit/no-hit check, where that serves the purpose.</source>
            <translation>Eén regel per stroom: wie verstrekt wat aan wie, voor welk doel, op welke grondslag. Deel liever niet, of gebruik een hit/no-hit-bevraging, als dat het doel ook dient.</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Stroom</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Verstrekker</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Ontvangers</translation>
        </message>
        <message>
            <source>AVG art. 6</source>
            <translation>AVG art. 6</translation>
        </message>
        <message>
            <source>Technique</source>
            <translation>Techniek</translation>
        </message>
        <message>
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <source>Data flows</source>
            <translation>Gegevensstromen</translation>
        </message>
        <message>
            <source>Selected flow</source>
            <translation>Geselecteerde stroom</translation>
        </message>
        <message>
            <source>Data-sharing register</source>
            <translation>Register van gegevensdeling</translation>
        </message>
        <message>
            <source>Data-protection officers</source>
            <translation>Functionarissen gegevensbescherming</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Voeg eerst een partner toe, bij de stap Partners.</translation>
        </message>
        <message>
            <source>Safeguards for all flows</source>
            <translation>Waarborgen voor alle stromen</translation>
        </message>
        <message>
            <source>&amp;Privacy by design</source>
            <translation>&amp;Privacy by design</translation>
        </message>
        <message>
            <source>Data-subject &amp;rights</source>
            <translation>&amp;Rechten van betrokkenen</translation>
        </message>
        <message>
            <source>Data-&amp;breach procedure</source>
            <translation>Procedure bij &amp;datalekken</translation>
        </message>
        <message>
            <source>Purpose and data</source>
            <extracomment>The fields of a data flow that do not fit in the table, in tabs that follow the legal reasoning.</extracomment>
            <translation>Doel en gegevens</translation>
        </message>
        <message>
            <source>&amp;Purpose (purpose limitation)</source>
            <translation>&amp;Doel (doelbinding)</translation>
        </message>
        <message>
            <source>Data &amp;subjects</source>
            <translation>&amp;Betrokkenen</translation>
        </message>
        <message>
            <source>Data &amp;categories (separate with ;)</source>
            <translation>&amp;Categorieën gegevens (scheiden met ;)</translation>
        </message>
        <message>
            <source>Special categories (AVG art. 9)</source>
            <translation>Bijzondere persoonsgegevens (AVG art. 9)</translation>
        </message>
        <message>
            <source>Criminal-law data (AVG art. 10)</source>
            <translation>Strafrechtelijke gegevens (AVG art. 10)</translation>
        </message>
        <message>
            <source>Police data (WPG)</source>
            <translation>Politiegegevens (WPG)</translation>
        </message>
        <message>
            <source>Vulnerable data subjects</source>
            <translation>Kwetsbare betrokkenen</translation>
        </message>
        <message>
            <source>Legal basis and roles</source>
            <translation>Grondslag en rollen</translation>
        </message>
        <message>
            <source>AVG art. 9 e&amp;xception</source>
            <translation>&amp;Uitzondering AVG art. 9</translation>
        </message>
        <message>
            <source>Basis for criminal-law data (art. &amp;10)</source>
            <translation>Grondslag strafrechtelijke gegevens (art. &amp;10)</translation>
        </message>
        <message>
            <source>&amp;WPG article</source>
            <translation>&amp;WPG-artikel</translation>
        </message>
        <message>
            <source>&amp;Legal basis explained</source>
            <translation>&amp;Wettelijke grondslag toegelicht</translation>
        </message>
        <message>
            <source>&amp;Controller roles</source>
            <translation>&amp;Rollen verwerkingsverantwoordelijken</translation>
        </message>
        <message>
            <source>Arrangement between joint controllers (art. 26)</source>
            <translation>Regeling tussen gezamenlijk verwerkingsverantwoordelijken (art. 26)</translation>
        </message>
        <message>
            <source>Processing agreement (art. 28)</source>
            <translation>Verwerkersovereenkomst (art. 28)</translation>
        </message>
        <message>
            <source>Necessity</source>
            <translation>Noodzaak</translation>
        </message>
        <message>
            <source>&amp;Necessity</source>
            <translation>&amp;Noodzaak</translation>
        </message>
        <message>
            <source>Pr&amp;oportionality</source>
            <translation>Pr&amp;oportionaliteit</translation>
        </message>
        <message>
            <source>S&amp;ubsidiarity</source>
            <translation>&amp;Subsidiariteit</translation>
        </message>
        <message>
            <source>Data &amp;minimisation</source>
            <translation>Data&amp;minimalisatie</translation>
        </message>
        <message>
            <source>Retention and security</source>
            <translation>Bewaren en beveiliging</translation>
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation>&amp;Frequentie</translation>
        </message>
        <message>
            <source>&amp;Retention (months)</source>
            <translation>Be&amp;waartermijn (maanden)</translation>
        </message>
        <message>
            <source>Retention &amp;note</source>
            <translation>Toelichting &amp;bewaren</translation>
        </message>
        <message>
            <source>Security m&amp;easures</source>
            <translation>Beveiligings&amp;maatregelen</translation>
        </message>
        <message>
            <source>&amp;Authorisation: who may see what</source>
            <translation>&amp;Autorisatie: wie mag wat zien</translation>
        </message>
        <message>
            <source>DPIA re&amp;ference</source>
            <translation>DPIA-&amp;kenmerk</translation>
        </message>
        <message>
            <source>Systematic monitoring</source>
            <translation>Stelselmatige monitoring</translation>
        </message>
        <message>
            <source>Large scale</source>
            <translation>Grootschalig</translation>
        </message>
        <message>
            <source>Combines datasets</source>
            <translation>Combineert gegevensbestanden</translation>
        </message>
    </context>
    <context>
        <name>EnumLabels</name>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Politie</translation>
        </message>
        <message>
            <source>Public Prosecution Service</source>
            <translation>Openbaar Ministerie</translation>
        </message>
        <message>
            <source>Tax authority</source>
            <translation>Belastingdienst</translation>
        </message>
        <message>
            <source>Inspectorate</source>
            <translation>Inspectie</translation>
        </message>
        <message>
            <source>Government agency</source>
            <translation>Rijksdienst</translation>
        </message>
        <message>
            <source>Special investigation service</source>
            <translation>Bijzondere opsporingsdienst</translation>
        </message>
        <message>
            <source>Probation service</source>
            <translation>Reclassering</translation>
        </message>
        <message>
            <source>Care provider</source>
            <translation>Zorgaanbieder</translation>
        </message>
        <message>
            <source>Youth care</source>
            <translation>Jeugdzorg</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Onderwijs</translation>
        </message>
        <message>
            <source>Housing corporation</source>
            <translation>Woningcorporatie</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Particulier bedrijf</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Full mandate</source>
            <translation>Volledig mandaat</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Binnen grenzen</translation>
        </message>
        <message>
            <source>Consults first</source>
            <translation>Overlegt eerst</translation>
        </message>
        <message>
            <source>No mandate (advises)</source>
            <translation>Geen mandaat (adviseert)</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Wekelijks</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Tweewekelijks</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Maandelijks</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Per kwartaal</translation>
        </message>
        <message>
            <source>Every six months</source>
            <translation>Halfjaarlijks</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Jaarlijks</translation>
        </message>
        <message>
            <source>Per case</source>
            <translation>Per casus</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoog</translation>
        </message>
        <message>
            <source>Consultation and alignment</source>
            <translation>Overleg en afstemming</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netwerk</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Covenant</source>
            <translation>Convenant</translation>
        </message>
        <message>
            <source>Collaboration agreement</source>
            <translation>Samenwerkingsovereenkomst</translation>
        </message>
        <message>
            <source>Joint arrangement (Wgr)</source>
            <translation>Gemeenschappelijke regeling (Wgr)</translation>
        </message>
        <message>
            <source>Foundation</source>
            <translation>Stichting</translation>
        </message>
        <message>
            <source>Other legal entity</source>
            <translation>Andere rechtspersoon</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Mensen</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Expertise</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Faciliteiten</translation>
        </message>
        <message>
            <source>Steering group</source>
            <translation>Stuurgroep</translation>
        </message>
        <message>
            <source>Core team</source>
            <translation>Kernteam</translation>
        </message>
        <message>
            <source>Case meeting</source>
            <translation>Casusoverleg</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Werkgroep</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Unanimity</source>
            <translation>Unanimiteit</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Meerderheid</translation>
        </message>
        <message>
            <source>Qualified majority</source>
            <translation>Gekwalificeerde meerderheid</translation>
        </message>
        <message>
            <source>Advisory only</source>
            <translation>Alleen adviserend</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Voorzitter</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretaris</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Adviseur</translation>
        </message>
        <message>
            <source>Quantitative</source>
            <translation>Kwantitatief</translation>
        </message>
        <message>
            <source>Qualitative</source>
            <translation>Kwalitatief</translation>
        </message>
        <message>
            <source>Results of the approach</source>
            <translation>Resultaten van de aanpak</translation>
        </message>
        <message>
            <source>Quality of the collaboration</source>
            <translation>Kwaliteit van de samenwerking</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Proces</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>a. Consent</source>
            <translation>a. Toestemming</translation>
        </message>
        <message>
            <source>b. Contract</source>
            <translation>b. Overeenkomst</translation>
        </message>
        <message>
            <source>c. Legal obligation</source>
            <translation>c. Wettelijke verplichting</translation>
        </message>
        <message>
            <source>d. Vital interests</source>
            <translation>d. Vitale belangen</translation>
        </message>
        <message>
            <source>e. Public task</source>
            <translation>e. Publieke taak</translation>
        </message>
        <message>
            <source>f. Legitimate interests</source>
            <translation>f. Gerechtvaardigd belang</translation>
        </message>
        <message>
            <source>a. Explicit consent</source>
            <translation>a. Uitdrukkelijke toestemming</translation>
        </message>
        <message>
            <source>b. Employment and social security</source>
            <translation>b. Arbeid en sociale zekerheid</translation>
        </message>
        <message>
            <source>c. Vital interests</source>
            <translation>c. Vitale belangen</translation>
        </message>
        <message>
            <source>d. Not-for-profit body</source>
            <translation>d. Organisatie zonder winstoogmerk</translation>
        </message>
        <message>
            <source>e. Made public by the data subject</source>
            <translation>e. Openbaar gemaakt door de betrokkene</translation>
        </message>
        <message>
            <source>f. Legal claims</source>
            <translation>f. Rechtsvorderingen</translation>
        </message>
        <message>
            <source>g. Substantial public interest</source>
            <translation>g. Zwaarwegend algemeen belang</translation>
        </message>
        <message>
            <source>h. Health or social care</source>
            <translation>h. Gezondheidszorg of sociale zorg</translation>
        </message>
        <message>
            <source>i. Public health</source>
            <translation>i. Volksgezondheid</translation>
        </message>
        <message>
            <source>j. Archiving, research, statistics</source>
            <translation>j. Archief, onderzoek, statistiek</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Niet beoordeeld</translation>
        </message>
        <message>
            <source>Not required</source>
            <translation>Niet nodig</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Uitgevoerd</translation>
        </message>
        <message>
            <source>Independent controllers</source>
            <translation>Zelfstandige verwerkingsverantwoordelijken</translation>
        </message>
        <message>
            <source>Joint controllers (art. 26)</source>
            <translation>Gezamenlijke verwerkingsverantwoordelijken (art. 26)</translation>
        </message>
        <message>
            <source>Processor (art. 28)</source>
            <translation>Verwerker (art. 28)</translation>
        </message>
        <message>
            <source>Case by case</source>
            <translation>Per casus</translation>
        </message>
        <message>
            <source>Periodic transfer</source>
            <translation>Periodieke levering</translation>
        </message>
        <message>
            <source>Hit/no-hit check</source>
            <translation>Hit/no-hit-bevraging</translation>
        </message>
        <message>
            <source>Direct access</source>
            <translation>Directe toegang</translation>
        </message>
        <message>
            <source>Central storage</source>
            <translation>Centrale opslag</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Open charter</source>
            <translation>Convenant openen</translation>
        </message>
        <message>
            <source>Charters (*.charter.json);;Partner packages (*.partner.json);;JSON files (*.json)</source>
            <translation>Convenanten (*.charter.json);;Partnerpakketten (*.partner.json);;JSON-bestanden (*.json)</translation>
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
        <name>GlossaryAssistant</name>
        <message>
            <source>Occurs in:</source>
            <translation>Komt voor in:</translation>
        </message>
        <message>
            <source>Not a common term: it is added with an empty definition for you to fill in.</source>
            <translation>Geen veelgebruikte term: hij wordt toegevoegd met een lege definitie die u zelf invult.</translation>
        </message>
        <message>
            <source>Every term the texts use is defined.</source>
            <translation>Elke term die de teksten gebruiken, is gedefinieerd.</translation>
        </message>
        <message>
            <source>Terms to define: %1</source>
            <translation>Nog te definiëren termen: %1</translation>
        </message>
        <message>
            <source>Already in the glossary.</source>
            <translation>Staat al in de begrippenlijst.</translation>
        </message>
        <message>
            <source>Select a term to read its whole definition.</source>
            <translation>Selecteer een term om de hele definitie te lezen.</translation>
        </message>
        <message>
            <source>%1 of %2 terms</source>
            <translation>%1 van %2 termen</translation>
        </message>
        <message>
            <source>%1 terms, %2 already in the glossary (grey)</source>
            <translation>%1 termen, waarvan %2 al in de begrippenlijst (grijs)</translation>
        </message>
        <message>
            <source>Add term to glossary</source>
            <translation>Term toevoegen aan begrippenlijst</translation>
        </message>
        <message>
            <source>Adopt common term</source>
            <translation>Veelgebruikte term overnemen</translation>
        </message>
        <message>
            <source>Glossary assistant</source>
            <translation>Hulp bij de begrippenlijst</translation>
        </message>
        <message>
            <source>Add the terms your texts use to the glossary, so that every partner reads them the same way. An added term is selected in the glossary: check its definition there and adapt it to your partnership.</source>
            <translation>Neem de termen die uw teksten gebruiken op in de begrippenlijst, zodat elke partner ze op dezelfde manier leest. Een toegevoegde term wordt geselecteerd in de begrippenlijst: controleer daar de definitie en pas die aan op uw samenwerkingsverband.</translation>
        </message>
        <message>
            <source>Used but not defined</source>
            <translation>Gebruikt maar niet gedefinieerd</translation>
        </message>
        <message>
            <source>Jargon and abbreviations in the charter's texts that the glossary does not explain yet.</source>
            <translation>Vakjargon en afkortingen in de teksten van het convenant die de begrippenlijst nog niet uitlegt.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Begrip</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>&amp;Add to glossary</source>
            <translation>&amp;Toevoegen aan begrippenlijst</translation>
        </message>
        <message>
            <source>Add the selected terms, with the common definition where there is one.</source>
            <translation>Voeg de geselecteerde termen toe, met de gangbare definitie als die er is.</translation>
        </message>
        <message>
            <source>Common terms</source>
            <translation>Veelgebruikte termen</translation>
        </message>
        <message>
            <source>Filter terms</source>
            <translation>Termen filteren</translation>
        </message>
        <message>
            <source>Neutral definition</source>
            <translation>Neutrale definitie</translation>
        </message>
        <message>
            <source>Ad&amp;opt</source>
            <translation>&amp;Overnemen</translation>
        </message>
        <message>
            <source>Add the selected common terms to the glossary.</source>
            <translation>Voeg de geselecteerde veelgebruikte termen toe aan de begrippenlijst.</translation>
        </message>
        <message>
            <source>Suggest terms…</source>
            <translation>Termen voorstellen…</translation>
        </message>
        <message>
            <source>Find terms the charter uses but does not define, and adopt common terms of the domain.</source>
            <translation>Zoek termen die het convenant gebruikt maar niet definieert, en neem veelgebruikte termen uit het vakgebied over.</translation>
        </message>
    </context>
    <context>
        <name>GovernancePage</name>
        <message>
            <source>Governance and monitoring</source>
            <translation>Sturing en monitoring</translation>
        </message>
        <message>
            <source>Bodies and decision-making</source>
            <translation>Organen en besluitvorming</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Decides by</source>
            <translation>Besluit bij</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Vergadert</translation>
        </message>
        <message>
            <source>Veto</source>
            <translation>Veto</translation>
        </message>
        <message>
            <source>Bodies</source>
            <translation>Organen</translation>
        </message>
        <message>
            <source>&amp;Tasks of this body</source>
            <translation>&amp;Taken van dit orgaan</translation>
        </message>
        <message>
            <source>Selected body</source>
            <translation>Geselecteerd orgaan</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Vertegenwoordiger</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Voeg eerst een partner toe, bij de stap Partners.</translation>
        </message>
        <message>
            <source>Key performance indicators</source>
            <translation>Ketenprestatie-indicatoren</translation>
        </message>
        <message>
            <source>Measure both the results of the approach and how well the collaboration itself works.</source>
            <translation>Meet zowel de resultaten van de aanpak als hoe goed de samenwerking zelf werkt.</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Nulmeting</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Streefwaarde</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPI's</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>Target in &amp;words</source>
            <translation>Streefwaarde in &amp;woorden</translation>
        </message>
        <message>
            <source>&amp;Source of the figures</source>
            <translation>&amp;Bron van de cijfers</translation>
        </message>
        <message>
            <source>Selected KPI</source>
            <translation>Geselecteerde KPI</translation>
        </message>
        <message>
            <source>Escalation and disputes</source>
            <translation>Escalatie en geschillen</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Escalatie</translation>
        </message>
        <message>
            <source>&amp;Dispute resolution</source>
            <translation>&amp;Geschilbeslechting</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Monitoring</translation>
        </message>
        <message>
            <source>&amp;Monitoring</source>
            <translation>&amp;Monitoring</translation>
        </message>
        <message>
            <source>&amp;Reporting cadence</source>
            <translation>&amp;Rapportagefrequentie</translation>
        </message>
        <message>
            <source>Term, changes and costs</source>
            <translation>Looptijd, wijzigingen en kosten</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>E&amp;nd date</source>
            <translation>&amp;Einddatum</translation>
        </message>
        <message>
            <source>Mid-term re&amp;view</source>
            <translation>&amp;Tussentijdse toetsing</translation>
        </message>
        <message>
            <source>&amp;Joining and leaving</source>
            <translation>&amp;Toetreden en uittreden</translation>
        </message>
        <message>
            <source>&amp;Amendment</source>
            <translation>&amp;Wijziging</translation>
        </message>
        <message>
            <source>&amp;Termination</source>
            <translation>&amp;Beëindiging</translation>
        </message>
        <message>
            <source>&amp;Costs</source>
            <translation>&amp;Kosten</translation>
        </message>
        <message>
            <source>&amp;Publication</source>
            <translation>&amp;Openbaarmaking</translation>
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
        <name>HealthCheckEditor</name>
        <message>
            <source>not scored</source>
            <extracomment>Cell shades per score, light to dark blue-grey: readable in grayscale, numbers stay on top.</extracomment>
            <translation>geen score</translation>
        </message>
        <message>
            <source>(left)</source>
            <translation>(vertrokken)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Link health check</source>
            <translation>Gezondheidscheck koppelen</translation>
        </message>
        <message>
            <source>New health check</source>
            <translation>Nieuwe gezondheidscheck</translation>
        </message>
        <message>
            <source>Clear score</source>
            <translation>Score wissen</translation>
        </message>
        <message>
            <source>Change score</source>
            <translation>Score wijzigen</translation>
        </message>
        <message>
            <source>(no health check)</source>
            <translation>(geen gezondheidscheck)</translation>
        </message>
        <message>
            <source>Missing scores: %1</source>
            <translation>Ontbrekende scores: %1</translation>
        </message>
        <message>
            <source>Every partner has scored every dimension.</source>
            <translation>Elke partner heeft elk onderdeel gescoord.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>&amp;Comment of %1 on “%2”</source>
            <translation>&amp;Toelichting van %1 op “%2”</translation>
        </message>
        <message>
            <source>Give a score first.</source>
            <translation>Geef eerst een score.</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Gemiddelde</translation>
        </message>
        <message>
            <source>Partner's score</source>
            <translation>Score van een partner</translation>
        </message>
        <message>
            <source>Previous check</source>
            <translation>Vorige check</translation>
        </message>
        <message>
            <source>Founding check</source>
            <translation>Check bij de start</translation>
        </message>
        <message>
            <source>Selected partner</source>
            <translation>Gekozen partner</translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>Nog geen scores.</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Aanleiding</translation>
        </message>
        <message>
            <source>&amp;Health check:</source>
            <translation>&amp;Gezondheidscheck:</translation>
        </message>
        <message>
            <source>&amp;New health check</source>
            <translation>&amp;Nieuwe gezondheidscheck</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Occasion:</source>
            <translation>&amp;Aanleiding:</translation>
        </message>
        <message>
            <source>Each partner scores the five conditions for collaboration, the three levels of trust and the involvement of its own organisation from 1 (weak) to 5 (strong). Type a digit in a cell to score it; Delete clears it.</source>
            <translation>Elke partner scoort de vijf voorwaarden voor samenwerking, de drie niveaus van vertrouwen en de betrokkenheid van de eigen organisatie van 1 (zwak) tot 5 (sterk). Typ een cijfer in een cel om te scoren; Delete wist de score.</translation>
        </message>
        <message>
            <source>Scores per partner and dimension</source>
            <translation>Scores per partner en onderdeel</translation>
        </message>
        <message>
            <source>Health check chart</source>
            <translation>Grafiek van de gezondheidscheck</translation>
        </message>
    </context>
    <context>
        <name>ImportComments</name>
        <message>
            <source>Import review comments</source>
            <translation>Opmerkingen uit beoordeling inlezen</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-documenten (*.docx)</translation>
        </message>
        <message>
            <source>Text changed in the document (not applied; adopt it where needed):</source>
            <translation>Tekst gewijzigd in het document (niet overgenomen; neem die zo nodig over):</translation>
        </message>
        <message>
            <source>%1 cannot be read as a Word document: %2</source>
            <translation>%1 kan niet als Word-document worden gelezen: %2</translation>
        </message>
        <message>
            <source>Comments added: %1. Already in the charter or empty: %2.</source>
            <translation>Opmerkingen toegevoegd: %1. Al in het convenant of leeg: %2.</translation>
        </message>
        <message>
            <source>The reviewer also changed the text in %1 place(s); see the details.</source>
            <translation>De beoordelaar heeft ook op %1 plaats(en) de tekst gewijzigd; zie de details.</translation>
        </message>
        <message>
            <source>&amp;Import review comments…</source>
            <translation>Opmerkingen uit beoordeling &amp;inlezen…</translation>
        </message>
        <message>
            <source>Add the comments reviewers left in the Word review copy to the charter</source>
            <translation>Voeg de opmerkingen die beoordelaars in het Word-beoordelingsexemplaar maakten toe aan het convenant</translation>
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
            <source>New from &amp;template…</source>
            <translation>Nieuw vanuit s&amp;jabloon…</translation>
        </message>
        <message>
            <source>Start a new charter from a template for your kind of partnership</source>
            <translation>Begin een nieuw convenant met een sjabloon voor jullie soort samenwerking</translation>
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
            <source>&amp;Guidance panel</source>
            <translation>&amp;Toelichtingspaneel</translation>
        </message>
        <message>
            <source>Show or hide the guidance</source>
            <translation>Toon of verberg de toelichting</translation>
        </message>
        <message>
            <source>&amp;Guidance for this step</source>
            <translation>&amp;Toelichting bij deze stap</translation>
        </message>
        <message>
            <source>Show the advice and examples for this step</source>
            <translation>Toon het advies en de voorbeelden bij deze stap</translation>
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
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opn&amp;ieuw</translation>
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
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Maak de laatste wijziging ongedaan (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo the change you undid (Ctrl+Shift+Z)</source>
            <translation>Voer de ongedaan gemaakte wijziging opnieuw uit (Ctrl+Shift+Z)</translation>
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
            <source>The recovery file could not be written; save your work to be safe.</source>
            <translation>Het herstelbestand kon niet worden geschreven; sla uw werk op om zeker te zijn.</translation>
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
        <name>MergeView</name>
        <message>
            <source>Import partner packages</source>
            <translation>Partnerpakketten importeren</translation>
        </message>
        <message>
            <source>Partner packages (*.partner.json)</source>
            <translation>Partnerpakketten (*.partner.json)</translation>
        </message>
        <message>
            <source>Export partner package</source>
            <translation>Partnerpakket exporteren</translation>
        </message>
        <message>
            <source>Which partner fills in this package?</source>
            <translation>Welke partner vult dit pakket in?</translation>
        </message>
        <message>
            <source>Save partner package as</source>
            <translation>Partnerpakket opslaan als</translation>
        </message>
        <message>
            <source>Save the charter first?</source>
            <translation>Eerst het convenant opslaan?</translation>
        </message>
        <message>
            <source>The charter has unsaved changes. A package must be made from the saved charter, so that merging it later compares with the same state. Save now?</source>
            <translation>Het convenant heeft wijzigingen die niet zijn opgeslagen. Een pakket wordt gemaakt van het opgeslagen convenant, zodat het samenvoegen later met dezelfde stand vergelijkt. Nu opslaan?</translation>
        </message>
        <message>
            <source>Outdated partner package</source>
            <translation>Verouderd partnerpakket</translation>
        </message>
        <message>
            <source>The partner has not seen these changes. Merge anyway? The revision history will say so.</source>
            <translation>De partner heeft deze wijzigingen niet gezien. Toch samenvoegen? De wijzigingsgeschiedenis vermeldt dat.</translation>
        </message>
        <message>
            <source>Keep the coordinator's value</source>
            <translation>Waarde van de coördinator houden</translation>
        </message>
        <message>
            <source>Take the package's value</source>
            <translation>Waarde uit het pakket nemen</translation>
        </message>
        <message>
            <source>Take the value of %1</source>
            <translation>Waarde van %1 nemen</translation>
        </message>
        <message>
            <source>%1 added</source>
            <translation>%1 toegevoegd</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>%1 verwijderd</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>At export</source>
            <translation>Bij de export</translation>
        </message>
        <message>
            <source>Coordinator now</source>
            <translation>Coördinator nu</translation>
        </message>
        <message>
            <source>Package value(s)</source>
            <translation>Waarde(n) in pakket</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Uw keuze</translation>
        </message>
        <message>
            <source>Merge partner packages</source>
            <translation>Partnerpakketten samenvoegen</translation>
        </message>
        <message>
            <source>Packages: %1. Changes that apply without question: %2. Conflicts for you to decide: %3.</source>
            <translation>Pakketten: %1. Wijzigingen die zonder meer worden toegepast: %2. Conflicten waarover u beslist: %3.</translation>
        </message>
        <message>
            <source>Changes that will be applied</source>
            <translation>Wijzigingen die worden toegepast</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijziging</translation>
        </message>
        <message>
            <source>Conflicts for you to decide</source>
            <translation>Conflicten waarover u beslist</translation>
        </message>
        <message>
            <source>The coordinator changed the same field since the export, or two packages differ. Choose per conflict; the coordinator's value is kept unless you choose otherwise.</source>
            <translation>De coördinator wijzigde hetzelfde veld sinds de export, of twee pakketten verschillen. Kies per conflict; de waarde van de coördinator blijft staan tenzij u anders kiest.</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Toepassen</translation>
        </message>
        <message>
            <source>E&amp;xport partner package…</source>
            <translation>Partnerpakket e&amp;xporteren…</translation>
        </message>
        <message>
            <source>Write one partner's part to a file it fills in offline</source>
            <translation>Het deel van één partner naar een bestand schrijven dat die offline invult</translation>
        </message>
        <message>
            <source>&amp;Import partner packages…</source>
            <translation>Partnerpakketten &amp;importeren…</translation>
        </message>
        <message>
            <source>Merge returned partner packages into the charter</source>
            <translation>Teruggestuurde partnerpakketten in het convenant samenvoegen</translation>
        </message>
        <message>
            <source>The charter has no partners yet.</source>
            <translation>Het convenant heeft nog geen partners.</translation>
        </message>
        <message>
            <source>Cannot export the partner package</source>
            <translation>Het partnerpakket kan niet worden geëxporteerd</translation>
        </message>
        <message>
            <source>Partner package written: %1</source>
            <translation>Partnerpakket geschreven: %1</translation>
        </message>
        <message>
            <source>Cannot read the partner package</source>
            <translation>Het partnerpakket kan niet worden gelezen</translation>
        </message>
        <message>
            <source>Nothing was merged.</source>
            <translation>Er is niets samengevoegd.</translation>
        </message>
        <message>
            <source>Partner packages refused</source>
            <translation>Partnerpakketten geweigerd</translation>
        </message>
        <message>
            <source>Partner packages merged</source>
            <translation>Partnerpakketten samengevoegd</translation>
        </message>
        <message>
            <source>No package was merged; the charter is unchanged.</source>
            <translation>Er is geen pakket samengevoegd; het convenant is niet gewijzigd.</translation>
        </message>
        <message>
            <source>Changes applied: %1. Conflicts decided: %2. Conflicts left open (the coordinator's value kept): %3.</source>
            <translation>Wijzigingen toegepast: %1. Conflicten beslist: %2. Conflicten open gebleven (waarde van de coördinator behouden): %3.</translation>
        </message>
        <message>
            <source>The revision history records each package. Undo reverses the whole merge; save to keep it.</source>
            <translation>De wijzigingsgeschiedenis legt elk pakket vast. Ongedaan maken draait het hele samenvoegen terug; sla op om het te bewaren.</translation>
        </message>
    </context>
    <context>
        <name>NewFromTemplate</name>
        <message>
            <source>New charter from a template</source>
            <translation>Nieuw convenant vanuit een sjabloon</translation>
        </message>
        <message>
            <source>Choose the kind of partnership closest to yours. The new charter is a draft you can change in every step.</source>
            <translation>Kies de soort samenwerking die het dichtst bij de jouwe ligt. Het nieuwe convenant is een concept dat je in elke stap kunt aanpassen.</translation>
        </message>
        <message>
            <source>A template is a starting point written for a typical case, not advice for yours. Texts marked “[Controleer: …]” must be checked and completed by the partners.</source>
            <translation>Een sjabloon is een startconvenant, geschreven voor een typisch geval en geen advies voor het jouwe. Teksten met “[Controleer: …]” moeten de partners nalopen en aanvullen.</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Sjablonen</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Maken</translation>
        </message>
        <message>
            <source>Cannot start from this template</source>
            <translation>Dit sjabloon kan niet worden gebruikt</translation>
        </message>
    </context>
    <context>
        <name>PartnerMode</name>
        <message>
            <source>Another partner's details cannot be changed here.</source>
            <extracomment>The steps a partner fills in, in wizard order. Where the partner's own records live in the small charter; editors elsewhere are hidden. Record class -&gt; the field naming the partner that owns it.</extracomment>
            <translation>De gegevens van een andere partner kunt u hier niet wijzigen.</translation>
        </message>
        <message>
            <source>The shared context is read-only in a partner package.</source>
            <translation>De gedeelde context is in een partnerpakket alleen te lezen.</translation>
        </message>
        <message>
            <source>Your records stay yours: the partner cannot be changed.</source>
            <translation>Uw onderdelen blijven van u: de partner kan niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>Partners cannot be added or removed in a partner package.</source>
            <translation>In een partnerpakket kunt u geen partners toevoegen of verwijderen.</translation>
        </message>
        <message>
            <source>(not filled in)</source>
            <extracomment>Rules whose answer depends on parts of the charter a package does not carry (bodies, roles): in partner mode they would misfire, e.g. "this recipient has no role" for every recipient.</extracomment>
            <translation>(niet ingevuld)</translation>
        </message>
        <message>
            <source>Societal problem</source>
            <translation>Maatschappelijk probleem</translation>
        </message>
        <message>
            <source>Shared added value</source>
            <translation>Gezamenlijke meerwaarde</translation>
        </message>
        <message>
            <source>Why no partner can do this alone</source>
            <translation>Waarom geen partner dit alleen kan</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visie</translation>
        </message>
        <message>
            <source>Vision (%1)</source>
            <translation>Visie (%1)</translation>
        </message>
        <message>
            <source>The other partners</source>
            <translation>De andere partners</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Save package</source>
            <translation>Pakket op&amp;slaan</translation>
        </message>
        <message>
            <source>Save your part in the package file</source>
            <translation>Uw deel in het pakketbestand opslaan</translation>
        </message>
        <message>
            <source>Save package &amp;as…</source>
            <translation>Pakket opslaan &amp;als…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Slui&amp;ten</translation>
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
            <source>Shared context</source>
            <translation>Gedeelde context</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Read-only: what the partners agreed together, for reference. Only the coordinator changes this.</source>
            <translation>Alleen te lezen: wat de partners samen hebben afgesproken, ter naslag. Alleen de coördinator wijzigt dit.</translation>
        </message>
        <message>
            <source>Partner package for %1 — charter “%2” v%3</source>
            <translation>Partnerpakket voor %1 — convenant “%2” v%3</translation>
        </message>
        <message>
            <source>Fill in your own part: your organisation, your interest, your contributions and the data you provide. Save, and send the file back to the coordinator.</source>
            <translation>Vul uw eigen deel in: uw organisatie, uw belang, uw bijdragen en de gegevens die u levert. Sla op en stuur het bestand terug naar de coördinator.</translation>
        </message>
        <message>
            <source>partner mode</source>
            <translation>partnermodus</translation>
        </message>
        <message>
            <source>Cannot save the partner package</source>
            <translation>Het partnerpakket kan niet worden opgeslagen</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
        <message>
            <source>Save partner package as</source>
            <translation>Partnerpakket opslaan als</translation>
        </message>
        <message>
            <source>Partner packages (*.partner.json)</source>
            <translation>Partnerpakketten (*.partner.json)</translation>
        </message>
        <message>
            <source>Cannot open the partner package</source>
            <extracomment>Partner windows stay alive while shown; they remove themselves when closed.</extracomment>
            <translation>Het partnerpakket kan niet worden geopend</translation>
        </message>
    </context>
    <context>
        <name>PartnersPage</name>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Participating organisations</source>
            <translation>Deelnemende organisaties</translation>
        </message>
        <message>
            <source>Every parent organisation that takes part. Select a partner to fill in its legal powers, its representatives and the mandate each one has.</source>
            <translation>Elke moederorganisatie die meedoet. Selecteer een partner om de bevoegdheden, de vertegenwoordigers en het mandaat van elk van hen in te vullen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Korte naam</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Reports back</source>
            <translation>Koppelt terug</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Toegetreden op</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Uitgetreden op</translation>
        </message>
        <message>
            <source>Legal &amp;powers and tasks that matter here</source>
            <translation>Wettelijke &amp;bevoegdheden en taken die hier tellen</translation>
        </message>
        <message>
            <source>&amp;Support in the parent organisation</source>
            <translation>&amp;Draagvlak in de moederorganisatie</translation>
        </message>
        <message>
            <source>How the representative reports &amp;back</source>
            <translation>Hoe de vertegenwoordiger &amp;terugkoppelt</translation>
        </message>
        <message>
            <source>Selected partner</source>
            <translation>Geselecteerde partner</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Vertegenwoordiger</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandaat</translation>
        </message>
        <message>
            <source>Signs</source>
            <translation>Tekent</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Vertegenwoordigers</translation>
        </message>
        <message>
            <source>&amp;Mandate in words: what this person may decide without going back</source>
            <translation>&amp;Mandaat in woorden: wat deze persoon zonder ruggenspraak mag besluiten</translation>
        </message>
        <message>
            <source>Selected representative</source>
            <translation>Geselecteerde vertegenwoordiger</translation>
        </message>
        <message>
            <source>Remove partner</source>
            <translation>Partner verwijderen</translation>
        </message>
        <message>
            <source>Other parts of the charter refer to %1 (%2 places, such as KPI owners, RACI letters and data flows). Remove the partner together with these references? You can undo this.</source>
            <translation>Andere delen van het convenant verwijzen naar %1 (%2 plaatsen, zoals KPI-eigenaars, RACI-letters en gegevensstromen). De partner samen met deze verwijzingen verwijderen? U kunt dit ongedaan maken.</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Purpose</source>
            <translation>Bedoeling</translation>
        </message>
        <message>
            <source>Why we work together</source>
            <translation>Waarom we samenwerken</translation>
        </message>
        <message>
            <source>Societal &amp;problem</source>
            <translation>Maatschappelijk &amp;probleem</translation>
        </message>
        <message>
            <source>Shared &amp;added value</source>
            <translation>Gedeelde &amp;meerwaarde</translation>
        </message>
        <message>
            <source>Why no partner can do this a&amp;lone</source>
            <translation>Waarom geen partner dit &amp;alleen kan</translation>
        </message>
        <message>
            <source>Each partner's own interest</source>
            <translation>Het eigen belang van elke partner</translation>
        </message>
        <message>
            <source>Name every partner's interest openly: recognised interests keep partners committed.</source>
            <translation>Benoem het belang van elke partner openlijk: erkende belangen houden partners betrokken.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Belang</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Belangen</translation>
        </message>
        <message>
            <source>The partner's &amp;interest</source>
            <translation>Het &amp;belang van de partner</translation>
        </message>
        <message>
            <source>Selected interest</source>
            <translation>Geselecteerd belang</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Voeg eerst een partner toe, bij de stap Partners.</translation>
        </message>
    </context>
    <context>
        <name>RaciGrid</name>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>No partner is Accountable (A or A/R) yet: exactly one should be.</source>
            <translation>Nog geen partner is eindverantwoordelijk (A of A/R): dat moet er precies één zijn.</translation>
        </message>
        <message>
            <source>%1 partners are Accountable: exactly one should be.</source>
            <translation>%1 partners zijn eindverantwoordelijk: dat moet er precies één zijn.</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI-letter</translation>
        </message>
        <message>
            <source>Set RACI letter</source>
            <translation>RACI-letter zetten</translation>
        </message>
        <message>
            <source>Add activities above; then give each partner its letter per activity.</source>
            <translation>Voeg hierboven activiteiten toe; geef daarna elke partner per activiteit een letter.</translation>
        </message>
        <message>
            <source>R = responsible, A = accountable, C = consulted, I = informed. %1 activities do not have exactly one Accountable partner (marked ⚠).</source>
            <translation>R = uitvoerend, A = eindverantwoordelijk, C = geraadpleegd, I = geïnformeerd. %1 activiteiten hebben niet precies één eindverantwoordelijke partner (gemarkeerd met ⚠).</translation>
        </message>
        <message>
            <source>R = responsible, A = accountable, C = consulted, I = informed. Every activity has one Accountable partner.</source>
            <translation>R = uitvoerend, A = eindverantwoordelijk, C = geraadpleegd, I = geïnformeerd. Elke activiteit heeft één eindverantwoordelijke partner.</translation>
        </message>
        <message>
            <source>RACI matrix</source>
            <translation>RACI-matrix</translation>
        </message>
        <message>
            <source>Type R, A, C or I in a cell; Delete clears it; Enter opens the list.</source>
            <translation>Typ R, A, C of I in een cel; Delete wist de letter; Enter opent de lijst.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Please type a number.</source>
            <translation>Typ een getal.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 wijzigen</translation>
        </message>
        <message>
            <source>Nothing here yet: press Add or the Insert key.</source>
            <translation>Nog niets ingevuld: kies Toevoegen of druk op Insert.</translation>
        </message>
        <message>
            <source>Rows: %1 of %2</source>
            <translation>Regels: %1 van %2</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Regels: %1</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliceren</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Filter rows</source>
            <translation>Regels filteren</translation>
        </message>
        <message>
            <source>Show only the rows that contain this text.</source>
            <translation>Toon alleen de regels die deze tekst bevatten.</translation>
        </message>
        <message>
            <source>Not possible: %1</source>
            <translation>Niet mogelijk: %1</translation>
        </message>
        <message>
            <source>Cannot add a row here yet.</source>
            <translation>Hier kan nog geen regel worden toegevoegd.</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Regel toevoegen</translation>
        </message>
        <message>
            <source>Duplicate row</source>
            <translation>Regel dupliceren</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Regels verwijderen</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Regel verplaatsen</translation>
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
        <name>RegisterView</name>
        <message>
            <source>provides</source>
            <translation>levert</translation>
        </message>
        <message>
            <source>receives</source>
            <translation>ontvangt</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beide</translation>
        </message>
        <message>
            <source>Flows: %1</source>
            <translation>Stromen: %1</translation>
        </message>
        <message>
            <source>The register fills in as you add data flows above.</source>
            <translation>Het register vult zich zodra u hierboven gegevensstromen toevoegt.</translation>
        </message>
        <message>
            <source>Name the data categories of each flow (tab Purpose and data) to see who holds what.</source>
            <translation>Noem bij elke stroom de soorten gegevens (tabblad Doel en gegevens) om te zien wie wat heeft.</translation>
        </message>
        <message>
            <source>Who provides and who receives each kind of data; hover over a cell to see the flows behind it, double-click it to select the first of them.</source>
            <translation>Wie levert en wie ontvangt elke soort gegevens; wijs een cel aan om de stromen erachter te zien, dubbelklik om de eerste daarvan te kiezen.</translation>
        </message>
        <message>
            <source>Select a flow in the table above to see what a privacy officer will ask about it.</source>
            <translation>Kies hierboven een stroom om te zien wat een privacyfunctionaris erover zal vragen.</translation>
        </message>
        <message>
            <source>Privacy officer's questions for “%1”: %2 of %3 answered. Click an open question to answer it.</source>
            <translation>Vragen van de privacyfunctionaris over “%1”: %2 van %3 beantwoord. Klik op een open vraag om die te beantwoorden.</translation>
        </message>
        <message>
            <source>(unnamed flow)</source>
            <translation>(stroom zonder naam)</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Open: click to go to the field</source>
            <translation>Open: klik om naar het veld te gaan</translation>
        </message>
    </context>
    <context>
        <name>ReviewLabels</name>
        <message>
            <source>Shared
ambition</source>
            <extracomment>Short, two-line column headers for the score grid (the full name is in the tooltip).</extracomment>
            <translation>Gedeelde
ambitie</translation>
        </message>
        <message>
            <source>Interests
recognised</source>
            <translation>Belangen
erkend</translation>
        </message>
        <message>
            <source>Meaningful
process</source>
            <translation>Zinvol
proces</translation>
        </message>
        <message>
            <source>Relation-
ships</source>
            <translation>Relaties
bouwen</translation>
        </message>
        <message>
            <source>Professional
organisation</source>
            <translation>Professionele
organisatie</translation>
        </message>
        <message>
            <source>Trust:
members</source>
            <translation>Vertrouwen:
leden</translation>
        </message>
        <message>
            <source>Trust:
parent orgs</source>
            <translation>Vertrouwen:
moederorg.</translation>
        </message>
        <message>
            <source>Trust:
partnership</source>
            <translation>Vertrouwen:
verband</translation>
        </message>
        <message>
            <source>Parent
involvement</source>
            <translation>Betrokkenheid
moederorg.</translation>
        </message>
        <message>
            <source>Founding</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Tussentijdse toetsing</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
    </context>
    <context>
        <name>ReviewMenu</name>
        <message>
            <source>&amp;Review</source>
            <translation>T&amp;oetsing</translation>
        </message>
        <message>
            <source>&amp;Mid-term review…</source>
            <translation>&amp;Tussentijdse toetsing…</translation>
        </message>
        <message>
            <source>Measure the KPIs, score the health check, agree actions</source>
            <translation>De KPI's meten, de gezondheidscheck scoren, acties afspreken</translation>
        </message>
        <message>
            <source>&amp;Health check…</source>
            <translation>&amp;Gezondheidscheck…</translation>
        </message>
        <message>
            <source>Let every partner score the collaboration</source>
            <translation>Elke partner laten scoren hoe de samenwerking gaat</translation>
        </message>
        <message>
            <source>&amp;Compare versions…</source>
            <translation>&amp;Versies vergelijken…</translation>
        </message>
        <message>
            <source>See what changed between two versions of the charter</source>
            <translation>Zien wat er tussen twee versies van het convenant is veranderd</translation>
        </message>
    </context>
    <context>
        <name>ReviewModePanel</name>
        <message>
            <source>Save review report</source>
            <translation>Rapport van de toetsing opslaan</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word-documenten (*.docx)</translation>
        </message>
        <message>
            <source>&amp;KPI measurements</source>
            <translation>&amp;KPI-metingen</translation>
        </message>
        <message>
            <source>&amp;Health check</source>
            <translation>&amp;Gezondheidscheck</translation>
        </message>
        <message>
            <source>&amp;Ten lessons</source>
            <translation>Tien &amp;lessen</translation>
        </message>
        <message>
            <source>C&amp;onclusions and actions</source>
            <translation>C&amp;onclusies en acties</translation>
        </message>
        <message>
            <source>Compare &amp;versions</source>
            <translation>&amp;Versies vergelijken</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>In words</source>
            <translation>In woorden</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Measured values per period</source>
            <translation>Gemeten waarden per periode</translation>
        </message>
        <message>
            <source>The charter has no KPIs yet: add them on the Governance step.</source>
            <translation>Het convenant heeft nog geen KPI's: voeg ze toe bij de stap Sturing.</translation>
        </message>
        <message>
            <source>What has chan&amp;ged since the charter was signed (partners, mandates, data)</source>
            <translation>Wat is er ver&amp;anderd sinds de ondertekening (partners, mandaten, gegevens)</translation>
        </message>
        <message>
            <source>Concl&amp;usions</source>
            <translation>Concl&amp;usies</translation>
        </message>
        <message>
            <source>Agreed action</source>
            <translation>Afgesproken actie</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Wanneer klaar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Afgesproken acties</translation>
        </message>
        <message>
            <source>Start mid-term review</source>
            <translation>Tussentijdse toetsing starten</translation>
        </message>
        <message>
            <source>Mid-term review %1</source>
            <translation>Tussentijdse toetsing %1</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>Het rapport kon niet worden geschreven: %1</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>Rapport geschreven: %1</translation>
        </message>
        <message>
            <source>review</source>
            <translation>toetsing</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Nulmeting</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Streefwaarde</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Select a measurement to see its KPI's trend.</source>
            <translation>Kies een meting om het verloop van die KPI te zien.</translation>
        </message>
        <message>
            <source>No numbers to draw for this KPI.</source>
            <translation>Voor deze KPI zijn geen getallen te tekenen.</translation>
        </message>
        <message>
            <source>Progress from baseline to target: %1 %</source>
            <translation>Voortgang van nulmeting naar streefwaarde: %1 %</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Suggested status: %1</source>
            <translation>Voorgestelde status: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Streefwaarde: %1</translation>
        </message>
        <message>
            <source>Lesson note</source>
            <translation>Notitie bij les</translation>
        </message>
        <message>
            <source>Version %1 is signed. The review is recorded with it and the signed text does not change; to change the charter after the review, use Amend charter.</source>
            <translation>Versie %1 is ondertekend. De toetsing wordt erbij vastgelegd en de ondertekende tekst verandert niet; wilt u het convenant na de toetsing aanpassen, gebruik dan Convenant wijzigen.</translation>
        </message>
        <message>
            <source>Charter version %1</source>
            <translation>Convenant versie %1</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Tussentijdse toetsing</translation>
        </message>
        <message>
            <source>(no mid-term review yet: start one)</source>
            <translation>(nog geen tussentijdse toetsing: start er een)</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Toetsing:</translation>
        </message>
        <message>
            <source>&amp;Start mid-term review</source>
            <translation>Tussentijdse toetsing &amp;starten</translation>
        </message>
        <message>
            <source>&amp;Write report…</source>
            <translation>Rapport sc&amp;hrijven…</translation>
        </message>
        <message>
            <source>Write this review as a Word report for the steering group</source>
            <translation>Deze toetsing als Word-rapport voor de stuurgroep schrijven</translation>
        </message>
        <message>
            <source>&amp;Amend charter…</source>
            <translation>Convenant &amp;wijzigen…</translation>
        </message>
        <message>
            <source>Ten lessons from learning networks, as questions to discuss together. Write down what the partners said.</source>
            <translation>Tien lessen uit lerende netwerken, als vragen om samen te bespreken. Noteer wat de partners zeiden.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>&amp;Coordinator:</source>
            <translation>Coö&amp;rdinator:</translation>
        </message>
        <message>
            <source>Version r&amp;eviewed:</source>
            <translation>Getoetste v&amp;ersie:</translation>
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
        <name>ReviewWindow</name>
        <message>
            <source>Mid-term review</source>
            <translation>Tussentijdse toetsing</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>Gezondheidscheck</translation>
        </message>
        <message>
            <source>Compare versions</source>
            <translation>Versies vergelijken</translation>
        </message>
    </context>
    <context>
        <name>RolesPage</name>
        <message>
            <source>Roles and responsibilities</source>
            <translation>Rollen en verantwoordelijkheden</translation>
        </message>
        <message>
            <source>Roles at three levels</source>
            <translation>Rollen op drie niveaus</translation>
        </message>
        <message>
            <source>&amp;Organisation level</source>
            <translation>&amp;Organisatieniveau</translation>
        </message>
        <message>
            <source>&amp;Process level</source>
            <translation>&amp;Procesniveau</translation>
        </message>
        <message>
            <source>P&amp;rofessional level</source>
            <translation>P&amp;rofessioneel niveau</translation>
        </message>
        <message>
            <source>Room for professionals to &amp;deviate</source>
            <translation>Ruimte voor professionals om af te &amp;wijken</translation>
        </message>
        <message>
            <source>Activities and who does what (RACI)</source>
            <translation>Activiteiten en wie wat doet (RACI)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>Selected activity</source>
            <translation>Geselecteerde activiteit</translation>
        </message>
        <message>
            <source>Boundary spanners</source>
            <translation>Verbindende schakels</translation>
        </message>
        <message>
            <source>The people who connect the organisations, and how they are selected and trained.</source>
            <translation>De mensen die de organisaties verbinden, en hoe zij worden geselecteerd en opgeleid.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>&amp;Selection and training</source>
            <translation>&amp;Selectie en opleiding</translation>
        </message>
        <message>
            <source>Selected boundary spanner</source>
            <translation>Geselecteerde verbindende schakel</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Voeg eerst een partner toe, bij de stap Partners.</translation>
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
            <extracomment>Changes that alter the advice: the number of partners, the duration, the complexity.</extracomment>
            <translation>Strategie</translation>
        </message>
        <message>
            <source>Scope and results</source>
            <translation>Reikwijdte en resultaten</translation>
        </message>
        <message>
            <source>&amp;Scope: what we do and do not do</source>
            <translation>&amp;Reikwijdte: wat we wel en niet doen</translation>
        </message>
        <message>
            <source>Result to deliver</source>
            <translation>Te leveren resultaat</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Gereed op</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <source>What each partner contributes</source>
            <translation>Wat elke partner inbrengt</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Inbreng</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Voeg eerst een partner toe, bij de stap Partners.</translation>
        </message>
        <message>
            <source>Way of working</source>
            <translation>Werkwijze</translation>
        </message>
        <message>
            <source>&amp;Way of working</source>
            <translation>&amp;Werkwijze</translation>
        </message>
        <message>
            <source>Form of collaboration</source>
            <translation>Samenwerkingsvorm</translation>
        </message>
        <message>
            <source>The advice follows from the number of partners, the expected duration and the complexity of the shared value. It is advice: you choose the form.</source>
            <translation>Het advies volgt uit het aantal partners, de verwachte looptijd en de complexiteit van de gedeelde meerwaarde. Het is een advies: u kiest de vorm.</translation>
        </message>
        <message>
            <source>&amp;Complexity of the shared value</source>
            <translation>&amp;Complexiteit van de gedeelde meerwaarde</translation>
        </message>
        <message>
            <source>Expected &amp;duration (years)</source>
            <translation>Verwachte &amp;looptijd (jaren)</translation>
        </message>
        <message>
            <source>Chosen &amp;form</source>
            <translation>Gekozen &amp;vorm</translation>
        </message>
        <message>
            <source>Why this form (&amp;rationale)</source>
            <translation>Waarom deze vorm (&amp;motivering)</translation>
        </message>
        <message>
            <source>Advice: %1</source>
            <translation>Advies: %1</translation>
        </message>
        <message>
            <source>You chose another form; say why below.</source>
            <translation>U koos een andere vorm; licht hieronder toe waarom.</translation>
        </message>
        <message>
            <source>Adopt advice</source>
            <translation>Advies overnemen</translation>
        </message>
        <message>
            <source>&amp;Adopt advice</source>
            <translation>Advies &amp;overnemen</translation>
        </message>
        <message>
            <source>Advised form of collaboration</source>
            <translation>Geadviseerde samenwerkingsvorm</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trust and agreements</source>
            <translation>Vertrouwen en afspraken</translation>
        </message>
        <message>
            <source>Trust at three levels</source>
            <translation>Vertrouwen op drie niveaus</translation>
        </message>
        <message>
            <source>Between the &amp;members</source>
            <translation>Tussen de &amp;leden</translation>
        </message>
        <message>
            <source>In each other's &amp;parent organisations</source>
            <translation>In elkaars &amp;moederorganisaties</translation>
        </message>
        <message>
            <source>In the partnership &amp;itself</source>
            <translation>In het samenwerkingsverband &amp;zelf</translation>
        </message>
        <message>
            <source>Agreements on behaviour</source>
            <translation>Afspraken over gedrag</translation>
        </message>
        <message>
            <source>&amp;Results focus</source>
            <translation>&amp;Resultaatgerichtheid</translation>
        </message>
        <message>
            <source>Taking r&amp;esponsibility</source>
            <translation>V&amp;erantwoordelijkheid nemen</translation>
        </message>
        <message>
            <source>Facing &amp;conflicts</source>
            <translation>&amp;Conflicten aangaan</translation>
        </message>
        <message>
            <source>&amp;Transparent communication</source>
            <translation>&amp;Transparant communiceren</translation>
        </message>
        <message>
            <source>&amp;Learning from each other</source>
            <translation>Leren &amp;van elkaar</translation>
        </message>
        <message>
            <source>Shared vocabulary</source>
            <translation>Gedeelde woordenschat</translation>
        </message>
        <message>
            <source>Terms and jargon that must mean the same for everyone, with their definition.</source>
            <translation>Begrippen en jargon die voor iedereen hetzelfde moeten betekenen, met hun definitie.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Begrip</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definitie</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Begrippenlijst</translation>
        </message>
    </context>
    <context>
        <name>VisionPage</name>
        <message>
            <source>Vision</source>
            <translation>Visie</translation>
        </message>
        <message>
            <source>Where we want to be</source>
            <translation>Waar we naartoe willen</translation>
        </message>
        <message>
            <source>Write the goal as the outside world will see it, starting with "We want ...".</source>
            <translation>Schrijf het doel zoals de buitenwereld het zal zien, beginnend met "Wij willen ...".</translation>
        </message>
        <message>
            <source>Vision &amp;statement</source>
            <translation>&amp;Visie</translation>
        </message>
        <message>
            <source>Target &amp;year</source>
            <translation>Doel&amp;jaar</translation>
        </message>
    </context>
    <context>
        <name>WorkflowDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Reply to comment</source>
            <translation>Opmerking beantwoorden</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Opmerking toevoegen</translation>
        </message>
        <message>
            <source>Reply to %1 about %2:</source>
            <translation>Antwoord aan %1 over %2:</translation>
        </message>
        <message>
            <source>Comment about: %1</source>
            <translation>Opmerking over: %1</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Auteur:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Tekst:</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Beantwoorden</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Nothing has changed, because:</source>
            <translation>Er is niets veranderd, want:</translation>
        </message>
        <message>
            <source>Sign the charter</source>
            <translation>Convenant ondertekenen</translation>
        </message>
        <message>
            <source>Record who signed for which partner. The charter is signed once every partner has signed.</source>
            <translation>Leg vast wie namens welke partner heeft getekend. Het convenant is ondertekend zodra alle partners hebben getekend.</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>&amp;Signed by:</source>
            <translation>&amp;Getekend door:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Functie:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;laats:</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Ondertekenen</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Iemand anders</translation>
        </message>
        <message>
            <source>Start a new version</source>
            <translation>Nieuwe versie beginnen</translation>
        </message>
        <message>
            <source>Version %1 is kept unchanged inside the file. Version %2 starts as a draft; it has to be reviewed, approved and signed again.</source>
            <translation>Versie %1 blijft ongewijzigd bewaard in het bestand. Versie %2 begint als concept en moet opnieuw worden beoordeeld, goedgekeurd en ondertekend.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>&amp;Start version %1</source>
            <translation>Versie %1 &amp;beginnen</translation>
        </message>
        <message>
            <source>The charter is signed</source>
            <translation>Het convenant is ondertekend</translation>
        </message>
        <message>
            <source>&amp;Start new version…</source>
            <translation>&amp;Nieuwe versie beginnen…</translation>
        </message>
        <message>
            <source>&amp;Keep as it is</source>
            <translation>&amp;Laten zoals het is</translation>
        </message>
    </context>
    <context>
        <name>WorkflowMenu</name>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In beoordeling</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ondertekend</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Versie %1 · %2</translation>
        </message>
        <message>
            <source>(%1 of %2 partners signed)</source>
            <translation>(%1 van %2 partners getekend)</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Niet mogelijk</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Opmerking toevoegen</translation>
        </message>
        <message>
            <source>Reply to comment</source>
            <translation>Opmerking beantwoorden</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Opmerking oplossen</translation>
        </message>
        <message>
            <source>Reopen comment</source>
            <translation>Opmerking heropenen</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Ter beoordeling aanbieden</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Terug naar concept</translation>
        </message>
        <message>
            <source>Open comment by %1 on %2: “%3”</source>
            <translation>Open opmerking van %1 bij %2: ‘%3’</translation>
        </message>
        <message>
            <source>The charter cannot be approved yet</source>
            <translation>Het convenant kan nog niet worden goedgekeurd</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <source>Sign for %1</source>
            <translation>Ondertekenen door %1</translation>
        </message>
        <message>
            <source>Start version %1</source>
            <translation>Versie %1 beginnen</translation>
        </message>
        <message>
            <source>&amp;Charter</source>
            <translation>&amp;Convenant</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;Ter beoordeling aanbieden</translation>
        </message>
        <message>
            <source>Hand the charter to the reviewers</source>
            <translation>Het convenant aan de beoordelaars voorleggen</translation>
        </message>
        <message>
            <source>&amp;Back to draft</source>
            <translation>Terug naar &amp;concept</translation>
        </message>
        <message>
            <source>Return the charter to its authors</source>
            <translation>Het convenant teruggeven aan de schrijvers</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Goedkeuren…</translation>
        </message>
        <message>
            <source>Approve the charter when no errors or open comments remain</source>
            <translation>Het convenant goedkeuren als er geen fouten of open opmerkingen meer zijn</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>&amp;Ondertekenen…</translation>
        </message>
        <message>
            <source>Record a partner's signature</source>
            <translation>De handtekening van een partner vastleggen</translation>
        </message>
        <message>
            <source>Start &amp;new version…</source>
            <translation>&amp;Nieuwe versie beginnen…</translation>
        </message>
        <message>
            <source>Start the next version; this one stays whole in the file</source>
            <translation>De volgende versie beginnen; deze blijft volledig bewaard in het bestand</translation>
        </message>
        <message>
            <source>Add &amp;comment…</source>
            <translation>Opme&amp;rking toevoegen…</translation>
        </message>
        <message>
            <source>Comment on the focused field or this step</source>
            <translation>Een opmerking maken bij het veld met de focus of bij deze stap</translation>
        </message>
    </context>
</TS>
