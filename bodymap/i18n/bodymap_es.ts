<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>about</name>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPLv3). The installable bundle is one folder that keeps the Qt and PySide6 libraries as separate, unmodified files, so they can be replaced with compatible versions without rebuilding bodymap.</source>
        <translation>Qt y PySide6 se utilizan bajo la GNU Lesser General Public License versión 3 (LGPLv3). El paquete instalable es una carpeta que conserva las bibliotecas de Qt y PySide6 como archivos separados y sin modificar, de modo que pueden sustituirse por versiones compatibles sin recompilar bodymap.</translation>
    </message>
    <message>
        <source>see its licence text</source>
        <translation>consulte su texto de licencia</translation>
    </message>
    <message>
        <source>A posterior upper-back and shoulder map for documenting trigger point injections and dry needling.</source>
        <translation>Un mapa posterior de la parte superior de la espalda y los hombros para documentar infiltraciones de puntos gatillo y punción seca.</translation>
    </message>
    <message>
        <source>Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation>Vista posterior, paciente en decúbito prono: la izquierda del paciente está a la izquierda del observador.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>bodymap is free software under the MIT licence.</source>
        <translation>bodymap es software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Libraries shipped with bodymap:</source>
        <translation>Bibliotecas incluidas con bodymap:</translation>
    </message>
    <message>
        <source>{licence} (used under LGPL-3.0)</source>
        <translation>{licence} (se utiliza bajo LGPL-3.0)</translation>
    </message>
    <message>
        <source>PyInstaller bootloader (starts the bundle): GPL-2.0-or-later with an exception for the programs it starts</source>
        <translation>Cargador de arranque de PyInstaller (inicia el paquete): GPL-2.0-or-later con una excepción para los programas que inicia</translation>
    </message>
    <message>
        <source>The licence texts of all of these, and of the system libraries the bundle carries, are in {folder}.</source>
        <translation>Los textos de licencia de todas ellas, y de las bibliotecas del sistema que incluye el paquete, están en {folder}.</translation>
    </message>
    <message>
        <source>The licence text of each library is in its installed package metadata.</source>
        <translation>El texto de licencia de cada biblioteca está en los metadatos de su paquete instalado.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
</context>
<context>
    <name>aftercare</name>
    <message>
        <source>- Put ice (or heat) on sore areas. You may take paracetamol (acetaminophen), or ibuprofen if
  it is suitable for you.</source>
        <translation>- Aplíquese hielo (o calor) en las zonas doloridas. Puede tomar paracetamol o, si es adecuado
  para usted, ibuprofeno.</translation>
    </message>
    <message>
        <source>- Put ice on sore areas. For pain, take paracetamol (acetaminophen) if it is suitable for
  you.
- Keep taking your usual blood thinner and any aspirin your doctor prescribed. For pain, do not
  take extra aspirin, ibuprofen or other anti-inflammatory painkillers (NSAIDs): with your blood
  thinner they raise the risk of bleeding.</source>
        <translation>- Aplíquese hielo en las zonas doloridas. Para el dolor, tome paracetamol si es adecuado para
  usted.
- Siga tomando su anticoagulante habitual y la aspirina que le haya recetado su médico. Para el
  dolor, no tome aspirina adicional, ibuprofeno ni otros analgésicos antiinflamatorios (AINE):
  junto con su anticoagulante aumentan el riesgo de sangrado.</translation>
    </message>
    <message>
        <source>- Where a steroid was injected, the fat under the skin may shrink and leave a small dent
  (dimple).</source>
        <translation>- Donde se infiltró un corticoide, la grasa bajo la piel puede reducirse y dejar un pequeño hundimiento
  (hoyuelo).</translation>
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
        <translation>Después de su tratamiento de puntos gatillo

- Las zonas tratadas pueden doler durante uno o dos días (normalmente de 24 a 48 horas). Es normal.
{pain}
- Estire suavemente y mueva las zonas tratadas el mismo día. Evite un uso intenso de los músculos
  tratados durante uno o dos días y después continúe con su programa de ejercicios.
- Problemas poco frecuentes: infección, sangrado o hematoma.
{steroid}

Cuándo pedir ayuda
- Llame al servicio de emergencias si le falta el aire o tiene dolor en el pecho, sobre todo
  al tomar aire. El colapso pulmonar (neumotórax) es raro. Puede aparecer durante el
  tratamiento, unas horas después o hasta 2 días más tarde.
- Llame al servicio de emergencias si nota una debilidad nueva, entumecimiento u hormigueo en
  un brazo o una pierna, dificultad para caminar, o un dolor intenso de cuello, espalda o cabeza
  después del tratamiento.
- Llame al servicio de emergencias si se le hinchan la cara o la garganta, tiene ronchas o
  dificultad para respirar o, después de una infiltración, entumecimiento alrededor de la boca,
  sabor metálico, zumbido en los oídos, confusión o una convulsión. Suelen aparecer a los pocos
  minutos de la infiltración y, en ocasiones, más tarde.
- Llame al centro si tiene fiebre, o enrojecimiento, calor o hinchazón que se extienda desde
  la zona de un pinchazo, o un sangrado que no se detenga al presionar.
</translation>
    </message>
    <message>
        <source>Fibromyalgia: trigger points may recur, and treated points may need treatment again. Medicare coverage expects a repeat injection only after relief of at least 50% that lasted at least 6 weeks.</source>
        <translation>Fibromialgia: los puntos gatillo pueden reaparecer y los puntos tratados pueden necesitar un nuevo tratamiento. La cobertura de Medicare solo contempla repetir la infiltración tras un alivio de al menos el 50&#xa0;% que haya durado al menos 6 semanas.</translation>
    </message>
</context>
<context>
    <name>agents</name>
    <message>
        <source>Lidocaine</source>
        <translation>Lidocaína</translation>
    </message>
    <message>
        <source>Bupivacaine</source>
        <translation>Bupivacaína</translation>
    </message>
    <message>
        <source>Levobupivacaine</source>
        <translation>Levobupivacaína</translation>
    </message>
    <message>
        <source>Ropivacaine</source>
        <translation>Ropivacaína</translation>
    </message>
    <message>
        <source>Mepivacaine</source>
        <translation>Mepivacaína</translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation>Articaína</translation>
    </message>
    <message>
        <source>Prilocaine</source>
        <translation>Prilocaína</translation>
    </message>
    <message>
        <source>Chloroprocaine</source>
        <translation>Cloroprocaína</translation>
    </message>
    <message>
        <source>Procaine</source>
        <translation>Procaína</translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation>lidocaína</translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation>bupivacaína</translation>
    </message>
    <message>
        <source>levobupivacaine</source>
        <translation>levobupivacaína</translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation>ropivacaína</translation>
    </message>
    <message>
        <source>mepivacaine</source>
        <translation>mepivacaína</translation>
    </message>
    <message>
        <source>articaine</source>
        <translation>articaína</translation>
    </message>
    <message>
        <source>prilocaine</source>
        <translation>prilocaína</translation>
    </message>
    <message>
        <source>chloroprocaine</source>
        <translation>cloroprocaína</translation>
    </message>
    <message>
        <source>procaine</source>
        <translation>procaína</translation>
    </message>
    <message>
        <source>Lidocaine 1%</source>
        <translation>Lidocaína 1%</translation>
    </message>
    <message>
        <source>Lidocaine 2%</source>
        <translation>Lidocaína 2%</translation>
    </message>
    <message>
        <source>Bupivacaine 0.25%</source>
        <translation>Bupivacaína 0,25%</translation>
    </message>
    <message>
        <source>Bupivacaine 0.5%</source>
        <translation>Bupivacaína 0,5%</translation>
    </message>
    <message>
        <source>Ropivacaine 0.2%</source>
        <translation>Ropivacaína 0,2%</translation>
    </message>
    <message>
        <source>Ropivacaine 0.5%</source>
        <translation>Ropivacaína 0,5%</translation>
    </message>
    <message>
        <source>Normal saline 0.9%</source>
        <translation>Suero fisiológico 0,9%</translation>
    </message>
    <message>
        <source>Other (name)</source>
        <translation>Otro (indique el nombre)</translation>
    </message>
    <message>
        <source>normal saline</source>
        <translation>suero fisiológico</translation>
    </message>
    <message>
        <source>Normal saline</source>
        <translation>Suero fisiológico</translation>
    </message>
    <message>
        <source>saline</source>
        <translation>suero fisiológico</translation>
    </message>
    <message>
        <source>amide</source>
        <translation>amida</translation>
    </message>
    <message>
        <source>ester</source>
        <translation>éster</translation>
    </message>
    <message>
        <source>Other (type the name)</source>
        <translation>Otro (escriba el nombre)</translation>
    </message>
    <message>
        <source>{name} is not a local anaesthetic the app knows: {not_checked}. Check the dose against its label.</source>
        <translation>{name} no es un anestésico local que la aplicación conozca: {not_checked}. Compruebe la dosis con su etiqueta.</translation>
    </message>
    <message>
        <source>Identified as {name} ({agent_class}): the dose is checked against its maximum.</source>
        <translation>Identificado como {name} ({agent_class}): la dosis se comprueba frente a su máximo.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>allergy</name>
    <message>
        <source>Allergic to local anaesthetics</source>
        <translation>Alergia a anestésicos locales</translation>
    </message>
    <message>
        <source>amide local anaesthetics</source>
        <translation>anestésicos locales de tipo amida</translation>
    </message>
    <message>
        <source>ester local anaesthetics</source>
        <translation>anestésicos locales de tipo éster</translation>
    </message>
    <message>
        <source>local anaesthetics</source>
        <translation>anestésicos locales</translation>
    </message>
    <message>
        <source>Patient is allergic to local anaesthetics: injection with {agents} is refused. Consider dry needling or normal saline.</source>
        <translation>El paciente es alérgico a los anestésicos locales: se rechaza la infiltración con {agents}. Considere la punción seca o el suero fisiológico.</translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field. Consider dry needling or normal saline.</source>
        <translation>El campo de alergias menciona {mentions}: se rechazan las infiltraciones de {agents}. Marque «{box}» o, si el paciente no es alérgico, reformule el campo de alergias. Considere la punción seca o el suero fisiológico.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, but points {numbers} record an injection with one. Change to dry needling or normal saline.</source>
        <translation>
            <numerusform>El paciente es alérgico a los anestésicos locales, pero el punto {numbers} registra una infiltración con uno de ellos. Cámbiela a punción seca o suero fisiológico.</numerusform>
            <numerusform>El paciente es alérgico a los anestésicos locales, pero los puntos {numbers} registran una infiltración con uno de ellos. Cámbielas a punción seca o suero fisiológico.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions {mentions}: injections of {agents} are refused. Tick &apos;{box}&apos;, or if the patient is not allergic, reword the allergies field.</source>
        <translation>El campo de alergias menciona {mentions}: se rechazan las infiltraciones de {agents}. Marque «{box}» o, si el paciente no es alérgico, reformule el campo de alergias.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is allergic to local anaesthetics, and the agent injected at points {numbers} is a name the app cannot check: confirm it is not a local anaesthetic, or change to dry needling or normal saline.</source>
        <translation>
            <numerusform>El paciente es alérgico a los anestésicos locales, y el fármaco infiltrado en el punto {numbers} tiene un nombre que la aplicación no puede comprobar: confirme que no es un anestésico local o cambie a punción seca o suero fisiológico.</numerusform>
            <numerusform>El paciente es alérgico a los anestésicos locales, y el fármaco infiltrado en los puntos {numbers} tiene un nombre que la aplicación no puede comprobar: confirme que no es un anestésico local o cambie a punción seca o suero fisiológico.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions parabens: multiple-dose vials of local anaesthetic contain methylparaben. Use preservative-free (MPF) single-dose solutions.</source>
        <translation>El campo de alergias menciona parabenos: los viales multidosis de anestésico local contienen metilparabeno. Use soluciones monodosis sin conservantes (MPF).</translation>
    </message>
    <message numerus="yes">
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant, and points {numbers} record epinephrine. Use a plain solution.</source>
        <translation>
            <numerusform>El campo de alergias menciona sulfitos: las soluciones con adrenalina contienen un antioxidante sulfito, y el punto {numbers} registra adrenalina. Use una solución sin adrenalina.</numerusform>
            <numerusform>El campo de alergias menciona sulfitos: las soluciones con adrenalina contienen un antioxidante sulfito, y los puntos {numbers} registran adrenalina. Use una solución sin adrenalina.</numerusform>
        </translation>
    </message>
    <message>
        <source>The allergies field mentions sulfites: solutions with epinephrine contain a sulfite antioxidant. Use plain solutions.</source>
        <translation>El campo de alergias menciona sulfitos: las soluciones con adrenalina contienen un antioxidante sulfito. Use soluciones sin adrenalina.</translation>
    </message>
</context>
<context>
    <name>amend</name>
    <message>
        <source>Correct a recorded value</source>
        <translation>Corregir un valor registrado</translation>
    </message>
    <message>
        <source>Value to correct</source>
        <translation>Valor que se va a corregir</translation>
    </message>
    <message>
        <source>Recorded value</source>
        <translation>Valor registrado</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valor corregido</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Registrado:</translation>
    </message>
    <message>
        <source>Corrected:</source>
        <translation>Corregido:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 horas)</translation>
    </message>
    <message>
        <source>no value is being corrected</source>
        <translation>no se está corrigiendo ningún valor</translation>
    </message>
    <message>
        <source>Amend the signed record</source>
        <translation>Enmendar el registro firmado</translation>
    </message>
    <message>
        <source>An amendment is added after the signed record, dated and signed; the record itself does not change. Printed records show both.</source>
        <translation>La enmienda se añade tras el registro firmado, con fecha y firma; el registro en sí no cambia. Los registros impresos muestran ambos.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation>p. ej., Médico; en blanco: el registrado con la clave</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. pain score recorded for the wrong point</source>
        <translation>p. ej., puntuación de dolor registrada en el punto equivocado</translation>
    </message>
    <message>
        <source>Amendment text</source>
        <translation>Texto de la enmienda</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Titulación:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Sign Amendment</source>
        <translation>Firmar enmienda</translation>
    </message>
    <message>
        <source>Type the author&apos;s name.</source>
        <translation>Escriba el nombre del autor.</translation>
    </message>
    <message>
        <source>Say why the record is amended.</source>
        <translation>Indique por qué se enmienda el registro.</translation>
    </message>
    <message>
        <source>The text is longer than {count} characters.</source>
        <translation>El texto supera los {count} caracteres.</translation>
    </message>
    <message>
        <source>Correction: {problem}.</source>
        <translation>Corrección: {problem}.</translation>
    </message>
    <message>
        <source>Write the amendment, or correct a value.</source>
        <translation>Escriba la enmienda o corrija un valor.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>bodymap cannot start</source>
        <translation>bodymap no puede iniciarse</translation>
    </message>
    <message>
        <source>bodymap could not finish opening its window (an internal error). No session was opened or changed.</source>
        <translation>bodymap no pudo terminar de abrir su ventana (error interno). No se ha abierto ni modificado ninguna sesión.</translation>
    </message>
    <message>
        <source>bodymap: the diagram was not painted within 20 s</source>
        <translation>bodymap: el diagrama no se dibujó en 20 s</translation>
    </message>
    <message>
        <source>bodymap: the window was not ready within 20 s</source>
        <translation>bodymap: la ventana no estuvo lista en 20 s</translation>
    </message>
