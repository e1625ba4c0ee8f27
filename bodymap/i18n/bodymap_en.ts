<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>allergy</name>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, but points {numbers} record an injection with one. Change to dry needling or normal saline.</source>
        <translation>
            <numerusform>Patient is allergic to local anaesthetics, but point {numbers} records an injection with one. Change to dry needling or normal saline.</numerusform>
            <numerusform>Patient is allergic to local anaesthetics, but points {numbers} record an injection with one. Change to dry needling or normal saline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, and the agent injected at points {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</source>
        <translation>
            <numerusform>Patient is allergic to local anaesthetics, and the agent injected at point {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</numerusform>
            <numerusform>Patient is allergic to local anaesthetics, and the agent injected at points {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and points {numbers} record epinephrine. Use a plain solution.</source>
        <translation>
            <numerusform>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and point {numbers} records epinephrine. Use a plain solution.</numerusform>
            <numerusform>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and points {numbers} record epinephrine. Use a plain solution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message numerus="yes">
        <source>The recorded side of points {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</source>
        <translation>
            <numerusform>The recorded side of point {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</numerusform>
            <numerusform>The recorded side of points {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{caution} (points {numbers}). {technique} Advised: {advice}.</source>
        <translation>
            <numerusform>{caution} (point {numbers}). {technique} Advised: {advice}.</numerusform>
            <numerusform>{caution} (points {numbers}). {technique} Advised: {advice}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n points of {sessions} written</source>
        <translation>
            <numerusform>%n point of {sessions} written</numerusform>
            <numerusform>%n points of {sessions} written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: ok (%n points)</source>
        <translation>
            <numerusform>{file}: ok (%n point)</numerusform>
            <numerusform>{file}: ok (%n points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message numerus="yes">
        <source>{code} {descriptor}. %n muscles: {muscles}.</source>
        <translation>
            <numerusform>{code} {descriptor}. %n muscle: {muscles}.</numerusform>
            <numerusform>{code} {descriptor}. %n muscles: {muscles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</source>
        <translation>
            <numerusform>Point {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</numerusform>
            <numerusform>Points {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} name a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</source>
        <translation>
            <numerusform>Point {numbers} names a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</numerusform>
            <numerusform>Points {numbers} name a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>details</name>
    <message numerus="yes">
        <source>%n warnings to confirm before saving</source>
        <translation>
            <numerusform>%n warning to confirm before saving</numerusform>
            <numerusform>%n warnings to confirm before saving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diagram_key</name>
    <message numerus="yes">
        <source>%n points marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation>
            <numerusform>%n point marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</numerusform>
            <numerusform>%n points marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message numerus="yes">
        <source>… and %n more (see the Procedure tab).</source>
        <translation>
            <numerusform>… and %n more (see the Procedure tab).</numerusform>
            <numerusform>… and %n more (see the Procedure tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session has %n warnings to confirm:</source>
        <translation>
            <numerusform>This session has %n warning to confirm:</numerusform>
            <numerusform>This session has %n warnings to confirm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>document</name>
    <message numerus="yes">
        <source>points {numbers}</source>
        <translation>
            <numerusform>point {numbers}</numerusform>
            <numerusform>points {numbers}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doses</name>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</source>
        <translation>
            <numerusform>Dose not checked: &quot;{name}&quot; at point {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</numerusform>
            <numerusform>Dose not checked: &quot;{name}&quot; at points {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {agent}, a local anaesthetic with no maximum dose for infiltration in bodymap&apos;s table. Check the dose against its label.</source>
        <translation>
            <numerusform>Dose not checked: &quot;{name}&quot; at point {numbers} names {agent}, a local anaesthetic with no maximum dose for infiltration in bodymap&apos;s table. Check the dose against its label.</numerusform>
            <numerusform>Dose not checked: &quot;{name}&quot; at points {numbers} names {agent}, a local anaesthetic with no maximum dose for infiltration in bodymap&apos;s table. Check the dose against its label.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dose not checked: {names} at point {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</numerusform>
            <numerusform>Dose not checked: {names} at points {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dose not checked: {names} at point {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</numerusform>
            <numerusform>Dose not checked: {names} at points {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agent}: concentration missing at points {numbers}, so that dose is not checked. Record the concentration.</source>
        <translation>
            <numerusform>{agent}: concentration missing at point {numbers}, so that dose is not checked. Record the concentration.</numerusform>
            <numerusform>{agent}: concentration missing at points {numbers}, so that dose is not checked. Record the concentration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message numerus="yes">
        <source>%n points written to {file}</source>
        <translation>
            <numerusform>%n point written to {file}</numerusform>
            <numerusform>%n points written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>location</name>
    <message numerus="yes">
        <source>next to the {muscles}</source>
        <translation>
            <numerusform>next to the {muscles}</numerusform>
            <numerusform>next to the {muscles}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>needling</name>
    <message numerus="yes">
        <source>Needling over both lungs in one session (points {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</source>
        <translation>
            <numerusform>Needling over both lungs in one session (point {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</numerusform>
            <numerusform>Needling over both lungs in one session (points {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>next_visit</name>
    <message numerus="yes">
        <source>Next visit started: %n points of {date} offered on the map (click one, or Patients → Accept All Previous-Visit Points).</source>
        <translation>
            <numerusform>Next visit started: %n point of {date} offered on the map (click one, or Patients → Accept All Previous-Visit Points).</numerusform>
            <numerusform>Next visit started: %n points of {date} offered on the map (click one, or Patients → Accept All Previous-Visit Points).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n previous points</source>
        <translation>
            <numerusform>Accept %n previous point</numerusform>
            <numerusform>Accept %n previous points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier points accepted.</source>
        <translation>
            <numerusform>%n earlier point accepted.</numerusform>
            <numerusform>%n earlier points accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others matched by a point of this visit (the same trigger point).</source>
        <translation>
            <numerusform>%n other matched by a point of this visit (the same trigger point).</numerusform>
            <numerusform>%n others matched by a point of this visit (the same trigger point).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others left offered: within {tolerance} mm of another point (click it to add it anyway).</source>
        <translation>
            <numerusform>%n other left offered: within {tolerance} mm of another point (click it to add it anyway).</numerusform>
            <numerusform>%n others left offered: within {tolerance} mm of another point (click it to add it anyway).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message numerus="yes">
        <source>Patient is anticoagulated and points {numbers} lie over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</source>
        <translation>
            <numerusform>Patient is anticoagulated and point {numbers} lies over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</numerusform>
            <numerusform>Patient is anticoagulated and points {numbers} lie over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procedure_panel</name>
    <message numerus="yes">
        <source>Check before saving: %n warnings to confirm</source>
        <translation>
            <numerusform>Check before saving: %n warning to confirm</numerusform>
            <numerusform>Check before saving: %n warnings to confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ranges</name>
    <message numerus="yes">
        <source>{field}: at most %n decimal places; the digit typed after them is not recorded.</source>
        <translation>
            <numerusform>{field}: at most %n decimal place; the digit typed after it is not recorded.</numerusform>
            <numerusform>{field}: at most %n decimal places; the digit typed after them is not recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>record</name>
    <message numerus="yes">
        <source>Dry needling: %n points.</source>
        <translation>
            <numerusform>Dry needling: %n point.</numerusform>
            <numerusform>Dry needling: %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{caution}. Points {numbers}.</source>
        <translation>
            <numerusform>{caution}. Point {numbers}.</numerusform>
            <numerusform>{caution}. Points {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signature_status</name>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message numerus="yes">
        <source>{signed}, %n amendments</source>
        <translation>
            <numerusform>{signed}, %n amendment</numerusform>
            <numerusform>{signed}, %n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message numerus="yes">
        <source>{problems} (and %n more problems)</source>
        <translation>
            <numerusform>{problems} (and %n more problem)</numerusform>
            <numerusform>{problems} (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
</TS>
