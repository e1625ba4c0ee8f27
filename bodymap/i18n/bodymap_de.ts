<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>about</name>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPLv3). The installable bundle is one folder that keeps the Qt and PySide6 libraries as separate, unmodified files, so they can be replaced with compatible versions without rebuilding bodymap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posterior upper-back and shoulder map for documenting trigger point injections and dry needling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries shipped with bodymap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{licence} (used under LGPL-3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller bootloader (starts the bundle): GPL-2.0-or-later with an exception for the programs it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence texts of all of these, and of the system libraries the bundle carries, are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text of each library is in its installed package metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <source>- Put ice (or heat) on sore areas. You may take paracetamol (acetaminophen), or ibuprofen if
  it is suitable for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Put ice on sore areas. For pain, take paracetamol (acetaminophen) if it is suitable for
  you.
- Keep taking your usual blood thinner and any aspirin your doctor prescribed. For pain, do not
  take extra aspirin, ibuprofen or other anti-inflammatory painkillers (NSAIDs): with your blood
  thinner they raise the risk of bleeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Where a steroid was injected, the fat under the skin may shrink and leave a small dent
  (dimple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your trigger point treatment

- The treated areas may be sore for up to a day or two (typically 24 to 48 hours). This is normal.
{pain}
- Stretch gently and move the treated areas the same day. Avoid heavy use of the treated muscles
  for a day or two, then continue your exercise programme.
- Rare problems: infection, bleeding or bruising.
{steroid}

When to get help
- Call emergency services if you become short of breath or have chest pain, especially pain on
  breathing in. A collapsed lung (pneumothorax) is rare, and can start from a few hours up to
  2 days after treatment.
- Call emergency services for new weakness, numbness or tingling in an arm or leg, difficulty
  walking, or a severe neck or back pain or headache after the treatment.
- Call emergency services for swelling of the face or throat, hives or difficulty breathing, or
  after an injection for numbness around the mouth, a metallic taste, ringing in the ears,
  confusion or a fit. These usually start within minutes of the injection, occasionally later.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibromyalgia: trigger points may recur, and treated points may need treatment again. Medicare coverage expects a repeat injection only after relief that lasted at least 6 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agents</name>
    <message>
        <source>Lidocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bupivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levobupivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ropivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mepivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prilocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chloroprocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>levobupivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mepivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prilocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chloroprocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lidocaine 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lidocaine 2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bupivacaine 0.25%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bupivacaine 0.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ropivacaine 0.2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ropivacaine 0.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal saline 0.9%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal saline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal saline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allergy</name>
    <message>
        <source>Allergic to local anaesthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amide local anaesthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ester local anaesthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local anaesthetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is allergic to local anaesthetics: injection with {agents} is refused. Consider dry needling or normal saline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field. Consider dry needling or normal saline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, but points {numbers} record an injection with one. Change to dry needling or normal saline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, and the agent injected at points {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions parabens: multiple-dose vials of local anaesthetic contain methylparaben. Use preservative-free (MPF) single-dose solutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and points {numbers} record epinephrine. Use a plain solution.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant. Use plain solutions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amend</name>
    <message>
        <source>Correct a recorded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value is being corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment is added after the signed record, dated and signed; the record itself does not change. Printed records show both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pain score recorded for the wrong point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the author&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the record is amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amendment, or correct a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>cautions</name>
    <message>
        <source>; record the height: the advice depends on BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, underweight; {average} mm for an average adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, overweight; {average} mm for an average adult)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}: the {length} mm needle is longer than advised {zone} ({advice}). Choose a shorter needle, or confirm that the depth was controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insertion depth at most {depth} mm (needle length {depth} mm if inserted to the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published depth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{depth} for an average adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suboccipital region: high-risk needling zone (vertebral artery, spinal canal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No depth is safe here by landmarks: between the occiput, C1 and C2 no bone covers the spinal canal, and the vertebral artery lies deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 40 mm was needed to reach rectus capitis posterior major in cadavers, inserted midway between the C2 spinous process and the C1 transverse process at 45 degrees or less cranially: go that deep only under ultrasound guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never angle medially toward the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit for landmark-guided needling, not a safe depth: nothing is safe here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the suboccipital region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramedian neck (C1–C7): spinal canal and vertebral artery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural haematoma and cord injury have followed cervical paraspinal needling: keep the needle superficial, and never angle it medially toward the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider ultrasound guidance; ask about anticoagulants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the cervical spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the lung apex (angle of the neck): pneumothorax risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincer-grasp the muscle and aim the needle at your fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never angle the needle medially or caudally, toward the lung apex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider ultrasound guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the lung apex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the thorax: pneumothorax risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle the needle tangentially, or onto a rib bracketed between two fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid the intercostal spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the thorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between thoracic spinous processes: spinal canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epidural haematoma has followed dry needling near the thoracic spine: direct the needle onto a spinous process or lamina, never into the gap between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between the thoracic spinous processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoracic paraspinal muscles: spinal canal medially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct the needle onto the lamina or transverse process, never medially into the space between the laminae.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the thoracic spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over scapular bone: lower pneumothorax risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct the needle onto bone: the middle of the blade is about 2 mm thick, and a needle driven through it reaches the chest wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over scapular bone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Points are treated but consent is not recorded as obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are treated but the time-out (identity, procedure, site and side, allergies, anticoagulants) is not recorded as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recorded side of points {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Point {number}: {mismatch}. Check the muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{caution} (points {numbers}). {technique} Advised: {advice}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>codes</name>
    <message>
        <source>Ultrasonic guidance for needle placement (eg, biopsy, aspiration, injection, localization device), imaging supervision and interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some payers do not cover imaging guidance with trigger point injections (Medicare&apos;s trigger point injection LCDs, such as L36859, are summarised as excluding it): check the payer&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare covers dry needling only as acupuncture for chronic low back pain (NCD 30.3.3), not for the neck, upper back or shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iliocostalis, longissimus or spinalis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectus capitis posterior major or minor, obliquus capitis inferior or superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 3 or more muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 1 or 2 muscle(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 3 or more muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {descriptor}. Once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{code} {descriptor}. %n muscles: {muscles}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} name a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Myalgia, unspecified site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myalgia of mastication muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myalgia of auxiliary muscles, head and neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myalgia, other site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle spasm of back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other muscle spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cervicalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in thoracic spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension-type headache, unspecified, not intractable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in right shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in left shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in unspecified shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>myofascial pain of the trunk or shoulder girdle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger points in neck muscles (splenius, semispinalis capitis, suboccipitals, sternocleidomastoid); upper trapezius and levator scapulae count under M79.18 here, a coding judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibromyalgia is recorded for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis {codes} is a category code, not billable in ICD-10-CM. Choose a specific code such as M79.18 ({title}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis is recorded for the procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>correctable</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the corrected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>P&amp;rocedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (side is the patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain dra&amp;wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to confirm before saving</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: no warnings to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>L</source>
        <comment>the patient&apos;s left, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>the patient&apos;s right, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posterior view, patient prone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>diagram_key</name>
    <message numerus="yes">
        <source>%n points marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway, or go back and correct them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway, or go back and correct them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anyway, or go back and correct them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign anyway, or go back and correct them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.

Save them before continuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Procedure tab).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check before continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This session has %n warnings to confirm:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere.
{owner}

Open a read-only copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session in use on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open on another computer: {holder}

Take it over only if that computer has stopped using it (it crashed, or was switched off). Changes its user has not saved may then clash with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has changed since you opened it: {reason}.

Save your version over it? (Choose Cancel and then Save As to keep both.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap did not close properly last time.

Unsaved changes to {session} were kept. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for a file to open: none (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked where to save: not saved (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: kept, nothing discarded (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere ({owner}): opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open on another computer ({holder}): opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” changed on disk ({reason}): not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes to {session} are kept for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for a printer: not printed (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked where to write a PDF: not written (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: not written (nobody to answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Edit {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drawing holds at most {count} areas: not painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing painted: the stroke lies outside the body outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing is too detailed to keep: not painted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint ({area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw polygon ({area})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity: a whole number from 0 to 10. Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join into {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set area to {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete painted area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record is signed: add an amendment instead (File → Amend…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the body outline: no point added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point lies outside the body outline: no point added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That point is in this session already: no point added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move point {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete point {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: a point&apos;s identity or place is not edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} of {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: not done, {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session holds at most {count} points: no point added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} cannot leave the body outline: not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>points {numbers}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {problem}. Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doses</name>
    <message>
        <source>{per_kg}, at most {cap} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kg} kg lean body weight (BMI {bmi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg for {weight} ({rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg whatever the weight ({rule}). The weight is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient weight is not recorded, so the maximum safe dose of local anaesthetic ({agents}) is checked only against the absolute caps. Enter the weight in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{agent}: concentration missing at points {numbers}, so that dose is not checked. Record the concentration.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose whatever the weight ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mg} mg for {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight not recorded; at most {mg} mg whatever the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no weight-based maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{maximum}, with epinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{maximum}, plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; each injection counts against its own maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lowered by 20% in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight not recorded: maxima are the absolute caps, whatever the weight; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maxima for {weight}; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; lowered by 20% in pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concentration missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose not checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printed record could not be made ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session file could be read: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is a folder; name the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this is one of the session files being exported; choose another output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an export is not a session file; choose a name that does not end in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>{done}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FHIR Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV of Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of Points, &amp;De-identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export FHIR Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR bundle written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export De-identified CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV of Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points written to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>aftercare given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergy local anaesthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anticoagulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complication notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concentration percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediate response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infection at site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needle diameter mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needle gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needle length mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin prep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taut band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ultrasound guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vapocoolant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with epinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chlorhexidine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>povidone iodine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palpable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source> (the folder does not allow a lock file: others are not warned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} on {host} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lock taken over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” was not taken over: it is now open by {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” was not taken over: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example session opened (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} read-only{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} opened{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: {file} is as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is in use: open by {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was NOT saved.

{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was NOT saved.

{file} holds a signed record, which is never replaced by another session. Choose another name with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>bodymap saves each session as a file in a clinic folder, one folder per patient. The Patients window finds earlier visits there.

Use a new folder in your documents, or a folder the clinic already uses (for example on a network drive shared by several workstations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic folder “{folder}” cannot be found. If it is on a network drive, connect the drive and check again; or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder in my documents: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder the clinic already uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a folder on the clinic&apos;s network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the clinic&apos;s folder, or use the default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>the clinic index could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic index could not be used ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}th</source>
        <comment>the ordinal number of a visit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, not treated before (last examined {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, last treated {date} with {treatment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({kind})</source>
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
    <message>
        <source>midline {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;tients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Deep Muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the muscles under trapezius, latissimus and deltoid (always used to identify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;w Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade where it hurts: brush, polygon or eraser (clicks then mark no points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*]{note} — bodymap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected points; the points after them are renumbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Point Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the selected point&apos;s muscle, findings and treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Ne&amp;xt Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session for this patient, with this visit&apos;s points offered on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the saved record: it becomes read-only, amendments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a signed amendment to the signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propert&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ar&amp;chival PDF (PDF/A-1b)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF/A-1b file for long-term keeping: fonts embedded, no transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Landmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the map&apos;s crosshair on a bony landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the marker colours, badges and rings mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thicker outlines and larger numbers on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Between Map and Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients and Earlier Visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept All Previous-Visit Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
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
    <message>
        <source>trapezius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deltoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoracic paraspinals (erector spinae)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoracic multifidi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triceps brachii</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>needling</name>
    <message numerus="yes">
        <source>Needling over both lungs in one session (points {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quality}, intensity {intensity}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit ({date}) {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: {difference} smaller ({percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: {difference} larger ({percent}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: {difference} smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: {difference} larger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Choose a full folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{folder}” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” is still not there. If it is on a network drive, connect the drive first; or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist: choose a folder inside one that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap may not save in “{folder}”: choose a folder you can write in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pain clinic, City Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of bodymap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier visits not shown on the record: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record printed to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archival PDF/A-1b record written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>The procedure end time ({end}) is before its start time ({start}). Correct the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure took {minutes} minutes, more than {limit}. Check the start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection is recorded at a needle site: never needle through infected skin. Choose another site or postpone the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is pregnant, a relative contraindication: local anaesthetic maxima are lowered by 20%. Document the decision to treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient weighs {kg} kg but the height is not recorded: dose maxima are on total weight and the needle advice assumes an average build. Record the height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is anticoagulated, a relative contraindication to needling (bleeding). Document the decision to treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Patient is anticoagulated and points {numbers} lie over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Patient is {age} years old: the maximum doses and needle depths bodymap uses are for adults and do not apply. Check each dose and depth for this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient is {age} years old: older patients are at higher risk of local anaesthetic toxicity, and a dose 10-20% below the maximum is advised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>properties</name>
    <message>
        <source>not saved yet (saved as {format} {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} (the file cannot be read now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} {version}, read as {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects {place}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends SHA-256: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: none (a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: {signer}, {meaning}, on {time} (Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed content SHA-256: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no clinician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(user {user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of the session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>high-risk zone, suboccipital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-risk zone, paramedian neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spinal canal, between spinous processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spinal canal medially, thoracic paraspinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pneumothorax risk, lung apex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pneumothorax risk, over the thorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower pneumothorax risk, over scapula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLERGY TO LOCAL ANAESTHETICS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painted area {area}: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain drawn at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pneumothorax caution at this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <comment>of the diagram</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawn: {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point procedure record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID — this record was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <comment>identifier of the patient</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {id} · Format {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <comment>of the signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects {correction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Povidone-iodine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL ANAESTHETICS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anticoagulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No injections recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry needling: %n points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Totals per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings at the time of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end before start: check the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vapocoolant spray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultrasound guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection at a needle site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate response: {response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare advice given to the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare advice not recorded as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT {code} (suggested): {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10-CM {code} (suggested): {title} – {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codes suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested codes are not billed until the clinician confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{caution}. Points {numbers}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needling cautions that applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: {history}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically signed by {signer} on {time} · key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <comment>signing key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed electronically (Ed25519) over the record&apos;s content as saved in its file; amendments follow it, each signed. The signature is checked on the file, not on paper: bodymap verify FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {number} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum for weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_files</name>
    <message>
        <source>the session must be saved in its own file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was changed by another program or user since it was opened. Open it again, check it, then sign or amend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed record would not verify once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted in the audit log, which is written with the next save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: the file is open elsewhere or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted in the audit log of {file} (the file was saved).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (autosaved {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.

The file has changed since then: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes are kept: they are offered at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to {file} restored read-only: the file is in use. Save As keeps them as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes restored{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a signed record now, so the unsaved changes kept for it cannot be added to it. They are opened as an untitled session: compare it with the signed record and add what is missing as an amendment (File → Amend…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>referral</name>
    <message>
        <source>A palpation guide, not a diagnosis: examine these muscles for trigger points that reproduce the patient&apos;s pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the back and side of the neck up to the mastoid process; when stronger, over the side of the head to the temple and behind the eye, at times the angle of the jaw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temple, behind the eye, angle of the jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superficial burning pain between the trigger point and the spinous processes of C7 to T3; also over the acromion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper neck beside the spine and the mastoid area, a deep ache over the suprascapular region and the acromion; sometimes a burning pain along and medial to the medial border of the scapula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The angle of the neck (where the neck meets the shoulder), with spill-over along the medial border of the scapula to its inferior angle and to the back of the shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the medial (vertebral) border of the scapula, between the scapula and the muscles beside the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache under the upper part of the scapula; over the posterior deltoid and down the back of the arm to the elbow; at times the little-finger side of the forearm and hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elbow, little-finger side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deep ache of the shoulder centred on the middle deltoid, often down the arm and forearm, sometimes focused on the outer elbow (lateral epicondyle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer elbow (lateral epicondyle), forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt intensely deep in the front of the shoulder, then down the front and outer side of the arm to the outer forearm and the thumb side of the hand; a less frequent trigger point refers to the medial border of the scapula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep front of the shoulder, front of the arm, thumb side of the forearm and hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small, deep, sharply felt area in the posterior deltoid, near the attachment of teres minor on the humerus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posterior deltoid region and over the long head of triceps, the back of the shoulder joint; occasionally the back of the forearm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inferior angle of the scapula and the mid-thoracic region around it, extending to the back of the shoulder and down the inside of the arm and forearm to the ring and little fingers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside of the arm and forearm, ring and little fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly local, over the posterior deltoid, sometimes spilling into the arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly local, over the middle deltoid, sometimes spilling into the arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top of the head (vertex) on the same side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffuse pain through the head focusing behind the eye on the same side; also the base of the neck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the head, behind the eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up over the back of the arm to the back of the shoulder, occasionally to the base of the neck in the upper trapezius region, and sometimes down the back of the forearm, skipping the elbow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Neck, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the session file being printed: choose another name for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?): it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file that is not a PDF has this name: it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be checked ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing needs a GUI application, but a console one is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written (internal error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper size {paper} (use a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signature_status</name>
    <message>
        <source>This record was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline}. It is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline} ({why}). It is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} on {time} · key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{signed} · intact, key registered in the clinic folder. Read-only: add corrections with File → Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed} · the record is intact, but who signed it cannot be confirmed: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({why}, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (signed by {signer} on {time}, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>performed and documented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic folder already holds another registration of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key could not be registered in the clinic folder ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} is not named after its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clinic folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic folder has no keys folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder is not a plain folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone may add keys to the clinic&apos;s keys folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected place does not exist in this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old value of a correction is not what the record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected record is not valid ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction needs a place such as /points/0/notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the record&apos;s content can be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected value is the same as the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key was made for {name} (key {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is registered in the clinic folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {fingerprint} is not registered in the clinic folder ({problem}): until it is, verifying says &quot;unknown key&quot;. Copy {file} into the clinic folder&apos;s keys folder (an administrator may have to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clinic folder was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be locked for writing ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed record would not verify once saved; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was changed by someone else meanwhile; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} is a symbolic link: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} is not a regular file: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} may be changed by other users (group or world writable): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key file {name} may be read by other users: refused (make it readable by its owner only, mode 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {name} is too large to be a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key folder cannot be created ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new key needs a passphrase of at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer&apos;s name or credentials are empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new key could not be kept: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this signer&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is damaged: its key does not match its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file may be read by other users: refused (make it mode 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is too large to hold a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase: give --passphrase-file, or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a new passphrase for the new signing key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key fingerprint does not belong to its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature does not match what it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed: its signature cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed: amendments cannot be changed or removed, only added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed and cannot be edited; add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already signed; add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials or the meaning are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not signed: it can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be amended: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already has {count} amendments, the most a record holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a text or a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment is too long (reason 200, text 4,000 characters, 50 corrections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by {signer} on {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{signed}, %n amendments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid: {signed}; key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} ({signed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment chain is broken at amendment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment {number} does not verify: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key {fingerprint} is not registered in the clinic folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key {fingerprint} is not registered in the clinic folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key is registered in the clinic folder to another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key is registered in the clinic folder to another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds amendments but no signature: the signature was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit log records a signing but it has no signature: it was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed (a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its audit log records {logged} amendments but it holds {held}: an amendment was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, intact, key registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing key for this name on this computer: one will be made. Choose a passphrase of at least {count} characters (a few words are easier to remember than symbols) and type it twice. It protects your key; nobody can recover it if it is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key needs a passphrase of at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing makes this record read-only: it can no longer be edited, only corrected by signed amendments (File → Amend…). Sign what you performed and documented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer yet: try again, and type a new passphrase twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is signed: amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session before signing it: the record signed is the file as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be signed: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no points: there is no procedure to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was NOT signed: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment {number} added by {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not signed: edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not verify, so nothing may be added to it: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be written: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier amendment does not fit: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment was NOT added: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{muscle} chosen; no muscle is drawn at this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle} recorded; no muscle is drawn at this position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle} chosen; the position lies over {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{muscle} recorded; the position lies over {other}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Under cursor: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under cursor: no muscle identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under cursor: outside the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosshair: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Could not save: the folder “{folder}” is on a read-only disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: no permission to write in the folder “{folder}” (read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: a folder has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: a symbolic link is in the way, and it is not followed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by {user} on {host} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock changed while you were asked: now opened by {user} on {host} since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open in bodymap on this computer, by {user}: switch to that window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was removed or renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder now has the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was replaced by something that is not a file (a pipe or a device?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is now larger than {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file can no longer be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file can no longer be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s content was changed by another program or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key that is not a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid number in a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number has more than {digits} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text; session files are UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not a JSON session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (line {line}, byte offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON ends too early (truncated?) at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {key} appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a value that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs a &apos;kind&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not in the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a UUID (like 123e4567-e89b-42d3-a456-426614174000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has the wrong type ({expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is invalid ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more problems)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this is not a bodymap session file (no &apos;format&apos; of bodymap.session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version is missing or not a version like &apos;1.0&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer bodymap: format {format}; this version reads up to {major}.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format {format} file has an unexpected layout and cannot be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {format} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session.diagram.id names a diagram this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} lies outside the diagram (0 to {limit} mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is JSON but not an object: not a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a symbolic link, which is not followed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB: not a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s state at the autosave is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: this record is signed and its content differs from what was signed. Add an amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the session is not valid ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vasovagal reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of local anaesthetic toxicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examination only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midline {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent} in a mixture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agent} with epinephrine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{injection}; needle {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry needling; needle {sizes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <comment>trigger point</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latent</source>
        <comment>trigger point</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taut band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no taut band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palpable twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jump sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral to {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right (patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examined only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midline {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number}, {muscle}, {treatment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (left), {treatment}.
Click to add it to this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (right), {treatment}.
Click to add it to this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (midline), {treatment}.
Click to add it to this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