</context>
<context>
    <name>cautions</name>
    <message>
        <source>; record the height: the advice depends on BMI</source>
        <translation>; registre la talla: la recomendación depende del IMC</translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, underweight; {average} mm for an average adult)</source>
        <translation>{depth} para este paciente (IMC {bmi}, bajo peso; {average} mm para un adulto medio)</translation>
    </message>
    <message>
        <source>{depth} for this patient (BMI {bmi}, overweight; {average} mm for an average adult)</source>
        <translation>{depth} para este paciente (IMC {bmi}, sobrepeso; {average} mm para un adulto medio)</translation>
    </message>
    <message>
        <source>Point {number}: the {length} mm needle is longer than advised {zone} ({advice}). Choose a shorter needle, or confirm that the depth was controlled.</source>
        <translation>Punto {number}: la aguja de {length} mm es más larga de lo recomendado {zone} ({advice}). Elija una aguja más corta o confirme que se controló la profundidad.</translation>
    </message>
    <message>
        <source>insertion depth at most {depth} mm (needle length {depth} mm if inserted to the hub)</source>
        <translation>profundidad de inserción máxima {depth} mm (longitud de aguja {depth} mm si se introduce hasta el cono)</translation>
    </message>
    <message>
        <source>no published depth limit</source>
        <translation>sin límite de profundidad publicado</translation>
    </message>
    <message>
        <source>{depth} for an average adult</source>
        <translation>{depth} para un adulto medio</translation>
    </message>
    <message>
        <source>Suboccipital region: high-risk needling zone (vertebral artery, spinal canal)</source>
        <translation>Región suboccipital: zona de punción de alto riesgo (arteria vertebral, canal medular)</translation>
    </message>
    <message>
        <source>No depth is safe here by landmarks: between the occiput, C1 and C2 no bone covers the spinal canal, and the vertebral artery lies deep.</source>
        <translation>Ninguna profundidad es segura aquí guiándose por referencias óseas: entre el occipital, C1 y C2 ningún hueso cubre el canal medular, y la arteria vertebral está en profundidad.</translation>
    </message>
    <message>
        <source>About 40 mm was needed to reach rectus capitis posterior major in cadavers, inserted midway between the C2 spinous process and the C1 transverse process at 45 degrees or less cranially: go that deep only under ultrasound guidance.</source>
        <translation>En cadáveres se necesitaron unos 40 mm para alcanzar el recto posterior mayor de la cabeza, insertando a medio camino entre la apófisis espinosa de C2 y la apófisis transversa de C1 con una angulación craneal de 45 grados o menos: llegue a esa profundidad solo con guía ecográfica.</translation>
    </message>
    <message>
        <source>Never angle medially toward the spine.</source>
        <translation>No angule nunca la aguja en dirección medial hacia la columna.</translation>
    </message>
    <message>
        <source>a limit for landmark-guided needling, not a safe depth: nothing is safe here</source>
        <translation>un límite para la punción guiada por referencias óseas, no una profundidad segura: aquí nada es seguro</translation>
    </message>
    <message>
        <source>in the suboccipital region</source>
        <translation>en la región suboccipital</translation>
    </message>
    <message>
        <source>Paramedian neck (C1–C7): spinal canal and vertebral artery</source>
        <translation>Cuello paramediano (C1–C7): canal medular y arteria vertebral</translation>
    </message>
    <message>
        <source>Epidural haematoma and cord injury have followed cervical paraspinal needling: keep the needle superficial, and never angle it medially toward the spine.</source>
        <translation>Se han descrito hematoma epidural y lesión medular tras la punción paravertebral cervical: mantenga la aguja superficial y no la angule nunca en dirección medial hacia la columna.</translation>
    </message>
    <message>
        <source>Consider ultrasound guidance; ask about anticoagulants.</source>
        <translation>Considere la guía ecográfica; pregunte por anticoagulantes.</translation>
    </message>
    <message>
        <source>beside the cervical spine</source>
        <translation>junto a la columna cervical</translation>
    </message>
    <message>
        <source>Near the lung apex (angle of the neck): pneumothorax risk</source>
        <translation>Cerca del vértice pulmonar (ángulo del cuello): riesgo de neumotórax</translation>
    </message>
    <message>
        <source>Pincer-grasp the muscle and aim the needle at your fingers.</source>
        <translation>Sujete el músculo en pinza entre los dedos y dirija la aguja hacia ellos.</translation>
    </message>
    <message>
        <source>Never angle the needle medially or caudally, toward the lung apex.</source>
        <translation>No angule nunca la aguja en dirección medial ni caudal, hacia el vértice pulmonar.</translation>
    </message>
    <message>
        <source>Consider ultrasound guidance.</source>
        <translation>Considere la guía ecográfica.</translation>
    </message>
    <message>
        <source>at the lung apex</source>
        <translation>en el vértice pulmonar</translation>
    </message>
    <message>
        <source>Over the thorax: pneumothorax risk</source>
        <translation>Sobre el tórax: riesgo de neumotórax</translation>
    </message>
    <message>
        <source>Angle the needle tangentially, or onto a rib bracketed between two fingers.</source>
        <translation>Angule la aguja tangencialmente o diríjala sobre una costilla fijada entre dos dedos.</translation>
    </message>
    <message>
        <source>Avoid the intercostal spaces.</source>
        <translation>Evite los espacios intercostales.</translation>
    </message>
    <message>
        <source>over the thorax</source>
        <translation>sobre el tórax</translation>
    </message>
    <message>
        <source>Between thoracic spinous processes: spinal canal</source>
        <translation>Entre las apófisis espinosas torácicas: canal medular</translation>
    </message>
    <message>
        <source>Epidural haematoma has followed dry needling near the thoracic spine: direct the needle onto a spinous process or lamina, never into the gap between them.</source>
        <translation>Se ha descrito hematoma epidural tras la punción seca cerca de la columna torácica: dirija la aguja hacia una apófisis espinosa o una lámina, nunca hacia el espacio entre ellas.</translation>
    </message>
    <message>
        <source>between the thoracic spinous processes</source>
        <translation>entre las apófisis espinosas torácicas</translation>
    </message>
    <message>
        <source>Thoracic paraspinal muscles: spinal canal medially</source>
        <translation>Paravertebrales torácicos: canal medular en posición medial</translation>
    </message>
    <message>
        <source>Direct the needle onto the lamina or transverse process, never medially into the space between the laminae.</source>
        <translation>Dirija la aguja hacia la lámina o la apófisis transversa, nunca en dirección medial hacia el espacio entre las láminas.</translation>
    </message>
    <message>
        <source>beside the thoracic spine</source>
        <translation>junto a la columna torácica</translation>
    </message>
    <message>
        <source>Over scapular bone: lower pneumothorax risk</source>
        <translation>Sobre el hueso de la escápula: menor riesgo de neumotórax</translation>
    </message>
    <message>
        <source>Direct the needle onto bone: the middle of the blade is about 2 mm thick, and a needle driven through it reaches the chest wall.</source>
        <translation>Dirija la aguja hacia el hueso: la zona central del cuerpo de la escápula mide unos 2 mm de grosor, y una aguja que lo atraviese alcanza la pared torácica.</translation>
    </message>
    <message>
        <source>over scapular bone</source>
        <translation>sobre el hueso de la escápula</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Points are treated but consent is not recorded as obtained.</source>
        <translation>Hay puntos tratados, pero el consentimiento no consta como obtenido.</translation>
    </message>
    <message>
        <source>Points are treated but the time-out (identity, procedure, site and side, allergies, anticoagulants) is not recorded as done.</source>
        <translation>Hay puntos tratados, pero la pausa de seguridad (identidad, procedimiento, localización y lado, alergias, anticoagulantes) no consta como realizada.</translation>
    </message>
    <message numerus="yes">
        <source>The recorded side of points {numbers} is the opposite of where the point lies on the map (posterior view: the patient&apos;s right is on the viewer&apos;s right). Check the side.</source>
        <translation>
            <numerusform>El lado registrado del punto {numbers} es el opuesto a donde se encuentra el punto en el mapa (vista posterior: el lado derecho del paciente está a la derecha del observador). Compruebe el lado.</numerusform>
            <numerusform>El lado registrado de los puntos {numbers} es el opuesto a donde se encuentran los puntos en el mapa (vista posterior: el lado derecho del paciente está a la derecha del observador). Compruebe el lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Point {number}: {mismatch}. Check the muscle.</source>
        <translation>Punto {number}: {mismatch}. Compruebe el músculo.</translation>
    </message>
    <message numerus="yes">
        <source>{caution} (points {numbers}). {technique} Advised: {advice}.</source>
        <translation>
            <numerusform>{caution} (punto {numbers}). {technique} Recomendación: {advice}.</numerusform>
            <numerusform>{caution} (puntos {numbers}). {technique} Recomendación: {advice}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>idioma de los mensajes, la ventana y el registro impreso (por defecto: el idioma de las preferencias o, en su defecto, el del sistema)</translation>
    </message>
    <message>
        <source>Trigger point map of the posterior upper back and shoulders. Other commands: {commands} (bodymap COMMAND --help).</source>
        <translation>Mapa de puntos gatillo de la parte superior de la espalda y los hombros (vista posterior). Otros comandos: {commands} (bodymap COMANDO --help).</translation>
    </message>
    <message>
        <source>session file to open (.bodymap.json)</source>
        <translation>archivo de sesión que se abrirá (.bodymap.json)</translation>
    </message>
    <message>
        <source>open the main window, wait until the diagram is painted, print the seconds since process start and exit</source>
        <translation>abre la ventana principal, espera a que se dibuje el diagrama, muestra los segundos transcurridos desde el inicio del proceso y sale</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>write a FHIR R4 bundle or a CSV of points</source>
        <translation>escribe un paquete (bundle) FHIR R4 o un CSV de puntos</translation>
    </message>
    <message>
        <source>session file or folder</source>
        <translation>archivo o carpeta de sesiones</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>archivo que se escribirá</translation>
    </message>
    <message>
        <source>CSV without names, identifiers or dates</source>
        <translation>CSV sin nombres, identificadores ni fechas</translation>
    </message>
    <message>
        <source>FHIR: the URI of the clinic&apos;s patient identifiers (urn:oid:… or https://…), by which an EHR matches the patient</source>
        <translation>FHIR: la URI de los identificadores de paciente del centro (urn:oid:… o https://…), con la que la historia clínica electrónica identifica al paciente</translation>
    </message>
    <message>
        <source>FHIR: clinic folder whose keys/ confirms who signed the record; a signed record they do not confirm is exported as preliminary (default: the default session folder)</source>
        <translation>FHIR: carpeta del centro cuya carpeta keys/ confirma quién firmó el registro; un registro firmado que no confirman se exporta como preliminar (por defecto: la carpeta de sesiones predeterminada)</translation>
    </message>
    <message>
        <source>export: a FHIR bundle is made from one session file</source>
        <translation>export: un paquete FHIR se genera a partir de un solo archivo de sesión</translation>
    </message>
    <message>
        <source>export: {problem}</source>
        <translation>export: {problem}</translation>
    </message>
    <message>
        <source>{file}: written</source>
        <translation>{file}: escrito</translation>
    </message>
    <message>
        <source>{file}: {problem} (skipped)</source>
        <translation>{file}: {problem} (omitido)</translation>
    </message>
    <message numerus="yes">
        <source>%n points of {sessions} written</source>
        <translation>
            <numerusform>Escrito %n punto de {sessions}</numerusform>
            <numerusform>Escritos %n puntos de {sessions}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {written}</source>
        <translation>{file}: {written}</translation>
    </message>
    <message>
        <source>check session files; exit 1 if any is bad</source>
        <translation>comprueba archivos de sesión; sale con 1 si alguno es incorrecto</translation>
    </message>
    <message>
        <source>print the JSON Schema of session files</source>
        <translation>muestra el esquema JSON (JSON Schema) de los archivos de sesión</translation>
    </message>
    <message>
        <source>write the printed session record as PDF</source>
        <translation>escribe el registro impreso de la sesión como PDF</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>archivo PDF que se escribirá</translation>
    </message>
    <message>
        <source>paper size (default: the one of the system&apos;s region, Letter or A4)</source>
        <translation>tamaño de papel (por defecto: el de la región del sistema, Letter o A4)</translation>
    </message>
    <message>
        <source>folder of the clinic&apos;s session files: points treated at the patient&apos;s earlier visits are printed as recurring, and a signed record says when the clinic&apos;s keys do not confirm who signed it</source>
        <translation>carpeta de archivos de sesión del centro: los puntos tratados en visitas anteriores del paciente se imprimen como recurrentes, y un registro firmado indica cuando las claves del centro no confirman quién lo firmó</translation>
    </message>
    <message numerus="yes">
        <source>{file}: ok (%n points)</source>
        <translation>
            <numerusform>{file}: correcto (%n punto)</numerusform>
            <numerusform>{file}: correcto (%n puntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>sign a session file in place (the signer&apos;s key is made on first use); exit 1 if it was not signed</source>
        <translation>firma un archivo de sesión sobrescribiéndolo (la clave del firmante se crea en el primer uso); sale con 1 si no se firmó</translation>
    </message>
    <message>
        <source>the signing clinician</source>
        <translation>el profesional que firma</translation>
    </message>
    <message>
        <source>printed after the name, e.g. MD</source>
        <translation>se imprime tras el nombre, p. ej., Médico</translation>
    </message>
    <message>
        <source>file (mode 600) whose first line is the key&apos;s passphrase; asked on the terminal when not given</source>
        <translation>archivo (modo 600) cuya primera línea es la frase de contraseña de la clave; si no se indica, se pregunta en el terminal</translation>
    </message>
    <message>
        <source>clinic folder whose keys/ registers the signer&apos;s public key (default: the default session folder)</source>
        <translation>carpeta del centro en cuya carpeta keys/ se registra la clave pública del firmante (por defecto: la carpeta de sesiones predeterminada)</translation>
    </message>
    <message>
        <source>check signatures: exit 0 all valid; 2 a file cannot be read; else 1 a file was altered, has a broken signature or an unknown key; else 3 a file is unsigned</source>
        <translation>comprueba firmas: sale con 0 si todas son válidas; 2 si no se puede leer un archivo; si no, 1 si un archivo fue alterado, tiene una firma dañada o una clave desconocida; si no, 3 si un archivo no está firmado</translation>
    </message>
    <message>
        <source>clinic folder whose keys/ holds the registered public keys (default: the default session folder)</source>
        <translation>carpeta del centro en cuya carpeta keys/ están las claves públicas registradas (por defecto: la carpeta de sesiones predeterminada)</translation>
    </message>
    <message>
        <source>add a signed amendment to a signed session file; exit 1 if not added</source>
        <translation>añade una enmienda firmada a un archivo de sesión firmado; sale con 1 si no se añadió</translation>
    </message>
    <message>
        <source>the amending clinician</source>
        <translation>el profesional que enmienda</translation>
    </message>
    <message>
        <source>why the record is amended</source>
        <translation>por qué se enmienda el registro</translation>
    </message>
    <message>
        <source>the amendment</source>
        <translation>la enmienda</translation>
    </message>
    <message>
        <source>a corrected value: where (e.g. /points/0/findings/pain_after) and the new value as JSON (text that is not JSON is taken as text); may be repeated</source>
        <translation>un valor corregido: dónde (p. ej., /points/0/findings/pain_after) y el nuevo valor como JSON (un texto que no es JSON se toma como texto); puede repetirse</translation>
    </message>
    <message>
        <source>printed after the name</source>
        <translation>se imprime tras el nombre</translation>
    </message>
    <message>
        <source>as for sign</source>
        <translation>igual que en sign</translation>
    </message>
    <message>
        <source>{file}: already signed; add an amendment instead</source>
        <translation>{file}: ya está firmado; añada una enmienda en su lugar</translation>
    </message>
    <message>
        <source>{file}: not signed: {problem}</source>
        <translation>{file}: no firmado: {problem}</translation>
    </message>
    <message>
        <source>{file}: signed by {signer} on {time}; content SHA-256 {hash}</source>
        <translation>{file}: firmado por {signer} el {time}; SHA-256 del contenido {hash}</translation>
    </message>
    <message>
        <source>{file}: the clinic folder does not exist; nothing was verified</source>
        <translation>{file}: la carpeta del centro no existe; no se ha verificado nada</translation>
    </message>
    <message>
        <source>{file}: not signed, so it can still be edited</source>
        <translation>{file}: no está firmado, así que aún puede editarse</translation>
    </message>
    <message>
        <source>{file}: not amended: {problem}</source>
        <translation>{file}: no enmendado: {problem}</translation>
    </message>
    <message>
        <source>{file}: amendment {number} added by {signer}</source>
        <translation>{file}: enmienda {number} añadida por {signer}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y sale</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión del programa y sale</translation>
    </message>
    <message>
        <source>{program}: error: {message}</source>
        <translation>{program}: error: {message}</translation>
    </message>
</context>
<context>
    <name>clinic_index</name>
    <message>
        <source>Earlier visits are not shown beside the points: the clinic folder could not be indexed here (printing still looks them up).</source>
        <translation>Las visitas anteriores no se muestran junto a los puntos: no se pudo indexar la carpeta del centro en este equipo (la impresión sigue consultándolas).</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>Ultrasonic guidance for needle placement (eg, biopsy, aspiration, injection, localization device), imaging supervision and interpretation</source>
        <translation>Guía ecográfica para la colocación de la aguja (p. ej., biopsia, aspiración, inyección, dispositivo de localización), supervisión e interpretación de la imagen</translation>
    </message>
    <message>
        <source>Some payers do not cover imaging guidance with trigger point injections (Medicare&apos;s trigger point injection LCDs, such as L36859, are summarised as excluding it): check the payer&apos;s policy.</source>
        <translation>Algunas aseguradoras no cubren la guía por imagen en las infiltraciones de puntos gatillo (las LCD de Medicare sobre infiltración de puntos gatillo, como la L36859, la excluyen según los resúmenes disponibles): consulte la política de la aseguradora.</translation>
    </message>
    <message>
        <source>Medicare covers dry needling only as acupuncture for chronic low back pain (NCD 30.3.3), not for the neck, upper back or shoulder.</source>
        <translation>Medicare solo cubre la punción seca como acupuntura para la lumbalgia crónica (NCD 30.3.3), no para el cuello, la parte superior de la espalda ni el hombro.</translation>
    </message>
    <message>
        <source>iliocostalis, longissimus or spinalis</source>
        <translation>iliocostal, longísimo o espinoso</translation>
    </message>
    <message>
        <source>rectus capitis posterior major or minor, obliquus capitis inferior or superior</source>
        <translation>recto posterior mayor o menor de la cabeza, oblicuo inferior o superior de la cabeza</translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)</source>
        <translation>Infiltración(es); uno o varios puntos gatillo, 1 o 2 músculos</translation>
    </message>
    <message>
        <source>Injection(s); single or multiple trigger point(s), 3 or more muscles</source>
        <translation>Infiltración(es); uno o varios puntos gatillo, 3 o más músculos</translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 1 or 2 muscle(s)</source>
        <translation>Inserción(es) de aguja sin infiltración; 1 o 2 músculos</translation>
    </message>
    <message>
        <source>Needle insertion(s) without injection(s); 3 or more muscles</source>
        <translation>Inserción(es) de aguja sin infiltración; 3 o más músculos</translation>
    </message>
    <message>
        <source>{code} {descriptor}. Once per session.</source>
        <translation>{code} {descriptor}. Una vez por sesión.</translation>
    </message>
    <message numerus="yes">
        <source>{code} {descriptor}. %n muscles: {muscles}.</source>
        <translation>
            <numerusform>{code} {descriptor}. %n músculo: {muscles}.</numerusform>
            <numerusform>{code} {descriptor}. %n músculos: {muscles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} treated without a named muscle: they are not counted for the procedure code. Name each muscle.</source>
        <translation>
            <numerusform>El punto {numbers} se trató sin indicar el músculo: no cuenta para el código del procedimiento. Indique cada músculo.</numerusform>
            <numerusform>Los puntos {numbers} se trataron sin indicar el músculo: no cuentan para el código del procedimiento. Indique cada músculo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points {numbers} name a muscle group ({group}): payers want the specific muscle ({specific}). Name it in the point&apos;s notes; each distinct muscle counts for the code.</source>
        <translation>
            <numerusform>El punto {numbers} indica un grupo muscular ({group}): las aseguradoras exigen el músculo concreto ({specific}). Indíquelo en las notas del punto; cada músculo distinto cuenta para el código.</numerusform>
            <numerusform>Los puntos {numbers} indican un grupo muscular ({group}): las aseguradoras exigen el músculo concreto ({specific}). Indíquelo en las notas del punto; cada músculo distinto cuenta para el código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Myalgia, unspecified site</source>
        <translation>Mialgia, localización no especificada</translation>
    </message>
    <message>
        <source>Myalgia of mastication muscle</source>
        <translation>Mialgia de músculos masticatorios</translation>
    </message>
    <message>
        <source>Myalgia of auxiliary muscles, head and neck</source>
        <translation>Mialgia de músculos accesorios, cabeza y cuello</translation>
    </message>
    <message>
        <source>Myalgia, other site</source>
        <translation>Mialgia, otra localización</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromialgia</translation>
    </message>
    <message>
        <source>Muscle spasm of back</source>
        <translation>Espasmo muscular de espalda</translation>
    </message>
    <message>
        <source>Other muscle spasm</source>
        <translation>Otros espasmos musculares</translation>
    </message>
    <message>
        <source>Cervicalgia</source>
        <translation>Cervicalgia</translation>
    </message>
    <message>
        <source>Pain in thoracic spine</source>
        <translation>Dolor en columna torácica</translation>
    </message>
    <message>
        <source>Tension-type headache, unspecified, not intractable</source>
        <translation>Cefalea de tipo tensional, no especificada, no intratable</translation>
    </message>
    <message>
        <source>Pain in right shoulder</source>
        <translation>Dolor en hombro derecho</translation>
    </message>
    <message>
        <source>Pain in left shoulder</source>
        <translation>Dolor en hombro izquierdo</translation>
    </message>
    <message>
        <source>Pain in unspecified shoulder</source>
        <translation>Dolor en hombro no especificado</translation>
    </message>
    <message>
        <source>myofascial pain of the trunk or shoulder girdle</source>
        <translation>dolor miofascial del tronco o de la cintura escapular</translation>
    </message>
    <message>
        <source>trigger points in neck muscles (splenius, semispinalis capitis, suboccipitals, sternocleidomastoid); upper trapezius and levator scapulae count under M79.18 here, a coding judgement</source>
        <translation>puntos gatillo en músculos del cuello (esplenio, semiespinoso de la cabeza, suboccipitales, esternocleidomastoideo); aquí la porción superior del trapecio y el elevador de la escápula se codifican como M79.18, un criterio de codificación</translation>
    </message>
    <message>
        <source>fibromyalgia is recorded for the patient</source>
        <translation>consta fibromialgia en los datos del paciente</translation>
    </message>
    <message>
        <source>Diagnosis {codes} is a category code, not billable in ICD-10-CM. Choose a specific code such as M79.18 ({title}).</source>
        <translation>El diagnóstico {codes} es un código de categoría, no facturable en ICD-10-CM. Elija un código específico como M79.18 ({title}).</translation>
    </message>
    <message>
        <source>No diagnosis is recorded for the procedure.</source>
        <translation>No hay ningún diagnóstico registrado para el procedimiento.</translation>
    </message>
</context>
<context>
    <name>colour_key</name>
    <message>
        <source>Injection</source>
        <translation>Infiltración</translation>
    </message>
    <message>
        <source>Marker of a point treated with an injection</source>
        <translation>Marcador de un punto tratado con infiltración</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>Marker of a point treated with dry needling</source>
        <translation>Marcador de un punto tratado con punción seca</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Solo exploración</translation>
    </message>
    <message>
        <source>Marker of a point examined, not treated</source>
        <translation>Marcador de un punto explorado, no tratado</translation>
    </message>
    <message>
        <source>Lung caution</source>
        <translation>Precaución pulmonar</translation>
    </message>
    <message>
        <source>Yellow badge: needling caution, the lung lies under this point (pneumothorax)</source>
        <translation>Distintivo amarillo: precaución en la punción, el pulmón está bajo este punto (neumotórax)</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Otro músculo</translation>
    </message>
    <message>
        <source>Square badge: the muscle recorded for this point does not lie under it</source>
        <translation>Distintivo cuadrado: el músculo registrado para este punto no está debajo de él</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <source>Ring around the selected points</source>
        <translation>Anillo alrededor de los puntos seleccionados</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>Cruceta</translation>
    </message>
    <message>
        <source>Keyboard crosshair: Enter or Space places a point here</source>
        <translation>Cruceta del teclado: Intro o Espacio coloca un punto aquí</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Leyenda de colores</translation>
    </message>
</context>
<context>
    <name>correctable</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Point {title}</source>
        <translation>Punto {title}</translation>
    </message>
    <message>
        <source>enter the corrected value</source>
        <translation>introduzca el valor corregido</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM (24-hour)</source>
        <translation>«{text}» no es una hora; escríbala como HH:MM (24 horas)</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>P&amp;rocedure</source>
        <translation>P&amp;rocedimiento</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Points (side is the patient&apos;s)</source>
        <translation>Puntos (lado del paciente)</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Pac&amp;iente</translation>
    </message>
    <message>
        <source>Pain dra&amp;wing</source>
        <translation>&amp;Dolor</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings to confirm before saving</source>
        <translation>
            <numerusform>%n advertencia por confirmar antes de guardar</numerusform>
            <numerusform>%n advertencias por confirmar antes de guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure: {warnings}</source>
        <translation>Procedimiento: {warnings}</translation>
    </message>
    <message>
        <source>Procedure, {warnings}</source>
        <translation>Procedimiento, {warnings}</translation>
    </message>
    <message>
        <source>Procedure: no warnings to confirm</source>
        <translation>Procedimiento: no hay advertencias por confirmar</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>No warnings to confirm</source>
        <translation>No hay advertencias por confirmar</translation>
    </message>
</context>
<context>
    <name>diagram</name>
    <message>
        <source>L</source>
        <comment>the patient&apos;s left, one letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the patient&apos;s right, one letter</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT</source>
        <translation>IZQUIERDA del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT</source>
        <translation>DERECHA del paciente</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Posterior view, patient prone</source>
        <translation>Vista posterior, paciente en decúbito prono</translation>
    </message>
</context>
<context>
    <name>diagram_key</name>
    <message numerus="yes">
        <source>%n points marked, numbered as in the table. Posterior view, patient prone: the patient&apos;s left is on the viewer&apos;s left.</source>
        <translation>
            <numerusform>%n punto marcado, numerado como en la tabla. Vista posterior, paciente en decúbito prono: la izquierda del paciente está a la izquierda del observador.</numerusform>
            <numerusform>%n puntos marcados, numerados como en la tabla. Vista posterior, paciente en decúbito prono: la izquierda del paciente está a la izquierda del observador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diagram_view</name>
    <message>
        <source>Trigger point diagram</source>
        <translation>Diagrama de puntos gatillo</translation>
    </message>
    <message>
        <source>Arrow keys move the crosshair, Enter places a point there, Tab moves from point to point.</source>
        <translation>Las teclas de flecha mueven la cruceta, Intro coloca un punto en ella y Tabulador pasa de un punto a otro.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>bodymap sessions (*.bodymap.json);;JSON files (*.json);;All files (*)</source>
        <translation>Sesiones de bodymap (*.bodymap.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Save anyway, or go back and correct them?</source>
        <translation>¿Guardar de todos modos o volver y corregirlas?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <source>Print anyway, or go back and correct them?</source>
        <translation>¿Imprimir de todos modos o volver y corregirlas?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Export anyway, or go back and correct them?</source>
        <translation>¿Exportar de todos modos o volver y corregirlas?</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Firmar de todos modos</translation>
    </message>
    <message>
        <source>Sign anyway, or go back and correct them?</source>
        <translation>¿Firmar de todos modos o volver y corregirlas?</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.

Save them before continuing?</source>
        <translation>«{name}» tiene cambios sin guardar.

¿Desea guardarlos antes de continuar?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the Procedure tab).</source>
        <translation>
            <numerusform>… y %n más (vea la pestaña Procedimiento).</numerusform>
            <numerusform>… y %n más (vea la pestaña Procedimiento).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before continuing</source>
        <translation>Revise antes de continuar</translation>
    </message>
    <message numerus="yes">
        <source>This session has %n warnings to confirm:</source>
        <translation>
            <numerusform>Esta sesión tiene %n advertencia por confirmar:</numerusform>
            <numerusform>Esta sesión tiene %n advertencias por confirmar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation>Sesión en uso</translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere.
{owner}

Open a read-only copy?</source>
        <translation>«{name}» está abierto en otro lugar.
{owner}

¿Desea abrir una copia de solo lectura?</translation>
    </message>
    <message>
        <source>Session in use on another computer</source>
        <translation>Sesión en uso en otro equipo</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer: {holder}

Take it over only if that computer has stopped using it (it crashed, or was switched off). Changes its user has not saved may then clash with yours.</source>
        <translation>«{name}» está abierto en otro equipo: {holder}

Tome el control solo si ese equipo ha dejado de usarlo (se bloqueó o se apagó). Los cambios que su usuario no haya guardado podrían entonces entrar en conflicto con los suyos.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo ha cambiado en el disco</translation>
    </message>
    <message>
        <source>“{name}” has changed since you opened it: {reason}.

Save your version over it? (Choose Cancel and then Save As to keep both.)</source>
        <translation>«{name}» ha cambiado desde que lo abrió: {reason}.

¿Desea guardar su versión encima? (Elija Cancelar y después Guardar como para conservar ambas).</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo no guardado?</translation>
    </message>
    <message>
        <source>bodymap did not close properly last time.

Unsaved changes to {session} were kept. Restore them?</source>
        <translation>bodymap no se cerró correctamente la última vez.

Se conservaron los cambios no guardados de {session}. ¿Desea restaurarlos?</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>«{name}» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>asked for a file to open: none (nobody to answer)</source>
        <translation>se pidió un archivo para abrir: ninguno (no hay nadie que responda)</translation>
    </message>
    <message>
        <source>asked where to save: not saved (nobody to answer)</source>
        <translation>se pidió dónde guardar: no se ha guardado (no hay nadie que responda)</translation>
    </message>
    <message>
        <source>“{name}” has unsaved changes: kept, nothing discarded (nobody to answer)</source>
        <translation>«{name}» tiene cambios sin guardar: se conservan, no se descarta nada (no hay nadie que responda)</translation>
    </message>
    <message>
        <source>“{name}” is open elsewhere ({owner}): opened read-only</source>
        <translation>«{name}» está abierto en otro lugar ({owner}): se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer ({holder}): opened read-only</source>
        <translation>«{name}» está abierto en otro equipo ({holder}): se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>“{name}” changed on disk ({reason}): not overwritten</source>
        <translation>«{name}» ha cambiado en el disco ({reason}): no se ha sobrescrito</translation>
    </message>
    <message>
        <source>unsaved changes to {session} are kept for the next start</source>
        <translation>los cambios no guardados de {session} se conservan para el próximo inicio</translation>
    </message>
    <message>
        <source>asked for a printer: not printed (nobody to answer)</source>
        <translation>se pidió una impresora: no se ha impreso (no hay nadie que responda)</translation>
    </message>
    <message>
        <source>asked where to write a PDF: not written (nobody to answer)</source>
        <translation>se pidió dónde escribir un PDF: no se ha escrito (no hay nadie que responda)</translation>
    </message>
    <message>
        <source>{title}: not written (nobody to answer)</source>
        <translation>{title}: no se ha escrito (no hay nadie que responda)</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>A drawing holds at most {count} areas: not painted.</source>
        <translation>Un dibujo admite como máximo {count} áreas: no se ha pintado.</translation>
    </message>
    <message>
        <source>Nothing painted: the stroke lies outside the body outline.</source>
        <translation>No se ha pintado nada: el trazo queda fuera del contorno corporal.</translation>
    </message>
    <message>
        <source>The drawing is too detailed to keep: not painted.</source>
        <translation>El dibujo es demasiado detallado para guardarlo: no se ha pintado.</translation>
    </message>
    <message>
        <source>Paint ({area})</source>
        <translation>Pintar ({area})</translation>
    </message>
    <message>
        <source>Draw polygon ({area})</source>
        <translation>Dibujar polígono ({area})</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Intensity: a whole number from 0 to 10. Not recorded.</source>
        <translation>Intensidad: un número entero de 0 a 10. No registrada.</translation>
    </message>
    <message>
        <source>Join into {area}</source>
        <translation>Unir en {area}</translation>
    </message>
    <message>
        <source>Set area to {area}</source>
        <translation>Cambiar área a {area}</translation>
    </message>
    <message>
        <source>Delete painted area</source>
        <translation>Eliminar área pintada</translation>
    </message>
    <message>
        <source>this session is open read-only</source>
        <translation>esta sesión está abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>this record is signed: add an amendment instead (File → Amend…)</source>
        <translation>este registro está firmado: añada una enmienda en su lugar (Archivo → Enmendar…)</translation>
    </message>
    <message>
        <source>this record was changed after it was signed</source>
        <translation>este registro se modificó después de firmarse</translation>
    </message>
    <message>
        <source>Outside the body outline: no point added.</source>
        <translation>Fuera del contorno corporal: no se ha añadido ningún punto.</translation>
    </message>
    <message>
        <source>Add point {number}</source>
        <translation>Añadir punto {number}</translation>
    </message>
    <message>
        <source>A point lies outside the body outline: no point added.</source>
        <translation>Un punto queda fuera del contorno corporal: no se ha añadido ningún punto.</translation>
    </message>
    <message>
        <source>That point is in this session already: no point added.</source>
        <translation>Ese punto ya está en esta sesión: no se ha añadido ningún punto.</translation>
    </message>
    <message>
        <source>Add {count} points</source>
        <translation>Añadir {count} puntos</translation>
    </message>
    <message>
        <source>Move point {number}</source>
        <translation>Mover punto {number}</translation>
    </message>
    <message>
        <source>Move {points}</source>
        <translation>Mover {points}</translation>
    </message>
    <message>
        <source>Delete point {number}</source>
        <translation>Eliminar punto {number}</translation>
    </message>
    <message>
        <source>Delete {count} points</source>
        <translation>Eliminar {count} puntos</translation>
    </message>
    <message>
        <source>{what}: a point&apos;s identity or place is not edited here.</source>
        <translation>{what}: aquí no se edita la identidad ni la posición de un punto.</translation>
    </message>
    <message>
        <source>{what} of {points}</source>
        <translation>{what} ({points})</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios no guardados</translation>
    </message>
    <message>
        <source>{step}: not done, {reason}.</source>
        <translation>{step}: no realizado, {reason}.</translation>
    </message>
    <message>
        <source>A session holds at most {count} points: no point added.</source>
        <translation>Una sesión admite como máximo {count} puntos: no se ha añadido ningún punto.</translation>
    </message>
    <message>
        <source>Point {number} cannot leave the body outline: not moved.</source>
        <translation>El punto {number} no puede salir del contorno corporal: no se ha movido.</translation>
    </message>
    <message numerus="yes">
        <source>points {numbers}</source>
        <translation>
            <numerusform>punto {numbers}</numerusform>
            <numerusform>puntos {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {problem}. Not recorded.</source>
        <translation>{what}: {problem}. No registrado.</translation>
    </message>
</context>
<context>
    <name>doses</name>
    <message>
        <source>{per_kg}, at most {cap} mg</source>
        <translation>{per_kg}, máximo {cap} mg</translation>
    </message>
    <message>
        <source>{kg} kg lean body weight (BMI {bmi})</source>
        <translation>{kg} kg de peso magro (IMC {bmi})</translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {count} local anaesthetics ({agents}). Enter it as a mixture, each agent with its concentration in the syringe, so that each dose is checked.</source>
        <translation>
            <numerusform>Dosis no comprobada: «{name}» en el punto {numbers} menciona {count} anestésicos locales ({agents}). Introdúzcalo como mezcla, cada fármaco con su concentración en la jeringa, para que se compruebe cada dosis.</numerusform>
            <numerusform>Dosis no comprobada: «{name}» en los puntos {numbers} menciona {count} anestésicos locales ({agents}). Introdúzcalo como mezcla, cada fármaco con su concentración en la jeringa, para que se compruebe cada dosis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: &quot;{name}&quot; at points {numbers} names {agent}, a local anaesthetic with no maximum dose for infiltration in bodymap&apos;s table. Check the dose against its label.</source>
        <translation>
            <numerusform>Dosis no comprobada: «{name}» en el punto {numbers} menciona {agent}, un anestésico local sin dosis máxima para infiltración en la tabla de bodymap. Compruebe la dosis con su etiqueta.</numerusform>
            <numerusform>Dosis no comprobada: «{name}» en los puntos {numbers} menciona {agent}, un anestésico local sin dosis máxima para infiltración en la tabla de bodymap. Compruebe la dosis con su etiqueta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} is a mixture or a name the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dosis no comprobada: {names} en el punto {numbers} es una mezcla o un nombre que la aplicación no reconoce. Compruebe la dosis con su etiqueta, elija el fármaco por su nombre o introduzca la mezcla fármaco a fármaco.</numerusform>
            <numerusform>Dosis no comprobada: {names} en los puntos {numbers} es una mezcla o un nombre que la aplicación no reconoce. Compruebe la dosis con su etiqueta, elija el fármaco por su nombre o introduzca la mezcla fármaco a fármaco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose not checked: {names} at points {numbers} are mixtures or names the app does not recognise. Check the dose against its label, choose the agent by name, or enter a mixture agent by agent.</source>
        <translation>
            <numerusform>Dosis no comprobada: {names} en el punto {numbers} son mezclas o nombres que la aplicación no reconoce. Compruebe la dosis con su etiqueta, elija el fármaco por su nombre o introduzca cada mezcla fármaco a fármaco.</numerusform>
            <numerusform>Dosis no comprobada: {names} en los puntos {numbers} son mezclas o nombres que la aplicación no reconoce. Compruebe la dosis con su etiqueta, elija el fármaco por su nombre o introduzca cada mezcla fármaco a fármaco.</numerusform>
        </translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg for {weight} ({rule}).</source>
        <translation>{agent}: el total de {mg} mg ({ml} mL) supera el máximo de {maximum} mg para {weight} ({rule}).</translation>
    </message>
    <message>
        <source>{agent} total {mg} mg ({ml} mL) exceeds the maximum of {maximum} mg whatever the weight ({rule}). The weight is not recorded.</source>
        <translation>{agent}: el total de {mg} mg ({ml} mL) supera el máximo de {maximum} mg, sea cual sea el peso ({rule}). El peso no está registrado.</translation>
    </message>
    <message>
        <source>Patient weight is not recorded, so the maximum safe dose of local anaesthetic ({agents}) is checked only against the absolute caps. Enter the weight in kilograms.</source>
        <translation>El peso del paciente no está registrado, por lo que la dosis máxima segura de anestésico local ({agents}) solo se comprueba frente a los topes absolutos. Introduzca el peso en kilogramos.</translation>
    </message>
    <message numerus="yes">
        <source>{agent}: concentration missing at points {numbers}, so that dose is not checked. Record the concentration.</source>
        <translation>
            <numerusform>{agent}: falta la concentración en el punto {numbers}, por lo que esa dosis no se comprueba. Registre la concentración.</numerusform>
            <numerusform>{agent}: falta la concentración en los puntos {numbers}, por lo que esa dosis no se comprueba. Registre la concentración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation>Los anestésicos locales juntos alcanzan el {percent}% de la dosis máxima ({parts}): su toxicidad se suma, por lo que el total debe quedar por debajo del 100%.</translation>
    </message>
    <message>
        <source>Local anaesthetics together reach {percent}% of the maximum dose whatever the weight ({parts}): their toxicity adds up, so the sum must stay under 100%.</source>
        <translation>Los anestésicos locales juntos alcanzan el {percent}% de la dosis máxima, sea cual sea el peso ({parts}): su toxicidad se suma, por lo que el total debe quedar por debajo del 100%.</translation>
    </message>
    <message>
        <source>{mg} mg for {weight}</source>
        <translation>{mg} mg para {weight}</translation>
    </message>
    <message>
        <source>weight not recorded; at most {mg} mg whatever the weight</source>
        <translation>peso no registrado; máximo {mg} mg, sea cual sea el peso</translation>
    </message>
    <message>
        <source>weight not recorded</source>
        <translation>peso no registrado</translation>
    </message>
    <message>
        <source>no weight-based maximum</source>
        <translation>sin máximo según el peso</translation>
    </message>
    <message>
        <source>{maximum}, with epinephrine</source>
        <translation>{maximum}, con adrenalina</translation>
    </message>
    <message>
        <source>{maximum}, plain</source>
        <translation>{maximum}, sin adrenalina</translation>
    </message>
    <message>
        <source>; each injection counts against its own maximum</source>
        <translation>; cada infiltración se computa respecto de su propio máximo</translation>
    </message>
    <message>
        <source>, lowered by 20% in pregnancy</source>
        <translation>, reducido un 20% en el embarazo</translation>
    </message>
    <message>
        <source>Weight not recorded: maxima are the absolute caps, whatever the weight; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation>Peso no registrado: los máximos son los topes absolutos, sea cual sea el peso; cada infiltración se computa respecto de su propio máximo (sin adrenalina o con adrenalina), y cada fármaco de una mezcla respecto del suyo</translation>
    </message>
    <message>
        <source>Maxima for {weight}; each injection counts against its own maximum (plain or with epinephrine), every agent of a mixture against its own</source>
        <translation>Máximos para {weight}; cada infiltración se computa respecto de su propio máximo (sin adrenalina o con adrenalina), y cada fármaco de una mezcla respecto del suyo</translation>
    </message>
    <message>
        <source>; lowered by 20% in pregnancy</source>
        <translation>; reducidos un 20% en el embarazo</translation>
    </message>
    <message>
        <source>concentration missing</source>
        <translation>falta la concentración</translation>
    </message>
    <message>
        <source>dose not checked</source>
        <translation>dosis no comprobada</translation>
    </message>
</context>
<context>
    <name>editing</name>
    <message>
        <source>Point {number} added: {where}</source>
        <translation>Punto {number} añadido: {where}</translation>
    </message>
    <message>
        <source>Point {number} added: {where}; needle length left blank (at most {limit} mm advised here): record the needle used</source>
        <translation>Punto {number} añadido: {where}; longitud de la aguja en blanco (aquí se recomienda un máximo de {limit} mm): registre la aguja utilizada</translation>
    </message>
    <message>
        <source>Point {number} added: {where}; needle {length} mm instead of {before} mm (at most {limit} mm advised here)</source>
        <translation>Punto {number} añadido: {where}; aguja de {length} mm en lugar de {before} mm (aquí se recomienda un máximo de {limit} mm)</translation>
    </message>
    <message>
        <source>Point {number} deleted; the points after it are renumbered.</source>
        <translation>Punto {number} eliminado; los puntos posteriores se vuelven a numerar.</translation>
    </message>
    <message>
        <source>{count} points deleted; the remaining points are renumbered.</source>
        <translation>{count} puntos eliminados; los puntos restantes se vuelven a numerar.</translation>
    </message>
    <message>
        <source>Point {number} moved: {where}</source>
        <translation>Punto {number} movido: {where}</translation>
    </message>
    <message>
        <source>Points {numbers} moved.</source>
        <translation>Puntos {numbers} movidos.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the printed record could not be made ({problem})</source>
        <translation>no se pudo generar el registro impreso ({problem})</translation>
    </message>
    <message>
        <source>no session file could be read: nothing was written</source>
        <translation>no se pudo leer ningún archivo de sesión: no se ha escrito nada</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not exported: {problem}</source>
        <translation>no exportado: {problem}</translation>
    </message>
    <message>
        <source>the same session as {file}, exported once</source>
        <translation>la misma sesión que {file}, exportada una vez</translation>
    </message>
    <message>
        <source>another version of the session in {file}: neither exported</source>
        <translation>otra versión de la sesión en {file}: no se exporta ninguna</translation>
    </message>
    <message>
        <source>{file}: this is a folder; name the file to write</source>
        <translation>{file}: es una carpeta; indique el nombre del archivo que se debe escribir</translation>
    </message>
    <message>
        <source>{file}: this is one of the session files being exported; choose another output file</source>
        <translation>{file}: es uno de los archivos de sesión que se están exportando; elija otro archivo de salida</translation>
    </message>
    <message>
        <source>{file}: an export is not a session file; choose a name that does not end in {suffix}</source>
        <translation>{file}: una exportación no es un archivo de sesión; elija un nombre que no termine en {suffix}</translation>
    </message>
    <message>
        <source>{file}: the name is a link to a file that does not exist</source>
        <translation>{file}: el nombre es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>{file}: this is not a regular file (a device or a pipe?): not replaced</source>
        <translation>{file}: no es un archivo normal (¿un dispositivo o una tubería?): no se sustituye</translation>
    </message>
    <message>
        <source>{file}: this file holds something other than an earlier export: it is not replaced; choose another name</source>
        <translation>{file}: este archivo contiene algo distinto de una exportación anterior: no se sustituye; elija otro nombre</translation>
    </message>
    <message>
        <source>the patient identifier system must be a URI such as urn:oid:1.2.3 or https://clinic.example/patients</source>
        <translation>el sistema de identificadores de paciente debe ser una URI, como urn:oid:1.2.3 o https://clinic.example/patients</translation>
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
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>&amp;FHIR Bundle…</source>
        <translation>Paquete &amp;FHIR…</translation>
    </message>
    <message>
        <source>&amp;CSV of Points…</source>
        <translation>&amp;CSV de puntos…</translation>
    </message>
    <message>
        <source>CSV of Points, &amp;De-identified…</source>
        <translation>CSV de puntos, &amp;anonimizado…</translation>
    </message>
    <message>
        <source>Export FHIR Bundle</source>
        <translation>Exportar paquete FHIR</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR bundle not written</source>
        <translation>Paquete FHIR no escrito</translation>
    </message>
    <message>
        <source>FHIR bundle written to {file}</source>
        <translation>Paquete FHIR escrito en {file}</translation>
    </message>
    <message>
        <source>Export De-identified CSV</source>
        <translation>Exportar CSV anonimizado</translation>
    </message>
    <message>
        <source>Export CSV of Points</source>
        <translation>Exportar CSV de puntos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV not written</source>
        <translation>CSV no escrito</translation>
    </message>
    <message numerus="yes">
        <source>%n points written to {file}</source>
        <translation>
            <numerusform>%n punto escrito en {file}</numerusform>
            <numerusform>%n puntos escritos en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>aftercare given</source>
        <translation>cuidados posteriores explicados</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>fármaco</translation>
    </message>
    <message>
        <source>agent other</source>
        <translation>otro fármaco</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>allergy local anaesthetic</source>
        <translation>alergia a anestésicos locales</translation>
    </message>
    <message>
        <source>anticoagulation</source>
        <translation>anticoagulación</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>complication notes</source>
        <translation>notas de complicaciones</translation>
    </message>
    <message>
        <source>concentration percent</source>
        <translation>concentración (%)</translation>
    </message>
    <message>
        <source>consent obtained</source>
        <translation>consentimiento obtenido</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>fibromialgia</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>height cm</source>
        <translation>talla cm</translation>
    </message>
    <message>
        <source>history</source>
        <translation>anamnesis</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>immediate response</source>
        <translation>respuesta inmediata</translation>
    </message>
    <message>
        <source>indication</source>
        <translation>indicación</translation>
    </message>
    <message>
        <source>infection at site</source>
        <translation>infección en la zona</translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation>signo del salto</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>needle diameter mm</source>
        <translation>diámetro de la aguja mm</translation>
    </message>
    <message>
        <source>needle gauge</source>
        <translation>calibre de la aguja</translation>
    </message>
    <message>
        <source>needle length mm</source>
        <translation>longitud de la aguja mm</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>dolor después</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>dolor antes</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>referral area</source>
        <translation>zona de dolor referido</translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation>dolor referido</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>skin prep</source>
        <translation>antisepsia de la piel</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>taut band</source>
        <translation>banda tensa</translation>
    </message>
    <message>
        <source>timeout done</source>
        <translation>pausa de seguridad realizada</translation>
    </message>
    <message>
        <source>twitch</source>
        <translation>respuesta de espasmo local</translation>
    </message>
    <message>
        <source>ultrasound guidance</source>
        <translation>guía ecográfica</translation>
    </message>
    <message>
        <source>vapocoolant</source>
        <translation>espray de frío</translation>
    </message>
    <message>
        <source>volume ml</source>
        <translation>volumen ml</translation>
    </message>
    <message>
        <source>weight kg</source>
        <translation>peso kg</translation>
    </message>
    <message>
        <source>with epinephrine</source>
        <translation>con adrenalina</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>prone</source>
        <translation>decúbito prono</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sedestación</translation>
    </message>
    <message>
        <source>side lying</source>
        <translation>decúbito lateral</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <source>chlorhexidine</source>
        <translation>clorhexidina</translation>
    </message>
    <message>
        <source>povidone iodine</source>
        <translation>povidona yodada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>palpable</source>
        <translation>palpable</translation>
    </message>
    <message>
        <source>lidocaine</source>
        <translation>lidocaína</translation>
    </message>
    <message>
        <source>bupivacaine</source>
        <translation>bupivacaína</translation>
    </message>
    <message>
        <source>ropivacaine</source>
        <translation>ropivacaína</translation>
    </message>
    <message>
        <source>saline</source>
        <translation>suero fisiológico</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{text} does not exist on the calendar</source>
        <translation>{text} no existe en el calendario</translation>
    </message>
    <message>
        <source>{text} is before {date}</source>
        <translation>{text} es anterior a {date}</translation>
    </message>
    <message>
        <source>{text} is after {date}</source>
        <translation>{text} es posterior a {date}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write it as HH:MM (24-hour)</source>
        <translation>«{text}» no es una hora; escríbala como HH:MM (24 horas)</translation>
    </message>
    <message>
        <source>{text} is not a time of day</source>
        <translation>{text} no es una hora del día válida</translation>
    </message>
    <message>
        <source>{field}: {problem}. Not recorded.</source>
        <translation>{field}: {problem}. No registrado.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
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
        <translation> (la carpeta no permite un archivo de bloqueo: no se avisa a otros usuarios)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message>
        <source>{user} on {host} since {since}</source>
        <translation>{user} en {host} desde {since}</translation>
    </message>
    <message>
        <source> (lock taken over)</source>
        <translation> (se ha tomado el control del bloqueo)</translation>
    </message>
    <message>
        <source>“{file}” was not taken over: it is now open by {holder}.</source>
        <translation>No se ha podido tomar el control de «{file}»: ahora lo tiene abierto {holder}.</translation>
    </message>
    <message>
        <source>the lock cannot be written</source>
        <translation>no se puede escribir el bloqueo</translation>
    </message>
    <message>
        <source>“{file}” was not taken over: {reason}.</source>
        <translation>No se ha podido tomar el control de «{file}»: {reason}.</translation>
    </message>
    <message>
        <source>Session in use</source>
        <translation>Sesión en uso</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <source>Example session opened (not saved).</source>
        <translation>Sesión de ejemplo abierta (no guardada).</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} read-only{note}</source>
        <translation>{file}: solo lectura{note}</translation>
    </message>
    <message>
        <source>{file} opened{note}</source>
        <translation>{file} abierto{note}</translation>
    </message>
    <message>
        <source>Typed input is not recorded:
{fields}

Correct it or clear it, then save.</source>
        <translation>Lo escrito no está registrado:
{fields}

Corríjalo o bórrelo y guarde después.</translation>
    </message>
    <message>
        <source>Nothing to save: {file} is as saved.</source>
        <translation>Nada que guardar: {file} está tal como se guardó.</translation>
    </message>
    <message>
        <source>“{file}” is in use: open by {holder}.</source>
        <translation>«{file}» está en uso: lo tiene abierto {holder}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The session was NOT saved.

{problem}</source>
        <translation>La sesión NO se ha guardado.

{problem}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se ha guardado {file}</translation>
    </message>
    <message>
        <source>The session was NOT saved.

{file} holds a signed record, which is never replaced by another session. Choose another name with Save As.</source>
        <translation>La sesión NO se ha guardado.

{file} contiene un registro firmado, que nunca se sustituye por otra sesión. Elija otro nombre con Guardar como.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>bodymap saves each session as a file in a clinic folder, one folder per patient. The Patients window finds earlier visits there.

Use a new folder in your documents, or a folder the clinic already uses (for example on a network drive shared by several workstations).</source>
        <translation>bodymap guarda cada sesión como un archivo en una carpeta del centro, con una carpeta por paciente. La ventana Pacientes encuentra ahí las visitas anteriores.

Use una carpeta nueva en sus documentos o una carpeta que el centro ya utilice (por ejemplo, en una unidad de red compartida por varios puestos de trabajo).</translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation>Carpeta del centro</translation>
    </message>
    <message>
        <source>The clinic folder “{folder}” cannot be found. If it is on a network drive, connect the drive and check again; or choose another folder.</source>
        <translation>No se encuentra la carpeta del centro «{folder}». Si está en una unidad de red, conecte la unidad y vuelva a comprobarlo, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Check again: {folder}</source>
        <translation>Volver a comprobar: {folder}</translation>
    </message>
    <message>
        <source>A new folder in my documents: {folder}</source>
        <translation>Una carpeta nueva en mis documentos: {folder}</translation>
    </message>
    <message>
        <source>A folder the clinic already uses:</source>
        <translation>Una carpeta que el centro ya utiliza:</translation>
    </message>
    <message>
        <source>e.g. a folder on the clinic&apos;s network drive</source>
        <translation>p. ej., una carpeta en la unidad de red del centro</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Use This Folder</source>
        <translation>Usar esta carpeta</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Type or choose the clinic&apos;s folder, or use the default.</source>
        <translation>Escriba o elija la carpeta del centro, o use la predeterminada.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>the clinic index could not be read ({reason})</source>
        <translation>no se pudo leer el índice del centro ({reason})</translation>
    </message>
    <message>
        <source>the clinic index could not be used ({reason})</source>
        <translation>no se pudo usar el índice del centro ({reason})</translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation>la carpeta del centro no existe</translation>
    </message>
    <message>
        <source>{number}th</source>
        <comment>the ordinal number of a visit</comment>
        <translation>{number}.ª</translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, not treated before (last examined {date})</source>
        <translation>recurrente: {ordinal} visita, no tratado antes (última exploración {date})</translation>
    </message>
    <message>
        <source>recurring: {ordinal} visit, last treated {date} with {treatment}</source>
        <translation>recurrente: {ordinal} visita, último tratamiento el {date} con {treatment}</translation>
    </message>
    <message>
        <source>unexpected error ({kind})</source>
        <translation>error inesperado ({kind})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
</context>
<context>
    <name>injection_form</name>
    <message>
        <source>Agent</source>
        <translation>Fármaco</translation>
    </message>
    <message>
        <source>Name of the other agent, e.g. mepivacaine</source>
        <translation>Nombre del otro fármaco, p. ej., mepivacaína</translation>
    </message>
    <message>
        <source>Other agent</source>
        <translation>Otro fármaco</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>&amp;Concentration</source>
        <translation>Concen&amp;tración</translation>
    </message>
    <message>
        <source>With epinephrine (adrenaline)</source>
        <translation>Con adrenalina (epinefrina)</translation>
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
        <translation>Calibre de la aguja</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longitud de la aguja</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>&amp;Fármaco</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <source>Needle ga&amp;uge</source>
        <translation>Cali&amp;bre</translation>
    </message>
    <message>
        <source>Needle &amp;length</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <source>Set strength</source>
        <translation>Cambiar concentración</translation>
    </message>
    <message>
        <source>Set epinephrine</source>
        <translation>Cambiar adrenalina</translation>
    </message>
    <message>
        <source>Set volume</source>
        <translation>Cambiar volumen</translation>
    </message>
    <message>
        <source>Set needle</source>
        <translation>Cambiar aguja</translation>
    </message>
    <message>
        <source>Type the name of the other agent; it is recorded once named.</source>
        <translation>Escriba el nombre del otro fármaco; no se registra hasta que se indique su nombre.</translation>
    </message>
    <message>
        <source>Set agent</source>
        <translation>Cambiar fármaco</translation>
    </message>
    <message>
        <source>&amp;Concentration
in syringe</source>
        <translation>Concen&amp;tración
en la jeringa</translation>
    </message>
    <message>
        <source>The concentration of the first agent in the syringe, after mixing.</source>
        <translation>La concentración del primer fármaco en la jeringa, tras la mezcla.</translation>
    </message>
    <message>
        <source>Strength {percent}</source>
        <translation>Concentración {percent}</translation>
    </message>
</context>
<context>
    <name>landmarks</name>
    <message>
        <source>Mastoid process</source>
        <translation>Apófisis mastoides</translation>
    </message>
    <message>
        <source>Superior angle of the scapula</source>
        <translation>Ángulo superior de la escápula</translation>
    </message>
    <message>
        <source>Root of the scapular spine</source>
        <translation>Raíz de la espina de la escápula</translation>
    </message>
    <message>
        <source>Midpoint of the scapular spine</source>
        <translation>Punto medio de la espina de la escápula</translation>
    </message>
    <message>
        <source>Midpoint of the lateral scapular border</source>
        <translation>Punto medio del borde lateral de la escápula</translation>
    </message>
    <message>
        <source>Inferior angle of the scapula</source>
        <translation>Ángulo inferior de la escápula</translation>
    </message>
    <message>
        <source>Posterior acromial angle</source>
        <translation>Ángulo acromial posterior</translation>
    </message>
    <message>
        <source>Humeral head</source>
        <translation>Cabeza humeral</translation>
    </message>
    <message>
        <source>Deltoid tuberosity</source>
        <translation>Tuberosidad deltoidea</translation>
    </message>
    <message>
        <source>Posterior axillary fold</source>
        <translation>Pliegue axilar posterior</translation>
    </message>
    <message>
        <source>Midpoint of the medial scapular border</source>
        <translation>Punto medio del borde medial de la escápula</translation>
    </message>
    <message>
        <source>External occipital protuberance</source>
        <translation>Protuberancia occipital externa</translation>
    </message>
    <message>
        <source>{vertebra} spinous process</source>
        <translation>Apófisis espinosa de {vertebra}</translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s left</source>
        <translation>{landmark}, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>{landmark}, patient&apos;s right</source>
        <translation>{landmark}, lado derecho del paciente</translation>
    </message>
    <message>
        <source>Go to Landmark</source>
        <translation>Ir a referencia ósea</translation>
    </message>
    <message>
        <source>Find a landmark</source>
        <translation>Buscar una referencia ósea</translation>
    </message>
    <message>
        <source>e.g. inferior angle left, T4, acromion</source>
        <translation>p. ej., ángulo inferior izquierdo, T4, acromion</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Referencias óseas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>location</name>
    <message>
        <source>the mastoid process</source>
        <translation>de la apófisis mastoides</translation>
    </message>
    <message>
        <source>at the mastoid process</source>
        <translation>en la apófisis mastoides</translation>
    </message>
    <message>
        <source>the superior angle of the scapula</source>
        <translation>del ángulo superior de la escápula</translation>
    </message>
    <message>
        <source>at the superior angle of the scapula</source>
        <translation>en el ángulo superior de la escápula</translation>
    </message>
    <message>
        <source>the root of the scapular spine</source>
        <translation>de la raíz de la espina de la escápula</translation>
    </message>
    <message>
        <source>at the root of the scapular spine</source>
        <translation>en la raíz de la espina de la escápula</translation>
    </message>
    <message>
        <source>the midpoint of the scapular spine</source>
        <translation>del punto medio de la espina de la escápula</translation>
    </message>
    <message>
        <source>at the midpoint of the scapular spine</source>
        <translation>en el punto medio de la espina de la escápula</translation>
    </message>
    <message>
        <source>the midpoint of the lateral scapular border</source>
        <translation>del punto medio del borde lateral de la escápula</translation>
    </message>
    <message>
        <source>at the midpoint of the lateral scapular border</source>
        <translation>en el punto medio del borde lateral de la escápula</translation>
    </message>
    <message>
        <source>the inferior angle of the scapula</source>
        <translation>del ángulo inferior de la escápula</translation>
    </message>
    <message>
        <source>at the inferior angle of the scapula</source>
        <translation>en el ángulo inferior de la escápula</translation>
    </message>
    <message>
        <source>the posterior acromial angle</source>
        <translation>del ángulo acromial posterior</translation>
    </message>
    <message>
        <source>at the posterior acromial angle</source>
        <translation>en el ángulo acromial posterior</translation>
    </message>
    <message>
        <source>the humeral head</source>
        <translation>de la cabeza humeral</translation>
    </message>
    <message>
        <source>at the humeral head</source>
        <translation>en la cabeza humeral</translation>
    </message>
    <message>
        <source>the deltoid tuberosity</source>
        <translation>de la tuberosidad deltoidea</translation>
    </message>
    <message>
        <source>at the deltoid tuberosity</source>
        <translation>en la tuberosidad deltoidea</translation>
    </message>
    <message>
        <source>the posterior axillary fold</source>
        <translation>del pliegue axilar posterior</translation>
    </message>
    <message>
        <source>at the posterior axillary fold</source>
        <translation>en el pliegue axilar posterior</translation>
    </message>
    <message>
        <source>the midpoint of the medial scapular border</source>
        <translation>del punto medio del borde medial de la escápula</translation>
    </message>
    <message>
        <source>at the midpoint of the medial scapular border</source>
        <translation>en el punto medio del borde medial de la escápula</translation>
    </message>
    <message>
        <source>the external occipital protuberance</source>
        <translation>de la protuberancia occipital externa</translation>
    </message>
    <message>
        <source>at the external occipital protuberance</source>
        <translation>en la protuberancia occipital externa</translation>
    </message>
    <message>
        <source>left</source>
        <comment>the patient&apos;s side</comment>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <comment>the patient&apos;s side</comment>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>outside the body</source>
        <translation>fuera del cuerpo</translation>
    </message>
    <message numerus="yes">
        <source>next to the {muscles}</source>
        <translation>
            <numerusform>músculo adyacente: {muscles}</numerusform>
            <numerusform>músculos adyacentes: {muscles}</numerusform>
        </translation>
    </message>
    <message>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>no muscle identified</source>
        <translation>sin músculo identificado</translation>
    </message>
    <message>
        <source>midline, {muscle}</source>
        <translation>línea media, {muscle}</translation>
    </message>
    <message>
        <source>left {muscle}</source>
        <translation>{muscle} del lado izquierdo</translation>
    </message>
    <message>
        <source>right {muscle}</source>
        <translation>{muscle} del lado derecho</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>{distance} lateral to its root</source>
        <translation>{distance} lateral a su raíz</translation>
    </message>
    <message>
        <source>{distance} superior to {vertebra} spinous process</source>
        <translation>{distance} superior a la apófisis espinosa de {vertebra}</translation>
    </message>
    <message>
        <source>{distance} inferior to {vertebra} spinous process</source>
        <translation>{distance} inferior a la apófisis espinosa de {vertebra}</translation>
    </message>
    <message>
        <source>{distance} lateral to {vertebra} spinous process</source>
        <translation>{distance} lateral a la apófisis espinosa de {vertebra}</translation>
    </message>
    <message>
        <source>on the line C7–acromion</source>
        <translation>sobre la línea C7–acromion</translation>
    </message>
    <message>
        <source>{distance} superior to the line C7–acromion</source>
        <translation>{distance} superior a la línea C7–acromion</translation>
    </message>
    <message>
        <source>{distance} inferior to the line C7–acromion</source>
        <translation>{distance} inferior a la línea C7–acromion</translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} lateral to {landmark}</source>
        <translation>{vertical} inferior y {across} lateral respecto {landmark}</translation>
    </message>
    <message>
        <source>{vertical} inferior and {across} medial to {landmark}</source>
        <translation>{vertical} inferior y {across} medial respecto {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior and {across} lateral to {landmark}</source>
        <translation>{vertical} superior y {across} lateral respecto {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior and {across} medial to {landmark}</source>
        <translation>{vertical} superior y {across} medial respecto {landmark}</translation>
    </message>
    <message>
        <source>{vertical} inferior to {landmark}</source>
        <translation>{vertical} inferior respecto {landmark}</translation>
    </message>
    <message>
        <source>{vertical} superior to {landmark}</source>
        <translation>{vertical} superior respecto {landmark}</translation>
    </message>
    <message>
        <source>{across} lateral to {landmark}</source>
        <translation>{across} lateral respecto {landmark}</translation>
    </message>
    <message>
        <source>{across} medial to {landmark}</source>
        <translation>{across} medial respecto {landmark}</translation>
    </message>
    <message>
        <source>at the level of {landmark}</source>
        <translation>a la altura {landmark}</translation>
    </message>
    <message>
        <source>at the level of {vertebra}</source>
        <translation>a la altura de {vertebra}</translation>
    </message>
    <message>
        <source>in the midline</source>
        <translation>en la línea media</translation>
    </message>
    <message>
        <source>{distance} lateral to the midline</source>
        <translation>{distance} lateral a la línea media</translation>
    </message>
    <message>
        <source>over the back of the skull</source>
        <translation>sobre la parte posterior del cráneo</translation>
    </message>
    <message>
        <source>over the superior nuchal line</source>
        <translation>sobre la línea nucal superior</translation>
    </message>
    <message>
        <source>over the external occipital protuberance</source>
        <translation>sobre la protuberancia occipital externa</translation>
    </message>
    <message>
        <source>over the scapula</source>
        <translation>sobre la escápula</translation>
    </message>
    <message>
        <source>over the scapular spine</source>
        <translation>sobre la espina de la escápula</translation>
    </message>
    <message>
        <source>over the posterior acromial angle</source>
        <translation>sobre el ángulo acromial posterior</translation>
    </message>
    <message>
        <source>over the acromion</source>
        <translation>sobre el acromion</translation>
    </message>
    <message>
        <source>over the root of the scapular spine</source>
        <translation>sobre la raíz de la espina de la escápula</translation>
    </message>
    <message>
        <source>over the ear</source>
        <translation>sobre la oreja</translation>
    </message>
    <message>
        <source>over the lateral head of triceps</source>
        <translation>sobre la cabeza lateral del tríceps</translation>
    </message>
    <message>
        <source>over the {vertebra} spinous process</source>
        <translation>sobre la apófisis espinosa de {vertebra}</translation>
    </message>
    <message>
        <source>over the {part}</source>
        <translation>sobre {part}</translation>
    </message>
    <message>
        <source>midline {muscle}</source>
        <translation>{muscle} de la línea media</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Pa&amp;tients</source>
        <translation>Pa&amp;cientes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Show &amp;Deep Muscles</source>
        <translation>Mostrar músculos &amp;profundos</translation>
    </message>
    <message>
        <source>Draw the muscles under trapezius, latissimus and deltoid (always used to identify)</source>
        <translation>Dibuja los músculos situados bajo el trapecio, el dorsal ancho y el deltoides (siempre se usan para la identificación)</translation>
    </message>
    <message>
        <source>Dra&amp;w Pain</source>
        <translation>Di&amp;bujar dolor</translation>
    </message>
    <message>
        <source>Shade where it hurts: brush, polygon or eraser (clicks then mark no points)</source>
        <translation>Sombree donde duele: pincel, polígono o borrador (mientras tanto, los clics no marcan puntos)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Under the cursor</source>
        <translation>Bajo el cursor</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
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
        <translation>Mueve la cruceta 1 mm, o los puntos seleccionados</translation>
    </message>
    <message>
        <source>Move the crosshair 5 mm, or the selected points</source>
        <translation>Mueve la cruceta 5 mm, o los puntos seleccionados</translation>
    </message>
    <message>
        <source>Place a point at the crosshair (while drawing pain: paint there); on a selected point, go to its details</source>
        <translation>Coloca un punto en la cruceta (al dibujar el dolor: pinta allí); sobre un punto seleccionado, va a sus detalles</translation>
    </message>
    <message>
        <source>Select the next point; after the last one, go on to its details</source>
        <translation>Selecciona el punto siguiente; después del último, pasa a sus detalles</translation>
    </message>
    <message>
        <source>Select the previous point; before the first one, back to the crosshair</source>
        <translation>Selecciona el punto anterior; antes del primero, vuelve a la cruceta</translation>
    </message>
    <message>
        <source>Clear the selection: the arrow keys move the crosshair again</source>
        <translation>Anula la selección: las teclas de flecha vuelven a mover la cruceta</translation>
    </message>
    <message>
        <source>The selected point&apos;s menu (its commands also have keys of their own)</source>
        <translation>El menú del punto seleccionado (sus comandos también tienen sus propias teclas)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete Point</source>
        <translation>&amp;Eliminar punto</translation>
    </message>
    <message>
        <source>Delete the selected points; the points after them are renumbered</source>
        <translation>Elimina los puntos seleccionados; los puntos posteriores se vuelven a numerar</translation>
    </message>
    <message>
        <source>&amp;Point Details</source>
        <translation>Detalles del &amp;punto</translation>
    </message>
    <message>
        <source>Go to the selected point&apos;s muscle, findings and treatment</source>
        <translation>Va al músculo, los hallazgos y el tratamiento del punto seleccionado</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start Ne&amp;xt Visit</source>
        <translation>Iniciar siguien&amp;te visita</translation>
    </message>
    <message>
        <source>A new session for this patient, with this visit&apos;s points offered on the map</source>
        <translation>Una sesión nueva para este paciente, con los puntos de esta visita propuestos en el mapa</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign the saved record: it becomes read-only, amendments only</source>
        <translation>Firma el registro guardado: pasa a ser de solo lectura y solo admite enmiendas</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Enmendar…</translation>
    </message>
    <message>
        <source>Add a signed amendment to the signed record</source>
        <translation>Añade una enmienda firmada al registro firmado</translation>
    </message>
    <message>
        <source>Propert&amp;ies</source>
        <translation>Propie&amp;dades</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Export Ar&amp;chival PDF (PDF/A-1b)…</source>
        <translation>Exportar PDF de arc&amp;hivo (PDF/A-1b)…</translation>
    </message>
    <message>
        <source>A PDF/A-1b file for long-term keeping: fonts embedded, no transparency</source>
        <translation>Un archivo PDF/A-1b para conservación a largo plazo: fuentes incrustadas, sin transparencias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>No hay sesiones recientes</translation>
    </message>
    <message>
        <source>Select &amp;All Points</source>
        <translation>Seleccionar &amp;todos los puntos</translation>
    </message>
    <message>
        <source>&amp;Go to Landmark…</source>
        <translation>&amp;Ir a referencia ósea…</translation>
    </message>
    <message>
        <source>Put the map&apos;s crosshair on a bony landmark</source>
        <translation>Coloca la cruceta del mapa sobre una referencia ósea</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de deshacer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Colour &amp;Key</source>
        <translation>Leyenda de &amp;colores</translation>
    </message>
    <message>
        <source>What the marker colours, badges and rings mean</source>
        <translation>Qué significan los colores, distintivos y anillos de los marcadores</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto co&amp;ntraste</translation>
    </message>
    <message>
        <source>Thicker outlines and larger numbers on the map</source>
        <translation>Contornos más gruesos y números más grandes en el mapa</translation>
    </message>
    <message>
        <source>&amp;Switch Between Map and Details</source>
        <translation>Alternar entre &amp;mapa y detalles</translation>
    </message>
    <message>
        <source>&amp;Patients and Earlier Visits…</source>
        <translation>&amp;Pacientes y visitas anteriores…</translation>
    </message>
    <message>
        <source>&amp;Accept All Previous-Visit Points</source>
        <translation>&amp;Aceptar todos los puntos de la visita anterior</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;Example Session</source>
        <translation>Abrir sesión de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;About bodymap</source>
        <translation>&amp;Acerca de bodymap</translation>
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
        <translation>Introduzca cada concentración tal como queda en la jeringa. Mezclados 1:1, cada uno queda a la mitad: lidocaína 1% y bupivacaína 0,25% quedan en 0,5% + 0,125%. Mezclados 1:3, el primero queda a una cuarta parte y el segundo a tres cuartas partes.</translation>
    </message>
    <message>
        <source>Agent {number} of the mixture</source>
        <translation>Fármaco {number} de la mezcla</translation>
    </message>
    <message>
        <source>Name of the agent, e.g. mepivacaine</source>
        <translation>Nombre del fármaco, p. ej., mepivacaína</translation>
    </message>
    <message>
        <source>Name of agent {number}</source>
        <translation>Nombre del fármaco {number}</translation>
    </message>
    <message>
        <source>Strength of agent {number} in the syringe</source>
        <translation>Concentración del fármaco {number} en la jeringa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove agent {number} from the mixture</source>
        <translation>Quitar el fármaco {number} de la mezcla</translation>
    </message>
    <message>
        <source>Type the name of the agent; it is recorded once named.</source>
        <translation>Escriba el nombre del fármaco; no se registra hasta que se indique su nombre.</translation>
    </message>
    <message>
        <source>Set mixed agent</source>
        <translation>Cambiar fármaco de la mezcla</translation>
    </message>
    <message>
        <source>Set mixed strength</source>
        <translation>Cambiar concentración de la mezcla</translation>
    </message>
    <message>
        <source>Add an agent to the syringe</source>
        <translation>Añadir un fármaco a la jeringa</translation>
    </message>
    <message>
        <source>Add an agent to the mixture</source>
        <translation>Añadir un fármaco a la mezcla</translation>
    </message>
    <message>
        <source>A syringe mixes at most {count} agents.</source>
        <translation>Una jeringa admite como máximo {count} fármacos mezclados.</translation>
    </message>
    <message>
        <source>Add a further local anaesthetic drawn into the same syringe.</source>
        <translation>Añade otro anestésico local cargado en la misma jeringa.</translation>
    </message>
    <message>
        <source>Remove an agent from the mixture</source>
        <translation>Quitar un fármaco de la mezcla</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>saline is not mixed in as an agent: the concentrations say it</source>
        <translation>el suero fisiológico no se añade a la mezcla como fármaco: ya lo indican las concentraciones</translation>
    </message>
    <message>
        <source>a mixed agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation>un fármaco «otro» de una mezcla necesita el nombre del fármaco</translation>
    </message>
    <message>
        <source>an injection with agent &apos;other&apos; needs the agent&apos;s name</source>
        <translation>una infiltración con el fármaco «otro» necesita el nombre del fármaco</translation>
    </message>
    <message>
        <source>a mixture names its local anaesthetics, not saline, first</source>
        <translation>una mezcla nombra primero sus anestésicos locales, no el suero fisiológico</translation>
    </message>
    <message>
        <source>an agent is listed twice in one mixture</source>
        <translation>un fármaco aparece dos veces en la misma mezcla</translation>
    </message>
    <message>
        <source>a complication is listed twice</source>
        <translation>una complicación aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;none&apos; cannot be combined with a complication</source>
        <translation>«ninguna» no se puede combinar con una complicación</translation>
    </message>
    <message>
        <source>two points share the same id</source>
        <translation>dos puntos comparten el mismo identificador</translation>
    </message>
    <message>
        <source>two points share the same number</source>
        <translation>dos puntos comparten el mismo número</translation>
    </message>
    <message>
        <source>two pain areas share the same id</source>
        <translation>dos áreas de dolor comparten el mismo identificador</translation>
    </message>
    <message>
        <source>two pain areas share the same quality and intensity</source>
        <translation>dos áreas de dolor comparten la misma cualidad e intensidad</translation>
    </message>
    <message>
        <source>a corrected value is not a finite number</source>
        <translation>un valor corregido no es un número finito</translation>
    </message>
    <message>
        <source>a corrected number is too large to be kept exactly</source>
        <translation>un número corregido es demasiado grande para guardarse con exactitud</translation>
    </message>
    <message>
        <source>a corrected text holds a character that is not valid</source>
        <translation>un texto corregido contiene un carácter no válido</translation>
    </message>
    <message>
        <source>contains a line break or tab ({code}), which this field does not accept</source>
        <translation>contiene un salto de línea o una tabulación ({code}), que este campo no admite</translation>
    </message>
    <message>
        <source>contains a control character ({code}), which this field does not accept</source>
        <translation>contiene un carácter de control ({code}), que este campo no admite</translation>
    </message>
</context>
<context>
    <name>muscles</name>
    <message>
        <source>Upper trapezius</source>
        <translation>Trapecio (porción superior)</translation>
    </message>
    <message>
        <source>Middle trapezius</source>
        <translation>Trapecio (porción media)</translation>
    </message>
    <message>
        <source>Lower trapezius</source>
        <translation>Trapecio (porción inferior)</translation>
    </message>
    <message>
        <source>Levator scapulae</source>
        <translation>Elevador de la escápula</translation>
    </message>
    <message>
        <source>Rhomboid minor</source>
        <translation>Romboides menor</translation>
    </message>
    <message>
        <source>Rhomboid major</source>
        <translation>Romboides mayor</translation>
    </message>
    <message>
        <source>Serratus posterior superior</source>
        <translation>Serrato posterior superior</translation>
    </message>
    <message>
        <source>Supraspinatus</source>
        <translation>Supraespinoso</translation>
    </message>
    <message>
        <source>Infraspinatus</source>
        <translation>Infraespinoso</translation>
    </message>
    <message>
        <source>Teres minor</source>
        <translation>Redondo menor</translation>
    </message>
    <message>
        <source>Teres major</source>
        <translation>Redondo mayor</translation>
    </message>
    <message>
        <source>Latissimus dorsi</source>
        <translation>Dorsal ancho</translation>
    </message>
    <message>
        <source>Posterior deltoid</source>
        <translation>Deltoides (porción posterior)</translation>
    </message>
    <message>
        <source>Splenius capitis</source>
        <translation>Esplenio de la cabeza</translation>
    </message>
    <message>
        <source>Splenius cervicis</source>
        <translation>Esplenio del cuello</translation>
    </message>
    <message>
        <source>Semispinalis capitis</source>
        <translation>Semiespinoso de la cabeza</translation>
    </message>
    <message>
        <source>Suboccipital group</source>
        <translation>Grupo suboccipital</translation>
    </message>
    <message>
        <source>Thoracic paraspinals</source>
        <translation>Paravertebrales torácicos</translation>
    </message>
    <message>
        <source>Thoracic multifidi/rotatores</source>
        <translation>Multífidos/rotadores torácicos</translation>
    </message>
    <message>
        <source>Middle deltoid</source>
        <translation>Deltoides (porción media)</translation>
    </message>
    <message>
        <source>Sternocleidomastoid</source>
        <translation>Esternocleidomastoideo</translation>
    </message>
    <message>
        <source>Long head of triceps</source>
        <translation>Cabeza larga del tríceps</translation>
    </message>
    <message>
        <source>Triceps, long head</source>
        <translation>Tríceps, cabeza larga</translation>
    </message>
    <message>
        <source>Multifocal / unspecified</source>
        <translation>Multifocal / no especificado</translation>
    </message>
    <message>
        <source>upper trapezius</source>
        <translation>trapecio (porción superior)</translation>
    </message>
    <message>
        <source>middle trapezius</source>
        <translation>trapecio (porción media)</translation>
    </message>
    <message>
        <source>lower trapezius</source>
        <translation>trapecio (porción inferior)</translation>
    </message>
    <message>
        <source>levator scapulae</source>
        <translation>elevador de la escápula</translation>
    </message>
    <message>
        <source>rhomboid minor</source>
        <translation>romboides menor</translation>
    </message>
    <message>
        <source>rhomboid major</source>
        <translation>romboides mayor</translation>
    </message>
    <message>
        <source>serratus posterior superior</source>
        <translation>serrato posterior superior</translation>
    </message>
    <message>
        <source>supraspinatus</source>
        <translation>supraespinoso</translation>
    </message>
    <message>
        <source>infraspinatus</source>
        <translation>infraespinoso</translation>
    </message>
    <message>
        <source>teres minor</source>
        <translation>redondo menor</translation>
    </message>
    <message>
        <source>teres major</source>
        <translation>redondo mayor</translation>
    </message>
    <message>
        <source>latissimus dorsi</source>
        <translation>dorsal ancho</translation>
    </message>
    <message>
        <source>posterior deltoid</source>
        <translation>deltoides (porción posterior)</translation>
    </message>
    <message>
        <source>splenius capitis</source>
        <translation>esplenio de la cabeza</translation>
    </message>
    <message>
        <source>splenius cervicis</source>
        <translation>esplenio del cuello</translation>
    </message>
    <message>
        <source>semispinalis capitis</source>
        <translation>semiespinoso de la cabeza</translation>
    </message>
    <message>
        <source>suboccipital group</source>
        <translation>grupo suboccipital</translation>
    </message>
    <message>
        <source>thoracic paraspinals</source>
        <translation>paravertebrales torácicos</translation>
    </message>
    <message>
        <source>thoracic multifidi/rotatores</source>
        <translation>multífidos/rotadores torácicos</translation>
    </message>
    <message>
        <source>middle deltoid</source>
        <translation>deltoides (porción media)</translation>
    </message>
    <message>
        <source>sternocleidomastoid</source>
        <translation>esternocleidomastoideo</translation>
    </message>
    <message>
        <source>long head of triceps</source>
        <translation>cabeza larga del tríceps</translation>
    </message>
    <message>
        <source>triceps, long head</source>
        <translation>tríceps, cabeza larga</translation>
    </message>
    <message>
        <source>multifocal / unspecified</source>
        <translation>multifocal / no especificado</translation>
    </message>
    <message>
        <source>trapezius</source>
        <translation>trapecio</translation>
    </message>
    <message>
        <source>deltoid</source>
        <translation>deltoides</translation>
    </message>
    <message>
        <source>thoracic paraspinals (erector spinae)</source>
        <translation>paravertebrales torácicos (erector de la columna)</translation>
    </message>
    <message>
        <source>thoracic multifidi</source>
        <translation>multífidos torácicos</translation>
    </message>
    <message>
        <source>triceps brachii</source>
        <translation>tríceps braquial</translation>
    </message>
</context>
<context>
    <name>needle_advice</name>
    <message>
        <source>No needling caution at this position.</source>
        <translation>No hay precauciones de punción en esta posición.</translation>
    </message>
    <message>
        <source>Here ({zone}): {advice}.</source>
        <translation>Aquí ({zone}): {advice}.</translation>
    </message>
    <message>
        <source>{title}. {technique} No published depth limit.</source>
        <translation>{title}. {technique} Sin límite de profundidad publicado.</translation>
    </message>
    <message>
        <source>Point {number}: the {length} mm needle is longer than advised {zone} ({advice}).</source>
        <translation>Punto {number}: la aguja de {length} mm es más larga de lo recomendado {zone} ({advice}).</translation>
    </message>
</context>
<context>
    <name>needling</name>
    <message numerus="yes">
        <source>Needling over both lungs in one session (points {numbers}): bilateral pneumothorax has been reported, and a dry-needling safety guideline advises avoiding needling both sides of the thorax in one session. Consider treating one side per session.</source>
        <translation>
            <numerusform>Punción sobre ambos pulmones en una misma sesión (punto {numbers}): se han descrito neumotórax bilaterales, y una guía de seguridad de punción seca aconseja evitar puncionar ambos lados del tórax en una misma sesión. Considere tratar un lado por sesión.</numerusform>
            <numerusform>Punción sobre ambos pulmones en una misma sesión (puntos {numbers}): se han descrito neumotórax bilaterales, y una guía de seguridad de punción seca aconseja evitar puncionar ambos lados del tórax en una misma sesión. Considere tratar un lado por sesión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>next_visit</name>
    <message>
        <source>Patient details confirmed for this visit.</source>
        <translation>Datos del paciente confirmados para esta visita.</translation>
    </message>
    <message>
        <source>Sessions are saved in the clinic folder {folder}</source>
        <translation>Las sesiones se guardan en la carpeta del centro {folder}</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Start Next Visit continues a patient&apos;s session: enter the patient&apos;s name or identifier, or open their last visit (Patients).</source>
        <translation>«Iniciar siguiente visita» continúa la sesión de un paciente: introduzca el nombre o el identificador del paciente, o abra su última visita (Pacientes).</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>Nothing saved to start the next visit from.</source>
        <translation>No hay ninguna sesión guardada a partir de la cual iniciar la siguiente visita.</translation>
    </message>
    <message numerus="yes">
        <source>Next visit started: %n points of {date} offered on the map (click one, or Patients → Accept All Previous-Visit Points).</source>
        <translation>
            <numerusform>Siguiente visita iniciada: %n punto de la visita del {date} propuesto en el mapa (haga clic en él, o Pacientes → Aceptar todos los puntos de la visita anterior).</numerusform>
            <numerusform>Siguiente visita iniciada: %n puntos de la visita del {date} propuestos en el mapa (haga clic en uno, o Pacientes → Aceptar todos los puntos de la visita anterior).</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier points are offered on the map.</source>
        <translation>No hay puntos anteriores propuestos en el mapa.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n previous points</source>
        <translation>
            <numerusform>Aceptar %n punto anterior</numerusform>
            <numerusform>Aceptar %n puntos anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier points accepted.</source>
        <translation>
            <numerusform>%n punto anterior aceptado.</numerusform>
            <numerusform>%n puntos anteriores aceptados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others matched by a point of this visit (the same trigger point).</source>
        <translation>
            <numerusform>%n punto más ya coincide con un punto de esta visita (el mismo punto gatillo).</numerusform>
            <numerusform>%n puntos más ya coinciden con puntos de esta visita (el mismo punto gatillo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n others left offered: within {tolerance} mm of another point (click it to add it anyway).</source>
        <translation>
            <numerusform>%n punto más sigue propuesto: está a no más de {tolerance} mm de otro punto (haga clic en él para añadirlo de todos modos).</numerusform>
            <numerusform>%n puntos más siguen propuestos: están a no más de {tolerance} mm de otro punto (haga clic en uno para añadirlo de todos modos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>overlay</name>
    <message>
        <source>{tooltip}
Matched by point {number} of this visit (same muscle and side within {tolerance} mm): not offered again.</source>
        <translation>{tooltip}
Coincide con el punto {number} de esta visita (mismo músculo y lado, a no más de {tolerance} mm): no se vuelve a proponer.</translation>
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
        <translation>Sordo</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Urente</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Parestesia</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>sordo</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>urente</translation>
    </message>
    <message>
        <source>numbness or tingling</source>
        <translation>parestesia</translation>
    </message>
    <message>
        <source>{quality}, intensity {intensity}/10</source>
        <translation>{quality}, intensidad {intensity}/10</translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit ({date}) {previous}</source>
        <translation>Área pintada {current}; en la última visita ({date}) {previous}</translation>
    </message>
    <message>
        <source>Painted area {current}; at the last visit {previous}</source>
        <translation>Área pintada {current}; en la última visita {previous}</translation>
    </message>
    <message>
        <source>{area}: unchanged.</source>
        <translation>{area}: sin cambios.</translation>
    </message>
    <message>
        <source>{area}: {difference} smaller ({percent}%).</source>
        <translation>{area}: {difference} menos ({percent}%).</translation>
    </message>
    <message>
        <source>{area}: {difference} larger ({percent}%).</source>
        <translation>{area}: {difference} más ({percent}%).</translation>
    </message>
    <message>
        <source>{area}: {difference} smaller.</source>
        <translation>{area}: {difference} menos.</translation>
    </message>
    <message>
        <source>{area}: {difference} larger.</source>
        <translation>{area}: {difference} más.</translation>
    </message>
</context>
<context>
    <name>pain_chart</name>
    <message>
        <source>Pain scores over visits</source>
        <translation>Puntuaciones de dolor por visita</translation>
    </message>
    <message>
        <source>No pain scores recorded</source>
        <translation>No hay puntuaciones de dolor registradas</translation>
    </message>
    <message>
        <source>bars: painted area, max {area} cm²</source>
        <translation>barras: área pintada, máx. {area} cm²</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>esta visita</translation>
    </message>
    <message>
        <source>pain before</source>
        <translation>dolor antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{when}: {before} → {after} ({treatment})</source>
        <translation>{when}: {before} → {after} ({treatment})</translation>
    </message>
    <message>
        <source>{scores}; painted area {area} cm²</source>
        <translation>{scores}; área pintada {area} cm²</translation>
    </message>
</context>
<context>
    <name>pain_panel</name>
    <message>
        <source>Brush and eraser: hold the left button and paint. Polygon: click each corner, then the first corner again or double-click to close; a right click drops it. Each stroke is one undo step.</source>
        <translation>Pincel y borrador: mantenga pulsado el botón izquierdo y pinte. Polígono: haga clic en cada vértice y, para cerrarlo, de nuevo en el primero o doble clic; un clic derecho lo descarta. Cada trazo es un paso de deshacer.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Tipo de dolor</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Painted areas</source>
        <translation>Áreas pintadas</translation>
    </message>
    <message>
        <source>Give Area the Pen&apos;s Quality and Intensity</source>
        <translation>Aplicar tipo e intensidad</translation>
    </message>
    <message>
        <source>Delete Area</source>
        <translation>Eliminar área</translation>
    </message>
    <message>
        <source>Painted area</source>
        <translation>Área pintada</translation>
    </message>
    <message>
        <source>Change since the last visit</source>
        <translation>Cambio desde la última visita</translation>
    </message>
    <message>
        <source>{width} mm wide</source>
        <translation>{width} mm de ancho</translation>
    </message>
    <message>
        <source>{area}: {size}</source>
        <translation>{area}: {size}</translation>
    </message>
    <message>
        <source>Nothing painted yet.</source>
        <translation>Aún no se ha pintado nada.</translation>
    </message>
    <message>
        <source>{region} {area}</source>
        <translation>{region} {area}</translation>
    </message>
    <message>
        <source>Painted: {total} in all; {regions}.</source>
        <translation>Pintado: {total} en total; {regions}.</translation>
    </message>
</context>
<context>
    <name>patient_check</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>weight {weight}</source>
        <translation>peso {weight}</translation>
    </message>
    <message>
        <source>allergies: {allergies}</source>
        <translation>alergias: {allergies}</translation>
    </message>
    <message>
        <source>allergic to local anaesthetics: {answer}</source>
        <translation>alergia a anestésicos locales: {answer}</translation>
    </message>
    <message>
        <source>anticoagulated: {answer}</source>
        <translation>anticoagulación: {answer}</translation>
    </message>
    <message>
        <source>pregnant: {answer}</source>
        <translation>embarazo: {answer}</translation>
    </message>
    <message>
        <source>Patient details to confirm</source>
        <translation>Datos del paciente por confirmar</translation>
    </message>
    <message>
        <source>Review in Patient Tab</source>
        <translation>Revisar en la pestaña Paciente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>The values above hold for today&apos;s visit</source>
        <translation>Los valores anteriores son válidos para la visita de hoy</translation>
    </message>
    <message>
        <source>Carried over from the visit of {date}: confirm for today
{values}</source>
        <translation>Datos de la visita del {date}: confírmelos para hoy
{values}</translation>
    </message>
</context>
<context>
    <name>patient_panel</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Refuses every injection that holds a local anaesthetic of either class (amide or ester): the injected agent, every agent mixed into the same syringe, any agent named in a typed name, and any name ending in -caine. Dry needling and normal saline stay possible. An allergies field that names a local anaesthetic refuses its class even when this is not ticked.</source>
        <translation>Rechaza toda infiltración que contenga un anestésico local de cualquiera de los dos tipos (amida o éster): el fármaco infiltrado, cualquier fármaco mezclado en la misma jeringa, cualquier fármaco mencionado en un nombre escrito y cualquier nombre terminado en -caína o -caine. La punción seca y el suero fisiológico siguen siendo posibles. Si el campo de alergias menciona un anestésico local, se rechaza su tipo aunque esta casilla no esté marcada.</translation>
    </message>
    <message>
        <source>MRN or clinic number</source>
        <translation>N.º de historia clínica o del centro</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>kilogramos</translation>
    </message>
    <message>
        <source>kg, e.g. 72.5</source>
        <translation>kg, p. ej., 72,5</translation>
    </message>
    <message>
        <source>Needed to check the maximum local anaesthetic dose.</source>
        <translation>Necesario para comprobar la dosis máxima de anestésico local.</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centímetros</translation>
    </message>
    <message>
        <source>cm, optional</source>
        <translation>cm, opcional</translation>
    </message>
    <message>
        <source>With the weight it gives the BMI: needle advice for an underweight patient, and lean body weight for the dose maximum from BMI 30.</source>
        <translation>Junto con el peso da el IMC: recomendación de aguja para un paciente con bajo peso y peso magro para la dosis máxima a partir de IMC 30.</translation>
    </message>
    <message>
        <source>Body mass index and dosing weight</source>
        <translation>Índice de masa corporal y peso para la dosis</translation>
    </message>
    <message>
        <source>Allergies (drugs, latex, adhesives, antiseptics)</source>
        <translation>Alergias (fármacos, látex, adhesivos, antisépticos)</translation>
    </message>
    <message>
        <source>Allergy written as text</source>
        <translation>Alergia escrita como texto</translation>
    </message>
    <message>
        <source>Tick the local anaesthetic allergy box</source>
        <translation>Marcar «Alergia a anestésicos locales»</translation>
    </message>
    <message>
        <source>Fibromyalgia</source>
        <translation>Fibromialgia</translation>
    </message>
    <message>
        <source>Anticoagulated</source>
        <translation>Anticoagulación</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>A relative contraindication; local anaesthetic maxima are lowered by 20%.</source>
        <translation>Contraindicación relativa; los máximos de anestésico local se reducen un 20%.</translation>
    </message>
    <message>
        <source>Relevant history, prior conservative care</source>
        <translation>Antecedentes relevantes, tratamiento conservador previo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Set the encounter date to today</source>
        <translation>Poner la fecha de hoy como fecha de la consulta</translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Indication: symptoms, baseline pain, prior care</source>
        <translation>Indicación: síntomas, dolor basal, tratamiento previo</translation>
    </message>
    <message>
        <source>Diagnoses (ICD-10-CM)</source>
        <translation>Diagnósticos (ICD-10-CM)</translation>
    </message>
    <message>
        <source>Tick the diagnoses; ★ marks codes suggested from the points.</source>
        <translation>Marque los diagnósticos; ★ señala los códigos sugeridos a partir de los puntos.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>&amp;MRN / ID</source>
        <translation>N.º de &amp;historia / ID</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>Weight (&amp;kg)</source>
        <translation>Peso (&amp;kg)</translation>
    </message>
    <message>
        <source>Hei&amp;ght (cm)</source>
        <translation>&amp;Talla (cm)</translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation>Aler&amp;gias</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Anamne&amp;sis</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>Profesiona&amp;l</translation>
    </message>
    <message>
        <source>Cl&amp;inic</source>
        <translation>Centr&amp;o</translation>
    </message>
    <message>
        <source>Indicati&amp;on</source>
        <translation>I&amp;ndicación</translation>
    </message>
    <message>
        <source>Diagno&amp;ses (ICD-10-CM; ★ suggested from the points)</source>
        <translation>Diagnósticos (ICD-10-CM; ★ sugeridos según la locali&amp;zación de los puntos)</translation>
    </message>
    <message>
        <source>BMI: enter weight and height.</source>
        <translation>IMC: introduzca el peso y la talla.</translation>
    </message>
    <message>
        <source>BMI {bmi}; doses checked for {weight}</source>
        <translation>IMC {bmi}; dosis comprobadas para {weight}</translation>
    </message>
    <message>
        <source>BMI {bmi}; underweight: shorter needles are advised</source>
        <translation>IMC {bmi}; bajo peso: se recomiendan agujas más cortas</translation>
    </message>
    <message>
        <source>BMI {bmi}</source>
        <translation>IMC {bmi}</translation>
    </message>
    <message>
        <source>(from the session file)</source>
        <translation>(del archivo de sesión)</translation>
    </message>
    <message>
        <source>Suggested: {reason}</source>
        <translation>Sugerido: {reason}</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>injection</source>
        <translation>infiltración</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>punción seca</translation>
    </message>
    <message>
        <source>{date} (created)</source>
        <translation>{date} (creación)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Search by name or identifier</source>
        <translation>Buscar por nombre o identificador</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Búsqueda de pacientes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>On map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Start &amp;Next Visit</source>
        <translation>Iniciar siguien&amp;te visita</translation>
    </message>
    <message>
        <source>A new session for this patient, with this visit&apos;s points offered on the map</source>
        <translation>Una sesión nueva para este paciente, con los puntos de esta visita propuestos en el mapa</translation>
    </message>
    <message>
        <source>Overlay on &amp;map</source>
        <translation>Superponer en el &amp;mapa</translation>
    </message>
    <message>
        <source>&amp;Rescan folder</source>
        <translation>&amp;Volver a leer la carpeta</translation>
    </message>
    <message>
        <source>&amp;Set Up Clinic Folder…</source>
        <translation>&amp;Configurar carpeta del centro…</translation>
    </message>
    <message>
        <source>Reading the clinic folder</source>
        <translation>Leyendo la carpeta del centro</translation>
    </message>
    <message>
        <source>Reading the clinic folder…</source>
        <translation>Leyendo la carpeta del centro…</translation>
    </message>
    <message>
        <source>No clinic folder is set up yet. Set Up Clinic Folder… chooses one (or creates one in your Documents); the sessions saved in it are found here.</source>
        <translation>Todavía no hay ninguna carpeta del centro configurada. «Configurar carpeta del centro…» elige una (o crea una en sus Documentos); las sesiones guardadas en ella aparecen aquí.</translation>
    </message>
    <message>
        <source>Reading the clinic folder: {done} of {total} files…</source>
        <translation>Leyendo la carpeta del centro: {done} de {total} archivos…</translation>
    </message>
    <message>
        <source>The clinic folder could not be indexed on this workstation (its cache folder cannot be written). Rescan to try again.</source>
        <translation>No se pudo indexar la carpeta del centro en este equipo (no se puede escribir en su carpeta de caché). Pulse «Volver a leer la carpeta» para intentarlo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>{sessions} in {folder}</source>
        <translation>{sessions} en {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read</source>
        <translation>
            <numerusform>no se pudo leer %n archivo</numerusform>
            <numerusform>no se pudieron leer %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} — {problems}</source>
        <translation>{status} — {problems}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{sessions}, last {date}</source>
        <translation>{sessions}, la última el {date}</translation>
    </message>
    <message>
        <source>More than {limit} patients: type more of the name.</source>
        <translation>Más de {limit} pacientes: escriba más letras del nombre.</translation>
    </message>
    <message>
        <source>Remove from &amp;map</source>
        <translation>Quitar del &amp;mapa</translation>
    </message>
</context>
<context>
    <name>point_panel</name>
    <message>
        <source>superficial</source>
        <translation>superficial</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <source>deep</source>
        <translation>profundo</translation>
    </message>
    <message>
        <source>left</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>No point selected</source>
        <translation>Ningún punto seleccionado</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Muscle of this point. The muscles under the point come first (superficial to deep); choosing one by hand keeps it when the point is moved.</source>
        <translation>Músculo de este punto. Los músculos situados bajo el punto aparecen primero (de superficial a profundo); si elige uno manualmente, se conserva al mover el punto.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Muscle check</source>
        <translation>Comprobación del músculo</translation>
    </message>
    <message>
        <source>Corrected by an amendment</source>
        <translation>Corregido por una enmienda</translation>
    </message>
    <message>
        <source>Warnings at this point</source>
        <translation>Advertencias en este punto</translation>
    </message>
    <message>
        <source>Notes on this point</source>
        <translation>Notas sobre este punto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Muscle</source>
        <translation>&amp;Músculo</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Lado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>No point selected. Click on the body to mark a point.</source>
        <translation>Ningún punto seleccionado. Haga clic en el cuerpo para marcar un punto.</translation>
    </message>
    <message>
        <source>Point {title}</source>
        <translation>Punto {title}</translation>
    </message>
    <message>
        <source>Check the muscle: {mismatch}.</source>
        <translation>Compruebe el músculo: {mismatch}.</translation>
    </message>
    <message>
        <source>{mg} mg for {weight}</source>
        <translation>{mg} mg para {weight}</translation>
    </message>
    <message>
        <source>{mg} mg whatever the weight</source>
        <translation>{mg} mg, sea cual sea el peso</translation>
    </message>
    <message>
        <source>The weight is not recorded.</source>
        <translation>El peso no está registrado.</translation>
    </message>
    <message>
        <source>{agent} over the maximum: the {mg} mg at this point exceed {limit} ({rule}).</source>
        <translation>{agent} por encima del máximo: los {mg} mg de este punto superan los {limit} ({rule}).</translation>
    </message>
    <message>
        <source>{agent} over the maximum: this point gives {mg} mg of the session&apos;s {total} mg (points {points}), and that total exceeds {limit} ({rule}). Lower the dose at any of these points.</source>
        <translation>{agent} por encima del máximo: este punto aporta {mg} mg de los {total} mg de la sesión (puntos {points}), y ese total supera los {limit} ({rule}). Reduzca la dosis en cualquiera de estos puntos.</translation>
    </message>
    <message>
        <source>{muscle} ({layer}, {side})</source>
        <translation>{muscle} ({layer}, {side})</translation>
    </message>
    <message>
        <source>Set muscle</source>
        <translation>Cambiar músculo</translation>
    </message>
    <message>
        <source>Set side</source>
        <translation>Cambiar lado</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
</context>
<context>
    <name>point_visits</name>
    <message>
        <source>pain {before} → {after}</source>
        <translation>dolor {before} → {after}</translation>
    </message>
    <message>
        <source>{date}, point {number}: {details}</source>
        <translation>{date}, punto {number}: {details}</translation>
    </message>
    <message>
        <source>Earlier visits of this point</source>
        <translation>Visitas anteriores de este punto</translation>
    </message>
    <message>
        <source>First visit for this point.</source>
        <translation>Primera visita para este punto.</translation>
    </message>
    <message>
        <source>Earlier visits (their findings, not today&apos;s):</source>
        <translation>Visitas anteriores (sus hallazgos, no los de hoy):</translation>
    </message>
</context>
<context>
    <name>points_presenter</name>
    <message>
        <source>Check the muscle: {mismatch}</source>
        <translation>Compruebe el músculo: {mismatch}</translation>
    </message>
    <message>
        <source>Caution: {title}</source>
        <translation>Precaución: {title}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Choose a full folder path.</source>
        <translation>Elija una ruta de carpeta completa.</translation>
    </message>
    <message>
        <source>“{folder}” is a file, not a folder.</source>
        <translation>«{folder}» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is still not there. If it is on a network drive, connect the drive first; or choose another folder.</source>
        <translation>La carpeta «{folder}» sigue sin estar disponible. Si está en una unidad de red, conecte primero la unidad, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist: choose a folder inside one that does.</source>
        <translation>La carpeta «{folder}» no existe: elija una carpeta dentro de otra que sí exista.</translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be created ({reason}).</source>
        <translation>No se pudo crear la carpeta «{folder}» ({reason}).</translation>
    </message>
    <message>
        <source>bodymap may not save in “{folder}”: choose a folder you can write in.</source>
        <translation>bodymap no tiene permiso para guardar en «{folder}»: elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clinic folder</source>
        <translation>Carpeta del centro</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>e.g. Pain clinic, City Hospital</source>
        <translation>p. ej., Unidad del Dolor, Hospital Municipal</translation>
    </message>
    <message>
        <source>Patient identifier system (FHIR)</source>
        <translation>Sistema de identificadores de paciente (FHIR)</translation>
    </message>
    <message>
        <source>e.g. urn:oid:1.2.3 (for FHIR exports; may stay empty)</source>
        <translation>p. ej. urn:oid:1.2.3 (para exportaciones FHIR; puede quedar vacío)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>A new language is used from the next start of bodymap.</source>
        <translation>El nuevo idioma se aplicará a partir del próximo inicio de bodymap.</translation>
    </message>
    <message>
        <source>Clinic &amp;folder:</source>
        <translation>&amp;Carpeta del centro:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre del centro:</translation>
    </message>
    <message>
        <source>Patient &amp;identifiers:</source>
        <translation>&amp;Identificadores de paciente:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
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
        <translation>Visitas anteriores no mostradas en el registro: {problem}</translation>
    </message>
    <message>
        <source>Record sent to the printer.</source>
        <translation>Registro enviado a la impresora.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Record printed to {file}.</source>
        <translation>Registro impreso en {file}.</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF no escrito</translation>
    </message>
    <message>
        <source>Archival PDF/A-1b record written to {file}.</source>
        <translation>Registro PDF/A-1b para archivo escrito en {file}.</translation>
    </message>
    <message>
        <source>Record written to {file}.</source>
        <translation>Registro escrito en {file}.</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <source>The procedure end time ({end}) is before its start time ({start}). Correct the times.</source>
        <translation>La hora de fin del procedimiento ({end}) es anterior a la de inicio ({start}). Corrija las horas.</translation>
    </message>
    <message>
        <source>The procedure took {minutes} minutes, more than {limit}. Check the start and end times.</source>
        <translation>El procedimiento duró {minutes} minutos, más de {limit}. Compruebe las horas de inicio y fin.</translation>
    </message>
    <message>
        <source>Infection is recorded at a needle site: never needle through infected skin. Choose another site or postpone the treatment.</source>
        <translation>Consta infección en un punto de punción: no puncione nunca a través de piel infectada. Elija otra zona o aplace el tratamiento.</translation>
    </message>
    <message>
        <source>Patient is pregnant, a relative contraindication: local anaesthetic maxima are lowered by 20%. Document the decision to treat.</source>
        <translation>La paciente está embarazada, una contraindicación relativa: los máximos de anestésico local se reducen un 20%. Documente la decisión de tratar.</translation>
    </message>
    <message>
        <source>Patient weighs {kg} kg but the height is not recorded: dose maxima are on total weight and the needle advice assumes an average build. Record the height.</source>
        <translation>El paciente pesa {kg} kg, pero la talla no está registrada: los máximos de dosis se basan en el peso total y la recomendación de aguja supone una complexión media. Registre la talla.</translation>
    </message>
    <message>
        <source>Patient is anticoagulated, a relative contraindication to needling (bleeding). Document the decision to treat.</source>
        <translation>El paciente está anticoagulado, una contraindicación relativa para la punción (sangrado). Documente la decisión de tratar.</translation>
    </message>
    <message numerus="yes">
        <source>Patient is anticoagulated and points {numbers} lie over the spinal canal or vertebral artery, where epidural haematoma has followed needling. Document the decision to treat there.</source>
        <translation>
            <numerusform>El paciente está anticoagulado y el punto {numbers} se sitúa sobre el canal medular o la arteria vertebral, donde se ha descrito hematoma epidural tras la punción. Documente la decisión de tratar ahí.</numerusform>
            <numerusform>El paciente está anticoagulado y los puntos {numbers} se sitúan sobre el canal medular o la arteria vertebral, donde se ha descrito hematoma epidural tras la punción. Documente la decisión de tratar ahí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient is {age} years old: the maximum doses and needle depths bodymap uses are for adults and do not apply. Check each dose and depth for this patient.</source>
        <translation>El paciente tiene {age} años: las dosis máximas y las profundidades de aguja que usa bodymap son para adultos y no son aplicables. Compruebe cada dosis y profundidad para este paciente.</translation>
    </message>
    <message>
        <source>Patient is {age} years old: older patients are at higher risk of local anaesthetic toxicity, and a dose 10-20% below the maximum is advised.</source>
        <translation>El paciente tiene {age} años: los pacientes de edad avanzada tienen mayor riesgo de toxicidad por anestésicos locales, y se aconseja una dosis un 10-20% inferior al máximo.</translation>
    </message>
</context>
<context>
    <name>procedure_panel</name>
    <message>
        <source>Prone</source>
        <translation>Decúbito prono</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sedestación</translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation>Decúbito lateral</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Clorhexidina</translation>
    </message>
    <message>
        <source>Povidone-iodine</source>
        <translation>Povidona yodada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>Revise antes de guardar</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Consentimiento obtenido</translation>
    </message>
    <message>
        <source>Time-out done</source>
        <translation>Pausa de seguridad realizada</translation>
    </message>
    <message>
        <source>Just before needling: identity, procedure, site and side, allergies, anticoagulants.</source>
        <translation>Justo antes de la punción: identidad, procedimiento, localización y lado, alergias, anticoagulantes.</translation>
    </message>
    <message>
        <source>Consent and time-out warnings</source>
        <translation>Advertencias de consentimiento y pausa de seguridad</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Skin preparation</source>
        <translation>Antisepsia de la piel</translation>
    </message>
    <message>
        <source>Vapocoolant spray (ethyl chloride) used</source>
        <translation>Se usó espray de frío (cloruro de etilo)</translation>
    </message>
    <message>
        <source>Ultrasound guidance</source>
        <translation>Guía ecográfica</translation>
    </message>
    <message>
        <source>Needles placed under ultrasound guidance (CPT 76942).</source>
        <translation>Agujas colocadas con guía ecográfica (CPT 76942).</translation>
    </message>
    <message>
        <source>Infection at or near a needle site</source>
        <translation>Infección en o junto a la punción</translation>
    </message>
    <message>
        <source>A contraindication: never needle through infected skin.</source>
        <translation>Una contraindicación: no puncione nunca a través de piel infectada.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Start time: now</source>
        <translation>Hora de inicio: ahora</translation>
    </message>
    <message>
        <source>End time: now</source>
        <translation>Hora de fin: ahora</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Totals per agent</source>
        <translation>Totales por fármaco</translation>
    </message>
    <message>
        <source>Suggested procedure codes</source>
        <translation>Códigos de procedimiento sugeridos</translation>
    </message>
    <message>
        <source>Immediate response (e.g. pain 6/10 → 2/10, tolerated well)</source>
        <translation>Respuesta inmediata (p. ej., dolor 6/10 → 2/10, bien tolerado)</translation>
    </message>
    <message>
        <source>Complication details</source>
        <translation>Detalles de las complicaciones</translation>
    </message>
    <message>
        <source>Aftercare advice given</source>
        <translation>Cuidados posteriores explicados</translation>
    </message>
    <message>
        <source>Aftercare advice</source>
        <translation>Recomendaciones de cuidados posteriores</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Consent and time-out</source>
        <translation>Consentimiento y pausa de seguridad</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>P&amp;osición</translation>
    </message>
    <message>
        <source>S&amp;kin prep</source>
        <translation>An&amp;tisepsia</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Suggested procedure codes (not applied)</source>
        <translation>Códigos sugeridos (no aplicados)</translation>
    </message>
    <message>
        <source>After the procedure</source>
        <translation>Después del procedimiento</translation>
    </message>
    <message>
        <source>Resp&amp;onse</source>
        <translation>Re&amp;spuesta</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>Se&amp;guimiento</translation>
    </message>
    <message>
        <source>Enter the start and end times.</source>
        <translation>Introduzca las horas de inicio y fin.</translation>
    </message>
    <message>
        <source>End is before start: correct the times</source>
        <translation>El fin es anterior al inicio: corrija las horas</translation>
    </message>
    <message>
        <source>{minutes} min: over {limit} min, check the times</source>
        <translation>{minutes} min: más de {limit} min, compruebe las horas</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>No clinical warnings.</source>
        <translation>No hay advertencias clínicas.</translation>
    </message>
    <message numerus="yes">
        <source>Check before saving: %n warnings to confirm</source>
        <translation>
            <numerusform>Revise antes de guardar: %n advertencia por confirmar</numerusform>
            <numerusform>Revise antes de guardar: %n advertencias por confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>No injections recorded.</source>
        <translation>No se registraron infiltraciones.</translation>
    </message>
    <message>
        <source>{part}: {ml} mL</source>
        <translation>{part}: {ml} mL</translation>
    </message>
    <message>
        <source>Local anaesthetics together: {percent}% of the maximum</source>
        <translation>Anestésicos locales en conjunto: {percent}% del máximo</translation>
    </message>
    <message>
        <source>Local anaesthetics together: {percent}% of the maximum whatever the weight</source>
        <translation>Anestésicos locales en conjunto: {percent}% del máximo, sea cual sea el peso</translation>
    </message>
    <message>
        <source>{agent}: {maximum}</source>
        <translation>{agent}: {maximum}</translation>
    </message>
    <message>
        <source>Published maxima used: {maxima}.</source>
        <translation>Máximos publicados utilizados: {maxima}.</translation>
    </message>
    <message>
        <source>No treated points with a named muscle yet.</source>
        <translation>Aún no hay puntos tratados con un músculo indicado.</translation>
    </message>
    <message>
        <source>{ml} mL = {mg} mg, concentration missing for some</source>
        <translation>{ml} mL = {mg} mg, falta la concentración de algunas infiltraciones</translation>
    </message>
    <message>
        <source>{ml} mL = {mg} mg</source>
        <translation>{ml} mL = {mg} mg</translation>
    </message>
    <message>
        <source>{ml} mL, concentration missing</source>
        <translation>{ml} mL, falta la concentración</translation>
    </message>
    <message>
        <source>{ml} mL</source>
        <translation>{ml} mL</translation>
    </message>
    <message>
        <source>max {limit} ({percent}% of max)</source>
        <translation>máx. {limit} ({percent}% del máx.)</translation>
    </message>
    <message>
        <source>{limit} ({percent}% of that cap)</source>
        <translation>{limit} ({percent}% de ese tope)</translation>
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
        <translation>aún no guardado (se guardará como {format} {version})</translation>
    </message>
    <message>
        <source>{format} (the file cannot be read now)</source>
        <translation>{format} (el archivo no se puede leer ahora)</translation>
    </message>
    <message>
        <source>{format} {version}, read as {current}</source>
        <translation>{format} {version}, leído como {current}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>enmendado</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>Texto: {text}</translation>
    </message>
    <message>
        <source>Corrects {place}: {old} → {new}</source>
        <translation>Corrige {place}: {old} → {new}</translation>
    </message>
    <message>
        <source>Key: {fingerprint}</source>
        <translation>Clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Amends SHA-256: {hash}</source>
        <translation>Enmienda el contenido con SHA-256: {hash}</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún no guardado</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Archivo: {file}</translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation>Formato: {format}</translation>
    </message>
    <message>
        <source>Content SHA-256: {hash}</source>
        <translation>SHA-256 del contenido: {hash}</translation>
    </message>
    <message>
        <source>Signature: none (a draft)</source>
        <translation>Firma: ninguna (borrador)</translation>
    </message>
    <message>
        <source>Signature: {signer}, {meaning}, on {time} (Ed25519)</source>
        <translation>Firma: {signer}, {meaning}, el {time} (Ed25519)</translation>
    </message>
    <message>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Huella digital de la clave: {fingerprint}</translation>
    </message>
    <message>
        <source>Signed content SHA-256: {hash}</source>
        <translation>SHA-256 del contenido firmado: {hash}</translation>
    </message>
    <message>
        <source>Verification: {result}</source>
        <translation>Verificación: {result}</translation>
    </message>
    <message>
        <source>Amendments: {count}</source>
        <translation>Enmiendas: {count}</translation>
    </message>
    <message>
        <source>Amendments: none</source>
        <translation>Enmiendas: ninguna</translation>
    </message>
    <message>
        <source>Audit log: {count}</source>
        <translation>Registro de auditoría: {count}</translation>
    </message>
    <message>
        <source>Audit log: empty</source>
        <translation>Registro de auditoría: vacío</translation>
    </message>
    <message>
        <source>(no clinician)</source>
        <translation>(sin profesional)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>(user {user})</source>
        <translation>(usuario {user})</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Properties of the session file</source>
        <translation>Propiedades del archivo de sesión</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>ranges</name>
    <message>
        <source>at least {low} and at most {high} {unit}</source>
        <translation>como mínimo {low} y como máximo {high} {unit}</translation>
    </message>
    <message>
        <source>more than {low} and at most {high} {unit}</source>
        <translation>más de {low} y como máximo {high} {unit}</translation>
    </message>
    <message>
        <source>at least {low} and less than {high} {unit}</source>
        <translation>como mínimo {low} y menos de {high} {unit}</translation>
    </message>
    <message>
        <source>more than {low} and less than {high} {unit}</source>
        <translation>más de {low} y menos de {high} {unit}</translation>
    </message>
    <message>
        <source>at least {low} {unit}</source>
        <translation>como mínimo {low} {unit}</translation>
    </message>
    <message>
        <source>more than {low} {unit}</source>
        <translation>más de {low} {unit}</translation>
    </message>
    <message>
        <source>at most {high} {unit}</source>
        <translation>como máximo {high} {unit}</translation>
    </message>
    <message>
        <source>less than {high} {unit}</source>
        <translation>menos de {high} {unit}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number of {noun}</source>
        <translation>«{text}» no es un número de {noun}</translation>
    </message>
    <message>
        <source>{value} {unit} is out of range; enter {range}</source>
        <translation>{value} {unit} está fuera del intervalo; introduzca {range}</translation>
    </message>
    <message>
        <source>{field}: {value} {unit} is out of range; enter {range}. Not recorded.</source>
        <translation>{field}: {value} {unit} está fuera del intervalo; introduzca {range}. No registrado.</translation>
    </message>
    <message>
        <source>{field}: whole numbers only; the decimal typed is not recorded.</source>
        <translation>{field}: solo números enteros; el decimal escrito no se registra.</translation>
    </message>
    <message numerus="yes">
        <source>{field}: at most %n decimal places; the digit typed after them is not recorded.</source>
        <translation>
            <numerusform>{field}: como máximo %n decimal; la cifra escrita después no se registra.</numerusform>
            <numerusform>{field}: como máximo %n decimales; la cifra escrita después no se registra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>high-risk zone, suboccipital</source>
        <translation>zona de alto riesgo, suboccipital</translation>
    </message>
    <message>
        <source>high-risk zone, paramedian neck</source>
        <translation>zona de alto riesgo, cuello paramediano</translation>
    </message>
    <message>
        <source>spinal canal, between spinous processes</source>
        <translation>canal medular, entre apófisis espinosas</translation>
    </message>
    <message>
        <source>spinal canal medially, thoracic paraspinal</source>
        <translation>canal medular en posición medial, paravertebrales torácicos</translation>
    </message>
    <message>
        <source>pneumothorax risk, lung apex</source>
        <translation>riesgo de neumotórax, vértice pulmonar</translation>
    </message>
    <message>
        <source>pneumothorax risk, over the thorax</source>
        <translation>riesgo de neumotórax, sobre el tórax</translation>
    </message>
    <message>
        <source>lower pneumothorax risk, over scapula</source>
        <translation>menor riesgo de neumotórax, sobre la escápula</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Impreso: {time}</translation>
    </message>
    <message>
        <source>ALLERGY TO LOCAL ANAESTHETICS</source>
        <translation>ALERGIA A ANESTÉSICOS LOCALES</translation>
    </message>
    <message>
        <source>Painted area {area}: {regions}.</source>
        <translation>Área pintada {area}: {regions}.</translation>
    </message>
    <message>
        <source>No pain drawn at this visit.</source>
        <translation>No se dibujó dolor en esta visita.</translation>
    </message>
    <message>
        <source>Pneumothorax caution at this position</source>
        <translation>Precaución por neumotórax en esta posición</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>of the diagram</comment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Pain drawn: {quality}</source>
        <translation>Dolor dibujado: {quality}</translation>
    </message>
    <message>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor pre → post</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Trigger point procedure record</source>
        <translation>Registro de procedimiento en puntos gatillo</translation>
    </message>
    <message>
        <source>No points marked</source>
        <translation>No hay puntos marcados</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Infiltración</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Solo exploración</translation>
    </message>
    <message>
        <source>DRAFT — not signed</source>
        <translation>BORRADOR — sin firmar</translation>
    </message>
    <message>
        <source>NOT VALID — this record was changed after it was signed</source>
        <translation>NO VÁLIDO — este registro se modificó después de firmarse</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>identifier of the patient</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Record {id} · Format {version}</source>
        <translation>Registro {id} · Formato {version}</translation>
    </message>
    <message>
        <source>Content SHA-256 {hash}</source>
        <translation>SHA-256 del contenido {hash}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Clinician signature</source>
        <translation>Firma del profesional</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>of the signature</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation>Profesional: {name}</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <source>Corrects {correction}</source>
        <translation>Corrige {correction}</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>Decúbito prono</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sedestación</translation>
    </message>
    <message>
        <source>Side-lying</source>
        <translation>Decúbito lateral</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Clorhexidina</translation>
    </message>
    <message>
        <source>Povidone-iodine</source>
        <translation>Povidona yodada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Advertencia: {message}</translation>
    </message>
    <message>
        <source>Caution: {message}</source>
        <translation>Precaución: {message}</translation>
    </message>
    <message>
        <source>Info: {message}</source>
        <translation>Información: {message}</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} años)</translation>
    </message>
    <message>
        <source>LOCAL ANAESTHETICS</source>
        <translation>ANESTÉSICOS LOCALES</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>anticoagulated</source>
        <translation>anticoagulación</translation>
    </message>
    <message>
        <source>fibromyalgia</source>
        <translation>fibromialgia</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>{height} cm (BMI {bmi})</source>
        <translation>{height} cm (IMC {bmi})</translation>
    </message>
    <message>
        <source>Encounter date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>{percent}% of the cap</source>
        <translation>{percent}% del tope</translation>
    </message>
    <message>
        <source>{dose} (incomplete)</source>
        <translation>{dose} (incompleta)</translation>
    </message>
    <message>
        <source>of which {agent}</source>
        <translation>de ello, {agent}</translation>
    </message>
    <message>
        <source>No injections recorded.</source>
        <translation>No se registraron infiltraciones.</translation>
    </message>
    <message numerus="yes">
        <source>Dry needling: %n points.</source>
        <translation>
            <numerusform>Punción seca: %n punto.</numerusform>
            <numerusform>Punción seca: %n puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals per agent</source>
        <translation>Totales por fármaco</translation>
    </message>
    <message>
        <source>Warnings at the time of printing</source>
        <translation>Advertencias en el momento de la impresión</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>end before start: check the times</source>
        <translation>fin anterior al inicio: revise las horas</translation>
    </message>
    <message>
        <source>Consent obtained</source>
        <translation>Consentimiento obtenido</translation>
    </message>
    <message>
        <source>Time-out done</source>
        <translation>Pausa de seguridad realizada</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Skin preparation</source>
        <translation>Antisepsia de la piel</translation>
    </message>
    <message>
        <source>Vapocoolant spray</source>
        <translation>Espray de frío</translation>
    </message>
    <message>
        <source>Ultrasound guidance</source>
        <translation>Guía ecográfica</translation>
    </message>
    <message>
        <source>Infection at a needle site</source>
        <translation>Infección en un punto de punción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Immediate response: {response}</source>
        <translation>Respuesta inmediata: {response}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>Complicaciones</translation>
    </message>
    <message>
        <source>Aftercare advice given to the patient:</source>
        <translation>Recomendaciones de cuidados posteriores dadas al paciente:</translation>
    </message>
    <message>
        <source>Aftercare advice not recorded as given.</source>
        <translation>No consta que se hayan dado recomendaciones de cuidados posteriores.</translation>
    </message>
    <message>
        <source>Follow-up: {date}</source>
        <translation>Seguimiento: {date}</translation>
    </message>
    <message>
        <source>Aftercare and follow-up</source>
        <translation>Cuidados posteriores y seguimiento</translation>
    </message>
    <message>
        <source>CPT {code} (suggested): {summary}</source>
        <translation>CPT {code} (sugerido): {summary}</translation>
    </message>
    <message>
        <source>ICD-10-CM {code} (suggested): {title} – {reason}.</source>
        <translation>ICD-10-CM {code} (sugerido): {title} – {reason}.</translation>
    </message>
    <message>
        <source>No codes suggested.</source>
        <translation>No se sugieren códigos.</translation>
    </message>
    <message>
        <source>Suggested codes are not billed until the clinician confirms them.</source>
        <translation>Los códigos sugeridos no se facturan hasta que el profesional los confirme.</translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation>Códigos sugeridos</translation>
    </message>
    <message numerus="yes">
        <source>{caution}. Points {numbers}.</source>
        <translation>
            <numerusform>{caution}. Punto {numbers}.</numerusform>
            <numerusform>{caution}. Puntos {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needling cautions that applied</source>
        <translation>Precauciones de punción aplicables</translation>
    </message>
    <message>
        <source>Point {number}: {notes}</source>
        <translation>Punto {number}: {notes}</translation>
    </message>
    <message>
        <source>History: {history}</source>
        <translation>Anamnesis: {history}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Electronically signed by {signer} on {time} · key {key}</source>
        <translation>Firmado electrónicamente por {signer} el {time} · clave {key}</translation>
    </message>
    <message>
        <source>SIGNER NOT CONFIRMED · signed by {signer} on {time} · key {key}</source>
        <translation>FIRMANTE NO CONFIRMADO · firmado por {signer} el {time} · clave {key}</translation>
    </message>
    <message>
        <source>AMENDMENT NOT CONFIRMED</source>
        <translation>ENMIENDA NO CONFIRMADA</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time} · key {key}</source>
        <translation>Firmado por {signer} el {time} · clave {key}</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n enmienda</numerusform>
            <numerusform>%n enmiendas</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>signing key</comment>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 del contenido</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>No confirmado</translation>
    </message>
    <message>
        <source>Signed electronically (Ed25519) over the record&apos;s content as saved in its file; amendments follow it, each signed. The signature is checked on the file, not on paper: bodymap verify FILE.</source>
        <translation>Firmado electrónicamente (Ed25519) sobre el contenido del registro tal como está guardado en su archivo; las enmiendas van a continuación, cada una firmada. La firma se comprueba en el archivo, no en papel: bodymap verify ARCHIVO.</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>Punto {number}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>corrected by amendment {number}: {what}</source>
        <translation>corregido por la enmienda {number}: {what}</translation>
    </message>
    <message>
        <source>Amendment {number} · {time}</source>
        <translation>Enmienda {number} · {time}</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Caution: {caution}</source>
        <translation>Precaución: {caution}</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Trigger points (continued)</source>
        <translation>Puntos gatillo (continuación)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Fármaco</translation>
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
        <translation>Máximo según peso</translation>
    </message>
    <message>
        <source>% of maximum</source>
        <translation>% del máximo</translation>
    </message>
</context>
<context>
    <name>record_files</name>
    <message>
        <source>the session must be saved in its own file first.</source>
        <translation>primero hay que guardar la sesión en su propio archivo.</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>No escrito</translation>
    </message>
    <message>
        <source>Nothing was written: {problem}</source>
        <translation>No se ha escrito nada: {problem}</translation>
    </message>
    <message>
        <source>{file} was changed by another program or user since it was opened. Open it again, check it, then sign or amend it.</source>
        <translation>Otro programa u otro usuario ha modificado {file} desde que se abrió. Vuelva a abrirlo, revíselo y después fírmelo o enmiéndelo.</translation>
    </message>
    <message>
        <source>the signed record would not verify once saved.</source>
        <translation>el registro firmado no se podría verificar una vez guardado.</translation>
    </message>
    <message>
        <source>Noted in the audit log, which is written with the next save.</source>
        <translation>Anotado en el registro de auditoría, que se escribirá al guardar de nuevo.</translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: the file is open elsewhere or was changed.</source>
        <translation>No anotado en el registro de auditoría del archivo: el archivo está abierto en otro lugar o se ha modificado.</translation>
    </message>
    <message>
        <source>Not noted in the file&apos;s audit log: {problem}</source>
        <translation>No anotado en el registro de auditoría del archivo: {problem}</translation>
    </message>
    <message>
        <source>Noted in the audit log of {file} (the file was saved).</source>
        <translation>Anotado en el registro de auditoría de {file} (el archivo se ha guardado).</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Error del guardado automático: {problem}</translation>
    </message>
    <message>
        <source>an untitled session</source>
        <translation>una sesión sin título</translation>
    </message>
    <message>
        <source>{name} (autosaved {time})</source>
        <translation>{name} (guardado automático: {time})</translation>
    </message>
    <message>
        <source>.

The file has changed since then: {change}</source>
        <translation>.

El archivo ha cambiado desde entonces: {change}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>The unsaved changes are kept: they are offered at the next start.</source>
        <translation>Los cambios no guardados se conservan: se ofrecerán en el próximo inicio.</translation>
    </message>
    <message>
        <source>Unsaved changes to {file} restored read-only: the file is in use. Save As keeps them as a copy.</source>
        <translation>Cambios no guardados de {file} restaurados en modo de solo lectura: el archivo está en uso. Guardar como los conserva como copia.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios no guardados</translation>
    </message>
    <message>
        <source>Unsaved changes restored{note}</source>
        <translation>Cambios no guardados restaurados{note}</translation>
    </message>
    <message>
        <source>Restored as a copy</source>
        <translation>Restaurado como copia</translation>
    </message>
    <message>
        <source>{name} is a signed record now, so the unsaved changes kept for it cannot be added to it. They are opened as an untitled session: compare it with the signed record and add what is missing as an amendment (File → Amend…).</source>
        <translation>{name} es ahora un registro firmado, por lo que no se le pueden añadir los cambios no guardados que se conservaban. Se abren como sesión sin título: compárela con el registro firmado y añada lo que falte como enmienda (Archivo → Enmendar…).</translation>
    </message>
</context>
<context>
    <name>referral</name>
    <message>
        <source>A palpation guide, not a diagnosis: examine these muscles for trigger points that reproduce the patient&apos;s pain.</source>
        <translation>Guía de palpación, no un diagnóstico: explore estos músculos en busca de puntos gatillo que reproduzcan el dolor del paciente.</translation>
    </message>
    <message>
        <source>Along the back and side of the neck up to the mastoid process; when stronger, over the side of the head to the temple and behind the eye, at times the angle of the jaw.</source>
        <translation>A lo largo de la parte posterior y lateral del cuello hasta la apófisis mastoides; cuando es más intenso, por el lateral de la cabeza hasta la sien y detrás del ojo, a veces hasta el ángulo de la mandíbula.</translation>
    </message>
    <message>
        <source>temple, behind the eye, angle of the jaw</source>
        <translation>sien, detrás del ojo, ángulo de la mandíbula</translation>
    </message>
    <message>
        <source>Superficial burning pain between the trigger point and the spinous processes of C7 to T3; also over the acromion.</source>
        <translation>Dolor urente superficial entre el punto gatillo y las apófisis espinosas de C7 a T3; también sobre el acromion.</translation>
    </message>
    <message>
        <source>The upper neck beside the spine and the mastoid area, a deep ache over the suprascapular region and the acromion; sometimes a burning pain along and medial to the medial border of the scapula.</source>
        <translation>La parte alta del cuello junto a la columna y la zona mastoidea, un dolor sordo profundo sobre la región supraescapular y el acromion; a veces un dolor urente a lo largo del borde medial de la escápula y medial a él.</translation>
    </message>
    <message>
        <source>The angle of the neck (where the neck meets the shoulder), with spill-over along the medial border of the scapula to its inferior angle and to the back of the shoulder.</source>
        <translation>El ángulo del cuello (donde el cuello se une al hombro), con extensión a lo largo del borde medial de la escápula hasta su ángulo inferior y hacia la parte posterior del hombro.</translation>
    </message>
    <message>
        <source>Along the medial (vertebral) border of the scapula, between the scapula and the muscles beside the spine.</source>
        <translation>A lo largo del borde medial (vertebral) de la escápula, entre la escápula y los músculos paravertebrales.</translation>
    </message>
    <message>
        <source>A deep ache under the upper part of the scapula; over the posterior deltoid and down the back of the arm to the elbow; at times the little-finger side of the forearm and hand.</source>
        <translation>Dolor sordo profundo bajo la parte superior de la escápula; sobre la porción posterior del deltoides y por la parte posterior del brazo hasta el codo; a veces el borde cubital del antebrazo y de la mano.</translation>
    </message>
    <message>
        <source>elbow, little-finger side of the forearm and hand</source>
        <translation>codo, borde cubital del antebrazo y de la mano</translation>
    </message>
    <message>
        <source>A deep ache of the shoulder centred on the middle deltoid, often down the arm and forearm, sometimes focused on the outer elbow (lateral epicondyle).</source>
        <translation>Dolor sordo profundo del hombro centrado en la porción media del deltoides, a menudo con extensión al brazo y al antebrazo, a veces focalizado en la cara externa del codo (epicóndilo lateral).</translation>
    </message>
    <message>
        <source>outer elbow (lateral epicondyle), forearm</source>
        <translation>cara externa del codo (epicóndilo lateral), antebrazo</translation>
    </message>
    <message>
        <source>Felt intensely deep in the front of the shoulder, then down the front and outer side of the arm to the outer forearm and the thumb side of the hand; a less frequent trigger point refers to the medial border of the scapula.</source>
        <translation>Se percibe intensamente en la profundidad de la cara anterior del hombro y luego por la cara anterior y externa del brazo hasta la cara externa del antebrazo y el borde radial de la mano; un punto gatillo menos frecuente irradia al borde medial de la escápula.</translation>
    </message>
    <message>
        <source>deep front of the shoulder, front of the arm, thumb side of the forearm and hand</source>
        <translation>profundidad de la cara anterior del hombro, cara anterior del brazo, borde radial del antebrazo y de la mano</translation>
    </message>
    <message>
        <source>A small, deep, sharply felt area in the posterior deltoid, near the attachment of teres minor on the humerus.</source>
        <translation>Una zona pequeña, profunda y de dolor agudo en la porción posterior del deltoides, cerca de la inserción del redondo menor en el húmero.</translation>
    </message>
    <message>
        <source>The posterior deltoid region and over the long head of triceps, the back of the shoulder joint; occasionally the back of the forearm.</source>
        <translation>La región de la porción posterior del deltoides y sobre la cabeza larga del tríceps, la parte posterior de la articulación del hombro; ocasionalmente la cara posterior del antebrazo.</translation>
    </message>
    <message>
        <source>back of the forearm</source>
        <translation>cara posterior del antebrazo</translation>
    </message>
    <message>
        <source>The inferior angle of the scapula and the mid-thoracic region around it, extending to the back of the shoulder and down the inside of the arm and forearm to the ring and little fingers.</source>
        <translation>El ángulo inferior de la escápula y la región torácica media que lo rodea, con extensión a la parte posterior del hombro y por la cara interna del brazo y del antebrazo hasta los dedos anular y meñique.</translation>
    </message>
    <message>
        <source>inside of the arm and forearm, ring and little fingers</source>
        <translation>cara interna del brazo y del antebrazo, dedos anular y meñique</translation>
    </message>
    <message>
        <source>Mostly local, over the posterior deltoid, sometimes spilling into the arm.</source>
        <translation>Sobre todo local, sobre la porción posterior del deltoides, a veces con extensión al brazo.</translation>
    </message>
    <message>
        <source>Mostly local, over the middle deltoid, sometimes spilling into the arm.</source>
        <translation>Sobre todo local, sobre la porción media del deltoides, a veces con extensión al brazo.</translation>
    </message>
    <message>
        <source>The top of the head (vertex) on the same side.</source>
        <translation>El vértex (parte superior de la cabeza) del mismo lado.</translation>
    </message>
    <message>
        <source>top of the head</source>
        <translation>parte superior de la cabeza</translation>
    </message>
    <message>
        <source>Diffuse pain through the head focusing behind the eye on the same side; also the base of the neck.</source>
        <translation>Dolor difuso en el interior de la cabeza que se concentra detrás del ojo del mismo lado; también la base del cuello.</translation>
    </message>
    <message>
        <source>inside the head, behind the eye</source>
        <translation>interior de la cabeza, detrás del ojo</translation>
    </message>
    <message>
        <source>Up over the back of the arm to the back of the shoulder, occasionally to the base of the neck in the upper trapezius region, and sometimes down the back of the forearm, skipping the elbow.</source>
        <translation>Hacia arriba por la parte posterior del brazo hasta la parte posterior del hombro, ocasionalmente hasta la base del cuello en la región de la porción superior del trapecio, y a veces por la cara posterior del antebrazo, respetando el codo.</translation>
    </message>
    <message>
        <source>also: {parts}</source>
        <translation>también: {parts}</translation>
    </message>
</context>
<context>
    <name>referral_fits</name>
    <message>
        <source>{muscle}, patient&apos;s left: {percent}% of the drawn pain</source>
        <translation>{muscle}, lado izquierdo del paciente: {percent}% del dolor dibujado</translation>
    </message>
    <message>
        <source>{muscle}, patient&apos;s right: {percent}% of the drawn pain</source>
        <translation>{muscle}, lado derecho del paciente: {percent}% del dolor dibujado</translation>
    </message>
    <message>
        <source>No referral zone is recorded for this muscle (clinical-basis §10.4).</source>
        <translation>No hay ninguna zona de dolor referido registrada para este músculo (clinical-basis §10.4).</translation>
    </message>
    <message>
        <source>Typical referral: {description}</source>
        <translation>Dolor referido típico: {description}</translation>
    </message>
    <message>
        <source>Beyond this view, {also}.</source>
        <translation>Fuera de esta vista, {also}.</translation>
    </message>
    <message>
        <source>Source: {title} (clinical-basis {section}).</source>
        <translation>Fuente: {title} (clinical-basis {section}).</translation>
    </message>
    <message>
        <source>Show the muscle&apos;s typical referral zone on the map</source>
        <translation>Mostrar en el mapa la zona de dolor referido típica del músculo</translation>
    </message>
    <message>
        <source>Show referral zone</source>
        <translation>Mostrar zona de dolor referido</translation>
    </message>
    <message>
        <source>Muscles whose referral fits the drawn pain</source>
        <translation>Músculos cuyo dolor referido coincide con el dolor dibujado</translation>
    </message>
    <message>
        <source>Muscles whose referral fits</source>
        <translation>Músculos cuyo dolor referido coincide</translation>
    </message>
    <message>
        <source>Draw the pain to see which muscles&apos; referral fits it.</source>
        <translation>Dibuje el dolor para ver con qué músculos coincide su dolor referido.</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Neck, patient&apos;s left</source>
        <translation>Cuello, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>Neck, patient&apos;s right</source>
        <translation>Cuello, lado derecho del paciente</translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s left</source>
        <translation>Hombro y parte superior de la espalda, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>Shoulder and upper back, patient&apos;s right</source>
        <translation>Hombro y parte superior de la espalda, lado derecho del paciente</translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s left</source>
        <translation>Región occipital, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>Back of the head, patient&apos;s right</source>
        <translation>Región occipital, lado derecho del paciente</translation>
    </message>
    <message>
        <source>neck, patient&apos;s left</source>
        <translation>cuello, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>neck, patient&apos;s right</source>
        <translation>cuello, lado derecho del paciente</translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s left</source>
        <translation>hombro y parte superior de la espalda, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>shoulder and upper back, patient&apos;s right</source>
        <translation>hombro y parte superior de la espalda, lado derecho del paciente</translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s left</source>
        <translation>región occipital, lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>back of the head, patient&apos;s right</source>
        <translation>región occipital, lado derecho del paciente</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>the PDF could not be written completely (is the disk full?)</source>
        <translation>el PDF no se pudo escribir por completo (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the name is a link to a file that does not exist</source>
        <translation>el nombre es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>this is the session file being printed: choose another name for the PDF</source>
        <translation>este es el archivo de sesión que se está imprimiendo: elija otro nombre para el PDF</translation>
    </message>
    <message>
        <source>a folder has this name</source>
        <translation>hay una carpeta con este nombre</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?): it is not replaced</source>
        <translation>no es un archivo normal (¿un dispositivo o una tubería?): no se sustituye</translation>
    </message>
    <message>
        <source>a file that is not a PDF has this name: it is not replaced</source>
        <translation>hay un archivo con este nombre que no es un PDF: no se sustituye</translation>
    </message>
    <message>
        <source>the file cannot be checked ({reason})</source>
        <translation>no se puede comprobar el archivo ({reason})</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>printing needs a GUI application, but a console one is running</source>
        <translation>imprimir requiere una aplicación gráfica, pero se está ejecutando una de consola</translation>
    </message>
    <message>
        <source>the printer or file could not be opened for writing</source>
        <translation>no se pudo abrir la impresora o el archivo para escribir</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>la impresora rechazó una página nueva</translation>
    </message>
    <message>
        <source>the PDF could not be written (internal error)</source>
        <translation>no se pudo escribir el PDF (error interno)</translation>
    </message>
    <message>
        <source>unknown paper size {paper} (use a4 or letter)</source>
        <translation>tamaño de papel desconocido {paper} (use a4 o letter)</translation>
    </message>
    <message>
        <source>Could not save: </source>
        <translation>No se pudo guardar: </translation>
    </message>
    <message>
        <source>the PDF could not be written: {reason}</source>
        <translation>no se pudo escribir el PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>On the map, when it has the keyboard focus</source>
        <translation>En el mapa, cuando tiene el foco del teclado</translation>
    </message>
    <message>
        <source>Menus, tabs and fields</source>
        <translation>Menús, pestañas y campos</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la letra subrayada</translation>
    </message>
    <message>
        <source>Open that menu, show that tab or go to that field</source>
        <translation>Abre ese menú, muestra esa pestaña o va a ese campo</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>The next or previous field</source>
        <translation>El campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command of the menus, and the keys of the map. The same keys are shown beside each command in its menu.</source>
        <translation>Todos los comandos de los menús y las teclas del mapa. Las mismas teclas aparecen junto a cada comando en su menú.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>signature_status</name>
    <message>
        <source>This record was changed after it was signed</source>
        <translation>Este registro se modificó después de firmarse</translation>
    </message>
    <message>
        <source>{headline}. It is open read-only.</source>
        <translation>{headline}. Está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>{headline} ({why}). It is open read-only.</source>
        <translation>{headline} ({why}). Está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time} · key {key}</source>
        <translation>Firmado por {signer} el {time} · clave {key}</translation>
    </message>
    <message numerus="yes">
        <source>%n amendments</source>
        <translation>
            <numerusform>%n enmienda</numerusform>
            <numerusform>%n enmiendas</numerusform>
        </translation>
    </message>
    <message>
        <source>{signed} · intact, key registered in the clinic folder. Read-only: add corrections with File → Amend…</source>
        <translation>{signed} · íntegro, clave registrada en la carpeta del centro. Solo lectura: añada correcciones con Archivo → Enmendar…</translation>
    </message>
    <message>
        <source>{signed} · the record is intact, but who signed it cannot be confirmed: {why}.</source>
        <translation>{signed} · el registro está íntegro, pero no se puede confirmar quién lo firmó: {why}.</translation>
    </message>
    <message>
        <source> ({why}, read-only)</source>
        <translation> ({why}, solo lectura)</translation>
    </message>
    <message>
        <source> (signed by {signer} on {time}, read-only)</source>
        <translation> (firmado por {signer} el {time}, solo lectura)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Signature status</source>
        <translation>Estado de la firma</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>performed and documented by</source>
        <translation>realizado y documentado por</translation>
    </message>
    <message>
        <source>the clinic folder does not exist</source>
        <translation>la carpeta del centro no existe</translation>
    </message>
    <message>
        <source>the clinic folder already holds another registration of this key</source>
        <translation>la carpeta del centro ya contiene otro registro de esta clave</translation>
    </message>
    <message>
        <source>the key could not be registered in the clinic folder ({reason})</source>
        <translation>no se pudo registrar la clave en la carpeta del centro ({reason})</translation>
    </message>
    <message>
        <source>the key file {name} is damaged</source>
        <translation>el archivo de clave {name} está dañado</translation>
    </message>
    <message>
        <source>the key file {name} is not named after its fingerprint</source>
        <translation>el nombre del archivo de clave {name} no corresponde a su huella digital</translation>
    </message>
    <message>
        <source>no clinic folder given</source>
        <translation>no se ha indicado ninguna carpeta del centro</translation>
    </message>
    <message>
        <source>the clinic folder has no keys folder</source>
        <translation>la carpeta del centro no tiene carpeta de claves</translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder is not a plain folder: refused</source>
        <translation>la carpeta de claves del centro no es una carpeta normal: rechazado</translation>
    </message>
    <message>
        <source>anyone may add keys to the clinic&apos;s keys folder: refused</source>
        <translation>cualquiera puede añadir claves a la carpeta de claves del centro: rechazado</translation>
    </message>
    <message>
        <source>anyone may replace the clinic&apos;s keys folder (a folder above it is writable by all): refused</source>
        <translation>cualquiera puede reemplazar la carpeta de claves del centro (todos pueden escribir en una carpeta que la contiene): rechazado</translation>
    </message>
    <message>
        <source>the clinic&apos;s keys folder cannot be read</source>
        <translation>no se puede leer la carpeta de claves del centro</translation>
    </message>
    <message>
        <source>the corrected place does not exist in this record</source>
        <translation>la ubicación corregida no existe en este registro</translation>
    </message>
    <message>
        <source>the old value of a correction is not what the record says</source>
        <translation>el valor anterior de una corrección no coincide con lo que dice el registro</translation>
    </message>
    <message>
        <source>the corrected record is not valid ({problem})</source>
        <translation>el registro corregido no es válido ({problem})</translation>
    </message>
    <message>
        <source>a correction needs a place such as /points/0/notes</source>
        <translation>una corrección necesita una ubicación, como /points/0/notes</translation>
    </message>
    <message>
        <source>the new value cannot be recorded: {problem}</source>
        <translation>el nuevo valor no se puede registrar: {problem}</translation>
    </message>
    <message>
        <source>only the record&apos;s content can be corrected</source>
        <translation>solo se puede corregir el contenido del registro</translation>
    </message>
    <message>
        <source>the corrected value is the same as the old one</source>
        <translation>el valor corregido es igual al anterior</translation>
    </message>
    <message>
        <source>A new signing key was made for {name} (key {fingerprint}).</source>
        <translation>Se ha creado una nueva clave de firma para {name} (clave {fingerprint}).</translation>
    </message>
    <message>
        <source>It is registered in the clinic folder.</source>
        <translation>Está registrada en la carpeta del centro.</translation>
    </message>
    <message>
        <source>The key {fingerprint} is not registered in the clinic folder ({problem}): until it is, verifying says &quot;unknown key&quot;. Copy {file} into the clinic folder&apos;s keys folder (an administrator may have to).</source>
        <translation>La clave {fingerprint} no está registrada en la carpeta del centro ({problem}): hasta que lo esté, la verificación indicará «clave desconocida». Copie {file} en la carpeta de claves (keys) de la carpeta del centro (puede que deba hacerlo un administrador).</translation>
    </message>
    <message>
        <source>no clinic folder was given</source>
        <translation>no se ha indicado ninguna carpeta del centro</translation>
    </message>
    <message>
        <source>another key, {other}, is registered there for this name; a second key for the same name is added only by whoever manages the clinic folder, after checking its fingerprint with its owner</source>
        <translation>allí ya está registrada otra clave para este nombre, {other}; una segunda clave para el mismo nombre solo la añade quien administra la carpeta del centro, tras comprobar su huella digital con su titular</translation>
    </message>
    <message>
        <source>the file cannot be locked for writing ({reason})</source>
        <translation>no se puede bloquear el archivo para escritura ({reason})</translation>
    </message>
    <message>
        <source>the signed record would not verify once saved; nothing was written</source>
        <translation>el registro firmado no se podría verificar una vez guardado; no se ha escrito nada</translation>
    </message>
    <message>
        <source>the file was changed by someone else meanwhile; nothing was written</source>
        <translation>otra persona ha modificado el archivo mientras tanto; no se ha escrito nada</translation>
    </message>
    <message>
        <source>the key file {name} is a symbolic link: refused</source>
        <translation>el archivo de clave {name} es un enlace simbólico: rechazado</translation>
    </message>
    <message>
        <source>the key file {name} does not exist</source>
        <translation>el archivo de clave {name} no existe</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <source>the key file {name} cannot be read ({reason})</source>
        <translation>no se puede leer el archivo de clave {name} ({reason})</translation>
    </message>
    <message>
        <source>the key file {name} is not a regular file: refused</source>
        <translation>el archivo de clave {name} no es un archivo normal: rechazado</translation>
    </message>
    <message>
        <source>the key file {name} may be changed by other users (group or world writable): refused</source>
        <translation>otros usuarios pueden modificar el archivo de clave {name} (escritura para el grupo o para todos): rechazado</translation>
    </message>
    <message>
        <source>the private key file {name} may be read by other users: refused (make it readable by its owner only, mode 600)</source>
        <translation>otros usuarios pueden leer el archivo de clave privada {name}: rechazado (haga que solo lo pueda leer su propietario, modo 600)</translation>
    </message>
    <message>
        <source>the key file {name} is too large to be a key</source>
        <translation>el archivo de clave {name} es demasiado grande para ser una clave</translation>
    </message>
    <message>
        <source>the key folder cannot be created ({reason})</source>
        <translation>no se puede crear la carpeta de claves ({reason})</translation>
    </message>
    <message>
        <source>the key folder cannot be read</source>
        <translation>no se puede leer la carpeta de claves</translation>
    </message>
    <message>
        <source>the signer&apos;s name mixes Latin, Greek or Cyrillic letters, so that it may look like another name: write it in one alphabet</source>
        <translation>el nombre del firmante mezcla letras latinas, griegas o cirílicas, de modo que puede parecer otro nombre: escríbalo en un solo alfabeto</translation>
    </message>
    <message>
        <source>a new key needs a passphrase of at least {count} characters</source>
        <translation>una clave nueva necesita una frase de contraseña de al menos {count} caracteres</translation>
    </message>
    <message>
        <source>the signer&apos;s name or credentials are empty or too long</source>
        <translation>el nombre o la titulación del firmante están vacíos o son demasiado largos</translation>
    </message>
    <message>
        <source>the new key could not be kept: {problem}</source>
        <translation>no se pudo conservar la clave nueva: {problem}</translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer</source>
        <translation>no hay ninguna clave de firma para este nombre en este equipo</translation>
    </message>
    <message>
        <source>the passphrase does not open this signer&apos;s key</source>
        <translation>la frase de contraseña no abre la clave de este firmante</translation>
    </message>
    <message>
        <source>the key file is damaged: its key does not match its fingerprint</source>
        <translation>el archivo de clave está dañado: su clave no coincide con su huella digital</translation>
    </message>
    <message>
        <source>the passphrase file is not a regular file</source>
        <translation>el archivo de frase de contraseña no es un archivo normal</translation>
    </message>
    <message>
        <source>the passphrase file may be read by other users: refused (make it mode 600)</source>
        <translation>otros usuarios pueden leer el archivo de frase de contraseña: rechazado (póngalo en modo 600)</translation>
    </message>
    <message>
        <source>the passphrase file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo de frase de contraseña ({reason})</translation>
    </message>
    <message>
        <source>the passphrase file is too large to hold a passphrase</source>
        <translation>el archivo de frase de contraseña es demasiado grande para contener una frase de contraseña</translation>
    </message>
    <message>
        <source>the passphrase file is not UTF-8 text</source>
        <translation>el archivo de frase de contraseña no es texto UTF-8</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>el archivo de frase de contraseña está vacío</translation>
    </message>
    <message>
        <source>no passphrase: give --passphrase-file, or run in a terminal</source>
        <translation>no hay frase de contraseña: indique --passphrase-file o ejecute en un terminal</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <source>{name}: a new passphrase for the new signing key: </source>
        <translation>{name}: una nueva frase de contraseña para la nueva clave de firma: </translation>
    </message>
    <message>
        <source>{name}: the passphrase: </source>
        <translation>{name}: la frase de contraseña: </translation>
    </message>
    <message>
        <source>its public key is damaged</source>
        <translation>su clave pública está dañada</translation>
    </message>
    <message>
        <source>its key fingerprint does not belong to its key</source>
        <translation>su huella digital de clave no corresponde a su clave</translation>
    </message>
    <message>
        <source>its signature is damaged</source>
        <translation>su firma está dañada</translation>
    </message>
    <message>
        <source>its signature does not match what it signs</source>
        <translation>su firma no coincide con lo que firma</translation>
    </message>
    <message>
        <source>This record is signed: its signature cannot be changed.</source>
        <translation>Este registro está firmado: su firma no se puede cambiar.</translation>
    </message>
    <message>
        <source>This record is signed: amendments cannot be changed or removed, only added.</source>
        <translation>Este registro está firmado: las enmiendas no se pueden cambiar ni eliminar, solo añadir.</translation>
    </message>
    <message>
        <source>This record is signed and cannot be edited; add an amendment instead.</source>
        <translation>Este registro está firmado y no se puede editar; añada una enmienda en su lugar.</translation>
    </message>
    <message>
        <source>This record is already signed; add an amendment instead.</source>
        <translation>Este registro ya está firmado; añada una enmienda en su lugar.</translation>
    </message>
    <message>
        <source>the encounter date is not recorded: enter it (Patient tab) before signing, since a signed record can only be amended</source>
        <translation>la fecha de la consulta no está registrada: introdúzcala (pestaña Paciente) antes de firmar, ya que un registro firmado solo puede enmendarse</translation>
    </message>
    <message>
        <source>The credentials or the meaning are too long.</source>
        <translation>La titulación o el significado son demasiado largos.</translation>
    </message>
    <message>
        <source>This record is not signed: it can still be edited.</source>
        <translation>Este registro no está firmado: aún se puede editar.</translation>
    </message>
    <message>
        <source>This record cannot be amended: {problem}.</source>
        <translation>Este registro no se puede enmendar: {problem}.</translation>
    </message>
    <message>
        <source>This record already has {count} amendments, the most a record holds.</source>
        <translation>Este registro ya tiene {count} enmiendas, el máximo que admite un registro.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Una enmienda necesita un motivo.</translation>
    </message>
    <message>
        <source>An amendment needs a text or a correction.</source>
        <translation>Una enmienda necesita un texto o una corrección.</translation>
    </message>
    <message>
        <source>The amendment is too long (reason 200, text 4,000 characters, 50 corrections).</source>
        <translation>La enmienda es demasiado larga (motivo 200, texto 4000 caracteres, 50 correcciones).</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>signed by {signer} on {time}</source>
        <translation>firmado por {signer} el {time}</translation>
    </message>
    <message numerus="yes">
        <source>{signed}, %n amendments</source>
        <translation>
            <numerusform>{signed}, %n enmienda</numerusform>
            <numerusform>{signed}, %n enmiendas</numerusform>
        </translation>
    </message>
    <message>
        <source>valid: {signed}; key {fingerprint}</source>
        <translation>válido: {signed}; clave {fingerprint}</translation>
    </message>
    <message>
        <source>{problem} ({signed})</source>
        <translation>{problem} ({signed})</translation>
    </message>
    <message>
        <source>the record was changed after it was signed</source>
        <translation>el registro se modificó después de firmarse</translation>
    </message>
    <message>
        <source>the signature does not verify: {problem}</source>
        <translation>la firma no se verifica: {problem}</translation>
    </message>
    <message>
        <source>the amendment chain is broken at amendment {number}</source>
        <translation>la cadena de enmiendas está rota en la enmienda {number}</translation>
    </message>
    <message>
        <source>amendment {number} does not verify: {problem}</source>
        <translation>la enmienda {number} no se verifica: {problem}</translation>
    </message>
    <message>
        <source>the signing key {fingerprint} is not registered in the clinic folder</source>
        <translation>la clave de firma {fingerprint} no está registrada en la carpeta del centro</translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key {fingerprint} is not registered in the clinic folder</source>
        <translation>la clave {fingerprint} de la enmienda {number} no está registrada en la carpeta del centro</translation>
    </message>
    <message>
        <source>the signing key is registered in the clinic folder to another name</source>
        <translation>la clave de firma está registrada en la carpeta del centro a nombre de otra persona</translation>
    </message>
    <message>
        <source>amendment {number}&apos;s key is registered in the clinic folder to another name</source>
        <translation>la clave de la enmienda {number} está registrada en la carpeta del centro a nombre de otra persona</translation>
    </message>
    <message>
        <source>it holds amendments but no signature: the signature was removed</source>
        <translation>contiene enmiendas pero ninguna firma: se ha eliminado la firma</translation>
    </message>
    <message>
        <source>its audit log records a signing but it has no signature: it was removed</source>
        <translation>su registro de auditoría consigna una firma, pero el archivo no tiene firma: se ha eliminado</translation>
    </message>
    <message>
        <source>not signed (a draft)</source>
        <translation>sin firmar (borrador)</translation>
    </message>
    <message>
        <source>its audit log records {logged} amendments but it holds {held}: an amendment was removed</source>
        <translation>su registro de auditoría consigna {logged} enmiendas, pero contiene {held}: se ha eliminado una enmienda</translation>
    </message>
    <message>
        <source>signed, intact, key registered</source>
        <translation>firmado, íntegro, clave registrada</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>There is no signing key for this name on this computer: one will be made. Choose a passphrase of at least {count} characters (a few words are easier to remember than symbols) and type it twice. It protects your key; nobody can recover it if it is forgotten.</source>
        <translation>No hay ninguna clave de firma para este nombre en este equipo: se creará una. Elija una frase de contraseña de al menos {count} caracteres (unas cuantas palabras se recuerdan mejor que los símbolos) y escríbala dos veces. Protege su clave; nadie podrá recuperarla si la olvida.</translation>
    </message>
    <message>
        <source>Type the passphrase of your signing key.</source>
        <translation>Escriba la frase de contraseña de su clave de firma.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>A new key needs a passphrase of at least {count} characters.</source>
        <translation>Una clave nueva necesita una frase de contraseña de al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>Firmar el registro</translation>
    </message>
    <message>
        <source>Signing makes this record read-only: it can no longer be edited, only corrected by signed amendments (File → Amend…). Sign what you performed and documented.</source>
        <translation>Al firmar, este registro pasa a ser de solo lectura: ya no se puede editar, solo corregir mediante enmiendas firmadas (Archivo → Enmendar…). Firme lo que usted realizó y documentó.</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>e.g. MD; blank: as registered with the key</source>
        <translation>p. ej., Médico; en blanco: el registrado con la clave</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Significado de la firma</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Titulación:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Type the signer&apos;s name.</source>
        <translation>Escriba el nombre del firmante.</translation>
    </message>
    <message>
        <source>there is no signing key for this name on this computer yet: try again, and type a new passphrase twice</source>
        <translation>aún no hay ninguna clave de firma para este nombre en este equipo: inténtelo de nuevo y escriba dos veces una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Ya firmado</translation>
    </message>
    <message>
        <source>This record is signed: amend it instead.</source>
        <translation>Este registro está firmado: enmiéndelo en su lugar.</translation>
    </message>
    <message>
        <source>Save first</source>
        <translation>Guarde primero</translation>
    </message>
    <message>
        <source>Save the session before signing it: the record signed is the file as saved.</source>
        <translation>Guarde la sesión antes de firmarla: el registro que se firma es el archivo tal como se guardó.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>No firmado</translation>
    </message>
    <message>
        <source>This file cannot be signed: {why}.</source>
        <translation>Este archivo no se puede firmar: {why}.</translation>
    </message>
    <message>
        <source>Nothing to sign</source>
        <translation>Nada que firmar</translation>
    </message>
    <message>
        <source>This session has no points: there is no procedure to sign.</source>
        <translation>Esta sesión no tiene puntos: no hay ningún procedimiento que firmar.</translation>
    </message>
    <message>
        <source>The record was NOT signed: {problem}.</source>
        <translation>El registro NO se ha firmado: {problem}.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Signed by {signer} on {time}.</source>
        <translation>Firmado por {signer} el {time}.</translation>
    </message>
    <message>
        <source>Amendment {number} added by {author}.</source>
        <translation>Enmienda {number} añadida por {author}.</translation>
    </message>
    <message>
        <source>This session is not signed: edit it instead.</source>
        <translation>Esta sesión no está firmada: edítela directamente.</translation>
    </message>
    <message>
        <source>Cannot amend</source>
        <translation>No se puede enmendar</translation>
    </message>
    <message>
        <source>This record does not verify, so nothing may be added to it: {why}.</source>
        <translation>Este registro no se verifica, por lo que no se le puede añadir nada: {why}.</translation>
    </message>
    <message>
        <source>This file cannot be written: {why}.</source>
        <translation>No se puede escribir este archivo: {why}.</translation>
    </message>
    <message>
        <source>An earlier amendment does not fit: {problem}.</source>
        <translation>Una enmienda anterior no encaja: {problem}.</translation>
    </message>
    <message>
        <source>Not amended</source>
        <translation>No enmendado</translation>
    </message>
    <message>
        <source>The amendment was NOT added: {problem}.</source>
        <translation>La enmienda NO se ha añadido: {problem}.</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Enmendado</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <source>{muscle} chosen; no muscle is drawn at this position</source>
        <translation>se ha elegido {muscle}; en esta posición no hay ningún músculo dibujado</translation>
    </message>
    <message>
        <source>{muscle} recorded; no muscle is drawn at this position</source>
        <translation>se ha registrado {muscle}; en esta posición no hay ningún músculo dibujado</translation>
    </message>
    <message>
        <source>{muscle} chosen; the position lies over {other}</source>
        <translation>se ha elegido {muscle}; músculo en esta posición: {other}</translation>
    </message>
    <message>
        <source>{muscle} recorded; the position lies over {other}</source>
        <translation>se ha registrado {muscle}; músculo en esta posición: {other}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Under cursor: {what}</source>
        <translation>Bajo el cursor: {what}</translation>
    </message>
    <message>
        <source>Under cursor: no muscle identified</source>
        <translation>Bajo el cursor: sin músculo identificado</translation>
    </message>
    <message>
        <source>Under cursor: outside the body</source>
        <translation>Bajo el cursor: fuera del cuerpo</translation>
    </message>
    <message>
        <source>Crosshair: {where}</source>
        <translation>Cruceta: {where}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>Could not save: the folder “{folder}” is on a read-only disk.</source>
        <translation>No se pudo guardar: la carpeta «{folder}» está en un disco de solo lectura.</translation>
    </message>
    <message>
        <source>Could not save: no permission to write in the folder “{folder}” (read-only?).</source>
        <translation>No se pudo guardar: no hay permiso para escribir en la carpeta «{folder}» (¿es de solo lectura?).</translation>
    </message>
    <message>
        <source>Could not save: the disk is full.</source>
        <translation>No se pudo guardar: el disco está lleno.</translation>
    </message>
    <message>
        <source>Could not save: the folder “{folder}” does not exist.</source>
        <translation>No se pudo guardar: la carpeta «{folder}» no existe.</translation>
    </message>
    <message>
        <source>Could not save: a folder has that name.</source>
        <translation>No se pudo guardar: hay una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <source>Could not save: {reason}.</source>
        <translation>No se pudo guardar: {reason}.</translation>
    </message>
    <message>
        <source>Could not save: a symbolic link is in the way, and it is not followed here.</source>
        <translation>No se pudo guardar: hay un enlace simbólico en medio, y aquí no se siguen los enlaces simbólicos.</translation>
    </message>
    <message>
        <source>Opened by {user} on {host} since {since}.</source>
        <translation>Abierto por {user} en {host} desde {since}.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <source>The lock changed while you were asked: now opened by {user} on {host} since {since}.</source>
        <translation>El bloqueo cambió mientras se le preguntaba: ahora está abierto por {user} en {host} desde {since}.</translation>
    </message>
    <message>
        <source>Still open in bodymap on this computer, by {user}: switch to that window instead.</source>
        <translation>Sigue abierto en bodymap en este equipo, por {user}: cambie a esa ventana.</translation>
    </message>
    <message>
        <source>the file was removed or renamed</source>
        <translation>el archivo se ha eliminado o se le ha cambiado el nombre</translation>
    </message>
    <message>
        <source>a folder now has the file&apos;s name</source>
        <translation>ahora hay una carpeta con el nombre del archivo</translation>
    </message>
    <message>
        <source>the file was replaced by something that is not a file (a pipe or a device?)</source>
        <translation>el archivo se ha sustituido por algo que no es un archivo (¿una tubería o un dispositivo?)</translation>
    </message>
    <message>
        <source>the file is now larger than {mb} MB</source>
        <translation>el archivo ocupa ahora más de {mb} MB</translation>
    </message>
    <message>
        <source>the file can no longer be read (permission denied)</source>
        <translation>el archivo ya no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <source>the file can no longer be read ({reason})</source>
        <translation>el archivo ya no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the file&apos;s content was changed by another program or computer</source>
        <translation>otro programa u otro equipo ha cambiado el contenido del archivo</translation>
    </message>
    <message>
        <source>a key that is not a field name</source>
        <translation>una clave que no es un nombre de campo</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>{name} is not a valid number in a session file</source>
        <translation>{name} no es un número válido en un archivo de sesión</translation>
    </message>
    <message>
        <source>a number has more than {digits} digits</source>
        <translation>un número tiene más de {digits} dígitos</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels (line {line})</source>
        <translation>el JSON tiene más de {levels} niveles de anidamiento (línea {line})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text; session files are UTF-8</source>
        <translation>el archivo es texto UTF-16 o UTF-32; los archivos de sesión son UTF-8</translation>
    </message>
    <message>
        <source>the file is binary, not a JSON session file</source>
        <translation>el archivo es binario, no un archivo de sesión JSON</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (line {line}, byte offset {offset})</source>
        <translation>el archivo no es texto UTF-8 válido (línea {line}, posición de byte {offset})</translation>
    </message>
    <message>
        <source>the JSON ends too early (truncated?) at line {line}, column {column}</source>
        <translation>el JSON termina antes de tiempo (¿truncado?) en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}</source>
        <translation>JSON no válido en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>{path}: {key} appears twice in one object</source>
        <translation>{path}: {key} aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than {levels} levels</source>
        <translation>el JSON tiene más de {levels} niveles de anidamiento</translation>
    </message>
    <message>
        <source>{path} is required but missing</source>
        <translation>{path} es obligatorio, pero falta</translation>
    </message>
    <message>
        <source>{path} is not a known field</source>
        <translation>{path} no es un campo conocido</translation>
    </message>
    <message>
        <source>{path} must be a finite number</source>
        <translation>{path} debe ser un número finito</translation>
    </message>
    <message>
        <source>{path} has a value that is not allowed</source>
        <translation>{path} tiene un valor no permitido</translation>
    </message>
    <message>
        <source>{path} has an unknown kind</source>
        <translation>{path} es de un tipo (kind) desconocido</translation>
    </message>
    <message>
        <source>{path} needs a &apos;kind&apos;</source>
        <translation>{path} necesita un &apos;kind&apos;</translation>
    </message>
    <message>
        <source>{path} is not in the expected format</source>
        <translation>{path} no tiene el formato esperado</translation>
    </message>
    <message>
        <source>{path} needs a time zone</source>
        <translation>{path} necesita una zona horaria</translation>
    </message>
    <message>
        <source>{path} is not a UUID (like 123e4567-e89b-42d3-a456-426614174000)</source>
        <translation>{path} no es un UUID (como 123e4567-e89b-42d3-a456-426614174000)</translation>
    </message>
    <message>
        <source>{path} is out of range</source>
        <translation>{path} está fuera del intervalo permitido</translation>
    </message>
    <message>
        <source>{path} is too long</source>
        <translation>{path} es demasiado largo</translation>
    </message>
    <message>
        <source>{path} is too short</source>
        <translation>{path} es demasiado corto</translation>
    </message>
    <message>
        <source>{path} is invalid</source>
        <translation>{path} no es válido</translation>
    </message>
    <message>
        <source>{path} {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path} has the wrong type ({expected})</source>
        <translation>{path} tiene un tipo incorrecto ({expected})</translation>
    </message>
    <message>
        <source>{path} is invalid ({kind})</source>
        <translation>{path} no es válido ({kind})</translation>
    </message>
    <message numerus="yes">
        <source>{problems} (and %n more problems)</source>
        <translation>
            <numerusform>{problems} (y %n problema más)</numerusform>
            <numerusform>{problems} (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>this is not a bodymap session file (no &apos;format&apos; of bodymap.session)</source>
        <translation>no es un archivo de sesión de bodymap (no tiene &apos;format&apos; bodymap.session)</translation>
    </message>
    <message>
        <source>format_version is missing or not a version like &apos;1.0&apos;</source>
        <translation>format_version falta o no es una versión como &apos;1.0&apos;</translation>
    </message>
    <message>
        <source>made by a newer bodymap: format {format}; this version reads up to {major}.x</source>
        <translation>creado por una versión más reciente de bodymap: formato {format}; esta versión lee hasta la {major}.x</translation>
    </message>
    <message>
        <source>the format {format} file has an unexpected layout and cannot be upgraded</source>
        <translation>el archivo en formato {format} tiene una estructura inesperada y no se puede actualizar</translation>
    </message>
    <message>
        <source>format {format} is not supported</source>
        <translation>el formato {format} no es compatible</translation>
    </message>
    <message>
        <source>session.diagram.id names a diagram this version does not know</source>
        <translation>session.diagram.id nombra un diagrama que esta versión no conoce</translation>
    </message>
    <message>
        <source>{path} lies outside the diagram (0 to {limit} mm)</source>
        <translation>{path} está fuera del diagrama (de 0 a {limit} mm)</translation>
    </message>
    <message>
        <source>the file is JSON but not an object: not a session file</source>
        <translation>el archivo es JSON, pero no un objeto: no es un archivo de sesión</translation>
    </message>
    <message>
        <source>this is a folder, not a session file</source>
        <translation>es una carpeta, no un archivo de sesión</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or a pipe?)</source>
        <translation>no es un archivo normal (¿un dispositivo o una tubería?)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>permiso denegado: el archivo no se puede leer</translation>
    </message>
    <message>
        <source>this is a symbolic link, which is not followed here</source>
        <translation>es un enlace simbólico, y aquí no se siguen los enlaces simbólicos</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>el archivo no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {mb} MB: not a session file</source>
        <translation>el archivo ocupa más de {mb} MB: no es un archivo de sesión</translation>
    </message>
    <message>
        <source>the file&apos;s state at the autosave is not known</source>
        <translation>se desconoce el estado del archivo en el momento del guardado automático</translation>
    </message>
    <message>
        <source>the folder is unusable</source>
        <translation>la carpeta no se puede usar</translation>
    </message>
    <message>
        <source>Could not write the recovery file: {reason}.</source>
        <translation>No se pudo escribir el archivo de recuperación: {reason}.</translation>
    </message>
    <message>
        <source>Could not save: this record is signed and its content differs from what was signed. Add an amendment instead.</source>
        <translation>No se pudo guardar: este registro está firmado y su contenido difiere de lo que se firmó. Añada una enmienda en su lugar.</translation>
    </message>
    <message>
        <source>Could not save: the session is not valid ({problem}).</source>
        <translation>No se pudo guardar: la sesión no es válida ({problem}).</translation>
    </message>
