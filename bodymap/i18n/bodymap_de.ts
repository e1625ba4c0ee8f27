<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>about</name>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPLv3). The installable bundle is one folder that keeps the Qt and PySide6 libraries as separate, unmodified files, so they can be replaced with compatible versions without rebuilding bodymap.</source>
        <translation>Qt und PySide6 werden unter der GNU Lesser General Public License Version 3 (LGPLv3) verwendet. Das installierbare Paket ist ein Ordner, der die Qt- und PySide6-Bibliotheken als separate, unveränderte Dateien enthält; sie können daher durch kompatible Versionen ersetzt werden, ohne bodymap neu zu erstellen.</translation>
    </message>
    <message>
        <source>see its licence text</source>
        <translation>siehe Lizenztext</translation>
    </message>
    <message>
        <source>A posterior upper-back and shoulder map for documenting trigger point injections and dry needling.</source>
        <translation>Eine Karte des oberen Rückens und der Schultern (Ansicht von dorsal) zur Dokumentation von Triggerpunkt-Infiltrationen und Dry Needling.</translation>
    </message>
    <message>
        <source>Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation>Ansicht von dorsal, Patient in Bauchlage: Die linke Seite des Patienten ist für den Betrachter links.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>bodymap is free software under the MIT licence.</source>
        <translation>bodymap ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Libraries shipped with bodymap:</source>
        <translation>Mit bodymap ausgelieferte Bibliotheken:</translation>
    </message>
    <message>
        <source>{licence} (used under LGPL-3.0)</source>
        <translation>{licence} (verwendet unter LGPL-3.0)</translation>
    </message>
    <message>
        <source>PyInstaller bootloader (starts the bundle): GPL-2.0-or-later with an exception for the programs it starts</source>
        <translation>PyInstaller-Bootloader (startet das Paket): GPL-2.0-or-later mit einer Ausnahme für die von ihm gestarteten Programme</translation>
    </message>
    <message>
        <source>The licence texts of all of these, and of the system libraries the bundle carries, are in {folder}.</source>
        <translation>Die Lizenztexte all dieser Komponenten und der im Paket enthaltenen Systembibliotheken befinden sich in {folder}.</translation>
    </message>
    <message>
        <source>The licence text of each library is in its installed package metadata.</source>
        <translation>Der Lizenztext jeder Bibliothek ist in den Metadaten ihres installierten Pakets enthalten.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Über bodymap</translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <source>- Put ice (or heat) on sore areas. You may take paracetamol (acetaminophen), or ibuprofen if
  it is suitable for you.</source>
        <translation>- Legen Sie Eis (oder Wärme) auf schmerzende Stellen. Sie können Paracetamol oder, falls für Sie
  geeignet, Ibuprofen einnehmen.</translation>
    </message>
    <message>
        <source>- Put ice on sore areas. For pain, take paracetamol (acetaminophen) if it is suitable for
  you.
- Keep taking your usual blood thinner and any aspirin your doctor prescribed. For pain, do not
  take extra aspirin, ibuprofen or other anti-inflammatory painkillers (NSAIDs): with your blood
  thinner they raise the risk of bleeding.</source>
        <translation>- Legen Sie Eis auf schmerzende Stellen. Nehmen Sie gegen Schmerzen Paracetamol, falls es für Sie
  geeignet ist.
- Nehmen Sie Ihren gewohnten Blutverdünner und ärztlich verordnetes ASS (Aspirin) weiter ein.
  Nehmen Sie gegen Schmerzen kein zusätzliches ASS, kein Ibuprofen und keine anderen
  entzündungshemmenden Schmerzmittel (NSAR): Zusammen mit Ihrem Blutverdünner erhöhen sie das
  Blutungsrisiko.</translation>
    </message>
    <message>
        <source>- Where a steroid was injected, the fat under the skin may shrink and leave a small dent
  (dimple).</source>
        <translation>- Wo ein Kortisonpräparat (Steroid) injiziert wurde, kann das Fettgewebe unter der Haut schwinden
  und eine kleine Delle hinterlassen.</translation>
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
  breathing in. A collapsed lung (pneumothorax) is rare. It can start during the treatment,
  hours later, or up to 2 days after it.
- Call emergency services for new weakness, numbness or tingling in an arm or leg, difficulty
  walking, or a severe neck or back pain or headache after the treatment.
- Call emergency services for swelling of the face or throat, hives or difficulty breathing, or
  after an injection for numbness around the mouth, a metallic taste, ringing in the ears,
  confusion or a fit. These usually start within minutes of the injection, occasionally later.
- Call the clinic if you have a fever, or redness, warmth or swelling that spreads from a
  needle site, or bleeding that does not stop with pressure.
</source>
        <translation>Nach Ihrer Triggerpunkt-Behandlung

- Die behandelten Stellen können ein bis zwei Tage lang schmerzen (meist 24 bis 48 Stunden). Das ist normal.
{pain}
- Dehnen Sie die behandelten Bereiche noch am selben Tag sanft und bewegen Sie sie. Vermeiden Sie
  ein bis zwei Tage lang eine starke Belastung der behandelten Muskeln und setzen Sie danach Ihr
  Übungsprogramm fort.
- Seltene Komplikationen: Infektion, Blutung oder Bluterguss.
{steroid}

Wann Sie Hilfe holen sollten
- Rufen Sie den Notruf, wenn Sie Atemnot oder Brustschmerzen bekommen, besonders Schmerzen beim
  Einatmen. Ein Lungenkollaps (Pneumothorax) ist selten. Er kann während der Behandlung, Stunden
  später oder bis zu 2 Tage danach beginnen.
- Rufen Sie den Notruf bei neu auftretender Schwäche, Taubheitsgefühl oder Kribbeln in einem Arm
  oder Bein, bei Gehstörungen oder bei starken Nacken-, Rücken- oder Kopfschmerzen nach der
  Behandlung.
- Rufen Sie den Notruf bei Schwellung von Gesicht oder Hals, Nesselsucht oder Atemnot oder, nach
  einer Infiltration (Spritze), bei Taubheitsgefühl um den Mund, metallischem Geschmack, Klingeln
  in den Ohren, Verwirrtheit oder einem Krampfanfall. Diese Zeichen beginnen meist innerhalb von
  Minuten nach der Infiltration, gelegentlich später.
- Rufen Sie die behandelnde Einrichtung (Praxis oder Klinik) an, wenn Sie Fieber bekommen, wenn
  sich Rötung, Überwärmung oder Schwellung von einer Einstichstelle ausbreiten oder wenn eine
  Blutung auf Druck nicht aufhört.
</translation>
    </message>
    <message>
        <source>Fibromyalgia: trigger points may recur, and treated points may need treatment again. Medicare coverage expects a repeat injection only after relief of at least 50% that lasted at least 6 weeks.</source>
        <translation>Fibromyalgie: Triggerpunkte können wiederkehren, und behandelte Punkte müssen eventuell erneut behandelt werden. Medicare setzt für die Kostenübernahme einer erneuten Infiltration eine Linderung um mindestens 50&#xa0;% voraus, die mindestens 6 Wochen angehalten hat.</translation>
    </message>
</context>
<context>
    <name>agents</name>
    <message>
        <source>Lidocaine</source>
        <translation>Lidocain</translation>
    </message>
    <message>
        <source>Bupivacaine</source>
        <translation>Bupivacain</translation>
    </message>
    <message>
        <source>Levobupivacaine</source>
        <translation>Levobupivacain</translation>
    </message>
    <message>
        <source>Ropivacaine</source>
        <translation>Ropivacain</translation>
    </message>
    <message>
        <source>Mepivacaine</source>
        <translation>Mepivacain</translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation>Articain</translation>
    </message>
    <message>
        <source>Prilocaine</source>
        <translation>Prilocain</translation>
    </message>
    <message>
        <source>Chloroprocaine</source>
        <translation>Chloroprocain</translation>
    </message>
    <message>
        <source>Procaine</source>
        <translation>Procain</translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation>Lidocain</translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation>Bupivacain</translation>
    </message>
    <message>
        <source>levobupivacaine</source>
        <translation>Levobupivacain</translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation>Ropivacain</translation>
    </message>
    <message>
        <source>mepivacaine</source>
        <translation>Mepivacain</translation>
    </message>
    <message>
        <source>articaine</source>
        <translation>Articain</translation>
    </message>
    <message>
        <source>prilocaine</source>
        <translation>Prilocain</translation>
    </message>
    <message>
        <source>chloroprocaine</source>
        <translation>Chloroprocain</translation>
    </message>
    <message>
        <source>procaine</source>
        <translation>Procain</translation>
    </message>
    <message>
        <source>Lidocaine 1%</source>
        <translation>Lidocain 1%</translation>
    </message>
    <message>
        <source>Lidocaine 2%</source>
        <translation>Lidocain 2%</translation>
    </message>
    <message>
        <source>Bupivacaine 0.25%</source>
        <translation>Bupivacain 0,25%</translation>
    </message>
    <message>
        <source>Bupivacaine 0.5%</source>
        <translation>Bupivacain 0,5%</translation>
    </message>
    <message>
        <source>Ropivacaine 0.2%</source>
        <translation>Ropivacain 0,2%</translation>
    </message>
    <message>
        <source>Ropivacaine 0.5%</source>
        <translation>Ropivacain 0,5%</translation>
    </message>
    <message>
        <source>Normal saline 0.9%</source>
        <translation>NaCl 0,9%</translation>
    </message>
    <message>
        <source>Other (name)</source>
        <translation>Sonstiges (Name angeben)</translation>
    </message>
    <message>
        <source>normal saline</source>
        <translation>isotone Kochsalzlösung</translation>
    </message>
    <message>
        <source>Normal saline</source>
        <translation>Isotone Kochsalzlösung</translation>
    </message>
    <message>
        <source>saline</source>
        <translation>Kochsalzlösung</translation>
    </message>
    <message>
        <source>amide</source>
        <translation>Amid</translation>
    </message>
    <message>
        <source>ester</source>
        <translation>Ester</translation>
    </message>
    <message>
        <source>Other (type the name)</source>
        <translation>Sonstiges (Name eingeben)</translation>
    </message>
    <message>
        <source>{name} is not a local anaesthetic the app knows: {not_checked}. Check the dose against its label.</source>
        <translation>{name} ist kein Lokalanästhetikum, das die Anwendung kennt: {not_checked}. Prüfen Sie die Dosis anhand der Fachinformation.</translation>
    </message>
    <message>
        <source>Identified as {name} ({agent_class}): the dose is checked against its maximum.</source>
        <translation>Als {name} ({agent_class}) erkannt: Die Dosis wird anhand seiner Höchstdosis geprüft.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>allergy</name>
    <message>
        <source>Allergic to local anaesthetics</source>
        <translation>Allergie gegen Lokalanästhetika</translation>
    </message>
    <message>
        <source>amide local anaesthetics</source>
        <translation>Lokalanästhetika vom Amid-Typ</translation>
    </message>
    <message>
        <source>ester local anaesthetics</source>
        <translation>Lokalanästhetika vom Ester-Typ</translation>
    </message>
    <message>
        <source>local anaesthetics</source>
        <translation>Lokalanästhetika</translation>
    </message>
    <message>
        <source>Patient is allergic to local anaesthetics: injection with {agents} is refused. Consider dry needling or normal saline.</source>
        <translation>Der Patient ist allergisch gegen Lokalanästhetika: Eine Infiltration mit {agents} ist nicht zulässig. Erwägen Sie Dry Needling oder isotone Kochsalzlösung.</translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field. Consider dry needling or normal saline.</source>
        <translation>Das Feld „Allergien“ nennt {mentions}: Infiltrationen mit {agents} sind nicht zulässig. Aktivieren Sie „{box}“ oder formulieren Sie das Feld „Allergien“ um, falls der Patient nicht allergisch ist. Erwägen Sie Dry Needling oder isotone Kochsalzlösung.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, but points {numbers} record an injection with one. Change to dry needling or normal saline.</source>
        <translation>
            <numerusform>Der Patient ist allergisch gegen Lokalanästhetika, aber bei Punkt {numbers} ist eine Infiltration mit einem Lokalanästhetikum dokumentiert. Wechseln Sie zu Dry Needling oder isotoner Kochsalzlösung.</numerusform>
            <numerusform>Der Patient ist allergisch gegen Lokalanästhetika, aber bei den Punkten {numbers} ist eine Infiltration mit einem Lokalanästhetikum dokumentiert. Wechseln Sie zu Dry Needling oder isotoner Kochsalzlösung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field.</source>
        <translation>Das Feld „Allergien“ nennt {mentions}: Infiltrationen mit {agents} sind nicht zulässig. Aktivieren Sie „{box}“ oder formulieren Sie das Feld „Allergien“ um, falls der Patient nicht allergisch ist.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, and the agent injected at points {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</source>
        <translation>
            <numerusform>Der Patient ist allergisch gegen Lokalanästhetika, und der bei Punkt {numbers} injizierte Wirkstoff ist ein Name, den die Anwendung nicht prüfen kann: Bestätigen Sie, dass es kein Lokalanästhetikum ist, oder wechseln Sie zu Dry Needling oder isotoner Kochsalzlösung.</numerusform>
            <numerusform>Der Patient ist allergisch gegen Lokalanästhetika, und der bei den Punkten {numbers} injizierte Wirkstoff ist ein Name, den die Anwendung nicht prüfen kann: Bestätigen Sie, dass es kein Lokalanästhetikum ist, oder wechseln Sie zu Dry Needling oder isotoner Kochsalzlösung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions parabens: multiple-dose vials of local anaesthetic contain methylparaben. Use preservative-free (MPF) single-dose solutions.</source>
        <translation>Im Feld „Allergien“ werden Parabene genannt: Mehrdosis-Durchstechflaschen mit Lokalanästhetikum enthalten Methylparaben. Verwenden Sie konservierungsmittelfreie (MPF) Eindosis-Lösungen.</translation>
    </message>
    <message numerus="yes">
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and points {numbers} record epinephrine. Use a plain solution.</source>
        <translation>
            <numerusform>Im Feld „Allergien“ werden Sulfite genannt: Lösungen mit Adrenalin enthalten ein Sulfit als Antioxidans, und bei Punkt {numbers} ist Adrenalin dokumentiert. Verwenden Sie eine Lösung ohne Adrenalin.</numerusform>
            <numerusform>Im Feld „Allergien“ werden Sulfite genannt: Lösungen mit Adrenalin enthalten ein Sulfit als Antioxidans, und bei den Punkten {numbers} ist Adrenalin dokumentiert. Verwenden Sie eine Lösung ohne Adrenalin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant. Use plain solutions.</source>
        <translation>Im Feld „Allergien“ werden Sulfite genannt: Lösungen mit Adrenalin enthalten ein Sulfit als Antioxidans. Verwenden Sie Lösungen ohne Adrenalin.</translation>
    </message>
</context>
<context>
    <name>amend</name>
    <message>
        <source>Correct a recorded value</source>
        <translation>Dokumentierten Wert korrigieren</translation>
    </message>
    <message>
        <source>Value to correct</source>
        <translation>Zu korrigierender Wert</translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation>Dokumentierter Wert</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Korrigierter Wert</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Dokumentiert:</translation>
    </message>
    <message>
        <source>Corrected:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 h)</translation>
    </message>
    <message>
        <source>no value is being corrected</source>
        <translation>es wird kein Wert korrigiert</translation>
    </message>
    <message>
        <source>Amend the signed record</source>
        <translation>Nachtrag zum signierten Protokoll</translation>
    </message>
    <message>
        <source>An amendment is added after the signed record, dated and signed; the record itself does not change. Printed records show both.</source>
        <translation>Ein Nachtrag wird datiert und signiert an das signierte Protokoll angefügt; das Protokoll selbst bleibt unverändert. Ausdrucke zeigen beides.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation>z. B. Dr. med.; leer: wie beim Schlüssel registriert</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>e.g. pain score recorded for the wrong point</source>
        <translation>z. B. Schmerzwert beim falschen Punkt dokumentiert</translation>
    </message>
    <message>
        <source>Amendment text</source>
        <translation>Nachtragstext</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Verfasser:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Qualifikation:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Sign Amendment</source>
        <translation>Nachtrag signieren</translation>
    </message>
    <message>
        <source>Type the author&apos;s name.</source>
        <translation>Geben Sie den Namen des Verfassers ein.</translation>
    </message>
    <message>
        <source>Say why the record is amended.</source>
        <translation>Geben Sie an, warum ein Nachtrag hinzugefügt wird.</translation>
    </message>
    <message>
        <source>The text is longer than {count} characters.</source>
        <translation>Der Text ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>Correction: {problem}.</source>
        <translation>Korrektur: {problem}.</translation>
    </message>
    <message>
        <source>Write the amendment, or correct a value.</source>
        <translation>Schreiben Sie den Nachtrag oder korrigieren Sie einen Wert.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>bodymap cannot start</source>
        <translation>bodymap kann nicht starten</translation>
    </message>
    <message>
        <source>bodymap could not finish opening its window (an internal error). No session was opened or changed.</source>
        <translation>bodymap konnte sein Fenster nicht vollständig öffnen (interner Fehler). Es wurde keine Sitzung geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>bodymap: the diagram was not painted within 20 s</source>
        <translation>bodymap: Das Diagramm wurde nicht innerhalb von 20 s gezeichnet</translation>
    </message>
    <message>
        <source>bodymap: the window was not ready within 20 s</source>
        <translation>bodymap: Das Fenster war nicht innerhalb von 20 s bereit</translation>
    </message>
