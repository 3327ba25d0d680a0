<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="46"/>
        <source>&amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="47"/>
        <source>Add someone you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="54"/>
        <source>&amp;Edit Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="55"/>
        <source>Edit the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="62"/>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="63"/>
        <source>Keep the selected people, out of the everyday lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="69"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="70"/>
        <source>Move the selected people to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="78"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="79"/>
        <source>Bring the selected people back from the archive or the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="88"/>
        <source>&amp;Forget Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="89"/>
        <source>Remove every trace of the selected people from the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="96"/>
        <source>Empty T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="97"/>
        <source>Forget everyone in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="101"/>
        <source>Fill With a &amp;Demo Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="102"/>
        <source>Explore the program with an example network of a medical student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="108"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="109"/>
        <source>Keep a checked copy of the journal now, beside the automatic ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="115"/>
        <source>Restore From Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="116"/>
        <source>Put a backup in place of the journal; the journal as it is now is kept as a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="123"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="124"/>
        <source>Close Network Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="129"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="130"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="137"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="138"/>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="145"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="146"/>
        <source>Search people by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="153"/>
        <source>&amp;Log Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="154"/>
        <source>Write down a meeting, call or message, and who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="160"/>
        <source>&amp;Open Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="161"/>
        <source>Read or change the selected journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="166"/>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="167"/>
        <source>Move the selected journal entries to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="175"/>
        <source>Note &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="176"/>
        <source>Edit the templates that start an entry&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="180"/>
        <source>Search &amp;Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="181"/>
        <source>Find people and journal entries by any word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="188"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="189"/>
        <source>How your networks are doing: who to reconnect with, what is due, what is coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="198"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="199"/>
        <source>Show the people table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="205"/>
        <location filename="../../networkjournal/ui/actions.py" line="600"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="206"/>
        <source>Show the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="212"/>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="213"/>
        <source>Show what you promised to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="219"/>
        <source>&amp;Keep in Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="220"/>
        <source>Who is due a catch-up, and the birthdays and dates coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="228"/>
        <source>&amp;Learning Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="229"/>
        <source>Show what you are learning and working on with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="235"/>
        <source>Network &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="236"/>
        <source>See the whole network and who knows whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="242"/>
        <source>Show Overview &amp;Each Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="243"/>
        <source>Open on the overview the first time the program starts each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="250"/>
        <source>Log a &amp;Catch-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="251"/>
        <source>Log a catch-up with the selected people, ready to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="257"/>
        <source>Snooze a &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="258"/>
        <source>Do not remind me about the selected people for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="264"/>
        <source>Snooze a &amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="265"/>
        <source>Do not remind me about the selected people for a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="270"/>
        <source>Stop S&amp;noozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="271"/>
        <source>Remind me about the selected people again when they are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="275"/>
        <source>Keep in Touch &amp;Every…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="276"/>
        <source>How often you want to be in touch with the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="281"/>
        <source>Add Important &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="282"/>
        <source>An exam, rotation, anniversary or any date to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="288"/>
        <source>Edit &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="289"/>
        <source>Change the selected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="293"/>
        <source>Delete Dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="294"/>
        <source>Delete the selected date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="302"/>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="303"/>
        <source>Bring in people from a phone (vCard), LinkedIn, Google or Outlook (CSV), or an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="312"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="313"/>
        <source>Write everyone out as vCard, CSV or a complete JSON archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="319"/>
        <source>&amp;Merge People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="320"/>
        <source>Merge two records of the same person into one, keeping everything of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="327"/>
        <source>Export &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="328"/>
        <source>Write birthdays, dates, follow-ups and catch-ups as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="335"/>
        <source>New &amp;Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="336"/>
        <source>Start a module, study group, project, audit or skill you share with people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="344"/>
        <source>&amp;Edit Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="345"/>
        <source>Change the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="349"/>
        <source>&amp;Delete Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="350"/>
        <source>Delete the selected topic; its people stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="358"/>
        <source>&amp;Who Can Help With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="359"/>
        <source>Find people by what they know, do and belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="365"/>
        <source>&amp;Referees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="366"/>
        <source>Everyone who could give you a reference, and what they have seen you do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="372"/>
        <source>Export &amp;Referees as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="373"/>
        <source>Write your referees list as a Markdown file for an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="379"/>
        <source>New &amp;Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="380"/>
        <source>Add a society, team, hall, cohort, hospital or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="384"/>
        <source>Edit Or&amp;ganisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="385"/>
        <source>Change the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="389"/>
        <source>Delete Organisa&amp;tion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="390"/>
        <source>Delete the organisation; its members stay in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="394"/>
        <source>New &amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="395"/>
        <source>Add a network to sort people into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="401"/>
        <source>Re&amp;name Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="402"/>
        <source>Rename the selected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="407"/>
        <source>Change Network &amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="408"/>
        <source>Choose the network&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="412"/>
        <source>Move Network &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="413"/>
        <source>Move the selected network up the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="418"/>
        <source>Move Network &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="419"/>
        <source>Move the selected network down the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="424"/>
        <source>&amp;Delete Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="425"/>
        <source>Delete the selected network; its people stay in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="429"/>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="430"/>
        <source>Show the folder where the journal is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="436"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="437"/>
        <source>Start page, theme, keep-in-touch periods, backups and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="446"/>
        <source>&amp;About Network Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="447"/>
        <source>Version, data location and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="539"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="559"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="572"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="589"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="605"/>
        <source>&amp;Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="610"/>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/actions.py" line="615"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRelationshipForm</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="33"/>
        <source>Knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="34"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="35"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="36"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="37"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="38"/>
        <source>Flatmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="39"/>
        <source>Supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="40"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="41"/>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="44"/>
        <source>Supervised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="45"/>
        <source>Mentored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="46"/>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="54"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="57"/>
        <source>Add relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="63"/>
        <source>How they are related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="72"/>
        <source>Note about the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="73"/>
        <source>Optional, e.g. same lab since 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="74"/>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="75"/>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="76"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="84"/>
        <source>Who they know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToOrganisation</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="28"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="31"/>
        <source>Add to organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="35"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="35"/>
        <source>Type a name, new or known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="39"/>
        <source>Role in the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="40"/>
        <source>e.g. president, member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="43"/>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="44"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="45"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="46"/>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToTopicForm</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="51"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="54"/>
        <source>Add to topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="58"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="58"/>
        <source>Type a title, new or known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="62"/>
        <source>Their role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="63"/>
        <source>e.g. supervisor, study partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="64"/>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="65"/>
        <source>Their role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="110"/>
        <location filename="../../networkjournal/ui/app.py" line="302"/>
        <source>The journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="121"/>
        <source>Encrypted Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="122"/>
        <source>The journal at %1 is encrypted. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="127"/>
        <source>That passphrase did not open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="135"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="154"/>
        <source>The damaged journal could not be moved aside, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="167"/>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="40"/>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="45"/>
        <source>Restoring replaces the journal with the backup you choose. The journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="53"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="57"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="63"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="68"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="87"/>
        <source>checked ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="87"/>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="112"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="113"/>
        <source>Replace the journal with the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="115"/>
        <source>Everything written since then will be gone from the journal, but the journal as it is now is kept as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/backups_dialog.py" line="118"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="69"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="90"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="107"/>
        <source>Archive %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="107"/>
        <source>Unarchive %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="123"/>
        <source>Move %n people to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="138"/>
        <source>Restore %n people from the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="161"/>
        <location filename="../../networkjournal/ui/commands.py" line="384"/>
        <source>Add %n people to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="179"/>
        <source>New network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="199"/>
        <source>Rename network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="213"/>
        <source>Change network colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="227"/>
        <source>Move network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="243"/>
        <source>Delete network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="259"/>
        <source>Log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="289"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="321"/>
        <source>Delete %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="340"/>
        <source>Tick off %n follow-ups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="342"/>
        <source>Reopen %n follow-ups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/commands.py" line="362"/>
        <source>Tag %n people “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/commands.py" line="405"/>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMethodsEditor</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="57"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="58"/>
        <source>Address, number or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="59"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="60"/>
        <source>Preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="62"/>
        <source>No ways to reach them yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="70"/>
        <source>&amp;Add contact method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="147"/>
        <source>e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="215"/>
        <source>Kind of contact method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="216"/>
        <source>Contact method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="217"/>
        <source>Label of contact method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="218"/>
        <source>Contact method %1 is preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="219"/>
        <source>Remove contact method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="220"/>
        <source>Problem with contact method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="225"/>
        <source>Preferred way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="250"/>
        <source>Type the address or number, or remove this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="284"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="285"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="286"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="287"/>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="288"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="289"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="290"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="291"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="297"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="298"/>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="302"/>
        <source>+44 7700 900123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="299"/>
        <source>linkedin.com/in/name, or just name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="300"/>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="301"/>
        <source>@handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/contact_methods_editor.py" line="303"/>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="32"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="34"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="35"/>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="36"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="37"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="38"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="66"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../networkjournal/ui/controller.py" line="44"/>
        <location filename="../../networkjournal/ui/controller.py" line="46"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="55"/>
        <source>Columns of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="86"/>
        <source>LinkedIn connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="87"/>
        <source>Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="88"/>
        <source>Outlook contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="89"/>
        <source>Other (a column per detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="93"/>
        <source>The file is &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="98"/>
        <source>1 row under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="100"/>
        <source>%1 rows under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="108"/>
        <source>Choose what each column holds; the first rows of the file show below it. Columns set to Ignore are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="120"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="139"/>
        <source>The file&apos;s columns and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="143"/>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="145"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="159"/>
        <source>What column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="179"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="180"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="181"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="182"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="183"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="184"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="185"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="186"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="187"/>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="188"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="189"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="190"/>
        <source>Other way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="191"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="192"/>
        <source>Role (headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="193"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="194"/>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="195"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="196"/>
        <source>Address (kept in notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="197"/>
        <source>Tags or networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="198"/>
        <source>Related person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="199"/>
        <source>Identifier (UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="200"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/csv_mapping_dialog.py" line="233"/>
        <source>No column gives a name, email address, organisation or phone number, so no row could become a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="36"/>
        <source>The journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="54"/>
        <source>Restore the Newest Backup (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="58"/>
        <source>Start a New Empty Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="62"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="72"/>
        <source>Your journal could not be read: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="76"/>
        <source>It was moved aside, untouched, to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="78"/>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="83"/>
        <source>The newest backup that checked out sound is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/damaged_journal_dialog.py" line="88"/>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="72"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="72"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="75"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="78"/>
        <source>See all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="75"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="78"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="80"/>
        <source>Open the full reconnect list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="81"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="216"/>
        <source>Open the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="82"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="243"/>
        <source>Open the dates coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="88"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="92"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="97"/>
        <source>Entries per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="100"/>
        <source>Click a bar to see those entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="166"/>
        <source>Your journal is empty. Add the people you know and log your meetings, and this page shows who to get back in touch with and what is coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="173"/>
        <source>%n to reconnect with</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="173"/>
        <source>in touch with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="174"/>
        <source>%n follow-ups due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="176"/>
        <source>no follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="177"/>
        <source>%n dates this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="179"/>
        <source>nothing this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="182"/>
        <source>1 person to reconnect with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="184"/>
        <source>1 follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="186"/>
        <source>1 date this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="193"/>
        <source>No one to reconnect with — you&apos;re in touch with everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="198"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="238"/>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="278"/>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="201"/>
        <source>Due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="209"/>
        <source>Nothing due today, and nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="214"/>
        <source>{title} · {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="219"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="227"/>
        <source>No birthdays or dates in the next %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="256"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/dashboard_panel.py" line="271"/>
        <source>Newest:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeferredCheck</name>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="273"/>
        <source>The journal file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/app.py" line="275"/>
        <source>The check of %1 found: %2. Restore the newest backup (File ▸ Restore From Backup…), or quit: the next start checks the file again and sets it aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="37"/>
        <source>What they know about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="38"/>
        <source>Nothing yet — add the first thing they know about you below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="46"/>
        <source>Something they know about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="47"/>
        <source>What they know, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="49"/>
        <source>They saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="52"/>
        <source>They saw me do it (the basis of a reference), rather than being told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="66"/>
        <source>Could give me a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="71"/>
        <source>What a reference from them could speak to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="72"/>
        <source>Not noted what a reference from them could speak to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="96"/>
        <source>Show %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="118"/>
        <source>Witnessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="118"/>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="122"/>
        <source>They saw me do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="122"/>
        <source>I told them this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="143"/>
        <source>Delete what they know about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="144"/>
        <source>Delete this (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="176"/>
        <source>Mark %1 as a referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="176"/>
        <source>Unmark %1 as a referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/disclosures.py" line="189"/>
        <source>Change what %1 could speak to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryChoice</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/entry_choice.py" line="22"/>
        <source>From which meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/entry_choice.py" line="23"/>
        <source>The meeting you learnt it at, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/entry_choice.py" line="37"/>
        <source>Not from a meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryController</name>
    <message>
        <location filename="../../networkjournal/ui/entry_controller.py" line="129"/>
        <source>Unsaved entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/entry_controller.py" line="133"/>
        <source>An entry you were writing was not saved (last changed %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/entry_controller.py" line="137"/>
        <source>Open it to finish it, or throw it away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/entry_controller.py" line="138"/>
        <source>Open It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/entry_controller.py" line="139"/>
        <source>Throw Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="75"/>
        <source>Log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="75"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="136"/>
        <source>e.g. Costa by the library, Ward 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="139"/>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="142"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="143"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="144"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="146"/>
        <source>Follow-ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="182"/>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="183"/>
        <source>&amp;Earlier today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="184"/>
        <source>&amp;Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="201"/>
        <source>What you talked about. Markdown works: **bold**, - lists, # headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="204"/>
        <source>Preview of the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="205"/>
        <source>The notes, as they will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="210"/>
        <source>Start the notes from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="215"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="259"/>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="263"/>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="304"/>
        <source>Press Return to add “%1”, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="370"/>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="372"/>
        <source>Replace the notes with the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="373"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="375"/>
        <source>&amp;Keep my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="413"/>
        <source>Discard this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="414"/>
        <source>Discard entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="419"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="171"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="176"/>
        <source>Write what the journal holds in an open format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="186"/>
        <source>Only the %n selected people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="188"/>
        <source>Only the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="197"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="89"/>
        <source>vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="90"/>
        <source>For phones, Google, Apple and Outlook contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="92"/>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="101"/>
        <source>vCard (*.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="98"/>
        <source>vCard 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="99"/>
        <source>For older address books that do not read 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="107"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="108"/>
        <source>For spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="110"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="116"/>
        <source>Complete archive (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="117"/>
        <source>Everything in the journal, photos included; restores into an empty journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="119"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="125"/>
        <source>Dossier (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="126"/>
        <source>Everything about the selected people: the five questions and every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="128"/>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="139"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="136"/>
        <source>Network dossier (Markdown): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="137"/>
        <source>Everyone in the network, each in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="149"/>
        <source>Calendar (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="150"/>
        <source>Birthdays, dates, follow-ups and catch-ups for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_dialog.py" line="152"/>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_file.py" line="50"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/export_file.py" line="51"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactCategory</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="30"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="31"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="32"/>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="33"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="34"/>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="35"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="59"/>
        <source>What I know about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="60"/>
        <source>Nothing yet — add the first fact below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="67"/>
        <source>Kind of fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="73"/>
        <source>New fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="74"/>
        <source>A fact, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="125"/>
        <source>Show %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="141"/>
        <source>Delete fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="141"/>
        <source>Delete this fact (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="99"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="100"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="101"/>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="109"/>
        <source>&amp;Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="190"/>
        <source>e.g. Send Dr Brooks my CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="196"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="198"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="233"/>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="271"/>
        <source>What to do, follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="272"/>
        <source>Due date of follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="273"/>
        <source>Whom follow-up %1 concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="274"/>
        <source>Remove follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="275"/>
        <source>Problem with follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="300"/>
        <source>Say what to do, or remove this follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/follow_ups_edit.py" line="305"/>
        <source>Type a date: today, tomorrow, fri, 23/09 or 23 Sep 2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="34"/>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="150"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="35"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="36"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="37"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="38"/>
        <source>From entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="150"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="176"/>
        <source>Overdue · 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="177"/>
        <source>Overdue · %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="179"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="181"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="187"/>
        <source>Tick when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="189"/>
        <source>Done on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="192"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/follow_ups_model.py" line="197"/>
        <source>Open “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="146"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="223"/>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="228"/>
        <source>Nothing to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="224"/>
        <source>Everything is done. Tick Show done to see what you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="230"/>
        <source>When you log a meeting, add what you agreed to do next — send the draft, book the next supervision. It waits here until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="243"/>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="245"/>
        <source>%n to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="243"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsTable</name>
    <message>
        <location filename="../../networkjournal/ui/panels/follow_ups_panel.py" line="96"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/form_dialog.py" line="93"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/form_dialog.py" line="98"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../networkjournal/ui/formatting.py" line="77"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/formatting.py" line="92"/>
        <source>over a year overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="61"/>
        <source>%n month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="61"/>
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="63"/>
        <source>%n week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="63"/>
        <source>%n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="64"/>
        <source>%n day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="64"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="80"/>
        <source>snoozed, due in %n day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="80"/>
        <source>snoozed, due in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="82"/>
        <source>due in %n week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="82"/>
        <source>due in %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="83"/>
        <source>due in %n day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="83"/>
        <source>due in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="85"/>
        <source>%n day overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="85"/>
        <source>%n days overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="87"/>
        <source>%n week overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="87"/>
        <source>%n weeks overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="89"/>
        <source>%n month overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="89"/>
        <source>%n months overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="92"/>
        <source>over %n year overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/formatting.py" line="92"/>
        <source>over %n years overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="121"/>
        <source>Search Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="124"/>
        <source>Search people and journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="125"/>
        <source>Names, notes, places… &quot;a phrase&quot;, -leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="130"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="160"/>
        <source>%n found — Return opens, ↑↓ choose</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="162"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="164"/>
        <source>Type to search people and journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportComparison</name>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="123"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="124"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="127"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="131"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="140"/>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="151"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="151"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="155"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="157"/>
        <location filename="../../networkjournal/ui/import_comparison.py" line="158"/>
        <source>A photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="158"/>
        <source>A different photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="159"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="30"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="31"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="32"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="33"/>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="34"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="35"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="36"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_comparison.py" line="37"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="36"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="46"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="52"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="104"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="115"/>
        <source>Cancelling… putting the journal back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="124"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="125"/>
        <source>Nothing was imported: your journal is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="132"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_progress_dialog.py" line="133"/>
        <source>%1
Nothing was imported: your journal is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="75"/>
        <source>Review the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="93"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="94"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="95"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="163"/>
        <source>%1 (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="172"/>
        <source>Same contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="173"/>
        <source>Same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="174"/>
        <source>Same LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="175"/>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="176"/>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="177"/>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="184"/>
        <source>the same contact ID, from an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="185"/>
        <source>the same email address, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="186"/>
        <source>the same LinkedIn profile, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="187"/>
        <source>the same phone number, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="188"/>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="189"/>
        <source>a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="198"/>
        <source>Some people in the files may already be in your journal. Merging fills in what the journal lacks and adds new ways to reach them; nothing you typed is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="209"/>
        <source>People who match someone already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="214"/>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="316"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="214"/>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="315"/>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="214"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="214"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="230"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="231"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="238"/>
        <source>Categories and &amp;labels in the files become:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="251"/>
        <source>Merge &amp;all sure matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="257"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="287"/>
        <source>&amp;Which one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="293"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="294"/>
        <source>&amp;Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="295"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="311"/>
        <source>What the file says differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="314"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="317"/>
        <source>If merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="334"/>
        <source>The file says nothing that is not already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="384"/>
        <source>Nobody in the files is in your journal yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="385"/>
        <source>Everyone in them will be added as a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="387"/>
        <source>The files hold nobody who could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="415"/>
        <source>“%1”, from %2, line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="422"/>
        <source>The same person as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="425"/>
        <source>Several people already known have this name or one like it: choose which one below, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="429"/>
        <source>Perhaps the same person as %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="442"/>
        <source>&amp;Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="453"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="455"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="455"/>
        <source>Yours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="469"/>
        <source>Fills in what is missing and adds new ways to reach them; nothing already there is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="472"/>
        <source>Adds them as a new person, beside the one already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="473"/>
        <source>Leaves this record out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="500"/>
        <source>%n new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="500"/>
        <source>%n new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="501"/>
        <source>%n merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="502"/>
        <source>%n skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="504"/>
        <source>This import will make: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="508"/>
        <source>%n record could not be read; the summary lists it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_review_dialog.py" line="509"/>
        <source>%n records could not be read; the summary lists them at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="28"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="42"/>
        <source>Added as new people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="43"/>
        <source>Merged into people already here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="44"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="45"/>
        <source>Already in your journal, unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="46"/>
        <source>Could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="60"/>
        <source>Records that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="64"/>
        <source>&amp;Records that could not be read (each one only itself):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="71"/>
        <source>&amp;Show imported people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="95"/>
        <source>A trial run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="98"/>
        <source>1 person added or brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="100"/>
        <source>%1 people added or brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="105"/>
        <source>Nothing new: everyone in the files was already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/import_summary_dialog.py" line="106"/>
        <source>Nobody was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="114"/>
        <source>Looking for people already in your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="126"/>
        <source>Something went wrong while reading the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="142"/>
        <source>A journal archive is restored on its own, into an empty journal: import it without other files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="152"/>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="157"/>
        <source>Read every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="179"/>
        <source>Could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="187"/>
        <source>Restoring the journal from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="230"/>
        <source>Something went wrong while saving the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="244"/>
        <source>Adding people to your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/import_worker.py" line="247"/>
        <source>The journal could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportantDateDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="42"/>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="74"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="86"/>
        <source>e.g. Finals, Anniversary, Cardiology rotation starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="88"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="92"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="93"/>
        <source>e.g. 14 Jun 2026, or 14/06 every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="95"/>
        <source>Every &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="97"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="100"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="103"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="105"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="108"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="127"/>
        <source>Say what the date is, such as Finals or Anniversary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="135"/>
        <source>Type the date, such as 14 Jun 2026, or 14/06 for every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="138"/>
        <source>A date every year needs a day and a month, such as 14 Feb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="143"/>
        <source>A date that happens once needs its year; tick Every year if it comes round each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="146"/>
        <source>A date that happens once needs a day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="152"/>
        <source>Nobody in the journal is called “%1”; pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="205"/>
        <source>Discard this new date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/important_date_dialog.py" line="207"/>
        <source>Discard changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineText</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/inline.py" line="130"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/inline.py" line="135"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteropController</name>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="53"/>
        <source>Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Network Journal archive (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="163"/>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="176"/>
        <location filename="../../networkjournal/ui/interop_controller.py" line="185"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="176"/>
        <source>An import is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="186"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="201"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/interop_controller.py" line="244"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="248"/>
        <source>Patient details in the notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/interop_controller.py" line="252"/>
        <source>The notes of %n people in these files look like they identify a patient (an NHS or hospital number, a date of birth, a postcode).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="261"/>
        <source>&amp;Redact Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="263"/>
        <source>&amp;Import as They Are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="301"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroducedBy</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/introductions.py" line="37"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/introductions.py" line="37"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionsModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/introductions_model.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/introductions_model.py" line="60"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/introductions_model.py" line="60"/>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/introductions_model.py" line="61"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionsView</name>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="70"/>
        <source>Nobody is recorded as introduced by someone yet. Set &apos;Introduced by&apos; on a person&apos;s profile to see the chains here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="76"/>
        <source>Find a person in the introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="77"/>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="86"/>
        <source>Who introduced you to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="230"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/introductions_view.py" line="294"/>
        <source>Nobody called “%1” is in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFilterBar</name>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="47"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="48"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="49"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="50"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="51"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="79"/>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="80"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="83"/>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="84"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="89"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="96"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="101"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="103"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="140"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="143"/>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="144"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="205"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="416"/>
        <source>Log a Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="417"/>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="422"/>
        <source>Your journal is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="424"/>
        <source>Log a meeting, a call or a coffee with {shortcut}: who was there, what you talked about, and what you agreed to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="431"/>
        <source>No entries with {name} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="434"/>
        <source>Meetings, calls and messages you log with them will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="439"/>
        <source>No entries match “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="441"/>
        <source>Search looks at titles, places and notes. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="448"/>
        <source>No entries match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="449"/>
        <source>Try another kind, network, person or time, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTable</name>
    <message>
        <location filename="../../networkjournal/ui/panels/journal_panel.py" line="272"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="35"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="37"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="38"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="39"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/journal_table_model.py" line="160"/>
        <source>{title}
at {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepInTouch</name>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="44"/>
        <source>Snooze %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="46"/>
        <source>Stop snoozing %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="63"/>
        <source>Change how often to keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="46"/>
        <source>%1 · %2 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="48"/>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="59"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="48"/>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="59"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="50"/>
        <source>%1 · turns %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="55"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="57"/>
        <source>%1 · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="60"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepInTouchController</name>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="140"/>
        <source>Catch-up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="142"/>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="175"/>
        <source>Network default: the shortest period among each person&apos;s networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="183"/>
        <source>None of their networks has a default period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="186"/>
        <source>Network default: every %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="204"/>
        <source>Add date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="224"/>
        <source>Edit date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="237"/>
        <source>Delete date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="250"/>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="252"/>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/keep_in_touch_controller.py" line="257"/>
        <source>Calendar saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepInTouchPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="201"/>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="220"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="213"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="224"/>
        <source>Coming up — next %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="360"/>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="363"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="363"/>
        <source>%n due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="366"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="373"/>
        <source>No one to reconnect with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="375"/>
        <source>Say how often you mean to be in touch — for someone in their profile, or for a whole network — and whoever you lose touch with appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="382"/>
        <source>You&apos;re in touch with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="383"/>
        <source>No one is due for a catch-up today. Next: {name}, {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="396"/>
        <source>%n this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="398"/>
        <source>nothing this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="402"/>
        <source>Nothing coming up in the next %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="404"/>
        <source>Birthdays, and dates to remember — finals, an anniversary, a rotation starting — appear here a month ahead. Add them in someone&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="466"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepInTouchSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="80"/>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="81"/>
        <source>No birthday, dates or keep-in-touch period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="98"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="99"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="100"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="101"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="116"/>
        <source>Log a catch-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="117"/>
        <source>Snooze a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="118"/>
        <source>Snooze a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="119"/>
        <source>Stop snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="120"/>
        <source>Change how often…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="128"/>
        <source>Dates to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="130"/>
        <source>Add a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="151"/>
        <source>no keep-in-touch period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="157"/>
        <source>%1 (%2 default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="164"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="194"/>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="198"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="199"/>
        <source>Delete this date (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/keep_in_touch.py" line="209"/>
        <source>Delete date %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowsMeSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="20"/>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="28"/>
        <source>How well they know me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="21"/>
        <source>Not noted yet — choose below how well they know you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="30"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="31"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="32"/>
        <source>As an acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="33"/>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="40"/>
        <source>How close we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="42"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="43"/>
        <source>1 (distant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="47"/>
        <source>5 (very close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="58"/>
        <source>They know me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="59"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="80"/>
        <source>Change how well %1 knows me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/knows_me.py" line="88"/>
        <source>Change how close I am to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="24"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="25"/>
        <source>Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="26"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="27"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="28"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="29"/>
        <source>Teaching session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="30"/>
        <source>Ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="31"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="32"/>
        <source>Society event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="33"/>
        <location filename="../../networkjournal/ui/labels.py" line="45"/>
        <location filename="../../networkjournal/ui/labels.py" line="66"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="38"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="39"/>
        <source>Study group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="40"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="41"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="42"/>
        <source>Quality improvement project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="43"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="44"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="50"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="51"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="52"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="53"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="58"/>
        <source>Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="59"/>
        <source>Sports team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="60"/>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="61"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="62"/>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="63"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="64"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="65"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="71"/>
        <source>Knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="72"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="73"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="74"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="75"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="76"/>
        <source>Flatmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="77"/>
        <source>Supervises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="78"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="79"/>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="84"/>
        <source>Supervised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="85"/>
        <source>Mentored by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/labels.py" line="86"/>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningController</name>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="57"/>
        <source>New topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="72"/>
        <source>Edit topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="79"/>
        <source>Delete topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="93"/>
        <source>New organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="106"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="113"/>
        <source>Delete the organisation %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/learning_controller.py" line="115"/>
        <source>Its %n members stay in the journal; only the organisation and their roles in it go. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="121"/>
        <source>Delete Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="121"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="123"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="153"/>
        <source>Export Referees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/learning_controller.py" line="155"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/keep_in_touch_panel.py" line="143"/>
        <source>{title} actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="133"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="134"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="135"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="136"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="137"/>
        <source>Keep in Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="138"/>
        <source>Learning Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="140"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="188"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/main_window.py" line="189"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/main_window.py" line="514"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/main_window.py" line="516"/>
        <source>%n follow-ups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/main_window.py" line="518"/>
        <source>%n topics</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/main_window.py" line="520"/>
        <source>%n due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/main_window.py" line="524"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/toolbar.py" line="20"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/toolbar.py" line="21"/>
        <source>Search people  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/toolbar.py" line="31"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapFilters</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="52"/>
        <source>Network shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="53"/>
        <source>Organisation shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="54"/>
        <source>Tag shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="55"/>
        <source>Topic shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="56"/>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="57"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="59"/>
        <source>Seen in the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="60"/>
        <source>Seen in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="61"/>
        <source>Seen this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="62"/>
        <source>Seen in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="83"/>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="88"/>
        <source>Any organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="91"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_filters.py" line="92"/>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="132"/>
        <source>Laying out the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="144"/>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="338"/>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="235"/>
        <source>Log Meeting with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="241"/>
        <source>Add Relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="247"/>
        <source>Open Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="253"/>
        <source>Let the Map Place Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="256"/>
        <source>Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="257"/>
        <source>Lay Out Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="262"/>
        <source>Let the Map Place Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="279"/>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="322"/>
        <source>Move %1 on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="283"/>
        <source>Let the Map Place People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="339"/>
        <source>Exported from Network Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="345"/>
        <source>Export Map as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="345"/>
        <source>Export Map as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="347"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="347"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="462"/>
        <source>No one matches these choices. Choose “All networks”, “Any …” and “Any time” above to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="467"/>
        <source>No one is on the map yet. Add people (Ctrl+N) or import your contacts, and they appear here around you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="484"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="484"/>
        <source>You: everyone on the map is placed around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="492"/>
        <source>no entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/map_panel.py" line="494"/>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSearch</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_search.py" line="28"/>
        <source>Find a person on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_search.py" line="29"/>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_search.py" line="59"/>
        <source>No one on the map is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_search.py" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="49"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="49"/>
        <source>The network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="52"/>
        <source>Introduction Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="53"/>
        <source>The tree of who introduced you to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="64"/>
        <source>Lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="68"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="69"/>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="70"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="71"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="75"/>
        <source>Show lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="85"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="87"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="89"/>
        <source>Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="89"/>
        <source>Show the whole map (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="92"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="92"/>
        <source>Save the view as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="96"/>
        <source>As PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/map_toolbar.py" line="97"/>
        <source>As SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="73"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="75"/>
        <source>W&amp;rite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="76"/>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="74"/>
        <source>Merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="76"/>
        <source>Are these two the same person? Choose the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="96"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="144"/>
        <source>Everything recorded about the other “%1” — entries, facts, relationships, memberships, topics, tags and contact details — moves to the one you keep, which also takes any details it lacks. The other is then removed. Edit ▸ Undo brings both back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="152"/>
        <source>Everything recorded about “%1” — entries, facts, relationships, memberships, topics, tags and contact details — moves to “%2”, who also takes any details they lack. “%1” is then removed. Edit ▸ Undo brings both back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetBlock</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="20"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="26"/>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="66"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="27"/>
        <source>Change how, where and when you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="36"/>
        <source>When you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="39"/>
        <source>Where you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="40"/>
        <source>e.g. Freshers&apos; fair, anatomy lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="43"/>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="46"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="47"/>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="48"/>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="66"/>
        <source>Add how and where you met…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/met.py" line="96"/>
        <source>Change how you met %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="82"/>
        <source>Entries per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="101"/>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="150"/>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="152"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="153"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="158"/>
        <source>{month} · {name}: {entries}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="170"/>
        <source>Click to show these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="175"/>
        <source>No journal entries in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="180"/>
        <source>Entries per month from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="186"/>
        <source>{name}: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="190"/>
        <source>{name}: {entries} in all, most in {month} ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="200"/>
        <source>Highlighted: {bar}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="309"/>
        <source>No journal entries in the last %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/month_chart.py" line="311"/>
        <source>No journal entries yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCard</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="278"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="287"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="288"/>
        <source>active in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="289"/>
        <source>going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="290"/>
        <source>new in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="319"/>
        <source>Show everyone in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="320"/>
        <source>Show who you have seen in the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="321"/>
        <source>Show who is due for a catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="322"/>
        <source>Show who you added in the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="326"/>
        <source>Show everyone in {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="328"/>
        <source>Show who in {network} you have seen in the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="330"/>
        <source>Show who in {network} is due for a catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="331"/>
        <source>Show who joined {network} in the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/dashboard_cards.py" line="339"/>
        <source>{network} · {figure}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkController</name>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="69"/>
        <source>New Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="70"/>
        <source>Name of the new network (for example Research, Placement, Family):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="96"/>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/network_controller.py" line="121"/>
        <source>The %n people in it stay in the journal; only the network and their roles in it go. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="126"/>
        <source>Delete the network %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="127"/>
        <source>Delete Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/network_controller.py" line="127"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkRolesEditor</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="40"/>
        <source>There are no networks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="51"/>
        <source>Role, e.g. tutor or flatmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="52"/>
        <source>Role in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="92"/>
        <source>tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="93"/>
        <source>personal tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="94"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="95"/>
        <source>demonstrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="96"/>
        <source>lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="97"/>
        <source>consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="98"/>
        <source>registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="99"/>
        <source>flatmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="100"/>
        <source>coursemate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="101"/>
        <source>teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="102"/>
        <source>friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="103"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/network_roles_editor.py" line="104"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSidebar</name>
    <message>
        <location filename="../../networkjournal/ui/panels/network_sidebar.py" line="54"/>
        <source>Networks and other ways to browse people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunitiesModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="44"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="45"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="47"/>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="48"/>
        <source>Could also supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="243"/>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="256"/>
        <source>Nobody supervises this yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="48"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="50"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="70"/>
        <source>e.g. Cardiology Society, Ward 7, St Mary&apos;s Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="75"/>
        <source>What it is, where, anything worth remembering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="77"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="80"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="82"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="85"/>
        <source>Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="104"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="105"/>
        <source>president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="106"/>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="107"/>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="108"/>
        <source>captain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="109"/>
        <source>committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="110"/>
        <source>consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="111"/>
        <source>registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="112"/>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="113"/>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="114"/>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="115"/>
        <source>tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="154"/>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="178"/>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="156"/>
        <source>A member needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="196"/>
        <source>Discard this new organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/organisation_editor.py" line="198"/>
        <source>Discard changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organisations</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="120"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="121"/>
        <source>Remove from this organisation (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="135"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/organisations.py" line="137"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/partial_date_edit.py" line="22"/>
        <source>e.g. 23 Sep 2019, 23/09, Sep 2019 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/partial_date_edit.py" line="109"/>
        <source>%1, year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/partial_date_edit.py" line="113"/>
        <source>%1, day unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/partial_date_edit.py" line="116"/>
        <source>Some time in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="76"/>
        <source>Add someone who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="166"/>
        <source>Add new person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="204"/>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="233"/>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="237"/>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="243"/>
        <source>Click to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="245"/>
        <source>%1 will be added to your people when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="248"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="278"/>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/participants_edit.py" line="278"/>
        <source>Type a name, nickname or email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientWarningBar</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="56"/>
        <source>Re&amp;dact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="60"/>
        <source>Not a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="94"/>
        <source>an NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="95"/>
        <source>a hospital number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="96"/>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="97"/>
        <source>a patient&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="102"/>
        <source>This looks like %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/patient_warning_bar.py" line="107"/>
        <source>This looks like patient details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="169"/>
        <source>Forget %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/people_controller.py" line="171"/>
        <source>Forget these %n people?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="173"/>
        <source>Every trace of them leaves the journal: their details, contact methods and memberships. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="177"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/people_controller.py" line="189"/>
        <source>The %n journal entries only they were in go too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="208"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/people_controller.py" line="218"/>
        <source>Forget the %n people in the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="219"/>
        <source>Every trace of them leaves the journal. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/people_controller.py" line="221"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="145"/>
        <source>No one matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="146"/>
        <source>Search looks at names, nicknames, roles and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="147"/>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="151"/>
        <source>No one in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="153"/>
        <source>Drag people here from All people, or choose fewer things at once in the sidebar (Ctrl-click a choice to drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="158"/>
        <source>Drag people here from All people, or add someone new and tick this in their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="164"/>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="193"/>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="210"/>
        <source>Add a Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="171"/>
        <source>The archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="173"/>
        <source>Archive people you no longer keep up with: they leave your everyday lists but stay in the journal, and you can bring them back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="179"/>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="180"/>
        <source>People you delete wait here until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="184"/>
        <source>Your journal is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="186"/>
        <source>Start with someone you know: who they are, how you met, and which of your networks — social, personal support, academic support — they belong to. Or fill the journal with an example network to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="198"/>
        <source>Explore a Demo Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="205"/>
        <source>Everyone is archived or in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="206"/>
        <source>Add someone new, or bring people back from Archived or Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleRolesEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="76"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="78"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="78"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="80"/>
        <source>Nobody yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="91"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="177"/>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="180"/>
        <source>e.g. supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="185"/>
        <source>e.g. Sep 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="186"/>
        <source>still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="248"/>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="249"/>
        <source>Role of person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="250"/>
        <source>Person %1 since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="251"/>
        <source>Person %1 until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="252"/>
        <source>Remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="253"/>
        <source>Problem with person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="276"/>
        <source>Nobody in the journal is called “%1”; pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="279"/>
        <source>Choose who, or remove this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="282"/>
        <source>%1 is already listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/people_roles_edit.py" line="302"/>
        <source>“Until” is before “since”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../networkjournal/ui/panels/people_panel.py" line="32"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="42"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="43"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="44"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="45"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/people_table_model.py" line="186"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="32"/>
        <source>Keep in Touch Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="37"/>
        <source>Network default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="39"/>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="54"/>
        <source>Keep in touch &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="73"/>
        <source>How often to be in touch with %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/period_dialog.py" line="74"/>
        <source>How often to be in touch with each of these %n people:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="28"/>
        <source>Network default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="30"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="33"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="87"/>
        <source>%1 (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="113"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="113"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="114"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="114"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="115"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/period_edit.py" line="115"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="57"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="59"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="64"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="65"/>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="66"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="67"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="68"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="106"/>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="107"/>
        <source>e.g. Anatomy demonstrator, FY2 doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="110"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="113"/>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="115"/>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="116"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="117"/>
        <source>&amp;Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="118"/>
        <source>&amp;Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="119"/>
        <source>&amp;Role or headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="120"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="134"/>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="135"/>
        <source>e.g. Freshers&apos; fair, anatomy lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="142"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="142"/>
        <source>1 (distant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="142"/>
        <source>5 (very close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="145"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="145"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="145"/>
        <source>As an acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="146"/>
        <source>Well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="149"/>
        <source>Met &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="150"/>
        <source>Met &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="151"/>
        <source>&amp;How we met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="152"/>
        <source>&amp;Introduced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="154"/>
        <source>C&amp;loseness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="155"/>
        <source>They &amp;know me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="167"/>
        <source>Network default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="169"/>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="171"/>
        <source>Keep in touch &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="180"/>
        <source>Anything worth remembering about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="181"/>
        <source>Could give me a &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="185"/>
        <source>What they have seen me do, what a reference from them could speak to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="187"/>
        <source>What a reference from them could cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="190"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="308"/>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="310"/>
        <source>Nobody in the journal is called “%1”; pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="321"/>
        <source>Something here needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="369"/>
        <source>Discard changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="371"/>
        <source>Discard this new person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="373"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/person_editor.py" line="378"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="98"/>
        <source>Log Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="100"/>
        <source>Log a meeting with this person (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="102"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="104"/>
        <source>Edit every detail of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="140"/>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="196"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="162"/>
        <source>Select someone to see who they are and your time together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/person_panel.py" line="256"/>
        <source>No entries with %1 yet. Log one with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/person_picker.py" line="27"/>
        <source>Nobody: type part of a name to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/person_picker.py" line="30"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/person_picker.py" line="48"/>
        <source>Person #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoEdit</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="39"/>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="79"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="45"/>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="47"/>
        <source>Remo&amp;ve photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="98"/>
        <source>Choose photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="100"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="107"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="114"/>
        <source>%1 is not a picture this program can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/photo_edit.py" line="115"/>
        <source>Photo not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="52"/>
        <source>Add fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="57"/>
        <source>Delete fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="62"/>
        <source>Add what they saw me do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="62"/>
        <source>Add what I told them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="68"/>
        <source>Delete what they know about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="73"/>
        <source>Add relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="78"/>
        <source>Delete relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="88"/>
        <source>New topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="92"/>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="101"/>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="111"/>
        <source>New organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="120"/>
        <source>Add to organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="135"/>
        <source>Remove from organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/profile_commands.py" line="152"/>
        <source>Change tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileContext</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/base.py" line="58"/>
        <location filename="../../networkjournal/ui/panels/profile_sections/base.py" line="61"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSections</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/facts.py" line="47"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconnectModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="41"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="42"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="43"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="44"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="60"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="138"/>
        <source>{period} ({network})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="147"/>
        <source>No entries with them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="151"/>
        <source>Everyone in {network} every {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="154"/>
        <source>Their own period: every {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="158"/>
        <source>Due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/reconnect_model.py" line="160"/>
        <source>Snoozed until then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefereesDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="35"/>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="49"/>
        <source>Referees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="41"/>
        <source>People who could give you a reference: what they have seen you do, what a reference from them could speak to, and when you last spoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="67"/>
        <source>&amp;Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="69"/>
        <source>Put the list on the clipboard, to paste anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="70"/>
        <source>&amp;Show Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="94"/>
        <source>1 referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="94"/>
        <source>%1 referees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="97"/>
        <source>Nobody is marked as a referee yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="99"/>
        <source>Tick “Could give me a reference” in a person&apos;s notes, and note what they have seen you do: it all gathers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="118"/>
        <source>Copied 1 referee as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="118"/>
        <source>Copied %1 referees as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="129"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="131"/>
        <source>Last spoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="137"/>
        <source>Could speak to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="142"/>
        <source>Has seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/referees_dialog.py" line="144"/>
        <source>Nothing noted yet about what they have seen you do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="51"/>
        <source>New relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="51"/>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="87"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="90"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="91"/>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="96"/>
        <source>Which way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="99"/>
        <source>&amp;Which way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="100"/>
        <source>e.g. met at the audit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="103"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="104"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="106"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="109"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="164"/>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="171"/>
        <source>%1 supervises %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="172"/>
        <source>%1 mentors %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="173"/>
        <source>%1 introduced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="179"/>
        <source>Nobody in the journal is called “%1”; pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="182"/>
        <source>Choose who %1 knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/relationship_dialog.py" line="202"/>
        <source>Discard this relationship?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="113"/>
        <source>Who they know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="114"/>
        <source>Nothing yet — add whom they know below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="148"/>
        <source>Delete relationship with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/relationships.py" line="149"/>
        <source>Delete this relationship (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../networkjournal/ui/reminders.py" line="81"/>
        <source>1 follow-up is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/reminders.py" line="82"/>
        <source>%n follow-ups are due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/reminders.py" line="88"/>
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/reminders.py" line="97"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/inline.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="166"/>
        <source>Backing up the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="177"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="186"/>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="186"/>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="190"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="207"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="208"/>
        <source>Wait for the import or export to finish, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="221"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="240"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="241"/>
        <source>The backup could not be restored; the journal is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="262"/>
        <source>Journal not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="263"/>
        <source>The journal could not be opened again after the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="273"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/safety_controller.py" line="277"/>
        <source>This journal was written by a newer version of Network Journal, so it is open read-only: you can read, search and export it, but not change it. Install the newer version to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="93"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="93"/>
        <source> · archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/global_search.py" line="95"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/base.py" line="79"/>
        <source>Shows or hides this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/base.py" line="82"/>
        <source>Show or hide this section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../networkjournal/ui/settings.py" line="236"/>
        <source>The backup folder must be a full path, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/settings.py" line="242"/>
        <source>Backups cannot be written in %1: %2 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/settings.py" line="251"/>
        <source>Backups cannot be written in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="100"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="101"/>
        <source>&amp;Keep in Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="102"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="131"/>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="133"/>
        <source>Overview on the day&apos;s first start, then the last tab used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="134"/>
        <source>The last tab used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="135"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="136"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="137"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="139"/>
        <source>Keep in Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Learning Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="141"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="146"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="147"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="148"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="149"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="151"/>
        <source>&amp;Open on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="152"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="164"/>
        <source>How often to be in touch with the people of each network, unless a person has a period of their own. These are kept in the journal, and Undo takes a change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="175"/>
        <source>No reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="178"/>
        <source>Keep in touch with %1 every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="190"/>
        <source>There are no networks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="204"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="206"/>
        <source>Beside the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="209"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="211"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="214"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="216"/>
        <source>Back up beside the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="229"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="233"/>
        <source>Weekly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="237"/>
        <source>Monthly backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="240"/>
        <source>A backup is taken when the journal changed and a day has passed. Every backup of the last day is kept; older ones are thinned to the newest of each day, then week, then month, as many as set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="249"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Keep &amp;daily backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="252"/>
        <source>Then &amp;weekly for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="253"/>
        <source>Then &amp;monthly for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="279"/>
        <source>Patient-identifier warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="280"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Normal: identifiers named as such (NHS, MRN, DOB …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="285"/>
        <source>Strict: also bare numbers, dates and postcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="289"/>
        <source>While you write an entry, Network Journal warns when the notes seem to identify a patient (an NHS or hospital number, a date of birth, a postcode), and offers to redact it. It never stops you saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="298"/>
        <source>Patient &amp;warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="332"/>
        <source>Folder for Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="375"/>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="378"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/settings_dialog.py" line="59"/>
        <source>Change networks&apos; keep-in-touch periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="118"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="119"/>
        <source>Referees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="121"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="122"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="125"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="126"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="127"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="128"/>
        <source>Learning together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="129"/>
        <source>Could supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="131"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/sidebar_model.py" line="132"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/tags.py" line="41"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/tags.py" line="42"/>
        <source>Add a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/tags.py" line="89"/>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/tags.py" line="90"/>
        <source>Take this tag off (undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="45"/>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="49"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="50"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="51"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="62"/>
        <source>The notes to start from, in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="63"/>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="85"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="87"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="88"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="173"/>
        <source>e.g. Journal club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="180"/>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="181"/>
        <source>Entries already written from it keep their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="182"/>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="182"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="195"/>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="197"/>
        <source>the new template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/templates_dialog.py" line="198"/>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="53"/>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="55"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="74"/>
        <source>e.g. Sepsis audit, Renal study group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="78"/>
        <source>e.g. Sep 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="79"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="80"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="86"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="91"/>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="97"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="99"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="100"/>
        <source>St&amp;arted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="102"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="104"/>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="110"/>
        <source>What it is about, what is next. Markdown works: **bold**, - lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="113"/>
        <source>Preview of the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="114"/>
        <source>The notes, as they will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="116"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="143"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="144"/>
        <source>co-supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="145"/>
        <source>could supervise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="146"/>
        <source>co-author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="147"/>
        <source>study partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="148"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="149"/>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="150"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="194"/>
        <source>Someone in the list needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="221"/>
        <source>It ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="246"/>
        <source>Discard this new topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/topic_editor.py" line="247"/>
        <source>Discard changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicKind</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="26"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="27"/>
        <source>Study group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="28"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="29"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="30"/>
        <source>Quality improvement project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="31"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="32"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="33"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicStatus</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="36"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="37"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="38"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="39"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsFilterBar</name>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="46"/>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="47"/>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="50"/>
        <source>Kind of topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="51"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="57"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="62"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="63"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="65"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="68"/>
        <source>Research, audits, QIPs and publications to do, and who could supervise them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="37"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="40"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/topics_model.py" line="41"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPanel</name>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="167"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="171"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="284"/>
        <source>New Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="285"/>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="289"/>
        <source>No topics yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="291"/>
        <source>Start one with New Topic…: a module, a study group, research, an audit, a QIP or a skill, and who is in it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="298"/>
        <source>No ideas waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="300"/>
        <source>Research, audits, QIPs and publications that are ideas or under way are listed here, with who supervises them and who else could.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="307"/>
        <source>No topics match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="308"/>
        <source>Try other words, another kind or status, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/topics_panel.py" line="348"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="107"/>
        <source>What we&apos;re learning together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="108"/>
        <source>Nothing yet — add them to a topic below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="148"/>
        <source>Take them off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/topics.py" line="149"/>
        <source>Take them off this topic (the topic stays; undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <location filename="../../networkjournal/ui/reminders.py" line="151"/>
        <source>Network Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="32"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="33"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="34"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="35"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="151"/>
        <source>{day} · {away}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="153"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="166"/>
        <source>Double-click to edit this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="58"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="60"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="61"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="69"/>
        <source>turns %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="70"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="70"/>
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="76"/>
        <source>{name}&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="78"/>
        <source>(turns %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/models/upcoming_model.py" line="82"/>
        <source>{label} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoCanHelpDialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="28"/>
        <source>Who Can Help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="33"/>
        <source>Looks through what you know about people, their roles, the topics you share and the organisations they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="41"/>
        <source>Who can help with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="42"/>
        <source>Help with… e.g. cardiology, audit, anatomy, rowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="46"/>
        <source>People who could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="58"/>
        <source>&amp;Show Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="91"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="97"/>
        <source>%n could help — Return shows them, ↑↓ choose</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="101"/>
        <source>Nobody in the journal seems to know about “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/help_dialog.py" line="104"/>
        <source>Type a subject, a speciality, a skill or a place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoSection</name>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="79"/>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="80"/>
        <source>Nothing yet — say how you met, or add an organisation or tag below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="100"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="101"/>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="102"/>
        <source>Introduced you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="103"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="104"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="105"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/panels/profile_sections/who.py" line="106"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ExportJob</name>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="94"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="95"/>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="117"/>
        <source>Export cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="126"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/interop_controller.py" line="132"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PersonCard</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="172"/>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="198"/>
        <source>No role noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="203"/>
        <source>%n entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="203"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="206"/>
        <source>%1, the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="209"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="215"/>
        <source>Stays, with everything of the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/merge_people_dialog.py" line="217"/>
        <source>Moves into the other, then removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WhenEdit</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/entry_editor.py" line="437"/>
        <source>Type over each part; ← and → move between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="166"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="169"/>
        <source>Open this address in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/widgets/markdown_view.py" line="174"/>
        <source>This address cannot be opened from a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="18"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="26"/>
        <source>An offline relationship journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="28"/>
        <source>Your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="29"/>
        <source>Nothing leaves this computer unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="31"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/dialogs/about.py" line="32"/>
        <source>Built with Qt %1, Peewee and SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../networkjournal/ui/formatting.py" line="30"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/formatting.py" line="32"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../networkjournal/ui/formatting.py" line="34"/>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