</context>
<context>
    <name>text_editors</name>
    <message>
        <source>Not entered: the text {problem}.</source>
        <translation>No se ha introducido: el texto {problem}.</translation>
    </message>
    <message>
        <source>Not entered: this field holds at most {limit} characters.</source>
        <translation>No se ha introducido: este campo admite como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres utilizados</translation>
    </message>
    <message>
        <source>Not pasted: the text {problem}.</source>
        <translation>No se ha pegado: el texto {problem}.</translation>
    </message>
    <message>
        <source>Not pasted: {count} characters, and this field holds at most {limit} ({room} more fit).</source>
        <translation>No se ha pegado: {count} caracteres, y este campo admite como máximo {limit} (caben {room} más).</translation>
    </message>
</context>
<context>
    <name>treatment_panel</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Local twitch</source>
        <translation>Respuesta de espasmo local</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Palpable</source>
        <translation>Palpable</translation>
    </message>
    <message>
        <source>Jump sign</source>
        <translation>Signo del salto</translation>
    </message>
    <message>
        <source>Referred pain</source>
        <translation>Dolor referido</translation>
    </message>
    <message>
        <source>Referred to (e.g. temple, behind the eye)</source>
        <translation>Referido a (p. ej., sien, detrás del ojo)</translation>
    </message>
    <message>
        <source>Referred pain area</source>
        <translation>Zona de dolor referido</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Needle diameter</source>
        <translation>Diámetro de la aguja</translation>
    </message>
    <message>
        <source>Needle length</source>
        <translation>Longitud de la aguja</translation>
    </message>
    <message>
        <source>Needle advice at this position</source>
        <translation>Recomendación de aguja en esta posición</translation>
    </message>
    <message>
        <source>Needle too long</source>
        <translation>Aguja demasiado larga</translation>
    </message>
    <message>
        <source>Dry needling instead</source>
        <translation>Cambiar a punción seca</translation>
    </message>
    <message>
        <source>Normal saline instead</source>
        <translation>Cambiar a suero fisiológico</translation>
    </message>
    <message>
        <source>Tick the local anaesthetic allergy box</source>
        <translation>Marcar «Alergia a anestésicos locales»</translation>
    </message>
    <message>
        <source>The allergies text names a local anaesthetic: record it as an allergy.</source>
        <translation>El texto de alergias menciona un anestésico local: regístrelo como alergia.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Twitch (LTR)</source>
        <translation>Respuesta de espasmo local (REL)</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Pain &amp;before</source>
        <translation>Dolor ante&amp;s</translation>
    </message>
    <message>
        <source>Needle &amp;diameter</source>
        <translation>Diámetro de la agu&amp;ja</translation>
    </message>
    <message>
        <source>Needle &amp;length</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Cambiar {field}</translation>
    </message>
    <message>
        <source>Set treatment</source>
        <translation>Cambiar tratamiento</translation>
    </message>
    <message>
        <source>Set agent</source>
        <translation>Cambiar fármaco</translation>
    </message>
    <message>
        <source>Set needle</source>
        <translation>Cambiar aguja</translation>
    </message>
    <message>
        <source>Select a point to record its findings and treatment.</source>
        <translation>Seleccione un punto para registrar sus hallazgos y su tratamiento.</translation>
    </message>
    <message>
        <source>Points {numbers}: changes apply to all {count}.</source>
        <translation>Puntos {numbers}: los cambios se aplican a los {count}.</translation>
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
        <translation>{name} (0-10). Escriba un dígito; 1 y luego 0 para 10; Suprimir borra el valor.</translation>
    </message>
