<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend charter</source>
            <translation>Amend charter</translation>
        </message>
        <message>
            <source>Version %1 is kept whole inside the file. The new version %2 starts as a draft and must be signed again.</source>
            <translation>Version %1 is kept whole inside the file. The new version %2 starts as a draft and must be signed again.</translation>
        </message>
        <message>
            <source>All &amp;partners</source>
            <translation>All &amp;partners</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Author:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Agreed &amp;by:</source>
            <translation>Agreed &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Amend</source>
            <translation>&amp;Amend</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>CommentsDock</name>
        <message>
            <source>Comments on %1</source>
            <extracomment>Names a field path in the page's own words (its label); set by the controller.</extracomment>
            <translation>Comments on %1</translation>
        </message>
        <message>
            <source>No open comments on this step.</source>
            <translation>No open comments on this step.</translation>
        </message>
        <message>
            <source>No resolved comments on this step.</source>
            <translation>No resolved comments on this step.</translation>
        </message>
        <message>
            <source>No comments on this step yet.</source>
            <translation>No comments on this step yet.</translation>
        </message>
        <message>
            <source>resolved by %1</source>
            <translation>resolved by %1</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>Res&amp;olve</source>
            <translation>Res&amp;olve</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>&amp;Add comment…</source>
            <translation>&amp;Add comment…</translation>
        </message>
        <message>
            <source>Re&amp;ply…</source>
            <translation>Re&amp;ply…</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>Co&amp;mments</source>
            <translation>Co&amp;mments</translation>
        </message>
        <message>
            <source>Show or hide the review comments</source>
            <translation>Show or hide the review comments</translation>
        </message>
    </context>
    <context>
        <name>CompareVersions</name>
        <message>
            <source>Amend charter to version %1</source>
            <translation>Amend charter to version %1</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(current)</translation>
        </message>
        <message>
            <source>This charter has one version so far. Amending it starts version 2 and keeps version 1 in the file.</source>
            <translation>This charter has one version so far. Amending it starts version 2 and keeps version 1 in the file.</translation>
        </message>
        <message>
            <source>Changes from version %2 to version %3: %1.</source>
            <translation>Changes from version %2 to version %3: %1.</translation>
        </message>
        <message>
            <source>No differences.</source>
            <translation>No differences.</translation>
        </message>
        <message>
            <source>&amp;Base version:</source>
            <translation>&amp;Base version:</translation>
        </message>
        <message>
            <source>Com&amp;pare with:</source>
            <translation>Com&amp;pare with:</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>Changes between versions</source>
            <translation>Changes between versions</translation>
        </message>
    </context>
    <context>
        <name>Concurrency</name>
        <message>
            <source>Someone else has “%1” open; their lock file cannot be read.</source>
            <extracomment>The user can go back and forth between the lock question and its confirmation; not forever.</extracomment>
            <translation>Someone else has “%1” open; their lock file cannot be read.</translation>
        </message>
        <message>
            <source>%1 has had “%2” open on computer %3 since %4.</source>
            <translation>%1 has had “%2” open on computer %3 since %4.</translation>
        </message>
        <message>
            <source>The lock file is damaged and old: the program that wrote it has probably stopped. You can remove it and open the charter normally.</source>
            <translation>The lock file is damaged and old: the program that wrote it has probably stopped. You can remove it and open the charter normally.</translation>
        </message>
        <message>
            <source>Its last sign of life was at %1: that program has probably stopped, or its computer lost the connection to the shared drive. You can remove the lock it left behind and open the charter normally.</source>
            <translation>Its last sign of life was at %1: that program has probably stopped, or its computer lost the connection to the shared drive. You can remove the lock it left behind and open the charter normally.</translation>
        </message>
        <message>
            <source>Lock left behind</source>
            <translation>Lock left behind</translation>
        </message>
        <message>
            <source>Charter in use by someone else</source>
            <translation>Charter in use by someone else</translation>
        </message>
        <message>
            <source>Open read-only to look without getting in each other's way; you can still save your changes under another name. Open anyway only when you have agreed who saves: the other person is told, and whoever saves second sees what the other changed.</source>
            <translation>Open read-only to look without getting in each other's way; you can still save your changes under another name. Open anyway only when you have agreed who saves: the other person is told, and whoever saves second sees what the other changed.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Open &amp;read-only</translation>
        </message>
        <message>
            <source>&amp;Remove the lock and open</source>
            <translation>&amp;Remove the lock and open</translation>
        </message>
        <message>
            <source>Open &amp;anyway…</source>
            <translation>Open &amp;anyway…</translation>
        </message>
        <message>
            <source>the other person</source>
            <translation>the other person</translation>
        </message>
        <message>
            <source>Open anyway?</source>
            <translation>Open anyway?</translation>
        </message>
        <message>
            <source>You and %1 will then both be editing “%2”. The lock becomes yours and %1 sees that someone took it over. Whoever saves second is shown what the other changed and decides then. Open anyway?</source>
            <translation>You and %1 will then both be editing “%2”. The lock becomes yours and %1 sees that someone took it over. Whoever saves second is shown what the other changed and decides then. Open anyway?</translation>
        </message>
        <message>
            <source>The charter changed on disk</source>
            <translation>The charter changed on disk</translation>
        </message>
        <message>
            <source>Someone saved “%1” after you opened it.</source>
            <translation>Someone saved “%1” after you opened it.</translation>
        </message>
        <message>
            <source>What they changed: %1</source>
            <translation>What they changed: %1</translation>
        </message>
        <message>
            <source>The file was written again, but its content is the same as what you opened.</source>
            <translation>The file was written again, but its content is the same as what you opened.</translation>
        </message>
        <message>
            <source>“%1” was removed or cannot be read any more.</source>
            <translation>“%1” was removed or cannot be read any more.</translation>
        </message>
        <message>
            <source>Changes on disk</source>
            <translation>Changes on disk</translation>
        </message>
        <message>
            <source>you: %1</source>
            <translation>you: %1</translation>
        </message>
        <message>
            <source>You changed this too.</source>
            <translation>You changed this too.</translation>
        </message>
        <message numerus="yes">
            <source>You made %n change(s) since then.</source>
            <translation>
                <numerusform>You made %n change since then.</numerusform>
                <numerusform>You made %n changes since then.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of their change(s) touch the same place (marked ⚠).</source>
            <translation>
                <numerusform>%n of their changes touches the same place (marked ⚠).</numerusform>
                <numerusform>%n of their changes touch the same place (marked ⚠).</numerusform>
            </translation>
        </message>
        <message>
            <source>Overwriting replaces their version with yours; their changes are then only in the backup file “%1.bak”. Saving a copy keeps both versions, so you can compare them.</source>
            <translation>Overwriting replaces their version with yours; their changes are then only in the backup file “%1.bak”. Saving a copy keeps both versions, so you can compare them.</translation>
        </message>
        <message>
            <source>&amp;Overwrite with mine</source>
            <translation>&amp;Overwrite with mine</translation>
        </message>
        <message>
            <source>Save as a &amp;copy…</source>
            <translation>Save as a &amp;copy…</translation>
        </message>
        <message>
            <source>&amp;Reload from disk</source>
            <translation>&amp;Reload from disk</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Discard your changes?</translation>
        </message>
        <message numerus="yes">
            <source>Reloading “%1” from disk discards the %n change(s) you made. This cannot be undone.</source>
            <translation>
                <numerusform>Reloading “%1” from disk discards the %n change you made. This cannot be undone.</numerusform>
                <numerusform>Reloading “%1” from disk discards the %n changes you made. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is in use</source>
            <translation>The charter is in use</translation>
        </message>
        <message>
            <source>%1 has “%2” open on computer %3. Save your work under another name.</source>
            <translation>%1 has “%2” open on computer %3. Save your work under another name.</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copy</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <source>%1 (computer %2) has this charter open.</source>
            <translation>%1 (computer %2) has this charter open.</translation>
        </message>
        <message>
            <source>Someone else has this charter open.</source>
            <translation>Someone else has this charter open.</translation>
        </message>
        <message>
            <source>You opened it read-only: you can make changes, but only save them under another name.</source>
            <translation>You opened it read-only: you can make changes, but only save them under another name.</translation>
        </message>
        <message>
            <source>Your changes are not in any charter file yet: save them with Save As.</source>
            <translation>Your changes are not in any charter file yet: save them with Save As.</translation>
        </message>
        <message>
            <source>%1 has closed the charter: it is no longer read-only and you can save it here. If they saved changes, you will see them when you save.</source>
            <translation>%1 has closed the charter: it is no longer read-only and you can save it here. If they saved changes, you will see them when you save.</translation>
        </message>
        <message>
            <source>%1 (computer %2) opened this charter anyway at %3. Whoever of you saves second is shown what the other changed.</source>
            <translation>%1 (computer %2) opened this charter anyway at %3. Whoever of you saves second is shown what the other changed.</translation>
        </message>
        <message>
            <source>Others cannot see that you have this charter open: no lock file can be written (%1).</source>
            <translation>Others cannot see that you have this charter open: no lock file can be written (%1).</translation>
        </message>
        <message>
            <source>Someone saved this charter after you opened it. When you save, you will see what they changed.</source>
            <translation>Someone saved this charter after you opened it. When you save, you will see what they changed.</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
    </context>
    <context>
        <name>DataSharingPage</name>
        <message>
            <source>Data sharing</source>
            <translation>Data sharing</translation>
        </message>
        <message>
            <source>Flows of personal data</source>
            <translation>Flows of personal data</translation>
        </message>
        <message>
            <source>One row per flow: who provides what to whom, for which purpose, on which legal basis. Prefer not sharing, or a hit/no-hit check, where that serves the purpose.</source>
            <translation>One row per flow: who provides what to whom, for which purpose, on which legal basis. Prefer not sharing, or a hit/no-hit check, where that serves the purpose.</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <source>AVG art. 6</source>
            <translation>AVG art. 6</translation>
        </message>
        <message>
            <source>Technique</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>DPIA</source>
            <translation>DPIA</translation>
        </message>
        <message>
            <source>Data flows</source>
            <translation>Data flows</translation>
        </message>
        <message>
            <source>Selected flow</source>
            <translation>Selected flow</translation>
        </message>
        <message>
            <source>Data-sharing register</source>
            <translation>Data-sharing register</translation>
        </message>
        <message>
            <source>Data-protection officers</source>
            <translation>Data-protection officers</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Add a partner first, on the Partners step.</translation>
        </message>
        <message>
            <source>Safeguards for all flows</source>
            <translation>Safeguards for all flows</translation>
        </message>
        <message>
            <source>&amp;Privacy by design</source>
            <translation>&amp;Privacy by design</translation>
        </message>
        <message>
            <source>Data-subject &amp;rights</source>
            <translation>Data-subject &amp;rights</translation>
        </message>
        <message>
            <source>Data-&amp;breach procedure</source>
            <translation>Data-&amp;breach procedure</translation>
        </message>
        <message>
            <source>Purpose and data</source>
            <extracomment>The fields of a data flow that do not fit in the table, in tabs that follow the legal reasoning.</extracomment>
            <translation>Purpose and data</translation>
        </message>
        <message>
            <source>&amp;Purpose (purpose limitation)</source>
            <translation>&amp;Purpose (purpose limitation)</translation>
        </message>
        <message>
            <source>Data &amp;subjects</source>
            <translation>Data &amp;subjects</translation>
        </message>
        <message>
            <source>Data &amp;categories (separate with ;)</source>
            <translation>Data &amp;categories (separate with ;)</translation>
        </message>
        <message>
            <source>Special categories (AVG art. 9)</source>
            <translation>Special categories (AVG art. 9)</translation>
        </message>
        <message>
            <source>Criminal-law data (AVG art. 10)</source>
            <translation>Criminal-law data (AVG art. 10)</translation>
        </message>
        <message>
            <source>Police data (WPG)</source>
            <translation>Police data (WPG)</translation>
        </message>
        <message>
            <source>Vulnerable data subjects</source>
            <translation>Vulnerable data subjects</translation>
        </message>
        <message>
            <source>Legal basis and roles</source>
            <translation>Legal basis and roles</translation>
        </message>
        <message>
            <source>AVG art. 9 e&amp;xception</source>
            <translation>AVG art. 9 e&amp;xception</translation>
        </message>
        <message>
            <source>Basis for criminal-law data (art. &amp;10)</source>
            <translation>Basis for criminal-law data (art. &amp;10)</translation>
        </message>
        <message>
            <source>&amp;WPG article</source>
            <translation>&amp;WPG article</translation>
        </message>
        <message>
            <source>&amp;Legal basis explained</source>
            <translation>&amp;Legal basis explained</translation>
        </message>
        <message>
            <source>&amp;Controller roles</source>
            <translation>&amp;Controller roles</translation>
        </message>
        <message>
            <source>Arrangement between joint controllers (art. 26)</source>
            <translation>Arrangement between joint controllers (art. 26)</translation>
        </message>
        <message>
            <source>Processing agreement (art. 28)</source>
            <translation>Processing agreement (art. 28)</translation>
        </message>
        <message>
            <source>Necessity</source>
            <translation>Necessity</translation>
        </message>
        <message>
            <source>&amp;Necessity</source>
            <translation>&amp;Necessity</translation>
        </message>
        <message>
            <source>Pr&amp;oportionality</source>
            <translation>Pr&amp;oportionality</translation>
        </message>
        <message>
            <source>S&amp;ubsidiarity</source>
            <translation>S&amp;ubsidiarity</translation>
        </message>
        <message>
            <source>Data &amp;minimisation</source>
            <translation>Data &amp;minimisation</translation>
        </message>
        <message>
            <source>Retention and security</source>
            <translation>Retention and security</translation>
        </message>
        <message>
            <source>&amp;Frequency</source>
            <translation>&amp;Frequency</translation>
        </message>
        <message>
            <source>&amp;Retention (months)</source>
            <translation>&amp;Retention (months)</translation>
        </message>
        <message>
            <source>Retention &amp;note</source>
            <translation>Retention &amp;note</translation>
        </message>
        <message>
            <source>Security m&amp;easures</source>
            <translation>Security m&amp;easures</translation>
        </message>
        <message>
            <source>&amp;Authorisation: who may see what</source>
            <translation>&amp;Authorisation: who may see what</translation>
        </message>
        <message>
            <source>DPIA re&amp;ference</source>
            <translation>DPIA re&amp;ference</translation>
        </message>
        <message>
            <source>Systematic monitoring</source>
            <translation>Systematic monitoring</translation>
        </message>
        <message>
            <source>Large scale</source>
            <translation>Large scale</translation>
        </message>
        <message>
            <source>Combines datasets</source>
            <translation>Combines datasets</translation>
        </message>
    </context>
    <context>
        <name>EnumLabels</name>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Public Prosecution Service</source>
            <translation>Public Prosecution Service</translation>
        </message>
        <message>
            <source>Tax authority</source>
            <translation>Tax authority</translation>
        </message>
        <message>
            <source>Inspectorate</source>
            <translation>Inspectorate</translation>
        </message>
        <message>
            <source>Government agency</source>
            <translation>Government agency</translation>
        </message>
        <message>
            <source>Special investigation service</source>
            <translation>Special investigation service</translation>
        </message>
        <message>
            <source>Probation service</source>
            <translation>Probation service</translation>
        </message>
        <message>
            <source>Care provider</source>
            <translation>Care provider</translation>
        </message>
        <message>
            <source>Youth care</source>
            <translation>Youth care</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Housing corporation</source>
            <translation>Housing corporation</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Private company</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Full mandate</source>
            <translation>Full mandate</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Within limits</translation>
        </message>
        <message>
            <source>Consults first</source>
            <translation>Consults first</translation>
        </message>
        <message>
            <source>No mandate (advises)</source>
            <translation>No mandate (advises)</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Every two weeks</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Quarterly</translation>
        </message>
        <message>
            <source>Every six months</source>
            <translation>Every six months</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Yearly</translation>
        </message>
        <message>
            <source>Per case</source>
            <translation>Per case</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Consultation and alignment</source>
            <translation>Consultation and alignment</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Covenant</source>
            <translation>Covenant</translation>
        </message>
        <message>
            <source>Collaboration agreement</source>
            <translation>Collaboration agreement</translation>
        </message>
        <message>
            <source>Joint arrangement (Wgr)</source>
            <translation>Joint arrangement (Wgr)</translation>
        </message>
        <message>
            <source>Foundation</source>
            <translation>Foundation</translation>
        </message>
        <message>
            <source>Other legal entity</source>
            <translation>Other legal entity</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Expertise</source>
            <translation>Expertise</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>Facilities</translation>
        </message>
        <message>
            <source>Steering group</source>
            <translation>Steering group</translation>
        </message>
        <message>
            <source>Core team</source>
            <translation>Core team</translation>
        </message>
        <message>
            <source>Case meeting</source>
            <translation>Case meeting</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Working group</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <source>Unanimity</source>
            <translation>Unanimity</translation>
        </message>
        <message>
            <source>Majority</source>
            <translation>Majority</translation>
        </message>
        <message>
            <source>Qualified majority</source>
            <translation>Qualified majority</translation>
        </message>
        <message>
            <source>Advisory only</source>
            <translation>Advisory only</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretary</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Advisor</translation>
        </message>
        <message>
            <source>Quantitative</source>
            <translation>Quantitative</translation>
        </message>
        <message>
            <source>Qualitative</source>
            <translation>Qualitative</translation>
        </message>
        <message>
            <source>Results of the approach</source>
            <translation>Results of the approach</translation>
        </message>
        <message>
            <source>Quality of the collaboration</source>
            <translation>Quality of the collaboration</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>a. Consent</source>
            <translation>a. Consent</translation>
        </message>
        <message>
            <source>b. Contract</source>
            <translation>b. Contract</translation>
        </message>
        <message>
            <source>c. Legal obligation</source>
            <translation>c. Legal obligation</translation>
        </message>
        <message>
            <source>d. Vital interests</source>
            <translation>d. Vital interests</translation>
        </message>
        <message>
            <source>e. Public task</source>
            <translation>e. Public task</translation>
        </message>
        <message>
            <source>f. Legitimate interests</source>
            <translation>f. Legitimate interests</translation>
        </message>
        <message>
            <source>a. Explicit consent</source>
            <translation>a. Explicit consent</translation>
        </message>
        <message>
            <source>b. Employment and social security</source>
            <translation>b. Employment and social security</translation>
        </message>
        <message>
            <source>c. Vital interests</source>
            <translation>c. Vital interests</translation>
        </message>
        <message>
            <source>d. Not-for-profit body</source>
            <translation>d. Not-for-profit body</translation>
        </message>
        <message>
            <source>e. Made public by the data subject</source>
            <translation>e. Made public by the data subject</translation>
        </message>
        <message>
            <source>f. Legal claims</source>
            <translation>f. Legal claims</translation>
        </message>
        <message>
            <source>g. Substantial public interest</source>
            <translation>g. Substantial public interest</translation>
        </message>
        <message>
            <source>h. Health or social care</source>
            <translation>h. Health or social care</translation>
        </message>
        <message>
            <source>i. Public health</source>
            <translation>i. Public health</translation>
        </message>
        <message>
            <source>j. Archiving, research, statistics</source>
            <translation>j. Archiving, research, statistics</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Not assessed</translation>
        </message>
        <message>
            <source>Not required</source>
            <translation>Not required</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Independent controllers</source>
            <translation>Independent controllers</translation>
        </message>
        <message>
            <source>Joint controllers (art. 26)</source>
            <translation>Joint controllers (art. 26)</translation>
        </message>
        <message>
            <source>Processor (art. 28)</source>
            <translation>Processor (art. 28)</translation>
        </message>
        <message>
            <source>Case by case</source>
            <translation>Case by case</translation>
        </message>
        <message>
            <source>Periodic transfer</source>
            <translation>Periodic transfer</translation>
        </message>
        <message>
            <source>Hit/no-hit check</source>
            <translation>Hit/no-hit check</translation>
        </message>
        <message>
            <source>Direct access</source>
            <translation>Direct access</translation>
        </message>
        <message>
            <source>Central storage</source>
            <translation>Central storage</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Open charter</source>
            <translation>Open charter</translation>
        </message>
        <message>
            <source>Charters (*.charter.json);;Partner packages (*.partner.json);;JSON files (*.json)</source>
            <translation>Charters (*.charter.json);;Partner packages (*.partner.json);;JSON files (*.json)</translation>
        </message>
        <message>
            <source>Save charter as</source>
            <translation>Save charter as</translation>
        </message>
        <message>
            <source>Charters (*.charter.json)</source>
            <translation>Charters (*.charter.json)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them first?</source>
            <translation>“%1” has changes that are not saved. Save them first?</translation>
        </message>
        <message>
            <source>Save in the new format?</source>
            <translation>Save in the new format?</translation>
        </message>
        <message>
            <source>“%1” was written by an older version of Charter Builder (format %2). Saving writes it in the current format (%3), which older versions cannot open. The original is kept as “%1.bak”. Save now?</source>
            <translation>“%1” was written by an older version of Charter Builder (format %2). Saving writes it in the current format (%3), which older versions cannot open. The original is kept as “%1.bak”. Save now?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Cannot open the charter</source>
            <translation>Cannot open the charter</translation>
        </message>
        <message>
            <source>Cannot save the charter</source>
            <translation>Cannot save the charter</translation>
        </message>
        <message>
            <source>Your work is still open and kept in the recovery file. Try another folder with Save As.</source>
            <translation>Your work is still open and kept in the recovery file. Try another folder with Save As.</translation>
        </message>
    </context>
    <context>
        <name>GlossaryAssistant</name>
        <message>
            <source>Occurs in:</source>
            <translation>Occurs in:</translation>
        </message>
        <message>
            <source>Not a common term: it is added with an empty definition for you to fill in.</source>
            <translation>Not a common term: it is added with an empty definition for you to fill in.</translation>
        </message>
        <message>
            <source>Every term the texts use is defined.</source>
            <translation>Every term the texts use is defined.</translation>
        </message>
        <message>
            <source>Terms to define: %1</source>
            <translation>Terms to define: %1</translation>
        </message>
        <message>
            <source>Already in the glossary.</source>
            <translation>Already in the glossary.</translation>
        </message>
        <message>
            <source>Select a term to read its whole definition.</source>
            <translation>Select a term to read its whole definition.</translation>
        </message>
        <message>
            <source>%1 of %2 terms</source>
            <translation>%1 of %2 terms</translation>
        </message>
        <message>
            <source>%1 terms, %2 already in the glossary (grey)</source>
            <translation>%1 terms, %2 already in the glossary (grey)</translation>
        </message>
        <message>
            <source>Add term to glossary</source>
            <translation>Add term to glossary</translation>
        </message>
        <message>
            <source>Adopt common term</source>
            <translation>Adopt common term</translation>
        </message>
        <message>
            <source>Glossary assistant</source>
            <translation>Glossary assistant</translation>
        </message>
        <message>
            <source>Add the terms your texts use to the glossary, so that every partner reads them the same way. An added term is selected in the glossary: check its definition there and adapt it to your partnership.</source>
            <translation>Add the terms your texts use to the glossary, so that every partner reads them the same way. An added term is selected in the glossary: check its definition there and adapt it to your partnership.</translation>
        </message>
        <message>
            <source>Used but not defined</source>
            <translation>Used but not defined</translation>
        </message>
        <message>
            <source>Jargon and abbreviations in the charter's texts that the glossary does not explain yet.</source>
            <translation>Jargon and abbreviations in the charter's texts that the glossary does not explain yet.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>&amp;Add to glossary</source>
            <translation>&amp;Add to glossary</translation>
        </message>
        <message>
            <source>Add the selected terms, with the common definition where there is one.</source>
            <translation>Add the selected terms, with the common definition where there is one.</translation>
        </message>
        <message>
            <source>Common terms</source>
            <translation>Common terms</translation>
        </message>
        <message>
            <source>Filter terms</source>
            <translation>Filter terms</translation>
        </message>
        <message>
            <source>Neutral definition</source>
            <translation>Neutral definition</translation>
        </message>
        <message>
            <source>Ad&amp;opt</source>
            <translation>Ad&amp;opt</translation>
        </message>
        <message>
            <source>Add the selected common terms to the glossary.</source>
            <translation>Add the selected common terms to the glossary.</translation>
        </message>
        <message>
            <source>Suggest terms…</source>
            <translation>Suggest terms…</translation>
        </message>
        <message>
            <source>Find terms the charter uses but does not define, and adopt common terms of the domain.</source>
            <translation>Find terms the charter uses but does not define, and adopt common terms of the domain.</translation>
        </message>
    </context>
    <context>
        <name>GovernancePage</name>
        <message>
            <source>Governance and monitoring</source>
            <translation>Governance and monitoring</translation>
        </message>
        <message>
            <source>Bodies and decision-making</source>
            <translation>Bodies and decision-making</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Decides by</source>
            <translation>Decides by</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quorum</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Meets</translation>
        </message>
        <message>
            <source>Veto</source>
            <translation>Veto</translation>
        </message>
        <message>
            <source>Bodies</source>
            <translation>Bodies</translation>
        </message>
        <message>
            <source>&amp;Tasks of this body</source>
            <translation>&amp;Tasks of this body</translation>
        </message>
        <message>
            <source>Selected body</source>
            <translation>Selected body</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representative</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Add a partner first, on the Partners step.</translation>
        </message>
        <message>
            <source>Key performance indicators</source>
            <translation>Key performance indicators</translation>
        </message>
        <message>
            <source>Measure both the results of the approach and how well the collaboration itself works.</source>
            <translation>Measure both the results of the approach and how well the collaboration itself works.</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>KPIs</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Target in &amp;words</source>
            <translation>Target in &amp;words</translation>
        </message>
        <message>
            <source>&amp;Source of the figures</source>
            <translation>&amp;Source of the figures</translation>
        </message>
        <message>
            <source>Selected KPI</source>
            <translation>Selected KPI</translation>
        </message>
        <message>
            <source>Escalation and disputes</source>
            <translation>Escalation and disputes</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Escalation</translation>
        </message>
        <message>
            <source>&amp;Dispute resolution</source>
            <translation>&amp;Dispute resolution</translation>
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
            <translation>&amp;Reporting cadence</translation>
        </message>
        <message>
            <source>Term, changes and costs</source>
            <translation>Term, changes and costs</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <source>E&amp;nd date</source>
            <translation>E&amp;nd date</translation>
        </message>
        <message>
            <source>Mid-term re&amp;view</source>
            <translation>Mid-term re&amp;view</translation>
        </message>
        <message>
            <source>&amp;Joining and leaving</source>
            <translation>&amp;Joining and leaving</translation>
        </message>
        <message>
            <source>&amp;Amendment</source>
            <translation>&amp;Amendment</translation>
        </message>
        <message>
            <source>&amp;Termination</source>
            <translation>&amp;Termination</translation>
        </message>
        <message>
            <source>&amp;Costs</source>
            <translation>&amp;Costs</translation>
        </message>
        <message>
            <source>&amp;Publication</source>
            <translation>&amp;Publication</translation>
        </message>
    </context>
    <context>
        <name>GuidancePanel</name>
        <message>
            <source>No guidance is available for this step yet.</source>
            <translation>No guidance is available for this step yet.</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Guidance for this step</source>
            <translation>Guidance for this step</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckEditor</name>
        <message>
            <source>not scored</source>
            <extracomment>Cell shades per score, light to dark blue-grey: readable in grayscale, numbers stay on top.</extracomment>
            <translation>not scored</translation>
        </message>
        <message>
            <source>(left)</source>
            <translation>(left)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Link health check</source>
            <translation>Link health check</translation>
        </message>
        <message>
            <source>New health check</source>
            <translation>New health check</translation>
        </message>
        <message>
            <source>Clear score</source>
            <translation>Clear score</translation>
        </message>
        <message>
            <source>Change score</source>
            <translation>Change score</translation>
        </message>
        <message>
            <source>(no health check)</source>
            <translation>(no health check)</translation>
        </message>
        <message>
            <source>Missing scores: %1</source>
            <translation>Missing scores: %1</translation>
        </message>
        <message>
            <source>Every partner has scored every dimension.</source>
            <translation>Every partner has scored every dimension.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>&amp;Comment of %1 on “%2”</source>
            <translation>&amp;Comment of %1 on “%2”</translation>
        </message>
        <message>
            <source>Give a score first.</source>
            <translation>Give a score first.</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Partner's score</source>
            <translation>Partner's score</translation>
        </message>
        <message>
            <source>Previous check</source>
            <translation>Previous check</translation>
        </message>
        <message>
            <source>Founding check</source>
            <translation>Founding check</translation>
        </message>
        <message>
            <source>Selected partner</source>
            <translation>Selected partner</translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>No scores yet.</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Occasion</translation>
        </message>
        <message>
            <source>&amp;Health check:</source>
            <translation>&amp;Health check:</translation>
        </message>
        <message>
            <source>&amp;New health check</source>
            <translation>&amp;New health check</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Occasion:</source>
            <translation>&amp;Occasion:</translation>
        </message>
        <message>
            <source>Each partner scores the five conditions for collaboration, the three levels of trust and the involvement of its own organisation from 1 (weak) to 5 (strong). Type a digit in a cell to score it; Delete clears it.</source>
            <translation>Each partner scores the five conditions for collaboration, the three levels of trust and the involvement of its own organisation from 1 (weak) to 5 (strong). Type a digit in a cell to score it; Delete clears it.</translation>
        </message>
        <message>
            <source>Scores per partner and dimension</source>
            <translation>Scores per partner and dimension</translation>
        </message>
        <message>
            <source>Health check chart</source>
            <translation>Health check chart</translation>
        </message>
    </context>
    <context>
        <name>ImportComments</name>
        <message>
            <source>Import review comments</source>
            <translation>Import review comments</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <source>Text changed in the document (not applied; adopt it where needed):</source>
            <translation>Text changed in the document (not applied; adopt it where needed):</translation>
        </message>
        <message>
            <source>%1 cannot be read as a Word document: %2</source>
            <translation>%1 cannot be read as a Word document: %2</translation>
        </message>
        <message>
            <source>Comments added: %1. Already in the charter or empty: %2.</source>
            <translation>Comments added: %1. Already in the charter or empty: %2.</translation>
        </message>
        <message>
            <source>The reviewer also changed the text in %1 place(s); see the details.</source>
            <translation>The reviewer also changed the text in %1 place(s); see the details.</translation>
        </message>
        <message>
            <source>&amp;Import review comments…</source>
            <translation>&amp;Import review comments…</translation>
        </message>
        <message>
            <source>Add the comments reviewers left in the Word review copy to the charter</source>
            <translation>Add the comments reviewers left in the Word review copy to the charter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
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
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Start a new, empty charter</source>
            <translation>Start a new, empty charter</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>New from &amp;template…</translation>
        </message>
        <message>
            <source>Start a new charter from a template for your kind of partnership</source>
            <translation>Start a new charter from a template for your kind of partnership</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a charter file</source>
            <translation>Open a charter file</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the charter</source>
            <translation>Save the charter</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>Save the charter under another name</source>
            <translation>Save the charter under another name</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close Charter Builder</source>
            <translation>Close Charter Builder</translation>
        </message>
        <message>
            <source>&amp;Previous step</source>
            <translation>&amp;Previous step</translation>
        </message>
        <message>
            <source>Go to the previous step</source>
            <translation>Go to the previous step</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>&amp;Next step</translation>
        </message>
        <message>
            <source>Go to the next step</source>
            <translation>Go to the next step</translation>
        </message>
        <message>
            <source>Step &amp;list</source>
            <translation>Step &amp;list</translation>
        </message>
        <message>
            <source>Move the focus to the step list</source>
            <translation>Move the focus to the step list</translation>
        </message>
        <message>
            <source>&amp;Guidance panel</source>
            <translation>&amp;Guidance panel</translation>
        </message>
        <message>
            <source>Show or hide the guidance</source>
            <translation>Show or hide the guidance</translation>
        </message>
        <message>
            <source>&amp;Guidance for this step</source>
            <translation>&amp;Guidance for this step</translation>
        </message>
        <message>
            <source>Show the advice and examples for this step</source>
            <translation>Show the advice and examples for this step</translation>
        </message>
        <message>
            <source>&amp;Check now</source>
            <translation>&amp;Check now</translation>
        </message>
        <message>
            <source>Run the checks now</source>
            <translation>Run the checks now</translation>
        </message>
        <message>
            <source>&amp;About Charter Builder</source>
            <translation>&amp;About Charter Builder</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Clear list</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>Undo the last change (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo the change you undid (Ctrl+Shift+Z)</source>
            <translation>Redo the change you undid (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>Ne&amp;xt</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>The recovery file could not be written; save your work to be safe.</source>
            <translation>The recovery file could not be written; save your work to be safe.</translation>
        </message>
        <message>
            <source>Cannot restore the unsaved work</source>
            <translation>Cannot restore the unsaved work</translation>
        </message>
        <message>
            <source>About Charter Builder</source>
            <translation>About Charter Builder</translation>
        </message>
        <message>
            <source>Charter Builder guides the founding partners of a public-safety partnership through writing their charter, and writes it as Word and JSON. It works offline.</source>
            <translation>Charter Builder guides the founding partners of a public-safety partnership through writing their charter, and writes it as Word and JSON. It works offline.</translation>
        </message>
    </context>
    <context>
        <name>MergeView</name>
        <message>
            <source>Import partner packages</source>
            <translation>Import partner packages</translation>
        </message>
        <message>
            <source>Partner packages (*.partner.json)</source>
            <translation>Partner packages (*.partner.json)</translation>
        </message>
        <message>
            <source>Export partner package</source>
            <translation>Export partner package</translation>
        </message>
        <message>
            <source>Which partner fills in this package?</source>
            <translation>Which partner fills in this package?</translation>
        </message>
        <message>
            <source>Save partner package as</source>
            <translation>Save partner package as</translation>
        </message>
        <message>
            <source>Save the charter first?</source>
            <translation>Save the charter first?</translation>
        </message>
        <message>
            <source>The charter has unsaved changes. A package must be made from the saved charter, so that merging it later compares with the same state. Save now?</source>
            <translation>The charter has unsaved changes. A package must be made from the saved charter, so that merging it later compares with the same state. Save now?</translation>
        </message>
        <message>
            <source>Outdated partner package</source>
            <translation>Outdated partner package</translation>
        </message>
        <message>
            <source>The partner has not seen these changes. Merge anyway? The revision history will say so.</source>
            <translation>The partner has not seen these changes. Merge anyway? The revision history will say so.</translation>
        </message>
        <message>
            <source>Keep the coordinator's value</source>
            <translation>Keep the coordinator's value</translation>
        </message>
        <message>
            <source>Take the package's value</source>
            <translation>Take the package's value</translation>
        </message>
        <message>
            <source>Take the value of %1</source>
            <translation>Take the value of %1</translation>
        </message>
        <message>
            <source>%1 added</source>
            <translation>%1 added</translation>
        </message>
        <message>
            <source>%1 removed</source>
            <translation>%1 removed</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>At export</source>
            <translation>At export</translation>
        </message>
        <message>
            <source>Coordinator now</source>
            <translation>Coordinator now</translation>
        </message>
        <message>
            <source>Package value(s)</source>
            <translation>Package value(s)</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Your choice</translation>
        </message>
        <message>
            <source>Merge partner packages</source>
            <translation>Merge partner packages</translation>
        </message>
        <message>
            <source>Packages: %1. Changes that apply without question: %2. Conflicts for you to decide: %3.</source>
            <translation>Packages: %1. Changes that apply without question: %2. Conflicts for you to decide: %3.</translation>
        </message>
        <message>
            <source>Changes that will be applied</source>
            <translation>Changes that will be applied</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Conflicts for you to decide</source>
            <translation>Conflicts for you to decide</translation>
        </message>
        <message>
            <source>The coordinator changed the same field since the export, or two packages differ. Choose per conflict; the coordinator's value is kept unless you choose otherwise.</source>
            <translation>The coordinator changed the same field since the export, or two packages differ. Choose per conflict; the coordinator's value is kept unless you choose otherwise.</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>E&amp;xport partner package…</source>
            <translation>E&amp;xport partner package…</translation>
        </message>
        <message>
            <source>Write one partner's part to a file it fills in offline</source>
            <translation>Write one partner's part to a file it fills in offline</translation>
        </message>
        <message>
            <source>&amp;Import partner packages…</source>
            <translation>&amp;Import partner packages…</translation>
        </message>
        <message>
            <source>Merge returned partner packages into the charter</source>
            <translation>Merge returned partner packages into the charter</translation>
        </message>
        <message>
            <source>The charter has no partners yet.</source>
            <translation>The charter has no partners yet.</translation>
        </message>
        <message>
            <source>Cannot export the partner package</source>
            <translation>Cannot export the partner package</translation>
        </message>
        <message>
            <source>Partner package written: %1</source>
            <translation>Partner package written: %1</translation>
        </message>
        <message>
            <source>Cannot read the partner package</source>
            <translation>Cannot read the partner package</translation>
        </message>
        <message>
            <source>Nothing was merged.</source>
            <translation>Nothing was merged.</translation>
        </message>
        <message>
            <source>Partner packages refused</source>
            <translation>Partner packages refused</translation>
        </message>
        <message>
            <source>Partner packages merged</source>
            <translation>Partner packages merged</translation>
        </message>
        <message>
            <source>No package was merged; the charter is unchanged.</source>
            <translation>No package was merged; the charter is unchanged.</translation>
        </message>
        <message>
            <source>Changes applied: %1. Conflicts decided: %2. Conflicts left open (the coordinator's value kept): %3.</source>
            <translation>Changes applied: %1. Conflicts decided: %2. Conflicts left open (the coordinator's value kept): %3.</translation>
        </message>
        <message>
            <source>The revision history records each package. Undo reverses the whole merge; save to keep it.</source>
            <translation>The revision history records each package. Undo reverses the whole merge; save to keep it.</translation>
        </message>
    </context>
    <context>
        <name>NewFromTemplate</name>
        <message>
            <source>New charter from a template</source>
            <translation>New charter from a template</translation>
        </message>
        <message>
            <source>Choose the kind of partnership closest to yours. The new charter is a draft you can change in every step.</source>
            <translation>Choose the kind of partnership closest to yours. The new charter is a draft you can change in every step.</translation>
        </message>
        <message>
            <source>A template is a starting point written for a typical case, not advice for yours. Texts marked “[Controleer: …]” must be checked and completed by the partners.</source>
            <translation>A template is a starting point written for a typical case, not advice for yours. Texts marked “[Controleer: …]” must be checked and completed by the partners.</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Create</translation>
        </message>
        <message>
            <source>Cannot start from this template</source>
            <translation>Cannot start from this template</translation>
        </message>
    </context>
    <context>
        <name>PartnerMode</name>
        <message>
            <source>Another partner's details cannot be changed here.</source>
            <extracomment>The steps a partner fills in, in wizard order. Where the partner's own records live in the small charter; editors elsewhere are hidden. Record class -&gt; the field naming the partner that owns it.</extracomment>
            <translation>Another partner's details cannot be changed here.</translation>
        </message>
        <message>
            <source>The shared context is read-only in a partner package.</source>
            <translation>The shared context is read-only in a partner package.</translation>
        </message>
        <message>
            <source>Your records stay yours: the partner cannot be changed.</source>
            <translation>Your records stay yours: the partner cannot be changed.</translation>
        </message>
        <message>
            <source>Partners cannot be added or removed in a partner package.</source>
            <translation>Partners cannot be added or removed in a partner package.</translation>
        </message>
        <message>
            <source>(not filled in)</source>
            <extracomment>Rules whose answer depends on parts of the charter a package does not carry (bodies, roles): in partner mode they would misfire, e.g. "this recipient has no role" for every recipient.</extracomment>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <source>Societal problem</source>
            <translation>Societal problem</translation>
        </message>
        <message>
            <source>Shared added value</source>
            <translation>Shared added value</translation>
        </message>
        <message>
            <source>Why no partner can do this alone</source>
            <translation>Why no partner can do this alone</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Vision (%1)</source>
            <translation>Vision (%1)</translation>
        </message>
        <message>
            <source>The other partners</source>
            <translation>The other partners</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Save package</source>
            <translation>&amp;Save package</translation>
        </message>
        <message>
            <source>Save your part in the package file</source>
            <translation>Save your part in the package file</translation>
        </message>
        <message>
            <source>Save package &amp;as…</source>
            <translation>Save package &amp;as…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>Ne&amp;xt</translation>
        </message>
        <message>
            <source>Shared context</source>
            <translation>Shared context</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Read-only: what the partners agreed together, for reference. Only the coordinator changes this.</source>
            <translation>Read-only: what the partners agreed together, for reference. Only the coordinator changes this.</translation>
        </message>
        <message>
            <source>Partner package for %1 — charter “%2” v%3</source>
            <translation>Partner package for %1 — charter “%2” v%3</translation>
        </message>
        <message>
            <source>Fill in your own part: your organisation, your interest, your contributions and the data you provide. Save, and send the file back to the coordinator.</source>
            <translation>Fill in your own part: your organisation, your interest, your contributions and the data you provide. Save, and send the file back to the coordinator.</translation>
        </message>
        <message>
            <source>partner mode</source>
            <translation>partner mode</translation>
        </message>
        <message>
            <source>Cannot save the partner package</source>
            <translation>Cannot save the partner package</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Save partner package as</source>
            <translation>Save partner package as</translation>
        </message>
        <message>
            <source>Partner packages (*.partner.json)</source>
            <translation>Partner packages (*.partner.json)</translation>
        </message>
        <message>
            <source>Cannot open the partner package</source>
            <extracomment>Partner windows stay alive while shown; they remove themselves when closed.</extracomment>
            <translation>Cannot open the partner package</translation>
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
            <translation>Participating organisations</translation>
        </message>
        <message>
            <source>Every parent organisation that takes part. Select a partner to fill in its legal powers, its representatives and the mandate each one has.</source>
            <translation>Every parent organisation that takes part. Select a partner to fill in its legal powers, its representatives and the mandate each one has.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Reports back</source>
            <translation>Reports back</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Legal &amp;powers and tasks that matter here</source>
            <translation>Legal &amp;powers and tasks that matter here</translation>
        </message>
        <message>
            <source>&amp;Support in the parent organisation</source>
            <translation>&amp;Support in the parent organisation</translation>
        </message>
        <message>
            <source>How the representative reports &amp;back</source>
            <translation>How the representative reports &amp;back</translation>
        </message>
        <message>
            <source>Selected partner</source>
            <translation>Selected partner</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representative</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <source>Signs</source>
            <translation>Signs</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Representatives</translation>
        </message>
        <message>
            <source>&amp;Mandate in words: what this person may decide without going back</source>
            <translation>&amp;Mandate in words: what this person may decide without going back</translation>
        </message>
        <message>
            <source>Selected representative</source>
            <translation>Selected representative</translation>
        </message>
        <message>
            <source>Remove partner</source>
            <translation>Remove partner</translation>
        </message>
        <message>
            <source>Other parts of the charter refer to %1 (%2 places, such as KPI owners, RACI letters and data flows). Remove the partner together with these references? You can undo this.</source>
            <translation>Other parts of the charter refer to %1 (%2 places, such as KPI owners, RACI letters and data flows). Remove the partner together with these references? You can undo this.</translation>
        </message>
    </context>
    <context>
        <name>PurposePage</name>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Why we work together</source>
            <translation>Why we work together</translation>
        </message>
        <message>
            <source>Societal &amp;problem</source>
            <translation>Societal &amp;problem</translation>
        </message>
        <message>
            <source>Shared &amp;added value</source>
            <translation>Shared &amp;added value</translation>
        </message>
        <message>
            <source>Why no partner can do this a&amp;lone</source>
            <translation>Why no partner can do this a&amp;lone</translation>
        </message>
        <message>
            <source>Each partner's own interest</source>
            <translation>Each partner's own interest</translation>
        </message>
        <message>
            <source>Name every partner's interest openly: recognised interests keep partners committed.</source>
            <translation>Name every partner's interest openly: recognised interests keep partners committed.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Interest</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>The partner's &amp;interest</source>
            <translation>The partner's &amp;interest</translation>
        </message>
        <message>
            <source>Selected interest</source>
            <translation>Selected interest</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Add a partner first, on the Partners step.</translation>
        </message>
    </context>
    <context>
        <name>RaciGrid</name>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>No partner is Accountable (A or A/R) yet: exactly one should be.</source>
            <translation>No partner is Accountable (A or A/R) yet: exactly one should be.</translation>
        </message>
        <message>
            <source>%1 partners are Accountable: exactly one should be.</source>
            <translation>%1 partners are Accountable: exactly one should be.</translation>
        </message>
        <message>
            <source>RACI letter</source>
            <translation>RACI letter</translation>
        </message>
        <message>
            <source>Set RACI letter</source>
            <translation>Set RACI letter</translation>
        </message>
        <message>
            <source>Add activities above; then give each partner its letter per activity.</source>
            <translation>Add activities above; then give each partner its letter per activity.</translation>
        </message>
        <message>
            <source>R = responsible, A = accountable, C = consulted, I = informed. %1 activities do not have exactly one Accountable partner (marked ⚠).</source>
            <translation>R = responsible, A = accountable, C = consulted, I = informed. %1 activities do not have exactly one Accountable partner (marked ⚠).</translation>
        </message>
        <message>
            <source>R = responsible, A = accountable, C = consulted, I = informed. Every activity has one Accountable partner.</source>
            <translation>R = responsible, A = accountable, C = consulted, I = informed. Every activity has one Accountable partner.</translation>
        </message>
        <message>
            <source>RACI matrix</source>
            <translation>RACI matrix</translation>
        </message>
        <message>
            <source>Type R, A, C or I in a cell; Delete clears it; Enter opens the list.</source>
            <translation>Type R, A, C or I in a cell; Delete clears it; Enter opens the list.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Please type a number.</source>
            <translation>Please type a number.</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <source>Nothing here yet: press Add or the Insert key.</source>
            <translation>Nothing here yet: press Add or the Insert key.</translation>
        </message>
        <message>
            <source>Rows: %1 of %2</source>
            <translation>Rows: %1 of %2</translation>
        </message>
        <message>
            <source>Rows: %1</source>
            <translation>Rows: %1</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Filter rows</source>
            <translation>Filter rows</translation>
        </message>
        <message>
            <source>Show only the rows that contain this text.</source>
            <translation>Show only the rows that contain this text.</translation>
        </message>
        <message>
            <source>Not possible: %1</source>
            <translation>Not possible: %1</translation>
        </message>
        <message>
            <source>Cannot add a row here yet.</source>
            <translation>Cannot add a row here yet.</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <source>Duplicate row</source>
            <translation>Duplicate row</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Remove rows</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Move row</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Restore unsaved work?</source>
            <translation>Restore unsaved work?</translation>
        </message>
        <message>
            <source>Charter Builder was not closed properly last time. This unsaved work was kept:</source>
            <translation>Charter Builder was not closed properly last time. This unsaved work was kept:</translation>
        </message>
        <message>
            <source>Unsaved work found</source>
            <translation>Unsaved work found</translation>
        </message>
        <message>
            <source>(never saved)</source>
            <translation>(never saved)</translation>
        </message>
        <message>
            <source>Untitled charter</source>
            <translation>Untitled charter</translation>
        </message>
        <message>
            <source>Damaged recovery file</source>
            <translation>Damaged recovery file</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
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
            <translation>provides</translation>
        </message>
        <message>
            <source>receives</source>
            <translation>receives</translation>
        </message>
        <message>
            <source>both</source>
            <translation>both</translation>
        </message>
        <message>
            <source>Flows: %1</source>
            <translation>Flows: %1</translation>
        </message>
        <message>
            <source>The register fills in as you add data flows above.</source>
            <translation>The register fills in as you add data flows above.</translation>
        </message>
        <message>
            <source>Name the data categories of each flow (tab Purpose and data) to see who holds what.</source>
            <translation>Name the data categories of each flow (tab Purpose and data) to see who holds what.</translation>
        </message>
        <message>
            <source>Who provides and who receives each kind of data; hover over a cell to see the flows behind it, double-click it to select the first of them.</source>
            <translation>Who provides and who receives each kind of data; hover over a cell to see the flows behind it, double-click it to select the first of them.</translation>
        </message>
        <message>
            <source>Select a flow in the table above to see what a privacy officer will ask about it.</source>
            <translation>Select a flow in the table above to see what a privacy officer will ask about it.</translation>
        </message>
        <message>
            <source>Privacy officer's questions for “%1”: %2 of %3 answered. Click an open question to answer it.</source>
            <translation>Privacy officer's questions for “%1”: %2 of %3 answered. Click an open question to answer it.</translation>
        </message>
        <message>
            <source>(unnamed flow)</source>
            <translation>(unnamed flow)</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Open: click to go to the field</source>
            <translation>Open: click to go to the field</translation>
        </message>
    </context>
    <context>
        <name>ReviewLabels</name>
        <message>
            <source>Shared
ambition</source>
            <extracomment>Short, two-line column headers for the score grid (the full name is in the tooltip).</extracomment>
            <translation>Shared
ambition</translation>
        </message>
        <message>
            <source>Interests
recognised</source>
            <translation>Interests
recognised</translation>
        </message>
        <message>
            <source>Meaningful
process</source>
            <translation>Meaningful
process</translation>
        </message>
        <message>
            <source>Relation-
ships</source>
            <translation>Relation-
ships</translation>
        </message>
        <message>
            <source>Professional
organisation</source>
            <translation>Professional
organisation</translation>
        </message>
        <message>
            <source>Trust:
members</source>
            <translation>Trust:
members</translation>
        </message>
        <message>
            <source>Trust:
parent orgs</source>
            <translation>Trust:
parent orgs</translation>
        </message>
        <message>
            <source>Trust:
partnership</source>
            <translation>Trust:
partnership</translation>
        </message>
        <message>
            <source>Parent
involvement</source>
            <translation>Parent
involvement</translation>
        </message>
        <message>
            <source>Founding</source>
            <translation>Founding</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Mid-term review</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>ReviewMenu</name>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <source>&amp;Mid-term review…</source>
            <translation>&amp;Mid-term review…</translation>
        </message>
        <message>
            <source>Measure the KPIs, score the health check, agree actions</source>
            <translation>Measure the KPIs, score the health check, agree actions</translation>
        </message>
        <message>
            <source>&amp;Health check…</source>
            <translation>&amp;Health check…</translation>
        </message>
        <message>
            <source>Let every partner score the collaboration</source>
            <translation>Let every partner score the collaboration</translation>
        </message>
        <message>
            <source>&amp;Compare versions…</source>
            <translation>&amp;Compare versions…</translation>
        </message>
        <message>
            <source>See what changed between two versions of the charter</source>
            <translation>See what changed between two versions of the charter</translation>
        </message>
    </context>
    <context>
        <name>ReviewModePanel</name>
        <message>
            <source>Save review report</source>
            <translation>Save review report</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <source>&amp;KPI measurements</source>
            <translation>&amp;KPI measurements</translation>
        </message>
        <message>
            <source>&amp;Health check</source>
            <translation>&amp;Health check</translation>
        </message>
        <message>
            <source>&amp;Ten lessons</source>
            <translation>&amp;Ten lessons</translation>
        </message>
        <message>
            <source>C&amp;onclusions and actions</source>
            <translation>C&amp;onclusions and actions</translation>
        </message>
        <message>
            <source>Compare &amp;versions</source>
            <translation>Compare &amp;versions</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>In words</source>
            <translation>In words</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Measured values per period</source>
            <translation>Measured values per period</translation>
        </message>
        <message>
            <source>The charter has no KPIs yet: add them on the Governance step.</source>
            <translation>The charter has no KPIs yet: add them on the Governance step.</translation>
        </message>
        <message>
            <source>What has chan&amp;ged since the charter was signed (partners, mandates, data)</source>
            <translation>What has chan&amp;ged since the charter was signed (partners, mandates, data)</translation>
        </message>
        <message>
            <source>Concl&amp;usions</source>
            <translation>Concl&amp;usions</translation>
        </message>
        <message>
            <source>Agreed action</source>
            <translation>Agreed action</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>By when</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Start mid-term review</source>
            <translation>Start mid-term review</translation>
        </message>
        <message>
            <source>Mid-term review %1</source>
            <translation>Mid-term review %1</translation>
        </message>
        <message>
            <source>The report could not be written: %1</source>
            <translation>The report could not be written: %1</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>Report written: %1</translation>
        </message>
        <message>
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Baseline</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
        </message>
        <message>
            <source>Select a measurement to see its KPI's trend.</source>
            <translation>Select a measurement to see its KPI's trend.</translation>
        </message>
        <message>
            <source>No numbers to draw for this KPI.</source>
            <translation>No numbers to draw for this KPI.</translation>
        </message>
        <message>
            <source>Progress from baseline to target: %1 %</source>
            <translation>Progress from baseline to target: %1 %</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Suggested status: %1</source>
            <translation>Suggested status: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message>
            <source>Lesson note</source>
            <translation>Lesson note</translation>
        </message>
        <message>
            <source>Version %1 is signed. The review is recorded with it and the signed text does not change; to change the charter after the review, use Amend charter.</source>
            <translation>Version %1 is signed. The review is recorded with it and the signed text does not change; to change the charter after the review, use Amend charter.</translation>
        </message>
        <message>
            <source>Charter version %1</source>
            <translation>Charter version %1</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Mid-term review</translation>
        </message>
        <message>
            <source>(no mid-term review yet: start one)</source>
            <translation>(no mid-term review yet: start one)</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Review:</translation>
        </message>
        <message>
            <source>&amp;Start mid-term review</source>
            <translation>&amp;Start mid-term review</translation>
        </message>
        <message>
            <source>&amp;Write report…</source>
            <translation>&amp;Write report…</translation>
        </message>
        <message>
            <source>Write this review as a Word report for the steering group</source>
            <translation>Write this review as a Word report for the steering group</translation>
        </message>
        <message>
            <source>&amp;Amend charter…</source>
            <translation>&amp;Amend charter…</translation>
        </message>
        <message>
            <source>Ten lessons from learning networks, as questions to discuss together. Write down what the partners said.</source>
            <translation>Ten lessons from learning networks, as questions to discuss together. Write down what the partners said.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>&amp;Coordinator:</source>
            <translation>&amp;Coordinator:</translation>
        </message>
        <message>
            <source>Version r&amp;eviewed:</source>
            <translation>Version r&amp;eviewed:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Folder for the charter documents</source>
            <translation>Folder for the charter documents</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Findings of the checks</source>
            <translation>Findings of the checks</translation>
        </message>
        <message>
            <source>&amp;Generate Word and JSON…</source>
            <translation>&amp;Generate Word and JSON…</translation>
        </message>
        <message>
            <source>Write the charter as a Word document and as JSON, next to each other</source>
            <translation>Write the charter as a Word document and as JSON, next to each other</translation>
        </message>
        <message>
            <source>Progress of generating</source>
            <translation>Progress of generating</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Open f&amp;older</translation>
        </message>
        <message>
            <source>The checks found nothing: the charter is ready to generate.</source>
            <translation>The checks found nothing: the charter is ready to generate.</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advice</source>
            <translation>
                <numerusform>%n advice</numerusform>
                <numerusform>%n advice</numerusform>
            </translation>
        </message>
        <message>
            <source>Click a finding to go to its field.</source>
            <translation>Click a finding to go to its field.</translation>
        </message>
        <message>
            <source>Writing the charter…</source>
            <translation>Writing the charter…</translation>
        </message>
        <message>
            <source>Written:</source>
            <translation>Written:</translation>
        </message>
        <message>
            <source>Generating failed:</source>
            <translation>Generating failed:</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Mid-term review</source>
            <translation>Mid-term review</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>Health check</translation>
        </message>
        <message>
            <source>Compare versions</source>
            <translation>Compare versions</translation>
        </message>
    </context>
    <context>
        <name>RolesPage</name>
        <message>
            <source>Roles and responsibilities</source>
            <translation>Roles and responsibilities</translation>
        </message>
        <message>
            <source>Roles at three levels</source>
            <translation>Roles at three levels</translation>
        </message>
        <message>
            <source>&amp;Organisation level</source>
            <translation>&amp;Organisation level</translation>
        </message>
        <message>
            <source>&amp;Process level</source>
            <translation>&amp;Process level</translation>
        </message>
        <message>
            <source>P&amp;rofessional level</source>
            <translation>P&amp;rofessional level</translation>
        </message>
        <message>
            <source>Room for professionals to &amp;deviate</source>
            <translation>Room for professionals to &amp;deviate</translation>
        </message>
        <message>
            <source>Activities and who does what (RACI)</source>
            <translation>Activities and who does what (RACI)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>Selected activity</source>
            <translation>Selected activity</translation>
        </message>
        <message>
            <source>Boundary spanners</source>
            <translation>Boundary spanners</translation>
        </message>
        <message>
            <source>The people who connect the organisations, and how they are selected and trained.</source>
            <translation>The people who connect the organisations, and how they are selected and trained.</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>&amp;Selection and training</source>
            <translation>&amp;Selection and training</translation>
        </message>
        <message>
            <source>Selected boundary spanner</source>
            <translation>Selected boundary spanner</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Add a partner first, on the Partners step.</translation>
        </message>
    </context>
    <context>
        <name>StepList</name>
        <message>
            <source>Steps of the charter</source>
            <translation>Steps of the charter</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
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
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Trust &amp; agreements</source>
            <translation>Trust &amp; agreements</translation>
        </message>
        <message>
            <source>Governance &amp; monitoring</source>
            <translation>Governance &amp; monitoring</translation>
        </message>
        <message>
            <source>Roles &amp; responsibilities</source>
            <translation>Roles &amp; responsibilities</translation>
        </message>
        <message>
            <source>Data sharing</source>
            <translation>Data sharing</translation>
        </message>
        <message>
            <source>Review &amp; generate</source>
            <translation>Review &amp; generate</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Strategy</source>
            <extracomment>Changes that alter the advice: the number of partners, the duration, the complexity.</extracomment>
            <translation>Strategy</translation>
        </message>
        <message>
            <source>Scope and results</source>
            <translation>Scope and results</translation>
        </message>
        <message>
            <source>&amp;Scope: what we do and do not do</source>
            <translation>&amp;Scope: what we do and do not do</translation>
        </message>
        <message>
            <source>Result to deliver</source>
            <translation>Result to deliver</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>What each partner contributes</source>
            <translation>What each partner contributes</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Contributions</translation>
        </message>
        <message>
            <source>Add a partner first, on the Partners step.</source>
            <translation>Add a partner first, on the Partners step.</translation>
        </message>
        <message>
            <source>Way of working</source>
            <translation>Way of working</translation>
        </message>
        <message>
            <source>&amp;Way of working</source>
            <translation>&amp;Way of working</translation>
        </message>
        <message>
            <source>Form of collaboration</source>
            <translation>Form of collaboration</translation>
        </message>
        <message>
            <source>The advice follows from the number of partners, the expected duration and the complexity of the shared value. It is advice: you choose the form.</source>
            <translation>The advice follows from the number of partners, the expected duration and the complexity of the shared value. It is advice: you choose the form.</translation>
        </message>
        <message>
            <source>&amp;Complexity of the shared value</source>
            <translation>&amp;Complexity of the shared value</translation>
        </message>
        <message>
            <source>Expected &amp;duration (years)</source>
            <translation>Expected &amp;duration (years)</translation>
        </message>
        <message>
            <source>Chosen &amp;form</source>
            <translation>Chosen &amp;form</translation>
        </message>
        <message>
            <source>Why this form (&amp;rationale)</source>
            <translation>Why this form (&amp;rationale)</translation>
        </message>
        <message>
            <source>Advice: %1</source>
            <translation>Advice: %1</translation>
        </message>
        <message>
            <source>You chose another form; say why below.</source>
            <translation>You chose another form; say why below.</translation>
        </message>
        <message>
            <source>Adopt advice</source>
            <translation>Adopt advice</translation>
        </message>
        <message>
            <source>&amp;Adopt advice</source>
            <translation>&amp;Adopt advice</translation>
        </message>
        <message>
            <source>Advised form of collaboration</source>
            <translation>Advised form of collaboration</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <source>Trust and agreements</source>
            <translation>Trust and agreements</translation>
        </message>
        <message>
            <source>Trust at three levels</source>
            <translation>Trust at three levels</translation>
        </message>
        <message>
            <source>Between the &amp;members</source>
            <translation>Between the &amp;members</translation>
        </message>
        <message>
            <source>In each other's &amp;parent organisations</source>
            <translation>In each other's &amp;parent organisations</translation>
        </message>
        <message>
            <source>In the partnership &amp;itself</source>
            <translation>In the partnership &amp;itself</translation>
        </message>
        <message>
            <source>Agreements on behaviour</source>
            <translation>Agreements on behaviour</translation>
        </message>
        <message>
            <source>&amp;Results focus</source>
            <translation>&amp;Results focus</translation>
        </message>
        <message>
            <source>Taking r&amp;esponsibility</source>
            <translation>Taking r&amp;esponsibility</translation>
        </message>
        <message>
            <source>Facing &amp;conflicts</source>
            <translation>Facing &amp;conflicts</translation>
        </message>
        <message>
            <source>&amp;Transparent communication</source>
            <translation>&amp;Transparent communication</translation>
        </message>
        <message>
            <source>&amp;Learning from each other</source>
            <translation>&amp;Learning from each other</translation>
        </message>
        <message>
            <source>Shared vocabulary</source>
            <translation>Shared vocabulary</translation>
        </message>
        <message>
            <source>Terms and jargon that must mean the same for everyone, with their definition.</source>
            <translation>Terms and jargon that must mean the same for everyone, with their definition.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definition</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
    </context>
    <context>
        <name>VisionPage</name>
        <message>
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <source>Where we want to be</source>
            <translation>Where we want to be</translation>
        </message>
        <message>
            <source>Write the goal as the outside world will see it, starting with "We want ...".</source>
            <translation>Write the goal as the outside world will see it, starting with "We want ...".</translation>
        </message>
        <message>
            <source>Vision &amp;statement</source>
            <translation>Vision &amp;statement</translation>
        </message>
        <message>
            <source>Target &amp;year</source>
            <translation>Target &amp;year</translation>
        </message>
    </context>
    <context>
        <name>WorkflowDialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Reply to comment</source>
            <translation>Reply to comment</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Reply to %1 about %2:</source>
            <translation>Reply to %1 about %2:</translation>
        </message>
        <message>
            <source>Comment about: %1</source>
            <translation>Comment about: %1</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>&amp;Author:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Nothing has changed, because:</source>
            <translation>Nothing has changed, because:</translation>
        </message>
        <message>
            <source>Sign the charter</source>
            <translation>Sign the charter</translation>
        </message>
        <message>
            <source>Record who signed for which partner. The charter is signed once every partner has signed.</source>
            <translation>Record who signed for which partner. The charter is signed once every partner has signed.</translation>
        </message>
        <message>
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <source>&amp;Signed by:</source>
            <translation>&amp;Signed by:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Function:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>P&amp;lace:</source>
            <translation>P&amp;lace:</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Sign</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Someone else</translation>
        </message>
        <message>
            <source>Start a new version</source>
            <translation>Start a new version</translation>
        </message>
        <message>
            <source>Version %1 is kept unchanged inside the file. Version %2 starts as a draft; it has to be reviewed, approved and signed again.</source>
            <translation>Version %1 is kept unchanged inside the file. Version %2 starts as a draft; it has to be reviewed, approved and signed again.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Start version %1</source>
            <translation>&amp;Start version %1</translation>
        </message>
        <message>
            <source>The charter is signed</source>
            <translation>The charter is signed</translation>
        </message>
        <message>
            <source>&amp;Start new version…</source>
            <translation>&amp;Start new version…</translation>
        </message>
        <message>
            <source>&amp;Keep as it is</source>
            <translation>&amp;Keep as it is</translation>
        </message>
    </context>
    <context>
        <name>WorkflowMenu</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Version %1 · %2</source>
            <translation>Version %1 · %2</translation>
        </message>
        <message>
            <source>(%1 of %2 partners signed)</source>
            <translation>(%1 of %2 partners signed)</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Add comment</translation>
        </message>
        <message>
            <source>Reply to comment</source>
            <translation>Reply to comment</translation>
        </message>
        <message>
            <source>Resolve comment</source>
            <translation>Resolve comment</translation>
        </message>
        <message>
            <source>Reopen comment</source>
            <translation>Reopen comment</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Back to draft</translation>
        </message>
        <message>
            <source>Open comment by %1 on %2: “%3”</source>
            <translation>Open comment by %1 on %2: “%3”</translation>
        </message>
        <message>
            <source>The charter cannot be approved yet</source>
            <translation>The charter cannot be approved yet</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Sign for %1</source>
            <translation>Sign for %1</translation>
        </message>
        <message>
            <source>Start version %1</source>
            <translation>Start version %1</translation>
        </message>
        <message>
            <source>&amp;Charter</source>
            <translation>&amp;Charter</translation>
        </message>
        <message>
            <source>&amp;Submit for review</source>
            <translation>&amp;Submit for review</translation>
        </message>
        <message>
            <source>Hand the charter to the reviewers</source>
            <translation>Hand the charter to the reviewers</translation>
        </message>
        <message>
            <source>&amp;Back to draft</source>
            <translation>&amp;Back to draft</translation>
        </message>
        <message>
            <source>Return the charter to its authors</source>
            <translation>Return the charter to its authors</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <source>Approve the charter when no errors or open comments remain</source>
            <translation>Approve the charter when no errors or open comments remain</translation>
        </message>
        <message>
            <source>S&amp;ign…</source>
            <translation>S&amp;ign…</translation>
        </message>
        <message>
            <source>Record a partner's signature</source>
            <translation>Record a partner's signature</translation>
        </message>
        <message>
            <source>Start &amp;new version…</source>
            <translation>Start &amp;new version…</translation>
        </message>
        <message>
            <source>Start the next version; this one stays whole in the file</source>
            <translation>Start the next version; this one stays whole in the file</translation>
        </message>
        <message>
            <source>Add &amp;comment…</source>
            <translation>Add &amp;comment…</translation>
        </message>
        <message>
            <source>Comment on the focused field or this step</source>
            <translation>Comment on the focused field or this step</translation>
        </message>
    </context>
</TS>
