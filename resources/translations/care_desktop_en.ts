<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationCanvas</name>
    <message numerus="yes">
        <source>%n marks.</source>
        <translation>
            <numerusform>%n mark.</numerusform>
            <numerusform>%n marks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message numerus="yes">
        <source>%n files to include, %1 in all.</source>
        <translation>
            <numerusform>%n file to include, %1 in all.</numerusform>
            <numerusform>%n files to include, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n files…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n files.</source>
        <translation>
            <numerusform>Added %n file.</numerusform>
            <numerusform>Added %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n files.</source>
        <translation>
            <numerusform>Removed %n file.</numerusform>
            <numerusform>Removed %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message numerus="yes">
        <source>Split into %n drafts?</source>
        <translation>
            <numerusform>Split into %n draft?</numerusform>
            <numerusform>Split into %n drafts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new drafts are in the main window&apos;s list, each ready to be completed.</source>
        <translation>
            <numerusform>%n new draft is in the main window&apos;s list, ready to be completed.</numerusform>
            <numerusform>%n new drafts are in the main window&apos;s list, each ready to be completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>Added %n IDs; %1 already listed.</source>
        <translation>
            <numerusform>Added %n ID; %1 already listed.</numerusform>
            <numerusform>Added %n IDs; %1 already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n IDs.</source>
        <translation>
            <numerusform>Removed %n ID.</numerusform>
            <numerusform>Removed %n IDs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message numerus="yes">
        <source>This description seems to report %n separate issues. Product Support asks for one issue per case so that each can be tracked to its resolution.</source>
        <translation>
            <numerusform>This description seems to report %n separate issue. Product Support asks for one issue per case so that each can be tracked to its resolution.</numerusform>
            <numerusform>This description seems to report %n separate issues. Product Support asks for one issue per case so that each can be tracked to its resolution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split into %n drafts…</source>
        <translation>
            <numerusform>Split into %n draft…</numerusform>
            <numerusform>Split into %n drafts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceChoiceDialog</name>
    <message numerus="yes">
        <source>&amp;Build package with %n files</source>
        <translation>
            <numerusform>&amp;Build package with %n file</numerusform>
            <numerusform>&amp;Build package with %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePackage</name>
    <message numerus="yes">
        <source>%1 holds the %n new files for case %2. Upload it to that case in My Support.</source>
        <translation>
            <numerusform>%1 holds the %n new file for case %2. Upload it to that case in My Support.</numerusform>
            <numerusform>%1 holds the %n new files for case %2. Upload it to that case in My Support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more lines …</source>
        <translation>
            <numerusform>… %n more line …</numerusform>
            <numerusform>… %n more lines …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Package ready:&lt;/b&gt; %1 (%2). %n values were removed.</source>
        <translation>
            <numerusform>&lt;b&gt;Package ready:&lt;/b&gt; %1 (%2). %n value was removed.</numerusform>
            <numerusform>&lt;b&gt;Package ready:&lt;/b&gt; %1 (%2). %n values were removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderFeedback</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformCheckDialog</name>
    <message numerus="yes">
        <source>Check %n &amp;conversations</source>
        <translation>
            <numerusform>Check %n &amp;conversation</numerusform>
            <numerusform>Check %n &amp;conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %1 of %n conversations; the results are on the Conversation IDs page.</source>
        <translation>
            <numerusform>Found %1 of %n conversation; the results are on the Conversation IDs page.</numerusform>
            <numerusform>Found %1 of %n conversations; the results are on the Conversation IDs page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionPage</name>
    <message numerus="yes">
        <source>Checking %n files…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values will be removed from %1.</source>
        <translation>
            <numerusform>%n value will be removed from %1.</numerusform>
            <numerusform>%n values will be removed from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkippedIds</name>
    <message numerus="yes">
        <source>%n more IDs skipped.</source>
        <translation>
            <numerusform>%n more ID skipped.</numerusform>
            <numerusform>%n more IDs skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message numerus="yes">
        <source>%n more incidents on the status page</source>
        <translation>
            <numerusform>%n more incident on the status page</numerusform>
            <numerusform>%n more incidents on the status page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerWindow</name>
    <message numerus="yes">
        <source>Case %1: %n new files, %2 already sent, %3 missing.</source>
        <translation>
            <numerusform>Case %1: %n new file, %2 already sent, %3 missing.</numerusform>
            <numerusform>Case %1: %n new files, %2 already sent, %3 missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deadline_text</name>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message numerus="yes">
        <source>The description seems to report %n separate issues.</source>
        <translation>
            <numerusform>The description seems to report %n separate issue.</numerusform>
            <numerusform>The description seems to report %n separate issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</source>
        <translation>
            <numerusform>Severity 4: 1 business day (%n business hour), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</numerusform>
            <numerusform>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</source>
        <translation>
            <numerusform>Severity 4: 1 business day (%n business hour), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</numerusform>
            <numerusform>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cells; the header has {columns}.</source>
        <translation>
            <numerusform>This row has %n cell; the header has {columns}.</numerusform>
            <numerusform>This row has %n cells; the header has {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No escalation for the root cause analysis until Product Support has had %n business days after the restoration ({restored}).</source>
        <translation>
            <numerusform>No escalation for the root cause analysis until Product Support has had %n business day after the restoration ({restored}).</numerusform>
            <numerusform>No escalation for the root cause analysis until Product Support has had %n business days after the restoration ({restored}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A High (Severity 2) case needs %n hours since its last update ({updated}) and ongoing significant business impact.</source>
        <translation>
            <numerusform>A High (Severity 2) case needs %n hour since its last update ({updated}) and ongoing significant business impact.</numerusform>
            <numerusform>A High (Severity 2) case needs %n hours since its last update ({updated}) and ongoing significant business impact.</numerusform>
        </translation>
    </message>
</context>
</TS>