</context>
<context>
    <name>wiring</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Vasovagal reaction</source>
        <translation>Reacción vasovagal</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Sospecha de neumotórax</translation>
    </message>
    <message>
        <source>Signs of local anaesthetic toxicity</source>
        <translation>Signos de toxicidad por anestésico local</translation>
    </message>
    <message>
        <source>Allergic reaction</source>
        <translation>Reacción alérgica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>examination only</source>
        <translation>solo exploración</translation>
    </message>
    <message>
        <source>dry needling</source>
        <translation>punción seca</translation>
    </message>
    <message>
        <source>Left {muscle}</source>
        <translation>{muscle} del lado izquierdo</translation>
    </message>
    <message>
        <source>Right {muscle}</source>
        <translation>{muscle} del lado derecho</translation>
    </message>
    <message>
        <source>Midline {muscle}</source>
        <translation>{muscle} de la línea media</translation>
    </message>
    <message>
        <source>{agent} in a mixture</source>
        <translation>{agent} en mezcla</translation>
    </message>
    <message>
        <source>{agent} with epinephrine</source>
        <translation>{agent} con adrenalina</translation>
    </message>
    <message>
        <source>{injection}; needle {sizes}</source>
        <translation>{injection}; aguja {sizes}</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>Dry needling; needle {sizes}</source>
        <translation>Punción seca; aguja {sizes}</translation>
    </message>
    <message>
        <source>Examined only</source>
        <translation>Solo exploración</translation>
    </message>
    <message>
        <source>injection</source>
        <translation>infiltración</translation>
    </message>
    <message>
        <source>active</source>
        <comment>trigger point</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <comment>trigger point</comment>
        <translation>latente</translation>
    </message>
    <message>
        <source>taut band</source>
        <translation>banda tensa</translation>
    </message>
    <message>
        <source>no taut band</source>
        <translation>sin banda tensa</translation>
    </message>
    <message>
        <source>no twitch</source>
        <translation>sin respuesta de espasmo local</translation>
    </message>
    <message>
        <source>visible twitch</source>
        <translation>respuesta de espasmo local visible</translation>
    </message>
    <message>
        <source>palpable twitch</source>
        <translation>respuesta de espasmo local palpable</translation>
    </message>
    <message>
        <source>jump sign</source>
        <translation>signo del salto</translation>
    </message>
    <message>
        <source>no jump sign</source>
        <translation>sin signo del salto</translation>
    </message>
    <message>
        <source>referral to {area}</source>
        <translation>dolor referido a {area}</translation>
    </message>
    <message>
        <source>referred pain</source>
        <translation>dolor referido</translation>
    </message>
    <message>
        <source>no referral</source>
        <translation>sin dolor referido</translation>
    </message>
    <message>
        <source>Left (patient&apos;s)</source>
        <translation>Izquierdo (del paciente)</translation>
    </message>
    <message>
        <source>Right (patient&apos;s)</source>
        <translation>Derecho (del paciente)</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Infiltración</translation>
    </message>
    <message>
        <source>examined only</source>
        <translation>solo exploración</translation>
    </message>
    <message>
        <source>midline {muscle}</source>
        <translation>{muscle} de la línea media</translation>
    </message>
    <message>
        <source>Point {number}, {muscle}, {treatment}</source>
        <translation>Punto {number}, {muscle}, {treatment}</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (left), {treatment}.
Click to add it to this session.</source>
        <translation>Visita anterior {date}, punto {number}: {muscle} (lado izquierdo), {treatment}.
Haga clic para añadirlo a esta sesión.</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (right), {treatment}.
Click to add it to this session.</source>
        <translation>Visita anterior {date}, punto {number}: {muscle} (lado derecho), {treatment}.
Haga clic para añadirlo a esta sesión.</translation>
    </message>
    <message>
        <source>Previous visit {date}, point {number}: {muscle} (midline), {treatment}.
Click to add it to this session.</source>
        <translation>Visita anterior {date}, punto {number}: {muscle} (línea media), {treatment}.
Haga clic para añadirlo a esta sesión.</translation>
    </message>
</context>
</TS>
