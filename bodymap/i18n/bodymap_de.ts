<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app</name>
    <message>
        <source>bodymap cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap could not finish opening its window (an internal error). No session was opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap: the diagram was not painted within 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap: the window was not ready within 20 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>language of the messages, the window and the printed record (default: the language preference, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point map of the posterior upper back and shoulders. Other commands: {commands} (bodymap COMMAND --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session file to open (.bodymap.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the main window, wait until the diagram is painted, print the seconds since process start and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a FHIR R4 bundle or a CSV of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV without names, identifiers or dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a FHIR bundle is made from one session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem} (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points of {sessions} written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check session files; exit 1 if any is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the JSON Schema of session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the printed session record as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: the one of the system&apos;s region, Letter or A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of the clinic&apos;s session files: points treated at the patient&apos;s earlier visits are printed as recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: ok (%n points)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sign a session file in place (the signer&apos;s key is made on first use); exit 1 if it was not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed after the name, e.g. MD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file (mode 600) whose first line is the key&apos;s passphrase; asked on the terminal when not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic folder whose keys/ registers the signer&apos;s public key (default: the default session folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check signatures: exit 0 all valid; 2 a file cannot be read; else 1 a file was altered, has a broken signature or an unknown key; else 3 a file is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic folder whose keys/ holds the registered public keys (default: the default session folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a signed amendment to a signed session file; exit 1 if not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amending clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the record is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corrected value: where (e.g. /points/0/findings/pain_after) and the new value as JSON (text that is not JSON is taken as text); may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed after the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as for sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: already signed; add an amendment instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not signed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: signed by {signer} on {time}; content SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not signed, so it can still be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not amended: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: amendment {number} added by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>landmarks</name>
    <message>
        <source>Mastoid process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint of the lateral scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior acromial angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humeral head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deltoid tuberosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midpoint of the medial scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertebra} spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>location</name>
    <message>
        <source>the mastoid process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the mastoid process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the superior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the superior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the root of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the midpoint of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the midpoint of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the midpoint of the lateral scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the midpoint of the lateral scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inferior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the inferior angle of the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the posterior acromial angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the posterior acromial angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the humeral head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the humeral head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deltoid tuberosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the deltoid tuberosity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the posterior axillary fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the posterior axillary fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the midpoint of the medial scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the midpoint of the medial scapular border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external occipital protuberance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the external occipital protuberance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <comment>the patient&apos;s side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <comment>the patient&apos;s side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>next to the {muscles}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no muscle identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline, {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} lateral to its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} superior to {vertebra} spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} inferior to {vertebra} spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} lateral to {vertebra} spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the line C7–acromion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} superior to the line C7–acromion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} inferior to the line C7–acromion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} lateral to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} medial to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} superior and {across} lateral to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} superior and {across} medial to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} inferior to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vertical} superior to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{across} lateral to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{across} medial to {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the level of {landmark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the level of {vertebra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} lateral to the midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the back of the skull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the superior nuchal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the external occipital protuberance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the posterior acromial angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the acromion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the root of the scapular spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the lateral head of triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the {vertebra} spinous process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the {part}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>saline is not mixed in as an agent: the concentrations say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mixed agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an injection with agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mixture names its local anaesthetics, not saline, first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent is listed twice in one mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complication is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;none&apos; cannot be combined with a complication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two points share the same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two points share the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two pain areas share the same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two pain areas share the same quality and intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corrected value is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a line break or tab ({code}), which this field does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character ({code}), which this field does not accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <source>Upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhomboid minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhomboid major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serratus posterior superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teres minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teres major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latissimus dorsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splenius capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splenius cervicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semispinalis capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suboccipital group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoracic paraspinals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoracic multifidi/rotatores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sternocleidomastoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long head of triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triceps, long head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multifocal / unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levator scapulae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rhomboid minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rhomboid major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serratus posterior superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infraspinatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teres minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teres major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latissimus dorsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posterior deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splenius capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splenius cervicis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semispinalis capitis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suboccipital group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoracic paraspinals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoracic multifidi/rotatores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sternocleidomastoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long head of triceps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triceps, long head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multifocal / unspecified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>performed and documented by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
