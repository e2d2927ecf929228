<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../core/security/Accounts.cpp" line="53"/>
        <source>Your account has no signing key yet; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="78"/>
        <source>an account named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="152"/>
        <location filename="../core/security/Accounts.cpp" line="213"/>
        <source>no active account is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="210"/>
        <source>a reason is required to change an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="223"/>
        <source>this is the site&apos;s last active administrator; make another administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="262"/>
        <source>you cannot deactivate your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Accounts.cpp" line="294"/>
        <source>%1 is deactivated, but the database key was not replaced yet (%2). It is replaced at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdverseEvents</name>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="40"/>
        <source>name the adverse event (CTCAE term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="43"/>
        <source>&quot;%1&quot; is not a CTCAE v5.0 term; choose one from the list, or &quot;&lt;organ class&gt; - Other, specify&quot; and describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="51"/>
        <source>describe the event: &quot;%1&quot; needs your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="53"/>
        <source>a CTCAE grade is 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="55"/>
        <source>CTCAE v5.0 has no grade %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="57"/>
        <source>the onset date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="59"/>
        <source>resolution cannot come before onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="61"/>
        <source>choose the relation to the study drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="63"/>
        <source>choose the action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="65"/>
        <source>choose the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/AdverseEvents.cpp" line="67"/>
        <source>a grade 5 event has the outcome fatal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationList</name>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="58"/>
        <location filename="../core/central/AllocationList.cpp" line="140"/>
        <source>Only the trial&apos;s statistician sets up the randomization lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="61"/>
        <source>block sizes are even numbers (1:1 within every block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="63"/>
        <source>must be a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="74"/>
        <source>&quot;%1&quot; is not a site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/central/AllocationList.cpp" line="82"/>
        <location filename="../core/central/AllocationList.cpp" line="148"/>
        <source>the list has %n allocation(s) or reserved entries; it cannot be replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="208"/>
        <source>the patient is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="210"/>
        <source>&quot;%1&quot; is not a stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="212"/>
        <source>A device of site %1 may not randomize in stratum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="217"/>
        <source>A device of site %1 may not randomize another site&apos;s patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="238"/>
        <source>the allocation list of stratum %1 is used up or was never set up; ask the trial&apos;s statistician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="291"/>
        <source>Device %1 opened reserve entry %2 #%3 but no randomization of it reached the central site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="298"/>
        <source>Device %1 holds a reserve entry %2 #%3 the central site never issued to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="407"/>
        <source>%1 was given entry %2, which is not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="412"/>
        <source>%1 is recorded in arm %2; entry %3 of the list says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="414"/>
        <source>Entry %1 was used twice (%2 and another patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="418"/>
        <source>%1 was randomized twice (%2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="426"/>
        <source>%1 was given entry %2, which was never issued to the device that used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="436"/>
        <source>Entry %1 was opened out of order: an earlier entry of the same reserve is still sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AllocationList.cpp" line="466"/>
        <source>Only the trial&apos;s statistician reads the randomization lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationSeal</name>
    <message>
        <location filename="../core/security/AllocationSeal.cpp" line="43"/>
        <source>a reserve&apos;s sealing key has %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AllocationSeal.cpp" line="45"/>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationSequence</name>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="89"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="92"/>
        <source>levels are distinct lower-case words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="96"/>
        <source>a factor has at least two levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="149"/>
        <source>&quot;%1&quot; is not a block size: sizes are even numbers from 2 to 20 (1:1 within every block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="152"/>
        <source>the block size %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="161"/>
        <source>&quot;%1&quot; is not a stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="163"/>
        <source>must be a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="165"/>
        <source>at least one block size is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="168"/>
        <source>block sizes are even numbers (1:1 within every block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="170"/>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="193"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="209"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/AllocationSequence.cpp" line="210"/>
        <source>a line holds three columns (stratum,sequence,arm), this one %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="217"/>
        <source>&quot;%1&quot; is not a stratum (a site code such as GX01, then |factor=level for each factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="221"/>
        <source>&quot;%1&quot; is not a sequence number (1, 2, 3, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="223"/>
        <source>stratum %1 expects sequence %2 here, not %3 (no gaps, no repeats, in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="226"/>
        <source>&quot;%1&quot; is not an arm; use experimental or control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/AllocationSequence.cpp" line="231"/>
        <source>the list holds no allocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <location filename="../core/records/Assessments.cpp" line="55"/>
        <source>the visit needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="57"/>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="60"/>
        <source>PRO-CTCAE answers are 0 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="63"/>
        <source>OMAS ulceration is 0-3 and erythema 0-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="145"/>
        <source>no assessment has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="167"/>
        <source>I performed this oral mucositis assessment and confirm the findings and grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="251"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="253"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="255"/>
        <source>superseded by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="267"/>
        <source>this assessment is %1; only a draft can be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="288"/>
        <source>a correction of a signed assessment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Assessments.cpp" line="293"/>
        <source>only a signed assessment is corrected; a draft is simply re-recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchoring</name>
    <message>
        <location filename="../core/sync/AuditAnchoring.cpp" line="102"/>
        <source>The audit trail does not verify (%1), so its signing keys are not sent; run `audit verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditAnchoring.cpp" line="118"/>
        <source>An electronic signature does not hold (%1); run `audit verify`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="49"/>
        <source>the head of its chain (row %1) came unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="67"/>
        <source>the head of its chain (row %1) is not signed by the key it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="73"/>
        <source>the head of its chain (row %1) names another account&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="74"/>
        <source>the head of its chain (row %1) names a key withdrawn from its signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="85"/>
        <source>&quot;head&quot; needs a sequence number and a SHA-256 hash in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="93"/>
        <source>&quot;head.signature&quot; is a signature in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="96"/>
        <source>&quot;head.public_key&quot; is a public key: 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="124"/>
        <source>The anchored row moved since it was asked for; ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="160"/>
        <source>the chain ends at row %1, before row %2 anchored at %3: rows were removed or an older copy was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="163"/>
        <source>the device did not say what its chain holds at row %1, anchored at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="165"/>
        <source>row %1 is no longer the row anchored at %2: the history before it was rewritten or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="186"/>
        <source>The central site refuses this audit trail head: its signature does not hold under the key of the user it names (%1). The central site&apos;s operator has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="188"/>
        <source>The central site refuses this device&apos;s data: its audit trail no longer holds what was anchored at an earlier sync (%1). The central site&apos;s operator has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="217"/>
        <source>%1 heads of its chain in a row since %2 named keys the central site does not hold: a copy of the device&apos;s token used elsewhere, or a device whose key certificates are never taken (enrol it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="267"/>
        <source>say why the alarm is acknowledged (what was found on the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/AuditAnchors.cpp" line="276"/>
        <source>device %1 has no open audit-trail alarm (see mucotrack-central integrity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="223"/>
        <source>row %1 is not signed, but rows before it are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="225"/>
        <source>row %1 registers a key without a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="233"/>
        <location filename="../core/security/AuditChain.cpp" line="280"/>
        <location filename="../core/security/AuditChain.cpp" line="509"/>
        <source>row %1 is in the name of %2 but signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="240"/>
        <source>row %1 registers a malformed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="247"/>
        <source>row %1: %2 registered a key of their own; only an administrator may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="249"/>
        <location filename="../core/security/AuditChain.cpp" line="255"/>
        <location filename="../core/security/AuditChain.cpp" line="263"/>
        <source>row %1 has a signature that does not match its content or its signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="252"/>
        <source>row %1: %2 registered a key for %3 without being an administrator with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="261"/>
        <location filename="../core/security/AuditChain.cpp" line="283"/>
        <source>row %1 is signed by %2, who has no registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="286"/>
        <source>rows %1 to %2 have a signature that does not match their content or their signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="476"/>
        <source>rows %1 to %2 are not signed by %3, who wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="498"/>
        <source>row %1 follows row %2: rows are missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="500"/>
        <source>row %1 does not link to the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="502"/>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/AuditChain.cpp" line="538"/>
        <source>the trail ends at row %1 but row %2 was written: rows were removed from its end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../core/records/AuditTrail.cpp" line="93"/>
        <source>&quot;%1&quot; is not a table of this site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="64"/>
        <source>%1 is not an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="66"/>
        <source>must be between 1 and 365 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="68"/>
        <source>must be between 0 (on demand only) and 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="87"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/BackupSchedule.cpp" line="116"/>
        <location filename="../core/security/BackupSchedule.cpp" line="118"/>
        <source>The old backup %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casebook</name>
    <message>
        <location filename="../core/export/Casebook.cpp" line="36"/>
        <source>Patient record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="37"/>
        <source>Eligibility screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="38"/>
        <source>Randomization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="39"/>
        <source>Radiotherapy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="40"/>
        <source>Radiotherapy fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="41"/>
        <source>Oral mucositis grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="42"/>
        <source>Laboratory results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="43"/>
        <source>Study drug diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="44"/>
        <source>Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="45"/>
        <source>Data queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="46"/>
        <source>Data query messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="47"/>
        <source>Source data verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="135"/>
        <source>your account does not hold the key to patients&apos; identities yet: a colleague who may see identities gives it to you by signing in once; then sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="142"/>
        <source>no patient %1 at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="206"/>
        <source>(free text, withheld from monitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="219"/>
        <source>(electronic signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="229"/>
        <source>Audit trail: no entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="232"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="236"/>
        <location filename="../core/export/Casebook.cpp" line="294"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <location filename="../core/export/Casebook.cpp" line="280"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="240"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="252"/>
        <source>Signed by %1, meaning &quot;%2&quot;, at %3 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="254"/>
        <source>Signed by %1 (user %2), meaning &quot;%3&quot;, at %4 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="257"/>
        <source>Electronic signature (Ed25519) kept with the record; audit verify checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="264"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="265"/>
        <source>(record %1, version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="268"/>
        <source>Deleted: kept for the audit trail, not part of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="269"/>
        <source>Last changed by %1 at %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="280"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="298"/>
        <source> (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="315"/>
        <source>NCT07312656 casebook of %1, printed %2 UTC by %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="317"/>
        <source>Contains direct identifiers: keep at the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="317"/>
        <source>Pseudonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="318"/>
        <source>Casebook %1, NCT07312656</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="319"/>
        <source>Subject %1, site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="321"/>
        <source>Name: %1. Medical record number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="323"/>
        <source>No name or medical record number: the casebook names the patient by subject ID and year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="324"/>
        <source>Casebook: subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="325"/>
        <source>NCT07312656. Every form of this patient, with its electronic signatures and the audit trail of each field, printed %1 UTC by %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/Casebook.cpp" line="340"/>
        <source>%1 (%n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="358"/>
        <source>Investigator&apos;s sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="359"/>
        <source>I have reviewed this casebook and confirm that the data are complete and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/Casebook.cpp" line="361"/>
        <source>Name: ______________________   Signature: ______________________   Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Central</name>
    <message>
        <location filename="../app/central/main.cpp" line="37"/>
        <location filename="../app/central/RandomizationCommands.cpp" line="26"/>
        <source>--data DIR or --postgres CONNINFO is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="55"/>
        <source>Usage: mucotrack-central COMMAND [OPTIONS]

The trial&apos;s central site: enrolled devices sync with it over HTTPS.
Every command takes the store: --data DIR (the embedded store in DIR) or
--postgres CONNINFO (libpq keywords, e.g. &quot;host=db dbname=mucotrack user=mucotrack&quot;;
the password comes from ~/.pgpass or PGPASSFILE, never from the command line).

Commands:
  init [--json]                  create the store, once
  enroll --site CODE [--json]    print a one-time enrolment code for a device of site CODE
  enroll --monitor [--json]      print a one-time enrolment code for a monitor&apos;s device: it pulls
                                 every site&apos;s pseudonymous records and may push queries and
                                 source verification marks only
  serve --listen HOST:PORT --tls-cert FILE --tls-key FILE
                                 serve HTTPS (PEM certificate and key) until SIGTERM
  serve --listen 127.0.0.1:PORT --insecure-loopback
                                 serve plain HTTP, on a loopback address only
  serve ... --idle-timeout SECONDS  close a connection that has not sent its request&apos;s
                                 headers within SECONDS (default 10)
  serve ... --max-connections N  serve at most N connections at once (default 1000)
  devices                        list the enrolled devices (id, site, enrolled, state, scope)
  revoke --device ID             cut a device off
  report primary-endpoint [--json]
                                 the primary endpoint over the whole trial, and every other scale
  report dmc --out FILE.pdf      the data monitoring committee&apos;s report (PDF, A4)
  export odm --out FILE.xml      CDISC ODM 1.3.2 snapshot of the whole trial
  export csv --out DIR           one CSV file per domain and a data dictionary
  randomization generate --seed N --per-stratum N [--blocks 2,4,6] [--sites A,B]
                                 set up the allocation lists (stratified permuted blocks, 1:1)
  randomization import FILE.csv  set up the lists from a statistician&apos;s stratum,sequence,arm file
  randomization report [--json]  every allocation, by site and arm, unused reserves, integrity
  queries [--open] [--json]      every site&apos;s data queries, their state and age
  integrity [--all] [--json]     devices whose audit trail no longer holds the head anchored earlier,
                                 and randomizations that do not match the allocation list (--all:
                                 with the alarms acknowledged)
  integrity acknowledge --device ID --reason TEXT
                                 after looking at the device: its next sync anchors its audit trail
                                 as it now stands (its alarms are kept, marked acknowledged); the
                                 reason says what was found, never naming a patient
  audit [--json]                 the central site&apos;s own audit trail (enrolments, revocations, pushes,
                                 conflicts, alarms) and whether its hash chain is intact
  free-text [--json]             free text (AE &quot;other, specify&quot;, reasons, findings, query messages)
                                 not yet reviewed: it stays out of reports and exports until then
  free-text review --table T --record ID --field F
                                 mark the value the field holds now as reviewed
  demo --data DIR [--seed N] [--json]
                                 build the DEMO trial in a new folder: three DEMO sites, about 200
                                 randomized synthetic patients, for trying the reports and exports

Options:
  -h, --help                     show this help
  --version                      show the version

Exit status: 0 success, 2 usage, 4 invalid input, 5 storage error, 6 network error,
7 audit trail broken.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="132"/>
        <source>Central store ready (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="142"/>
        <source>--monitor and --site exclude each other: a monitor&apos;s device reads every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="179"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="179"/>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="180"/>
        <source>monitor (every site, read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="181"/>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/IntegrityCommand.cpp" line="29"/>
        <source>%n alarm(s) of device %1 acknowledged. Its next sync anchors its audit trail as it now stands; the central audit trail records that you did so, and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="40"/>
        <source>integrity takes no argument but &quot;acknowledge&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="42"/>
        <source>integrity acknowledge takes no further argument, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="48"/>
        <source>--%1 lists alarms; integrity acknowledge does not take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="49"/>
        <source>--%1 belongs to integrity acknowledge: write mucotrack-central integrity acknowledge --device ID --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="70"/>
        <source>No integrity alarms: every device&apos;s audit trail holds the head anchored at its last sync, and every randomization matches the allocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/IntegrityCommand.cpp" line="77"/>
        <source>acknowledged %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="242"/>
        <source>--listen takes HOST:PORT with an IP address, e.g. 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="245"/>
        <source>Give --tls-cert FILE --tls-key FILE, or --insecure-loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="247"/>
        <source>--insecure-loopback serves plain HTTP on a loopback address only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="253"/>
        <source>--idle-timeout takes a number of seconds from 0.1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="260"/>
        <source>--max-connections takes a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/main.cpp" line="277"/>
        <source>Serving %1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/CentralQueryCommands.cpp" line="27"/>
        <source>No queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/CentralQueryCommands.cpp" line="31"/>
        <source>%1  %2  %3  %4/%5 %6  %7  %n day(s)  &quot;%8&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="19"/>
        <source>The DEMO trial is built in a new folder: give --data DIR, not --postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="28"/>
        <location filename="../app/central/RandomizationCommands.cpp" line="51"/>
        <source>&quot;%1&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/DemoCommand.cpp" line="47"/>
        <source>DEMO trial (synthetic data, not a real trial) built in %1 in %2 s (seed %3):
sites %4; %5 patients screened, %6 screen failures, %7 randomized (%8 withdrawn, %9 completed);
last event %10.
The sites&apos; databases are in %11 (users admin, doctor, nurse, coord, monitor; password &quot;%12&quot;).
Try: mucotrack-central report primary-endpoint --data %1
     mucotrack-central report dmc --data %1 --out demo-dmc.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="53"/>
        <source>&quot;%1&quot; is not a whole number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="76"/>
        <source>The list is set up; no site is known yet: each site&apos;s strata are generated from this seed when it first needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="77"/>
        <source>Allocation lists generated for %1 (at least %2 entries each, whole blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="87"/>
        <source>Give the list&apos;s CSV file: randomization import --data DIR FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="91"/>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="104"/>
        <source>Imported %1 entries in %2 strata (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="120"/>
        <source>Subject	Site	Stratum	#	Arm	Allocated (UTC)	Source	Device
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="132"/>
        <source>%1: experimental %2, control %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="135"/>
        <source>Sealed in devices&apos; reserves, unused: %1
Integrity: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/RandomizationCommands.cpp" line="154"/>
        <source>Unknown command &quot;randomization %1&quot;; use randomization generate, import or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/CentralAuditCommand.cpp" line="43"/>
        <source>The central audit trail is broken at row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/central/CentralAuditCommand.cpp" line="47"/>
        <source>The central audit trail is intact (%n row(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="29"/>
        <source>Reviewed: %1 of %2 %3 may now appear in the central site&apos;s reports and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="34"/>
        <source>free-text takes no argument but &quot;review&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/central/FreeTextCommand.cpp" line="47"/>
        <source>No free text awaits review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralAuditTrail</name>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="103"/>
        <source>row %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="105"/>
        <source>row %1 does not follow the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralAuditTrail.cpp" line="108"/>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralBackend</name>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="242"/>
        <source>PostgreSQL: a transaction is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="156"/>
        <location filename="../core/central/PostgresConnection.cpp" line="34"/>
        <location filename="../core/central/PostgresConnection.cpp" line="36"/>
        <source>PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="246"/>
        <source>PostgreSQL: the connection is inside a transaction that was not begun here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="259"/>
        <source>PostgreSQL: a connection is used only by the thread that opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="344"/>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="349"/>
        <source>The data folder %1 cannot be made private to its owner (mode 0700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="380"/>
        <source>Give PostgreSQL&apos;s password in a password file (PGPASSFILE or ~/.pgpass), never in the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="383"/>
        <source>The PostgreSQL driver of Qt SQL (libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="395"/>
        <source>The PostgreSQL connection option %1 holds a &apos;;&apos;, which cannot be passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="407"/>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralBackend.cpp" line="413"/>
        <source>The PostgreSQL driver of Qt SQL gives no libpq connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="54"/>
        <location filename="../core/central/PostgresConnection.cpp" line="75"/>
        <source>PostgreSQL: a text holding the character U+0000 cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="58"/>
        <source>PostgreSQL: a text holding an unpaired surrogate cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="78"/>
        <source>PostgreSQL: a value of type %1 cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="113"/>
        <source>The PostgreSQL connection string cannot be read: write it as key=value parts (host=... port=... dbname=... user=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="232"/>
        <source>PostgreSQL: %1 values for %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/PostgresConnection.cpp" line="332"/>
        <source>PostgreSQL: too many rows for one COPY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralService</name>
    <message>
        <location filename="../core/central/CentralService.cpp" line="42"/>
        <source>The central site could not complete the request; its operator will find the details in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="57"/>
        <location filename="../core/central/CentralService.cpp" line="72"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="76"/>
        <source>The request body is not valid gzip or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="79"/>
        <source>Unsupported content encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="86"/>
        <source>The request body must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="87"/>
        <source>%1 is given more than once in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="93"/>
        <location filename="../core/central/CentralService.cpp" line="130"/>
        <location filename="../core/central/CentralService.cpp" line="161"/>
        <location filename="../core/central/CentralService.cpp" line="172"/>
        <location filename="../core/central/CentralService.cpp" line="194"/>
        <location filename="../core/central/CentralService.cpp" line="203"/>
        <source>Use POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="106"/>
        <source>the device&apos;s previous token, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="157"/>
        <source>A monitor&apos;s device may not randomize patients or allocate subject numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="185"/>
        <source>Use GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="61"/>
        <location filename="../core/central/CentralService.cpp" line="123"/>
        <source>A device token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="133"/>
        <source>&quot;changes&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="135"/>
        <source>At most %1 changes per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="143"/>
        <location filename="../core/central/CentralService.cpp" line="212"/>
        <source>Use GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="148"/>
        <source>after and limit must be non-negative whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralService.cpp" line="54"/>
        <location filename="../core/central/CentralService.cpp" line="215"/>
        <source>No such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralSignatures</name>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="103"/>
        <source>&quot;keys&quot; needs a list of at most %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="108"/>
        <source>an account is named by its opaque id (U. and 12 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="110"/>
        <source>a public key is 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="115"/>
        <source>&quot;certificates&quot; needs a list of at most %1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="121"/>
        <source>this device belongs to site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="129"/>
        <source>&quot;exempt&quot; needs a list of at most %1 record ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="132"/>
        <source>a record id is a text of at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="324"/>
        <source>The central site refuses this device&apos;s data: %1 record %2 %3. The central site&apos;s operator has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="342"/>
        <source>is a randomization without the signature of the one who randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="343"/>
        <source>was made without the signature of its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="350"/>
        <source>was held signed here and arrived without its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="354"/>
        <source>carries a signature but is marked &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="354"/>
        <source>carries a signature but names no signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="363"/>
        <source>is signed by %1 at &quot;%2&quot;, which is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="369"/>
        <source>is signed by %1 at %2, who then held no key the central site knows in a role that may sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="372"/>
        <source>carries an electronic signature of %1 that does not hold for the record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="328"/>
        <source>lost the electronic signature of %1 the central site had checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralSignatures.cpp" line="381"/>
        <location filename="../core/central/CentralSignatures.cpp" line="402"/>
        <source>was signed by %1 without the signature the central site checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralStore</name>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="47"/>
        <source>is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="101"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="157"/>
        <source>The enrollment code is unknown or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/central/CentralStore.cpp" line="160"/>
        <source>The enrollment code has expired (codes are valid for %n day(s)); ask for a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="167"/>
        <source>a monitor&apos;s device names its own site code (2 to 10 capital letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="169"/>
        <source>This enrollment code is for another site, not %1; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="174"/>
        <source>a device is enrolled with its administrator&apos;s own key certificate; this program is from before that: upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="177"/>
        <source>the enrolling administrator&apos;s own key certificate, for site %1, signed by that key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="245"/>
        <source>Unknown device token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="247"/>
        <source>This token was replaced by its device and is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="250"/>
        <location filename="../core/central/CentralStore.cpp" line="361"/>
        <source>This device&apos;s token was revoked by the central site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="299"/>
        <source>a token this device replaced at %1 was used again: someone kept a copy of it (an account that left the site?); if the device&apos;s own syncs are refused, its token was taken over: revoke the device and enrol it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="339"/>
        <source>no enrolled device has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="354"/>
        <source>a device token is 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="367"/>
        <source>This device&apos;s token was replaced since the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="371"/>
        <source>this token is not available; draw another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="394"/>
        <source>A monitor&apos;s device may send queries and source verification only, not changes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="397"/>
        <source>A monitor&apos;s device does not resolve conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="402"/>
        <source>A monitor&apos;s device does not answer queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="413"/>
        <source>a monitoring record must name a patient the central site holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="433"/>
        <source>a change needs an id, a known table and a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="436"/>
        <source>&quot;%1&quot; is not a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="451"/>
        <source>A device of site %1 may not refer to records of another site (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="455"/>
        <source>A device of site %1 may not change records of another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/CentralStore.cpp" line="474"/>
        <source>The central site refuses this device&apos;s data: %1 record %2 changes %3, which was signed as it was made. The central site&apos;s operator has been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CipherSettings</name>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="30"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="33"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="46"/>
        <source>is not an algorithm SQLCipher supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="70"/>
        <source>must be 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="72"/>
        <source>must be a power of two from 512 to 65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="74"/>
        <source>must be a whole number from 1 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/CipherSettings.cpp" line="105"/>
        <source>is not a cipher setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="184"/>
        <source>Give exactly one input FILE, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="196"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="50"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="57"/>
        <source>Clinical calculators (no database, no sign-in; FILE or - for standard input):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="62"/>
        <source>Site database (--db PATH; --user NAME [--password-stdin]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="100"/>
        <source>Usage: mucotrack-cli COMMAND [OPTIONS]

Site administration and the clinical calculators of MucoTrack.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="112"/>
        <source>
Options:
  -h, --help    show this help
  --version     show the version

Exit status: 0 success, 2 usage, 3 sign-in or permission denied, 4 invalid input,
5 storage error, 6 network error, 7 audit trail broken.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="147"/>
        <source>Unknown command &quot;%1&quot;; run mucotrack-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="149"/>
        <source>Unknown command &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="113"/>
        <source>--%1: a password or key longer than %2 bytes is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="151"/>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="156"/>
        <source>Unknown option --%1 for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="165"/>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="177"/>
        <source>No password was given (use --%1 or a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="212"/>
        <location filename="../app/cli/RandomizeCommands.cpp" line="29"/>
        <location filename="../app/cli/SiteCommands.cpp" line="126"/>
        <source>This command needs a sign-in: give --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="213"/>
        <location filename="../app/cli/RandomizeCommands.cpp" line="30"/>
        <location filename="../app/cli/SiteCommands.cpp" line="40"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="222"/>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="35"/>
        <source>%1 already exists; init never overwrites a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="44"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="46"/>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="56"/>
        <source>Site %1 created in %2.

Recovery key (shown once; print it or write it down and keep it locked away):

    %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="67"/>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="99"/>
        <source>Account %1 (%2) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="122"/>
        <source>Current password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="138"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="154"/>
        <source>The recovery key of %1 is replaced; the old one no longer opens it (backups made before keep their own).

New recovery key (shown once; print it or write it down and keep it locked away):

    %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="180"/>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="267"/>
        <source>--subject-id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="269"/>
        <source>--reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="402"/>
        <source>set up a new site database and its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="404"/>
        <source>add a user (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="406"/>
        <source>list the users and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="408"/>
        <source>change your own password (the current one is the sign-in password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="410"/>
        <source>set another user&apos;s password (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="412"/>
        <source>register a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="414"/>
        <source>list the patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="416"/>
        <source>one patient, with status, its date and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="418"/>
        <source>correct a patient&apos;s details (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="420"/>
        <source>status withdrawn (kept, audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="422"/>
        <source>the trial&apos;s screening log, with failed criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="424"/>
        <source>check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="426"/>
        <source>print the database key and cipher settings, from the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="428"/>
        <source>replace the recovery key, shown once (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="80"/>
        <source>%1 has a plan already: give --reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="86"/>
        <source>%1: plan of %2 Gy in %3 fractions from %4 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="105"/>
        <location filename="../app/cli/SiteCommands.cpp" line="290"/>
        <location filename="../app/cli/VisitCommands.cpp" line="60"/>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="108"/>
        <source>&quot;%1&quot; is not delivered, missed or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="114"/>
        <source>&quot;%1&quot; is not a number of Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="116"/>
        <source>only a delivered fraction has a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="139"/>
        <source>%1: fraction %2 (%3 Gy) delivered on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="141"/>
        <source>%1: %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="166"/>
        <source>%1: %2 fraction(s) imported, %3 already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="206"/>
        <source>%1: %2 result(s) collected %3 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="218"/>
        <source>set the radiotherapy plan (JSON; a change needs --reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="221"/>
        <source>record one day of radiotherapy (delivered: the plan&apos;s dose unless --dose-gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="223"/>
        <source>import delivered fractions (CSV: date,fraction,dose); one bad line refuses the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ClinicCommands.cpp" line="225"/>
        <source>record lab results collected together (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="325"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="358"/>
        <source>The audit trail is broken at row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="362"/>
        <source>The audit trail is intact (%1 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SiteCommands.cpp" line="374"/>
        <source>The site database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="39"/>
        <source>Name one backup file: %1 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="54"/>
        <source>The backup %1 is readable, but its audit trail is broken at row %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="60"/>
        <source>The backup %1 of site %2 is intact (%3 audit rows).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="61"/>
        <source>The backup %1 of site %2 was restored to %3 (%4 audit rows, intact).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="73"/>
        <location filename="../app/cli/BackupCommands.cpp" line="92"/>
        <location filename="../app/cli/SiteCommands.cpp" line="375"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="105"/>
        <source>Backups (the site database and its key file, encrypted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="108"/>
        <source>a consistent, encrypted copy of the database and its key file, while the app may run (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="110"/>
        <source>open a backup with the recovery key and check every page and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="112"/>
        <source>check a backup and put it at a new path (never over an existing database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="35"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="80"/>
        <source>The central site cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="82"/>
        <source>The central site cannot be used safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="85"/>
        <source>The central site refused the enrollment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="87"/>
        <source>the code belongs to site %1, this database to site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="120"/>
        <source>This device is enrolled with %1 as a monitor&apos;s device: it reads every site and records queries and source verification only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="123"/>
        <source>This device is enrolled with %1 for site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="104"/>
        <source>The identity it had before (device %1) is revoked at the central site with this device&apos;s next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="108"/>
        <source>The central site did not recognise the identity this device had (device %1): if it is still valid there, its operator revokes it (mucotrack-central revoke --device %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="110"/>
        <source>This device could not prove the identity it had (device %1) to the central site: its operator revokes it (mucotrack-central revoke --device %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="151"/>
        <source>Pushed %1, pulled %2; %3 pending, %4 conflict(s) to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="181"/>
        <source>Central site: %1
Pending changes: %2
Last success: %3
Conflicts to resolve: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="182"/>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="183"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="184"/>
        <source>
Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="185"/>
        <source>Sealed randomization reserve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="185"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="199"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="222"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="226"/>
        <source>%1  %2/%3  %4: central %5, this device %6  (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="228"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="228"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="244"/>
        <source>is device or central, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="258"/>
        <source>Conflict %1 resolved: this device&apos;s value kept; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="259"/>
        <source>Conflict %1 resolved: the central value kept; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="270"/>
        <source>enrol this site with the central site, with a one-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="272"/>
        <source>sync with the central site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="274"/>
        <source>the central site, pending changes, the last sync and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="276"/>
        <source>the conflicts the central site reported: a field changed here and elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="279"/>
        <source>resolve a conflict, keeping this device&apos;s value or the central one, and say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="73"/>
        <source>screen a patient (JSON) against the protocol&apos;s criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="75"/>
        <source>grade oral mucositis findings (JSON) on one scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CalculatorCommands.cpp" line="77"/>
        <source>sum the radiotherapy fractions (JSON) delivered so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="77"/>
        <source>%1: %2, signed by %3; status %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="85"/>
        <source>The trial (--db PATH; --user NAME [--password-stdin]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="93"/>
        <source>screen a patient: the eligibility check&apos;s input (JSON) over the site&apos;s record, saved as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ScreeningCommands.cpp" line="96"/>
        <source>sign the latest screening&apos;s decision (investigator; the password again); eligible: enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="110"/>
        <source>Visit %1 of %2 signed by %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="111"/>
        <source> An adverse event &quot;Mucositis oral&quot; was drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="152"/>
        <source>record a graded visit: the exam&apos;s findings (JSON, docs/clinical-exam.md); prints every scale&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="154"/>
        <source>sign a visit&apos;s grades (investigator; the password again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VisitCommands.cpp" line="156"/>
        <source>every visit of a patient, its grades and its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="30"/>
        <location filename="../app/cli/ReportCommands.cpp" line="62"/>
        <source>not estimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="36"/>
        <source>%1 grade &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="37"/>
        <source>  experimental: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="38"/>
        <source>  control:      %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="40"/>
        <source>  risk difference %1 (95% CI %2 to %3, Newcombe hybrid score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="44"/>
        <source>  risk difference not estimable (an arm has no patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="46"/>
        <source>  relative risk %1 (95% CI %2 to %3, log method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="50"/>
        <source>  relative risk not estimable (an arm has no patients or no events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="51"/>
        <source>  Fisher&apos;s exact test, two-sided: p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="52"/>
        <source>  Cochran-Mantel-Haenszel test by site: p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="55"/>
        <source>  site %1: experimental %2 of %3, control %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="67"/>
        <source>Severity per patient (%1 grade &gt;= %2 for the days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="68"/>
        <source>experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="68"/>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="76"/>
        <source>  %1: %2 patients; worst grade 0/1/2/3/4: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="77"/>
        <source>    %1 with grade &gt;= %2 (%3 still at the last visit), median %4 days; OMAS AUC per day, mean of %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="96"/>
        <source>Primary endpoint (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="97"/>
        <source>Other scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="101"/>
        <source>Excluded from the primary analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="145"/>
        <source>Wrote the DMC report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="170"/>
        <source>Exported %1 subjects to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="173"/>
        <source>Unknown command &quot;%1 %2&quot;; run %3 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="215"/>
        <source>Wrote the casebook of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="223"/>
        <source>Reports and exports (--db PATH; --user NAME [--password-stdin]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="226"/>
        <source>the primary endpoint on this site&apos;s data, and the same for every other scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="228"/>
        <source>the data monitoring committee&apos;s report (PDF, A4) on this site&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="230"/>
        <source>one patient&apos;s casebook (PDF): every form, its signatures and the audit trail of each field; --with-identity adds name and record number (roles that may see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="233"/>
        <source>CDISC ODM 1.3.2 snapshot of this site&apos;s data (no names or record numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="235"/>
        <source>one CSV file per domain and a data dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/QueryCommands.cpp" line="63"/>
        <source>%1  %2  %3/%4 %5  %6  %n day(s)  &quot;%7&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="85"/>
        <location filename="../app/cli/QueryCommands.cpp" line="215"/>
        <source>name a record as TABLE/ID, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="114"/>
        <source>--correct needs --reason: a changed value always says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="117"/>
        <source>--reason goes with --correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="178"/>
        <source>No queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="200"/>
        <source>%1  %2/%3  verified by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="202"/>
        <source>%1  %2/%3  changed since %4 verified it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="203"/>
        <source>%1  %2/%3  not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="250"/>
        <source>Every critical record, and every record of the plan&apos;s sample, is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="281"/>
        <source>the protocol&apos;s critical records and its sample of the rest not verified as they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="262"/>
        <source>Monitoring (--db PATH; --user NAME [--password-stdin]; a step is signed with the password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="266"/>
        <source>ask the site about one value (monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="269"/>
        <source>answer a query, correcting the value if need be (site staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="271"/>
        <source>close a query (monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="273"/>
        <source>re-open an answered or closed query (monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="275"/>
        <source>this site&apos;s queries, their state and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="277"/>
        <source>mark a record verified against the source (monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="279"/>
        <source>whether a record is verified as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="64"/>
        <source>%1 is randomized to the %2 arm (stratum %3, #%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="66"/>
        <source>allocated by the central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="66"/>
        <source>from this device&apos;s sealed reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RandomizeCommands.cpp" line="77"/>
        <source>allocate an enrolled patient&apos;s arm (coordinator, investigator; online, else the sealed reserve)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicJson</name>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="19"/>
        <source>is required (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="42"/>
        <location filename="../core/records/ClinicJson.cpp" line="47"/>
        <location filename="../core/records/ClinicJson.cpp" line="70"/>
        <location filename="../core/records/ClinicJson.cpp" line="141"/>
        <location filename="../core/records/ClinicJson.cpp" line="144"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="44"/>
        <source>must be above 0 and at most 200 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="49"/>
        <source>must be a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="55"/>
        <source>%1 fractions of %2 Gy do not make %3 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="61"/>
        <source>%1 Gy does not divide into %2 equal fractions; give dose_per_fraction_gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="67"/>
        <source>the dose per fraction must be above 0 and at most 30 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="75"/>
        <source>must be a list of ISO weekday numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="83"/>
        <source>must be an ISO weekday number from 1 (Monday) to 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="85"/>
        <source>repeats weekday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="89"/>
        <source>must name at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="102"/>
        <source>name the agent of the concurrent chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="104"/>
        <source>is given, but concurrent_chemotherapy is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="114"/>
        <source>is required (YYYY-MM-DDTHH:MM, the site&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="127"/>
        <source>&quot;%1&quot; is not a date and time YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="130"/>
        <source>give at least one result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="134"/>
        <source>is not a laboratory test of the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/ClinicJson.cpp" line="136"/>
        <source>must be an object {&quot;value&quot;, &quot;unit&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsortDiagram</name>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="55"/>
        <source>Assessed for eligibility (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="57"/>
        <source>Excluded (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="59"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="110"/>
        <source>%1 (n=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="61"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="64"/>
        <source>Randomized (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="72"/>
        <source>Allocated to the experimental arm: exosome mouth spray (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="73"/>
        <source>Allocated to the control arm: no intervention (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="91"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="135"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="92"/>
        <source>Completed follow-up (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="93"/>
        <source>Still in follow-up (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="94"/>
        <source>Withdrawn (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="95"/>
        <source>Lost to follow-up (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="107"/>
        <source>Analysed for the primary endpoint (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="108"/>
        <source>Not analysed (n=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="116"/>
        <location filename="../core/export/ConsortDiagram.cpp" line="136"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="133"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/ConsortDiagram.cpp" line="134"/>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsortFlow</name>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="72"/>
        <source>Not eligible (screen failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="73"/>
        <source>Withdrew before randomization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="74"/>
        <source>Screening not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/ConsortFlow.cpp" line="75"/>
        <source>Eligible, not yet randomized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtcaeTerms</name>
    <message>
        <location filename="../core/clinical/CtcaeTerms.cpp" line="67"/>
        <source>the CTCAE term list has an unexpected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/CtcaeTerms.cpp" line="76"/>
        <source>line %1 of the CTCAE term list is not a term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="49"/>
        <source>The site database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="51"/>
        <source>%1 already exists; refusing to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="69"/>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="79"/>
        <source>The encryption key could not be applied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="82"/>
        <source>This build&apos;s SQLite has no encryption (SQLCipher is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="132"/>
        <source>The key of %1 cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="145"/>
        <source>The site database %1 is open in another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="150"/>
        <source>changing the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="183"/>
        <source>The site database %1 is locked by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="185"/>
        <source>%1 could not be decrypted: the key does not fit, or it is not a MucoTrack site database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="187"/>
        <source>The site database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="189"/>
        <source>The site database %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="191"/>
        <source>The disk holding %1 is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="193"/>
        <source>The site database %1 is read-only; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="195"/>
        <source>the change breaks a rule of the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="197"/>
        <source>Storage error while %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="207"/>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="217"/>
        <source>preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DiskState.cpp" line="20"/>
        <source>The site database %1 is on a read-only disk; nothing can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/DiskState.cpp" line="23"/>
        <source>The disk holding %1 is full; nothing can be saved until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <location filename="../core/records/DemoSite.cpp" line="81"/>
        <source>The DEMO site&apos;s build mark %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTrial</name>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="47"/>
        <source>The central site refused the DEMO site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="62"/>
        <source>%1 already holds a central site; give a new folder for the DEMO trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="64"/>
        <source>%1 already holds DEMO site databases; give a new folder for the DEMO trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="72"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="117"/>
        <source>DEMO site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoTrial.cpp" line="135"/>
        <source>DEMO site %1 could not sync: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTrialSite</name>
    <message>
        <location filename="../core/records/DemoTrialSite.cpp" line="387"/>
        <source>the DEMO patient %1 is %2, not eligible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceScope</name>
    <message>
        <location filename="../core/records/DeviceScope.cpp" line="36"/>
        <source>This is a monitor&apos;s device: it records queries and source verification only, and cannot change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/DeviceScope.cpp" line="57"/>
        <source>no patient pulled to this device has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DmcReport</name>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="42"/>
        <location filename="../core/export/DmcReport.cpp" line="403"/>
        <location filename="../core/export/DmcReport.cpp" line="407"/>
        <location filename="../core/export/DmcReport.cpp" line="457"/>
        <location filename="../core/export/DmcReport.cpp" line="460"/>
        <source>n/e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="149"/>
        <source>Month of randomization (end of month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="150"/>
        <source>Patients randomized (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="160"/>
        <location filename="../core/export/DmcReport.cpp" line="315"/>
        <location filename="../core/export/DmcReport.cpp" line="366"/>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="179"/>
        <source>Target (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="192"/>
        <source>Free of grade &gt;= 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="197"/>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="277"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <location filename="../core/export/DmcReport.cpp" line="443"/>
        <location filename="../core/export/DmcReport.cpp" line="454"/>
        <source>Experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="198"/>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="277"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <location filename="../core/export/DmcReport.cpp" line="443"/>
        <location filename="../core/export/DmcReport.cpp" line="454"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="217"/>
        <source>median %1 %2 (95% CI %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="218"/>
        <location filename="../core/export/DmcReport.cpp" line="219"/>
        <source>n/r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="220"/>
        <source>median not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="221"/>
        <source>%1: events %2 of %3 patients, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="237"/>
        <location filename="../core/export/DmcReport.cpp" line="278"/>
        <source>Not randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="242"/>
        <source>Screen failures and their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="246"/>
        <source>Screen failures: %1 (%2). The reasons are the criteria that failed in the latest signed screening; a patient may fail several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="260"/>
        <source>No signed screening with a failed criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <source>Screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <source>Criteria failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="271"/>
        <source>7. Protocol deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="272"/>
        <source>Radiotherapy fractions recorded as missed or held (their reasons are free text and stay at the site), and scheduled visits whose window, from the protocol&apos;s visit schedule, closed without the visit: out of window when the visit was recorded outside every window, nearest to this one; missed when it was not recorded. Patients who may have visits (screen failures have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="278"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>With a deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>Fractions missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <source>Fractions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Patients missing or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Visits out of window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="287"/>
        <source>Visits missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="290"/>
        <source>No visit out of window or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="297"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/DmcReport.cpp" line="298"/>
        <source>%1, %n day(s) early</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/DmcReport.cpp" line="299"/>
        <source>%1, %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="301"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="309"/>
        <source>8. Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="310"/>
        <source>Expected: the scheduled visits whose window has closed (or that were already recorded); recorded: in or out of their window; unsigned: graded in the window, the grade not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="316"/>
        <source>Both arms and not randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>Visits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <source>In window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Out of window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="322"/>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="334"/>
        <source>the whole trial (sites %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="335"/>
        <source>site %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="338"/>
        <source>DMC report, NCT07312656</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="336"/>
        <source>NCT07312656 DMC report%1, data as of %2 UTC. Confidential: for the data monitoring committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="337"/>
        <source> (DEMO DATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="339"/>
        <source>Data Monitoring Committee report%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="339"/>
        <source>: DEMO DATA, not a real trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="340"/>
        <source>NCT07312656: exosome mouth spray versus no intervention against radiation-induced oral mucositis. Data of %1, as of %2 UTC. Closed report: results by arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="345"/>
        <source>1. Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="368"/>
        <source>Screen failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="369"/>
        <source>Randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="369"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="371"/>
        <source>Randomized %1 of the target of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="376"/>
        <source>No patient has been randomized yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="391"/>
        <source>n: randomized patients with at least one signed graded visit on or after the day of randomization; events: those with a signed grade &gt;= %1. Risk difference with Newcombe&apos;s hybrid score 95% interval, relative risk with the log (Katz) 95% interval, Fisher&apos;s exact test (two-sided), Cochran-Mantel-Haenszel test stratified by site without continuity correction. n/e: not estimable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="409"/>
        <source>Risk difference (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>Relative risk (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>Fisher p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="410"/>
        <source>CMH p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="412"/>
        <source>* the primary endpoint; the other scales at the same threshold are secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="418"/>
        <source>Site (primary endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="425"/>
        <source>Not in the analysis (%1 patients): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="247"/>
        <location filename="../core/export/DmcReport.cpp" line="425"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="429"/>
        <source>Kaplan-Meier estimates per arm, censored at the last signed graded visit; medians with the Brookmeyer-Crowley 95% interval (n/r: not reached). Ticks mark censored patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="431"/>
        <source>Days from the start of radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="431"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="432"/>
        <source>Cumulative radiotherapy dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="432"/>
        <source>Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="436"/>
        <source>5. Severity per patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="466"/>
        <source>6. Adverse events by CTCAE term and grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="481"/>
        <source>not randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="496"/>
        <source>No adverse event recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Term (patients, worst grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Exp. grade 1-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Exp. grade &gt;= 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="498"/>
        <source>Ctl. grade 1-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="499"/>
        <source>Ctl. grade &gt;= 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="501"/>
        <source>Serious adverse events: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="266"/>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <location filename="../core/export/DmcReport.cpp" line="303"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="437"/>
        <source>Randomized patients with a signed graded visit on or after the day of randomization: how many had each worst grade; the days at grade &gt;= %1 (%2), from the first visit at or above it to the next visit below it, episodes added up, an episode open at the last visit counted to it; the OMAS area under the curve (trapezoids over days) per day of follow-up. n/e: not estimable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="451"/>
        <source>Worst 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="261"/>
        <location filename="../core/export/DmcReport.cpp" line="286"/>
        <location filename="../core/export/DmcReport.cpp" line="321"/>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="382"/>
        <source>2. Participant flow (CONSORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="383"/>
        <source>Counted from the same data as the primary endpoint. Lost to follow-up: not withdrawn, and the window of the last scheduled visit closed without it. Completed: the status says so, or the last scheduled visit was recorded. Analysed: in the primary endpoint&apos;s n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="390"/>
        <source>3. Primary endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="428"/>
        <source>4. Time to the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Grade &gt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="461"/>
        <source>Open at last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="462"/>
        <source>OMAS AUC/day, mean (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/DmcReport.cpp" line="504"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="53"/>
        <source>must be above 0 and at most 100 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="55"/>
        <source>must be above 0 and at most 200 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="57"/>
        <source>must be a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="59"/>
        <source>needs at least one weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="64"/>
        <source>%1 is after as_of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="66"/>
        <source>%1 is before the plan&apos;s start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="68"/>
        <source>a delivered fraction needs a dose above 0 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="70"/>
        <source>%1 Gy is impossible for one fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="100"/>
        <source>The cumulative dose, %1 Gy, exceeds the planned total of %2 Gy by %3 Gy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Dose.cpp" line="104"/>
        <source>%1 fractions were delivered; the plan has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="91"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="91"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="111"/>
        <source>%1 %2 (measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="186"/>
        <location filename="../core/clinical/Eligibility.cpp" line="235"/>
        <location filename="../core/clinical/Eligibility.cpp" line="285"/>
        <location filename="../core/clinical/Eligibility.cpp" line="310"/>
        <location filename="../core/clinical/Eligibility.cpp" line="318"/>
        <source>%1 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="226"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="242"/>
        <source>%1 %2 %3, upper limit of normal not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="135"/>
        <source>(Cockcroft-Gault; sex not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="139"/>
        <source>(Cockcroft-Gault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="194"/>
        <source>on both sides of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="249"/>
        <source>%1 %2 %3 %4 %5 %3 = %6 x ULN (ULN %7 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="263"/>
        <source>%1 %2 %3 &lt;= %4 %3 = %5 x the lower ULN of either sex (ULN %6 or %7 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="269"/>
        <source>%1 %2 %3 &gt; %4 %3 = %5 x the higher ULN of either sex (ULN %6 or %7 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="274"/>
        <source>%1 %2 %3 is within %4 x ULN for one sex only (limit %5 %3 with ULN %6, %7 %3 with ULN %8): sex not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="290"/>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="294"/>
        <source>%1 %2, assessment date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="299"/>
        <source>%1 %2, %3 days before assessment (%4 %5-%6 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="301"/>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="301"/>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="107"/>
        <source>unknown laboratory test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="114"/>
        <source>&quot;%1&quot; is not an accepted unit; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="117"/>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="119"/>
        <source>must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="122"/>
        <source>%1 %2 is physiologically implausible (below %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="126"/>
        <source>%1 %2 is physiologically impossible (above %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="129"/>
        <source>the upper limit of normal must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="133"/>
        <source>the upper limit of normal is implausibly high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="366"/>
        <source>is after the assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="368"/>
        <source>gives an age above 130 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="385"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="390"/>
        <source>%1 is impossible (allowed %2%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="391"/>
        <source>above </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="395"/>
        <source>use &quot;male&quot; or &quot;female&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="398"/>
        <source>use &quot;radical&quot; or &quot;palliative&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Eligibility.cpp" line="401"/>
        <source>%1 is after the assessment date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exam</name>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="43"/>
        <location filename="../core/clinical/Exam.cpp" line="79"/>
        <location filename="../core/clinical/Exam.cpp" line="92"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="167"/>
        <source>The diet is restricted to liquids or nothing by mouth, but no ulceration is scored at any OMAS site; confirm that mucositis is the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="169"/>
        <source>Pseudomembranes are recorded, but no OMAS site scores ulceration/pseudomembrane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="171"/>
        <source>Deep ulceration, hemorrhage or necrosis is recorded, but no OMAS site scores ulceration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="173"/>
        <source>The mucosa is described as erythematous, but erythema is not recorded as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="175"/>
        <source>Erythema is recorded as seen, but no OMAS site scores erythema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Exam.cpp" line="176"/>
        <source>An OMAS site scores erythema, but erythema is not recorded as seen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/CsvExport.cpp" line="62"/>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/CsvExport.cpp" line="64"/>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="93"/>
        <source>The ODM export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="97"/>
        <source>The ODM export could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="460"/>
        <source>%1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/OdmExport.cpp" line="465"/>
        <source>%1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeTextReview</name>
    <message>
        <location filename="../core/central/FreeTextReview.cpp" line="68"/>
        <source>%1 of %2 is not a free-text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/FreeTextReview.cpp" line="75"/>
        <source>record %1 of %2 holds no text in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="24"/>
        <source>Liquid diet only is recorded without ulcers: WHO grade 3 needs ulcers; confirm the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="26"/>
        <source>Oral alimentation impossible is recorded without ulcers: confirm that mucositis is the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="28"/>
        <source>Ulcers are recorded without soreness or erythema; confirm the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="41"/>
        <source>Severe pain is recorded but oral intake is not interfered with; CTCAE grade 3 describes both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="43"/>
        <source>Oral intake is interfered with but no symptoms are recorded; confirm the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="45"/>
        <source>An ulcer is recorded but clinical findings are not; an ulcer is a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="47"/>
        <source>Death is recorded without life-threatening consequences; confirm it is attributed to mucositis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="61"/>
        <source>Narcotic analgesia is recorded without pain; confirm why it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="63"/>
        <source>Severe pain is recorded without analgesia; RTOG grade 3 describes pain requiring narcotics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="65"/>
        <source>Ulceration, hemorrhage or necrosis is recorded without mucositis; confirm the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="92"/>
        <source>No OMAS site was assessable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="121"/>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="122"/>
        <source>CTCAE v5.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="123"/>
        <source>RTOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="124"/>
        <source>OMAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="185"/>
        <source>In the last 7 days, what was the SEVERITY of your MOUTH OR THROAT SORES at their WORST?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="190"/>
        <source>In the last 7 days, how much did MOUTH OR THROAT SORES INTERFERE with your usual or daily activities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="195"/>
        <source>Very severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>A little bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Quite a bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="200"/>
        <source>Very much</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCipher</name>
    <message>
        <location filename="../core/security/IdentityCipher.cpp" line="128"/>
        <source>This account does not hold the key to patients&apos; identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/IdentityCipher.cpp" line="133"/>
        <source>The stored %1 of patient %2 does not open with the identity key: it was altered or moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCertificate</name>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="121"/>
        <source>a key certificate is an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="128"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="130"/>
        <location filename="../core/security/KeyCertificate.cpp" line="132"/>
        <source>an account is named by its opaque id (U. and 12 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="134"/>
        <location filename="../core/security/KeyCertificate.cpp" line="136"/>
        <source>a public key is 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="138"/>
        <source>&quot;%1&quot; is not a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="142"/>
        <source>a time in UTC as YYYY-MM-DDTHH:MM:SS.mmmZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="144"/>
        <source>a signature is 128 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="176"/>
        <source>The audit trail does not verify (%1), so no key is certified; run `audit verify`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyCertificate.cpp" line="236"/>
        <source>Only an administrator with a signing key enrols a device; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="25"/>
        <source>The audit trail is broken at row %1 (%2); the database key is not replaced until it is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="33"/>
        <source>the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="41"/>
        <source>the database key cannot be replaced: the key slots of %1 were written before key rotation existed or do not match the keys the audit trail registered (each of these users signs in once, which renews their slot; a site whose recovery key is listed needs a new recovery key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeyRotation.cpp" line="92"/>
        <source>The key file %1 has been altered since it was sealed; the database key was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="99"/>
        <source>The key file %1 is damaged or is not a MucoTrack key file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="114"/>
        <source>The key file %1 is missing; the site database cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="116"/>
        <source>The key file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="118"/>
        <location filename="../core/security/KeySlotFile.cpp" line="125"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="130"/>
        <source>The key file %1 is damaged or is not a MucoTrack key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="161"/>
        <source>the Argon2id cost of the slot %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="173"/>
        <source>the slot %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="175"/>
        <source>the slot %1 has an unknown scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="265"/>
        <source>The key file cannot be sealed without the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="312"/>
        <source>The key file %1 is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="314"/>
        <source>The key file %1 cannot be changed: its lock file cannot be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="331"/>
        <source>The key file %1 has been altered since it was sealed; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="381"/>
        <source>a pending audit event that no sign-in wrote (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="390"/>
        <source>the failed sign-in counter of %1 was altered (%2 now, %3 when sealed, %4 failures waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="409"/>
        <source>A key slot needs the 32-byte database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="417"/>
        <source>A key slot needs a 32-byte key seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="447"/>
        <source>The key slot of %1 was written before key rotation; it cannot be sealed again without its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="451"/>
        <location filename="../core/security/KeySlotFile.cpp" line="505"/>
        <location filename="../core/security/KeySlotFile.cpp" line="519"/>
        <location filename="../core/security/KeySlotFile.cpp" line="534"/>
        <source>A key slot is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="467"/>
        <location filename="../core/security/KeySlotFile.cpp" line="473"/>
        <source>The sealed key is damaged or not sealed to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="515"/>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/KeySlotFile.cpp" line="530"/>
        <source>The key slot of %1 does not hold a key sealed to it: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../core/records/Labs.cpp" line="41"/>
        <source>Blood count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="42"/>
        <source>Liver function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="43"/>
        <source>Renal function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="84"/>
        <source>unknown panel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="70"/>
        <source>the collection date and time are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="72"/>
        <source>the collection time is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="74"/>
        <source>enter at least one result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="88"/>
        <source>is not part of the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="117"/>
        <source>is not in any panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="224"/>
        <source>unknown analyte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="226"/>
        <source>a reference range is for any, female or male patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="228"/>
        <source>the upper limit of normal must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="230"/>
        <source>the lower limit of normal cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Labs.cpp" line="232"/>
        <source>the lower limit must be below the upper limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <location filename="../core/records/Patients.cpp" line="71"/>
        <source>use up to 32 letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="42"/>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="40"/>
        <source>%1 is not a day of the calendar (check the month and day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="44"/>
        <location filename="../core/records/Patients.cpp" line="558"/>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="38"/>
        <location filename="../core/records/Patients.cpp" line="46"/>
        <source>%1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="49"/>
        <source>use male or female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="51"/>
        <location filename="../core/records/Patients.cpp" line="53"/>
        <location filename="../core/records/Patients.cpp" line="55"/>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="75"/>
        <source>enter the patient&apos;s name or medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="77"/>
        <location filename="../core/records/Patients.cpp" line="503"/>
        <source>the birth date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="79"/>
        <location filename="../core/records/Patients.cpp" line="505"/>
        <source>choose the sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="117"/>
        <source>%1 (%2) may not enter patients&apos; names and record numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="119"/>
        <source>your account does not hold the key to patients&apos; identities yet: a colleague who may see identities gives it to you by signing in once; then sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="184"/>
        <location filename="../core/records/Patients.cpp" line="288"/>
        <source>(cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="317"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="318"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="319"/>
        <source>Screen failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="320"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="321"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="357"/>
        <source>%1 is already in use at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="458"/>
        <source>no patient has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="489"/>
        <source>no patient has the subject ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="507"/>
        <source>a reason is required to change saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="553"/>
        <source>a patient whose status is %1 cannot become %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="556"/>
        <source>the date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="561"/>
        <source>%1 is before the patient&apos;s birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Patients.cpp" line="563"/>
        <source>say why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="305"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="317"/>
        <source>The PDF report needs the graphical libraries (a QGuiApplication; offscreen is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="320"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="324"/>
        <source>%1 cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="334"/>
        <source>The PDF report could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/PdfDocument.cpp" line="340"/>
        <location filename="../core/export/PdfDocument.cpp" line="343"/>
        <source>%1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="90"/>
        <source>a rule needs one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="96"/>
        <source>&quot;%1&quot; needs a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="108"/>
        <source>&quot;%1&quot; is not a known fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="122"/>
        <source>attest needs a yes/no fact and &quot;expect&quot;: true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="127"/>
        <source>equals needs a text fact and a &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="132"/>
        <source>range needs a number fact and &quot;min&quot; or &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="136"/>
        <source>uln_multiple needs a lab fact and a positive &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="140"/>
        <source>within_days needs a date fact and whole-day &quot;min&quot; &lt;= &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="187"/>
        <source>is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="194"/>
        <source>has no protocol identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="203"/>
        <source>needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="207"/>
        <source>kind must be inclusion or exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="213"/>
        <source>needs an English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="221"/>
        <source>the protocol lists no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="237"/>
        <source>must be a grade from 1 to %1 of that scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="241"/>
        <source>must be who, ctcae or rtog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="249"/>
        <location filename="../core/clinical/Protocol.cpp" line="252"/>
        <source>must be a list of table names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="260"/>
        <source>%1 is critical already: every record of it is verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="265"/>
        <source>must be an object with the visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="274"/>
        <source>%1 grade &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="93"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="98"/>
        <source>%1
A reason is required: why is saved data being changed? (kept in the audit trail; Cancel keeps the data as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="90"/>
        <source>%1
Why is saved data being changed? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <location filename="../core/records/Queries.cpp" line="124"/>
        <source>query %1 is %2; it cannot be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="152"/>
        <source>I raise this query on the value recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="154"/>
        <source>I answer this query; any correction given is true to the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="156"/>
        <source>I close this query: the answer resolves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="157"/>
        <source>I re-open this query: the answer does not resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="163"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="165"/>
        <location filename="../core/records/Queries.cpp" line="215"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="167"/>
        <location filename="../core/records/Queries.cpp" line="247"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="186"/>
        <source>record %1/%2 belongs to another patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="188"/>
        <source>say what the query asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="217"/>
        <source>write the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="226"/>
        <source>a correction needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="259"/>
        <source>re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="261"/>
        <source>say why the query is re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Queries.cpp" line="275"/>
        <source>there is no query %1 at this site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryTargets</name>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="71"/>
        <source>%1 cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="80"/>
        <source>%1 is a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="86"/>
        <source>%1 is a number above 0, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="94"/>
        <source>%1 is yes or no, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="99"/>
        <source>%1 is a CTCAE grade from 1 to 5, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="104"/>
        <source>%1 is one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="107"/>
        <source>%1 cannot be corrected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="116"/>
        <source>resolution cannot come before onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="118"/>
        <source>a grade 5 event has the outcome fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="132"/>
        <source>&quot;%1&quot; is not a table that can be queried; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="142"/>
        <source>name a record as TABLE/ID, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="151"/>
        <source>there is no %1 record %2 at this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="163"/>
        <source>&quot;%1&quot; is not a field of %2; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="171"/>
        <source>this %1 record is %2: correct it with its own correction, which keeps what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="184"/>
        <source>%1 of %2 cannot be corrected in answer to a query; correct it where it is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/QueryTargets.cpp" line="198"/>
        <source>records of %1 cannot be corrected in answer to a query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Radiotherapy</name>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="160"/>
        <source>the total dose must be above 0 and at most 200 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="162"/>
        <source>the number of fractions must be 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="164"/>
        <source>the dose per fraction must be above 0 and at most 30 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="167"/>
        <source>%1 fractions of %2 Gy make %3 Gy, not the planned %4 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="171"/>
        <source>the start date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="173"/>
        <source>choose at least one treatment weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="175"/>
        <source>name the concurrent chemotherapy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="108"/>
        <source>record the radiotherapy plan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="255"/>
        <source>a fraction needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="53"/>
        <location filename="../core/records/Radiotherapy.cpp" line="257"/>
        <source>%1 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="259"/>
        <source>%1 is before the plan starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="263"/>
        <source>a delivered fraction needs a dose above 0 and at most 30 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="265"/>
        <source>say why the fraction was missed or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="279"/>
        <source>fraction %1 was delivered on %2; void it first if it was recorded in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="282"/>
        <source>%1 is recorded as a missed or held day; void that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="285"/>
        <source>%1 is already recorded as missed or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="289"/>
        <source>all %1 planned fractions are already delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="310"/>
        <source>fraction %1 was already delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="334"/>
        <source>%1 is not on treatment (%2): no fraction can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="349"/>
        <source>No date is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="351"/>
        <source>The plan starts on %1, after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="353"/>
        <source>%1 is not one of the plan&apos;s treatment days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="356"/>
        <source>%1 is a holiday of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="357"/>
        <source>%1 is a holiday of the site (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="365"/>
        <source>say why the fraction is voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="370"/>
        <source>this fraction is already voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="376"/>
        <source>only the latest delivered fraction (%1) can be voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="17"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="29"/>
        <source>the first line must name the columns date, fraction and dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="448"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="40"/>
        <source>has %1 columns, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="50"/>
        <source>date &quot;%1&quot; is not a calendar date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="51"/>
        <source>fraction number &quot;%1&quot; is not between 1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="52"/>
        <source>dose &quot;%1&quot; is not a dose above 0 and at most 30 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/FractionCsv.cpp" line="54"/>
        <source>%1 is before the plan starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="436"/>
        <source>fraction %1 is already recorded on %2 with %3 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Radiotherapy.cpp" line="474"/>
        <source>a holiday needs a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RandomizationReserve</name>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="28"/>
        <source>the central site&apos;s reserve came without a valid sealing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="39"/>
        <source>the central site sent a reserve entry without stratum, sequence or seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="89"/>
        <source>A reserve entry is opened only inside the randomize action&apos;s transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="103"/>
        <source>This device is not enrolled with the trial&apos;s central site, which allocates the arms, and holds no reserve for stratum %1: nothing was allocated. An administrator enrols it (mucotrack-cli sync enroll) to randomize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="106"/>
        <source>The central site cannot be reached and this device&apos;s reserve for stratum %1 is empty: nothing was allocated. Randomize when the device is online, or sync to refill the reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RandomizationReserve.cpp" line="116"/>
        <source>Reserve entry %1 #%2 does not open as the central site issued it (altered, moved or from another device); nothing was allocated. Tell the central site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randomizations</name>
    <message>
        <location filename="../core/records/Randomizations.cpp" line="50"/>
        <source>I randomize this patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Randomize</name>
    <message>
        <location filename="../core/records/Randomize.cpp" line="33"/>
        <source>%1 decides the stratum: record it first (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="61"/>
        <source>%1 (%2) may not randomize a patient: coordinators and investigators randomize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="76"/>
        <source>The password is wrong; nothing was allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="85"/>
        <source>%1 is already randomized (%2, %3 #%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="96"/>
        <source>%1 is not enrolled: only a patient with a signed eligible screening is randomized (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Randomize.cpp" line="113"/>
        <source>The central site&apos;s allocation is not one this device can record (stratum %1, arm %2); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RandomizeClient</name>
    <message>
        <location filename="../core/sync/RandomizeClient.cpp" line="41"/>
        <source>The central site refused to randomize: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/RandomizeClient.cpp" line="43"/>
        <source>the central site refused to randomize: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSignature</name>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="202"/>
        <source>%1 record %2 was signed as it was made, and its %3 is no longer what the audit trail recorded then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="213"/>
        <source>%1 record %2 was signed here as it was made, and now names %3, who holds no key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="236"/>
        <source>the signature of %1 on %2 record %3 does not match what was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordSignature.cpp" line="246"/>
        <source>%1 record %2 was signed as it was made and is gone, with no deletion in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="422"/>
        <source>is not a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="99"/>
        <source>no %1 record has the id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="65"/>
        <source>A change to %1 was attempted outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="122"/>
        <source>names someone other than the one signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="185"/>
        <source>a reason is required to change saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="243"/>
        <source>a reason is required to delete a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="393"/>
        <source>a reason is required to resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/RecordStore.cpp" line="439"/>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="40"/>
        <source>not randomized (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="54"/>
        <source>randomized, no signed graded visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/EndpointAnalysis.cpp" line="55"/>
        <source>randomized, no signed graded visit on or after the day of randomization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="39"/>
        <location filename="../ui/admin/ReportsMenu.cpp" line="41"/>
        <source>Reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="64"/>
        <source>Print casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="71"/>
        <source>Wrote the casebook of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="81"/>
        <source>CDISC &amp;ODM 1.3.2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="85"/>
        <source>Export CDISC ODM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="93"/>
        <source>Writing the ODM export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="107"/>
        <source>Exported %1 subjects to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="109"/>
        <source>&amp;CSV (one file per domain)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="113"/>
        <source>Export CSV into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="121"/>
        <source>Wrote %1 files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="123"/>
        <source>&amp;Primary endpoint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="127"/>
        <source>&amp;DMC report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="131"/>
        <source>Save the DMC report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReportsMenu.cpp" line="140"/>
        <source>Wrote the DMC report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../core/security/Roles.cpp" line="69"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="70"/>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="71"/>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="72"/>
        <source>Study coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="73"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="81"/>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="82"/>
        <source>change site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="83"/>
        <source>view patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="84"/>
        <source>see patients&apos; names and record numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="85"/>
        <source>add patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="86"/>
        <source>change patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="87"/>
        <source>screen patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="88"/>
        <source>sign an eligibility decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="89"/>
        <source>randomize a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="90"/>
        <source>enter lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="91"/>
        <source>record radiotherapy fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="92"/>
        <source>change the radiotherapy prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="93"/>
        <source>record mucositis findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="94"/>
        <source>sign a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="95"/>
        <source>record study-drug doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="96"/>
        <source>record adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="97"/>
        <source>resolve sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="98"/>
        <source>verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="99"/>
        <source>configure the central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="100"/>
        <source>synchronise with the central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="101"/>
        <source>raise, close or re-open a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="102"/>
        <source>answer a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="103"/>
        <source>mark a record verified against the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Roles.cpp" line="120"/>
        <source>&quot;%1&quot; is not a role; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../core/records/Schedule.cpp" line="117"/>
        <source>labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="119"/>
        <source>signed grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="126"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="127"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="128"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="129"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="138"/>
        <source>%1 (recorded, to sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Schedule.cpp" line="149"/>
        <source>%1 (week %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenings</name>
    <message>
        <location filename="../core/records/Screenings.cpp" line="36"/>
        <source>I have reviewed every inclusion and exclusion criterion and confirm this eligibility decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="109"/>
        <source> (entered %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="110"/>
        <source>%1 %2 %3%4, collected %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="139"/>
        <source>the patient&apos;s status is %1: the signed screening stands, and no other screening can be saved or signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="203"/>
        <source>&quot;%1&quot; is not a decision; use eligible or ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="206"/>
        <source>no screening has been submitted for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="209"/>
        <source>the latest screening (%1) is already signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="211"/>
        <source>the latest evaluation is incomplete: answer every criterion first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="213"/>
        <source>%1 contradicts the latest evaluation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="225"/>
        <source>no screening has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="230"/>
        <source>this screening is already signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="232"/>
        <source>an incomplete screening cannot be signed: answer every criterion first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="241"/>
        <source>a screening saved after this one supersedes it: sign the patient&apos;s latest screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="249"/>
        <source>Signed eligibility decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="250"/>
        <source>Signed eligibility decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/Screenings.cpp" line="260"/>
        <source>The signed screening could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SdvSamplePlan</name>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="20"/>
        <source>must be a whole percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="45"/>
        <location filename="../core/clinical/SdvSample.cpp" line="48"/>
        <source>must be a list of table names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="61"/>
        <source>must map site codes to percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/SdvSample.cpp" line="65"/>
        <source>&quot;%1&quot; is not a site code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedKeys</name>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="44"/>
        <source>The audit trail is broken at row %1 (%2); no key is sealed to anyone until it is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="110"/>
        <source>patients&apos; identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="112"/>
        <source>the sync token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="226"/>
        <source>The key of %1 registered in the audit trail is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="245"/>
        <source>The audit trail is broken at row %1 (%2); no key is made for %3 until it is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SealedKeys.cpp" line="248"/>
        <source>No account holds the key to %1 any more. Restore the site from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedMrnQuestion</name>
    <message>
        <location filename="../ui/SharedMrnQuestion.cpp" line="24"/>
        <source>Medical record number in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SharedMrnQuestion.cpp" line="25"/>
        <source>The medical record number %1 already belongs to %2. Save this patient with the same number?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteBackup</name>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="33"/>
        <location filename="../core/security/SiteBackup.cpp" line="36"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="48"/>
        <source>starting a backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="58"/>
        <location filename="../core/security/SiteBackup.cpp" line="60"/>
        <source>copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="84"/>
        <source>%1 is not an existing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="99"/>
        <source>The key file %1 is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="144"/>
        <source>The backup %1 could not be put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="158"/>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="160"/>
        <source>The backup %1 has no key file beside it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="164"/>
        <source>The key file of the backup %1 has been altered or is not sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="169"/>
        <source>The backup %1 could not be copied to a temporary folder to be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="176"/>
        <source>The backup %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="182"/>
        <source>The key file of the backup %1 is older than its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="193"/>
        <source>%1 already exists; a restore never overwrites a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="196"/>
        <source>The backup %1 is not restored: its audit trail is broken at row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="202"/>
        <source>The backup could not be copied to %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="211"/>
        <source>The backup could not be written to %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteBackup.cpp" line="221"/>
        <source>The restored database could not be put at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteVault</name>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="190"/>
        <source>a password needs at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="198"/>
        <source>a user name is 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="206"/>
        <source>a site code is 2 to 10 capital letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="231"/>
        <location filename="../core/security/SiteVault.cpp" line="611"/>
        <source>a real site&apos;s key slots need at least the standard Argon2id cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="233"/>
        <source>%1 already exists; choose a new path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="235"/>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="311"/>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="322"/>
        <source>The site database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="335"/>
        <source>Too many failed sign-ins for %1; wait %2 seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="349"/>
        <location filename="../core/security/SiteVault.cpp" line="355"/>
        <location filename="../core/security/SiteVault.cpp" line="401"/>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="406"/>
        <source>The key file %1 has been altered (%2). Sign-in is refused and this was recorded in the audit trail; put back the key file that belongs with this database, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="409"/>
        <source>The key file %1 has been altered (%2). Sign-in is refused, and the next sign-in records this in the audit trail; put back the key file that belongs with this database, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="415"/>
        <source>its seal does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="424"/>
        <source>its seal does not match its content: it was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="426"/>
        <source>it is not sealed, but the database expects generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="428"/>
        <source>it is generation %1, older than the generation %2 the database recorded: an old copy was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="431"/>
        <source>its cipher settings are not the ones the database recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="437"/>
        <source>the key slot of %1 is below the standard Argon2id cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="446"/>
        <source>the key slot of %1 holds a signing key the audit trail did not register for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="479"/>
        <source>The account %1 is not active at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="482"/>
        <source>The account %1 has an unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="619"/>
        <source>Your account has no signing key yet; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="648"/>
        <source>The key file of %1 has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SiteVault.cpp" line="651"/>
        <source>The recovery key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceVerification</name>
    <message>
        <location filename="../core/records/SourceVerification.cpp" line="88"/>
        <source>I have verified every value of this record against the source document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyDrug</name>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="71"/>
        <source>a dose is after breakfast, lunch or dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="73"/>
        <source>a dose cannot be recorded for a future day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="80"/>
        <source>the patient is in the control arm, which receives no study drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="110"/>
        <source>say why the dose is cleared (recorded in error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/StudyDrug.cpp" line="114"/>
        <source>no dose is recorded for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectBlocks</name>
    <message>
        <location filename="../core/central/SubjectBlocks.cpp" line="73"/>
        <source>must be the number of blocks the device holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/central/SubjectBlocks.cpp" line="75"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectNumbers</name>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="57"/>
        <source>must be a list of [first, last] pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="67"/>
        <source>must be [first, last], whole numbers from 1, after the block before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/records/SubjectNumbers.cpp" line="78"/>
        <source>granted by the central site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="144"/>
        <source>The central site&apos;s answer was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="46"/>
        <source>&quot;%1&quot; is not an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="53"/>
        <source>the central site must be reached over https (plain http only to this computer, for tests): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="71"/>
        <source>This computer&apos;s TLS library offers no forward-secret cipher suite (TLS 1.3, or TLS 1.2 with ECDHE or DHE); update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="84"/>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="136"/>
        <source>the central site answered with a redirect (HTTP %1 to %2), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="246"/>
        <source>The central site no longer accepts this device&apos;s token (%1). Someone who kept a copy of it may have replaced it: ask the central site&apos;s operator to revoke device %2, then enrol this device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="263"/>
        <source>The central site took the device&apos;s new token, which could not be stored yet (%1); it is stored at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="271"/>
        <source>This device&apos;s enrolment changed in another program during the sync; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="445"/>
        <source>The central site acknowledged none of the %n change(s) sent; they stay in the outbox. Ask the central site&apos;s operator to look at it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="557"/>
        <source>The central site cannot be used safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="574"/>
        <source>The central site cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="588"/>
        <source>The central site refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="33"/>
        <source>the central site sent a conflict on an unknown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="94"/>
        <source>this record is signed: that value would change what was signed. Choose the value the record holds; to change it, correct the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="107"/>
        <source>No central site is configured: enroll this device first (sync enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="123"/>
        <source>The DEMO site holds synthetic patients for training: it is never enrolled with a trial&apos;s central site. Enrol a site database of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="138"/>
        <source>This database belongs to a monitor&apos;s device: it can be enrolled with a monitor&apos;s code only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="142"/>
        <source>a monitor&apos;s device starts from a database without records; this one holds a site&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="146"/>
        <source>Enrolled as a monitor&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="405"/>
        <source>unknown table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="407"/>
        <source>a reason is required to resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="413"/>
        <source>this change could not be applied here; record what is missing first, then sync again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="428"/>
        <source>no open conflict has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncToken</name>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="60"/>
        <source>The stored sync token is in clear and the audit trail is broken at row %1 (%2): it is not used until the trail is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="63"/>
        <source>The stored sync token is in clear, but this device encrypts it: it was replaced outside MucoTrack. Enrol the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="168"/>
        <source>No account holds this device&apos;s sync key any more: an administrator must enrol the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="170"/>
        <source>Your account holds no copy of this device&apos;s sync key: it is sealed to an account when an account that holds it signs in, if the audit trail gives the account a role that may sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="176"/>
        <source>The stored sync token does not open: it, the central site&apos;s address, the device id or the certificate was changed outside MucoTrack. Enrol the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="186"/>
        <location filename="../core/security/SyncToken.cpp" line="238"/>
        <source>The audit trail does not give your account a role that may sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/SyncToken.cpp" line="231"/>
        <source>This device holds no sync token to replace; enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDates</name>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="17"/>
        <source>the visit needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="19"/>
        <source>%1 is in the future (today is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="21"/>
        <source>%1 is before the patient&apos;s birth date, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="23"/>
        <source>%1 is before the patient&apos;s screening and consent, %2; no trial visit precedes consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinical/VisitDates.cpp" line="26"/>
        <source>%1 is more than %n day(s) before radiotherapy starts (%2): a baseline visit is at most %n day(s) before the start</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitDates.cpp" line="30"/>
        <source>%1 is after the patient&apos;s participation ended, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSchedule</name>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="38"/>
        <source>must list the visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="47"/>
        <source>must be a short lower-case identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="49"/>
        <source>is used by another visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="54"/>
        <source>must give the visit&apos;s English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="61"/>
        <source>must be rt_start or rt_end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="64"/>
        <source>must be a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="72"/>
        <source>must be [days before (0 or less), days after (0 or more)]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="80"/>
        <source>must be a whole number of days longer than the window, from rt_start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/VisitSchedule.cpp" line="86"/>
        <location filename="../core/clinical/VisitSchedule.cpp" line="90"/>
        <source>must list labs or grade, each once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="21"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="31"/>
        <location filename="../core/clinical/JsonFields.cpp" line="96"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="31"/>
        <location filename="../core/clinical/DoseJson.cpp" line="39"/>
        <location filename="../core/clinical/DoseJson.cpp" line="41"/>
        <location filename="../core/clinical/DoseJson.cpp" line="45"/>
        <location filename="../core/clinical/DoseJson.cpp" line="78"/>
        <location filename="../core/clinical/DoseJson.cpp" line="104"/>
        <location filename="../core/clinical/GradingJson.cpp" line="58"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="43"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="60"/>
        <source>must be an ISO weekday number from 1 (Monday) to 7 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="62"/>
        <source>repeats weekday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="100"/>
        <source>must be an object with date, dose_gy and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/DoseJson.cpp" line="113"/>
        <source>is required: delivered, missed or held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="28"/>
        <source>is required by this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="63"/>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="81"/>
        <source>unknown OMAS site; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="90"/>
        <source>must be an object with ulceration and erythema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/GradingJson.cpp" line="111"/>
        <source>&quot;%1&quot; is not a scale; use who, ctcae, rtog or omas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="79"/>
        <source>is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="95"/>
        <source>is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/StrictJson.cpp" line="97"/>
        <source>must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="19"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="29"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="39"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="42"/>
        <source>is not a usable number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="52"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="63"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="71"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/JsonFields.cpp" line="75"/>
        <source>&quot;%1&quot; is not a calendar date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="29"/>
        <source>Welcome to MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="30"/>
        <source>No site database is set up on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="31"/>
        <source>Set up a new site, open an existing site database, or try the DEMO site with synthetic patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="32"/>
        <source>Set up a &amp;new site...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="33"/>
        <source>&amp;Open a site database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="34"/>
        <source>Open the &amp;DEMO site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="44"/>
        <source>Open a site database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="45"/>
        <source>MucoTrack site database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="92"/>
        <source>MucoTrack desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="88"/>
        <source>Open the DEMO site (synthetic patients; created if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="89"/>
        <source>Open the site database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="150"/>
        <location filename="../app/desktop/main.cpp" line="159"/>
        <source>MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="157"/>
        <source>The site database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::AtomicFile</name>
    <message>
        <location filename="../core/common/AtomicFile.cpp" line="18"/>
        <source>%1 cannot be written (%2); the previous version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Facts</name>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="30"/>
        <source>Histologically or cytologically confirmed head and neck malignancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="31"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="31"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="32"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="33"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="34"/>
        <source>Radiotherapy intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="35"/>
        <source>Planned total dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="36"/>
        <source>Fields include the oral cavity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="37"/>
        <source>Fields include the oropharynx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="38"/>
        <source>ECOG performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="39"/>
        <source>Life expectancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="39"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="40"/>
        <source>WBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="41"/>
        <source>Hemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="42"/>
        <source>Platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="43"/>
        <source>ALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="44"/>
        <source>AST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="45"/>
        <source>Total bilirubin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="46"/>
        <source>Creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="47"/>
        <source>Creatinine clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="48"/>
        <source>Clinically significant ECG abnormality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="49"/>
        <source>Oral mucosa intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="50"/>
        <source>Active oral infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="51"/>
        <source>Severe periodontal disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="52"/>
        <source>Informed consent signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="53"/>
        <source>Previous head and neck radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="54"/>
        <source>Last head and neck surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="55"/>
        <source>In another clinical trial now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="56"/>
        <source>Last other interventional study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="57"/>
        <source>Significant cardiovascular disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="58"/>
        <source>Cirrhosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="59"/>
        <source>Chronic renal insufficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="60"/>
        <source>Active systemic infection on antimicrobials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="61"/>
        <source>Autoimmune disease on immunosuppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="62"/>
        <source>Severe psychiatric disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="63"/>
        <source>Mucosal protectant or anti-inflammatory that cannot be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="64"/>
        <source>Long-term immunosuppressants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="65"/>
        <source>Long-term corticosteroid (prednisone equivalent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="65"/>
        <source>mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="66"/>
        <source>Unable to comprehend or comply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="67"/>
        <source>Investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="173"/>
        <source>radical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="174"/>
        <source>palliative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="175"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Protocol.cpp" line="176"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Grading</name>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="132"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="133"/>
        <source>Oral soreness, erythema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="134"/>
        <source>Oral erythema, ulcers, solid diet tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="135"/>
        <source>Oral ulcers, liquid diet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="136"/>
        <source>Oral alimentation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="138"/>
        <source>No mucositis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="139"/>
        <source>Asymptomatic or mild symptoms; intervention not indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="140"/>
        <source>Moderate pain or ulcer that does not interfere with oral intake; modified diet indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="141"/>
        <source>Severe pain; interfering with oral intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="142"/>
        <source>Life-threatening consequences; urgent intervention indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="143"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="145"/>
        <source>No change over baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="146"/>
        <source>Irritation / may experience mild pain not requiring analgesic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="147"/>
        <source>Patchy mucositis that may produce an inflammatory serosanguinous discharge / may experience moderate pain requiring analgesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="148"/>
        <source>Confluent fibrinous mucositis / may include severe pain requiring narcotic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="149"/>
        <source>Ulceration, hemorrhage or necrosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="150"/>
        <source>Death directly related to radiation effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="174"/>
        <source>Upper lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="174"/>
        <source>Lower lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="175"/>
        <source>Right cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="175"/>
        <source>Left cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="176"/>
        <source>Right ventral and lateral tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="177"/>
        <source>Left ventral and lateral tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="178"/>
        <source>Floor of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="178"/>
        <source>Soft palate/fauces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/Grading.cpp" line="179"/>
        <source>Hard palate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Kdf</name>
    <message>
        <location filename="../core/security/Kdf.cpp" line="21"/>
        <source>A key slot has a malformed salt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Kdf.cpp" line="29"/>
        <source>Not enough memory to derive the key (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Labs</name>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="61"/>
        <source>WBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="62"/>
        <source>Hemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="63"/>
        <source>Platelets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="64"/>
        <source>Neutrophils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="65"/>
        <source>ALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="66"/>
        <source>AST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="67"/>
        <source>Total bilirubin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="68"/>
        <source>Creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/LabUnits.cpp" line="69"/>
        <source>Creatinine clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="289"/>
        <source>The schema version of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="291"/>
        <source>%1 was written by a newer MucoTrack (schema %2, this program knows %3); update MucoTrack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::Session</name>
    <message>
        <location filename="../core/security/Session.cpp" line="21"/>
        <source>This is a monitor&apos;s device: nobody may %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="22"/>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="32"/>
        <source>The key file has been altered; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="35"/>
        <source>Your key slot is missing; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="39"/>
        <source>the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="45"/>
        <source>Your password was reset since you signed in; sign in again to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Session.cpp" line="85"/>
        <source>The device&apos;s scope is set by its enrolment with the central site only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="327"/>
        <source>The central site holds no key of yours it can check this device&apos;s audit trail against, so the trail was not anchored there: history rewritten on this device would not be noticed. An administrator enrols this device again (sync enroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/SyncClient.cpp" line="386"/>
        <source>The central site did not take %n key certificate(s) from this device, so signatures made with those keys will be refused there. An administrator enrols this device again (sync enroll).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>muco::json</name>
    <message>
        <location filename="../core/clinical/EligibilityJson.cpp" line="40"/>
        <source>must be an object with value and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinical/EligibilityJson.cpp" line="47"/>
        <location filename="../core/clinical/EligibilityJson.cpp" line="49"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AccountListModel</name>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="38"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="38"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="50"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="51"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AccountListModel.cpp" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="29"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="40"/>
        <source>Choose a role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="54"/>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="56"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="57"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="58"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="59"/>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="60"/>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="67"/>
        <source>Reset pass&amp;word...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="70"/>
        <source>Change r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="75"/>
        <source>&amp;Deactivate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="77"/>
        <source>Staff who leave: the account is kept, with everything it did, but can no longer sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="81"/>
        <source>Selected account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="159"/>
        <source>Role of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="162"/>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="170"/>
        <source>Deactivate the account %1 (it is kept, but can no longer sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="176"/>
        <source>The account %1 was deactivated. This device&apos;s sync token is replaced at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="177"/>
        <source>The account %1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="184"/>
        <source>choose the new account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="125"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="126"/>
        <source>New password for %1 (10 characters or more; tell it to them in person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AccountsDialog.cpp" line="133"/>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AddPatientDialog</name>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="19"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="27"/>
        <source>Allocated automatically (%1-NNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="28"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="30"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="31"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="32"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="38"/>
        <source>&amp;Subject ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="39"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="40"/>
        <source>&amp;Medical record number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="41"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="42"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="43"/>
        <source>S&amp;ex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="45"/>
        <source>Name, record number and phone stay at this site. The central site only ever sees the subject ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddPatientDialog.cpp" line="58"/>
        <source>Required: name or medical record number, birth date and sex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AdverseEventListModel</name>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="76"/>
        <source>This event has a data query that is not closed: see the Queries tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="78"/>
        <source>CTCAE v%1, MedDRA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="83"/>
        <source>Draft: confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="83"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="86"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="89"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="90"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="90"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="104"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="105"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="106"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="107"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="108"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="109"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="110"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AdverseEventListModel.cpp" line="111"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AdverseEventsTab</name>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="50"/>
        <source>Resolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="50"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="52"/>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="198"/>
        <source>&amp;Save event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="78"/>
        <source>Type part of a CTCAE v5.0 term, e.g. mucositis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="90"/>
        <source>Describe the event in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="119"/>
        <source>Relation to stud&amp;y drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="120"/>
        <source>Action ta&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="109"/>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="77"/>
        <source>CTCAE v5.0 term, e.g. mucositis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="89"/>
        <source>The event in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="103"/>
        <source>enter the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="112"/>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="113"/>
        <source>S&amp;pecify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="114"/>
        <source>&amp;Grade (CTCAE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="116"/>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="117"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="121"/>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="125"/>
        <source>&amp;New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="150"/>
        <source>No adverse events recorded for this patient. A signed oral mucositis grade of 3 or more drafts one here for the investigator to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="151"/>
        <source>The adverse events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="173"/>
        <source>Not a CTCAE v5.0 term yet: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="177"/>
        <source>CTCAE v5.0 has no grade %1 for this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="178"/>
        <source>MedDRA %1 · grade %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="230"/>
        <source>&amp;Confirm event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="230"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="250"/>
        <source>enter the date it resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="266"/>
        <source>A recorded adverse event is being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/AdverseEventsTab.cpp" line="289"/>
        <source>The adverse event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AuditTrailDialog</name>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="42"/>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="45"/>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="211"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="54"/>
        <source>Values, reasons, record IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="62"/>
        <source>All patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="69"/>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="72"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="101"/>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="102"/>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="103"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="104"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="105"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="118"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="120"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="159"/>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="173"/>
        <source>The audit trail could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="178"/>
        <source>The audit trail is intact: %1 rows, each chained to the one before; %2 signed by their author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="182"/>
        <source>The audit trail is BROKEN at row %1: %2. Rows from there on cannot be trusted; tell the trial&apos;s data manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="198"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditTrailDialog.cpp" line="211"/>
        <source>The file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::AuditTrailModel</name>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="14"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="15"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="16"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="17"/>
        <source>Received by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="18"/>
        <source>Changed by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="19"/>
        <source>Sync conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="20"/>
        <source>Unapplied change dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="21"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="22"/>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="23"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="24"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="25"/>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="26"/>
        <source>Signing key registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="27"/>
        <source>Site created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="28"/>
        <source>Device enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="29"/>
        <source>Sync token encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="30"/>
        <source>Sync token replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="31"/>
        <source>Backup created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="32"/>
        <source>Randomization reserve received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="33"/>
        <source>Randomization reserve entry opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="71"/>
        <source>%1 %2</source>
        <comment>record kind, its date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="74"/>
        <source>fraction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="75"/>
        <source>%1, %2</source>
        <comment>record kind and date, which dose or fraction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="89"/>
        <source>Signed by its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="89"/>
        <source>Not signed (written before this account had a signing key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="112"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="113"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="114"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="115"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="116"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="117"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="118"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="119"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="120"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="121"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::BackupDialog</name>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="22"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="24"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="27"/>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="32"/>
        <source> backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="34"/>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="35"/>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="44"/>
        <source>Back up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="47"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="48"/>
        <source>Back up &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="52"/>
        <source>The patients&apos; identities exist only at this site: a backup on another disk is the only copy if this computer is lost. Backups are encrypted; the recovery key opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="63"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="73"/>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="98"/>
        <source>Backups go to a folder beside the database until you choose another: that protects against a damaged file, not against a lost computer. Choose a folder on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="103"/>
        <source>Last backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="104"/>
        <source>No backup has been taken on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupDialog.cpp" line="106"/>
        <source>The last scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::BackupTimer</name>
    <message>
        <location filename="../ui/BackupTimer.cpp" line="32"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BackupTimer.cpp" line="34"/>
        <source>The scheduled backup failed: %1 (Administration &gt; Backups)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::CodeLabels</name>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="17"/>
        <source>Unrelated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="18"/>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="19"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="20"/>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="21"/>
        <source>Definite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="24"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="25"/>
        <source>Dose reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="26"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="27"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="30"/>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="31"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="32"/>
        <source>Recovered with sequelae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="33"/>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="34"/>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="35"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="38"/>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="39"/>
        <source>screen failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="40"/>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="43"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="44"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="45"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="46"/>
        <source>Superseded by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="49"/>
        <location filename="../ui/CodeLabels.cpp" line="152"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="50"/>
        <source>Patient identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="51"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="52"/>
        <source>Mucositis grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="53"/>
        <source>Radiotherapy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="54"/>
        <source>Radiotherapy fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="55"/>
        <source>Lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="56"/>
        <source>Study drug dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="57"/>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="58"/>
        <source>Randomization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="59"/>
        <location filename="../ui/CodeLabels.cpp" line="153"/>
        <source>Data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="60"/>
        <source>Data query step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="61"/>
        <source>Source verification mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="62"/>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="65"/>
        <source>Whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="66"/>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="67"/>
        <source>Registered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="68"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="69"/>
        <source>Examination findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="70"/>
        <source>OMAS erythema total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="71"/>
        <source>OMAS sites scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="72"/>
        <source>OMAS ulceration total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="73"/>
        <source>Allocation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="74"/>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="75"/>
        <source>Graded at visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="76"/>
        <source>Subject number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="77"/>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="78"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="79"/>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="80"/>
        <source>α/β (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="81"/>
        <location filename="../ui/CodeLabels.cpp" line="95"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="82"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="83"/>
        <source>Radiotherapy intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="84"/>
        <source>Lower limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="86"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="87"/>
        <source>Site code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="88"/>
        <location filename="../ui/CodeLabels.cpp" line="143"/>
        <source>Treatment days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="89"/>
        <source>Upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="90"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="91"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="92"/>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="93"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="94"/>
        <source>Chemotherapy agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="96"/>
        <source>Concurrent chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="97"/>
        <source>Reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="98"/>
        <source>CTCAE grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="99"/>
        <source>Cumulative dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="100"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="101"/>
        <source>Dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="102"/>
        <source>Dose per fraction (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="103"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="104"/>
        <source>Fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="105"/>
        <source>Fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="106"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="107"/>
        <source>Screening answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="108"/>
        <source>Medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="109"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="110"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="111"/>
        <source>OMAS mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="112"/>
        <source>OMAS total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="113"/>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="114"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="115"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="116"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="117"/>
        <source>PRO interference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="118"/>
        <source>PRO severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="119"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="120"/>
        <source>Relation to study drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="121"/>
        <source>Resolution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="122"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="123"/>
        <source>RTOG grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="124"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="125"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="126"/>
        <source>SI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="127"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="128"/>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="129"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="130"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="131"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="132"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="134"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="135"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="136"/>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="137"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="138"/>
        <source>Total dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="139"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="140"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="141"/>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="142"/>
        <source>Volume (mL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="144"/>
        <source>WHO grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="145"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="146"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="147"/>
        <source>Author&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="148"/>
        <source>Corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="149"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="150"/>
        <source>Fingerprint of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="151"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="154"/>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="155"/>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="156"/>
        <source>Meaning of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="157"/>
        <source>Step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="158"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="159"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="160"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="161"/>
        <source>Value when raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="162"/>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="163"/>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="164"/>
        <source>Allocated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="165"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="166"/>
        <source>CTCAE version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="167"/>
        <source>MedDRA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="168"/>
        <source>Oral cavity in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="169"/>
        <source>Oropharynx in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="170"/>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="171"/>
        <source>Reason for status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="172"/>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="173"/>
        <source>Term specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="176"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="177"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="180"/>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="181"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="182"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="183"/>
        <source>re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="187"/>
        <source>Experimental (exosome spray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="188"/>
        <source>Control (no intervention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="191"/>
        <source>Central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="192"/>
        <source>Sealed reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="193"/>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="194"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="197"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="198"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="201"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="202"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="203"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="206"/>
        <source>After breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="207"/>
        <source>After lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="208"/>
        <source>After dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CodeLabels.cpp" line="285"/>
        <source>%1: %2</source>
        <comment>field label: why</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ConflictListModel</name>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="20"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="22"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="22"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="54"/>
        <source>(unknown record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="60"/>
        <source>%1, %2</source>
        <comment>who, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="71"/>
        <source>Subject ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="72"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="73"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="74"/>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="75"/>
        <source>Central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="76"/>
        <source>Changed here by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConflictListModel.cpp" line="77"/>
        <source>Central change seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ConflictsDialog</name>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="21"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="28"/>
        <source>Keep &amp;this device&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="29"/>
        <source>Take the &amp;central value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="57"/>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="59"/>
        <source>No sync conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="61"/>
        <source>The same field was changed on this device and elsewhere before they synchronised. Nothing was overwritten; choose the right value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="78"/>
        <source>A sync conflict is being resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ConflictsDialog.cpp" line="83"/>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::DrugDiaryModel</name>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="46"/>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="49"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="50"/>
        <source>Recorded as not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DrugDiaryModel.cpp" line="51"/>
        <source>Not documented yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::EligibilityChecklistModel</name>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="43"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="69"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EligibilityChecklistModel.cpp" line="71"/>
        <source>Values used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::EndpointExclusionModel</name>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="91"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="92"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::EndpointResultModel</name>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="15"/>
        <source>%1 (%2 to %3)</source>
        <comment>an estimate and its 95% confidence interval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="37"/>
        <source> (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="42"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="45"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="46"/>
        <location filename="../ui/models/EndpointResultModels.cpp" line="47"/>
        <source>not estimable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="57"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="58"/>
        <source>Experimental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="59"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="60"/>
        <source>Risk difference (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="61"/>
        <source>Relative risk (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="62"/>
        <source>Fisher p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/EndpointResultModels.cpp" line="63"/>
        <source>CMH p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::FractionLogModel</name>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="65"/>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="67"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="67"/>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="79"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="81"/>
        <source>Dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="83"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/FractionLogModel.cpp" line="84"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::GradingWizard</name>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="38"/>
        <source>%1: grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="76"/>
        <source>&amp;Save and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="76"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="118"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Liquid diet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="120"/>
        <source>Life-threatening consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="121"/>
        <source>Urgent intervention indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="122"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="129"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="407"/>
        <source>Visit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="131"/>
        <source>Mucosa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="136"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="413"/>
        <source>&amp;Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="137"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="414"/>
        <source>&amp;Analgesia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="138"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="419"/>
        <source>Severe signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="154"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="429"/>
        <source>OMAS sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="96"/>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="53"/>
        <source>Grade oral mucositis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="97"/>
        <source>Record what you see and what the patient reports, once; every scale is derived from it. Ulceration is scored at the OMAS sites on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="113"/>
        <source>&amp;Soreness reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="114"/>
        <source>&amp;Erythema seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>No pseudomembranes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Erythematous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Patchy pseudomembranes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="115"/>
        <source>Confluent (fibrinous) pseudomembranes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="116"/>
        <source>Deep ulceration, hemorrhage or necrosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Normal solid diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Soft or modified diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="117"/>
        <source>Nothing by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>Non-opioid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="119"/>
        <source>Opioid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="133"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="410"/>
        <source>Appea&amp;rance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="135"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="412"/>
        <source>D&amp;iet tolerated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="155"/>
        <source>All nine sites are examined and score 0 until you enter a score. Ulceration/pseudomembrane: 0 none, 1 &lt; 1 cm², 2 1-3 cm², 3 &gt; 3 cm². Erythema: 0 none, 1 not severe, 2 severe. Tick &quot;Not assessable&quot; only for a site you could not examine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="157"/>
        <source>&lt;b&gt;Site&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="158"/>
        <source>&lt;b&gt;Ulceration&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="159"/>
        <source>&lt;b&gt;Erythema&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="160"/>
        <source>&lt;b&gt;Not assessable&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="172"/>
        <source>%1 not assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="194"/>
        <source>Patient-reported (PRO-CTCAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="195"/>
        <source>Ask the patient and record the patient&apos;s own answer: the digit of the answer (0 for the first) answers and moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="197"/>
        <location filename="../ui/workspace/GradingWizard.cpp" line="199"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="224"/>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="232"/>
        <source>&lt;b&gt;Meaning of the signature:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="235"/>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="243"/>
        <source>You may record the findings; an investigator signs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="289"/>
        <source>Correct a signed assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="294"/>
        <source>&lt;p style=&apos;background:#fff3cd; color:#000; padding:4px&apos;&gt;&lt;b&gt;Replaces the signed grades of %1:&lt;/b&gt; %2 %3, %4 %5, %6 %7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="405"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="405"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="406"/>
        <source>&lt;h3&gt;Findings&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="419"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="427"/>
        <source>%1 (ulceration %2, erythema %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="429"/>
        <source>every site examined scored 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="431"/>
        <source>Not assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="336"/>
        <source>Started from the visit of %1: check each finding and change what differs today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="372"/>
        <source>&lt;p&gt;&lt;small&gt;Primary endpoint scale (%1)&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="373"/>
        <source>&lt;p&gt;&lt;small&gt;Secondary&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="375"/>
        <source>&lt;h3&gt;Derived grades&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="380"/>
        <source>&lt;p&gt;&lt;b&gt;OMAS:&lt;/b&gt; total %1 (ulceration %2, erythema %3), mean %4 over %5 site(s)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="383"/>
        <source>&lt;p&gt;&lt;b&gt;OMAS:&lt;/b&gt; no site assessable&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="385"/>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 grade %2: the primary endpoint (%3) is reached.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="388"/>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Signing drafts an adverse event &quot;Mucositis oral&quot;, CTCAE grade %1, for you to confirm or change.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="480"/>
        <source>A visit on %1 is already recorded (%2 %3, %4). To change it, open it from the visit list; to record another visit on the same day, press Next again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="492"/>
        <source>Enter your password to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/GradingWizard.cpp" line="517"/>
        <source>Saved as a draft, not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::HelpBrowser</name>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="13"/>
        <source>MucoTrack user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="19"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="21"/>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="22"/>
        <source>&amp;Forward &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="24"/>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="25"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="26"/>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="27"/>
        <source>Contents of the guide (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/HelpBrowser.cpp" line="29"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::LabResultsModel</name>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="56"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="56"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="69"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="70"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="71"/>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="72"/>
        <source>SI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LabResultsModel.cpp" line="73"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::LabsTab</name>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="43"/>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="80"/>
        <source>&lt;b&gt;Test&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="81"/>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="82"/>
        <source>&lt;b&gt;Unit&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="83"/>
        <source>&lt;b&gt;SI value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="84"/>
        <source>&lt;b&gt;Reference&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="113"/>
        <source>&amp;Save panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="129"/>
        <source>&amp;Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="130"/>
        <source>&amp;Collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="182"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="204"/>
        <source>women %1, men %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="205"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="256"/>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="267"/>
        <source>%1 %2 %3 is unusual; %1 %2 %4 would be usual.

Yes: save it in %4. No: save it in %3 as entered. Cancel: go back to the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="285"/>
        <source>The collection time is %1, %2 days ago. Save the results with this collection time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/LabsTab.cpp" line="316"/>
        <source>The lab results typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Filter patients (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <location filename="../ui/MainWindow.cpp" line="557"/>
        <source>Select a patient in the list, or add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>DEMO SITE: synthetic patients for training and trying MucoTrack. Not for clinical use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>MucoTrack — DEMO SITE (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>&amp;New patient...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Sync &amp;conflicts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Patient &amp;details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;Switch user...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Screening &amp;log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>&amp;Overdue visits...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="352"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Change &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>&amp;Accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Site &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Laboratory &amp;reference ranges...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="377"/>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Restore from a bac&amp;kup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Restored to %1: open it with --db to sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>New reco&amp;very key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Audit &amp;trail...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="396"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>&amp;About MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>About MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>&lt;b&gt;MucoTrack&lt;/b&gt; %1&lt;br&gt;Bedside data capture for trial NCT07312656: exosome mouth spray against radiation-induced oral mucositis.&lt;br&gt;&lt;br&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="558"/>
        <source>Select a patient in a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="691"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="696"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="697"/>
        <source>Monitor&apos;s device %1: every site, monitoring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="698"/>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::MonitorListModel</name>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="123"/>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="123"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/MonitorListModel.cpp" line="148"/>
        <source>The oldest open query: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="169"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="173"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="174"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="185"/>
        <source>Open
queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="175"/>
        <source>Oldest
(days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="176"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="186"/>
        <source>To
verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="177"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="187"/>
        <source>Overdue
visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="178"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="188"/>
        <source>Missing
grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="183"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="193"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="202"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="194"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="203"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="195"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="196"/>
        <location filename="../ui/models/MonitorListModel.cpp" line="204"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="197"/>
        <source>Age
(days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MonitorListModel.cpp" line="205"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::MonitorView</name>
    <message>
        <location filename="../ui/MonitorView.cpp" line="173"/>
        <source>&amp;Every site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="174"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="175"/>
        <source>Enter opens the patient: raise queries and mark records verified in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="176"/>
        <source>No patients on this device yet: synchronise to pull the sites&apos; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No open queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>Nothing remains to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="177"/>
        <source>No overdue visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Patients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Queries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>To verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="211"/>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="280"/>
        <source>Every site this device holds, as of %1. Sites: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MonitorView.cpp" line="281"/>
        <source>This site, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::NewSiteWizard</name>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="33"/>
        <source>A new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="34"/>
        <source>The site code starts every subject ID of this site, for example GX01-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="37"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="39"/>
        <source>Site database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="40"/>
        <source>MucoTrack site database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="48"/>
        <source>Site &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="49"/>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="59"/>
        <source>Site code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="64"/>
        <source>%1 already exists; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="80"/>
        <source>The site administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="81"/>
        <source>The administrator manages accounts and settings. Choose a password of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="85"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="86"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="87"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="88"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="101"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="129"/>
        <source>I have written down or printed the recovery key and stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="131"/>
        <source>Recovery key: shown only now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="132"/>
        <source>If every password is lost, this key is the only way into the site database. Write it down or print it now, and keep it locked away. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/NewSiteWizard.cpp" line="155"/>
        <source>Set up a MucoTrack site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::OverdueVisitsDialog</name>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="20"/>
        <source>Overdue visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="42"/>
        <source>Site %1: overdue visits: %2; patients: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="43"/>
        <source>No visit is overdue on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/OverdueVisitsDialog.cpp" line="44"/>
        <source>On %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::OverdueVisitsModel</name>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="40"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="54"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="55"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="56"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="57"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="58"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OverdueVisitsModel.cpp" line="59"/>
        <source>Days
overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::OverviewTab</name>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="41"/>
        <source>E&amp;xport chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="43"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="44"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="46"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="72"/>
        <source>%1 (%2): cumulative dose and oral mucositis grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="74"/>
        <source>%1: cumulative dose and oral mucositis grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="79"/>
        <source>MMM d</source>
        <comment>the chart&apos;s date axis: a QDateTime format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="80"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="82"/>
        <source>Cumulative dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="85"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="100"/>
        <source>Cumulative dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="119"/>
        <source>Dose %1 of %2 Gy, fraction %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="126"/>
        <source>No radiotherapy plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="144"/>
        <source>%1: %2 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="187"/>
        <source>%1 grade %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="192"/>
        <source>Latest visit %1: WHO %2, CTCAE %3, RTOG %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="195"/>
        <source>No graded visit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/OverviewTab.cpp" line="199"/>
        <source>Grade 3 (primary endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PasswordDialog</name>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="16"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="22"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="23"/>
        <source>&amp;New password (10 characters or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="24"/>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PasswordDialog.cpp" line="37"/>
        <source>the two new passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientDetailsDialog</name>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="38"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="39"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="40"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="41"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="46"/>
        <source>Why the record is being changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="54"/>
        <source>Patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="69"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="72"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="73"/>
        <source>&amp;Medical record number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="74"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="80"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="81"/>
        <source>S&amp;ex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="88"/>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="90"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="91"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="95"/>
        <source>&amp;Change to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="96"/>
        <source>Effecti&amp;ve date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="101"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="103"/>
        <source>Nothing is deleted: every change keeps the old value, who changed it, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="119"/>
        <source>You may read these details but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="138"/>
        <source>say why the record is being changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PatientDetailsDialog.cpp" line="179"/>
        <source>Eligibility to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientListModel</name>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="139"/>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="141"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="141"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="145"/>
        <source>WHO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="158"/>
        <source>%1 critical records to verify against the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="165"/>
        <source>%1 data queries not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="218"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="219"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="220"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="221"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="222"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="223"/>
        <source>Latest grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="224"/>
        <source>Dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="225"/>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="226"/>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PatientListModel.cpp" line="227"/>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientRecords</name>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="71"/>
        <source>WHO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="73"/>
        <source>%1 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="76"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="147"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="152"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientRecords.cpp" line="152"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PatientWorkspace</name>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="50"/>
        <source>&amp;1 Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="51"/>
        <source>&amp;2 Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="52"/>
        <source>&amp;3 Visits and grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="53"/>
        <source>&amp;4 Radiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="54"/>
        <source>&amp;5 Labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="55"/>
        <source>&amp;6 Study drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="56"/>
        <source>&amp;7 Adverse events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="101"/>
        <source>&amp;8 Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="101"/>
        <source>&amp;8 Queries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="102"/>
        <source>&amp;9 SDV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="102"/>
        <source>&amp;9 SDV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="230"/>
        <source>Save or Discard, then %1 opens; Cancel stays with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="70"/>
        <source>Print case&amp;book...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="150"/>
        <source>born %1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="152"/>
        <source>born in %1 (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="154"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="154"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="156"/>
        <source>MRN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="223"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/PatientWorkspace.cpp" line="224"/>
        <source>%1 of %2 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::PrimaryEndpointDialog</name>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="27"/>
        <source>Primary endpoint (this site&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="30"/>
        <source>%1. n: randomized patients with a signed graded visit on or after the day of randomization; events: a signed grade at or above the threshold. The whole trial&apos;s analysis is made at the central site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/PrimaryEndpointDialog.cpp" line="42"/>
        <source>Not in the primary analysis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::QueriesTab</name>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="20"/>
        <source>Raise &amp;query...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="20"/>
        <source>Ans&amp;wer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="21"/>
        <source>&amp;Close query...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="21"/>
        <source>Re-&amp;open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="39"/>
        <source>Select a query to read its thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="85"/>
        <source>No data queries for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueriesTab.cpp" line="86"/>
        <source>%1 open, %2 answered, %3 closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::QueryDialog</name>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="40"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="40"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="49"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="51"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="53"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="55"/>
        <source>Re-opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="71"/>
        <source>Value corrected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="82"/>
        <source>Raise a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="93"/>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="94"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="95"/>
        <source>Recorded value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="96"/>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Answer a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Close a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="111"/>
        <source>Re-open a data query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="114"/>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="115"/>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="116"/>
        <source>Value when raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="117"/>
        <source>Value now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="123"/>
        <source>Thread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="124"/>
        <source>&amp;Why re-open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="142"/>
        <source>&amp;Sign and raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="142"/>
        <source>&amp;Sign and answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="143"/>
        <source>&amp;Sign and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="143"/>
        <source>&amp;Sign and re-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="155"/>
        <source>&amp;Correct the value in the same step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="163"/>
        <source>Why the saved value changes (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="172"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="183"/>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="184"/>
        <source>R&amp;eason for the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="194"/>
        <source>You cannot change this record: answer, and the person who records it corrects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="245"/>
        <source>say what the query asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="246"/>
        <source>write the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/QueryDialog.cpp" line="246"/>
        <source>say why the query is re-opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::QueryListModel</name>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="12"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="14"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="16"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="29"/>
        <source>Query answered, awaiting the monitor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="30"/>
        <source>Open query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="85"/>
        <source>Raised %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="97"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="98"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="99"/>
        <source>Value when raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="100"/>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="102"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/QueryListModel.cpp" line="103"/>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::RadiotherapyTab</name>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="446"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="447"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="45"/>
        <source>Oral cavity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="46"/>
        <source>Oropharynx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="46"/>
        <source>Concurrent chemotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="47"/>
        <source>&amp;Deliver today&apos;s fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="48"/>
        <source>&amp;Missed or held...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="48"/>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="49"/>
        <source>Save &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="49"/>
        <source>&amp;Void...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="52"/>
        <source>A fraction recorded in error: kept, struck through, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="59"/>
        <source>Ctrl+D from any tab of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="67"/>
        <source>e.g. cisplatin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="71"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="86"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="93"/>
        <source>Total dose (Gy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="94"/>
        <source>Fractions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="95"/>
        <source>Dose per fraction (Gy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="96"/>
        <source>Technique:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="97"/>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="98"/>
        <source>Treatment days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="99"/>
        <source>Fields include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="100"/>
        <source>Chemotherapy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="101"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="107"/>
        <source>The plan is the investigator&apos;s prescription: read only for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="163"/>
        <source>Record the fraction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="265"/>
        <source>No radiotherapy plan recorded yet: enter it on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="276"/>
        <source>%1 of %2 fractions delivered  ·  %3 of %4 Gy (%5%)  ·  remaining %6 Gy  ·  BED %7 Gy, EQD2 %8 Gy (α/β 10)  ·  missed days %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="286"/>
        <source>BED and EQD2: the biologically effective dose and its equivalent in 2 Gy fractions, summed over the fractions delivered (linear-quadratic model, α/β 10 Gy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="406"/>
        <source>%1 Record a delivered fraction today anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="282"/>
        <source>  ·  projected completion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="283"/>
        <source>  ·  course complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="289"/>
        <source>Projected completion: the fractions still to give (%1), one per treatment day of the plan, holidays skipped, from today while today&apos;s fraction is still to come, otherwise from the next treatment day (never before the plan&apos;s start). A missed day moves it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="315"/>
        <source>The radiotherapy plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="338"/>
        <source>enter the total dose in Gy, e.g. 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="342"/>
        <source>enter the dose per fraction in Gy, e.g. 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="365"/>
        <source>The radiotherapy plan is being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="403"/>
        <source>%1 is still in screening (not enrolled). Record a delivered fraction anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="420"/>
        <source>Select the fraction recorded in error in the log first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="424"/>
        <source>The fraction of %1 is being voided: it stays in the log, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="439"/>
        <source>Missed or held fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="450"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="451"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="452"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="459"/>
        <source>%1 Record it as missed or held anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="464"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="479"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="483"/>
        <source>Imported %1 fraction(s); %2 were already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="485"/>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="491"/>
        <source>Import fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="491"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RadiotherapyTab.cpp" line="493"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::RandomizePanel</name>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="42"/>
        <source>Randomi&amp;ze...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="49"/>
        <source>Allocate this enrolled patient&apos;s arm (an electronic signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="80"/>
        <source>Arm: cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="85"/>
        <source>&lt;b&gt;Arm: %1&lt;/b&gt;  ·  randomized %2 (%3 #%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="89"/>
        <source>central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="89"/>
        <source>sealed reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="95"/>
        <source>Not randomized yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="95"/>
        <source>Not randomized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="106"/>
        <source>the randomization of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/RandomizePanel.cpp" line="111"/>
        <source>Randomizing...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="15"/>
        <source>&amp;Replace the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="17"/>
        <source>I have written down or printed the new recovery key and stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="18"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="20"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="24"/>
        <source>A new recovery key replaces the one in force, which then no longer opens this site&apos;s database. Backups made before keep their own key file: the old recovery key still opens those, so keep it with them. Replace it when the recovery key is lost or may have been seen by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RecoveryKeyDialog.cpp" line="42"/>
        <source>The new recovery key, shown only now. If every password is lost, it is the only way into the site database: write it down or print it, and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ReferenceRangeModel</name>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="67"/>
        <source>%1, %2: &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="130"/>
        <source>Only where the range differs by sex; leave empty to use the range for all patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="134"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="135"/>
        <source>SI unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="136"/>
        <source>Lower limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="137"/>
        <source>Upper limit (ULN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="138"/>
        <source>Women: lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="139"/>
        <source>Women: ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="140"/>
        <source>Men: lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReferenceRangeModel.cpp" line="141"/>
        <source>Men: ULN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ReferenceRangesDialog</name>
    <message>
        <location filename="../ui/admin/ReferenceRangesDialog.cpp" line="16"/>
        <source>Laboratory reference ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ReferenceRangesDialog.cpp" line="35"/>
        <source>Where a test&apos;s range differs by sex (creatinine; hemoglobin, ALT and AST in most laboratories), enter the female and the male limits: the common range is for tests both sexes share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::RestoreWizard</name>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="34"/>
        <location filename="../ui/admin/RestoreWizard.cpp" line="39"/>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="35"/>
        <source>A backup is a file mucotrack-SITE-DATE.db with its key file beside it. The recovery key is the one written down when the site was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="37"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="40"/>
        <source>MucoTrack backups (mucotrack-*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="45"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="46"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="60"/>
        <source>Check the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="71"/>
        <source>The backup cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="73"/>
        <source>The backup of site %1 opened, but its audit trail is broken at row %2: it is not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="76"/>
        <source>The backup of site %1 opened with the recovery key; every page was decrypted and its audit trail of %2 entries is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="92"/>
        <source>Restore to a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="93"/>
        <source>A restore never overwrites a database. Sign in to the restored one with the accounts and passwords of the day of the backup, enrol it again with a new code from the central site (it is a new device), then sync: the central site sends what it received since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="96"/>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="98"/>
        <source>Restore to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="99"/>
        <source>Site databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="105"/>
        <source>New &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="108"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="115"/>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="130"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/RestoreWizard.cpp" line="132"/>
        <source>as written down at set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningLogDialog</name>
    <message>
        <location filename="../ui/admin/ScreeningLogDialog.cpp" line="16"/>
        <source>Screening log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningLogModel</name>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="32"/>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="32"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="44"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="46"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="47"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="48"/>
        <source>Failed criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScreeningLogModel.cpp" line="49"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ScreeningTab</name>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="49"/>
        <source>0 Fully active, able to carry on all pre-disease performance without restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="50"/>
        <source>1 Restricted in physically strenuous activity but ambulatory and able to carry out work of a light or sedentary nature, e.g., light house work, office work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="51"/>
        <source>2 Ambulatory and capable of all selfcare but unable to carry out any work activities. Up and about more than 50% of waking hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="52"/>
        <source>3 Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="53"/>
        <source>4 Completely disabled. Cannot carry on any selfcare. Totally confined to bed or chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="54"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>5 Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="62"/>
        <source>&amp;Save screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="73"/>
        <source>Radical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="74"/>
        <source>Palliative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="72"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="76"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="63"/>
        <source>Si&amp;gn decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="63"/>
        <source>Screen &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>0 Fully active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>1 Restricted in strenuous activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="80"/>
        <source>2 Ambulatory, capable of self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>3 Limited self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="81"/>
        <source>4 Completely disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="96"/>
        <source>Assessment &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="97"/>
        <source>Radiotherapy &amp;intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="98"/>
        <source>&amp;ECOG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="110"/>
        <source>On date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="119"/>
        <source>enter the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="139"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="193"/>
        <source>Start a new screening of this screen failure, dated today, from the answers signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="282"/>
        <source>%1: %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="283"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="283"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="284"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="308"/>
        <source>Screenings: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="316"/>
        <source>Screening is closed: the patient&apos;s status is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="325"/>
        <source>%1 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="326"/>
        <source>%1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="327"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="328"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="332"/>
        <source>no criterion decides otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="333"/>
        <source>%1; the screening would read &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="335"/>
        <source>The birth date was corrected after this decision was signed: %1 then, %2 now. With the date now, %3 The investigator reviews the eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="367"/>
        <source>Signed eligible by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="367"/>
        <source>Signed not eligible by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="369"/>
        <source>No lab results were used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="369"/>
        <source>Labs as screened: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="372"/>
        <source>Eligible: every criterion is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="373"/>
        <source>Not eligible: a criterion fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="374"/>
        <source>Incomplete: answer the criteria marked missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="375"/>
        <source>No lab results inside the site&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="376"/>
        <source>Labs used: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="417"/>
        <source>The screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="427"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="463"/>
        <source>The screening is incomplete: answer every criterion before signing the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="467"/>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="467"/>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ScreeningTab.cpp" line="469"/>
        <source>%1 is %2 (screening of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SdvListModel</name>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="11"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="13"/>
        <source>Changed since verified: verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="15"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="68"/>
        <source>The protocol names every record of this kind for verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="70"/>
        <source>Chosen for verification by the monitoring plan&apos;s share of this site&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="72"/>
        <source>Neither critical nor in the monitoring plan&apos;s sample: verifying it is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="81"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="81"/>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="94"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="95"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="96"/>
        <source>Source data verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="97"/>
        <source>Last verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SdvListModel.cpp" line="98"/>
        <source>Last verified at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::ShortcutMap</name>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="17"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="17"/>
        <source>Open the user guide at this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="18"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="18"/>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="19"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="19"/>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="20"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="20"/>
        <source>Go to the patient filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="21"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="21"/>
        <source>Today: the patients due for a fraction, a grade or labs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="22"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="22"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="23"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="23"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="24"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="24"/>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="25"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="25"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="26"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="26"/>
        <source>Grade a visit of the selected patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="27"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ShortcutMap.cpp" line="27"/>
        <source>Deliver today&apos;s fraction to the selected patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SignInPage</name>
    <message>
        <location filename="../ui/SignInPage.cpp" line="17"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="39"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="40"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="49"/>
        <source>DEMO site: sign in as doctor, nurse, coord, monitor or admin; the password is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="68"/>
        <source>MucoTrack is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="68"/>
        <source>Sign in to MucoTrack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="69"/>
        <source>Site database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInPage.cpp" line="87"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SignatureDialog</name>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="34"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="37"/>
        <source>&lt;b&gt;Meaning of this signature:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="40"/>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="43"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignatureDialog.cpp" line="50"/>
        <source>&lt;b&gt;Signing:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SiteSettingsDialog</name>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="25"/>
        <source>Site settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="27"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="30"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="34"/>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="35"/>
        <source>Labs used for &amp;screening are at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="40"/>
        <source>Holidays (no treatment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="49"/>
        <source>Name, e.g. Spring Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="51"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/SiteSettingsDialog.cpp" line="52"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SourceVerificationTab</name>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="23"/>
        <source>&amp;Mark verified...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="23"/>
        <source>Raise &amp;query on this record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="77"/>
        <source>Every record of this patient to verify is verified as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="78"/>
        <source>Records of this patient still to verify: %1 (the protocol&apos;s critical items: screening, randomization, radiotherapy, grades, adverse events; and the records the monitoring plan samples from the rest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="118"/>
        <source>Query not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="119"/>
        <source>%1 has a query not closed yet on %2. Mark it verified anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/SourceVerificationTab.cpp" line="128"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::StudyDrugTab</name>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="26"/>
        <source>Record as &amp;not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="26"/>
        <source>&amp;Clear (recorded in error)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="37"/>
        <source>Exosome spray, about 1.5 mL, three times a day 30 minutes after each main meal, from the first day of radiotherapy through the end of the course. Space checks the selected dose as taken; N records a dose missed as not taken. A blank dose is not documented yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="49"/>
        <source>Record the selected dose as not taken (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="55"/>
        <source>Remove a dose recorded in error: it reads as not documented yet (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="60"/>
        <source>Remove the selected dose recorded in error: it reads as not documented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="144"/>
        <source>The diary opens once the patient is randomized to the experimental arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="145"/>
        <source>Control arm: no study drug is given, so there is no diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="152"/>
        <source>The diary starts with the radiotherapy plan; none is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="157"/>
        <source>The diary starts with radiotherapy, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="179"/>
        <source>No dose is due yet: the first is after breakfast today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="181"/>
        <source>Adherence: %1 of %2 doses (%3%); %4 not taken, %5 not documented yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="204"/>
        <source>%1 is recorded as taken; unchecking it records it as not taken. A dose checked by mistake is cleared instead: Cancel, then Clear (recorded in error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="82"/>
        <source>The dose &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="106"/>
        <source>%1 is being cleared as recorded in error: it will read as not documented yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/StudyDrugTab.cpp" line="203"/>
        <source>%1 is recorded as not taken; checking it records it as taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::SyncController</name>
    <message>
        <location filename="../ui/SyncController.cpp" line="50"/>
        <source>Sync: synchronising...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="71"/>
        <source>Sync: status unavailable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="74"/>
        <source>Sync: no central site configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="76"/>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="77"/>
        <source>never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SyncController.cpp" line="78"/>
        <source>%n pending change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SyncController.cpp" line="80"/>
        <source>%n conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="82"/>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="82"/>
        <source>not synchronised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SyncController.cpp" line="85"/>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::TodayModel</name>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="64"/>
        <source>Fraction %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="139"/>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="140"/>
        <source>Sign the grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="141"/>
        <source>Labs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="147"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="149"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="153"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="155"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="156"/>
        <source>due, last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="156"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="166"/>
        <source>Subject ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="167"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="168"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="169"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TodayModel.cpp" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::TodayView</name>
    <message>
        <location filename="../ui/TodayView.cpp" line="71"/>
        <source>A row shows its patient; Enter opens the form: the fraction, the grading wizard, the visit to sign, or labs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayView.cpp" line="251"/>
        <source>&lt;b&gt;Today, %1&lt;/b&gt;: patients due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TodayView.cpp" line="253"/>
        <source>, &lt;b&gt;overdue: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::VisitListModel</name>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="64"/>
        <source>%1 (correction: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="80"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="81"/>
        <source>Fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="82"/>
        <source>Dose (Gy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="83"/>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="84"/>
        <source>CTCAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="85"/>
        <source>RTOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="86"/>
        <source>OMAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="87"/>
        <source>Sores (PRO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="88"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/VisitListModel.cpp" line="89"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::VisitsTab</name>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="24"/>
        <source>&amp;Grade a visit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="25"/>
        <source>S&amp;ign draft...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="25"/>
        <source>&amp;Correct...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="33"/>
        <source>Ctrl+G from any tab of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="91"/>
        <source>%1 (%2 to %3): missing %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="102"/>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="104"/>
        <source>Due now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="106"/>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="107"/>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="109"/>
        <source>The visit schedule starts with the radiotherapy plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="109"/>
        <source>Every scheduled visit is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="140"/>
        <source>the grading of %1, visit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="161"/>
        <source>Only a signed assessment is corrected; sign or re-record the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/VisitsTab.cpp" line="164"/>
        <source>A signed assessment of %1 is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muco::ui::WorkspaceTab</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTab.cpp" line="8"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