</context>
<context>
    <name>cautions</name>
    <message>
        <source>; record the height: the advice depends on BMI</source>
        <translation>; Körpergröße dokumentieren: Die Empfehlung hängt vom BMI ab</translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, underweight; {average} mm for an average adult)</source>
        <translation>{depth} für diesen Patienten (BMI {bmi}, Untergewicht; {average} mm für einen durchschnittlichen Erwachsenen)</translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, overweight; {average} mm for an average adult)</source>
        <translation>{depth} für diesen Patienten (BMI {bmi}, Übergewicht; {average} mm für einen durchschnittlichen Erwachsenen)</translation>
    </message>
    <message>
        <source>Point {number}: the {length} mm needle is longer than advised {zone} ({advice}). Choose a shorter needle, or confirm that the depth was controlled.</source>
        <translation>Punkt {number}: Die {length}-mm-Nadel ist länger als {zone} empfohlen ({advice}). Wählen Sie eine kürzere Nadel oder bestätigen Sie, dass die Tiefe kontrolliert wurde.</translation>
    </message>
    <message>
        <source>insertion depth at most {depth} mm (needle length {depth} mm if inserted to the hub)</source>
        <translation>Einstichtiefe höchstens {depth} mm (Nadellänge {depth} mm bei Einstich bis zum Nadelansatz)</translation>
    </message>
    <message>
        <source>no published depth limit</source>
        <translation>keine publizierte Tiefengrenze</translation>
    </message>
    <message>
        <source>{depth} for an average adult</source>
        <translation>{depth} für einen durchschnittlichen Erwachsenen</translation>
    </message>
    <message>
        <source>Suboccipital region: high-risk needling zone (vertebral artery, spinal canal)</source>
        <translation>Subokzipitalregion: Hochrisikozone für Nadelung (A. vertebralis, Spinalkanal)</translation>
    </message>
    <message>
        <source>No depth is safe here by landmarks: between the occiput, C1 and C2 no bone covers the spinal canal, and the vertebral artery lies deep.</source>
        <translation>Nach Landmarken ist hier keine Tiefe sicher: Zwischen Okziput, C1 und C2 bedeckt kein Knochen den Spinalkanal, und die A. vertebralis liegt in der Tiefe.</translation>
    </message>
    <message>
        <source>About 40 mm was needed to reach rectus capitis posterior major in cadavers, inserted midway between the C2 spinous process and the C1 transverse process at 45 degrees or less cranially: go that deep only under ultrasound guidance.</source>
        <translation>An Körperspendern waren etwa 40 mm nötig, um den M. rectus capitis posterior major zu erreichen, bei Einstich in der Mitte zwischen dem Dornfortsatz von C2 und dem Querfortsatz von C1 mit höchstens 45 Grad nach kranial: Stechen Sie nur unter Ultraschallführung so tief ein.</translation>
    </message>
    <message>
        <source>Never angle medially toward the spine.</source>
        <translation>Richten Sie die Nadel nie nach medial zur Wirbelsäule.</translation>
    </message>
    <message>
        <source>a limit for landmark-guided needling, not a safe depth: nothing is safe here</source>
        <translation>eine Grenze für landmarkengestützte Nadelung, keine sichere Tiefe: Hier ist nichts sicher</translation>
    </message>
    <message>
        <source>in the suboccipital region</source>
        <translation>in der Subokzipitalregion</translation>
    </message>
    <message>
        <source>Paramedian neck (C1–C7): spinal canal and vertebral artery</source>
        <translation>Nacken paramedian (C1–C7): Spinalkanal und A. vertebralis</translation>
    </message>
    <message>
        <source>Epidural haematoma and cord injury have followed cervical paraspinal needling: keep the needle superficial, and never angle it medially toward the spine.</source>
        <translation>Nach Nadelung der zervikalen paravertebralen Muskulatur sind epidurale Hämatome und Rückenmarkverletzungen aufgetreten: Führen Sie die Nadel nur oberflächlich und richten Sie sie nie nach medial zur Wirbelsäule.</translation>
    </message>
    <message>
        <source>Consider ultrasound guidance; ask about anticoagulants.</source>
        <translation>Erwägen Sie eine Ultraschallführung; fragen Sie nach Antikoagulanzien.</translation>
    </message>
    <message>
        <source>beside the cervical spine</source>
        <translation>neben der Halswirbelsäule</translation>
    </message>
    <message>
        <source>Near the lung apex (angle of the neck): pneumothorax risk</source>
        <translation>Nahe der Lungenspitze (Schulter-Nacken-Winkel): Pneumothoraxrisiko</translation>
    </message>
    <message>
        <source>Pincer-grasp the muscle and aim the needle at your fingers.</source>
        <translation>Fassen Sie den Muskel im Zangengriff und richten Sie die Nadel auf Ihre Finger.</translation>
    </message>
    <message>
        <source>Never angle the needle medially or caudally, toward the lung apex.</source>
        <translation>Richten Sie die Nadel nie nach medial oder kaudal zur Lungenspitze.</translation>
    </message>
    <message>
        <source>Consider ultrasound guidance.</source>
        <translation>Erwägen Sie eine Ultraschallführung.</translation>
    </message>
    <message>
        <source>at the lung apex</source>
        <translation>an der Lungenspitze</translation>
    </message>
    <message>
        <source>Over the thorax: pneumothorax risk</source>
        <translation>Über dem Thorax: Pneumothoraxrisiko</translation>
    </message>
    <message>
        <source>Angle the needle tangentially, or onto a rib bracketed between two fingers.</source>
        <translation>Führen Sie die Nadel tangential oder auf eine zwischen zwei Fingern fixierte Rippe.</translation>
    </message>
    <message>
        <source>Avoid the intercostal spaces.</source>
        <translation>Meiden Sie die Interkostalräume.</translation>
    </message>
    <message>
        <source>over the thorax</source>
        <translation>über dem Thorax</translation>
    </message>
    <message>
        <source>Between thoracic spinous processes: spinal canal</source>
        <translation>Zwischen thorakalen Dornfortsätzen: Spinalkanal</translation>
    </message>
    <message>
        <source>Epidural haematoma has followed dry needling near the thoracic spine: direct the needle onto a spinous process or lamina, never into the gap between them.</source>
        <translation>Nach Dry Needling nahe der Brustwirbelsäule ist ein epidurales Hämatom aufgetreten: Richten Sie die Nadel auf einen Dornfortsatz oder eine Lamina, nie in den Spalt dazwischen.</translation>
    </message>
    <message>
        <source>between the thoracic spinous processes</source>
        <translation>zwischen den thorakalen Dornfortsätzen</translation>
    </message>
    <message>
        <source>Thoracic paraspinal muscles: spinal canal medially</source>
        <translation>Thorakale paravertebrale Muskulatur: Spinalkanal medial</translation>
    </message>
    <message>
        <source>Direct the needle onto the lamina or transverse process, never medially into the space between the laminae.</source>
        <translation>Richten Sie die Nadel auf die Lamina oder den Querfortsatz, nie nach medial in den Raum zwischen den Laminae.</translation>
    </message>
    <message>
        <source>beside the thoracic spine</source>
        <translation>neben der Brustwirbelsäule</translation>
    </message>
    <message>
        <source>Over scapular bone: lower pneumothorax risk</source>
        <translation>Über knöcherner Skapula: geringeres Pneumothoraxrisiko</translation>
    </message>
    <message>
        <source>Direct the needle onto bone: the middle of the blade is about 2 mm thick, and a needle driven through it reaches the chest wall.</source>
        <translation>Richten Sie die Nadel auf den Knochen: Die Skapula ist in der Mitte etwa 2 mm dick, und eine Nadel, die sie durchsticht, erreicht die Thoraxwand.</translation>
    </message>
    <message>
        <source>over scapular bone</source>
        <translation>über knöcherner Skapula</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Points are treated but consent is not recorded as obtained.</source>
        <translation>Es wurden Punkte behandelt, aber die Einwilligung ist nicht als erteilt dokumentiert.</translation>
    </message>
    <message>
        <source>Points are treated but the time-out (identity, procedure, site and side, allergies, anticoagulants) is not recorded as done.</source>
        <translation>Es wurden Punkte behandelt, aber das Team-Time-out (Identität, Eingriff, Lokalisation und Seite, Allergien, Antikoagulanzien) ist nicht als durchgeführt dokumentiert.</translation>
    </message>
    <message numerus="yes">
        <source>The recorded side of points {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</source>
        <translation>
            <numerusform>Die dokumentierte Seite von Punkt {numbers} ist der Lage des Punkts auf der Karte entgegengesetzt (Ansicht von dorsal: Die rechte Seite des Patienten ist für den Betrachter rechts). Prüfen Sie die Seite.</numerusform>
            <numerusform>Die dokumentierte Seite der Punkte {numbers} ist der Lage der Punkte auf der Karte entgegengesetzt (Ansicht von dorsal: Die rechte Seite des Patienten ist für den Betrachter rechts). Prüfen Sie die Seite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point {number}: {mismatch}. Check the muscle.</source>
        <translation>Punkt {number}: {mismatch}. Prüfen Sie den Muskel.</translation>
    </message>
    <message numerus="yes">
        <source>{caution} (points {numbers}). {technique} Advised: {advice}.</source>
        <translation>
            <numerusform>{caution} (Punkt {numbers}). {technique} Empfohlen: {advice}.</numerusform>
            <numerusform>{caution} (Punkte {numbers}). {technique} Empfohlen: {advice}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{level}: {message}</source>
        <translation>{level}: {message}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>language of the messages, the window and the printed record (default: the language preference, else the system&apos;s)</source>
        <translation>Sprache der Meldungen, des Fensters und des gedruckten Protokolls (Standard: die Spracheinstellung, sonst die des Systems)</translation>
    </message>
    <message>
        <source>Trigger point map of the posterior upper back and shoulders. Other commands: {commands} (bodymap COMMAND --help).</source>
        <translation>Triggerpunkt-Karte des oberen Rückens und der Schultern (Ansicht von dorsal). Weitere Befehle: {commands} (bodymap COMMAND --help).</translation>
    </message>
    <message>
        <source>session file to open (.bodymap.json)</source>
        <translation>zu öffnende Sitzungsdatei (.bodymap.json)</translation>
    </message>
    <message>
        <source>open the main window, wait until the diagram is painted, print the seconds since process start and exit</source>
        <translation>Hauptfenster öffnen, warten, bis das Diagramm gezeichnet ist, die Sekunden seit Prozessstart ausgeben und beenden</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>write a FHIR R4 bundle or a CSV of points</source>
        <translation>ein FHIR-R4-Bundle oder eine CSV-Datei der Punkte schreiben</translation>
    </message>
    <message>
        <source>session file or folder</source>
        <translation>Sitzungsdatei oder Ordner</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <source>CSV without names, identifiers or dates</source>
        <translation>CSV ohne Namen, Kennungen oder Datumsangaben</translation>
    </message>
    <message>
        <source>FHIR: the URI of the clinic&apos;s patient identifiers (urn:oid:… or https://…), by which an EHR matches the patient</source>
        <translation>FHIR: die URI der Patientenkennungen der Einrichtung (urn:oid:… oder https://…), über die ein Krankenhausinformationssystem den Patienten zuordnet</translation>
    </message>
    <message>
        <source>FHIR: clinic folder whose keys/ confirms who signed the record; a signed record they do not confirm is exported as preliminary (default: the default session folder)</source>
        <translation>FHIR: Ordner der Einrichtung, dessen keys/ bestätigt, wer das Protokoll signiert hat; ein signiertes Protokoll, das sie nicht bestätigen, wird als vorläufig exportiert (Standard: der Standard-Sitzungsordner)</translation>
    </message>
    <message>
        <source>export: a FHIR bundle is made from one session file</source>
        <translation>export: Ein FHIR-Bundle wird aus genau einer Sitzungsdatei erstellt</translation>
    </message>
    <message>
        <source>export: {problem}</source>
        <translation>export: {problem}</translation>
    </message>
    <message>
        <source>{file}: written</source>
        <translation>{file}: geschrieben</translation>
    </message>
    <message>
        <source>{file}: {problem} (skipped)</source>
        <translation>{file}: {problem} (übersprungen)</translation>
    </message>
    <message numerus="yes">
        <source>%n points of {sessions} written</source>
        <translation>
            <numerusform>%n Punkt aus {sessions} geschrieben</numerusform>
            <numerusform>%n Punkte aus {sessions} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {written}</source>
        <translation>{file}: {written}</translation>
    </message>
    <message>
        <source>check session files; exit 1 if any is bad</source>
        <translation>Sitzungsdateien prüfen; Exit-Code 1, wenn eine fehlerhaft ist</translation>
    </message>
    <message>
        <source>print the JSON Schema of session files</source>
        <translation>das JSON-Schema der Sitzungsdateien ausgeben</translation>
    </message>
    <message>
        <source>write the printed session record as PDF</source>
        <translation>das gedruckte Sitzungsprotokoll als PDF schreiben</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>paper size (default: the one of the system&apos;s region, Letter or A4)</source>
        <translation>Papierformat (Standard: das der Systemregion, Letter oder A4)</translation>
    </message>
    <message>
        <source>folder of the clinic&apos;s session files: points treated at the patient&apos;s earlier visits are printed as recurring, and a signed record says when the clinic&apos;s keys do not confirm who signed it</source>
        <translation>Ordner mit den Sitzungsdateien der Einrichtung: Punkte, die bei früheren Besuchen des Patienten behandelt wurden, werden als wiederkehrend gedruckt, und ein signiertes Protokoll vermerkt, wenn die Schlüssel der Einrichtung den Unterzeichner nicht bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>{file}: ok (%n points)</source>
        <translation>
            <numerusform>{file}: ok (%n Punkt)</numerusform>
            <numerusform>{file}: ok (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>sign a session file in place (the signer&apos;s key is made on first use); exit 1 if it was not signed</source>
        <translation>eine Sitzungsdatei direkt signieren (der Schlüssel des Signierenden wird bei der ersten Verwendung erstellt); Exit-Code 1, wenn sie nicht signiert wurde</translation>
    </message>
    <message>
        <source>the signing clinician</source>
        <translation>der signierende Behandler</translation>
    </message>
    <message>
        <source>printed after the name, e.g. MD</source>
        <translation>wird nach dem Namen gedruckt, z. B. Dr. med.</translation>
    </message>
    <message>
        <source>file (mode 600) whose first line is the key&apos;s passphrase; asked on the terminal when not given</source>
        <translation>Datei (Modus 600), deren erste Zeile die Passphrase des Schlüssels ist; ohne Angabe wird im Terminal danach gefragt</translation>
    </message>
    <message>
        <source>clinic folder whose keys/ registers the signer&apos;s public key (default: the default session folder)</source>
        <translation>Ordner der Einrichtung, in dessen keys/ der öffentliche Schlüssel des Signierenden registriert wird (Standard: der Standard-Sitzungsordner)</translation>
    </message>
    <message>
        <source>check signatures: exit 0 all valid; 2 a file cannot be read; else 1 a file was altered, has a broken signature or an unknown key; else 3 a file is unsigned</source>
        <translation>Signaturen prüfen: Exit-Code 0: alle gültig; 2: eine Datei ist nicht lesbar; sonst 1: eine Datei wurde verändert, hat eine beschädigte Signatur oder einen unbekannten Schlüssel; sonst 3: eine Datei ist nicht signiert</translation>
    </message>
    <message>
        <source>clinic folder whose keys/ holds the registered public keys (default: the default session folder)</source>
        <translation>Ordner der Einrichtung, dessen keys/ die registrierten öffentlichen Schlüssel enthält (Standard: der Standard-Sitzungsordner)</translation>
    </message>
    <message>
        <source>add a signed amendment to a signed session file; exit 1 if not added</source>
        <translation>einer signierten Sitzungsdatei einen signierten Nachtrag hinzufügen; Exit-Code 1, wenn er nicht hinzugefügt wurde</translation>
    </message>
    <message>
        <source>the amending clinician</source>
        <translation>der Behandler, der den Nachtrag verfasst</translation>
    </message>
    <message>
        <source>why the record is amended</source>
        <translation>Begründung des Nachtrags</translation>
    </message>
    <message>
        <source>the amendment</source>
        <translation>Text des Nachtrags</translation>
    </message>
    <message>
        <source>a corrected value: where (e.g. /points/0/findings/pain_after) and the new value as JSON (text that is not JSON is taken as text); may be repeated</source>
        <translation>ein korrigierter Wert: die Stelle (z. B. /points/0/findings/pain_after) und der neue Wert als JSON (Text, der kein JSON ist, gilt als Text); wiederholbar</translation>
    </message>
    <message>
        <source>printed after the name</source>
        <translation>wird nach dem Namen gedruckt</translation>
    </message>
    <message>
        <source>as for sign</source>
        <translation>wie bei sign</translation>
    </message>
    <message>
        <source>{file}: already signed; add an amendment instead</source>
        <translation>{file}: bereits signiert; fügen Sie stattdessen einen Nachtrag hinzu</translation>
    </message>
    <message>
        <source>{file}: not signed: {problem}</source>
        <translation>{file}: nicht signiert: {problem}</translation>
    </message>
    <message>
        <source>{file}: signed by {signer} on {time}; content SHA-256 {hash}</source>
        <translation>{file}: signiert von {signer} am {time}; Inhalt SHA-256 {hash}</translation>
    </message>
    <message>
        <source>{file}: the clinic folder does not exist; nothing was verified</source>
        <translation>{file}: der Ordner der Einrichtung existiert nicht; nichts wurde geprüft</translation>
    </message>
    <message>
        <source>{file}: not signed, so it can still be edited</source>
        <translation>{file}: nicht signiert, kann also noch bearbeitet werden</translation>
    </message>
    <message>
        <source>{file}: not amended: {problem}</source>
        <translation>{file}: kein Nachtrag hinzugefügt: {problem}</translation>
    </message>
    <message>
        <source>{file}: amendment {number} added by {signer}</source>
        <translation>{file}: Nachtrag {number} hinzugefügt von {signer}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>{program}: error: {message}</source>
        <translation>{program}: Fehler: {message}</translation>
    </message>
</context>
<context>
    <name>clinic_index</name>
    <message>
        <source>Earlier visits are not shown beside the points: the clinic folder could not be indexed here (printing still looks them up).</source>
        <translation>Frühere Besuche werden neben den Punkten nicht angezeigt: Der Ordner der Einrichtung konnte hier nicht indiziert werden (beim Drucken werden sie weiterhin nachgeschlagen).</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>Ultrasonic guidance for needle placement (eg, biopsy, aspiration, injection, localization device), imaging supervision and interpretation</source>
        <translation>Ultraschallführung zur Nadelplatzierung (z. B. Biopsie, Aspiration, Injektion, Lokalisationsmarker), Überwachung und Interpretation der Bildgebung</translation>
    </message>
    <message>
        <source>Some payers do not cover imaging guidance with trigger point injections (Medicare&apos;s trigger point injection LCDs, such as L36859, are summarised as excluding it): check the payer&apos;s policy.</source>
        <translation>Manche Kostenträger erstatten eine bildgebende Führung (z. B. Ultraschallführung) bei Triggerpunkt-Infiltrationen nicht (die LCDs von Medicare zur Triggerpunkt-Infiltration, z. B. L36859, schließen sie laut Zusammenfassung aus): Prüfen Sie die Richtlinien des Kostenträgers.</translation>
    </message>
    <message>
        <source>Medicare covers dry needling only as acupuncture for chronic low back pain (NCD 30.3.3), not for the neck, upper back or shoulder.</source>
        <translation>Medicare erstattet Dry Needling nur als Akupunktur bei chronischen Kreuzschmerzen (NCD 30.3.3), nicht für Nacken, oberen Rücken oder Schulter.</translation>
    </message>
    <message>
        <source>iliocostalis, longissimus or spinalis</source>
        <translation>M. iliocostalis, M. longissimus oder M. spinalis</translation>
    </message>
    <message>
        <source>rectus capitis posterior major or minor, obliquus capitis inferior or superior</source>
        <translation>M. rectus capitis posterior major oder minor, M. obliquus capitis inferior oder superior</translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)</source>
        <translation>Infiltration(en); einzelne oder mehrere Triggerpunkte, 1 oder 2 Muskel(n)</translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 3 or more muscles</source>
        <translation>Infiltration(en); einzelne oder mehrere Triggerpunkte, 3 oder mehr Muskeln</translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 1 or 2 muscle(s)</source>
        <translation>Nadeleinstich(e) ohne Infiltration(en); 1 oder 2 Muskel(n)</translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 3 or more muscles</source>
        <translation>Nadeleinstich(e) ohne Infiltration(en); 3 oder mehr Muskeln</translation>
    </message>
    <message>
        <source>{code} {descriptor}. Once per session.</source>
        <translation>{code} {descriptor}. Einmal pro Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>{code} {descriptor}. %n muscles: {muscles}.</source>
        <translation>
            <numerusform>{code} {descriptor}. %n Muskel: {muscles}.</numerusform>
            <numerusform>{code} {descriptor}. %n Muskeln: {muscles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</source>
        <translation>
            <numerusform>Punkt {numbers} wurde ohne benannten Muskel behandelt: Er wird für den Prozedurencode nicht gezählt. Benennen Sie jeden Muskel.</numerusform>
            <numerusform>Die Punkte {numbers} wurden ohne benannten Muskel behandelt: Sie werden für den Prozedurencode nicht gezählt. Benennen Sie jeden Muskel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} name a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</source>
        <translation>
            <numerusform>Punkt {numbers} nennt eine Muskelgruppe ({group}): Kostenträger verlangen den konkreten Muskel ({specific}). Nennen Sie ihn in den Notizen zum Punkt; für den Code zählt jeder Muskel einzeln.</numerusform>
            <numerusform>Die Punkte {numbers} nennen eine Muskelgruppe ({group}): Kostenträger verlangen den konkreten Muskel ({specific}). Nennen Sie ihn in den Notizen zum Punkt; für den Code zählt jeder Muskel einzeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Myalgia, unspecified site</source>
        <translation>Myalgie, nicht näher bezeichnete Lokalisation</translation>
    </message>
    <message>
        <source>Myalgia of mastication muscle</source>
        <translation>Myalgie der Kaumuskulatur</translation>
    </message>
    <message>
        <source>Myalgia of auxiliary muscles, head and neck</source>
        <translation>Myalgie der Hilfsmuskulatur, Kopf und Hals</translation>
    </message>
    <message>
        <source>Myalgia, other site</source>
        <translation>Myalgie, sonstige Lokalisation</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>Muscle spasm of back</source>
        <translation>Muskelspasmus des Rückens</translation>
    </message>
    <message>
        <source>Other muscle spasm</source>
        <translation>Sonstiger Muskelspasmus</translation>
    </message>
    <message>
        <source>Cervicalgia</source>
        <translation>Zervikalgie</translation>
    </message>
    <message>
        <source>Pain in thoracic spine</source>
        <translation>Schmerzen der Brustwirbelsäule</translation>
    </message>
    <message>
        <source>Tension-type headache, unspecified, not intractable</source>
        <translation>Spannungskopfschmerz, nicht näher bezeichnet, nicht therapierefraktär</translation>
    </message>
    <message>
        <source>Pain in right shoulder</source>
        <translation>Schmerzen in der rechten Schulter</translation>
    </message>
    <message>
        <source>Pain in left shoulder</source>
        <translation>Schmerzen in der linken Schulter</translation>
    </message>
    <message>
        <source>Pain in unspecified shoulder</source>
        <translation>Schmerzen in nicht näher bezeichneter Schulter</translation>
    </message>
    <message>
        <source>myofascial pain of the trunk or shoulder girdle</source>
        <translation>myofasziale Schmerzen des Rumpfes oder des Schultergürtels</translation>
    </message>
    <message>
        <source>trigger points in neck muscles (splenius, semispinalis capitis, suboccipitals, sternocleidomastoid); upper trapezius and levator scapulae count under M79.18 here, a coding judgement</source>
        <translation>Triggerpunkte in Nackenmuskeln (Mm. splenii, M. semispinalis capitis, subokzipitale Muskulatur, M. sternocleidomastoideus); M. trapezius pars descendens und M. levator scapulae werden hier unter M79.18 gezählt (eine Kodierentscheidung)</translation>
    </message>
    <message>
        <source>fibromyalgia is recorded for the patient</source>
        <translation>für den Patienten ist eine Fibromyalgie dokumentiert</translation>
    </message>
    <message>
        <source>Diagnosis {codes} is a category code, not billable in ICD-10-CM. Choose a specific code such as M79.18 ({title}).</source>
        <translation>Diagnose {codes} ist ein Kategoriecode, der in ICD-10-CM nicht abrechenbar ist. Wählen Sie einen spezifischen Code wie M79.18 ({title}).</translation>
    </message>
    <message>
        <source>No diagnosis is recorded for the procedure.</source>
        <translation>Für den Eingriff ist keine Diagnose dokumentiert.</translation>
    </message>
</context>
<context>
    <name>colour_key</name>
    <message>
        <source>Injection</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>Marker of a point treated with an injection</source>
        <translation>Markierung eines mit Infiltration behandelten Punkts</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Marker of a point treated with dry needling</source>
        <translation>Markierung eines mit Dry Needling behandelten Punkts</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Nur untersucht</translation>
    </message>
    <message>
        <source>Marker of a point examined, not treated</source>
        <translation>Markierung eines untersuchten, nicht behandelten Punkts</translation>
    </message>
    <message>
        <source>Lung caution</source>
        <translation>Vorsicht Lunge</translation>
    </message>
    <message>
        <source>Yellow badge: needling caution, the lung lies under this point (pneumothorax)</source>
        <translation>Gelbes Symbol: Vorsichtshinweis zur Nadelung, unter diesem Punkt liegt die Lunge (Pneumothorax)</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Anderer Muskel</translation>
    </message>
    <message>
        <source>Square badge: the muscle recorded for this point does not lie under it</source>
        <translation>Quadratisches Symbol: Der für diesen Punkt erfasste Muskel liegt nicht unter ihm</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Ring around the selected points</source>
        <translation>Ring um die ausgewählten Punkte</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>Fadenkreuz</translation>
    </message>
    <message>
        <source>Keyboard crosshair: Enter or Space places a point here</source>
        <translation>Tastatur-Fadenkreuz: Die Eingabetaste oder die Leertaste setzt hier einen Punkt</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Farblegende</translation>
    </message>
</context>
<context>
    <name>correctable</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Point {title}</source>
        <translation>Punkt {title}</translation>
    </message>
    <message>
        <source>enter the corrected value</source>
        <translation>korrigierten Wert eingeben</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM (24-hour)</source>
        <translation>„{text}“ ist keine Uhrzeit; schreiben Sie sie als HH:MM (24 h)</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>P&amp;rocedure</source>
        <translation>Ei&amp;ngriff</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Points (side is the patient&apos;s)</source>
        <translation>Punkte (Seite aus Patientensicht)</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Schmerzzeichnung</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punkte</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Pat&amp;ient</translation>
    </message>
    <message>
        <source>Pain dra&amp;wing</source>
        <translation>Schmerz&amp;zeichnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to confirm before saving</source>
        <translation>
            <numerusform>%n Warnung vor dem Speichern zu bestätigen</numerusform>
            <numerusform>%n Warnungen vor dem Speichern zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure: {warnings}</source>
        <translation>Eingriff: {warnings}</translation>
    </message>
    <message>
        <source>Procedure, {warnings}</source>
        <translation>Eingriff, {warnings}</translation>
    </message>
    <message>
        <source>Procedure: no warnings to confirm</source>
        <translation>Eingriff: keine Warnungen zu bestätigen</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>No warnings to confirm</source>
        <translation>Keine Warnungen zu bestätigen</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>L</source>
        <comment>the patient&apos;s left, one letter</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the patient&apos;s right, one letter</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT</source>
        <translation>LINKS des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT</source>
        <translation>RECHTS des Patienten</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Posterior view, patient prone</source>
        <translation>Ansicht von dorsal, Patient in Bauchlage</translation>
    </message>
</context>
<context>
    <name>diagram_key</name>
    <message numerus="yes">
        <source>%n points marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation>
            <numerusform>%n Punkt markiert, nummeriert wie in der Tabelle. Ansicht von dorsal, Patient in Bauchlage: Die linke Seite des Patienten ist für den Betrachter links.</numerusform>
            <numerusform>%n Punkte markiert, nummeriert wie in der Tabelle. Ansicht von dorsal, Patient in Bauchlage: Die linke Seite des Patienten ist für den Betrachter links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diagram_view</name>
    <message>
        <source>Trigger point diagram</source>
        <translation>Triggerpunkt-Diagramm</translation>
    </message>
    <message>
        <source>Arrow keys move the crosshair, Enter places a point there, Tab moves from point to point.</source>
        <translation>Die Pfeiltasten bewegen das Fadenkreuz, die Eingabetaste setzt dort einen Punkt, die Tabulatortaste springt von Punkt zu Punkt.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)</source>
        <translation>bodymap-Sitzungen (*.bodymap.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Save anyway, or go back and correct them?</source>
        <translation>Trotzdem speichern oder zurückgehen und korrigieren?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <source>Print anyway, or go back and correct them?</source>
        <translation>Trotzdem drucken oder zurückgehen und korrigieren?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Export anyway, or go back and correct them?</source>
        <translation>Trotzdem exportieren oder zurückgehen und korrigieren?</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Trotzdem signieren</translation>
    </message>
    <message>
        <source>Sign anyway, or go back and correct them?</source>
        <translation>Trotzdem signieren oder zurückgehen und korrigieren?</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.

Save them before continuing?</source>
        <translation>„{name}“ enthält nicht gespeicherte Änderungen.

Vor dem Fortfahren speichern?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Procedure tab).</source>
        <translation>
            <numerusform>… und %n weitere (siehe Registerkarte „Eingriff“).</numerusform>
            <numerusform>… und %n weitere (siehe Registerkarte „Eingriff“).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before continuing</source>
        <translation>Vor dem Fortfahren prüfen</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n warnings to confirm:</source>
        <translation>
            <numerusform>Diese Sitzung enthält %n zu bestätigende Warnung:</numerusform>
            <numerusform>Diese Sitzung enthält %n zu bestätigende Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation>Sitzung wird verwendet</translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere.
{owner}

Open a read-only copy?</source>
        <translation>„{name}“ ist an anderer Stelle geöffnet.
{owner}

Eine schreibgeschützte Kopie öffnen?</translation>
    </message>
    <message>
        <source>Session in use on another computer</source>
        <translation>Sitzung wird auf einem anderen Computer verwendet</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer: {holder}

Take it over only if that computer has stopped using it (it crashed, or was switched off). Changes its user has not saved may then clash with yours.</source>
        <translation>„{name}“ ist auf einem anderen Computer geöffnet: {holder}

Übernehmen Sie sie nur, wenn dieser Computer sie nicht mehr verwendet (abgestürzt oder ausgeschaltet). Nicht gespeicherte Änderungen des dortigen Benutzers können sonst mit Ihren kollidieren.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” has changed since you opened it: {reason}.

Save your version over it? (Choose Cancel and then Save As to keep both.)</source>
        <translation>„{name}“ wurde seit dem Öffnen geändert: {reason}.

Ihre Version darüber speichern? (Wählen Sie „Abbrechen“ und dann „Speichern unter“, um beide zu behalten.)</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>bodymap did not close properly last time.

Unsaved changes to {session} were kept. Restore them?</source>
        <translation>bodymap wurde beim letzten Mal nicht ordnungsgemäß beendet.

Nicht gespeicherte Änderungen an {session} wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>„{name}“ gibt es bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>asked for a file to open: none (nobody to answer)</source>
        <translation>Frage nach einer zu öffnenden Datei: keine (keine Rückfrage möglich)</translation>
    </message>
    <message>
        <source>asked where to save: not saved (nobody to answer)</source>
        <translation>Frage nach dem Speicherort: nicht gespeichert (keine Rückfrage möglich)</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: kept, nothing discarded (nobody to answer)</source>
        <translation>„{name}“ hat nicht gespeicherte Änderungen: aufbewahrt, nichts verworfen (keine Rückfrage möglich)</translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere ({owner}): opened read-only</source>
        <translation>„{name}“ ist an anderer Stelle geöffnet ({owner}): schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer ({holder}): opened read-only</source>
        <translation>„{name}“ ist auf einem anderen Computer geöffnet ({holder}): schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>“{name}” changed on disk ({reason}): not overwritten</source>
        <translation>„{name}“ wurde auf dem Datenträger geändert ({reason}): nicht überschrieben</translation>
    </message>
    <message>
        <source>unsaved changes to {session} are kept for the next start</source>
        <translation>nicht gespeicherte Änderungen an {session} werden für den nächsten Start aufbewahrt</translation>
    </message>
    <message>
        <source>asked for a printer: not printed (nobody to answer)</source>
        <translation>Frage nach einem Drucker: nicht gedruckt (keine Rückfrage möglich)</translation>
    </message>
    <message>
        <source>asked where to write a PDF: not written (nobody to answer)</source>
        <translation>Frage nach dem Speicherort für ein PDF: nicht geschrieben (keine Rückfrage möglich)</translation>
    </message>
    <message>
        <source>{title}: not written (nobody to answer)</source>
        <translation>{title}: nicht geschrieben (keine Rückfrage möglich)</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>A drawing holds at most {count} areas: not painted.</source>
        <translation>Eine Zeichnung enthält höchstens {count} Bereiche: nicht eingezeichnet.</translation>
    </message>
    <message>
        <source>Nothing painted: the stroke lies outside the body outline.</source>
        <translation>Nichts eingezeichnet: Der Strich liegt außerhalb der Körperkontur.</translation>
    </message>
    <message>
        <source>The drawing is too detailed to keep: not painted.</source>
        <translation>Die Zeichnung ist zu detailliert zum Speichern: nicht eingezeichnet.</translation>
    </message>
    <message>
        <source>Paint ({area})</source>
        <translation>Einzeichnen ({area})</translation>
    </message>
    <message>
        <source>Draw polygon ({area})</source>
        <translation>Polygon zeichnen ({area})</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
    <message>
        <source>Intensity: a whole number from 0 to 10. Not recorded.</source>
        <translation>Intensität: eine ganze Zahl von 0 bis 10. Nicht übernommen.</translation>
    </message>
    <message>
        <source>Join into {area}</source>
        <translation>Zusammenführen zu {area}</translation>
    </message>
    <message>
        <source>Set area to {area}</source>
        <translation>Bereich ändern: {area}</translation>
    </message>
    <message>
        <source>Delete painted area</source>
        <translation>Eingezeichneten Bereich löschen</translation>
    </message>
    <message>
        <source>this session is open read-only</source>
        <translation>diese Sitzung ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>this record is signed: add an amendment instead (File → Amend…)</source>
        <translation>dieses Protokoll ist signiert: Fügen Sie stattdessen einen Nachtrag hinzu (Datei → Nachtrag…)</translation>
    </message>
    <message>
        <source>this record was changed after it was signed</source>
        <translation>dieses Protokoll wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>Outside the body outline: no point added.</source>
        <translation>Außerhalb der Körperkontur: kein Punkt hinzugefügt.</translation>
    </message>
    <message>
        <source>Add point {number}</source>
        <translation>Punkt {number} hinzufügen</translation>
    </message>
    <message>
        <source>A point lies outside the body outline: no point added.</source>
        <translation>Ein Punkt liegt außerhalb der Körperkontur: kein Punkt hinzugefügt.</translation>
    </message>
    <message>
        <source>That point is in this session already: no point added.</source>
        <translation>Dieser Punkt ist bereits in dieser Sitzung: kein Punkt hinzugefügt.</translation>
    </message>
    <message>
        <source>Add {count} points</source>
        <translation>{count} Punkte hinzufügen</translation>
    </message>
    <message>
        <source>Move point {number}</source>
        <translation>Punkt {number} verschieben</translation>
    </message>
    <message>
        <source>Move {points}</source>
        <translation>{points} verschieben</translation>
    </message>
    <message>
        <source>Delete point {number}</source>
        <translation>Punkt {number} löschen</translation>
    </message>
    <message>
        <source>Delete {count} points</source>
        <translation>{count} Punkte löschen</translation>
    </message>
    <message>
        <source>{what}: a point&apos;s identity or place is not edited here.</source>
        <translation>{what}: Identität und Lage eines Punkts werden hier nicht bearbeitet.</translation>
    </message>
    <message>
        <source>{what} of {points}</source>
        <translation>{what} ({points})</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>{step}: not done, {reason}.</source>
        <translation>{step}: nicht ausgeführt, {reason}.</translation>
    </message>
    <message>
        <source>A session holds at most {count} points: no point added.</source>
        <translation>Eine Sitzung enthält höchstens {count} Punkte: kein Punkt hinzugefügt.</translation>
    </message>
    <message>
        <source>Point {number} cannot leave the body outline: not moved.</source>
        <translation>Punkt {number} kann die Körperkontur nicht verlassen: nicht verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>points {numbers}</source>
        <translation>
            <numerusform>Punkt {numbers}</numerusform>
            <numerusform>Punkte {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {problem}. Not recorded.</source>
        <translation>{what}: {problem}. Nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>doses</name>
    <message>
        <source>{per_kg}, at most {cap} mg</source>
        <translation>{per_kg}, höchstens {cap} mg</translation>
    </message>
    <message>
        <source>{kg} kg lean body weight (BMI {bmi})</source>
        <translation>{kg} kg fettfreies Körpergewicht (BMI {bmi})</translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</source>
        <translation>
            <numerusform>Dosis nicht geprüft: „{name}“ an Punkt {numbers} nennt {count} Lokalanästhetika ({agents}). Geben Sie es als Mischung ein, jeden Wirkstoff mit seiner Konzentration in der Spritze, damit jede Dosis geprüft wird.</numerusform>
            <numerusform>Dosis nicht geprüft: „{name}“ an den Punkten {numbers} nennt {count} Lokalanästhetika ({agents}). Geben Sie es als Mischung ein, jeden Wirkstoff mit seiner Konzentration in der Spritze, damit jede Dosis geprüft wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {agent}, a local anaesthetic with no maximum dose for infiltration in bodymap&apos;s table. Check the dose against its label.</source>
        <translation>
            <numerusform>Dosis nicht geprüft: „{name}“ an Punkt {numbers} nennt {agent}, ein Lokalanästhetikum ohne Höchstdosis für die Infiltration in der Tabelle von bodymap. Prüfen Sie die Dosis anhand der Fachinformation.</numerusform>
            <numerusform>Dosis nicht geprüft: „{name}“ an den Punkten {numbers} nennt {agent}, ein Lokalanästhetikum ohne Höchstdosis für die Infiltration in der Tabelle von bodymap. Prüfen Sie die Dosis anhand der Fachinformation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dosis nicht geprüft: {names} an Punkt {numbers} ist eine Mischung oder ein Name, den die Anwendung nicht erkennt. Prüfen Sie die Dosis anhand der Fachinformation, wählen Sie den Wirkstoff namentlich aus oder geben Sie eine Mischung Wirkstoff für Wirkstoff ein.</numerusform>
            <numerusform>Dosis nicht geprüft: {names} an den Punkten {numbers} ist eine Mischung oder ein Name, den die Anwendung nicht erkennt. Prüfen Sie die Dosis anhand der Fachinformation, wählen Sie den Wirkstoff namentlich aus oder geben Sie eine Mischung Wirkstoff für Wirkstoff ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dosis nicht geprüft: {names} an Punkt {numbers} sind Mischungen oder Namen, die die Anwendung nicht erkennt. Prüfen Sie die Dosis anhand der Fachinformation, wählen Sie den Wirkstoff namentlich aus oder geben Sie eine Mischung Wirkstoff für Wirkstoff ein.</numerusform>
            <numerusform>Dosis nicht geprüft: {names} an den Punkten {numbers} sind Mischungen oder Namen, die die Anwendung nicht erkennt. Prüfen Sie die Dosis anhand der Fachinformation, wählen Sie den Wirkstoff namentlich aus oder geben Sie eine Mischung Wirkstoff für Wirkstoff ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg for {weight} ({rule}).</source>
        <translation>{agent} insgesamt {mg} mg ({ml} mL) überschreitet die Höchstdosis von {maximum} mg für {weight} ({rule}).</translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg whatever the weight ({rule}). The weight is not recorded.</source>
        <translation>{agent} insgesamt {mg} mg ({ml} mL) überschreitet die gewichtsunabhängige Höchstdosis von {maximum} mg ({rule}). Das Gewicht ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>Patient weight is not recorded, so the maximum safe dose of local anaesthetic ({agents}) is checked only against the absolute caps. Enter the weight in kilograms.</source>
        <translation>Das Körpergewicht ist nicht dokumentiert, daher wird die Höchstdosis des Lokalanästhetikums ({agents}) nur anhand der absoluten Obergrenzen geprüft. Geben Sie das Gewicht in Kilogramm ein.</translation>
    </message>
    <message numerus="yes">
        <source>{agent}: concentration missing at points {numbers}, so that dose is not checked. Record the concentration.</source>
        <translation>
            <numerusform>{agent}: Konzentration fehlt an Punkt {numbers}, daher ist diese Dosis nicht geprüft. Dokumentieren Sie die Konzentration.</numerusform>
            <numerusform>{agent}: Konzentration fehlt an den Punkten {numbers}, daher sind diese Dosen nicht geprüft. Dokumentieren Sie die Konzentration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation>Die Lokalanästhetika erreichen zusammen {percent}% der Höchstdosis ({parts}): Ihre Toxizität addiert sich, daher muss die Summe unter 100% bleiben.</translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose whatever the weight ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation>Die Lokalanästhetika erreichen zusammen {percent}% der gewichtsunabhängigen Höchstdosis ({parts}): Ihre Toxizität addiert sich, daher muss die Summe unter 100% bleiben.</translation>
    </message>
    <message>
        <source>{mg} mg for {weight}</source>
        <translation>{mg} mg für {weight}</translation>
    </message>
    <message>
        <source>weight not recorded; at most {mg} mg whatever the weight</source>
        <translation>Gewicht nicht dokumentiert; höchstens {mg} mg unabhängig vom Gewicht</translation>
    </message>
    <message>
        <source>weight not recorded</source>
        <translation>Gewicht nicht dokumentiert</translation>
    </message>
    <message>
        <source>no weight-based maximum</source>
        <translation>keine gewichtsbezogene Höchstdosis</translation>
    </message>
    <message>
        <source>{maximum}, with epinephrine</source>
        <translation>{maximum}, mit Adrenalin</translation>
    </message>
    <message>
        <source>{maximum}, plain</source>
        <translation>{maximum}, ohne Adrenalin</translation>
    </message>
    <message>
        <source>; each injection counts against its own maximum</source>
        <translation>; jede Infiltration wird auf die für sie geltende Höchstdosis angerechnet</translation>
    </message>
    <message>
        <source>, lowered by 20% in pregnancy</source>
        <translation>, in der Schwangerschaft um 20% gesenkt</translation>
    </message>
    <message>
        <source>Weight not recorded: maxima are the absolute caps, whatever the weight; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation>Gewicht nicht dokumentiert: Höchstdosen sind die absoluten Obergrenzen, unabhängig vom Gewicht; jede Infiltration wird auf die für sie geltende Höchstdosis angerechnet (ohne oder mit Adrenalin), jeder Wirkstoff einer Mischung auf seine eigene</translation>
    </message>
    <message>
        <source>Maxima for {weight}; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation>Höchstdosen für {weight}; jede Infiltration wird auf die für sie geltende Höchstdosis angerechnet (ohne oder mit Adrenalin), jeder Wirkstoff einer Mischung auf seine eigene</translation>
    </message>
    <message>
        <source>; lowered by 20% in pregnancy</source>
        <translation>; in der Schwangerschaft um 20% gesenkt</translation>
    </message>
    <message>
        <source>concentration missing</source>
        <translation>Konzentration fehlt</translation>
    </message>
    <message>
        <source>dose not checked</source>
        <translation>Dosis nicht geprüft</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Point {number} added: {where}</source>
        <translation>Punkt {number} hinzugefügt: {where}</translation>
    </message>
    <message>
        <source>Point {number} added: {where}; needle length left blank (at most {limit} mm advised here): record the needle used</source>
        <translation>Punkt {number} hinzugefügt: {where}; Nadellänge nicht angegeben (hier höchstens {limit} mm empfohlen): Dokumentieren Sie die verwendete Nadel</translation>
    </message>
    <message>
        <source>Point {number} added: {where}; needle {length} mm instead of {before} mm (at most {limit} mm advised here)</source>
        <translation>Punkt {number} hinzugefügt: {where}; Nadel {length} mm statt {before} mm (hier höchstens {limit} mm empfohlen)</translation>
    </message>
    <message>
        <source>Point {number} deleted; the points after it are renumbered.</source>
        <translation>Punkt {number} gelöscht; die nachfolgenden Punkte werden neu nummeriert.</translation>
    </message>
    <message>
        <source>{count} points deleted; the remaining points are renumbered.</source>
        <translation>{count} Punkte gelöscht; die übrigen Punkte werden neu nummeriert.</translation>
    </message>
    <message>
        <source>Point {number} moved: {where}</source>
        <translation>Punkt {number} verschoben: {where}</translation>
    </message>
    <message>
        <source>Points {numbers} moved.</source>
        <translation>Punkte {numbers} verschoben.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the printed record could not be made ({problem})</source>
        <translation>das Protokoll für den Druck konnte nicht erstellt werden ({problem})</translation>
    </message>
    <message>
        <source>no session file could be read: nothing was written</source>
        <translation>keine Sitzungsdatei konnte gelesen werden: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>not exported: {problem}</source>
        <translation>nicht exportiert: {problem}</translation>
    </message>
    <message>
        <source>the same session as {file}, exported once</source>
        <translation>dieselbe Sitzung wie {file}, einmal exportiert</translation>
    </message>
    <message>
        <source>another version of the session in {file}: neither exported</source>
        <translation>eine andere Fassung der Sitzung in {file}: keine exportiert</translation>
    </message>
    <message>
        <source>{file}: this is a folder; name the file to write</source>
        <translation>{file}: Dies ist ein Ordner; geben Sie den Namen der zu schreibenden Datei an</translation>
    </message>
    <message>
        <source>{file}: this is one of the session files being exported; choose another output file</source>
        <translation>{file}: Dies ist eine der zu exportierenden Sitzungsdateien; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>{file}: an export is not a session file; choose a name that does not end in {suffix}</source>
        <translation>{file}: Ein Export ist keine Sitzungsdatei; wählen Sie einen Namen, der nicht auf {suffix} endet</translation>
    </message>
    <message>
        <source>{file}: the name is a link to a file that does not exist</source>
        <translation>{file}: der Name ist ein Link auf eine nicht vorhandene Datei</translation>
    </message>
    <message>
        <source>{file}: this is not a regular file (a device or a pipe?): not replaced</source>
        <translation>{file}: dies ist keine reguläre Datei (ein Gerät oder eine Pipe?) und wird nicht ersetzt</translation>
    </message>
    <message>
        <source>{file}: this file holds something other than an earlier export: it is not replaced; choose another name</source>
        <translation>{file}: diese Datei enthält etwas anderes als einen früheren Export und wird nicht ersetzt; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the patient identifier system must be a URI such as urn:oid:1.2.3 or https://clinic.example/patients</source>
        <translation>das System der Patientenkennungen muss eine URI sein, z. B. urn:oid:1.2.3 oder https://clinic.example/patients</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>{done}. {note}</source>
        <translation>{done}. {note}</translation>
    </message>
    <message>
        <source>Expor&amp;t</source>
        <translation>Ex&amp;portieren</translation>
    </message>
    <message>
        <source>&amp;FHIR Bundle…</source>
        <translation>&amp;FHIR-Bundle…</translation>
    </message>
    <message>
        <source>&amp;CSV of Points…</source>
        <translation>Punkte als &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV of Points, &amp;De-identified…</source>
        <translation>Punkte als CSV, &amp;anonymisiert…</translation>
    </message>
    <message>
        <source>Export FHIR Bundle</source>
        <translation>FHIR-Bundle exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR bundle not written</source>
        <translation>FHIR-Bundle nicht geschrieben</translation>
    </message>
    <message>
        <source>FHIR bundle written to {file}</source>
        <translation>FHIR-Bundle in {file} geschrieben</translation>
    </message>
    <message>
        <source>Export De-identified CSV</source>
        <translation>Anonymisierte CSV exportieren</translation>
    </message>
    <message>
        <source>Export CSV of Points</source>
        <translation>Punkte als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV not written</source>
        <translation>CSV nicht geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n points written to {file}</source>
        <translation>
            <numerusform>%n Punkt in {file} geschrieben</numerusform>
            <numerusform>%n Punkte in {file} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>aftercare given</source>
        <translation>Nachsorgehinweise gegeben</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>agent other</source>
        <translation>sonstiger Wirkstoff</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>allergy local anaesthetic</source>
        <translation>Allergie gegen Lokalanästhetika</translation>
    </message>
    <message>
        <source>anticoagulation</source>
        <translation>Antikoagulation</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>complication notes</source>
        <translation>Notizen zu Komplikationen</translation>
    </message>
    <message>
        <source>concentration percent</source>
        <translation>Konzentration (%)</translation>
    </message>
    <message>
        <source>consent obtained</source>
        <translation>Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>Wiedervorstellung</translation>
    </message>
    <message>
        <source>height cm</source>
        <translation>Größe (cm)</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>immediate response</source>
        <translation>Sofortreaktion</translation>
    </message>
    <message>
        <source>indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>infection at site</source>
        <translation>Infektion an der Einstichstelle</translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation>Jump-Sign</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>needle diameter mm</source>
        <translation>Nadeldurchmesser (mm)</translation>
    </message>
    <message>
        <source>needle gauge</source>
        <translation>Nadelstärke (Gauge)</translation>
    </message>
    <message>
        <source>needle length mm</source>
        <translation>Nadellänge (mm)</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>schwanger</translation>
    </message>
    <message>
        <source>referral area</source>
        <translation>Übertragungsgebiet</translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation>übertragener Schmerz</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>skin prep</source>
        <translation>Hautdesinfektion</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>taut band</source>
        <translation>Hartspannstrang</translation>
    </message>
    <message>
        <source>timeout done</source>
        <translation>Team-Time-out durchgeführt</translation>
    </message>
    <message>
        <source>twitch</source>
        <translation>Zuckungsreaktion</translation>
    </message>
    <message>
        <source>ultrasound guidance</source>
        <translation>Ultraschallführung</translation>
    </message>
    <message>
        <source>vapocoolant</source>
        <translation>Kältespray</translation>
    </message>
    <message>
        <source>volume ml</source>
        <translation>Volumen (mL)</translation>
    </message>
    <message>
        <source>weight kg</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>with epinephrine</source>
        <translation>mit Adrenalin</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>prone</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>side lying</source>
        <translation>Seitenlage</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>chlorhexidine</source>
        <translation>Chlorhexidin</translation>
    </message>
    <message>
        <source>povidone iodine</source>
        <translation>Povidon-Iod</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>palpable</source>
        <translation>tastbar</translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation>Lidocain</translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation>Bupivacain</translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation>Ropivacain</translation>
    </message>
    <message>
        <source>saline</source>
        <translation>Kochsalzlösung</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>{text} does not exist on the calendar</source>
        <translation>{text} gibt es im Kalender nicht</translation>
    </message>
    <message>
        <source>{text} is before {date}</source>
        <translation>{text} liegt vor dem {date}</translation>
    </message>
    <message>
        <source>{text} is after {date}</source>
        <translation>{text} liegt nach dem {date}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM (24-hour)</source>
        <translation>„{text}“ ist keine Uhrzeit; schreiben Sie sie als HH:MM (24 h)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>{field}: {problem}. Not recorded.</source>
        <translation>{field}: {problem}. Nicht dokumentiert.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source> (the folder does not allow a lock file: others are not warned)</source>
        <translation> (der Ordner erlaubt keine Sperrdatei: andere werden nicht gewarnt)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <source>{user} on {host} since {since}</source>
        <translation>{user} auf {host} seit {since}</translation>
    </message>
    <message>
        <source> (lock taken over)</source>
        <translation> (Sperre übernommen)</translation>
    </message>
    <message>
        <source>“{file}” was not taken over: it is now open by {holder}.</source>
        <translation>„{file}“ wurde nicht übernommen: Die Datei ist jetzt anderweitig geöffnet ({holder}).</translation>
    </message>
    <message>
        <source>the lock cannot be written</source>
        <translation>die Sperre kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>“{file}” was not taken over: {reason}.</source>
        <translation>„{file}“ wurde nicht übernommen: {reason}.</translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation>Sitzung wird verwendet</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Example session opened (not saved).</source>
        <translation>Beispielsitzung geöffnet (nicht gespeichert).</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} read-only{note}</source>
        <translation>{file} schreibgeschützt geöffnet{note}</translation>
    </message>
    <message>
        <source>{file} opened{note}</source>
        <translation>{file} geöffnet{note}</translation>
    </message>
    <message>
        <source>Typed input is not recorded:
{fields}

Correct it or clear it, then save.</source>
        <translation>Eingegebenes ist nicht erfasst:
{fields}

Korrigieren oder leeren Sie es, dann speichern Sie.</translation>
    </message>
    <message>
        <source>Nothing to save: {file} is as saved.</source>
        <translation>Nichts zu speichern: {file} entspricht dem gespeicherten Stand.</translation>
    </message>
    <message>
        <source>“{file}” is in use: open by {holder}.</source>
        <translation>„{file}“ wird bereits verwendet ({holder}).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The session was NOT saved.

{problem}</source>
        <translation>Die Sitzung wurde NICHT gespeichert.

{problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
    <message>
        <source>The session was NOT saved.

{file} holds a signed record, which is never replaced by another session. Choose another name with Save As.</source>
        <translation>Die Sitzung wurde NICHT gespeichert.

{file} enthält ein signiertes Protokoll, das nie durch eine andere Sitzung ersetzt wird. Wählen Sie mit „Speichern unter“ einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>bodymap saves each session as a file in a clinic folder, one folder per patient. The Patients window finds earlier visits there.

Use a new folder in your documents, or a folder the clinic already uses (for example on a network drive shared by several workstations).</source>
        <translation>bodymap speichert jede Sitzung als Datei in einem Ordner der Einrichtung, mit einem Unterordner je Patient. Im Fenster „Patienten“ werden dort frühere Besuche gefunden.

Verwenden Sie einen neuen Ordner in Ihren Dokumenten oder einen Ordner, den die Einrichtung bereits nutzt (zum Beispiel auf einem Netzlaufwerk, das mehrere Arbeitsplätze gemeinsam nutzen).</translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation>Ordner der Einrichtung</translation>
    </message>
    <message>
        <source>The clinic folder “{folder}” cannot be found. If it is on a network drive, connect the drive and check again; or choose another folder.</source>
        <translation>Der Ordner der Einrichtung „{folder}“ wurde nicht gefunden. Wenn er sich auf einem Netzlaufwerk befindet, verbinden Sie das Laufwerk und prüfen Sie erneut; oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Check again: {folder}</source>
        <translation>Erneut prüfen: {folder}</translation>
    </message>
    <message>
        <source>A new folder in my documents: {folder}</source>
        <translation>Ein neuer Ordner in meinen Dokumenten: {folder}</translation>
    </message>
    <message>
        <source>A folder the clinic already uses:</source>
        <translation>Ein Ordner, den die Einrichtung bereits nutzt:</translation>
    </message>
    <message>
        <source>e.g. a folder on the clinic&apos;s network drive</source>
        <translation>z. B. ein Ordner auf dem Netzlaufwerk der Einrichtung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use This Folder</source>
        <translation>Diesen Ordner verwenden</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Type or choose the clinic&apos;s folder, or use the default.</source>
        <translation>Geben Sie den Ordner der Einrichtung ein oder wählen Sie ihn aus, oder verwenden Sie die Vorgabe.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>the clinic index could not be read ({reason})</source>
        <translation>der Index des Ordners der Einrichtung konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the clinic index could not be used ({reason})</source>
        <translation>der Index des Ordners der Einrichtung konnte nicht verwendet werden ({reason})</translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation>der Ordner der Einrichtung existiert nicht</translation>
    </message>
    <message>
        <source>{number}th</source>
        <comment>the ordinal number of a visit</comment>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, not treated before (last examined {date})</source>
        <translation>wiederkehrend: {ordinal} Besuch, bisher nicht behandelt (zuletzt untersucht am {date})</translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, last treated {date} with {treatment}</source>
        <translation>wiederkehrend: {ordinal} Besuch, zuletzt behandelt am {date} mit {treatment}</translation>
    </message>
    <message>
        <source>unexpected error ({kind})</source>
        <translation>unerwarteter Fehler ({kind})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>injection_form</name>
    <message>
        <source>Agent</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>Name of the other agent, e.g. mepivacaine</source>
        <translation>Name des sonstigen Wirkstoffs, z. B. Mepivacain</translation>
    </message>
    <message>
        <source>Other agent</source>
        <translation>Sonstiger Wirkstoff</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>&amp;Concentration</source>
        <translation>&amp;Konzentration</translation>
    </message>
    <message>
        <source>With epinephrine (adrenaline)</source>
        <translation>Mit Adrenalin</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Needle gauge</source>
        <translation>Nadelstärke (Gauge)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Nadellänge</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Wirkstoff</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>Needle ga&amp;uge</source>
        <translation>&amp;Gauge</translation>
    </message>
    <message>
        <source>Needle &amp;length</source>
        <translation>Nadel&amp;länge</translation>
    </message>
    <message>
        <source>Set strength</source>
        <translation>Konzentration festlegen</translation>
    </message>
    <message>
        <source>Set epinephrine</source>
        <translation>Adrenalin festlegen</translation>
    </message>
    <message>
        <source>Set volume</source>
        <translation>Volumen festlegen</translation>
    </message>
    <message>
        <source>Set needle</source>
        <translation>Nadel festlegen</translation>
    </message>
    <message>
        <source>Type the name of the other agent; it is recorded once named.</source>
        <translation>Geben Sie den Namen des sonstigen Wirkstoffs ein; er wird dokumentiert, sobald er benannt ist.</translation>
    </message>
    <message>
        <source>Set agent</source>
        <translation>Wirkstoff festlegen</translation>
    </message>
    <message>
        <source>&amp;Concentration
in syringe</source>
        <translation>&amp;Konzentration
in der Spritze</translation>
    </message>
    <message>
        <source>The concentration of the first agent in the syringe, after mixing.</source>
        <translation>Die Konzentration des ersten Wirkstoffs in der Spritze, nach dem Mischen.</translation>
    </message>
    <message>
        <source>Strength {percent}</source>
        <translation>Konzentration {percent}</translation>
    </message>
</context>
<context>
    <name>landmarks</name>
    <message>
        <source>Mastoid process</source>
        <translation>Processus mastoideus</translation>
    </message>
    <message>
        <source>Superior angle of the scapula</source>
        <translation>Angulus superior scapulae</translation>
    </message>
    <message>
        <source>Root of the scapular spine</source>
        <translation>Wurzel der Spina scapulae</translation>
    </message>
    <message>
        <source>Midpoint of the scapular spine</source>
        <translation>Mitte der Spina scapulae</translation>
    </message>
    <message>
        <source>Midpoint of the lateral scapular border</source>
        <translation>Mitte des Margo lateralis scapulae</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Angulus inferior scapulae</translation>
    </message>
    <message>
        <source>Posterior acromial angle</source>
        <translation>Angulus acromii (hinterer Akromionwinkel)</translation>
    </message>
    <message>
        <source>Humeral head</source>
        <translation>Humeruskopf</translation>
    </message>
    <message>
        <source>Deltoid tuberosity</source>
        <translation>Tuberositas deltoidea</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Hintere Axillarfalte</translation>
    </message>
    <message>
        <source>Midpoint of the medial scapular border</source>
        <translation>Mitte des Margo medialis scapulae</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Protuberantia occipitalis externa</translation>
    </message>
    <message>
        <source>{vertebra} spinous process</source>
        <translation>Dornfortsatz {vertebra}</translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s left</source>
        <translation>{landmark}, links (Patientensicht)</translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s right</source>
        <translation>{landmark}, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>Go to Landmark</source>
        <translation>Zu Landmarke springen</translation>
    </message>
    <message>
        <source>Find a landmark</source>
        <translation>Landmarke suchen</translation>
    </message>
    <message>
        <source>e.g. inferior angle left, T4, acromion</source>
        <translation>z. B. Angulus inferior links, T4, Akromion</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Sp&amp;ringen</translation>
    </message>
</context>
<context>
    <name>location</name>
    <message>
        <source>the mastoid process</source>
        <translation>des Processus mastoideus</translation>
    </message>
    <message>
        <source>at the mastoid process</source>
        <translation>am Processus mastoideus</translation>
    </message>
    <message>
        <source>the superior angle of the scapula</source>
        <translation>des Angulus superior scapulae</translation>
    </message>
    <message>
        <source>at the superior angle of the scapula</source>
        <translation>am Angulus superior scapulae</translation>
    </message>
    <message>
        <source>the root of the scapular spine</source>
        <translation>der Wurzel der Spina scapulae</translation>
    </message>
    <message>
        <source>at the root of the scapular spine</source>
        <translation>an der Wurzel der Spina scapulae</translation>
    </message>
    <message>
        <source>the midpoint of the scapular spine</source>
        <translation>der Mitte der Spina scapulae</translation>
    </message>
    <message>
        <source>at the midpoint of the scapular spine</source>
        <translation>in der Mitte der Spina scapulae</translation>
    </message>
    <message>
        <source>the midpoint of the lateral scapular border</source>
        <translation>der Mitte des Margo lateralis scapulae</translation>
    </message>
    <message>
        <source>at the midpoint of the lateral scapular border</source>
        <translation>in der Mitte des Margo lateralis scapulae</translation>
    </message>
    <message>
        <source>the inferior angle of the scapula</source>
        <translation>des Angulus inferior scapulae</translation>
    </message>
    <message>
        <source>at the inferior angle of the scapula</source>
        <translation>am Angulus inferior scapulae</translation>
    </message>
    <message>
        <source>the posterior acromial angle</source>
        <translation>des Angulus acromii</translation>
    </message>
    <message>
        <source>at the posterior acromial angle</source>
        <translation>am Angulus acromii</translation>
    </message>
    <message>
        <source>the humeral head</source>
        <translation>des Humeruskopfes</translation>
    </message>
    <message>
        <source>at the humeral head</source>
        <translation>am Humeruskopf</translation>
    </message>
    <message>
        <source>the deltoid tuberosity</source>
        <translation>der Tuberositas deltoidea</translation>
    </message>
    <message>
        <source>at the deltoid tuberosity</source>
        <translation>an der Tuberositas deltoidea</translation>
    </message>
    <message>
        <source>the posterior axillary fold</source>
        <translation>der hinteren Axillarfalte</translation>
    </message>
    <message>
        <source>at the posterior axillary fold</source>
        <translation>an der hinteren Axillarfalte</translation>
    </message>
    <message>
        <source>the midpoint of the medial scapular border</source>
        <translation>der Mitte des Margo medialis scapulae</translation>
    </message>
    <message>
        <source>at the midpoint of the medial scapular border</source>
        <translation>in der Mitte des Margo medialis scapulae</translation>
    </message>
    <message>
        <source>the external occipital protuberance</source>
        <translation>der Protuberantia occipitalis externa</translation>
    </message>
    <message>
        <source>at the external occipital protuberance</source>
        <translation>an der Protuberantia occipitalis externa</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the patient&apos;s side</comment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the patient&apos;s side</comment>
        <translation>rechts</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>außerhalb des Körpers</translation>
    </message>
    <message numerus="yes">
        <source>next to the {muscles}</source>
        <translation>
            <numerusform>angrenzend an {muscles}</numerusform>
            <numerusform>angrenzend an {muscles}</numerusform>
        </translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>no muscle identified</source>
        <translation>kein Muskel identifiziert</translation>
    </message>
    <message>
        <source>midline, {muscle}</source>
        <translation>{muscle} in der Mittellinie</translation>
    </message>
    <message>
        <source>left {muscle}</source>
        <translation>{muscle} links</translation>
    </message>
    <message>
        <source>right {muscle}</source>
        <translation>{muscle} rechts</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>{distance} lateral to its root</source>
        <translation>{distance} lateral der Wurzel</translation>
    </message>
    <message>
        <source>{distance} superior to {vertebra} spinous process</source>
        <translation>{distance} kranial des Dornfortsatzes {vertebra}</translation>
    </message>
    <message>
        <source>{distance} inferior to {vertebra} spinous process</source>
        <translation>{distance} kaudal des Dornfortsatzes {vertebra}</translation>
    </message>
    <message>
        <source>{distance} lateral to {vertebra} spinous process</source>
        <translation>{distance} lateral des Dornfortsatzes {vertebra}</translation>
    </message>
    <message>
        <source>on the line C7–acromion</source>
        <translation>auf der Linie C7–Akromion</translation>
    </message>
    <message>
        <source>{distance} superior to the line C7–acromion</source>
        <translation>{distance} kranial der Linie C7–Akromion</translation>
    </message>
    <message>
        <source>{distance} inferior to the line C7–acromion</source>
        <translation>{distance} kaudal der Linie C7–Akromion</translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} lateral to {landmark}</source>
        <translation>{vertical} kaudal und {across} lateral {landmark}</translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} medial to {landmark}</source>
        <translation>{vertical} kaudal und {across} medial {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior and {across} lateral to {landmark}</source>
        <translation>{vertical} kranial und {across} lateral {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior and {across} medial to {landmark}</source>
        <translation>{vertical} kranial und {across} medial {landmark}</translation>
    </message>
    <message>
        <source>{vertical} inferior to {landmark}</source>
        <translation>{vertical} kaudal {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior to {landmark}</source>
        <translation>{vertical} kranial {landmark}</translation>
    </message>
    <message>
        <source>{across} lateral to {landmark}</source>
        <translation>{across} lateral {landmark}</translation>
    </message>
    <message>
        <source>{across} medial to {landmark}</source>
        <translation>{across} medial {landmark}</translation>
    </message>
    <message>
        <source>at the level of {landmark}</source>
        <translation>auf Höhe {landmark}</translation>
    </message>
    <message>
        <source>at the level of {vertebra}</source>
        <translation>auf Höhe {vertebra}</translation>
    </message>
    <message>
        <source>in the midline</source>
        <translation>in der Mittellinie</translation>
    </message>
    <message>
        <source>{distance} lateral to the midline</source>
        <translation>{distance} lateral der Mittellinie</translation>
    </message>
    <message>
        <source>over the back of the skull</source>
        <translation>über dem Hinterhaupt</translation>
    </message>
    <message>
        <source>over the superior nuchal line</source>
        <translation>über der Linea nuchalis superior</translation>
    </message>
    <message>
        <source>over the external occipital protuberance</source>
        <translation>über der Protuberantia occipitalis externa</translation>
    </message>
    <message>
        <source>over the scapula</source>
        <translation>über der Skapula</translation>
    </message>
    <message>
        <source>over the scapular spine</source>
        <translation>über der Spina scapulae</translation>
    </message>
    <message>
        <source>over the posterior acromial angle</source>
        <translation>über dem Angulus acromii</translation>
    </message>
    <message>
        <source>over the acromion</source>
        <translation>über dem Akromion</translation>
    </message>
    <message>
        <source>over the root of the scapular spine</source>
        <translation>über der Wurzel der Spina scapulae</translation>
    </message>
    <message>
        <source>over the ear</source>
        <translation>über dem Ohr</translation>
    </message>
    <message>
        <source>over the lateral head of triceps</source>
        <translation>über dem Caput laterale des M. triceps brachii</translation>
    </message>
    <message>
        <source>over the {vertebra} spinous process</source>
        <translation>über dem Dornfortsatz {vertebra}</translation>
    </message>
    <message>
        <source>over the {part}</source>
        <translation>über {part}</translation>
    </message>
    <message>
        <source>midline {muscle}</source>
        <translation>{muscle} in der Mittellinie</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Pa&amp;tients</source>
        <translation>Pa&amp;tienten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Show &amp;Deep Muscles</source>
        <translation>&amp;Tiefe Muskeln anzeigen</translation>
    </message>
    <message>
        <source>Draw the muscles under trapezius, latissimus and deltoid (always used to identify)</source>
        <translation>Die Muskeln unter M. trapezius, M. latissimus dorsi und M. deltoideus darstellen (zur Identifikation immer berücksichtigt)</translation>
    </message>
    <message>
        <source>Dra&amp;w Pain</source>
        <translation>Schmerz ein&amp;zeichnen</translation>
    </message>
    <message>
        <source>Shade where it hurts: brush, polygon or eraser (clicks then mark no points)</source>
        <translation>Schmerzbereiche einzeichnen: Pinsel, Polygon oder Radierer (Klicks setzen dann keine Punkte)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Under the cursor</source>
        <translation>Unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>{name}[*]{note} — bodymap</source>
        <translation>{name}[*]{note} — bodymap</translation>
    </message>
</context>
<context>
    <name>map_keys</name>
    <message>
        <source>Move the crosshair 1 mm, or the selected points</source>
        <translation>Fadenkreuz oder ausgewählte Punkte um 1 mm bewegen</translation>
    </message>
    <message>
        <source>Move the crosshair 5 mm, or the selected points</source>
        <translation>Fadenkreuz oder ausgewählte Punkte um 5 mm bewegen</translation>
    </message>
    <message>
        <source>Place a point at the crosshair (while drawing pain: paint there); on a selected point, go to its details</source>
        <translation>Punkt am Fadenkreuz setzen (beim Einzeichnen des Schmerzes: dort einzeichnen); auf einem ausgewählten Punkt zu seinen Details wechseln</translation>
    </message>
    <message>
        <source>Select the next point; after the last one, go on to its details</source>
        <translation>Nächsten Punkt auswählen; nach dem letzten weiter zu dessen Details</translation>
    </message>
    <message>
        <source>Select the previous point; before the first one, back to the crosshair</source>
        <translation>Vorherigen Punkt auswählen; vor dem ersten zurück zum Fadenkreuz</translation>
    </message>
    <message>
        <source>Clear the selection: the arrow keys move the crosshair again</source>
        <translation>Auswahl aufheben: Die Pfeiltasten bewegen wieder das Fadenkreuz</translation>
    </message>
    <message>
        <source>The selected point&apos;s menu (its commands also have keys of their own)</source>
        <translation>Kontextmenü des ausgewählten Punkts (seine Befehle haben auch eigene Tasten)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Point</source>
        <translation>Punkt &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected points; the points after them are renumbered</source>
        <translation>Die ausgewählten Punkte löschen; die nachfolgenden Punkte werden neu nummeriert</translation>
    </message>
    <message>
        <source>&amp;Point Details</source>
        <translation>Punkt&amp;details</translation>
    </message>
    <message>
        <source>Go to the selected point&apos;s muscle, findings and treatment</source>
        <translation>Zu Muskel, Befund und Behandlung des ausgewählten Punkts wechseln</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Start Ne&amp;xt Visit</source>
        <translation>Folgebesuch be&amp;ginnen</translation>
    </message>
    <message>
        <source>A new session for this patient, with this visit&apos;s points offered on the map</source>
        <translation>Eine neue Sitzung für diesen Patienten; die Punkte dieses Besuchs werden auf der Karte angeboten</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>S&amp;ignieren…</translation>
    </message>
    <message>
        <source>Sign the saved record: it becomes read-only, amendments only</source>
        <translation>Das gespeicherte Protokoll signieren: Es wird schreibgeschützt, nur noch Nachträge sind möglich</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Nach&amp;trag…</translation>
    </message>
    <message>
        <source>Add a signed amendment to the signed record</source>
        <translation>Dem signierten Protokoll einen signierten Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>Propert&amp;ies</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Ar&amp;chival PDF (PDF/A-1b)…</source>
        <translation>&amp;Archiv-PDF exportieren (PDF/A-1b)…</translation>
    </message>
    <message>
        <source>A PDF/A-1b file for long-term keeping: fonts embedded, no transparency</source>
        <translation>Eine PDF/A-1b-Datei zur Langzeitarchivierung: Schriften eingebettet, keine Transparenz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>Select &amp;All Points</source>
        <translation>&amp;Alle Punkte auswählen</translation>
    </message>
    <message>
        <source>&amp;Go to Landmark…</source>
        <translation>Zu Landmarke &amp;springen…</translation>
    </message>
    <message>
        <source>Put the map&apos;s crosshair on a bony landmark</source>
        <translation>Das Fadenkreuz der Karte auf eine knöcherne Landmarke setzen</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Colour &amp;Key</source>
        <translation>Farb&amp;legende</translation>
    </message>
    <message>
        <source>What the marker colours, badges and rings mean</source>
        <translation>Was die Farben, Symbole und Ringe der Markierungen bedeuten</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Thicker outlines and larger numbers on the map</source>
        <translation>Dickere Umrisse und größere Nummern auf der Karte</translation>
    </message>
    <message>
        <source>&amp;Switch Between Map and Details</source>
        <translation>Zwischen Karte und Details &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Patients and Earlier Visits…</source>
        <translation>&amp;Patienten und frühere Besuche…</translation>
    </message>
    <message>
        <source>&amp;Accept All Previous-Visit Points</source>
        <translation>&amp;Alle Punkte des Vorbesuchs übernehmen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;Example Session</source>
        <translation>Beispiel&amp;sitzung öffnen</translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation>Ü&amp;ber bodymap</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>mixture</name>
    <message>
        <source>Enter each strength as it is in the syringe. Mixed 1:1, each halves: lidocaine 1% and bupivacaine 0.25% are 0.5% + 0.125%. Mixed 1:3, the first is a quarter, the second three quarters.</source>
        <translation>Geben Sie jede Konzentration so ein, wie sie in der Spritze vorliegt. Bei einer Mischung 1:1 halbiert sich jede Konzentration: Lidocain 1% und Bupivacain 0,25% ergeben 0,5% + 0,125%. Bei einer Mischung 1:3 beträgt die erste Konzentration ein Viertel, die zweite drei Viertel des Ausgangswerts.</translation>
    </message>
    <message>
        <source>Agent {number} of the mixture</source>
        <translation>Wirkstoff {number} der Mischung</translation>
    </message>
    <message>
        <source>Name of the agent, e.g. mepivacaine</source>
        <translation>Name des Wirkstoffs, z. B. Mepivacain</translation>
    </message>
    <message>
        <source>Name of agent {number}</source>
        <translation>Name von Wirkstoff {number}</translation>
    </message>
    <message>
        <source>Strength of agent {number} in the syringe</source>
        <translation>Konzentration von Wirkstoff {number} in der Spritze</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove agent {number} from the mixture</source>
        <translation>Wirkstoff {number} aus der Mischung entfernen</translation>
    </message>
    <message>
        <source>Type the name of the agent; it is recorded once named.</source>
        <translation>Geben Sie den Namen des Wirkstoffs ein; er wird dokumentiert, sobald er benannt ist.</translation>
    </message>
    <message>
        <source>Set mixed agent</source>
        <translation>Wirkstoff der Mischung festlegen</translation>
    </message>
    <message>
        <source>Set mixed strength</source>
        <translation>Konzentration der Mischung festlegen</translation>
    </message>
    <message>
        <source>Add an agent to the syringe</source>
        <translation>Wirkstoff hinzufügen</translation>
    </message>
    <message>
        <source>Add an agent to the mixture</source>
        <translation>Der Mischung einen Wirkstoff hinzufügen</translation>
    </message>
    <message>
        <source>A syringe mixes at most {count} agents.</source>
        <translation>Eine Spritze kann höchstens {count} Wirkstoffe enthalten.</translation>
    </message>
    <message>
        <source>Add a further local anaesthetic drawn into the same syringe.</source>
        <translation>Ein weiteres Lokalanästhetikum hinzufügen, das in dieselbe Spritze aufgezogen wird.</translation>
    </message>
    <message>
        <source>Remove an agent from the mixture</source>
        <translation>Einen Wirkstoff aus der Mischung entfernen</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>saline is not mixed in as an agent: the concentrations say it</source>
        <translation>Kochsalzlösung wird nicht als Wirkstoff beigemischt: Die Konzentrationen drücken die Verdünnung aus</translation>
    </message>
    <message>
        <source>a mixed agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation>ein beigemischter Wirkstoff „Sonstiges“ benötigt den Namen des Wirkstoffs</translation>
    </message>
    <message>
        <source>an injection with agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation>eine Infiltration mit Wirkstoff „Sonstiges“ benötigt den Namen des Wirkstoffs</translation>
    </message>
    <message>
        <source>a mixture names its local anaesthetics, not saline, first</source>
        <translation>eine Mischung nennt zuerst ihre Lokalanästhetika, nicht Kochsalzlösung</translation>
    </message>
    <message>
        <source>an agent is listed twice in one mixture</source>
        <translation>ein Wirkstoff ist in einer Mischung doppelt aufgeführt</translation>
    </message>
    <message>
        <source>a complication is listed twice</source>
        <translation>eine Komplikation ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&apos;none&apos; cannot be combined with a complication</source>
        <translation>„keine“ kann nicht mit einer Komplikation kombiniert werden</translation>
    </message>
    <message>
        <source>two points share the same id</source>
        <translation>zwei Punkte haben dieselbe ID</translation>
    </message>
    <message>
        <source>two points share the same number</source>
        <translation>zwei Punkte haben dieselbe Nummer</translation>
    </message>
    <message>
        <source>two pain areas share the same id</source>
        <translation>zwei Schmerzbereiche haben dieselbe ID</translation>
    </message>
    <message>
        <source>two pain areas share the same quality and intensity</source>
        <translation>zwei Schmerzbereiche haben dieselbe Qualität und Intensität</translation>
    </message>
    <message>
        <source>a corrected value is not a finite number</source>
        <translation>ein korrigierter Wert ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>a corrected number is too large to be kept exactly</source>
        <translation>eine korrigierte Zahl ist zu groß, um genau gespeichert zu werden</translation>
    </message>
    <message>
        <source>a corrected text holds a character that is not valid</source>
        <translation>ein korrigierter Text enthält ein ungültiges Zeichen</translation>
    </message>
    <message>
        <source>contains a line break or tab ({code}), which this field does not accept</source>
        <translation>enthält einen Zeilenumbruch oder Tabulator ({code}), den dieses Feld nicht zulässt</translation>
    </message>
    <message>
        <source>contains a control character ({code}), which this field does not accept</source>
        <translation>enthält ein Steuerzeichen ({code}), das dieses Feld nicht zulässt</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <source>Upper trapezius</source>
        <translation>M. trapezius pars descendens</translation>
    </message>
    <message>
        <source>Middle trapezius</source>
        <translation>M. trapezius pars transversa</translation>
    </message>
    <message>
        <source>Lower trapezius</source>
        <translation>M. trapezius pars ascendens</translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation>M. levator scapulae</translation>
    </message>
    <message>
        <source>Rhomboid minor</source>
        <translation>M. rhomboideus minor</translation>
    </message>
    <message>
        <source>Rhomboid major</source>
        <translation>M. rhomboideus major</translation>
    </message>
    <message>
        <source>Serratus posterior superior</source>
        <translation>M. serratus posterior superior</translation>
    </message>
    <message>
        <source>Supraspinatus</source>
        <translation>M. supraspinatus</translation>
    </message>
    <message>
        <source>Infraspinatus</source>
        <translation>M. infraspinatus</translation>
    </message>
    <message>
        <source>Teres minor</source>
        <translation>M. teres minor</translation>
    </message>
    <message>
        <source>Teres major</source>
        <translation>M. teres major</translation>
    </message>
    <message>
        <source>Latissimus dorsi</source>
        <translation>M. latissimus dorsi</translation>
    </message>
    <message>
        <source>Posterior deltoid</source>
        <translation>M. deltoideus pars spinalis</translation>
    </message>
    <message>
        <source>Splenius capitis</source>
        <translation>M. splenius capitis</translation>
    </message>
    <message>
        <source>Splenius cervicis</source>
        <translation>M. splenius cervicis</translation>
    </message>
    <message>
        <source>Semispinalis capitis</source>
        <translation>M. semispinalis capitis</translation>
    </message>
    <message>
        <source>Suboccipital group</source>
        <translation>Subokzipitale Muskulatur</translation>
    </message>
    <message>
        <source>Thoracic paraspinals</source>
        <translation>Paravertebrale Muskulatur (BWS)</translation>
    </message>
    <message>
        <source>Thoracic multifidi/rotatores</source>
        <translation>Mm. multifidi/rotatores (BWS)</translation>
    </message>
    <message>
        <source>Middle deltoid</source>
        <translation>M. deltoideus pars acromialis</translation>
    </message>
    <message>
        <source>Sternocleidomastoid</source>
        <translation>M. sternocleidomastoideus</translation>
    </message>
    <message>
        <source>Long head of triceps</source>
        <translation>M. triceps brachii, Caput longum</translation>
    </message>
    <message>
        <source>Triceps, long head</source>
        <translation>M. triceps brachii, Caput longum</translation>
    </message>
    <message>
        <source>Multifocal / unspecified</source>
        <translation>Multifokal / nicht näher bezeichnet</translation>
    </message>
    <message>
        <source>upper trapezius</source>
        <translation>M. trapezius pars descendens</translation>
    </message>
    <message>
        <source>middle trapezius</source>
        <translation>M. trapezius pars transversa</translation>
    </message>
    <message>
        <source>lower trapezius</source>
        <translation>M. trapezius pars ascendens</translation>
    </message>
    <message>
        <source>levator scapulae</source>
        <translation>M. levator scapulae</translation>
    </message>
    <message>
        <source>rhomboid minor</source>
        <translation>M. rhomboideus minor</translation>
    </message>
    <message>
        <source>rhomboid major</source>
        <translation>M. rhomboideus major</translation>
    </message>
    <message>
        <source>serratus posterior superior</source>
        <translation>M. serratus posterior superior</translation>
    </message>
    <message>
        <source>supraspinatus</source>
        <translation>M. supraspinatus</translation>
    </message>
    <message>
        <source>infraspinatus</source>
        <translation>M. infraspinatus</translation>
    </message>
    <message>
        <source>teres minor</source>
        <translation>M. teres minor</translation>
    </message>
    <message>
        <source>teres major</source>
        <translation>M. teres major</translation>
    </message>
    <message>
        <source>latissimus dorsi</source>
        <translation>M. latissimus dorsi</translation>
    </message>
    <message>
        <source>posterior deltoid</source>
        <translation>M. deltoideus pars spinalis</translation>
    </message>
    <message>
        <source>splenius capitis</source>
        <translation>M. splenius capitis</translation>
    </message>
    <message>
        <source>splenius cervicis</source>
        <translation>M. splenius cervicis</translation>
    </message>
    <message>
        <source>semispinalis capitis</source>
        <translation>M. semispinalis capitis</translation>
    </message>
    <message>
        <source>suboccipital group</source>
        <translation>subokzipitale Muskulatur</translation>
    </message>
    <message>
        <source>thoracic paraspinals</source>
        <translation>paravertebrale Muskulatur (BWS)</translation>
    </message>
    <message>
        <source>thoracic multifidi/rotatores</source>
        <translation>Mm. multifidi/rotatores (BWS)</translation>
    </message>
    <message>
        <source>middle deltoid</source>
        <translation>M. deltoideus pars acromialis</translation>
    </message>
    <message>
        <source>sternocleidomastoid</source>
        <translation>M. sternocleidomastoideus</translation>
    </message>
    <message>
        <source>long head of triceps</source>
        <translation>M. triceps brachii, Caput longum</translation>
    </message>
    <message>
        <source>triceps, long head</source>
        <translation>M. triceps brachii, Caput longum</translation>
    </message>
    <message>
        <source>multifocal / unspecified</source>
        <translation>multifokal / nicht näher bezeichnet</translation>
    </message>
    <message>
        <source>trapezius</source>
        <translation>M. trapezius</translation>
    </message>
    <message>
        <source>deltoid</source>
        <translation>M. deltoideus</translation>
    </message>
    <message>
        <source>thoracic paraspinals (erector spinae)</source>
        <translation>paravertebrale Muskulatur der BWS (M. erector spinae)</translation>
    </message>
    <message>
        <source>thoracic multifidi</source>
        <translation>Mm. multifidi (BWS)</translation>
    </message>
    <message>
        <source>triceps brachii</source>
        <translation>M. triceps brachii</translation>
    </message>
</context>
<context>
    <name>needle_advice</name>
    <message>
        <source>No needling caution at this position.</source>
        <translation>Kein Vorsichtshinweis zur Nadelung an dieser Position.</translation>
    </message>
    <message>
        <source>Here ({zone}): {advice}.</source>
        <translation>Hier ({zone}): {advice}.</translation>
    </message>
    <message>
        <source>{title}. {technique} No published depth limit.</source>
        <translation>{title}. {technique} Keine publizierte Tiefengrenze.</translation>
    </message>
    <message>
        <source>Point {number}: the {length} mm needle is longer than advised {zone} ({advice}).</source>
        <translation>Punkt {number}: Die {length}-mm-Nadel ist länger als {zone} empfohlen ({advice}).</translation>
    </message>
</context>
<context>
    <name>needling</name>
    <message numerus="yes">
        <source>Needling over both lungs in one session (points {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</source>
        <translation>
            <numerusform>Nadelung über beiden Lungen in einer Sitzung (Punkt {numbers}): Ein beidseitiger Pneumothorax wurde berichtet, und eine Sicherheitsleitlinie zum Dry Needling rät davon ab, beide Thoraxseiten in einer Sitzung zu nadeln. Erwägen Sie, pro Sitzung nur eine Seite zu behandeln.</numerusform>
            <numerusform>Nadelung über beiden Lungen in einer Sitzung (Punkte {numbers}): Ein beidseitiger Pneumothorax wurde berichtet, und eine Sicherheitsleitlinie zum Dry Needling rät davon ab, beide Thoraxseiten in einer Sitzung zu nadeln. Erwägen Sie, pro Sitzung nur eine Seite zu behandeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>next_visit</name>
    <message>
        <source>Patient details confirmed for this visit.</source>
        <translation>Patientendaten für diesen Besuch bestätigt.</translation>
    </message>
    <message>
        <source>Sessions are saved in the clinic folder {folder}</source>
        <translation>Sitzungen werden im Ordner der Einrichtung {folder} gespeichert</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Start Next Visit continues a patient&apos;s session: enter the patient&apos;s name or identifier, or open their last visit (Patients).</source>
        <translation>„Folgebesuch beginnen“ setzt die Sitzung eines Patienten fort: Geben Sie Namen oder Kennung des Patienten ein, oder öffnen Sie seinen letzten Besuch (Patienten).</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Nothing saved to start the next visit from.</source>
        <translation>Es ist nichts gespeichert, von dem aus der Folgebesuch beginnen kann.</translation>
    </message>
    <message numerus="yes">
        <source>Next visit started: %n points of {date} offered on the map (click one, or Patients → Accept All Previous-Visit Points).</source>
        <translation>
            <numerusform>Folgebesuch begonnen: %n Punkt vom {date} wird auf der Karte angeboten (klicken Sie ihn an, oder wählen Sie Patienten → Alle Punkte des Vorbesuchs übernehmen).</numerusform>
            <numerusform>Folgebesuch begonnen: %n Punkte vom {date} werden auf der Karte angeboten (klicken Sie einen an, oder wählen Sie Patienten → Alle Punkte des Vorbesuchs übernehmen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier points are offered on the map.</source>
        <translation>Auf der Karte werden keine früheren Punkte angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n previous points</source>
        <translation>
            <numerusform>%n Punkt des Vorbesuchs übernehmen</numerusform>
            <numerusform>%n Punkte des Vorbesuchs übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier points accepted.</source>
        <translation>
            <numerusform>%n früherer Punkt übernommen.</numerusform>
            <numerusform>%n frühere Punkte übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others matched by a point of this visit (the same trigger point).</source>
        <translation>
            <numerusform>%n weiterer Punkt entspricht einem Punkt dieses Besuchs (derselbe Triggerpunkt).</numerusform>
            <numerusform>%n weitere Punkte entsprechen einem Punkt dieses Besuchs (derselbe Triggerpunkt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others left offered: within {tolerance} mm of another point (click it to add it anyway).</source>
        <translation>
            <numerusform>%n weiterer Punkt bleibt angeboten: höchstens {tolerance} mm von einem anderen Punkt entfernt (klicken Sie ihn an, um ihn trotzdem hinzuzufügen).</numerusform>
            <numerusform>%n weitere Punkte bleiben angeboten: höchstens {tolerance} mm von einem anderen Punkt entfernt (klicken Sie einen an, um ihn trotzdem hinzuzufügen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <source>{tooltip}
Matched by point {number} of this visit (same muscle and side within {tolerance} mm): not offered again.</source>
        <translation>{tooltip}
Entspricht Punkt {number} dieses Besuchs (gleicher Muskel und gleiche Seite, höchstens {tolerance} mm entfernt): wird nicht erneut angeboten.</translation>
    </message>
    <message>
        <source>p{number}</source>
        <translation>p{number}</translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <source>Aching</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Parästhesie</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>Parästhesie</translation>
    </message>
    <message>
        <source>{quality}, intensity {intensity}/10</source>
        <translation>{quality}, Intensität {intensity}/10</translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit ({date}) {previous}</source>
        <translation>Eingezeichnete Fläche {current}; beim letzten Besuch ({date}) {previous}</translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit {previous}</source>
        <translation>Eingezeichnete Fläche {current}; beim letzten Besuch {previous}</translation>
    </message>
    <message>
        <source>{area}: unchanged.</source>
        <translation>{area}: unverändert.</translation>
    </message>
    <message>
        <source>{area}: {difference} smaller ({percent}%).</source>
        <translation>{area}: {difference} kleiner ({percent}%).</translation>
    </message>
    <message>
        <source>{area}: {difference} larger ({percent}%).</source>
        <translation>{area}: {difference} größer ({percent}%).</translation>
    </message>
    <message>
        <source>{area}: {difference} smaller.</source>
        <translation>{area}: {difference} kleiner.</translation>
    </message>
    <message>
        <source>{area}: {difference} larger.</source>
        <translation>{area}: {difference} größer.</translation>
    </message>
</context>
<context>
    <name>pain_chart</name>
    <message>
        <source>Pain scores over visits</source>
        <translation>Schmerzwerte über die Besuche</translation>
    </message>
    <message>
        <source>No pain scores recorded</source>
        <translation>Keine Schmerzwerte dokumentiert</translation>
    </message>
    <message>
        <source>bars: painted area, max {area} cm²</source>
        <translation>Balken: eingezeichnete Fläche, max. {area} cm²</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>dieser Besuch</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>{when}: {before} → {after} ({treatment})</source>
        <translation>{when}: {before} → {after} ({treatment})</translation>
    </message>
    <message>
        <source>{scores}; painted area {area} cm²</source>
        <translation>{scores}; eingezeichnete Fläche {area} cm²</translation>
    </message>
</context>
<context>
    <name>pain_panel</name>
    <message>
        <source>Brush and eraser: hold the left button and paint. Polygon: click each corner, then the first corner again or double-click to close; a right click drops it. Each stroke is one undo step.</source>
        <translation>Pinsel und Radierer: Halten Sie die linke Maustaste gedrückt und zeichnen Sie ein. Polygon: Klicken Sie nacheinander auf jede Ecke, dann erneut auf die erste Ecke, oder doppelklicken Sie zum Schließen; ein Rechtsklick verwirft es. Jeder Strich ist ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Painted areas</source>
        <translation>Eingezeichnete Bereiche</translation>
    </message>
    <message>
        <source>Give Area the Pen&apos;s Quality and Intensity</source>
        <translation>Qualität/Intensität übernehmen</translation>
    </message>
    <message>
        <source>Delete Area</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Painted area</source>
        <translation>Eingezeichneter Bereich</translation>
    </message>
    <message>
        <source>Change since the last visit</source>
        <translation>Veränderung seit dem letzten Besuch</translation>
    </message>
    <message>
        <source>{width} mm wide</source>
        <translation>{width} mm breit</translation>
    </message>
    <message>
        <source>{area}: {size}</source>
        <translation>{area}: {size}</translation>
    </message>
    <message>
        <source>Nothing painted yet.</source>
        <translation>Noch nichts eingezeichnet.</translation>
    </message>
    <message>
        <source>{region} {area}</source>
        <translation>{region} {area}</translation>
    </message>
    <message>
        <source>Painted: {total} in all; {regions}.</source>
        <translation>Eingezeichnet: {total} insgesamt; {regions}.</translation>
    </message>
</context>
<context>
    <name>patient_check</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine dokumentiert</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>Gewicht {weight}</translation>
    </message>
    <message>
        <source>allergies: {allergies}</source>
        <translation>Allergien: {allergies}</translation>
    </message>
    <message>
        <source>allergic to local anaesthetics: {answer}</source>
        <translation>Allergie gegen Lokalanästhetika: {answer}</translation>
    </message>
    <message>
        <source>anticoagulated: {answer}</source>
        <translation>antikoaguliert: {answer}</translation>
    </message>
    <message>
        <source>pregnant: {answer}</source>
        <translation>schwanger: {answer}</translation>
    </message>
    <message>
        <source>Patient details to confirm</source>
        <translation>Zu bestätigende Patientendaten</translation>
    </message>
    <message>
        <source>Review in Patient Tab</source>
        <translation>In Registerkarte „Patient“ prüfen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>The values above hold for today&apos;s visit</source>
        <translation>Die obigen Werte gelten für den heutigen Besuch</translation>
    </message>
    <message>
        <source>Carried over from the visit of {date}: confirm for today
{values}</source>
        <translation>Übernommen vom Besuch am {date}: für heute bestätigen
{values}</translation>
    </message>
</context>
<context>
    <name>patient_panel</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht dokumentiert</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Refuses every injection that holds a local anaesthetic of either class (amide or ester): the injected agent, every agent mixed into the same syringe, any agent named in a typed name, and any name ending in -caine. Dry needling and normal saline stay possible. An allergies field that names a local anaesthetic refuses its class even when this is not ticked.</source>
        <translation>Lässt keine Infiltration zu, die ein Lokalanästhetikum einer der beiden Klassen (Amid oder Ester) enthält: den injizierten Wirkstoff, jeden in dieselbe Spritze gemischten Wirkstoff, jeden in einem eingegebenen Namen genannten Wirkstoff und jeden Namen, der auf -cain endet. Dry Needling und isotone Kochsalzlösung bleiben möglich. Nennt das Feld „Allergien“ ein Lokalanästhetikum, ist dessen Klasse gesperrt, auch wenn dieses Kästchen nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>MRN or clinic number</source>
        <translation>Patientennummer (MRN) oder Nummer der Einrichtung</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>Kilogramm</translation>
    </message>
    <message>
        <source>kg, e.g. 72.5</source>
        <translation>kg, z. B. 72,5</translation>
    </message>
    <message>
        <source>Needed to check the maximum local anaesthetic dose.</source>
        <translation>Erforderlich, um die Höchstdosis des Lokalanästhetikums zu prüfen.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>cm, optional</source>
        <translation>cm, optional</translation>
    </message>
    <message>
        <source>With the weight it gives the BMI: needle advice for an underweight patient, and lean body weight for the dose maximum from BMI 30.</source>
        <translation>Zusammen mit dem Gewicht ergibt sie den BMI: Nadelempfehlung bei untergewichtigen Patienten und fettfreies Körpergewicht für die Höchstdosis ab BMI 30.</translation>
    </message>
    <message>
        <source>Body mass index and dosing weight</source>
        <translation>Body-Mass-Index und Dosierungsgewicht</translation>
    </message>
    <message>
        <source>Allergies (drugs, latex, adhesives, antiseptics)</source>
        <translation>Allergien (Arzneimittel, Latex, Pflaster, Antiseptika)</translation>
    </message>
    <message>
        <source>Allergy written as text</source>
        <translation>Als Text eingegebene Allergie</translation>
    </message>
    <message>
        <source>Tick the local anaesthetic allergy box</source>
        <translation>„Allergie gegen Lokalanästhetika“ aktivieren</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>Anticoagulated</source>
        <translation>Antikoaguliert</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <source>A relative contraindication; local anaesthetic maxima are lowered by 20%.</source>
        <translation>Eine relative Kontraindikation; die Höchstdosen der Lokalanästhetika werden um 20% gesenkt.</translation>
    </message>
    <message>
        <source>Relevant history, prior conservative care</source>
        <translation>Relevante Anamnese, bisherige konservative Behandlung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Set the encounter date to today</source>
        <translation>Datum der Konsultation auf heute setzen</translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation>Datum der Konsultation</translation>
    </message>
    <message>
        <source>Indication: symptoms, baseline pain, prior care</source>
        <translation>Indikation: Symptome, Ausgangsschmerz, bisherige Behandlung</translation>
    </message>
    <message>
        <source>Diagnoses (ICD-10-CM)</source>
        <translation>Diagnosen (ICD-10-CM)</translation>
    </message>
    <message>
        <source>Tick the diagnoses; ★ marks codes suggested from the points.</source>
        <translation>Markieren Sie die Diagnosen; ★ kennzeichnet aus den Punkten vorgeschlagene Codes.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;MRN / ID</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>Weight (&amp;kg)</source>
        <translation>Ge&amp;wicht (kg)</translation>
    </message>
    <message>
        <source>Hei&amp;ght (cm)</source>
        <translation>Gr&amp;öße (cm)</translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation>A&amp;llergien</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Anamne&amp;se</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Behandle&amp;r</translation>
    </message>
    <message>
        <source>Cl&amp;inic</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>Indicati&amp;on</source>
        <translation>Indikati&amp;on</translation>
    </message>
    <message>
        <source>Diagno&amp;ses (ICD-10-CM; ★ suggested from the points)</source>
        <translation>Diagnosen (ICD-10-CM; ★ aus den Punkten &amp;vorgeschlagen)</translation>
    </message>
    <message>
        <source>BMI: enter weight and height.</source>
        <translation>BMI: Geben Sie Gewicht und Größe ein.</translation>
    </message>
    <message>
        <source>BMI {bmi}; doses checked for {weight}</source>
        <translation>BMI {bmi}; Dosen geprüft für {weight}</translation>
    </message>
    <message>
        <source>BMI {bmi}; underweight: shorter needles are advised</source>
        <translation>BMI {bmi}; Untergewicht: kürzere Nadeln werden empfohlen</translation>
    </message>
    <message>
        <source>BMI {bmi}</source>
        <translation>BMI {bmi}</translation>
    </message>
    <message>
        <source>(from the session file)</source>
        <translation>(aus der Sitzungsdatei)</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Vorgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>injection</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>{date} (created)</source>
        <translation>{date} (erstellt)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Search by name or identifier</source>
        <translation>Nach Name oder Kennung suchen</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patientensuche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Start &amp;Next Visit</source>
        <translation>Folgebesuch be&amp;ginnen</translation>
    </message>
    <message>
        <source>A new session for this patient, with this visit&apos;s points offered on the map</source>
        <translation>Eine neue Sitzung für diesen Patienten; die Punkte dieses Besuchs werden auf der Karte angeboten</translation>
    </message>
    <message>
        <source>Overlay on &amp;map</source>
        <translation>Auf der &amp;Karte einblenden</translation>
    </message>
    <message>
        <source>&amp;Rescan folder</source>
        <translation>Ordner neu &amp;einlesen</translation>
    </message>
    <message>
        <source>&amp;Set Up Clinic Folder…</source>
        <translation>Ordner der Einrichtung fest&amp;legen…</translation>
    </message>
    <message>
        <source>Reading the clinic folder</source>
        <translation>Ordner der Einrichtung wird gelesen</translation>
    </message>
    <message>
        <source>Reading the clinic folder…</source>
        <translation>Ordner der Einrichtung wird gelesen…</translation>
    </message>
    <message>
        <source>No clinic folder is set up yet. Set Up Clinic Folder… chooses one (or creates one in your Documents); the sessions saved in it are found here.</source>
        <translation>Es ist noch kein Ordner der Einrichtung festgelegt. „Ordner der Einrichtung festlegen…“ wählt einen (oder legt einen in Ihren Dokumenten an); die darin gespeicherten Sitzungen werden hier gefunden.</translation>
    </message>
    <message>
        <source>Reading the clinic folder: {done} of {total} files…</source>
        <translation>Ordner der Einrichtung wird gelesen: {done} von {total} Dateien…</translation>
    </message>
    <message>
        <source>The clinic folder could not be indexed on this workstation (its cache folder cannot be written). Rescan to try again.</source>
        <translation>Der Ordner der Einrichtung konnte auf diesem Arbeitsplatz nicht indiziert werden (sein Cache-Ordner ist nicht beschreibbar). Wählen Sie „Ordner neu einlesen“, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} in {folder}</source>
        <translation>{sessions} in {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} — {problems}</source>
        <translation>{status} — {problems}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{sessions}, last {date}</source>
        <translation>{sessions}, zuletzt am {date}</translation>
    </message>
    <message>
        <source>More than {limit} patients: type more of the name.</source>
        <translation>Mehr als {limit} Patienten: Geben Sie mehr vom Namen ein.</translation>
    </message>
    <message>
        <source>Remove from &amp;map</source>
        <translation>Von der &amp;Karte entfernen</translation>
    </message>
</context>
<context>
    <name>point_panel</name>
    <message>
        <source>superficial</source>
        <translation>oberflächlich</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediär</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>tief</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>No point selected</source>
        <translation>Kein Punkt ausgewählt</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Muscle of this point. The muscles under the point come first (superficial to deep); choosing one by hand keeps it when the point is moved.</source>
        <translation>Muskel dieses Punkts. Die Muskeln unter dem Punkt stehen zuerst (von oberflächlich nach tief); ein von Hand gewählter Muskel bleibt erhalten, wenn der Punkt verschoben wird.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Muscle check</source>
        <translation>Muskelprüfung</translation>
    </message>
    <message>
        <source>Corrected by an amendment</source>
        <translation>Durch einen Nachtrag korrigiert</translation>
    </message>
    <message>
        <source>Warnings at this point</source>
        <translation>Warnungen an diesem Punkt</translation>
    </message>
    <message>
        <source>Notes on this point</source>
        <translation>Notizen zu diesem Punkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation>&amp;Muskel</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalisation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Notiz&amp;en</translation>
    </message>
    <message>
        <source>No point selected. Click on the body to mark a point.</source>
        <translation>Kein Punkt ausgewählt. Klicken Sie auf den Körper, um einen Punkt zu markieren.</translation>
    </message>
    <message>
        <source>Point {title}</source>
        <translation>Punkt {title}</translation>
    </message>
    <message>
        <source>Check the muscle: {mismatch}.</source>
        <translation>Prüfen Sie den Muskel: {mismatch}.</translation>
    </message>
    <message>
        <source>{mg} mg for {weight}</source>
        <translation>{mg} mg für {weight}</translation>
    </message>
    <message>
        <source>{mg} mg whatever the weight</source>
        <translation>{mg} mg unabhängig vom Gewicht</translation>
    </message>
    <message>
        <source>The weight is not recorded.</source>
        <translation>Das Gewicht ist nicht dokumentiert.</translation>
    </message>
    <message>
        <source>{agent} over the maximum: the {mg} mg at this point exceed {limit} ({rule}).</source>
        <translation>{agent} über der Höchstdosis: Die {mg} mg an diesem Punkt überschreiten {limit} ({rule}).</translation>
    </message>
    <message>
        <source>{agent} over the maximum: this point gives {mg} mg of the session&apos;s {total} mg (points {points}), and that total exceeds {limit} ({rule}). Lower the dose at any of these points.</source>
        <translation>{agent} über der Höchstdosis: Dieser Punkt trägt {mg} mg zu den {total} mg der Sitzung bei (Punkte {points}), und diese Summe überschreitet {limit} ({rule}). Senken Sie die Dosis an einem dieser Punkte.</translation>
    </message>
    <message>
        <source>{muscle} ({layer}, {side})</source>
        <translation>{muscle} ({layer}, {side})</translation>
    </message>
    <message>
        <source>Set muscle</source>
        <translation>Muskel festlegen</translation>
    </message>
    <message>
        <source>Set side</source>
        <translation>Seite festlegen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>point_visits</name>
    <message>
        <source>pain {before} → {after}</source>
        <translation>Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source>{date}, point {number}: {details}</source>
        <translation>{date}, Punkt {number}: {details}</translation>
    </message>
    <message>
        <source>Earlier visits of this point</source>
        <translation>Frühere Besuche dieses Punkts</translation>
    </message>
    <message>
        <source>First visit for this point.</source>
        <translation>Erster Besuch für diesen Punkt.</translation>
    </message>
    <message>
        <source>Earlier visits (their findings, not today&apos;s):</source>
        <translation>Frühere Besuche (deren Befund, nicht der heutige):</translation>
    </message>
</context>
<context>
    <name>points_presenter</name>
    <message>
        <source>Check the muscle: {mismatch}</source>
        <translation>Prüfen Sie den Muskel: {mismatch}</translation>
    </message>
    <message>
        <source>Caution: {title}</source>
        <translation>Vorsicht: {title}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Choose a full folder path.</source>
        <translation>Wählen Sie einen vollständigen Ordnerpfad.</translation>
    </message>
    <message>
        <source>“{folder}” is a file, not a folder.</source>
        <translation>„{folder}“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is still not there. If it is on a network drive, connect the drive first; or choose another folder.</source>
        <translation>Der Ordner „{folder}“ ist weiterhin nicht vorhanden. Wenn er sich auf einem Netzlaufwerk befindet, verbinden Sie zuerst das Laufwerk; oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist: choose a folder inside one that does.</source>
        <translation>Der Ordner „{folder}“ existiert nicht: Wählen Sie einen Ordner innerhalb eines vorhandenen Ordners.</translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be created ({reason}).</source>
        <translation>Der Ordner „{folder}“ konnte nicht erstellt werden ({reason}).</translation>
    </message>
    <message>
        <source>bodymap may not save in “{folder}”: choose a folder you can write in.</source>
        <translation>bodymap darf nicht in „{folder}“ speichern: Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation>Ordner der Einrichtung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>e.g. Pain clinic, City Hospital</source>
        <translation>z. B. Schmerzambulanz, Städtisches Klinikum</translation>
    </message>
    <message>
        <source>Patient identifier system (FHIR)</source>
        <translation>System der Patientenkennungen (FHIR)</translation>
    </message>
    <message>
        <source>e.g. urn:oid:1.2.3 (for FHIR exports; may stay empty)</source>
        <translation>z. B. urn:oid:1.2.3 (für FHIR-Exporte; darf leer bleiben)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language is used from the next start of bodymap.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start von bodymap verwendet.</translation>
    </message>
    <message>
        <source>Clinic &amp;folder:</source>
        <translation>&amp;Ordner der Einrichtung:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Einrichtung:</translation>
    </message>
    <message>
        <source>Patient &amp;identifiers:</source>
        <translation>Patienten&amp;kennungen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Earlier visits not shown on the record: {problem}</source>
        <translation>Frühere Besuche nicht im Protokoll aufgeführt: {problem}</translation>
    </message>
    <message>
        <source>Record sent to the printer.</source>
        <translation>Protokoll an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Record printed to {file}.</source>
        <translation>Protokoll in {file} gedruckt.</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF nicht geschrieben</translation>
    </message>
    <message>
        <source>Archival PDF/A-1b record written to {file}.</source>
        <translation>Protokoll als Archiv-PDF (PDF/A-1b) in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Record written to {file}.</source>
        <translation>Protokoll in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>The procedure end time ({end}) is before its start time ({start}). Correct the times.</source>
        <translation>Das Ende des Eingriffs ({end}) liegt vor seinem Beginn ({start}). Korrigieren Sie die Zeiten.</translation>
    </message>
    <message>
        <source>The procedure took {minutes} minutes, more than {limit}. Check the start and end times.</source>
        <translation>Der Eingriff dauerte {minutes} Minuten, mehr als {limit}. Prüfen Sie Beginn und Ende.</translation>
    </message>
    <message>
        <source>Infection is recorded at a needle site: never needle through infected skin. Choose another site or postpone the treatment.</source>
        <translation>An einer Einstichstelle ist eine Infektion dokumentiert: Stechen Sie nie durch infizierte Haut. Wählen Sie eine andere Stelle oder verschieben Sie die Behandlung.</translation>
    </message>
    <message>
        <source>Patient is pregnant, a relative contraindication: local anaesthetic maxima are lowered by 20%. Document the decision to treat.</source>
        <translation>Die Patientin ist schwanger, eine relative Kontraindikation: Die Höchstdosen der Lokalanästhetika werden um 20% gesenkt. Dokumentieren Sie die Entscheidung zur Behandlung.</translation>
    </message>
    <message>
        <source>Patient weighs {kg} kg but the height is not recorded: dose maxima are on total weight and the needle advice assumes an average build. Record the height.</source>
        <translation>Körpergewicht {kg} kg, aber die Körpergröße ist nicht dokumentiert: Die Höchstdosen beziehen sich auf das Gesamtgewicht, und die Nadelempfehlung setzt eine durchschnittliche Statur voraus. Dokumentieren Sie die Körpergröße.</translation>
    </message>
    <message>
        <source>Patient is anticoagulated, a relative contraindication to needling (bleeding). Document the decision to treat.</source>
        <translation>Der Patient ist antikoaguliert, eine relative Kontraindikation für die Nadelung (Blutung). Dokumentieren Sie die Entscheidung zur Behandlung.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is anticoagulated and points {numbers} lie over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</source>
        <translation>
            <numerusform>Der Patient ist antikoaguliert, und Punkt {numbers} liegt über dem Spinalkanal oder der A. vertebralis, wo nach Nadelung epidurale Hämatome aufgetreten sind. Dokumentieren Sie die Entscheidung, dort zu behandeln.</numerusform>
            <numerusform>Der Patient ist antikoaguliert, und die Punkte {numbers} liegen über dem Spinalkanal oder der A. vertebralis, wo nach Nadelung epidurale Hämatome aufgetreten sind. Dokumentieren Sie die Entscheidung, dort zu behandeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient is {age} years old: the maximum doses and needle depths bodymap uses are for adults and do not apply. Check each dose and depth for this patient.</source>
        <translation>Der Patient ist {age} Jahre alt: Die von bodymap verwendeten Höchstdosen und Nadeltiefen gelten für Erwachsene und sind hier nicht anwendbar. Prüfen Sie jede Dosis und Tiefe für diesen Patienten.</translation>
    </message>
    <message>
        <source>Patient is {age} years old: older patients are at higher risk of local anaesthetic toxicity, and a dose 10-20% below the maximum is advised.</source>
        <translation>Der Patient ist {age} Jahre alt: Ältere Patienten haben ein höheres Risiko einer Lokalanästhetika-Intoxikation; empfohlen wird eine Dosis 10-20% unter der Höchstdosis.</translation>
    </message>
</context>
<context>
    <name>procedure_panel</name>
    <message>
        <source>Prone</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation>Seitenlage</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Chlorhexidin</translation>
    </message>
    <message>
        <source>Povidone-iodine</source>
        <translation>Povidon-Iod</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>Time-out done</source>
        <translation>Team-Time-out durchgeführt</translation>
    </message>
    <message>
        <source>Just before needling: identity, procedure, site and side, allergies, anticoagulants.</source>
        <translation>Unmittelbar vor der Nadelung: Identität, Eingriff, Lokalisation und Seite, Allergien, Antikoagulanzien.</translation>
    </message>
    <message>
        <source>Consent and time-out warnings</source>
        <translation>Warnungen zu Einwilligung und Team-Time-out</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>Skin preparation</source>
        <translation>Hautdesinfektion</translation>
    </message>
    <message>
        <source>Vapocoolant spray (ethyl chloride) used</source>
        <translation>Kältespray (Chlorethan) verwendet</translation>
    </message>
    <message>
        <source>Ultrasound guidance</source>
        <translation>Ultraschallführung</translation>
    </message>
    <message>
        <source>Needles placed under ultrasound guidance (CPT 76942).</source>
        <translation>Nadeln unter Ultraschallführung platziert (CPT 76942).</translation>
    </message>
    <message>
        <source>Infection at or near a needle site</source>
        <translation>Infektion an oder nahe einer Einstichstelle</translation>
    </message>
    <message>
        <source>A contraindication: never needle through infected skin.</source>
        <translation>Eine Kontraindikation: Stechen Sie nie durch infizierte Haut.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Start time: now</source>
        <translation>Startzeit: jetzt</translation>
    </message>
    <message>
        <source>End time: now</source>
        <translation>Endzeit: jetzt</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Totals per agent</source>
        <translation>Summen je Wirkstoff</translation>
    </message>
    <message>
        <source>Suggested procedure codes</source>
        <translation>Vorgeschlagene Prozedurencodes</translation>
    </message>
    <message>
        <source>Immediate response (e.g. pain 6/10 → 2/10, tolerated well)</source>
        <translation>Sofortreaktion (z. B. Schmerz 6/10 → 2/10, gut toleriert)</translation>
    </message>
    <message>
        <source>Complication details</source>
        <translation>Details zu Komplikationen</translation>
    </message>
    <message>
        <source>Aftercare advice given</source>
        <translation>Nachsorgehinweise gegeben</translation>
    </message>
    <message>
        <source>Aftercare advice</source>
        <translation>Nachsorgehinweise</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorstellung</translation>
    </message>
    <message>
        <source>Consent and time-out</source>
        <translation>Einwilligung und Team-Time-out</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>&amp;Lagerung</translation>
    </message>
    <message>
        <source>S&amp;kin prep</source>
        <translation>Hautdesin&amp;fektion</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Suggested procedure codes (not applied)</source>
        <translation>Vorgeschlagene Codes (nicht übernommen)</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Nach dem Eingriff</translation>
    </message>
    <message>
        <source>Resp&amp;onse</source>
        <translation>&amp;Sofortreaktion</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Komplikationen</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>&amp;Wiedervorstellung</translation>
    </message>
    <message>
        <source>Enter the start and end times.</source>
        <translation>Geben Sie Start- und Endzeit ein.</translation>
    </message>
    <message>
        <source>End is before start: correct the times</source>
        <translation>Ende liegt vor Beginn: Korrigieren Sie die Zeiten</translation>
    </message>
    <message>
        <source>{minutes} min: over {limit} min, check the times</source>
        <translation>{minutes} min: über {limit} min, prüfen Sie die Zeiten</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>No clinical warnings.</source>
        <translation>Keine klinischen Warnungen.</translation>
    </message>
    <message numerus="yes">
        <source>Check before saving: %n warnings to confirm</source>
        <translation>
            <numerusform>Vor dem Speichern prüfen: %n Warnung zu bestätigen</numerusform>
            <numerusform>Vor dem Speichern prüfen: %n Warnungen zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No injections recorded.</source>
        <translation>Keine Infiltrationen dokumentiert.</translation>
    </message>
    <message>
        <source>{part}: {ml} mL</source>
        <translation>{part}: {ml} mL</translation>
    </message>
    <message>
        <source>Local anaesthetics together: {percent}% of the maximum</source>
        <translation>Lokalanästhetika zusammen: {percent}% der Höchstdosis</translation>
    </message>
    <message>
        <source>Local anaesthetics together: {percent}% of the maximum whatever the weight</source>
        <translation>Lokalanästhetika zusammen: {percent}% der Höchstdosis unabhängig vom Gewicht</translation>
    </message>
    <message>
        <source>{agent}: {maximum}</source>
        <translation>{agent}: {maximum}</translation>
    </message>
    <message>
        <source>Published maxima used: {maxima}.</source>
        <translation>Verwendete publizierte Höchstdosen: {maxima}.</translation>
    </message>
    <message>
        <source>No treated points with a named muscle yet.</source>
        <translation>Noch keine behandelten Punkte mit benanntem Muskel.</translation>
    </message>
    <message>
        <source>{ml} mL = {mg} mg, concentration missing for some</source>
        <translation>{ml} mL = {mg} mg, Konzentration teilweise nicht angegeben</translation>
    </message>
    <message>
        <source>{ml} mL = {mg} mg</source>
        <translation>{ml} mL = {mg} mg</translation>
    </message>
    <message>
        <source>{ml} mL, concentration missing</source>
        <translation>{ml} mL, Konzentration nicht angegeben</translation>
    </message>
    <message>
        <source>{ml} mL</source>
        <translation>{ml} mL</translation>
    </message>
    <message>
        <source>max {limit} ({percent}% of max)</source>
        <translation>max. {limit} ({percent}% der Höchstdosis)</translation>
    </message>
    <message>
        <source>{limit} ({percent}% of that cap)</source>
        <translation>{limit} ({percent}% dieser Obergrenze)</translation>
    </message>
    <message>
        <source>{agent}: {amount}; {limit}</source>
        <translation>{agent}: {amount}; {limit}</translation>
    </message>
</context>
<context>
    <name>properties</name>
    <message>
        <source>not saved yet (saved as {format} {version})</source>
        <translation>noch nicht gespeichert (wird als {format} {version} gespeichert)</translation>
    </message>
    <message>
        <source>{format} (the file cannot be read now)</source>
        <translation>{format} (die Datei kann derzeit nicht gelesen werden)</translation>
    </message>
    <message>
        <source>{format} {version}, read as {current}</source>
        <translation>{format} {version}, gelesen als {current}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>Nachtrag hinzugefügt</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begründung: {reason}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Text: {text}</translation>
    </message>
    <message>
        <source>Corrects {place}: {old} → {new}</source>
        <translation>Korrigiert {place}: {old} → {new}</translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Schlüssel: {fingerprint}</translation>
    </message>
    <message>
        <source>Amends SHA-256: {hash}</source>
        <translation>Nachtrag zu SHA-256: {hash}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Datei: {file}</translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation>Format: {format}</translation>
    </message>
    <message>
        <source>Content SHA-256: {hash}</source>
        <translation>Inhalt SHA-256: {hash}</translation>
    </message>
    <message>
        <source>Signature: none (a draft)</source>
        <translation>Signatur: keine (Entwurf)</translation>
    </message>
    <message>
        <source>Signature: {signer}, {meaning}, on {time} (Ed25519)</source>
        <translation>Signatur: {signer}, {meaning}, am {time} (Ed25519)</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Schlüssel-Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <source>Signed content SHA-256: {hash}</source>
        <translation>Signierter Inhalt SHA-256: {hash}</translation>
    </message>
    <message>
        <source>Verification: {result}</source>
        <translation>Prüfung: {result}</translation>
    </message>
    <message>
        <source>Amendments: {count}</source>
        <translation>Nachträge: {count}</translation>
    </message>
    <message>
        <source>Amendments: none</source>
        <translation>Nachträge: keine</translation>
    </message>
    <message>
        <source>Audit log: {count}</source>
        <translation>Audit-Log: {count}</translation>
    </message>
    <message>
        <source>Audit log: empty</source>
        <translation>Audit-Log: leer</translation>
    </message>
    <message>
        <source>(no clinician)</source>
        <translation>(kein Behandler)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(user {user})</source>
        <translation>(Benutzer {user})</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Properties of the session file</source>
        <translation>Eigenschaften der Sitzungsdatei</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>ranges</name>
    <message>
        <source>at least {low} and at most {high} {unit}</source>
        <translation>mindestens {low} und höchstens {high} {unit}</translation>
    </message>
    <message>
        <source>more than {low} and at most {high} {unit}</source>
        <translation>mehr als {low} und höchstens {high} {unit}</translation>
    </message>
    <message>
        <source>at least {low} and less than {high} {unit}</source>
        <translation>mindestens {low} und weniger als {high} {unit}</translation>
    </message>
    <message>
        <source>more than {low} and less than {high} {unit}</source>
        <translation>mehr als {low} und weniger als {high} {unit}</translation>
    </message>
    <message>
        <source>at least {low} {unit}</source>
        <translation>mindestens {low} {unit}</translation>
    </message>
    <message>
        <source>more than {low} {unit}</source>
        <translation>mehr als {low} {unit}</translation>
    </message>
    <message>
        <source>at most {high} {unit}</source>
        <translation>höchstens {high} {unit}</translation>
    </message>
    <message>
        <source>less than {high} {unit}</source>
        <translation>weniger als {high} {unit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of {noun}</source>
        <translation>„{text}“ ist keine Angabe in {noun}</translation>
    </message>
    <message>
        <source>{value} {unit} is out of range; enter {range}</source>
        <translation>{value} {unit} liegt außerhalb des zulässigen Bereichs; geben Sie {range} ein</translation>
    </message>
    <message>
        <source>{field}: {value} {unit} is out of range; enter {range}. Not recorded.</source>
        <translation>{field}: {value} {unit} liegt außerhalb des zulässigen Bereichs; geben Sie {range} ein. Nicht dokumentiert.</translation>
    </message>
    <message>
        <source>{field}: whole numbers only; the decimal typed is not recorded.</source>
        <translation>{field}: nur ganze Zahlen; die eingegebene Nachkommastelle wird nicht erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>{field}: at most %n decimal places; the digit typed after them is not recorded.</source>
        <translation>
            <numerusform>{field}: höchstens %n Nachkommastelle; die danach eingegebene Ziffer wird nicht erfasst.</numerusform>
            <numerusform>{field}: höchstens %n Nachkommastellen; die danach eingegebene Ziffer wird nicht erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>high-risk zone, suboccipital</source>
        <translation>Hochrisikozone, subokzipital</translation>
    </message>
    <message>
        <source>high-risk zone, paramedian neck</source>
        <translation>Hochrisikozone, paramedianer Nacken</translation>
    </message>
    <message>
        <source>spinal canal, between spinous processes</source>
        <translation>Spinalkanal, zwischen Dornfortsätzen</translation>
    </message>
    <message>
        <source>spinal canal medially, thoracic paraspinal</source>
        <translation>Spinalkanal medial, thorakal paravertebral</translation>
    </message>
    <message>
        <source>pneumothorax risk, lung apex</source>
        <translation>Pneumothoraxrisiko, Lungenspitze</translation>
    </message>
    <message>
        <source>pneumothorax risk, over the thorax</source>
        <translation>Pneumothoraxrisiko, über dem Thorax</translation>
    </message>
    <message>
        <source>lower pneumothorax risk, over scapula</source>
        <translation>geringeres Pneumothoraxrisiko, über der Skapula</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Gedruckt {time}</translation>
    </message>
    <message>
        <source>ALLERGY TO LOCAL ANAESTHETICS</source>
        <translation>ALLERGIE GEGEN LOKALANÄSTHETIKA</translation>
    </message>
    <message>
        <source>Painted area {area}: {regions}.</source>
        <translation>Eingezeichnete Fläche {area}: {regions}.</translation>
    </message>
    <message>
        <source>No pain drawn at this visit.</source>
        <translation>Bei diesem Besuch wurde kein Schmerz eingezeichnet.</translation>
    </message>
    <message>
        <source>Pneumothorax caution at this position</source>
        <translation>Vorsichtshinweis Pneumothorax an dieser Position</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>of the diagram</comment>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Pain drawn: {quality}</source>
        <translation>Eingezeichneter Schmerz: {quality}</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Schmerzzeichnung</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalisation</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>NRS vor → nach</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Trigger point procedure record</source>
        <translation>Triggerpunkt-Behandlungsprotokoll</translation>
    </message>
    <message>
        <source>No points marked</source>
        <translation>Keine Punkte markiert</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Nur untersucht</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>ENTWURF — nicht signiert</translation>
    </message>
    <message>
        <source>NOT VALID — this record was changed after it was signed</source>
        <translation>UNGÜLTIG — dieses Protokoll wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>identifier of the patient</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Record {id} · Format {version}</source>
        <translation>Protokoll {id} · Format {version}</translation>
    </message>
    <message>
        <source>Content SHA-256 {hash}</source>
        <translation>Inhalt SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Clinician signature</source>
        <translation>Unterschrift Behandler</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>of the signature</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Signatur</translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation>Behandler: {name}</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Corrects {correction}</source>
        <translation>Korrigiert {correction}</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>Bauchlage</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation>Seitenlage</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Chlorhexidin</translation>
    </message>
    <message>
        <source>Povidone-iodine</source>
        <translation>Povidon-Iod</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>Caution: {message}</source>
        <translation>Vorsicht: {message}</translation>
    </message>
    <message>
        <source>Info: {message}</source>
        <translation>Hinweis: {message}</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} (Alter {age})</translation>
    </message>
    <message>
        <source>LOCAL ANAESTHETICS</source>
        <translation>LOKALANÄSTHETIKA</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine dokumentiert</translation>
    </message>
    <message>
        <source>anticoagulated</source>
        <translation>antikoaguliert</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>Fibromyalgie</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>schwanger</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Besonderheiten</translation>
    </message>
    <message>
        <source>{height} cm (BMI {bmi})</source>
        <translation>{height} cm (BMI {bmi})</translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation>Datum der Konsultation</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>{percent}% of the cap</source>
        <translation>{percent}% der Obergrenze</translation>
    </message>
    <message>
        <source>{dose} (incomplete)</source>
        <translation>{dose} (unvollständig)</translation>
    </message>
    <message>
        <source>of which {agent}</source>
        <translation>davon {agent}</translation>
    </message>
    <message>
        <source>No injections recorded.</source>
        <translation>Keine Infiltrationen dokumentiert.</translation>
    </message>
    <message numerus="yes">
        <source>Dry needling: %n points.</source>
        <translation>
            <numerusform>Dry Needling: %n Punkt.</numerusform>
            <numerusform>Dry Needling: %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals per agent</source>
        <translation>Summen je Wirkstoff</translation>
    </message>
    <message>
        <source>Warnings at the time of printing</source>
        <translation>Warnungen zum Zeitpunkt des Drucks</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>end before start: check the times</source>
        <translation>Ende vor Beginn: Zeiten prüfen</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Einwilligung liegt vor</translation>
    </message>
    <message>
        <source>Time-out done</source>
        <translation>Team-Time-out durchgeführt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lagerung</translation>
    </message>
    <message>
        <source>Skin preparation</source>
        <translation>Hautdesinfektion</translation>
    </message>
    <message>
        <source>Vapocoolant spray</source>
        <translation>Kältespray</translation>
    </message>
    <message>
        <source>Ultrasound guidance</source>
        <translation>Ultraschallführung</translation>
    </message>
    <message>
        <source>Infection at a needle site</source>
        <translation>Infektion an einer Einstichstelle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Immediate response: {response}</source>
        <translation>Sofortreaktion: {response}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Komplikationen</translation>
    </message>
    <message>
        <source>Aftercare advice given to the patient:</source>
        <translation>Dem Patienten gegebene Nachsorgehinweise:</translation>
    </message>
    <message>
        <source>Aftercare advice not recorded as given.</source>
        <translation>Nachsorgehinweise nicht als gegeben dokumentiert.</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Wiedervorstellung: {date}</translation>
    </message>
    <message>
        <source>Aftercare and follow-up</source>
        <translation>Nachsorge und Wiedervorstellung</translation>
    </message>
    <message>
        <source>CPT {code} (suggested): {summary}</source>
        <translation>CPT {code} (Vorschlag): {summary}</translation>
    </message>
    <message>
        <source>ICD-10-CM {code} (suggested): {title} – {reason}.</source>
        <translation>ICD-10-CM {code} (Vorschlag): {title} – {reason}.</translation>
    </message>
    <message>
        <source>No codes suggested.</source>
        <translation>Keine Codes vorgeschlagen.</translation>
    </message>
    <message>
        <source>Suggested codes are not billed until the clinician confirms them.</source>
        <translation>Vorgeschlagene Codes werden erst abgerechnet, wenn der Behandler sie bestätigt.</translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation>Vorgeschlagene Codes</translation>
    </message>
    <message numerus="yes">
        <source>{caution}. Points {numbers}.</source>
        <translation>
            <numerusform>{caution}. Punkt {numbers}.</numerusform>
            <numerusform>{caution}. Punkte {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needling cautions that applied</source>
        <translation>Zutreffende Vorsichtshinweise zur Nadelung</translation>
    </message>
    <message>
        <source>Point {number}: {notes}</source>
        <translation>Punkt {number}: {notes}</translation>
    </message>
    <message>
        <source>History: {history}</source>
        <translation>Anamnese: {history}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Electronically signed by {signer} on {time} · key {key}</source>
        <translation>Elektronisch signiert von {signer} am {time} · Schlüssel {key}</translation>
    </message>
    <message>
        <source>SIGNER NOT CONFIRMED · signed by {signer} on {time} · key {key}</source>
        <translation>UNTERZEICHNER NICHT BESTÄTIGT: {signer} am {time} · Schlüssel {key}</translation>
    </message>
    <message>
        <source>AMENDMENT NOT CONFIRMED</source>
        <translation>NACHTRAG NICHT BESTÄTIGT</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time} · key {key}</source>
        <translation>Signiert von {signer} am {time} · Schlüssel {key}</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n Nachtrag</numerusform>
            <numerusform>%n Nachträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>signing key</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalt SHA-256</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Signed electronically (Ed25519) over the record&apos;s content as saved in its file; amendments follow it, each signed. The signature is checked on the file, not on paper: bodymap verify FILE.</source>
        <translation>Signiert ist der Inhalt des Protokolls, wie er in seiner Datei gespeichert ist (elektronische Signatur, Ed25519); Nachträge folgen darauf, jeder einzeln signiert. Die Signatur wird anhand der Datei geprüft, nicht auf Papier: bodymap verify DATEI.</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>Punkt {number}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>corrected by amendment {number}: {what}</source>
        <translation>korrigiert durch Nachtrag {number}: {what}</translation>
    </message>
    <message>
        <source>Amendment {number} · {time}</source>
        <translation>Nachtrag {number} · {time}</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>Trigger points (continued)</source>
        <translation>Triggerpunkte (Fortsetzung)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Wirkstoff</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Maximum for weight</source>
        <translation>Höchstdosis (Gewicht)</translation>
    </message>
    <message>
        <source>% of maximum</source>
        <translation>% der Höchstdosis</translation>
    </message>
</context>
<context>
    <name>record_files</name>
    <message>
        <source>the session must be saved in its own file first.</source>
        <translation>die Sitzung muss zuerst in einer eigenen Datei gespeichert werden.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>Nichts wurde geschrieben: {problem}</translation>
    </message>
    <message>
        <source>{file} was changed by another program or user since it was opened. Open it again, check it, then sign or amend it.</source>
        <translation>{file} wurde seit dem Öffnen von einem anderen Programm oder Benutzer geändert. Öffnen Sie die Datei erneut, prüfen Sie sie und signieren Sie sie dann oder fügen Sie einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>the signed record would not verify once saved.</source>
        <translation>das signierte Protokoll wäre nach dem Speichern nicht verifizierbar.</translation>
    </message>
    <message>
        <source>Noted in the audit log, which is written with the next save.</source>
        <translation>Im Audit-Log vermerkt; es wird beim nächsten Speichern geschrieben.</translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: the file is open elsewhere or was changed.</source>
        <translation>Nicht im Audit-Log der Datei vermerkt: Die Datei ist anderweitig geöffnet oder wurde geändert.</translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: {problem}</source>
        <translation>Nicht im Audit-Log der Datei vermerkt: {problem}</translation>
    </message>
    <message>
        <source>Noted in the audit log of {file} (the file was saved).</source>
        <translation>Im Audit-Log von {file} vermerkt (die Datei wurde gespeichert).</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>an untitled session</source>
        <translation>eine unbenannte Sitzung</translation>
    </message>
    <message>
        <source>{name} (autosaved {time})</source>
        <translation>{name} (automatisch gespeichert: {time})</translation>
    </message>
    <message>
        <source>.

The file has changed since then: {change}</source>
        <translation>.

Die Datei wurde seitdem geändert: {change}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The unsaved changes are kept: they are offered at the next start.</source>
        <translation>Die nicht gespeicherten Änderungen bleiben erhalten: Sie werden beim nächsten Start erneut angeboten.</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} restored read-only: the file is in use. Save As keeps them as a copy.</source>
        <translation>Nicht gespeicherte Änderungen an {file} schreibgeschützt wiederhergestellt: Die Datei wird anderweitig verwendet. Mit „Speichern unter“ behalten Sie sie als Kopie.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved changes restored{note}</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt{note}</translation>
    </message>
    <message>
        <source>Restored as a copy</source>
        <translation>Als Kopie wiederhergestellt</translation>
    </message>
    <message>
        <source>{name} is a signed record now, so the unsaved changes kept for it cannot be added to it. They are opened as an untitled session: compare it with the signed record and add what is missing as an amendment (File → Amend…).</source>
        <translation>{name} ist jetzt ein signiertes Protokoll, daher können die dafür aufbewahrten nicht gespeicherten Änderungen nicht mehr hinzugefügt werden. Sie werden als unbenannte Sitzung geöffnet: Vergleichen Sie diese mit dem signierten Protokoll und ergänzen Sie Fehlendes als Nachtrag (Datei → Nachtrag…).</translation>
    </message>
</context>
<context>
    <name>referral</name>
    <message>
        <source>A palpation guide, not a diagnosis: examine these muscles for trigger points that reproduce the patient&apos;s pain.</source>
        <translation>Eine Palpationshilfe, keine Diagnose: Untersuchen Sie diese Muskeln auf Triggerpunkte, die den Schmerz des Patienten reproduzieren.</translation>
    </message>
    <message>
        <source>Along the back and side of the neck up to the mastoid process; when stronger, over the side of the head to the temple and behind the eye, at times the angle of the jaw.</source>
        <translation>Entlang der Rückseite und Seite des Halses bis zum Processus mastoideus; bei stärkerer Ausprägung über die Kopfseite bis zur Schläfe und hinter das Auge, zeitweise bis zum Kieferwinkel.</translation>
    </message>
    <message>
        <source>temple, behind the eye, angle of the jaw</source>
        <translation>Schläfe, hinter dem Auge, Kieferwinkel</translation>
    </message>
    <message>
        <source>Superficial burning pain between the trigger point and the spinous processes of C7 to T3; also over the acromion.</source>
        <translation>Oberflächlicher brennender Schmerz zwischen dem Triggerpunkt und den Dornfortsätzen C7 bis T3; auch über dem Akromion.</translation>
    </message>
    <message>
        <source>The upper neck beside the spine and the mastoid area, a deep ache over the suprascapular region and the acromion; sometimes a burning pain along and medial to the medial border of the scapula.</source>
        <translation>Oberer Nacken neben der Wirbelsäule und Mastoidregion, ein tiefer Schmerz über der Regio suprascapularis und dem Akromion; manchmal ein brennender Schmerz entlang und medial des Margo medialis scapulae.</translation>
    </message>
    <message>
        <source>The angle of the neck (where the neck meets the shoulder), with spill-over along the medial border of the scapula to its inferior angle and to the back of the shoulder.</source>
        <translation>Der Nacken-Schulter-Winkel (wo der Hals in die Schulter übergeht), mit Ausstrahlung entlang des Margo medialis scapulae bis zum Angulus inferior und zur Rückseite der Schulter.</translation>
    </message>
    <message>
        <source>Along the medial (vertebral) border of the scapula, between the scapula and the muscles beside the spine.</source>
        <translation>Entlang des medialen (vertebralen) Randes der Skapula, zwischen Skapula und paravertebraler Muskulatur.</translation>
    </message>
    <message>
        <source>A deep ache under the upper part of the scapula; over the posterior deltoid and down the back of the arm to the elbow; at times the little-finger side of the forearm and hand.</source>
        <translation>Ein tiefer Schmerz unter dem oberen Teil der Skapula; über dem hinteren Anteil des M. deltoideus und die Rückseite des Arms hinab bis zum Ellenbogen; zeitweise die ulnare Seite von Unterarm und Hand.</translation>
    </message>
    <message>
        <source>elbow, little-finger side of the forearm and hand</source>
        <translation>Ellenbogen, ulnare Seite von Unterarm und Hand</translation>
    </message>
    <message>
        <source>A deep ache of the shoulder centred on the middle deltoid, often down the arm and forearm, sometimes focused on the outer elbow (lateral epicondyle).</source>
        <translation>Ein tiefer Schulterschmerz mit Zentrum über dem mittleren Anteil des M. deltoideus, oft in Arm und Unterarm ausstrahlend, manchmal auf den äußeren Ellenbogen (Epicondylus lateralis) konzentriert.</translation>
    </message>
    <message>
        <source>outer elbow (lateral epicondyle), forearm</source>
        <translation>äußerer Ellenbogen (Epicondylus lateralis), Unterarm</translation>
    </message>
    <message>
        <source>Felt intensely deep in the front of the shoulder, then down the front and outer side of the arm to the outer forearm and the thumb side of the hand; a less frequent trigger point refers to the medial border of the scapula.</source>
        <translation>Intensiv tief in der vorderen Schulter empfunden, dann an der Vorder- und Außenseite des Arms hinab bis zum äußeren Unterarm und zur radialen Seite der Hand; ein seltenerer Triggerpunkt überträgt Schmerz zum Margo medialis scapulae.</translation>
    </message>
    <message>
        <source>deep front of the shoulder, front of the arm, thumb side of the forearm and hand</source>
        <translation>tiefe vordere Schulter, Vorderseite des Arms, radiale Seite von Unterarm und Hand</translation>
    </message>
    <message>
        <source>A small, deep, sharply felt area in the posterior deltoid, near the attachment of teres minor on the humerus.</source>
        <translation>Ein kleines, tiefes, scharf empfundenes Areal im hinteren Anteil des M. deltoideus, nahe dem Ansatz des M. teres minor am Humerus.</translation>
    </message>
    <message>
        <source>The posterior deltoid region and over the long head of triceps, the back of the shoulder joint; occasionally the back of the forearm.</source>
        <translation>Die Region des hinteren Anteils des M. deltoideus und über dem Caput longum des M. triceps brachii, die Rückseite des Schultergelenks; gelegentlich die Rückseite des Unterarms.</translation>
    </message>
    <message>
        <source>back of the forearm</source>
        <translation>Rückseite des Unterarms</translation>
    </message>
    <message>
        <source>The inferior angle of the scapula and the mid-thoracic region around it, extending to the back of the shoulder and down the inside of the arm and forearm to the ring and little fingers.</source>
        <translation>Der Angulus inferior scapulae und die umgebende mittlere Thoraxregion, ausstrahlend zur Rückseite der Schulter und an der Innenseite von Arm und Unterarm hinab bis zum Ring- und Kleinfinger.</translation>
    </message>
    <message>
        <source>inside of the arm and forearm, ring and little fingers</source>
        <translation>Innenseite von Arm und Unterarm, Ring- und Kleinfinger</translation>
    </message>
    <message>
        <source>Mostly local, over the posterior deltoid, sometimes spilling into the arm.</source>
        <translation>Überwiegend lokal, über dem hinteren Anteil des M. deltoideus, manchmal in den Arm ausstrahlend.</translation>
    </message>
    <message>
        <source>Mostly local, over the middle deltoid, sometimes spilling into the arm.</source>
        <translation>Überwiegend lokal, über dem mittleren Anteil des M. deltoideus, manchmal in den Arm ausstrahlend.</translation>
    </message>
    <message>
        <source>The top of the head (vertex) on the same side.</source>
        <translation>Der Scheitel (Vertex) auf derselben Seite.</translation>
    </message>
    <message>
        <source>top of the head</source>
        <translation>Scheitel</translation>
    </message>
    <message>
        <source>Diffuse pain through the head focusing behind the eye on the same side; also the base of the neck.</source>
        <translation>Diffuser Schmerz im Kopf, mit Schwerpunkt hinter dem Auge auf derselben Seite; auch an der Nackenbasis.</translation>
    </message>
    <message>
        <source>inside the head, behind the eye</source>
        <translation>im Kopf, hinter dem Auge</translation>
    </message>
    <message>
        <source>Up over the back of the arm to the back of the shoulder, occasionally to the base of the neck in the upper trapezius region, and sometimes down the back of the forearm, skipping the elbow.</source>
        <translation>Über die Rückseite des Oberarms hinauf zur Rückseite der Schulter, gelegentlich bis zur Nackenbasis im Bereich des M. trapezius pars descendens, und manchmal an der Rückseite des Unterarms hinab, unter Aussparung des Ellenbogens.</translation>
    </message>
    <message>
        <source>also: {parts}</source>
        <translation>außerdem: {parts}</translation>
    </message>
</context>
<context>
    <name>referral_fits</name>
    <message>
        <source>{muscle}, patient&apos;s left: {percent}% of the drawn pain</source>
        <translation>{muscle}, links (Patientensicht): {percent}% des eingezeichneten Schmerzes</translation>
    </message>
    <message>
        <source>{muscle}, patient&apos;s right: {percent}% of the drawn pain</source>
        <translation>{muscle}, rechts (Patientensicht): {percent}% des eingezeichneten Schmerzes</translation>
    </message>
    <message>
        <source>No referral zone is recorded for this muscle (clinical-basis §10.4).</source>
        <translation>Für diesen Muskel ist kein Übertragungsgebiet hinterlegt (clinical-basis §10.4).</translation>
    </message>
    <message>
        <source>Typical referral: {description}</source>
        <translation>Typische Übertragung: {description}</translation>
    </message>
    <message>
        <source>Beyond this view, {also}.</source>
        <translation>Außerhalb dieser Ansicht {also}.</translation>
    </message>
    <message>
        <source>Source: {title} (clinical-basis {section}).</source>
        <translation>Quelle: {title} (clinical-basis {section}).</translation>
    </message>
    <message>
        <source>Show the muscle&apos;s typical referral zone on the map</source>
        <translation>Das typische Übertragungsgebiet des Muskels auf der Karte anzeigen</translation>
    </message>
    <message>
        <source>Show referral zone</source>
        <translation>Übertragungsgebiet anzeigen</translation>
    </message>
    <message>
        <source>Muscles whose referral fits the drawn pain</source>
        <translation>Muskeln, deren Übertragungsgebiet zum eingezeichneten Schmerz passt</translation>
    </message>
    <message>
        <source>Muscles whose referral fits</source>
        <translation>Muskeln mit passendem Übertragungsgebiet</translation>
    </message>
    <message>
        <source>Draw the pain to see which muscles&apos; referral fits it.</source>
        <translation>Zeichnen Sie den Schmerz ein, um zu sehen, welche Muskeln mit ihrem Übertragungsgebiet dazu passen.</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Neck, patient&apos;s left</source>
        <translation>Nacken, links (Patientensicht)</translation>
    </message>
    <message>
        <source>Neck, patient&apos;s right</source>
        <translation>Nacken, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s left</source>
        <translation>Schulter und oberer Rücken, links (Patientensicht)</translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s right</source>
        <translation>Schulter und oberer Rücken, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s left</source>
        <translation>Hinterkopf, links (Patientensicht)</translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s right</source>
        <translation>Hinterkopf, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>neck, patient&apos;s left</source>
        <translation>Nacken, links (Patientensicht)</translation>
    </message>
    <message>
        <source>neck, patient&apos;s right</source>
        <translation>Nacken, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s left</source>
        <translation>Schulter und oberer Rücken, links (Patientensicht)</translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s right</source>
        <translation>Schulter und oberer Rücken, rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s left</source>
        <translation>Hinterkopf, links (Patientensicht)</translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s right</source>
        <translation>Hinterkopf, rechts (Patientensicht)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the PDF could not be written completely (is the disk full?)</source>
        <translation>das PDF konnte nicht vollständig geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the name is a link to a file that does not exist</source>
        <translation>der Name ist ein Link auf eine nicht vorhandene Datei</translation>
    </message>
    <message>
        <source>this is the session file being printed: choose another name for the PDF</source>
        <translation>dies ist die zu druckende Sitzungsdatei: Wählen Sie einen anderen Namen für das PDF</translation>
    </message>
    <message>
        <source>a folder has this name</source>
        <translation>es gibt einen Ordner mit diesem Namen</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?): it is not replaced</source>
        <translation>dies ist keine reguläre Datei (ein Gerät oder eine Pipe?) und wird nicht ersetzt</translation>
    </message>
    <message>
        <source>a file that is not a PDF has this name: it is not replaced</source>
        <translation>eine Datei mit diesem Namen ist kein PDF und wird nicht ersetzt</translation>
    </message>
    <message>
        <source>the file cannot be checked ({reason})</source>
        <translation>die Datei kann nicht geprüft werden ({reason})</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>printing needs a GUI application, but a console one is running</source>
        <translation>Drucken erfordert eine GUI-Anwendung, es läuft aber eine Konsolenanwendung</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>der Drucker oder die Datei konnte nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>der Drucker hat eine neue Seite abgelehnt</translation>
    </message>
    <message>
        <source>the PDF could not be written (internal error)</source>
        <translation>das PDF konnte nicht geschrieben werden (interner Fehler)</translation>
    </message>
    <message>
        <source>unknown paper size {paper} (use a4 or letter)</source>
        <translation>unbekanntes Papierformat {paper} (a4 oder letter verwenden)</translation>
    </message>
    <message>
        <source>Could not save: </source>
        <translation>Speichern nicht möglich: </translation>
    </message>
    <message>
        <source>the PDF could not be written: {reason}</source>
        <translation>das PDF konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>On the map, when it has the keyboard focus</source>
        <translation>Auf der Karte, wenn sie den Tastaturfokus hat</translation>
    </message>
    <message>
        <source>Menus, tabs and fields</source>
        <translation>Menüs, Registerkarten und Felder</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open that menu, show that tab or go to that field</source>
        <translation>Das Menü öffnen, die Registerkarte anzeigen oder zum Feld wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command of the menus, and the keys of the map. The same keys are shown beside each command in its menu.</source>
        <translation>Alle Befehle der Menüs und die Tasten der Karte. Dieselben Tasten stehen in jedem Menü neben dem jeweiligen Befehl.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>signature_status</name>
    <message>
        <source>This record was changed after it was signed</source>
        <translation>Dieses Protokoll wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>{headline}. It is open read-only.</source>
        <translation>{headline}. Es ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>{headline} ({why}). It is open read-only.</source>
        <translation>{headline} ({why}). Es ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time} · key {key}</source>
        <translation>Signiert von {signer} am {time} · Schlüssel {key}</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n Nachtrag</numerusform>
            <numerusform>%n Nachträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{signed} · intact, key registered in the clinic folder. Read-only: add corrections with File → Amend…</source>
        <translation>{signed} · unverändert, Schlüssel im Ordner der Einrichtung registriert. Schreibgeschützt: Korrekturen über Datei → Nachtrag…</translation>
    </message>
    <message>
        <source>{signed} · the record is intact, but who signed it cannot be confirmed: {why}.</source>
        <translation>{signed} · das Protokoll ist unverändert, aber wer es signiert hat, lässt sich nicht bestätigen: {why}.</translation>
    </message>
    <message>
        <source> ({why}, read-only)</source>
        <translation> ({why}, schreibgeschützt)</translation>
    </message>
    <message>
        <source> (signed by {signer} on {time}, read-only)</source>
        <translation> (signiert von {signer} am {time}, schreibgeschützt)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>Signaturstatus</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>performed and documented by</source>
        <translation>durchgeführt und dokumentiert von</translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation>der Ordner der Einrichtung existiert nicht</translation>
    </message>
    <message>
        <source>the clinic folder already holds another registration of this key</source>
        <translation>der Ordner der Einrichtung enthält bereits eine andere Registrierung dieses Schlüssels</translation>
    </message>
    <message>
        <source>the key could not be registered in the clinic folder ({reason})</source>
        <translation>der Schlüssel konnte nicht im Ordner der Einrichtung registriert werden ({reason})</translation>
    </message>
    <message>
        <source>the key file {name} is damaged</source>
        <translation>die Schlüsseldatei {name} ist beschädigt</translation>
    </message>
    <message>
        <source>the key file {name} is not named after its fingerprint</source>
        <translation>die Schlüsseldatei {name} ist nicht nach ihrem Fingerabdruck benannt</translation>
    </message>
    <message>
        <source>no clinic folder given</source>
        <translation>kein Ordner der Einrichtung angegeben</translation>
    </message>
    <message>
        <source>the clinic folder has no keys folder</source>
        <translation>der Ordner der Einrichtung hat keinen Schlüsselordner (keys)</translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder is not a plain folder: refused</source>
        <translation>der Schlüsselordner der Einrichtung ist kein gewöhnlicher Ordner: abgelehnt</translation>
    </message>
    <message>
        <source>anyone may add keys to the clinic&apos;s keys folder: refused</source>
        <translation>jeder darf dem Schlüsselordner der Einrichtung Schlüssel hinzufügen: abgelehnt</translation>
    </message>
    <message>
        <source>anyone may replace the clinic&apos;s keys folder (a folder above it is writable by all): refused</source>
        <translation>jeder darf den Schlüsselordner der Einrichtung ersetzen (ein Ordner darüber ist für alle beschreibbar): abgelehnt</translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder cannot be read</source>
        <translation>der Schlüsselordner der Einrichtung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the corrected place does not exist in this record</source>
        <translation>die korrigierte Stelle existiert in diesem Protokoll nicht</translation>
    </message>
    <message>
        <source>the old value of a correction is not what the record says</source>
        <translation>der alte Wert einer Korrektur stimmt nicht mit dem Protokoll überein</translation>
    </message>
    <message>
        <source>the corrected record is not valid ({problem})</source>
        <translation>das korrigierte Protokoll ist ungültig ({problem})</translation>
    </message>
    <message>
        <source>a correction needs a place such as /points/0/notes</source>
        <translation>eine Korrektur braucht eine Stelle wie /points/0/notes</translation>
    </message>
    <message>
        <source>the new value cannot be recorded: {problem}</source>
        <translation>der neue Wert kann nicht festgehalten werden: {problem}</translation>
    </message>
    <message>
        <source>only the record&apos;s content can be corrected</source>
        <translation>nur der Inhalt des Protokolls kann korrigiert werden</translation>
    </message>
    <message>
        <source>the corrected value is the same as the old one</source>
        <translation>der korrigierte Wert ist derselbe wie der alte</translation>
    </message>
    <message>
        <source>A new signing key was made for {name} (key {fingerprint}).</source>
        <translation>Für {name} wurde ein neuer Signaturschlüssel erstellt (Schlüssel {fingerprint}).</translation>
    </message>
    <message>
        <source>It is registered in the clinic folder.</source>
        <translation>Er ist im Ordner der Einrichtung registriert.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is not registered in the clinic folder ({problem}): until it is, verifying says &quot;unknown key&quot;. Copy {file} into the clinic folder&apos;s keys folder (an administrator may have to).</source>
        <translation>Der Schlüssel {fingerprint} ist nicht im Ordner der Einrichtung registriert ({problem}): Bis dahin meldet die Prüfung „unbekannter Schlüssel“. Kopieren Sie {file} in den Schlüsselordner (keys) im Ordner der Einrichtung (ggf. muss das ein Administrator tun).</translation>
    </message>
    <message>
        <source>no clinic folder was given</source>
        <translation>es wurde kein Ordner der Einrichtung angegeben</translation>
    </message>
    <message>
        <source>another key, {other}, is registered there for this name; a second key for the same name is added only by whoever manages the clinic folder, after checking its fingerprint with its owner</source>
        <translation>dort ist für diesen Namen bereits ein anderer Schlüssel registriert, {other}; einen zweiten Schlüssel für denselben Namen fügt nur hinzu, wer den Ordner der Einrichtung verwaltet, nachdem er den Fingerabdruck mit dem Inhaber des Schlüssels abgeglichen hat</translation>
    </message>
    <message>
        <source>the file cannot be locked for writing ({reason})</source>
        <translation>die Datei kann nicht zum Schreiben gesperrt werden ({reason})</translation>
    </message>
    <message>
        <source>the signed record would not verify once saved; nothing was written</source>
        <translation>das signierte Protokoll wäre nach dem Speichern nicht verifizierbar; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the file was changed by someone else meanwhile; nothing was written</source>
        <translation>die Datei wurde zwischenzeitlich von jemand anderem geändert; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the key file {name} is a symbolic link: refused</source>
        <translation>die Schlüsseldatei {name} ist ein symbolischer Link: abgelehnt</translation>
    </message>
    <message>
        <source>the key file {name} does not exist</source>
        <translation>die Schlüsseldatei {name} existiert nicht</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the key file {name} cannot be read ({reason})</source>
        <translation>die Schlüsseldatei {name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the key file {name} is not a regular file: refused</source>
        <translation>die Schlüsseldatei {name} ist keine reguläre Datei: abgelehnt</translation>
    </message>
    <message>
        <source>the key file {name} may be changed by other users (group or world writable): refused</source>
        <translation>die Schlüsseldatei {name} kann von anderen Benutzern geändert werden (für Gruppe oder alle beschreibbar): abgelehnt</translation>
    </message>
    <message>
        <source>the private key file {name} may be read by other users: refused (make it readable by its owner only, mode 600)</source>
        <translation>die private Schlüsseldatei {name} kann von anderen Benutzern gelesen werden: abgelehnt (nur für den Eigentümer lesbar machen, Modus 600)</translation>
    </message>
    <message>
        <source>the key file {name} is too large to be a key</source>
        <translation>die Schlüsseldatei {name} ist zu groß für einen Schlüssel</translation>
    </message>
    <message>
        <source>the key folder cannot be created ({reason})</source>
        <translation>der Schlüsselordner kann nicht erstellt werden ({reason})</translation>
    </message>
    <message>
        <source>the key folder cannot be read</source>
        <translation>der Schlüsselordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the signer&apos;s name mixes Latin, Greek or Cyrillic letters, so that it may look like another name: write it in one alphabet</source>
        <translation>der Name des Unterzeichners mischt lateinische, griechische oder kyrillische Buchstaben und kann so wie ein anderer Name aussehen: schreiben Sie ihn in einem Alphabet</translation>
    </message>
    <message>
        <source>a new key needs a passphrase of at least {count} characters</source>
        <translation>ein neuer Schlüssel braucht eine Passphrase mit mindestens {count} Zeichen</translation>
    </message>
    <message>
        <source>the signer&apos;s name or credentials are empty or too long</source>
        <translation>Name oder Qualifikation des Signierenden ist leer oder zu lang</translation>
    </message>
    <message>
        <source>the new key could not be kept: {problem}</source>
        <translation>der neue Schlüssel konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer</source>
        <translation>auf diesem Computer gibt es keinen Signaturschlüssel für diesen Namen</translation>
    </message>
    <message>
        <source>the passphrase does not open this signer&apos;s key</source>
        <translation>die Passphrase öffnet den Schlüssel dieses Signierenden nicht</translation>
    </message>
    <message>
        <source>the key file is damaged: its key does not match its fingerprint</source>
        <translation>die Schlüsseldatei ist beschädigt: Der enthaltene Schlüssel passt nicht zu ihrem Fingerabdruck</translation>
    </message>
    <message>
        <source>the passphrase file is not a regular file</source>
        <translation>die Passphrasendatei ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the passphrase file may be read by other users: refused (make it mode 600)</source>
        <translation>die Passphrasendatei kann von anderen Benutzern gelesen werden: abgelehnt (Modus 600 setzen)</translation>
    </message>
    <message>
        <source>the passphrase file cannot be read ({reason})</source>
        <translation>die Passphrasendatei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the passphrase file is too large to hold a passphrase</source>
        <translation>die Passphrasendatei ist zu groß für eine Passphrase</translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation>die Passphrasendatei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>die Passphrasendatei ist leer</translation>
    </message>
    <message>
        <source>no passphrase: give --passphrase-file, or run in a terminal</source>
        <translation>keine Passphrase: --passphrase-file angeben oder in einem Terminal ausführen</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>{name}: a new passphrase for the new signing key: </source>
        <translation>{name}: neue Passphrase für den neuen Signaturschlüssel: </translation>
    </message>
    <message>
        <source>{name}: the passphrase: </source>
        <translation>{name}: Passphrase: </translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation>der öffentliche Schlüssel ist beschädigt</translation>
    </message>
    <message>
        <source>its key fingerprint does not belong to its key</source>
        <translation>der Schlüssel-Fingerabdruck gehört nicht zum Schlüssel</translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation>die Signatur ist beschädigt</translation>
    </message>
    <message>
        <source>its signature does not match what it signs</source>
        <translation>die Signatur passt nicht zum signierten Inhalt</translation>
    </message>
    <message>
        <source>This record is signed: its signature cannot be changed.</source>
        <translation>Dieses Protokoll ist signiert: Seine Signatur kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This record is signed: amendments cannot be changed or removed, only added.</source>
        <translation>Dieses Protokoll ist signiert: Nachträge können nicht geändert oder entfernt, sondern nur hinzugefügt werden.</translation>
    </message>
    <message>
        <source>This record is signed and cannot be edited; add an amendment instead.</source>
        <translation>Dieses Protokoll ist signiert und kann nicht bearbeitet werden; fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>This record is already signed; add an amendment instead.</source>
        <translation>Dieses Protokoll ist bereits signiert; fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>the encounter date is not recorded: enter it (Patient tab) before signing, since a signed record can only be amended</source>
        <translation>das Datum der Konsultation ist nicht erfasst: tragen Sie es vor dem Signieren ein (Registerkarte Patient), denn ein signiertes Protokoll kann nur noch durch Nachträge ergänzt werden</translation>
    </message>
    <message>
        <source>The credentials or the meaning are too long.</source>
        <translation>Qualifikation oder Bedeutung ist zu lang.</translation>
    </message>
    <message>
        <source>This record is not signed: it can still be edited.</source>
        <translation>Dieses Protokoll ist nicht signiert: Es kann noch bearbeitet werden.</translation>
    </message>
    <message>
        <source>This record cannot be amended: {problem}.</source>
        <translation>Zu diesem Protokoll kann kein Nachtrag hinzugefügt werden: {problem}.</translation>
    </message>
    <message>
        <source>This record already has {count} amendments, the most a record holds.</source>
        <translation>Dieses Protokoll hat bereits {count} Nachträge, die Höchstzahl für ein Protokoll.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Ein Nachtrag braucht eine Begründung.</translation>
    </message>
    <message>
        <source>An amendment needs a text or a correction.</source>
        <translation>Ein Nachtrag braucht einen Text oder eine Korrektur.</translation>
    </message>
    <message>
        <source>The amendment is too long (reason 200, text 4,000 characters, 50 corrections).</source>
        <translation>Der Nachtrag ist zu lang (Begründung 200, Text 4.000 Zeichen, 50 Korrekturen).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>signed by {signer} on {time}</source>
        <translation>signiert von {signer} am {time}</translation>
    </message>
    <message numerus="yes">
        <source>{signed}, %n amendments</source>
        <translation>
            <numerusform>{signed}, %n Nachtrag</numerusform>
            <numerusform>{signed}, %n Nachträge</numerusform>
        </translation>
    </message>
    <message>
        <source>valid: {signed}; key {fingerprint}</source>
        <translation>gültig: {signed}; Schlüssel {fingerprint}</translation>
    </message>
    <message>
        <source>{problem} ({signed})</source>
        <translation>{problem} ({signed})</translation>
    </message>
    <message>
        <source>the record was changed after it was signed</source>
        <translation>das Protokoll wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the signature does not verify: {problem}</source>
        <translation>die Signatur lässt sich nicht verifizieren: {problem}</translation>
    </message>
    <message>
        <source>the amendment chain is broken at amendment {number}</source>
        <translation>die Nachtragskette ist bei Nachtrag {number} unterbrochen</translation>
    </message>
    <message>
        <source>amendment {number} does not verify: {problem}</source>
        <translation>Nachtrag {number} lässt sich nicht verifizieren: {problem}</translation>
    </message>
    <message>
        <source>the signing key {fingerprint} is not registered in the clinic folder</source>
        <translation>der Signaturschlüssel {fingerprint} ist nicht im Ordner der Einrichtung registriert</translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key {fingerprint} is not registered in the clinic folder</source>
        <translation>der Schlüssel {fingerprint} von Nachtrag {number} ist nicht im Ordner der Einrichtung registriert</translation>
    </message>
    <message>
        <source>the signing key is registered in the clinic folder to another name</source>
        <translation>der Signaturschlüssel ist im Ordner der Einrichtung auf einen anderen Namen registriert</translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key is registered in the clinic folder to another name</source>
        <translation>der Schlüssel von Nachtrag {number} ist im Ordner der Einrichtung auf einen anderen Namen registriert</translation>
    </message>
    <message>
        <source>it holds amendments but no signature: the signature was removed</source>
        <translation>es enthält Nachträge, aber keine Signatur: Die Signatur wurde entfernt</translation>
    </message>
    <message>
        <source>its audit log records a signing but it has no signature: it was removed</source>
        <translation>sein Audit-Log verzeichnet eine Signierung, aber es hat keine Signatur: Die Signatur wurde entfernt</translation>
    </message>
    <message>
        <source>not signed (a draft)</source>
        <translation>nicht signiert (Entwurf)</translation>
    </message>
    <message>
        <source>its audit log records {logged} amendments but it holds {held}: an amendment was removed</source>
        <translation>sein Audit-Log verzeichnet {logged} Nachträge, es enthält aber {held}: Ein Nachtrag wurde entfernt</translation>
    </message>
    <message>
        <source>signed, intact, key registered</source>
        <translation>signiert, unverändert, Schlüssel registriert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>There is no signing key for this name on this computer: one will be made. Choose a passphrase of at least {count} characters (a few words are easier to remember than symbols) and type it twice. It protects your key; nobody can recover it if it is forgotten.</source>
        <translation>Auf diesem Computer gibt es keinen Signaturschlüssel für diesen Namen: Es wird einer erstellt. Wählen Sie eine Passphrase mit mindestens {count} Zeichen (einige Wörter sind leichter zu merken als Sonderzeichen) und geben Sie sie zweimal ein. Sie schützt Ihren Schlüssel; wird sie vergessen, kann niemand sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Geben Sie die Passphrase Ihres Signaturschlüssels ein.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>A new key needs a passphrase of at least {count} characters.</source>
        <translation>Ein neuer Schlüssel braucht eine Passphrase mit mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Protokoll signieren</translation>
    </message>
    <message>
        <source>Signing makes this record read-only: it can no longer be edited, only corrected by signed amendments (File → Amend…). Sign what you performed and documented.</source>
        <translation>Durch das Signieren wird dieses Protokoll schreibgeschützt: Es kann nicht mehr bearbeitet, sondern nur noch durch signierte Nachträge korrigiert werden (Datei → Nachtrag…). Signieren Sie, was Sie selbst durchgeführt und dokumentiert haben.</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Name des Signierenden</translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation>z. B. Dr. med.; leer: wie beim Schlüssel registriert</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Bedeutung der Signatur</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Qualifikation:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Type the signer&apos;s name.</source>
        <translation>Geben Sie den Namen des Signierenden ein.</translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer yet: try again, and type a new passphrase twice</source>
        <translation>auf diesem Computer gibt es noch keinen Signaturschlüssel für diesen Namen: Versuchen Sie es erneut und geben Sie zweimal eine neue Passphrase ein</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Bereits signiert</translation>
    </message>
    <message>
        <source>This record is signed: amend it instead.</source>
        <translation>Dieses Protokoll ist signiert: Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Zuerst speichern</translation>
    </message>
    <message>
        <source>Save the session before signing it: the record signed is the file as saved.</source>
        <translation>Speichern Sie die Sitzung vor dem Signieren: Signiert wird die Datei so, wie sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>This file cannot be signed: {why}.</source>
        <translation>Diese Datei kann nicht signiert werden: {why}.</translation>
    </message>
    <message>
        <source>Nothing to sign</source>
        <translation>Nichts zu signieren</translation>
    </message>
    <message>
        <source>This session has no points: there is no procedure to sign.</source>
        <translation>Diese Sitzung hat keine Punkte: Es gibt keinen Eingriff zu signieren.</translation>
    </message>
    <message>
        <source>The record was NOT signed: {problem}.</source>
        <translation>Das Protokoll wurde NICHT signiert: {problem}.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}.</source>
        <translation>Signiert von {signer} am {time}.</translation>
    </message>
    <message>
        <source>Amendment {number} added by {author}.</source>
        <translation>Nachtrag {number} hinzugefügt von {author}.</translation>
    </message>
    <message>
        <source>This session is not signed: edit it instead.</source>
        <translation>Diese Sitzung ist nicht signiert: Bearbeiten Sie sie direkt.</translation>
    </message>
    <message>
        <source>Cannot amend</source>
        <translation>Nachtrag nicht möglich</translation>
    </message>
    <message>
        <source>This record does not verify, so nothing may be added to it: {why}.</source>
        <translation>Dieses Protokoll lässt sich nicht verifizieren, daher darf nichts hinzugefügt werden: {why}.</translation>
    </message>
    <message>
        <source>This file cannot be written: {why}.</source>
        <translation>Diese Datei kann nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <source>An earlier amendment does not fit: {problem}.</source>
        <translation>Ein früherer Nachtrag passt nicht: {problem}.</translation>
    </message>
    <message>
        <source>Not amended</source>
        <translation>Kein Nachtrag hinzugefügt</translation>
    </message>
    <message>
        <source>The amendment was NOT added: {problem}.</source>
        <translation>Der Nachtrag wurde NICHT hinzugefügt: {problem}.</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Nachtrag hinzugefügt</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{muscle} chosen; no muscle is drawn at this position</source>
        <translation>{muscle} gewählt; an dieser Position ist kein Muskel eingezeichnet</translation>
    </message>
    <message>
        <source>{muscle} recorded; no muscle is drawn at this position</source>
        <translation>{muscle} dokumentiert; an dieser Position ist kein Muskel eingezeichnet</translation>
    </message>
    <message>
        <source>{muscle} chosen; the position lies over {other}</source>
        <translation>{muscle} gewählt; an dieser Position ist {other} eingezeichnet</translation>
    </message>
    <message>
        <source>{muscle} recorded; the position lies over {other}</source>
        <translation>{muscle} dokumentiert; an dieser Position ist {other} eingezeichnet</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Under cursor: {what}</source>
        <translation>Unter dem Mauszeiger: {what}</translation>
    </message>
    <message>
        <source>Under cursor: no muscle identified</source>
        <translation>Unter dem Mauszeiger: kein Muskel identifiziert</translation>
    </message>
    <message>
        <source>Under cursor: outside the body</source>
        <translation>Unter dem Mauszeiger: außerhalb des Körpers</translation>
    </message>
    <message>
        <source>Crosshair: {where}</source>
        <translation>Fadenkreuz: {where}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Could not save: the folder “{folder}” is on a read-only disk.</source>
        <translation>Speichern nicht möglich: Der Ordner „{folder}“ liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <source>Could not save: no permission to write in the folder “{folder}” (read-only?).</source>
        <translation>Speichern nicht möglich: keine Schreibberechtigung im Ordner „{folder}“ (schreibgeschützt?).</translation>
    </message>
    <message>
        <source>Could not save: the disk is full.</source>
        <translation>Speichern nicht möglich: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Could not save: the folder “{folder}” does not exist.</source>
        <translation>Speichern nicht möglich: Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <source>Could not save: a folder has that name.</source>
        <translation>Speichern nicht möglich: Ein Ordner trägt diesen Namen.</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation>Speichern nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Could not save: a symbolic link is in the way, and it is not followed here.</source>
        <translation>Speichern nicht möglich: Ein symbolischer Link steht im Weg, und ihm wird hier nicht gefolgt.</translation>
    </message>
    <message>
        <source>Opened by {user} on {host} since {since}.</source>
        <translation>Geöffnet von {user} auf {host} seit {since}.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>The lock changed while you were asked: now opened by {user} on {host} since {since}.</source>
        <translation>Die Sperre hat sich während der Rückfrage geändert: jetzt geöffnet von {user} auf {host} seit {since}.</translation>
    </message>
    <message>
        <source>Still open in bodymap on this computer, by {user}: switch to that window instead.</source>
        <translation>Noch in bodymap auf diesem Computer geöffnet, von {user}: Wechseln Sie stattdessen zu diesem Fenster.</translation>
    </message>
    <message>
        <source>the file was removed or renamed</source>
        <translation>die Datei wurde entfernt oder umbenannt</translation>
    </message>
    <message>
        <source>a folder now has the file&apos;s name</source>
        <translation>ein Ordner trägt jetzt den Namen der Datei</translation>
    </message>
    <message>
        <source>the file was replaced by something that is not a file (a pipe or a device?)</source>
        <translation>die Datei wurde durch etwas ersetzt, das keine Datei ist (eine Pipe oder ein Gerät?)</translation>
    </message>
    <message>
        <source>the file is now larger than {mb} MB</source>
        <translation>die Datei ist jetzt größer als {mb} MB</translation>
    </message>
    <message>
        <source>the file can no longer be read (permission denied)</source>
        <translation>die Datei kann nicht mehr gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>the file can no longer be read ({reason})</source>
        <translation>die Datei kann nicht mehr gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file&apos;s content was changed by another program or computer</source>
        <translation>der Inhalt der Datei wurde von einem anderen Programm oder Computer geändert</translation>
    </message>
    <message>
        <source>a key that is not a field name</source>
        <translation>ein Schlüssel, der kein Feldname ist</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>{name} is not a valid number in a session file</source>
        <translation>{name} ist in einer Sitzungsdatei keine gültige Zahl</translation>
    </message>
    <message>
        <source>a number has more than {digits} digits</source>
        <translation>eine Zahl hat mehr als {digits} Stellen</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels (line {line})</source>
        <translation>das JSON ist tiefer als {levels} Ebenen verschachtelt (Zeile {line})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text; session files are UTF-8</source>
        <translation>die Datei ist UTF-16- oder UTF-32-Text; Sitzungsdateien sind UTF-8</translation>
    </message>
    <message>
        <source>the file is binary, not a JSON session file</source>
        <translation>die Datei ist binär, keine JSON-Sitzungsdatei</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (line {line}, byte offset {offset})</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (Zeile {line}, Byte-Offset {offset})</translation>
    </message>
    <message>
        <source>the JSON ends too early (truncated?) at line {line}, column {column}</source>
        <translation>das JSON endet zu früh (abgeschnitten?) in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation>ungültiges JSON in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>{path}: {key} appears twice in one object</source>
        <translation>{path}: {key} kommt in einem Objekt doppelt vor</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels</source>
        <translation>das JSON ist tiefer als {levels} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>{path} is required but missing</source>
        <translation>{path} ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>{path} is not a known field</source>
        <translation>{path} ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>{path} must be a finite number</source>
        <translation>{path} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{path} has a value that is not allowed</source>
        <translation>{path} hat einen nicht zulässigen Wert</translation>
    </message>
    <message>
        <source>{path} has an unknown kind</source>
        <translation>{path} hat eine unbekannte Art („kind“)</translation>
    </message>
    <message>
        <source>{path} needs a &apos;kind&apos;</source>
        <translation>{path} benötigt eine Angabe „kind“</translation>
    </message>
    <message>
        <source>{path} is not in the expected format</source>
        <translation>{path} hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>{path} needs a time zone</source>
        <translation>{path} benötigt eine Zeitzone</translation>
    </message>
    <message>
        <source>{path} is not a UUID (like 123e4567-e89b-42d3-a456-426614174000)</source>
        <translation>{path} ist keine UUID (wie 123e4567-e89b-42d3-a456-426614174000)</translation>
    </message>
    <message>
        <source>{path} is out of range</source>
        <translation>{path} liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>{path} is too long</source>
        <translation>{path} ist zu lang</translation>
    </message>
    <message>
        <source>{path} is too short</source>
        <translation>{path} ist zu kurz</translation>
    </message>
    <message>
        <source>{path} is invalid</source>
        <translation>{path} ist ungültig</translation>
    </message>
    <message>
        <source>{path} {problem}</source>
        <translation>{path} {problem}</translation>
    </message>
    <message>
        <source>{path} has the wrong type ({expected})</source>
        <translation>{path} hat den falschen Typ ({expected})</translation>
    </message>
    <message>
        <source>{path} is invalid ({kind})</source>
        <translation>{path} ist ungültig ({kind})</translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more problems)</source>
        <translation>
            <numerusform>{problems} (und %n weiteres Problem)</numerusform>
            <numerusform>{problems} (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>this is not a bodymap session file (no &apos;format&apos; of bodymap.session)</source>
        <translation>dies ist keine bodymap-Sitzungsdatei (kein „format“ bodymap.session)</translation>
    </message>
    <message>
        <source>format_version is missing or not a version like &apos;1.0&apos;</source>
        <translation>format_version fehlt oder ist keine Version wie „1.0“</translation>
    </message>
    <message>
        <source>made by a newer bodymap: format {format}; this version reads up to {major}.x</source>
        <translation>von einer neueren bodymap-Version erstellt: Format {format}; diese Version liest bis {major}.x</translation>
    </message>
    <message>
        <source>the format {format} file has an unexpected layout and cannot be upgraded</source>
        <translation>die Datei im Format {format} hat einen unerwarteten Aufbau und kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>format {format} is not supported</source>
        <translation>Format {format} wird nicht unterstützt</translation>
    </message>
    <message>
        <source>session.diagram.id names a diagram this version does not know</source>
        <translation>session.diagram.id nennt ein Diagramm, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>{path} lies outside the diagram (0 to {limit} mm)</source>
        <translation>{path} liegt außerhalb des Diagramms (0 bis {limit} mm)</translation>
    </message>
    <message>
        <source>the file is JSON but not an object: not a session file</source>
        <translation>die Datei ist JSON, aber kein Objekt: keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>dies ist ein Ordner, keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation>dies ist keine reguläre Datei (ein Gerät oder eine Pipe?)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>Zugriff verweigert: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this is a symbolic link, which is not followed here</source>
        <translation>dies ist ein symbolischer Link, dem hier nicht gefolgt wird</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB: not a session file</source>
        <translation>die Datei ist größer als {mb} MB: keine Sitzungsdatei</translation>
    </message>
    <message>
        <source>the file&apos;s state at the autosave is not known</source>
        <translation>der Zustand der Datei beim automatischen Speichern ist nicht bekannt</translation>
    </message>
    <message>
        <source>the folder is unusable</source>
        <translation>der Ordner ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Could not write the recovery file: {reason}.</source>
        <translation>Die Wiederherstellungsdatei konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save: this record is signed and its content differs from what was signed. Add an amendment instead.</source>
        <translation>Speichern nicht möglich: Dieses Protokoll ist signiert, und sein Inhalt weicht vom signierten Inhalt ab. Fügen Sie stattdessen einen Nachtrag hinzu.</translation>
    </message>
    <message>
        <source>Could not save: the session is not valid ({problem}).</source>
        <translation>Speichern nicht möglich: Die Sitzung ist ungültig ({problem}).</translation>
    </message>
</context>
<context>
    <name>text_editors</name>
    <message>
        <source>Not entered: the text {problem}.</source>
        <translation>Nicht eingegeben: Der Text {problem}.</translation>
    </message>
    <message>
        <source>Not entered: this field holds at most {limit} characters.</source>
        <translation>Nicht eingegeben: Dieses Feld fasst höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>Not pasted: the text {problem}.</source>
        <translation>Nicht eingefügt: Der Text {problem}.</translation>
    </message>
    <message>
        <source>Not pasted: {count} characters, and this field holds at most {limit} ({room} more fit).</source>
        <translation>Nicht eingefügt: {count} Zeichen, dieses Feld fasst aber höchstens {limit} (noch {room} frei).</translation>
    </message>
</context>
<context>
    <name>treatment_panel</name>
    <message>
        <source>not recorded</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Hartspannstrang</translation>
    </message>
    <message>
        <source>Local twitch</source>
        <translation>Lokale Zuckungsreaktion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Palpable</source>
        <translation>Tastbar</translation>
    </message>
    <message>
        <source>Jump sign</source>
        <translation>Jump-Sign</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Übertragener Schmerz</translation>
    </message>
    <message>
        <source>Referred to (e.g. temple, behind the eye)</source>
        <translation>Übertragungsgebiet, z. B. Schläfe, hinter dem Auge</translation>
    </message>
    <message>
        <source>Referred pain area</source>
        <translation>Übertragungsgebiet</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Needle diameter</source>
        <translation>Nadeldurchmesser</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Nadellänge</translation>
    </message>
    <message>
        <source>Needle advice at this position</source>
        <translation>Nadelempfehlung an dieser Position</translation>
    </message>
    <message>
        <source>Needle too long</source>
        <translation>Nadel zu lang</translation>
    </message>
    <message>
        <source>Dry needling instead</source>
        <translation>Stattdessen Dry Needling</translation>
    </message>
    <message>
        <source>Normal saline instead</source>
        <translation>Stattdessen isotone Kochsalzlösung</translation>
    </message>
    <message>
        <source>Tick the local anaesthetic allergy box</source>
        <translation>„Allergie gegen Lokalanästhetika“ aktivieren</translation>
    </message>
    <message>
        <source>The allergies text names a local anaesthetic: record it as an allergy.</source>
        <translation>Im Feld „Allergien“ wird ein Lokalanästhetikum genannt: Dokumentieren Sie es als Allergie.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Twitch (LTR)</source>
        <translation>Zuckungsreaktion (LTR)</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Pain &amp;before</source>
        <translation>Schmerz v&amp;orher</translation>
    </message>
    <message>
        <source>Needle &amp;diameter</source>
        <translation>Nadeld&amp;urchmesser</translation>
    </message>
    <message>
        <source>Needle &amp;length</source>
        <translation>Nadel&amp;länge</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>{field} festlegen</translation>
    </message>
    <message>
        <source>Set treatment</source>
        <translation>Behandlung festlegen</translation>
    </message>
    <message>
        <source>Set agent</source>
        <translation>Wirkstoff festlegen</translation>
    </message>
    <message>
        <source>Set needle</source>
        <translation>Nadel festlegen</translation>
    </message>
    <message>
        <source>Select a point to record its findings and treatment.</source>
        <translation>Wählen Sie einen Punkt aus, um seinen Befund und seine Behandlung zu dokumentieren.</translation>
    </message>
    <message>
        <source>Points {numbers}: changes apply to all {count}.</source>
        <translation>Punkte {numbers}: Änderungen gelten für alle {count}.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>{name}: {option}</source>
        <translation>{name}: {option}</translation>
    </message>
    <message>
        <source>{name} (0-10). Type a digit; 1 then 0 for 10; Delete clears.</source>
        <translation>{name} (0-10). Geben Sie eine Ziffer ein; 1, dann 0 für 10; Entf löscht.</translation>
    </message>
</context>
<context>
    <name>wiring</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <source>Vasovagal reaction</source>
        <translation>Vasovagale Reaktion</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Verdacht auf Pneumothorax</translation>
    </message>
    <message>
        <source>Signs of local anaesthetic toxicity</source>
        <translation>Zeichen einer Lokalanästhetika-Intoxikation</translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation>Allergische Reaktion</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>examination only</source>
        <translation>nur Untersuchung</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Left {muscle}</source>
        <translation>{muscle} links</translation>
    </message>
    <message>
        <source>Right {muscle}</source>
        <translation>{muscle} rechts</translation>
    </message>
    <message>
        <source>Midline {muscle}</source>
        <translation>{muscle} in der Mittellinie</translation>
    </message>
    <message>
        <source>{agent} in a mixture</source>
        <translation>{agent} in Mischung</translation>
    </message>
    <message>
        <source>{agent} with epinephrine</source>
        <translation>{agent} mit Adrenalin</translation>
    </message>
    <message>
        <source>{injection}; needle {sizes}</source>
        <translation>{injection}; Nadel {sizes}</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>Dry needling; needle {sizes}</source>
        <translation>Dry Needling; Nadel {sizes}</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Nur untersucht</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>active</source>
        <comment>trigger point</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <comment>trigger point</comment>
        <translation>latent</translation>
    </message>
    <message>
        <source>taut band</source>
        <translation>Hartspannstrang</translation>
    </message>
    <message>
        <source>no taut band</source>
        <translation>kein Hartspannstrang</translation>
    </message>
    <message>
        <source>no twitch</source>
        <translation>keine Zuckungsreaktion</translation>
    </message>
    <message>
        <source>visible twitch</source>
        <translation>sichtbare Zuckungsreaktion</translation>
    </message>
    <message>
        <source>palpable twitch</source>
        <translation>tastbare Zuckungsreaktion</translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation>Jump-Sign</translation>
    </message>
    <message>
        <source>no jump sign</source>
        <translation>kein Jump-Sign</translation>
    </message>
    <message>
        <source>referral to {area}</source>
        <translation>Übertragung: {area}</translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation>übertragener Schmerz</translation>
    </message>
    <message>
        <source>no referral</source>
        <translation>keine Übertragung</translation>
    </message>
    <message>
        <source>Left (patient&apos;s)</source>
        <translation>Links (Patientensicht)</translation>
    </message>
    <message>
        <source>Right (patient&apos;s)</source>
        <translation>Rechts (Patientensicht)</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Infiltration</translation>
    </message>
    <message>
        <source>examined only</source>
        <translation>nur untersucht</translation>
    </message>
    <message>
        <source>midline {muscle}</source>
        <translation>{muscle} in der Mittellinie</translation>
    </message>
    <message>
        <source>Point {number}, {muscle}, {treatment}</source>
        <translation>Punkt {number}, {muscle}, {treatment}</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (left), {treatment}.
Click to add it to this session.</source>
        <translation>Vorbesuch {date}, Punkt {number}: {muscle} (links), {treatment}.
Klicken Sie, um ihn in diese Sitzung zu übernehmen.</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (right), {treatment}.
Click to add it to this session.</source>
        <translation>Vorbesuch {date}, Punkt {number}: {muscle} (rechts), {treatment}.
Klicken Sie, um ihn in diese Sitzung zu übernehmen.</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (midline), {treatment}.
Click to add it to this session.</source>
        <translation>Vorbesuch {date}, Punkt {number}: {muscle} (Mittellinie), {treatment}.
Klicken Sie, um ihn in diese Sitzung zu übernehmen.</translation>
    </message>
</context>
</TS>
