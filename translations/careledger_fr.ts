<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Only an administrator can change a patient&apos;s details.</source>
        <translation>Seul un administrateur peut modifier les informations d’un patient.</translation>
    </message>
    <message>
        <source>Only the patient or an administrator can grant or revoke access.</source>
        <translation>Seuls le patient ou un administrateur peuvent accorder ou retirer un accès.</translation>
    </message>
    <message>
        <source>Only an administrator can read a patient&apos;s audit trail.</source>
        <translation>Seul un administrateur peut consulter la piste d’audit d’un patient.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient&apos;s record.</source>
        <translation>Seul un administrateur peut effacer le dossier d’un patient.</translation>
    </message>
    <message>
        <source>Only an administrator can export a patient&apos;s record.</source>
        <translation>Seul un administrateur peut exporter le dossier d’un patient.</translation>
    </message>
    <message>
        <source>Only doctors can use emergency access.</source>
        <translation>Seuls les médecins peuvent utiliser l’accès d’urgence.</translation>
    </message>
    <message>
        <source>Nurses cannot write prescriptions.</source>
        <translation>Les infirmiers ne peuvent pas rédiger d’ordonnances.</translation>
    </message>
    <message>
        <source>Administrators cannot write prescriptions.</source>
        <translation>Les administrateurs ne peuvent pas rédiger d’ordonnances.</translation>
    </message>
    <message>
        <source>Nurses cannot write history entries.</source>
        <translation>Les infirmiers ne peuvent pas saisir d’antécédents.</translation>
    </message>
    <message>
        <source>Administrators cannot write history entries.</source>
        <translation>Les administrateurs ne peuvent pas saisir d’antécédents.</translation>
    </message>
    <message>
        <source>Administrators cannot see clinical content (history and prescriptions).</source>
        <translation>Les administrateurs ne peuvent pas voir le contenu clinique (antécédents et ordonnances).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’êtes pas autorisé à faire ceci.</translation>
    </message>
    <message>
        <source>Your access to this record has expired.</source>
        <translation>Votre accès à ce dossier a expiré.</translation>
    </message>
    <message>
        <source>You have no access to this patient&apos;s record. If the patient needs care now, use emergency access.</source>
        <translation>Vous n’avez pas accès au dossier de ce patient. Si le patient doit être soigné maintenant, utilisez l’accès d’urgence.</translation>
    </message>
    <message>
        <source>You have no access to this patient&apos;s record. A doctor can use emergency access.</source>
        <translation>Vous n’avez pas accès au dossier de ce patient. Un médecin peut utiliser l’accès d’urgence.</translation>
    </message>
    <message>
        <source>The patient&apos;s consent for this clinic has expired, so the record cannot be exported.</source>
        <translation>Le consentement du patient pour cette clinique a expiré&#xa0;: le dossier ne peut pas être exporté.</translation>
    </message>
    <message>
        <source>Exporting a record needs the patient&apos;s consent for this clinic or for you.</source>
        <translation>L’export d’un dossier nécessite le consentement du patient pour cette clinique ou pour vous.</translation>
    </message>
    <message>
        <source>You already have access to this patient&apos;s record; emergency access is not needed.</source>
        <translation>Vous avez déjà accès au dossier de ce patient&#xa0;; l’accès d’urgence n’est pas nécessaire.</translation>
    </message>
    <message>
        <source>Your emergency access to this patient&apos;s record is already active.</source>
        <translation>Votre accès d’urgence au dossier de ce patient est déjà actif.</translation>
    </message>
    <message>
        <source>Emergency access is not available here.</source>
        <translation>L’accès d’urgence n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>Patients can see only their own record.</source>
        <translation>Les patients ne peuvent voir que leur propre dossier.</translation>
    </message>
    <message>
        <source>This part of the record is not available at the kiosk; please ask your clinic.</source>
        <translation>Cette partie du dossier n’est pas disponible à la borne&#xa0;; adressez-vous à votre clinique.</translation>
    </message>
    <message>
        <source>This patient&apos;s record was erased.</source>
        <translation>Le dossier de ce patient a été effacé.</translation>
    </message>
    <message>
        <source>Administrators cannot see a patient&apos;s vital signs.</source>
        <translation>Les administrateurs ne peuvent pas voir les constantes vitales d’un patient.</translation>
    </message>
    <message>
        <source>Only doctors and nurses can acknowledge alerts.</source>
        <translation>Seuls les médecins et les infirmiers peuvent acquitter les alertes.</translation>
    </message>
    <message>
        <source>Only doctors can change a patient&apos;s alert limits.</source>
        <translation>Seuls les médecins peuvent modifier les limites d’alerte d’un patient.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>This alarm is no longer raised.</source>
        <translation>Cette alarme n’est plus déclenchée.</translation>
    </message>
    <message>
        <source>This alarm has already been acknowledged.</source>
        <translation>Cette alarme a déjà été acquittée.</translation>
    </message>
    <message>
        <source>The low limit of %1 may have at most one decimal.</source>
        <translation>La limite basse de %1 peut avoir au plus une décimale.</translation>
    </message>
    <message>
        <source>The high limit of %1 may have at most one decimal.</source>
        <translation>La limite haute de %1 peut avoir au plus une décimale.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be a whole number.</source>
        <translation>La limite basse de %1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be a whole number.</source>
        <translation>La limite haute de %1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be above %2 and at most %3.</source>
        <translation>La limite basse de %1 doit être supérieure à %2 et au plus égale à %3.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be above %2 and at most %3.</source>
        <translation>La limite haute de %1 doit être supérieure à %2 et au plus égale à %3.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be between %2 and %3.</source>
        <translation>La limite basse de %1 doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be between %2 and %3.</source>
        <translation>La limite haute de %1 doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>Stored alert settings are malformed (%1).</source>
        <translation>Les réglages d’alerte enregistrés sont mal formés (%1).</translation>
    </message>
    <message>
        <source>The SpO2 scale must be scale 1 or scale 2.</source>
        <translation>L’échelle SpO2 doit être l’échelle 1 ou l’échelle 2.</translation>
    </message>
    <message>
        <source>Limits cannot be set for %1.</source>
        <translation>Aucune limite ne peut être définie pour %1.</translation>
    </message>
    <message>
        <source>%1 has more than one set of limits.</source>
        <translation>%1 a plus d’un jeu de limites.</translation>
    </message>
    <message>
        <source>The priority of %1 must be high, medium or low.</source>
        <translation>La priorité de %1 doit être haute, moyenne ou basse.</translation>
    </message>
    <message>
        <source>Set a low limit, a high limit or both for %1.</source>
        <translation>Définissez une limite basse, une limite haute ou les deux pour %1.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be below its high limit.</source>
        <translation>La limite basse de %1 doit être inférieure à sa limite haute.</translation>
    </message>
    <message>
        <source>Stored alert settings are larger than %1 bytes.</source>
        <translation>Les réglages d’alerte enregistrés dépassent %1 octets.</translation>
    </message>
    <message>
        <source>Stored alert settings are not valid CBOR.</source>
        <translation>Les réglages d’alerte enregistrés ne sont pas du CBOR valide.</translation>
    </message>
    <message>
        <source>Stored alert settings have an unsupported format version.</source>
        <translation>Les réglages d’alerte enregistrés ont une version de format non prise en charge.</translation>
    </message>
    <message>
        <source>Stored alert settings are invalid: %1</source>
        <translation>Les réglages d’alerte enregistrés ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored alert settings are not in canonical form.</source>
        <translation>Les réglages d’alerte enregistrés ne sont pas sous forme canonique.</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 1)</source>
        <extracomment>A rule that applies on SpO2 scale 1 only (&quot;SpO2 ≤ 91 % (SpO2 scale 1)&quot;)</extracomment>
        <translation>%1 (échelle SpO2 1)</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 2)</source>
        <translation>%1 (échelle SpO2 2)</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 2, on oxygen)</source>
        <translation>%1 (échelle SpO2 2, sous oxygène)</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Priorité moyenne</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <source>NEWS2 (default)</source>
        <translation>NEWS2 (par défaut)</translation>
    </message>
    <message>
        <source>EHRGuard paper rules</source>
        <translation>Règles de l’article EHRGuard</translation>
    </message>
    <message>
        <source>Typical monitor limits</source>
        <translation>Limites habituelles des moniteurs</translation>
    </message>
    <message>
        <source>%1 not %2</source>
        <extracomment>Consciousness rule in a table: sign name, the ACVPU level Alert (&quot;Consciousness not Alert&quot;)</extracomment>
        <translation>%1 et non %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Rule in a table: sign name, comparison symbol, limit with unit (&quot;SpO2 ≤ 91 %&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Consciousness flag: sign name, ACVPU level (&quot;Consciousness: Responds to voice&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <extracomment>Why a reading was flagged: sign, value with unit, comparison symbol, limit (&quot;SpO2 89 % ≤ 91 %&quot;)</extracomment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1: implausible reading (%2)</source>
        <extracomment>Technical alarm: sign name, the value as received (&quot;SpO2: implausible reading (12 %)&quot;)</extracomment>
        <translation>%1&#xa0;: valeur invraisemblable (%2)</translation>
    </message>
    <message>
        <source>NEWS2 %1 ≥ %2 (partial)</source>
        <extracomment>NEWS2 aggregate flag computed without every parameter: score, threshold</extracomment>
        <translation>NEWS2 %1 ≥ %2 (partiel)</translation>
    </message>
    <message>
        <source>NEWS2 %1 ≥ %2</source>
        <extracomment>NEWS2 aggregate flag: score, threshold</extracomment>
        <translation>NEWS2 %1 ≥ %2</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <source>low-medium risk</source>
        <translation>risque faible à moyen</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>risque moyen</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>risque élevé</translation>
    </message>
    <message>
        <source>NEWS2 at least %1, partial (missing: %2)</source>
        <translation>NEWS2 au moins %1, partiel (manquant&#xa0;: %2)</translation>
    </message>
    <message>
        <source>NEWS2 %1 (%2)</source>
        <translation>NEWS2 %1 (%2)</translation>
    </message>
    <message>
        <source>%1; stale: %2</source>
        <translation>%1&#xa0;; périmé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>“%1” is not a valid record number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de dossier valide.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChartService</name>
    <message>
        <source>This patient has no such record.</source>
        <translation>Ce patient n’a pas de tel élément de dossier.</translation>
    </message>
    <message>
        <source>A new prescription starts as active.</source>
        <translation>Une nouvelle ordonnance commence à l’état actif.</translation>
    </message>
    <message>
        <source>This prescription is %1 and can no longer be changed; write a new one instead.</source>
        <translation>Cette ordonnance est à l’état «&#xa0;%1&#xa0;» et ne peut plus être modifiée&#xa0;; rédigez-en une nouvelle.</translation>
    </message>
    <message>
        <source>A prescription can only be marked completed or stopped; amend it to change its terms.</source>
        <translation>Une ordonnance ne peut être que marquée terminée ou arrêtée&#xa0;; modifiez-la pour en changer les termes.</translation>
    </message>
    <message>
        <source>Please give a reason for the change.</source>
        <translation>Veuillez indiquer le motif de la modification.</translation>
    </message>
    <message>
        <source>The reason must be at most %1 characters long.</source>
        <translation>Le motif doit comporter au plus %1 caractères.</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <source>Tablet</source>
        <translation>Comprimé</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Gélule</translation>
    </message>
    <message>
        <source>Oral solution</source>
        <translation>Solution buvable</translation>
    </message>
    <message>
        <source>Oral suspension</source>
        <translation>Suspension buvable</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>Inhalateur</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <source>Ointment</source>
        <translation>Pommade</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Gouttes</translation>
    </message>
    <message>
        <source>Suppository</source>
        <translation>Suppositoire</translation>
    </message>
    <message>
        <source>Spray</source>
        <translation>Spray</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Orale</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublinguale</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intraveineuse</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>Intramusculaire</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>Sous-cutanée</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>Topique</translation>
    </message>
    <message>
        <source>Inhalation</source>
        <translation>Inhalation</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Rectale</translation>
    </message>
    <message>
        <source>Ophthalmic (eye)</source>
        <translation>Ophtalmique (œil)</translation>
    </message>
    <message>
        <source>Otic (ear)</source>
        <translation>Auriculaire (oreille)</translation>
    </message>
    <message>
        <source>Nasal</source>
        <translation>Nasale</translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation>Transdermique</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the label of a form field, e.g. &quot;Given name&quot;.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long.</source>
        <extracomment>%1 is the label of a form field, %2 a number of characters.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» doit comporter au plus %2 caractères.</translation>
    </message>
    <message>
        <source>%1 must not contain control characters other than line breaks and tabs.</source>
        <extracomment>%1 is the label of a form field.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas contenir de caractères de contrôle autres que les sauts de ligne et les tabulations.</translation>
    </message>
    <message>
        <source>%1 must be a single line without control characters.</source>
        <extracomment>%1 is the label of a form field.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» doit tenir sur une seule ligne, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <extracomment>%1 is the label of a date field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <extracomment>%1 is the label of a date field, %2 the earliest date allowed (ISO 8601).</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être antérieur au %2.</translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces and the characters + - ( ) .</source>
        <extracomment>%1 is the label of a phone field.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut contenir que des chiffres, des espaces et les caractères + - ( ) .</translation>
    </message>
    <message>
        <source>%1 must have between 6 and 20 digits.</source>
        <extracomment>%1 is the label of a phone field.</extracomment>
        <translation>Le champ «&#xa0;%1&#xa0;» doit comporter entre 6 et 20 chiffres.</translation>
    </message>
    <message>
        <source>Email must be an address such as name@example.org, without spaces.</source>
        <translation>L’adresse e-mail doit être de la forme nom@exemple.org, sans espaces.</translation>
    </message>
    <message>
        <source>The stored record has %1 fields where %2 were expected.</source>
        <translation>L’élément enregistré a %1 champs au lieu de %2.</translation>
    </message>
    <message>
        <source>The stored record has an unknown field.</source>
        <translation>L’élément enregistré a un champ inconnu.</translation>
    </message>
    <message>
        <source>The stored record lacks field %1.</source>
        <translation>Il manque le champ %1 à l’élément enregistré.</translation>
    </message>
    <message>
        <source>Field %1 of the stored record has the wrong type.</source>
        <translation>Le champ %1 de l’élément enregistré n’a pas le bon type.</translation>
    </message>
    <message>
        <source>The stored record is not valid CBOR (%1).</source>
        <translation>L’élément enregistré n’est pas du CBOR valide (%1).</translation>
    </message>
    <message>
        <source>The stored record has %1 trailing bytes.</source>
        <translation>L’élément enregistré a %1 octets en trop à la fin.</translation>
    </message>
    <message>
        <source>The stored record is not a CBOR map.</source>
        <translation>L’élément enregistré n’est pas une table CBOR.</translation>
    </message>
    <message>
        <source>The stored record has no format version.</source>
        <translation>L’élément enregistré n’a pas de version de format.</translation>
    </message>
    <message>
        <source>The stored record has an unknown format version (%1).</source>
        <translation>L’élément enregistré a une version de format inconnue (%1).</translation>
    </message>
    <message>
        <source>The stored record is not of the expected kind (%1).</source>
        <translation>L’élément enregistré n’est pas du type attendu (%1).</translation>
    </message>
    <message>
        <source>The stored record is not in canonical form.</source>
        <translation>L’élément enregistré n’est pas sous forme canonique.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>problem</comment>
        <extracomment>Status of a problem-list entry.</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>prescription</comment>
        <extracomment>Status of a prescription.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Téléphone de la personne à prévenir</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown.</source>
        <translation>Le sexe doit être femme, homme, autre ou inconnu.</translation>
    </message>
    <message>
        <source>Emergency contact phone is required when an emergency contact is named.</source>
        <translation>Le numéro de la personne à prévenir est obligatoire lorsqu’une personne est indiquée.</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Système de codage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Code system is required when a code is given.</source>
        <translation>Le système de codage est obligatoire lorsqu’un code est indiqué.</translation>
    </message>
    <message>
        <source>Code is required when a code system is given.</source>
        <translation>Le code est obligatoire lorsqu’un système de codage est indiqué.</translation>
    </message>
    <message>
        <source>Code system must be a URI such as http://hl7.org/fhir/sid/icd-10 or http://snomed.info/sct.</source>
        <translation>Le système de codage doit être une URI telle que http://hl7.org/fhir/sid/icd-10 ou http://snomed.info/sct.</translation>
    </message>
    <message>
        <source>Onset date cannot be before the date of birth.</source>
        <translation>La date de début ne peut pas être antérieure à la date de naissance.</translation>
    </message>
    <message>
        <source>Status must be active, resolved or inactive.</source>
        <translation>Le statut doit être actif, résolu ou inactif.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dose must be greater than zero.</source>
        <translation>La dose doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Dose must be at most 10000.</source>
        <translation>La dose doit être au plus de 10000.</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unité de dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Duration must be between 1 and 3650 days.</source>
        <translation>La durée doit être comprise entre 1 et 3650 jours.</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Quantity must be at most 100000.</source>
        <translation>La quantité doit être au plus de 100000.</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Unité de quantité</translation>
    </message>
    <message>
        <source>Refills must be between 0 and 12.</source>
        <translation>Le nombre de renouvellements doit être compris entre 0 et 12.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Date prescribed</source>
        <translation>Date de prescription</translation>
    </message>
    <message>
        <source>Status must be active, amended, completed or stopped.</source>
        <translation>Le statut doit être active, modifiée, terminée ou arrêtée.</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Clinic %1</source>
        <translation>Clinique %1</translation>
    </message>
    <message>
        <source>The end of the access must be in the future.</source>
        <translation>La fin de l’accès doit être dans le futur.</translation>
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation>Il n’y a pas de membre du personnel «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only doctors and nurses read clinical records; grant access to one of them.</source>
        <translation>Seuls les médecins et les infirmiers lisent les dossiers cliniques&#xa0;; accordez l’accès à l’un d’eux.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>%1 already has access to this patient.</source>
        <translation>%1 a déjà accès à ce patient.</translation>
    </message>
    <message>
        <source>Please choose a clinic.</source>
        <translation>Veuillez choisir une clinique.</translation>
    </message>
    <message>
        <source>This clinic already has access to this patient.</source>
        <translation>Cette clinique a déjà accès à ce patient.</translation>
    </message>
    <message>
        <source>This patient has no such access grant.</source>
        <translation>Ce patient n’a pas cette autorisation d’accès.</translation>
    </message>
    <message>
        <source>This access grant is already revoked.</source>
        <translation>Cette autorisation d’accès est déjà retirée.</translation>
    </message>
    <message>
        <source>This access grant is damaged.</source>
        <translation>Cette autorisation d’accès est endommagée.</translation>
    </message>
    <message>
        <source>Please explain the emergency (at least %1 characters).</source>
        <translation>Veuillez expliquer l’urgence (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>Cette clinique</translation>
    </message>
    <message>
        <source>This clinic is not a member of the consortium.</source>
        <translation>Cette clinique n’est pas membre du consortium.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Le patient</translation>
    </message>
</context>
<context>
    <name>Consortium</name>
    <message>
        <source>This is not a CareLedger key file.</source>
        <translation>Ce n’est pas un fichier de clé CareLedger.</translation>
    </message>
    <message>
        <source>The key file&apos;s parameters are damaged.</source>
        <translation>Les paramètres du fichier de clé sont endommagés.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file.</source>
        <translation>La phrase secrète n’ouvre pas ce fichier de clé.</translation>
    </message>
    <message>
        <source>The key in this file is damaged.</source>
        <translation>La clé contenue dans ce fichier est endommagée.</translation>
    </message>
    <message>
        <source>This is not a CareLedger genesis file.</source>
        <translation>Ce n’est pas un fichier de genèse CareLedger.</translation>
    </message>
    <message>
        <source>The genesis file is damaged: %1</source>
        <translation>Le fichier de genèse est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A public key file does not hold a P-256 public key.</source>
        <translation>Un fichier de clé publique ne contient pas de clé publique P-256.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>No data folder was given.</source>
        <translation>Aucun dossier de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>The folder %1 is in the way; remove it and retry.</source>
        <translation>Le dossier %1 gêne l’opération ; supprimez-le puis réessayez.</translation>
    </message>
    <message>
        <source>The demo clinic could not be moved into %1.</source>
        <translation>La clinique de démonstration n’a pas pu être placée dans %1.</translation>
    </message>
    <message>
        <source>The demo gateway&apos;s key file cannot be written: %1</source>
        <translation>Le fichier de clés de la passerelle de démonstration ne peut pas être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Duplicate message, already processed.</source>
        <translation>Message en double, déjà traité.</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>body temperature</source>
        <translation>température corporelle</translation>
    </message>
    <message>
        <source>respiration rate</source>
        <translation>fréquence respiratoire</translation>
    </message>
    <message>
        <source>systolic blood pressure</source>
        <translation>pression artérielle systolique</translation>
    </message>
    <message>
        <source>diastolic blood pressure</source>
        <translation>pression artérielle diastolique</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>glycémie</translation>
    </message>
    <message>
        <source>EMG</source>
        <translation>EMG</translation>
    </message>
    <message>
        <source>on oxygen</source>
        <translation>sous oxygène</translation>
    </message>
    <message>
        <source>Unrecognised bytes</source>
        <translation>Octets non reconnus</translation>
    </message>
    <message>
        <source>Frame too long</source>
        <translation>Trame trop longue</translation>
    </message>
    <message>
        <source>Incomplete frame</source>
        <translation>Trame incomplète</translation>
    </message>
    <message>
        <source>Malformed frame</source>
        <translation>Trame mal formée</translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation>Paramètre inconnu</translation>
    </message>
    <message>
        <source>Duplicate parameter</source>
        <translation>Paramètre en double</translation>
    </message>
    <message>
        <source>Missing unit</source>
        <translation>Unité manquante</translation>
    </message>
    <message>
        <source>Wrong unit</source>
        <translation>Unité incorrecte</translation>
    </message>
    <message>
        <source>Value is not a number</source>
        <translation>La valeur n’est pas un nombre</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>Message non pris en charge</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>Device not paired</source>
        <translation>Appareil non associé</translation>
    </message>
    <message>
        <source>Unauthenticated message for an authenticated device</source>
        <translation>Message non authentifié pour un appareil authentifié</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l’authentification</translation>
    </message>
    <message>
        <source>Replayed frame</source>
        <translation>Trame rejouée</translation>
    </message>
    <message>
        <source>Frame out of order</source>
        <translation>Trame hors séquence</translation>
    </message>
    <message>
        <source>Timestamp too old</source>
        <translation>Horodatage trop ancien</translation>
    </message>
    <message>
        <source>Timestamp in the future</source>
        <translation>Horodatage dans le futur</translation>
    </message>
    <message>
        <source>Implausible value</source>
        <translation>Valeur invraisemblable</translation>
    </message>
    <message>
        <source>%1 %2 %3 is outside %4–%5, which no patient or working sensor produces.</source>
        <translation>%1 %2 %3 est hors de l’intervalle %4–%5, qu’aucun patient ni capteur en état de marche ne produit.</translation>
    </message>
    <message>
        <source>Diastolic pressure %1 mm[Hg] is above systolic pressure %2 mm[Hg].</source>
        <translation>La pression diastolique %1 mm[Hg] est supérieure à la pression systolique %2 mm[Hg].</translation>
    </message>
    <message>
        <source>Device %1 already sent sequence %2.</source>
        <translation>L’appareil %1 a déjà envoyé la séquence %2.</translation>
    </message>
    <message>
        <source>Device %1 sent sequence %2 after %3.</source>
        <translation>L’appareil %1 a envoyé la séquence %2 après %3.</translation>
    </message>
    <message>
        <source>Measured %1 s before the workstation&apos;s clock; the limit is %2 s.</source>
        <translation>Mesuré %1 s avant l’horloge du poste&#xa0;; la limite est de %2 s.</translation>
    </message>
    <message>
        <source>Measured %1 s after the workstation&apos;s clock; the limit is %2 s.</source>
        <translation>Mesuré %1 s après l’horloge du poste&#xa0;; la limite est de %2 s.</translation>
    </message>
    <message>
        <source>Device %1 is not registered.</source>
        <translation>L’appareil %1 n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Device %1 is not paired with a patient.</source>
        <translation>L’appareil %1 n’est associé à aucun patient.</translation>
    </message>
    <message>
        <source>Device %1 is registered as an HL7 monitor and has no key.</source>
        <translation>L’appareil %1 est enregistré comme moniteur HL7 et n’a pas de clé.</translation>
    </message>
    <message>
        <source>The MAC of device %1 does not match its key.</source>
        <translation>Le MAC de l’appareil %1 ne correspond pas à sa clé.</translation>
    </message>
    <message>
        <source>Device %1 signs its frames; an unsigned HL7 message in its name is refused.</source>
        <translation>L’appareil %1 signe ses trames&#xa0;; un message HL7 non signé à son nom est refusé.</translation>
    </message>
    <message>
        <source>Message %1 from device %2 was already received.</source>
        <translation>Le message %1 de l’appareil %2 a déjà été reçu.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: expected “&lt;device-id&gt; &lt;key&gt;” or “&lt;EUI-64&gt; hl7”.</source>
        <translation>%1&#xa0;: «&#xa0;&lt;identifiant-appareil&gt; &lt;clé&gt;&#xa0;» ou «&#xa0;&lt;EUI-64&gt; hl7&#xa0;» attendu.</translation>
    </message>
    <message>
        <source>%1: the device id is 1 to 64 characters of A-Z a-z 0-9 - _ . :</source>
        <translation>%1&#xa0;: l’identifiant d’appareil comporte de 1 à 64 caractères parmi A-Z a-z 0-9 - _ .&#xa0;:</translation>
    </message>
    <message>
        <source>%1: an HL7 monitor is named by its EUI-64 (16 hex digits).</source>
        <translation>%1&#xa0;: un moniteur HL7 est désigné par son EUI-64 (16 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>%1: the key must be 64 hexadecimal digits (256 bits).</source>
        <translation>%1&#xa0;: la clé doit comporter 64 chiffres hexadécimaux (256 bits).</translation>
    </message>
    <message>
        <source>%1: device %2 is listed twice; the first entry is used.</source>
        <translation>%1&#xa0;: l’appareil %2 figure deux fois&#xa0;; la première entrée est utilisée.</translation>
    </message>
    <message>
        <source>%1 takes no unit, got “%2”.</source>
        <translation>%1 ne prend pas d’unité, «&#xa0;%2&#xa0;» reçu.</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, got “%2”.</source>
        <translation>%1 doit valoir 0 ou 1, «&#xa0;%2&#xa0;» reçu.</translation>
    </message>
    <message>
        <source>The value of %1 has more than %2 characters.</source>
        <translation>La valeur de %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The value of %1 (“%2”) is not a decimal number.</source>
        <translation>La valeur de %1 («&#xa0;%2&#xa0;») n’est pas un nombre décimal.</translation>
    </message>
    <message>
        <source>%1 has no unit; expected %2.</source>
        <translation>%1 n’a pas d’unité&#xa0;; %2 attendu.</translation>
    </message>
    <message>
        <source>%1 is in “%2”; expected %3.</source>
        <translation>%1 est en «&#xa0;%2&#xa0;»&#xa0;; %3 attendu.</translation>
    </message>
    <message>
        <source>The frame has %1 bytes; the limit is %2.</source>
        <translation>La trame fait %1 octets&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <source>Byte 0x%1 at column %2 is not printable ASCII.</source>
        <translation>L’octet 0x%1 à la colonne %2 n’est pas de l’ASCII imprimable.</translation>
    </message>
    <message>
        <source>Unsupported protocol version “%1”.</source>
        <translation>Version de protocole non prise en charge «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The line does not start with CLV1.</source>
        <translation>La ligne ne commence pas par CLV1.</translation>
    </message>
    <message>
        <source>The frame has no MAC.</source>
        <translation>La trame n’a pas de MAC.</translation>
    </message>
    <message>
        <source>The MAC has %1 characters; expected %2 hex digits.</source>
        <translation>Le MAC a %1 caractères&#xa0;; %2 chiffres hexadécimaux attendus.</translation>
    </message>
    <message>
        <source>The MAC is not lower-case hexadecimal.</source>
        <translation>Le MAC n’est pas en hexadécimal minuscule.</translation>
    </message>
    <message>
        <source>Empty field at column %1 (two spaces in a row or a trailing space).</source>
        <translation>Champ vide à la colonne %1 (deux espaces de suite ou une espace finale).</translation>
    </message>
    <message>
        <source>More than %1 values in one frame.</source>
        <translation>Plus de %1 valeurs dans une trame.</translation>
    </message>
    <message>
        <source>The frame needs a device id, a sequence, a timestamp and at least one value.</source>
        <translation>La trame doit contenir un identifiant d’appareil, une séquence, un horodatage et au moins une valeur.</translation>
    </message>
    <message>
        <source>The device id is longer than %1 characters.</source>
        <translation>L’identifiant d’appareil dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The device id “%1” contains a character outside A-Z a-z 0-9 - _ . :</source>
        <translation>L’identifiant d’appareil «&#xa0;%1&#xa0;» contient un caractère hors de A-Z a-z 0-9 - _ .&#xa0;:</translation>
    </message>
    <message>
        <source>The sequence “%1” is not a decimal number between 0 and 2^63-1.</source>
        <translation>La séquence «&#xa0;%1&#xa0;» n’est pas un nombre décimal entre 0 et 2^63-1.</translation>
    </message>
    <message>
        <source>The timestamp “%1” is not milliseconds since 1970 before the year 10000.</source>
        <translation>L’horodatage «&#xa0;%1&#xa0;» n’est pas un nombre de millisecondes depuis 1970 avant l’an 10000.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=value.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CLÉ=valeur.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>Paramètre inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation>%1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>line 1: not the EHRGuard table 4 header.</source>
        <translation>ligne 1&#xa0;: ce n’est pas l’en-tête de la table 4 d’EHRGuard.</translation>
    </message>
    <message>
        <source>%1: fewer than six columns.</source>
        <translation>%1&#xa0;: moins de six colonnes.</translation>
    </message>
    <message>
        <source>%1: a vital sign is not a number.</source>
        <translation>%1&#xa0;: un signe vital n’est pas un nombre.</translation>
    </message>
    <message>
        <source>An HL7 end block without a start block.</source>
        <translation>Un bloc de fin HL7 sans bloc de début.</translation>
    </message>
    <message>
        <source>Bytes outside any frame, starting with 0x%1.</source>
        <translation>Octets hors de toute trame, commençant par 0x%1.</translation>
    </message>
    <message>
        <source>A line that is not a CLV1 frame.</source>
        <translation>Une ligne qui n’est pas une trame CLV1.</translation>
    </message>
    <message>
        <source>A line longer than %1 bytes.</source>
        <translation>Une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>A CLV1 frame cut off by the start of an HL7 message.</source>
        <translation>Une trame CLV1 interrompue par le début d’un message HL7.</translation>
    </message>
    <message>
        <source>A start block (0x0B) not followed by MSH.</source>
        <translation>Un bloc de début (0x0B) non suivi de MSH.</translation>
    </message>
    <message>
        <source>An HL7 message longer than %1 bytes.</source>
        <translation>Un message HL7 de plus de %1 octets.</translation>
    </message>
    <message>
        <source>An HL7 message without its end block.</source>
        <translation>Un message HL7 sans son bloc de fin.</translation>
    </message>
    <message>
        <source>The connection ended inside a frame.</source>
        <translation>La connexion s’est terminée au milieu d’une trame.</translation>
    </message>
    <message>
        <source>The HL7 message has %1 bytes; the limit is %2.</source>
        <translation>Le message HL7 fait %1 octets&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <source>The HL7 message does not start with an MSH segment.</source>
        <translation>Le message HL7 ne commence pas par un segment MSH.</translation>
    </message>
    <message>
        <source>MSH-2 must declare four encoding characters, got “%1”.</source>
        <translation>MSH-2 doit déclarer quatre caractères d’encodage, «&#xa0;%1&#xa0;» reçu.</translation>
    </message>
    <message>
        <source>MSH declares a letter, digit, space or control character as a separator.</source>
        <translation>MSH déclare une lettre, un chiffre, une espace ou un caractère de contrôle comme séparateur.</translation>
    </message>
    <message>
        <source>MSH declares the same character for two separators.</source>
        <translation>MSH déclare le même caractère pour deux séparateurs.</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty.</source>
        <translation>MSH-10 (identifiant de contrôle du message) est vide.</translation>
    </message>
    <message>
        <source>MSH-10 is longer than %1 characters.</source>
        <translation>MSH-10 dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Message type “%1” is not ORU^R01.</source>
        <translation>Le type de message «&#xa0;%1&#xa0;» n’est pas ORU^R01.</translation>
    </message>
    <message>
        <source>The HL7 message has more than %1 segments.</source>
        <translation>Le message HL7 a plus de %1 segments.</translation>
    </message>
    <message>
        <source>Segment %1 does not start with a segment name.</source>
        <translation>Le segment %1 ne commence pas par un nom de segment.</translation>
    </message>
    <message>
        <source>A second MSH segment at segment %1.</source>
        <translation>Un second segment MSH au segment %1.</translation>
    </message>
    <message>
        <source>MSH-7 “%1” is not a valid HL7 time.</source>
        <translation>MSH-7 «&#xa0;%1&#xa0;» n’est pas une heure HL7 valide.</translation>
    </message>
    <message>
        <source>OBR-7 “%1” is not a valid HL7 time.</source>
        <translation>OBR-7 «&#xa0;%1&#xa0;» n’est pas une heure HL7 valide.</translation>
    </message>
    <message>
        <source>OBX %1: from device %2, not %3; one message is read for one device.</source>
        <translation>OBX %1&#xa0;: de l’appareil %2 et non %3&#xa0;; un message est lu pour un seul appareil.</translation>
    </message>
    <message>
        <source>OBX %1: %2 is not a parameter CareLedger records.</source>
        <translation>OBX %1&#xa0;: %2 n’est pas un paramètre que CareLedger enregistre.</translation>
    </message>
    <message>
        <source>OBX %1: %2 has value type “%3”, not NM.</source>
        <translation>OBX %1&#xa0;: %2 a le type de valeur «&#xa0;%3&#xa0;», et non NM.</translation>
    </message>
    <message>
        <source>OBX %1: a second %2 value; the first one is used.</source>
        <translation>OBX %1&#xa0;: une seconde valeur %2&#xa0;; la première est utilisée.</translation>
    </message>
    <message>
        <source>OBX %1: the %2 value “%3” is not a number.</source>
        <translation>OBX %1&#xa0;: la valeur %2 «&#xa0;%3&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>OBX %1: the %2 value has no unit.</source>
        <translation>OBX %1&#xa0;: la valeur %2 n’a pas d’unité.</translation>
    </message>
    <message>
        <source>OBX %1: unit “%2” does not fit %3.</source>
        <translation>OBX %1&#xa0;: l’unité «&#xa0;%2&#xa0;» ne convient pas à %3.</translation>
    </message>
    <message>
        <source>The message carries no observation CareLedger records.</source>
        <translation>Le message ne contient aucune observation que CareLedger enregistre.</translation>
    </message>
    <message>
        <source>The message names no device (EUI-64 in OBX-18 or MSH-3).</source>
        <translation>Le message ne désigne aucun appareil (EUI-64 dans OBX-18 ou MSH-3).</translation>
    </message>
    <message>
        <source>The message has no observation time (OBR-7 or MSH-7).</source>
        <translation>Le message n’a pas d’heure d’observation (OBR-7 ou MSH-7).</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) not used.</source>
        <comment>HL7 acknowledgement text</comment>
        <translation>
            <numerusform>%n observation non utilisée.</numerusform>
            <numerusform>%n observations non utilisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: a quote appears inside an unquoted field</source>
        <translation>ligne %1&#xa0;: un guillemet apparaît dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>ligne %1&#xa0;: texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>line %1: %2 “%3” is not an identifier such as P001</source>
        <extracomment>%1 line number, %2 column name, %3 the value found.</extracomment>
        <translation>ligne %1&#xa0;: %2 «&#xa0;%3&#xa0;» n’est pas un identifiant tel que P001</translation>
    </message>
    <message>
        <source>line %1: %2 “%3” is not a whole number</source>
        <extracomment>%1 line number, %2 the measurement (e.g. &quot;heart rate&quot;), %3 the value found.</extracomment>
        <translation>ligne %1&#xa0;: %2 «&#xa0;%3&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4 is outside %5 to %6</source>
        <extracomment>%1 line number, %2 the measurement, %3 the value, %4 its unit, %5 and %6 the limits.</extracomment>
        <translation>ligne %1&#xa0;: %2 %3 %4 est hors de l’intervalle %5 à %6</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <extracomment>%1 line number, %2 the column (e.g. &quot;diagnosis&quot;).</extracomment>
        <translation>ligne %1&#xa0;: %2 est vide</translation>
    </message>
    <message>
        <source>line %1: %2 is longer than %3 characters</source>
        <translation>ligne %1&#xa0;: %2 dépasse %3 caractères</translation>
    </message>
    <message>
        <source>line %1: %2 contains control characters</source>
        <translation>ligne %1&#xa0;: %2 contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>line %1: timestamp “%2” is not a date and time such as 2025-02-25 08:00</source>
        <translation>ligne %1&#xa0;: l’horodatage «&#xa0;%2&#xa0;» n’est pas une date et une heure telles que 2025-02-25 08:00</translation>
    </message>
    <message>
        <source>line %1: blood pressure “%2” is not systolic/diastolic</source>
        <extracomment>%1 line number, %2 the value found.</extracomment>
        <translation>ligne %1&#xa0;: la pression artérielle «&#xa0;%2&#xa0;» n’est pas de la forme systolique/diastolique</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>pression systolique</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>pression diastolique</translation>
    </message>
    <message>
        <source>line %1: blood pressure “%2”: the systolic value must be above the diastolic</source>
        <translation>ligne %1&#xa0;: pression artérielle «&#xa0;%2&#xa0;»&#xa0;: la valeur systolique doit être supérieure à la diastolique</translation>
    </message>
    <message>
        <source>line %1: %2 columns where %3 were expected</source>
        <extracomment>%1 line number, %2 number of columns found, %3 number expected.</extracomment>
        <translation>ligne %1&#xa0;: %2 colonnes au lieu de %3</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>glycémie</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>ordonnance</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty; a header line was expected.</source>
        <translation>Le fichier est vide&#xa0;; une ligne d’en-tête était attendue.</translation>
    </message>
    <message>
        <source>The header ends after column %1; column “%2” was expected next.</source>
        <extracomment>%1 column number, %2 the column name expected there.</extracomment>
        <translation>L’en-tête s’arrête après la colonne %1&#xa0;; la colonne «&#xa0;%2&#xa0;» était attendue ensuite.</translation>
    </message>
    <message>
        <source>The header has an unexpected column %1 “%2”.</source>
        <translation>L’en-tête a une colonne inattendue %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Column %1 of the header is “%2” where “%3” was expected.</source>
        <translation>La colonne %1 de l’en-tête est «&#xa0;%2&#xa0;» au lieu de «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>InteropService</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: patient %2 has no identity in the bundled identities file, so it is not imported</source>
        <translation>ligne %1&#xa0;: le patient %2 n’a pas d’identité dans le fichier d’identités fourni&#xa0;; il n’est pas importé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The vital signs of %n row(s) (heart rate, blood pressure, SpO2, glucose) were not imported: this workstation records vital signs from bedside devices only.</source>
        <translation>
            <numerusform>Les signes vitaux de %n ligne (fréquence cardiaque, pression artérielle, SpO2, glycémie) n&apos;ont pas été importés : ce poste n&apos;enregistre les signes vitaux que depuis les appareils de chevet.</numerusform>
            <numerusform>Les signes vitaux de %n lignes (fréquence cardiaque, pression artérielle, SpO2, glycémie) n&apos;ont pas été importés : ce poste n&apos;enregistre les signes vitaux que depuis les appareils de chevet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskService</name>
    <message>
        <source>The record number or the PIN is not correct.</source>
        <translation>Le numéro de dossier ou le code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Patients sign in only on a workstation in kiosk mode.</source>
        <translation>Les patients ne se connectent que sur un poste en mode borne.</translation>
    </message>
    <message>
        <source>Please sign in with your record number and PIN.</source>
        <translation>Veuillez vous connecter avec votre numéro de dossier et votre code PIN.</translation>
    </message>
    <message>
        <source>Please type the verification code printed on the prescription.</source>
        <translation>Veuillez saisir le code de vérification imprimé sur l’ordonnance.</translation>
    </message>
    <message>
        <source>A verification code has only the letters and digits printed on the prescription; “%1” is not one of them.</source>
        <translation>Un code de vérification ne comporte que les lettres et chiffres imprimés sur l’ordonnance&#xa0;; «&#xa0;%1&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <source>A verification code has %1 letters and digits (eight groups of four); this one has %2.</source>
        <translation>Un code de vérification comporte %1 lettres et chiffres (huit groupes de quatre)&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>This is not a verification code CareLedger printed.</source>
        <translation>Ce n’est pas un code de vérification imprimé par CareLedger.</translation>
    </message>
    <message>
        <source>This workstation is not in kiosk mode.</source>
        <translation>Ce poste n’est pas en mode borne.</translation>
    </message>
    <message>
        <source>This is not a record number. It has nine digits, like 1234-5678-9, as on your card.</source>
        <translation>Ce n’est pas un numéro de dossier. Il comporte neuf chiffres, comme 1234-5678-9, tel qu’il figure sur votre carte.</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits.</source>
        <translation>Un code PIN comporte de 6 à 8 chiffres.</translation>
    </message>
    <message>
        <source>A PIN may not be one digit repeated.</source>
        <translation>Un code PIN ne peut pas être un même chiffre répété.</translation>
    </message>
    <message>
        <source>A PIN may not be a run of digits like 123456 or 654321.</source>
        <translation>Un code PIN ne peut pas être une suite de chiffres comme 123456 ou 654321.</translation>
    </message>
    <message>
        <source>You have no PIN yet; ask at the desk.</source>
        <translation>Vous n’avez pas encore de code PIN&#xa0;; adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>The current PIN is not correct.</source>
        <translation>Le code PIN actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new PIN must be different from the current one.</source>
        <translation>Le nouveau code PIN doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>You have no such prescription.</source>
        <translation>Vous n’avez pas cette ordonnance.</translation>
    </message>
    <message>
        <source>This prescription cannot be printed: it has no record on the chain.</source>
        <translation>Cette ordonnance ne peut pas être imprimée&#xa0;: elle n’a aucune trace dans la chaîne.</translation>
    </message>
    <message>
        <source>No prescription on this workstation&apos;s chain matches this code. It may be mistyped, forged, from another clinic or not yet sealed.</source>
        <translation>Aucune ordonnance de la chaîne de ce poste ne correspond à ce code. Il est peut-être mal saisi, falsifié, d’une autre clinique ou pas encore scellé.</translation>
    </message>
    <message>
        <source>This code names a record that is not a prescription.</source>
        <translation>Ce code désigne un élément du dossier qui n’est pas une ordonnance.</translation>
    </message>
    <message>
        <source>This prescription was on the chain but the patient&apos;s record has been erased.</source>
        <translation>Cette ordonnance figurait dans la chaîne, mais le dossier du patient a été effacé.</translation>
    </message>
    <message>
        <source>The code matches the chain, but the stored prescription does not: the store is damaged or was altered. Do not rely on it and tell an administrator.</source>
        <translation>Le code correspond à la chaîne, mais pas l’ordonnance enregistrée&#xa0;: la base est endommagée ou a été modifiée. Ne vous y fiez pas et prévenez un administrateur.</translation>
    </message>
    <message>
        <source>Genuine, but no longer current: version %1 was printed, the prescription is now at version %2.</source>
        <translation>Authentique, mais plus à jour&#xa0;: la version %1 a été imprimée, l’ordonnance en est maintenant à la version %2.</translation>
    </message>
    <message>
        <source>Genuine and current: this is the latest version (%1) of the prescription.</source>
        <translation>Authentique et à jour&#xa0;: c’est la dernière version (%1) de l’ordonnance.</translation>
    </message>
    <message>
        <source>This workstation is in kiosk mode; an administrator must leave it first.</source>
        <translation>Ce poste est en mode borne&#xa0;; un administrateur doit d’abord en sortir.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The workstation&apos;s node key cannot be opened.</source>
        <translation>La clé de nœud du poste de travail ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The workstation&apos;s node key is damaged.</source>
        <translation>La clé de nœud du poste de travail est endommagée.</translation>
    </message>
    <message>
        <source>This workstation has no node identity yet.</source>
        <translation>Ce poste de travail n’a pas encore d’identité de nœud.</translation>
    </message>
    <message>
        <source>The node key is not usable.</source>
        <translation>La clé du nœud est inutilisable.</translation>
    </message>
    <message>
        <source>This node key is not a member of the consortium&apos;s genesis.</source>
        <translation>Cette clé de nœud ne fait pas partie de la genèse du consortium.</translation>
    </message>
    <message>
        <source>Creating the workstation&apos;s keys</source>
        <translation>Création des clés du poste de travail</translation>
    </message>
    <message>
        <source>Creating the genesis block</source>
        <translation>Création du bloc de genèse</translation>
    </message>
    <message>
        <source>This store already holds a chain.</source>
        <translation>Cet entrepôt de données contient déjà une chaîne.</translation>
    </message>
    <message>
        <source>No signing key is open.</source>
        <translation>Aucune clé de signature n’est ouverte.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>This store holds no chain.</source>
        <translation>Cet entrepôt de données ne contient aucune chaîne.</translation>
    </message>
    <message>
        <source>There is no such block.</source>
        <translation>Ce bloc n’existe pas.</translation>
    </message>
    <message>
        <source>No transaction of this record is on the chain yet.</source>
        <translation>Aucune transaction de ce dossier n’est encore dans la chaîne.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The password must not repeat a single character.</source>
        <translation>Le mot de passe ne doit pas être la répétition d’un seul caractère.</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <source>This patient is not registered on this workstation.</source>
        <translation>Ce patient n’est pas enregistré sur ce poste.</translation>
    </message>
    <message>
        <source>“%1” is not a valid record number: check the digits (for example 1234-5678-9).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de dossier valide&#xa0;: vérifiez les chiffres (par exemple 1234-5678-9).</translation>
    </message>
    <message>
        <source>You may not do this for this patient.</source>
        <translation>Vous ne pouvez pas faire ceci pour ce patient.</translation>
    </message>
    <message>
        <source>No free record number was found; please try again.</source>
        <translation>Aucun numéro de dossier libre n’a été trouvé&#xa0;; veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPdf</name>
    <message>
        <source>Staff can check this code in CareLedger: Patients &gt; Verify prescription code</source>
        <translation>Le personnel peut vérifier ce code dans CareLedger&#xa0;: Patients &gt; Vérifier un code d’ordonnance</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>Cette clinique</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Record number (MRN): %1</source>
        <translation>N° de dossier (MRN)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>modifiée le %1 par %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Prescribed on</source>
        <translation>Prescrite le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Printed at the patient kiosk on %1. Version %2 of this prescription.</source>
        <translation>Imprimée à la borne patient le %1. Version %2 de cette ordonnance.</translation>
    </message>
    <message>
        <source>The page could not be started.</source>
        <translation>La page n’a pas pu être commencée.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>La page n’a pas pu être terminée.</translation>
    </message>
    <message>
        <source>Prescription %1</source>
        <translation>Ordonnance %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Le fichier %1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record ids and pseudonyms are 1 to %1 bytes long.</source>
        <translation>Les identifiants de dossier et les pseudonymes font de 1 à %1 octets.</translation>
    </message>
    <message>
        <source>Unknown record kind “%1”.</source>
        <translation>Type de dossier inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Record versions start at 1.</source>
        <translation>Les versions d’un dossier commencent à 1.</translation>
    </message>
    <message>
        <source>This record was erased.</source>
        <translation>Ce dossier a été effacé.</translation>
    </message>
    <message>
        <source>This record belongs to another patient.</source>
        <translation>Ce dossier appartient à un autre patient.</translation>
    </message>
    <message>
        <source>Version %1 of this record is already stored.</source>
        <translation>La version %1 de ce dossier est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The next version of this record is %1.</source>
        <translation>La prochaine version de ce dossier est la %1.</translation>
    </message>
    <message>
        <source>This record is already erased.</source>
        <translation>Ce dossier est déjà effacé.</translation>
    </message>
    <message>
        <source>No record is stored under this id.</source>
        <translation>Aucun dossier n’est enregistré sous cet identifiant.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>The clinic secret could not be stored.</source>
        <translation>Le secret de la clinique n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The clinic secret cannot be opened: the store is damaged.</source>
        <translation>Le secret de la clinique ne peut pas être ouvert&#xa0;: la base est endommagée.</translation>
    </message>
    <message>
        <source>The patient&apos;s data key is not stored on this workstation.</source>
        <translation>La clé de données du patient n’est pas enregistrée sur ce poste.</translation>
    </message>
    <message>
        <source>The patient&apos;s data key cannot be opened: the store is damaged.</source>
        <translation>La clé de données du patient ne peut pas être ouverte&#xa0;: la base est endommagée.</translation>
    </message>
    <message>
        <source>A stored record cannot be decrypted: it was altered or its key is missing.</source>
        <translation>Un élément enregistré ne peut pas être déchiffré&#xa0;: il a été modifié ou sa clé manque.</translation>
    </message>
    <message>
        <source>A stored record cannot be read: %1</source>
        <translation>Un élément enregistré ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecordsUi</name>
    <message>
        <source>No access</source>
        <translation>Pas d’accès</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>View demographics</source>
        <translation>Consultation de l’identité</translation>
    </message>
    <message>
        <source>Edit demographics</source>
        <translation>Modification de l’identité</translation>
    </message>
    <message>
        <source>View history</source>
        <translation>Consultation des antécédents</translation>
    </message>
    <message>
        <source>Write history</source>
        <translation>Saisie d’antécédents</translation>
    </message>
    <message>
        <source>View prescriptions</source>
        <translation>Consultation des ordonnances</translation>
    </message>
    <message>
        <source>Write prescription</source>
        <translation>Rédaction d’ordonnance</translation>
    </message>
    <message>
        <source>View access</source>
        <translation>Consultation des accès</translation>
    </message>
    <message>
        <source>Manage access</source>
        <translation>Gestion des accès</translation>
    </message>
    <message>
        <source>View audit trail</source>
        <translation>Consultation de la piste d’audit</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d’urgence</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>Vérification des doublons</translation>
    </message>
    <message>
        <source>View chart</source>
        <translation>Consultation du dossier</translation>
    </message>
    <message>
        <source>View versions</source>
        <translation>Consultation des versions</translation>
    </message>
    <message>
        <source>View emergency accesses</source>
        <translation>Consultation des accès d’urgence</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export du journal d’audit</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Octroi d’accès</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Retrait d’accès</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimé</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>gélule</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>µg</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>puff</source>
        <translation>bouffée</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>goutte</translation>
    </message>
    <message>
        <source>sachet</source>
        <translation>sachet</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>once daily</source>
        <translation>une fois par jour</translation>
    </message>
    <message>
        <source>twice daily</source>
        <translation>deux fois par jour</translation>
    </message>
    <message>
        <source>three times daily</source>
        <translation>trois fois par jour</translation>
    </message>
    <message>
        <source>four times daily</source>
        <translation>quatre fois par jour</translation>
    </message>
    <message>
        <source>every 8 hours</source>
        <translation>toutes les 8 heures</translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation>toutes les 12 heures</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>au coucher</translation>
    </message>
    <message>
        <source>once weekly</source>
        <translation>une fois par semaine</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>as directed</source>
        <translation>selon les indications</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>careledger --screenshots: %1</source>
        <translation>careledger --screenshots : %1</translation>
    </message>
    <message>
        <source>signing in as %1 took too long</source>
        <translation>la connexion en tant que %1 a pris trop de temps</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>the administrator cannot sign in</source>
        <translation>l’administrateur ne peut pas se connecter</translation>
    </message>
    <message>
        <source>no administrator session</source>
        <translation>aucune session d’administrateur</translation>
    </message>
    <message>
        <source>the staff accounts did not load</source>
        <translation>les comptes du personnel ne se sont pas chargés</translation>
    </message>
    <message>
        <source>the new-account dialog did not open</source>
        <translation>la fenêtre de nouveau compte ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the enable-account dialog did not open</source>
        <translation>la fenêtre de réactivation du compte ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the doctor cannot sign in</source>
        <translation>le médecin ne peut pas se connecter</translation>
    </message>
    <message>
        <source>the nurse cannot sign in</source>
        <translation>l’infirmier ne peut pas se connecter</translation>
    </message>
    <message>
        <source>a wrong password was accepted</source>
        <translation>un mot de passe erroné a été accepté</translation>
    </message>
    <message>
        <source>the account did not lock after repeated wrong passwords</source>
        <translation>le compte ne s’est pas verrouillé après plusieurs mots de passe erronés</translation>
    </message>
    <message>
        <source>the administrator has no Ledger page</source>
        <translation>l’administrateur n’a pas de page Registre</translation>
    </message>
    <message>
        <source>the ledger did not load</source>
        <translation>le registre ne s’est pas chargé</translation>
    </message>
    <message>
        <source>the transactions of a block did not load</source>
        <translation>les transactions d’un bloc ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the verification did not finish</source>
        <translation>la vérification ne s’est pas terminée</translation>
    </message>
    <message>
        <source>the imported patients cannot be found: %1</source>
        <translation>les patients importés sont introuvables&#xa0;: %1</translation>
    </message>
    <message>
        <source>the doctor cannot find the featured patient: %1</source>
        <translation>le médecin ne trouve pas le patient présenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>a chart without access was opened</source>
        <translation>un dossier sans accès a été ouvert</translation>
    </message>
    <message>
        <source>there is no Patients page</source>
        <translation>il n’y a pas de page Patients</translation>
    </message>
    <message>
        <source>the patient list did not load</source>
        <translation>la liste des patients ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the patient search did not finish</source>
        <translation>la recherche de patients ne s’est pas terminée</translation>
    </message>
    <message>
        <source>the search “%1” does not find the patient</source>
        <translation>la recherche «&#xa0;%1&#xa0;» ne trouve pas le patient</translation>
    </message>
    <message>
        <source>the chart did not open</source>
        <translation>le dossier ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>no amended prescription to show</source>
        <translation>aucune ordonnance modifiée à montrer</translation>
    </message>
    <message>
        <source>the prescription dialog did not open</source>
        <translation>la fenêtre d’ordonnance ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the version history did not open</source>
        <translation>l’historique des versions ne s’est pas ouvert</translation>
    </message>
    <message>
        <source>the record number search did not find the patient</source>
        <translation>la recherche par numéro de dossier n’a pas trouvé le patient</translation>
    </message>
    <message>
        <source>the emergency access dialog did not open</source>
        <translation>la fenêtre d’accès d’urgence ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>emergency access did not open the chart</source>
        <translation>l’accès d’urgence n’a pas ouvert le dossier</translation>
    </message>
    <message>
        <source>the registration dialog did not open</source>
        <translation>la fenêtre d’enregistrement ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the access grants did not load</source>
        <translation>les autorisations d’accès ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the audit log did not load</source>
        <translation>le journal d’audit ne s’est pas chargé</translation>
    </message>
    <message>
        <source>the audit log did not filter</source>
        <translation>le journal d’audit n’a pas été filtré</translation>
    </message>
    <message>
        <source>the administrator cannot sign in again</source>
        <translation>l’administrateur ne peut pas se reconnecter</translation>
    </message>
    <message>
        <source>too few patients to pair monitors with</source>
        <translation>trop peu de patients auxquels associer des moniteurs</translation>
    </message>
    <message>
        <source>the ward did not load</source>
        <translation>le service ne s’est pas chargé</translation>
    </message>
    <message>
        <source>the alerts did not load</source>
        <translation>les alertes ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the administrator cannot sign in for the kiosk</source>
        <translation>l’administrateur ne peut pas se connecter pour la borne</translation>
    </message>
    <message>
        <source>the kiosk patient cannot be found: %1</source>
        <translation>le patient de la borne est introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the PIN dialog did not load</source>
        <translation>la fenêtre du code PIN ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the patient cannot sign in at the kiosk</source>
        <translation>le patient ne peut pas se connecter à la borne</translation>
    </message>
    <message>
        <source>the prescription page did not load</source>
        <translation>la page d’ordonnance ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the kiosk vitals did not load</source>
        <translation>les constantes de la borne ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the kiosk access list did not load</source>
        <translation>la liste des accès de la borne ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the idle countdown did not show</source>
        <translation>le compte à rebours d’inactivité ne s’est pas affiché</translation>
    </message>
    <message>
        <source>a kiosk sign-in took too long</source>
        <translation>une connexion à la borne a pris trop de temps</translation>
    </message>
    <message>
        <source>the doctor cannot sign in to check a code</source>
        <translation>le médecin ne peut pas se connecter pour vérifier un code</translation>
    </message>
    <message>
        <source>the code check did not finish</source>
        <translation>la vérification du code ne s’est pas terminée</translation>
    </message>
    <message>
        <source>the nurse&apos;s ward did not load</source>
        <translation>le service de l’infirmier ne s’est pas chargé</translation>
    </message>
    <message>
        <source>the Devices page did not load</source>
        <translation>la page Appareils ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the device registration dialog did not open</source>
        <translation>la fenêtre d’enregistrement d’appareil ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the device key was not shown</source>
        <translation>la clé de l’appareil n’a pas été affichée</translation>
    </message>
    <message>
        <source>the new device is not listed</source>
        <translation>le nouvel appareil ne figure pas dans la liste</translation>
    </message>
    <message>
        <source>the pairing dialog did not open</source>
        <translation>la fenêtre d’association ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>the pairing dialog did not find the patient</source>
        <translation>la fenêtre d’association n’a pas trouvé le patient</translation>
    </message>
    <message>
        <source>the device was not paired</source>
        <translation>l’appareil n’a pas été associé</translation>
    </message>
    <message>
        <source>the device list did not refresh</source>
        <translation>la liste des appareils ne s’est pas actualisée</translation>
    </message>
    <message>
        <source>the doctor has no Vitals tab</source>
        <translation>le médecin n’a pas d’onglet Constantes</translation>
    </message>
    <message>
        <source>the vital-sign trends did not load</source>
        <translation>les tendances des constantes ne se sont pas chargées</translation>
    </message>
    <message>
        <source>the vital-sign charts were not drawn</source>
        <translation>les graphiques des constantes n’ont pas été tracés</translation>
    </message>
    <message>
        <source>the alert settings did not load</source>
        <translation>les réglages d’alerte ne se sont pas chargés</translation>
    </message>
    <message>
        <source>the alert limits dialog did not open</source>
        <translation>la fenêtre des limites d’alerte ne s’est pas ouverte</translation>
    </message>
    <message>
        <source>Resting heart rate of 100-105 /min is usual for this patient</source>
        <translation>Une fréquence cardiaque de repos de 100-105 /min est habituelle chez ce patient</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Live vitals</source>
        <translation>Constantes en direct</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>No such staff account (%1).</source>
        <translation>Ce compte du personnel n’existe pas (%1).</translation>
    </message>
    <message>
        <source>by user name</source>
        <translation>par nom d’utilisateur</translation>
    </message>
    <message>
        <source>This staff account has no active signing key.</source>
        <translation>Ce compte du personnel n’a pas de clé de signature active.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>The user name must be 3 to 32 characters long.</source>
        <translation>Le nom d’utilisateur doit comporter de 3 à 32 caractères.</translation>
    </message>
    <message>
        <source>The user name may contain only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>Le nom d’utilisateur ne peut contenir que des lettres minuscules, des chiffres, des points, des tirets bas et des traits d’union.</translation>
    </message>
    <message>
        <source>The display name must not be empty.</source>
        <translation>Le nom affiché ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The display name must be at most %1 characters long.</source>
        <translation>Le nom affiché doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed: %1</source>
        <translation>La clé de signature n’a pas pu être scellée : %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated: %1</source>
        <translation>Impossible de générer une clé de signature : %1</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>Votre clé de signature ne peut pas être ouverte (%1). Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>the key has been retired</source>
        <translation>la clé a été retirée</translation>
    </message>
    <message>
        <source>it is not sealed under this password</source>
        <translation>elle n’est pas scellée avec ce mot de passe</translation>
    </message>
    <message>
        <source>the stored key is damaged</source>
        <translation>la clé enregistrée est endommagée</translation>
    </message>
    <message>
        <source>the stored key does not match its public half</source>
        <translation>la clé enregistrée ne correspond pas à sa partie publique</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>Please change your temporary password first.</source>
        <translation>Veuillez d’abord changer votre mot de passe temporaire.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Seul un administrateur peut effectuer cette opération.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation>Le nom d’utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>Ce compte du personnel n’existe pas.</translation>
    </message>
    <message>
        <source>The last enabled administrator cannot be disabled.</source>
        <translation>Le dernier administrateur actif ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The account is disabled, but its password could not be revoked: %1</source>
        <translation>Le compte est désactivé, mais son mot de passe n’a pas pu être révoqué : %1</translation>
    </message>
    <message>
        <source>This account is already enabled; reset its password instead.</source>
        <translation>Ce compte est déjà actif ; réinitialisez plutôt son mot de passe.</translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation>Changez votre propre mot de passe au lieu de le réinitialiser.</translation>
    </message>
    <message>
        <source>This account is disabled; enable it with a temporary password instead.</source>
        <translation>Ce compte est désactivé ; réactivez-le plutôt avec un mot de passe temporaire.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2).</source>
        <translation>Le fichier de base de données %1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CareLedger database.</source>
        <translation>%1 est vide : ce n’est pas une base de données CareLedger.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite file, not a CareLedger encrypted database.</source>
        <translation>%1 est un simple fichier SQLite non chiffré, et non une base de données chiffrée CareLedger.</translation>
    </message>
    <message>
        <source>%1 is not a CareLedger database (its size is not a whole number of pages).</source>
        <translation>%1 n’est pas une base de données CareLedger (sa taille n’est pas un nombre entier de pages).</translation>
    </message>
    <message>
        <source>%1 is damaged: it was truncated or partly overwritten.</source>
        <translation>%1 est endommagé : il a été tronqué ou partiellement écrasé.</translation>
    </message>
    <message>
        <source>%1: the location cannot be written (%2).</source>
        <translation>%1 : impossible d’écrire à cet emplacement (%2).</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2).</source>
        <translation>%1 : le disque est plein (%2).</translation>
    </message>
    <message>
        <source>%1: the file already exists.</source>
        <translation>%1 : le fichier existe déjà.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1 : le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation>%1 : erreur d’entrée-sortie (%2).</translation>
    </message>
    <message>
        <source>%1: out of memory.</source>
        <translation>%1 : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1: the disk is full or the file size limit was reached; nothing was changed.</source>
        <translation>%1 : le disque est plein ou la taille maximale de fichier est atteinte ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1: the data folder or file cannot be written.</source>
        <translation>%1 : impossible d’écrire dans le dossier de données ou le fichier.</translation>
    </message>
    <message>
        <source>%1: the file or its folder does not exist.</source>
        <translation>%1 : le fichier ou son dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1 : le fichier ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program; try again.</source>
        <translation>%1 : la base de données est utilisée par un autre programme ; réessayez.</translation>
    </message>
    <message>
        <source>%1: the change conflicts with existing data (%2).</source>
        <translation>%1 : la modification est en conflit avec des données existantes (%2).</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1 : le fichier de base de données est endommagé.</translation>
    </message>
    <message>
        <source>%1: wrong key or damaged file.</source>
        <translation>%1 : clé erronée ou fichier endommagé.</translation>
    </message>
    <message>
        <source>%1: unexpected database error (%2).</source>
        <translation>%1 : erreur inattendue de la base de données (%2).</translation>
    </message>
    <message>
        <source>%1: foreign keys could not be enabled.</source>
        <translation>%1 : les clés étrangères n’ont pas pu être activées.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed).</source>
        <translation>%1 est endommagé (échec du contrôle d’intégrité).</translation>
    </message>
    <message>
        <source>%1: the setting %2 did not take effect.</source>
        <translation>%1 : le paramètre %2 n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>%1: the database key must be 32 bytes.</source>
        <translation>%1 : la clé de la base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>%1: the SQLite library in use does not encrypt (SQLCipher missing).</source>
        <translation>%1 : la bibliothèque SQLite utilisée ne chiffre pas (SQLCipher absent).</translation>
    </message>
    <message>
        <source>%1: write-ahead logging could not be enabled.</source>
        <translation>%1 : la journalisation anticipée (WAL) n’a pas pu être activée.</translation>
    </message>
    <message>
        <source>%1: %2 already exists; refusing to overwrite it.</source>
        <translation>%1 : %2 existe déjà ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>A database statement was used before it was prepared.</source>
        <translation>Une requête de base de données a été utilisée avant d’être préparée.</translation>
    </message>
    <message>
        <source>A value could not be bound to a database statement.</source>
        <translation>Une valeur n’a pas pu être liée à une requête de base de données.</translation>
    </message>
    <message>
        <source>Database operation</source>
        <translation>Opération sur la base de données</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>Création de la base de données %1</translation>
    </message>
    <message>
        <source>%1: a database file already exists there; refusing to overwrite it.</source>
        <translation>%1 : un fichier de base de données existe déjà à cet endroit ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>Ouverture de la base de données %1</translation>
    </message>
    <message>
        <source>%1: the file is read-only.</source>
        <translation>%1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite file.</source>
        <translation>%1 n’est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>%1: a file already exists there; refusing to overwrite it.</source>
        <translation>%1 : un fichier existe déjà à cet endroit ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>Préparation d’une requête de base de données</translation>
    </message>
    <message>
        <source>Preparing a database statement: the statement is empty.</source>
        <translation>Préparation d’une requête de base de données : la requête est vide.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Début d’une transaction</translation>
    </message>
    <message>
        <source>The list of schema migrations is not in increasing order.</source>
        <translation>La liste des migrations de schéma n’est pas dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CareLedger (data format %2; this version knows up to %3). Install the newer CareLedger to open it; nothing was changed.</source>
        <translation>%1 a été écrit par une version plus récente de CareLedger (format de données %2 ; cette version connaît jusqu’au format %3). Installez la version plus récente de CareLedger pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the data format to version %1</source>
        <translation>Mise à niveau du format de données vers la version %1</translation>
    </message>
    <message>
        <source>The password key parameters are not usable: %1</source>
        <translation>Les paramètres de dérivation de la clé du mot de passe sont inutilisables : %1</translation>
    </message>
    <message>
        <source>Deriving the key-slot keys failed.</source>
        <translation>La dérivation des clés de l’emplacement de clé a échoué.</translation>
    </message>
    <message>
        <source>Creating the key-slot file: the store id or key check has the wrong length.</source>
        <translation>Création du fichier des emplacements de clé : l’identifiant de l’entrepôt ou la valeur de contrôle de clé n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged or incomplete.</source>
        <translation>Le fichier des emplacements de clé %1 est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>The key-slot file %1 was written by a newer version of CareLedger; install it to open this store.</source>
        <translation>Le fichier des emplacements de clé %1 a été écrit par une version plus récente de CareLedger ; installez-la pour ouvrir cet entrepôt de données.</translation>
    </message>
    <message>
        <source>Saving a key slot: the database key must be 32 bytes.</source>
        <translation>Enregistrement d’un emplacement de clé : la clé de la base de données doit faire 32 octets.</translation>
    </message>
    <message>
        <source>Saving a key slot: the key does not belong to this store.</source>
        <translation>Enregistrement d’un emplacement de clé : la clé n’appartient pas à cet entrepôt de données.</translation>
    </message>
    <message>
        <source>Sealing the key slot failed.</source>
        <translation>Le scellement de l’emplacement de clé a échoué.</translation>
    </message>
    <message>
        <source>There is no key slot for this user name.</source>
        <translation>Il n’y a pas d’emplacement de clé pour ce nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The key slot in %1 is damaged.</source>
        <translation>L’emplacement de clé dans %1 est endommagé.</translation>
    </message>
    <message>
        <source>The password does not open this key slot.</source>
        <translation>Le mot de passe n’ouvre pas cet emplacement de clé.</translation>
    </message>
    <message>
        <source>Refusing to remove the last key slot: nobody could open the store any more.</source>
        <translation>Refus de supprimer le dernier emplacement de clé : plus personne ne pourrait ouvrir l’entrepôt de données.</translation>
    </message>
    <message>
        <source>Creating the data folder %1</source>
        <translation>Création du dossier de données %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created (%2).</source>
        <translation>%1 : le dossier ne peut pas être créé (%2).</translation>
    </message>
    <message>
        <source>%1: a file is in the way.</source>
        <translation>%1 : un fichier gêne l’opération.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: the key is right but the file cannot be read.</source>
        <translation>La base de données %1 est endommagée : la clé est correcte, mais le fichier est illisible.</translation>
    </message>
    <message>
        <source>The key does not belong to the database %1.</source>
        <translation>La clé n’appartient pas à la base de données %1.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>Il n’y a pas d’entrepôt de données CareLedger dans %1.</translation>
    </message>
    <message>
        <source>The database file %1 is missing.</source>
        <translation>Le fichier de base de données %1 est introuvable.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>Le fichier des emplacements de clé %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 already holds a CareLedger store; refusing to overwrite it.</source>
        <translation>%1 contient déjà un entrepôt de données CareLedger ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>A database key is 32 bytes long.</source>
        <translation>Une clé de base de données fait 32 octets.</translation>
    </message>
</context>
<context>
    <name>Vitals</name>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation>Confusion récente</translation>
    </message>
    <message>
        <source>Responds to voice</source>
        <translation>Réagit à la voix</translation>
    </message>
    <message>
        <source>Responds to pain</source>
        <translation>Réagit à la douleur</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Ne réagit pas</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>PA systolique</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>PA diastolique</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glycémie</translation>
    </message>
    <message>
        <source>EMG</source>
        <translation>EMG</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>Air ou oxygène</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>Conscience</translation>
    </message>
    <message>
        <source>oxygen</source>
        <translation>oxygène</translation>
    </message>
    <message>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: its anchor is neither on the chain nor waiting</source>
        <translation>constantes du patient %1, fenêtre %2&#xa0;: son ancrage n’est ni dans la chaîne ni en attente</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: the readings are missing</source>
        <translation>constantes du patient %1, fenêtre %2&#xa0;: les mesures sont manquantes</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: does not match its anchor (altered)</source>
        <translation>constantes du patient %1, fenêtre %2&#xa0;: ne correspond pas à son ancrage (modifiée)</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: a stored batch cannot be opened (altered)</source>
        <translation>constantes du patient %1, fenêtre %2&#xa0;: un lot enregistré ne peut pas être ouvert (modifié)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
</context>
<context>
    <name>VitalsUi</name>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>En réception</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>A CareLedger store already exists in %1; refusing to overwrite it.</source>
        <translation>Un entrepôt de données CareLedger existe déjà dans %1 ; il ne sera pas écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>Il n’y a pas d’entrepôt de données CareLedger dans %1.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>Votre clé de signature ne peut pas être ouverte (%1). Demandez à un administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Veuillez d’abord vous connecter.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Your signing key was replaced since you signed in. Please sign in again.</source>
        <translation>Votre clé de signature a été remplacée depuis votre connexion. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>careledger::services::DeviceService</name>
    <message>
        <source>Cannot create the provisioning file: %1</source>
        <translation>Impossible de créer le fichier d’approvisionnement : %1</translation>
    </message>
    <message>
        <source>Cannot write the provisioning file: %1</source>
        <translation>Impossible d’écrire le fichier d’approvisionnement : %1</translation>
    </message>
    <message>
        <source>Device type, model and serial number must each be 1 to 200 characters.</source>
        <translation>Le type, le modèle et le numéro de série de l’appareil doivent chacun compter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>No such device.</source>
        <translation>Cet appareil n’existe pas.</translation>
    </message>
    <message>
        <source>A pairing cannot start before the device&apos;s previous pairing ends.</source>
        <translation>Une association ne peut pas commencer avant la fin de l’association précédente de l’appareil.</translation>
    </message>
    <message>
        <source>The device is not paired.</source>
        <translation>L’appareil n’est associé à aucun patient.</translation>
    </message>
    <message>
        <source>A pairing cannot end before it starts.</source>
        <translation>Une association ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>An HL7 monitor&apos;s EUI-64 has 16 hexadecimal digits, as on its label (e.g. 00:09:5C:FF:FE:12:34:56).</source>
        <translation>L’EUI-64 d’un moniteur HL7 comporte 16 chiffres hexadécimaux, comme sur son étiquette (p. ex. 00:09:5C:FF:FE:12:34:56).</translation>
    </message>
    <message>
        <source>This device is already registered.</source>
        <translation>Cet appareil est déjà enregistré.</translation>
    </message>
</context>
<context>
    <name>careledger::services::VitalsService</name>
    <message>
        <source>The gateway port or its speed is not valid.</source>
        <translation>Le port de la passerelle ou son débit n’est pas valide.</translation>
    </message>
    <message>
        <source>%1: sensor off</source>
        <translation>%1&#xa0;: capteur débranché</translation>
    </message>
    <message>
        <source>No readings from device %1 for 30 seconds</source>
        <translation>Aucune mesure de l’appareil %1 depuis 30 secondes</translation>
    </message>
    <message>
        <source>The time range is not valid.</source>
        <translation>La plage horaire n’est pas valide.</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>Cette alerte n’existe pas.</translation>
    </message>
    <message>
        <source>This alert has already been acknowledged.</source>
        <translation>Cette alerte a déjà été acquittée.</translation>
    </message>
    <message>
        <source>This alert has already ended.</source>
        <translation>Cette alerte est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertLimitsDialog</name>
    <message>
        <source>Alert limits</source>
        <translation>Limites d’alerte</translation>
    </message>
    <message>
        <source>Limits set here replace the profile&apos;s limits for this patient only. A sign left unchecked keeps the profile&apos;s limits.</source>
        <translation>Les limites définies ici remplacent celles du profil pour ce patient uniquement. Une constante non cochée garde les limites du profil.</translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation>&amp;Enregistrer les limites</translation>
    </message>
    <message>
        <source>Scale &amp;1</source>
        <translation>Échelle &amp;1</translation>
    </message>
    <message>
        <source>SpO2 scale 1</source>
        <translation>Échelle SpO2 1</translation>
    </message>
    <message>
        <source>Scale &amp;2</source>
        <translation>Échelle &amp;2</translation>
    </message>
    <message>
        <source>SpO2 scale 2</source>
        <translation>Échelle SpO2 2</translation>
    </message>
    <message>
        <source>Scale 2 only for confirmed hypercapnic respiratory failure (target SpO2 88–92 %).</source>
        <translation>Échelle 2 uniquement en cas d’insuffisance respiratoire hypercapnique confirmée (cible SpO2 88–92 %).</translation>
    </message>
    <message>
        <source>SpO2 scale:</source>
        <translation>Échelle SpO2&#xa0;:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Own limits</source>
        <translation>Limites propres</translation>
    </message>
    <message>
        <source>Alarm below</source>
        <translation>Alarme en dessous de</translation>
    </message>
    <message>
        <source>Alarm above</source>
        <translation>Alarme au-dessus de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Own limits for %1</source>
        <extracomment>Accessible name of a checkbox; %1 is a vital sign</extracomment>
        <translation>Limites propres pour %1</translation>
    </message>
    <message>
        <source>%1: alarm below</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1&#xa0;: alarme en dessous de</translation>
    </message>
    <message>
        <source>%1: alarm above</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1&#xa0;: alarme au-dessus de</translation>
    </message>
    <message>
        <source>%1: alarm priority</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1&#xa0;: priorité de l’alarme</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Required: why these limits suit this patient</source>
        <translation>Obligatoire&#xa0;: pourquoi ces limites conviennent à ce patient</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertNotifier</name>
    <message>
        <source>Escalated alert, %1 priority</source>
        <translation>Alerte escaladée, priorité %1</translation>
    </message>
    <message>
        <source>Alert, %1 priority</source>
        <translation>Alerte, priorité %1</translation>
    </message>
    <message>
        <source>%1 (technical)</source>
        <translation>%1 (technique)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, MRN %2: %3</source>
        <translation>%1, n° de dossier %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>CareLedger alert</source>
        <translation>Alerte CareLedger</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertTableModel</name>
    <message>
        <source>Resolved at %1</source>
        <translation>Résolue le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A problem with the equipment, not the patient&apos;s condition: check the device and sensor.</source>
        <translation>Un problème de matériel, pas de l’état du patient&#xa0;: vérifiez l’appareil et le capteur.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>%1, escalated</source>
        <translation>%1, escaladée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition d’alarme</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclenchée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertsPage</name>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>en réception</translation>
    </message>
    <message>
        <source>port unavailable, retrying</source>
        <translation>port indisponible, nouvelle tentative</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>All of the last 24 hours</source>
        <translation>Toutes celles des dernières 24 heures</translation>
    </message>
    <message>
        <source>Number of alerts shown</source>
        <translation>Nombre d’alertes affichées</translation>
    </message>
    <message>
        <source>The alerts cannot be shown: %1</source>
        <translation>Les alertes ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gateway: none configured on this workstation (an administrator sets its port).</source>
        <translation>Passerelle&#xa0;: aucune n’est configurée sur ce poste (un administrateur définit son port).</translation>
    </message>
    <message>
        <source>Gateway %1: %2 · %3 readings accepted, %4 rejected, %5 from unpaired devices</source>
        <translation>Passerelle %1&#xa0;: %2 · %3 mesures acceptées, %4 rejetées, %5 d’appareils non associés</translation>
    </message>
    <message>
        <source>(last error: %1)</source>
        <translation>(dernière erreur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>Aucune alerte active.</translation>
    </message>
    <message>
        <source>No alerts in the last 24 hours.</source>
        <translation>Aucune alerte au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>Alerts shown: %1; waiting for acknowledgement: %2</source>
        <translation>Alertes affichées&#xa0;: %1&#xa0;; en attente d’acquittement&#xa0;: %2</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>L’alerte n’a pas été acquittée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1 (MRN %2).</source>
        <translation>Acquittée&#xa0;: %1 (n° de dossier %2).</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every read and change of patient data at this workstation, newest first. Entries are hash-chained and the chain&apos;s head is anchored on the ledger, so a removed or altered entry is detected.</source>
        <translation>Chaque lecture et modification de données de patients sur ce poste, de la plus récente à la plus ancienne. Les entrées sont chaînées par hachage et la tête de la chaîne est ancrée dans le registre&#xa0;: une entrée supprimée ou modifiée est détectée.</translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation>État de la chaîne d’audit</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Nombre d’entrées affichées</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>N° de dossier du patient</translation>
    </message>
    <message>
        <source>any patient</source>
        <translation>tout patient</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Emergency access &amp;only</source>
        <translation>Accès d’urgence &amp;seulement</translation>
    </message>
    <message>
        <source>Emergency access only</source>
        <translation>Accès d’urgence uniquement</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Patient &amp;MRN:</source>
        <translation>N° de &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;puis le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: %1</source>
        <translation>Le journal d’audit ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit chain: %1 entries; anchored on the ledger up to entry %2.</source>
        <translation>Chaîne d’audit&#xa0;: %1 entrées&#xa0;; ancrée dans le registre jusqu’à l’entrée %2.</translation>
    </message>
    <message>
        <source>Last anchor: %1.</source>
        <translation>Dernier ancrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The state of the audit chain is not available: %1</source>
        <translation>L’état de la chaîne d’audit n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Entries shown: %1</source>
        <translation>Entrées affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>Le journal d’audit n’a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries exported: %1, to %2.</source>
        <translation>Entrées exportées&#xa0;: %1, vers %2.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AuditTableModel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Done through emergency access</source>
        <translation>Fait sous accès d’urgence</translation>
    </message>
    <message>
        <source>(patient)</source>
        <translation>(patient)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>emergency access</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>careledger::ui::BlockTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Sealed by the validator whose turn it was.</source>
        <translation>Scellé par le validateur dont c’était le tour.</translation>
    </message>
    <message>
        <source>Sealed by another validator after the in-turn one stayed silent; it weighs less.</source>
        <translation>Scellé par un autre validateur, celui dont c’était le tour étant resté silencieux&#xa0;; ce bloc pèse moins.</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>genèse</translation>
    </message>
    <message>
        <source>In turn</source>
        <translation>À son tour</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>Hors tour</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>careledger::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue; only you will know it.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe avant de continuer ; vous seul le connaîtrez.</translation>
    </message>
    <message>
        <source>Choose a new password. You will use it the next time you sign in.</source>
        <translation>Choisissez un nouveau mot de passe. Vous l’utiliserez lors de votre prochaine connexion.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Saisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::DeviceKeyDialog</name>
    <message>
        <source>Device registered</source>
        <translation>Appareil enregistré</translation>
    </message>
    <message>
        <source>This key is shown only now. Enter it in the device or save a provisioning file before closing: it cannot be shown again, and a lost key means registering the device again. Anyone who has the key can send readings in this device&apos;s name.</source>
        <translation>Cette clé n’est affichée que maintenant. Saisissez-la dans l’appareil ou enregistrez un fichier d’approvisionnement avant de fermer&#xa0;: elle ne pourra plus être affichée, et une clé perdue oblige à enregistrer de nouveau l’appareil. Quiconque possède la clé peut envoyer des mesures au nom de cet appareil.</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant de l’appareil</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>Clé de l’appareil</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Identifiant de l’appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save provisioning file…</source>
        <translation>&amp;Enregistrer le fichier d’approvisionnement…</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copier la clé</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into the device&apos;s settings, then copy something else so it does not stay there.</source>
        <translation>La clé est dans le presse-papiers. Collez-la dans les réglages de l’appareil, puis copiez autre chose pour qu’elle n’y reste pas.</translation>
    </message>
    <message>
        <source>Save provisioning file</source>
        <translation>Enregistrer le fichier d’approvisionnement</translation>
    </message>
    <message>
        <source>Saved to %1, readable by your account only. Move it to the gateway and delete this copy.</source>
        <translation>Enregistré dans %1, lisible par votre compte uniquement. Déplacez-le vers la passerelle et supprimez cette copie.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::DeviceTableModel</name>
    <message>
        <source>Not paired</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>Patient inconnu</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Patient (MRN)</source>
        <translation>Patient (n° de dossier)</translation>
    </message>
    <message>
        <source>Paired since</source>
        <translation>Associé depuis le</translation>
    </message>
</context>
<context>
    <name>careledger::ui::DevicesPage</name>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Port open, receiving</source>
        <translation>Port ouvert, réception en cours</translation>
    </message>
    <message>
        <source>Port unavailable, retrying</source>
        <translation>Port indisponible, nouvelle tentative</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Bedside devices that may send readings, and the patient each one is paired with. A reading belongs to the patient the device was paired with when it was measured.</source>
        <translation>Les appareils de chevet autorisés à envoyer des mesures, et le patient auquel chacun est associé. Une mesure appartient au patient auquel l’appareil était associé au moment où elle a été prise.</translation>
    </message>
    <message>
        <source>Bedside devices and the patient each one is paired with. Administrators register and pair devices.</source>
        <translation>Les appareils de chevet et le patient auquel chacun est associé. Les administrateurs enregistrent et associent les appareils.</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>&amp;Enregistrer un appareil…</translation>
    </message>
    <message>
        <source>&amp;Pair with patient…</source>
        <translation>&amp;Associer à un patient…</translation>
    </message>
    <message>
        <source>&amp;Unpair…</source>
        <translation>&amp;Dissocier…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter by id, type, model, serial number or MRN</source>
        <translation>Filtrer par identifiant, type, modèle, n° de série ou n° de dossier</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Devices table</source>
        <translation>Tableau des appareils</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <source>None: no gateway here</source>
        <translation>Aucun&#xa0;: pas de passerelle ici</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Débit en bauds</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>Dé&amp;bit (bauds)&#xa0;:</translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Readings accepted</source>
        <translation>Mesures acceptées</translation>
    </message>
    <message>
        <source>Readings without a pairing</source>
        <translation>Mesures sans association</translation>
    </message>
    <message>
        <source>Rejected input</source>
        <translation>Données rejetées</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Readings accepted:</source>
        <translation>Mesures acceptées&#xa0;:</translation>
    </message>
    <message>
        <source>Unpaired readings:</source>
        <translation>Mesures non associées&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>The gateway settings cannot be read: %1</source>
        <translation>Les réglages de la passerelle ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The devices cannot be shown: %1</source>
        <translation>Les appareils ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 registered as %2. Pair it with a patient to receive its readings.</source>
        <translation>%1 enregistré sous %2. Associez-le à un patient pour recevoir ses mesures.</translation>
    </message>
    <message>
        <source>%1 is paired with the patient with MRN %2.</source>
        <translation>%1 est associé au patient n° de dossier %2.</translation>
    </message>
    <message>
        <source>Unpair device</source>
        <translation>Dissocier l’appareil</translation>
    </message>
    <message>
        <source>Unpair %1 from the patient with MRN %2?</source>
        <translation>Dissocier %1 du patient n° de dossier %2&#xa0;?</translation>
    </message>
    <message>
        <source>Readings the device measures from now on are refused until it is paired again. Readings already stored stay with the patient.</source>
        <translation>Les mesures prises par l’appareil à partir de maintenant sont refusées jusqu’à une nouvelle association. Les mesures déjà enregistrées restent au dossier du patient.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Dissocier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The device cannot be unpaired: %1</source>
        <translation>L’appareil ne peut pas être dissocié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is no longer paired.</source>
        <translation>%1 n’est plus associé.</translation>
    </message>
    <message>
        <source>Enter a baud rate, e.g. 115200.</source>
        <translation>Saisissez un débit en bauds, p. ex. 115200.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>The gateway settings were not changed: %1</source>
        <translation>Les réglages de la passerelle n’ont pas été modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The gateway is off on this workstation.</source>
        <translation>La passerelle est désactivée sur ce poste.</translation>
    </message>
    <message>
        <source>The gateway listens on %1 at %2 baud.</source>
        <translation>La passerelle écoute sur %1 à %2 bauds.</translation>
    </message>
    <message>
        <source>No port set</source>
        <translation>Aucun port défini</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Gateway rejection counter: reason, count (&quot;Bad MAC: 3&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>careledger::ui::EmergencyAccessDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>Accès d’urgence</translation>
    </message>
    <message>
        <source>Patient %1 has not given you access to this record. In an emergency you may open it for a limited time. Your name, the time and your reason are logged, every action you take is logged as emergency access, and the clinic reviews each use.</source>
        <translation>Le patient %1 ne vous a pas donné accès à ce dossier. En cas d’urgence, vous pouvez l’ouvrir pour une durée limitée. Votre nom, l’heure et votre motif sont consignés, chacune de vos actions est consignée comme accès d’urgence, et la clinique examine chaque utilisation.</translation>
    </message>
    <message>
        <source>&amp;Start emergency access</source>
        <translation>&amp;Démarrer l’accès d’urgence</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>Motif de l’accès d’urgence</translation>
    </message>
    <message>
        <source>For example: unconscious patient admitted to the emergency department</source>
        <translation>Par exemple&#xa0;: patient inconscient admis aux urgences</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Give the reason in at least %1 characters.</source>
        <translation>Indiquez le motif en au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Starting emergency access…</source>
        <translation>Démarrage de l’accès d’urgence…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FormDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>careledger::ui::GrantAccessDialog</name>
    <message>
        <source>Grant access to a staff member</source>
        <translation>Accorder l’accès à un membre du personnel</translation>
    </message>
    <message>
        <source>The staff member may read the record of %1 (a doctor may also write to it) until the grant expires or is revoked.</source>
        <translation>Le membre du personnel pourra lire le dossier de %1 (un médecin pourra aussi y écrire) jusqu’à l’expiration ou au retrait de l’autorisation.</translation>
    </message>
    <message>
        <source>Grant access to a clinic</source>
        <translation>Accorder l’accès à une clinique</translation>
    </message>
    <message>
        <source>The doctors and nurses of the clinic may read the record of %1 (doctors may also write to it) until the grant expires or is revoked.</source>
        <translation>Les médecins et infirmiers de la clinique pourront lire le dossier de %1 (les médecins pourront aussi y écrire) jusqu’à l’expiration ou au retrait de l’autorisation.</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Accorder l’accès</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Membre du personnel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Clinique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après le&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 (this clinic)</source>
        <translation>%1 (cette clinique)</translation>
    </message>
    <message>
        <source>Choose a staff member.</source>
        <translation>Choisissez un membre du personnel.</translation>
    </message>
    <message>
        <source>Choose a clinic.</source>
        <translation>Choisissez une clinique.</translation>
    </message>
    <message>
        <source>The expiry date must be today or later.</source>
        <translation>La date d’expiration doit être aujourd’hui ou plus tard.</translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation>Octroi de l’accès…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::GrantTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Clinic (at registration)</source>
        <translation>Clinique (à l’enregistrement)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé le</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>careledger::ui::HistoryEntryDialog</name>
    <message>
        <source>Add to the problem list</source>
        <translation>Ajouter à la liste des problèmes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Edit problem list entry</source>
        <translation>Modifier une entrée de la liste des problèmes</translation>
    </message>
    <message>
        <source>Saving keeps the current entry as version %1 in the version history.</source>
        <translation>L’enregistrement conserve l’entrée actuelle comme version %1 dans l’historique des versions.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>e.g. Type 2 diabetes</source>
        <translation>p. ex. Diabète de type 2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>optional, e.g. E11</source>
        <translation>facultatif, p. ex. E11</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Système de codage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Affection&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;nset date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motif de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::HistoryTableModel</name>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskHomePage</name>
    <message>
        <source>My prescriptions</source>
        <translation>Mes ordonnances</translation>
    </message>
    <message>
        <source>My vital signs</source>
        <translation>Mes constantes vitales</translation>
    </message>
    <message>
        <source>Who can see my record</source>
        <translation>Qui peut voir mon dossier</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Current prescriptions</source>
        <translation>Ordonnances en cours</translation>
    </message>
    <message>
        <source>Past prescriptions</source>
        <translation>Ordonnances passées</translation>
    </message>
    <message>
        <source>You have no prescriptions at this clinic.</source>
        <translation>Vous n’avez aucune ordonnance dans cette clinique.</translation>
    </message>
    <message>
        <source>Touch a prescription to see the page you can save or print.</source>
        <translation>Touchez une ordonnance pour voir la page à enregistrer ou à imprimer.</translation>
    </message>
    <message>
        <source>Prescription page preview</source>
        <translation>Aperçu de la page d’ordonnance</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>My vital signs: the last 7 days</source>
        <translation>Mes constantes vitales&#xa0;: les 7 derniers jours</translation>
    </message>
    <message>
        <source>Measured by the bedside devices while you were in our care. Ask your doctor or nurse what they mean for you.</source>
        <translation>Mesurées par les appareils de chevet pendant votre prise en charge. Demandez à votre médecin ou à votre infirmier ce qu’elles signifient pour vous.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Vital signs of the last 7 days</source>
        <translation>Constantes vitales des 7 derniers jours</translation>
    </message>
    <message>
        <source>Doctors and nurses you or the clinic gave access to can read your record. You can give access to someone else, or take it away.</source>
        <translation>Les médecins et infirmiers à qui vous ou la clinique avez donné accès peuvent lire votre dossier. Vous pouvez donner accès à quelqu’un d’autre, ou retirer un accès.</translation>
    </message>
    <message>
        <source>Emergency access to your record</source>
        <translation>Accès d’urgence à votre dossier</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Give a doctor or nurse access</source>
        <translation>Donner accès à un médecin ou un infirmier</translation>
    </message>
    <message>
        <source>Give a clinic access</source>
        <translation>Donner accès à une clinique</translation>
    </message>
    <message>
        <source>Take access away</source>
        <translation>Retirer l’accès</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Pour combien de temps</translation>
    </message>
    <message>
        <source>Until I take it away</source>
        <translation>Jusqu’à ce que je le retire</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>Une semaine</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>Trois mois</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>Donner accès</translation>
    </message>
    <message>
        <source>Why? (kept with your record)</source>
        <translation>Pourquoi&#xa0;? (conservé dans votre dossier)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>I no longer see this doctor or nurse</source>
        <translation>Je ne consulte plus ce médecin ou cet infirmier</translation>
    </message>
    <message>
        <source>I changed clinics</source>
        <translation>J’ai changé de clinique</translation>
    </message>
    <message>
        <source>I want to keep my record private</source>
        <translation>Je veux que mon dossier reste privé</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>They keep what they have already read; nothing written from now on.</source>
        <translation>Ils gardent ce qu’ils ont déjà lu, mais rien de ce qui sera écrit à partir de maintenant.</translation>
    </message>
    <message>
        <source>6 to 8 digits. Not all the same digit, and not a run such as 123456.</source>
        <translation>6 à 8 chiffres. Pas tous identiques, et pas une suite comme 123456.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Confirmer le nouveau code PIN</translation>
    </message>
    <message>
        <source>Save my new PIN</source>
        <translation>Enregistrer mon nouveau code PIN</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Record number %1</source>
        <translation>N° de dossier %1</translation>
    </message>
    <message>
        <source>Preparing the page…</source>
        <translation>Préparation de la page…</translation>
    </message>
    <message>
        <source>No printer is set up at this kiosk: save the page as a PDF on a USB stick instead.</source>
        <translation>Aucune imprimante n’est configurée sur cette borne&#xa0;: enregistrez plutôt la page en PDF sur une clé USB.</translation>
    </message>
    <message>
        <source>This kiosk cannot print: save the page as a PDF on a USB stick instead.</source>
        <translation>Cette borne ne peut pas imprimer&#xa0;: enregistrez plutôt la page en PDF sur une clé USB.</translation>
    </message>
    <message>
        <source>Insert a USB stick, then touch “Save as PDF” again.</source>
        <translation>Insérez une clé USB, puis touchez de nouveau «&#xa0;Enregistrer en PDF&#xa0;».</translation>
    </message>
    <message>
        <source>Saved as %1. Take your USB stick with you when you leave.</source>
        <translation>Enregistré sous %1. N’oubliez pas votre clé USB en partant.</translation>
    </message>
    <message>
        <source>No printer is set up at this kiosk.</source>
        <translation>Aucune imprimante n’est configurée sur cette borne.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Envoyée à l’imprimante %1.</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give a clinic access to my record</source>
        <translation>Donner à une clinique l’accès à mon dossier</translation>
    </message>
    <message>
        <source>Give a doctor or nurse access to my record</source>
        <translation>Donner à un médecin ou un infirmier l’accès à mon dossier</translation>
    </message>
    <message>
        <source>%1 (this clinic)</source>
        <translation>%1 (cette clinique)</translation>
    </message>
    <message>
        <source>%1 can now see your record.</source>
        <translation>%1 peut maintenant voir votre dossier.</translation>
    </message>
    <message>
        <source>Take access away from %1?</source>
        <translation>Retirer l’accès à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Access was taken away.</source>
        <translation>L’accès a été retiré.</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>Saisissez votre code PIN actuel.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Les deux nouveaux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your current PIN is not right.</source>
        <translation>Votre code PIN actuel n’est pas le bon.</translation>
    </message>
    <message>
        <source>Your new PIN is saved. Use it next time.</source>
        <translation>Votre nouveau code PIN est enregistré. Utilisez-le la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskLeavePage</name>
    <message>
        <source>Close the patient kiosk</source>
        <translation>Fermer la borne patient</translation>
    </message>
    <message>
        <source>For clinic administrators. Patients: touch “Back”.</source>
        <translation>Réservé aux administrateurs de la clinique. Patients&#xa0;: touchez «&#xa0;Retour&#xa0;».</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Nom d’utilisateur de l’administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s user name and password.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe d’un administrateur.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation>Trop de tentatives infructueuses. Réessayez après %1.</translation>
    </message>
    <message>
        <source>This is not an administrator&apos;s user name and password.</source>
        <translation>Ce ne sont pas le nom d’utilisateur et le mot de passe d’un administrateur.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskLoginPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Sign in with your record number and your PIN to see your prescriptions, your vital signs of the last week and who may see your record.</source>
        <translation>Connectez-vous avec votre numéro de dossier et votre code PIN pour voir vos ordonnances, vos constantes vitales de la dernière semaine et qui peut voir votre dossier.</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>Numéro de dossier (MRN)</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>e.g. 1234-5678-9</source>
        <translation>p. ex. 1234-5678-9</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No PIN yet, or forgot it? Ask at the reception desk.</source>
        <translation>Pas encore de code PIN, ou vous l’avez oublié&#xa0;? Adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Staff: close the kiosk</source>
        <translation>Personnel&#xa0;: fermer la borne</translation>
    </message>
    <message>
        <source>Enter your record number.</source>
        <translation>Saisissez votre numéro de dossier.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Saisissez votre code PIN.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>The record number or the PIN is not right. Please try again.</source>
        <translation>Le numéro de dossier ou le code PIN n’est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This is not a valid record number. It has nine digits, e.g. 1234-5678-9.</source>
        <translation>Ce n’est pas un numéro de dossier valide. Il comporte neuf chiffres, p. ex. 1234-5678-9.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this record number. You can try again at %1 (in %2), or ask at the reception desk.</source>
        <translation>Trop de codes PIN erronés pour ce numéro de dossier. Vous pourrez réessayer à %1 (dans %2), ou adressez-vous à l’accueil.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskSettingsAction</name>
    <message>
        <source>Open the patient kiosk when an administrator signs in</source>
        <translation>Ouvrir la borne patient à la connexion d’un administrateur</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskWindow</name>
    <message>
        <source>CareLedger — Patient kiosk</source>
        <translation>CareLedger — Borne patient</translation>
    </message>
    <message>
        <source>CareLedger logo</source>
        <translation>Logo de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger · Patient kiosk</source>
        <translation>CareLedger · Borne patient</translation>
    </message>
    <message>
        <source>Signing out in %1 s — touch the screen to stay</source>
        <translation>Déconnexion dans %1 s — touchez l’écran pour rester</translation>
    </message>
    <message>
        <source>Clearing the screen in %1 s — touch the screen to stay</source>
        <translation>Effacement de l’écran dans %1 s — touchez l’écran pour rester</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LedgerPage</name>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load &amp;older blocks</source>
        <translation>Charger les blocs plus &amp;anciens</translation>
    </message>
    <message>
        <source>Blocks, newest first</source>
        <translation>Blocs, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checks every block header, signature, Merkle root and transaction, then every stored record against its newest hash on the chain, and names each mismatch.</source>
        <translation>Vérifie chaque en-tête de bloc, signature, racine de Merkle et transaction, puis chaque dossier stocké par rapport à sa dernière empreinte sur la chaîne, et nomme chaque écart.</translation>
    </message>
    <message>
        <source>Chain height</source>
        <translation>Hauteur de la chaîne</translation>
    </message>
    <message>
        <source>Latest block</source>
        <translation>Dernier bloc</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validateurs</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Waiting transactions</source>
        <translation>Transactions en attente</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Empreinte du bloc</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloc précédent</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Racine de Merkle</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Transactions of the selected block</source>
        <translation>Transactions du bloc sélectionné</translation>
    </message>
    <message>
        <source>The ledger cannot be shown: %1</source>
        <translation>Le registre ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Older blocks cannot be shown: %1</source>
        <translation>Les blocs plus anciens ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing blocks %1 to %2.</source>
        <translation>Blocs %1 à %2 affichés.</translation>
    </message>
    <message>
        <source>Committed on this workstation, not yet sealed in a block.</source>
        <translation>Enregistrées sur ce poste, pas encore scellées dans un bloc.</translation>
    </message>
    <message>
        <source>Seals blocks (a validator of the consortium)</source>
        <translation>Scelle des blocs (validateur du consortium)</translation>
    </message>
    <message>
        <source>Does not seal blocks (a member, not a validator)</source>
        <translation>Ne scelle pas de blocs (membre, non validateur)</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Aucun bloc sélectionné</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>genesis (the health authority)</source>
        <translation>genèse (l’autorité de santé)</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>à son tour</translation>
    </message>
    <message>
        <source>out of turn</source>
        <translation>hors tour</translation>
    </message>
    <message>
        <source>The transactions of this block cannot be shown: %1</source>
        <translation>Les transactions de ce bloc ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LiveVitalsPage</name>
    <message>
        <source>Live vitals</source>
        <translation>Constantes en direct</translation>
    </message>
    <message>
        <source>Patients with a bedside device, most urgent first: highest alert, then NEWS2. Select a patient to see their latest values.</source>
        <translation>Les patients équipés d’un appareil de chevet, les plus urgents en premier&#xa0;: alerte la plus haute, puis NEWS2. Sélectionnez un patient pour voir ses dernières valeurs.</translation>
    </message>
    <message>
        <source>No patient is monitored on this workstation. Pair a device with a patient in Devices.</source>
        <translation>Aucun patient n’est surveillé sur ce poste. Associez un appareil à un patient dans Appareils.</translation>
    </message>
    <message>
        <source>Monitored patients</source>
        <translation>Patients surveillés</translation>
    </message>
    <message>
        <source>Number of monitored patients</source>
        <translation>Nombre de patients surveillés</translation>
    </message>
    <message>
        <source>Select a patient to see their latest values.</source>
        <translation>Sélectionnez un patient pour voir ses dernières valeurs.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>The monitored patients cannot be shown: %1</source>
        <translation>Les patients surveillés ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monitored patients: %1</source>
        <translation>Patients surveillés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · MRN %2</source>
        <translation>%1 · n° de dossier %2</translation>
    </message>
    <message>
        <source>No device is paired with this patient.</source>
        <translation>Aucun appareil n’est associé à ce patient.</translation>
    </message>
    <message>
        <source>Device %1: %2; last reading %3</source>
        <translation>Appareil %1&#xa0;: %2&#xa0;; dernière mesure %3</translation>
    </message>
    <message>
        <source>NEWS2: no parameter measured yet</source>
        <translation>NEWS2&#xa0;: aucun paramètre encore mesuré</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LoginWindow</name>
    <message>
        <source>CareLedger logo</source>
        <translation>Logo de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Clinical workstation</source>
        <translation>Poste de travail clinique</translation>
    </message>
    <message>
        <source>CareLedger — Sign in</source>
        <translation>CareLedger — Connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>Données de la clinique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clinic data directory</source>
        <translation>Dossier des données de la clinique</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Your password unlocks this workstation&apos;s encrypted clinic data. Nothing is readable without it.</source>
        <translation>Votre mot de passe déverrouille les données chiffrées de la clinique sur ce poste. Sans lui, rien n’est lisible.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before you try again.</source>
        <translation>Trop de tentatives infructueuses. Patientez un moment avant de réessayer.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a clinic administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à un administrateur de la clinique de le réactiver.</translation>
    </message>
    <message>
        <source>The clinic data cannot be opened: %1</source>
        <translation>Les données de la clinique ne peuvent pas être ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Vous pouvez maintenant réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1</source>
        <translation>Trop de tentatives infructueuses. Réessayez dans %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>CareLedger — %1 (%2)</source>
        <translation>CareLedger — %1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>Données de la clinique&#xa0;: %1</translation>
    </message>
    <message>
        <source>CareLedger logo</source>
        <translation>Logo de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About CareLedger</source>
        <translation>À &amp;propos de CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>À propos de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1

A clinical workstation whose records are encrypted on disk and whose every change is signed on a ledger shared by the clinics of a health network.</source>
        <translation>CareLedger %1

Un poste de travail clinique dont les dossiers sont chiffrés sur le disque et dont chaque modification est signée dans un registre partagé par les cliniques d’un réseau de santé.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Open the patient &amp;kiosk</source>
        <translation>Ouvrir la &amp;borne patient</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting for acknowledgement</source>
        <translation>
            <numerusform>%1, %n en attente d’acquittement</numerusform>
            <numerusform>%1, %n en attente d’acquittement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careledger::ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>careledger::ui::NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <source>The new colleague signs in with the temporary password once and then chooses their own.</source>
        <translation>La personne se connecte une première fois avec le mot de passe temporaire, puis choisit le sien.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Créer le com&amp;pte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>Répéter le mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>Saisissez un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PairDeviceDialog</name>
    <message>
        <source>Pair device with a patient</source>
        <translation>Associer l’appareil à un patient</translation>
    </message>
    <message>
        <source>Readings of %1 measured from the chosen time on belong to the patient. A current pairing of this device ends at that time.</source>
        <translation>Les mesures de %1 prises à partir de l’heure choisie appartiennent au patient. Une association en cours de cet appareil prend fin à cette heure-là.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Associer</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher le patient</translation>
    </message>
    <message>
        <source>Name or medical record number</source>
        <translation>Nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Paired from</source>
        <translation>Associé à partir du</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À partir &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — MRN %2 — born %3</source>
        <extracomment>Patient in the pairing list: name, record number, birth date</extracomment>
        <translation>%1 — n° de dossier %2 — né(e) le %3</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Aucun patient ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Find the patient and choose them in the list.</source>
        <translation>Recherchez le patient et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Pairing the device…</source>
        <translation>Association de l’appareil…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientChartPage</name>
    <message>
        <source>Patient chart</source>
        <translation>Dossier du patient</translation>
    </message>
    <message>
        <source>&amp;Back to patients</source>
        <translation>Retour aux &amp;patients</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>E&amp;xport FHIR…</source>
        <translation>E&amp;xporter en FHIR…</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d’urgence</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>A&amp;ntécédents</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>&amp;Ordonnances</translation>
    </message>
    <message>
        <source>A&amp;ccess</source>
        <translation>A&amp;ccès</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Medical record number, age and sex</source>
        <translation>Numéro de dossier, âge et sexe</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Version history…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Téléphone de la personne à prévenir</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>Problèmes actifs</translation>
    </message>
    <message>
        <source>Current prescriptions</source>
        <translation>Ordonnances en cours</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Liste des problèmes</translation>
    </message>
    <message>
        <source>&amp;New prescription…</source>
        <translation>&amp;Nouvelle ordonnance…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>T&amp;erminer…</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>A&amp;rrêter…</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <source>Grant to staff &amp;member…</source>
        <translation>Accorder à un &amp;membre du personnel…</translation>
    </message>
    <message>
        <source>Grant to c&amp;linic…</source>
        <translation>Accorder à une c&amp;linique…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ret&amp;irer…</translation>
    </message>
    <message>
        <source>Who may see this record</source>
        <translation>Qui peut voir ce dossier</translation>
    </message>
    <message>
        <source>Access grants</source>
        <translation>Autorisations d’accès</translation>
    </message>
    <message>
        <source>Emergency accesses</source>
        <translation>Accès d’urgence</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Nobody has used emergency access to this record.</source>
        <translation>Personne n’a utilisé l’accès d’urgence pour ce dossier.</translation>
    </message>
    <message>
        <source>Reload &amp;trail</source>
        <translation>Rechar&amp;ger la piste</translation>
    </message>
    <message>
        <source>Every read and change of this record, newest first</source>
        <translation>Chaque lecture et modification de ce dossier, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Audit trail of this patient</source>
        <translation>Piste d’audit de ce patient</translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>Le dossier ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>N° de dossier %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Dossier de %1</translation>
    </message>
    <message>
        <source>Emergency access until %1 — every action is logged</source>
        <translation>Accès d’urgence jusqu’à %1 — chaque action est consignée</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, enregistrée le %2 par %3</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The demographics were saved as version %1.</source>
        <translation>L’identité a été enregistrée comme version %1.</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>The entry was added to the problem list.</source>
        <translation>L’entrée a été ajoutée à la liste des problèmes.</translation>
    </message>
    <message>
        <source>The entry was saved as version %1.</source>
        <translation>L’entrée a été enregistrée comme version %1.</translation>
    </message>
    <message>
        <source>The prescription was saved.</source>
        <translation>L’ordonnance a été enregistrée.</translation>
    </message>
    <message>
        <source>The amendment was saved as version %1.</source>
        <translation>La modification a été enregistrée comme version %1.</translation>
    </message>
    <message>
        <source>Complete prescription</source>
        <translation>Terminer l’ordonnance</translation>
    </message>
    <message>
        <source>Stop prescription</source>
        <translation>Arrêter l’ordonnance</translation>
    </message>
    <message>
        <source>Mark %1 as completed. It can no longer be amended afterwards.</source>
        <translation>Marquer %1 comme terminée. Elle ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>Stop %1. It can no longer be amended afterwards.</source>
        <translation>Arrêter %1. Elle ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>T&amp;erminer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>%1 is marked as completed.</source>
        <translation>%1 est marquée comme terminée.</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>%1 est arrêtée.</translation>
    </message>
    <message>
        <source>Access granted to %1.</source>
        <translation>Accès accordé à %1.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Retirer l’accès</translation>
    </message>
    <message>
        <source>%1 will no longer see this record. Records written from now on are encrypted under a new key that %1 never receives.</source>
        <translation>%1 ne verra plus ce dossier. Les éléments écrits à partir de maintenant sont chiffrés avec une nouvelle clé que %1 ne reçoit jamais.</translation>
    </message>
    <message>
        <source>&amp;Revoke access</source>
        <translation>&amp;Retirer l’accès</translation>
    </message>
    <message>
        <source>Access of %1 revoked.</source>
        <translation>Accès de %1 retiré.</translation>
    </message>
    <message>
        <source>The access grants cannot be shown: %1</source>
        <translation>Les autorisations d’accès ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>La piste d’audit ne peut pas être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export FHIR bundle</source>
        <translation>Exporter le paquet FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The FHIR bundle was not exported: %1</source>
        <translation>Le paquet FHIR n’a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>FHIR bundle exported to %1.</source>
        <translation>Paquet FHIR exporté vers %1.</translation>
    </message>
    <message>
        <source>%1 — %2 %3, %4</source>
        <comment>medication and strength — dose, unit, frequency</comment>
        <translation>%1 — %2 %3, %4</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation>Con&amp;stantes</translation>
    </message>
    <message>
        <source>Set kiosk &amp;PIN…</source>
        <translation>Définir le code PIN de la &amp;borne…</translation>
    </message>
    <message>
        <source>The patient&apos;s kiosk PIN was set.</source>
        <translation>Le code PIN de borne du patient a été défini.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientTableModel</name>
    <message>
        <source>You have no access to this patient&apos;s record.</source>
        <translation>Vous n’avez pas accès au dossier de ce patient.</translation>
    </message>
    <message>
        <source>You see this record through emergency access.</source>
        <translation>Vous voyez ce dossier grâce à l’accès d’urgence.</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Pas d’accès</translation>
    </message>
    <message>
        <source>%1 (emergency access)</source>
        <translation>%1 (accès d’urgence)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search by name or medical record number (MRN). You register patients and manage who may see their records; their history and prescriptions are for the doctors and nurses they chose.</source>
        <translation>Recherchez par nom ou par numéro de dossier (MRN). Vous enregistrez les patients et gérez qui peut voir leur dossier&#xa0;; leurs antécédents et ordonnances sont réservés aux médecins et infirmiers qu’ils ont choisis.</translation>
    </message>
    <message>
        <source>Patients whose records you may see. A patient who has not given you access appears only when you type the exact MRN; in an emergency you can open that record for a limited time.</source>
        <translation>Les patients dont vous pouvez voir le dossier. Un patient qui ne vous a pas donné accès n’apparaît que si vous tapez son numéro de dossier exact&#xa0;; en cas d’urgence, vous pouvez ouvrir ce dossier pour une durée limitée.</translation>
    </message>
    <message>
        <source>Patients whose records you may see. Search by name or medical record number (MRN).</source>
        <translation>Les patients dont vous pouvez voir le dossier. Recherchez par nom ou par numéro de dossier (MRN).</translation>
    </message>
    <message>
        <source>&amp;Open chart</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation>Accès d’&amp;urgence…</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>&amp;Enregistrer un patient…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search by name or MRN, e.g. “dup je” or 1234-5678-9</source>
        <translation>Recherche par nom ou numéro de dossier, p. ex. «&#xa0;dup je&#xa0;» ou 1234-5678-9</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Patients registered here are &amp;visible to this clinic&apos;s doctors and nurses</source>
        <translation>Les patients enregistrés ici sont &amp;visibles par les médecins et infirmiers de cette clinique</translation>
    </message>
    <message>
        <source>Patients registered here are visible to this clinic&apos;s doctors and nurses</source>
        <translation>Les patients enregistrés ici sont visibles par les médecins et infirmiers de cette clinique</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Le réglage n’a pas été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Patients registered from now on are visible to this clinic&apos;s doctors and nurses.</source>
        <translation>Les patients enregistrés à partir de maintenant sont visibles par les médecins et infirmiers de cette clinique.</translation>
    </message>
    <message>
        <source>Patients registered from now on are visible only to those they grant access to.</source>
        <translation>Les patients enregistrés à partir de maintenant ne sont visibles que par ceux à qui ils donnent accès.</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Number of patients found</source>
        <translation>Nombre de patients trouvés</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No patients.</source>
        <translation>Aucun patient.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Aucun patient ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Patients shown: %1</source>
        <translation>Patients affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>A record number has nine digits with a valid check digit, for example 1234-5678-9.</source>
        <translation>Un numéro de dossier comporte neuf chiffres avec une clé de contrôle valide, par exemple 1234-5678-9.</translation>
    </message>
    <message>
        <source>%1 %2 is registered with MRN %3.</source>
        <translation>%1 %2 est enregistré(e) sous le numéro de dossier %3.</translation>
    </message>
    <message>
        <source>You have no access to the record of patient %1.</source>
        <translation>Vous n’avez pas accès au dossier du patient %1.</translation>
    </message>
    <message>
        <source>&amp;Verify prescription code…</source>
        <translation>Vérifier un &amp;code d’ordonnance…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PinKeypad</name>
    <message>
        <source>Number keypad</source>
        <translation>Pavé numérique</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Supprimer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PlaceholderPage</name>
    <message>
        <source>This part of CareLedger is not available in this version yet.</source>
        <translation>Cette partie de CareLedger n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>Nothing is shown here rather than sample data, so that everything you see in CareLedger is real.</source>
        <translation>Rien n’est affiché ici plutôt que des données d’exemple, pour que tout ce que vous voyez dans CareLedger soit réel.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PrescriptionDialog</name>
    <message>
        <source>New prescription</source>
        <translation>Nouvelle ordonnance</translation>
    </message>
    <message>
        <source>The prescription is signed with your key when you save it.</source>
        <translation>L’ordonnance est signée avec votre clé lorsque vous l’enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Prescribe</source>
        <translation>&amp;Prescrire</translation>
    </message>
    <message>
        <source>Amend prescription</source>
        <translation>Modifier l’ordonnance</translation>
    </message>
    <message>
        <source>The amendment becomes version %1; the earlier versions stay in the version history.</source>
        <translation>La modification devient la version %1&#xa0;; les versions précédentes restent dans l’historique des versions.</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Enregistrer la modification</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>e.g. Metformin</source>
        <translation>p. ex. Metformine</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ex. 500 mg</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unité de dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Durée en jours</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>Unité de quantité</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>e.g. with food</source>
        <translation>p. ex. pendant les repas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>&amp;Médicament&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>Do&amp;sage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dose&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Voie&#xa0;:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration (days):</source>
        <translation>D&amp;urée (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Quantit&amp;y:</source>
        <translation>Quantit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;fills:</source>
        <translation>Re&amp;nouvellements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>Motif de la m&amp;odification&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the reason for the amendment.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <source>Saving the prescription…</source>
        <translation>Enregistrement de l’ordonnance…</translation>
    </message>
    <message>
        <source>Saving the amendment…</source>
        <translation>Enregistrement de la modification…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PrescriptionTableModel</name>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>careledger::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecordHistoryDialog</name>
    <message>
        <source>Version history — %1</source>
        <translation>Historique des versions — %1</translation>
    </message>
    <message>
        <source>Every saved version, oldest first. Select a version to see its fields; the fields that changed since the version before are marked.</source>
        <translation>Toutes les versions enregistrées, de la plus ancienne à la plus récente. Sélectionnez une version pour voir ses champs&#xa0;; les champs modifiés depuis la version précédente sont signalés.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Fields of the selected version</source>
        <translation>Champs de la version sélectionnée</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The versions cannot be shown: %1</source>
        <translation>Les versions ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>Version %1, compared with version %2</source>
        <translation>Version %1, comparée à la version %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Changed (was: %1)</source>
        <translation>Modifié (avant&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Téléphone de la personne à prévenir</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Affection</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Système de codage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RegisterDeviceDialog</name>
    <message>
        <source>Register device</source>
        <translation>Enregistrer un appareil</translation>
    </message>
    <message>
        <source>The device gets an id and a secret key. The key is shown once, after registration: have the device or its gateway at hand to enter it.</source>
        <translation>L’appareil reçoit un identifiant et une clé secrète. La clé n’est affichée qu’une fois, après l’enregistrement&#xa0;: ayez l’appareil ou sa passerelle à portée de main pour la saisir.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d’appareil</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>e.g. IntelliVue MX450</source>
        <translation>p. ex. IntelliVue MX450</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>N° de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <source>A serial number has letters and digits, with spaces, dots, dashes, slashes or underscores between them.</source>
        <translation>Un numéro de série se compose de lettres et de chiffres, séparés par des espaces, points, tirets, barres obliques ou traits de soulignement.</translation>
    </message>
    <message>
        <source>Enter the device&apos;s model.</source>
        <translation>Saisissez le modèle de l’appareil.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the device.</source>
        <translation>Saisissez le numéro de série imprimé sur l’appareil.</translation>
    </message>
    <message>
        <source>Registering the device…</source>
        <translation>Enregistrement de l’appareil…</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>CareLedger gateway (CLV1, signed with a key)</source>
        <translation>Passerelle CareLedger (CLV1, signée avec une clé)</translation>
    </message>
    <message>
        <source>HL7 v2 bedside monitor (EUI-64, no key)</source>
        <translation>Moniteur de chevet HL7 v2 (EUI-64, sans clé)</translation>
    </message>
    <message>
        <source>EUI-64</source>
        <translation>EUI-64</translation>
    </message>
    <message>
        <source>e.g. 00:09:5C:FF:FE:12:34:56</source>
        <translation>p. ex. 00:09:5C:FF:FE:12:34:56</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;EUI-64:</source>
        <translation>E&amp;UI-64&#xa0;:</translation>
    </message>
    <message>
        <source>An HL7 monitor cannot sign its messages: it is known by the EUI-64 it sends and accepted once it is registered and paired with a patient.</source>
        <translation>Un moniteur HL7 ne peut pas signer ses messages&#xa0;: il est identifié par l’EUI-64 qu’il envoie et accepté une fois enregistré et associé à un patient.</translation>
    </message>
    <message>
        <source>Enter the monitor&apos;s EUI-64, as on its label or in its network settings.</source>
        <translation>Saisissez l’EUI-64 du moniteur, tel qu’il figure sur son étiquette ou dans ses réglages réseau.</translation>
    </message>
    <message>
        <source>An EUI-64 has 16 hexadecimal digits, e.g. 00:09:5C:FF:FE:12:34:56.</source>
        <translation>Un EUI-64 comporte 16 chiffres hexadécimaux, p. ex. 00:09:5C:FF:FE:12:34:56.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RegistrationDialog</name>
    <message>
        <source>Register patient</source>
        <translation>Enregistrer un patient</translation>
    </message>
    <message>
        <source>A new medical record number is issued when you save. Given name, family name and date of birth are required.</source>
        <translation>Un nouveau numéro de dossier est attribué à l’enregistrement. Le prénom, le nom de famille et la date de naissance sont obligatoires.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Edit demographics</source>
        <translation>Modifier l’identité</translation>
    </message>
    <message>
        <source>Saving keeps the current details as an earlier version, with your name and the reason.</source>
        <translation>L’enregistrement conserve les informations actuelles comme version précédente, avec votre nom et le motif.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>Téléphone de la personne à prévenir</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency &amp;contact:</source>
        <translation>Personne à pré&amp;venir&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency contact p&amp;hone:</source>
        <translation>Télép&amp;hone de la personne à prévenir&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Motif de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation>En&amp;registrer quand même</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <source>Saving the new version…</source>
        <translation>Enregistrement de la nouvelle version…</translation>
    </message>
    <message>
        <source>Looking for patients already registered with these details…</source>
        <translation>Recherche de patients déjà enregistrés avec ces informations…</translation>
    </message>
    <message>
        <source>Registering the patient…</source>
        <translation>Enregistrement du patient…</translation>
    </message>
    <message>
        <source>Patients already registered with the same name and date of birth: %1. Search the patient list before registering a second record for the same person.</source>
        <translation>Patients déjà enregistrés avec les mêmes nom et date de naissance&#xa0;: %1. Cherchez dans la liste des patients avant d’enregistrer un second dossier pour la même personne.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>Code PIN de la borne</translation>
    </message>
    <message>
        <source>Kiosk PIN again</source>
        <translation>Confirmation du code PIN de la borne</translation>
    </message>
    <message>
        <source>Kiosk PIN (optional)</source>
        <translation>Code PIN de la borne (facultatif)</translation>
    </message>
    <message>
        <source>Kiosk P&amp;IN:</source>
        <translation>Code P&amp;IN de la borne&#xa0;:</translation>
    </message>
    <message>
        <source>6 to 8 digits; the patient can change it at the kiosk. Leave empty to set it later.</source>
        <translation>6 à 8 chiffres&#xa0;; le patient peut le changer à la borne. Laissez vide pour le définir plus tard.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <source>%1 %2 is registered with MRN %3, but the kiosk PIN was not set: %4 Set it from the Access tab of the patient&apos;s chart.</source>
        <translation>%1 %2 est enregistré(e) sous le numéro de dossier %3, mais le code PIN de borne n’a pas été défini&#xa0;: %4 Définissez-le depuis l’onglet Accès du dossier du patient.</translation>
    </message>
    <message>
        <source>PIN agai&amp;n:</source>
        <translation>Confirmation du &amp;code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SessionController</name>
    <message>
        <source>No clinic data was found in this folder. Create it with “careledger-admin init”, or start CareLedger with --demo to try it with demo accounts.</source>
        <translation>Aucune donnée de clinique n’a été trouvée dans ce dossier. Créez-la avec «&#xa0;careledger-admin init&#xa0;», ou lancez CareLedger avec --demo pour l’essayer avec des comptes de démonstration.</translation>
    </message>
    <message>
        <source>This workstation is set to be the patient kiosk: an administrator signs in to open it.</source>
        <translation>Ce poste est configuré comme borne patient&#xa0;: un administrateur se connecte pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The patient kiosk cannot be opened: %1</source>
        <translation>La borne patient ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SetPinDialog</name>
    <message>
        <source>Set kiosk PIN</source>
        <translation>Définir le code PIN de borne</translation>
    </message>
    <message>
        <source>With the record number and this PIN, %1 can sign in at the patient kiosk to see their prescriptions and who may see their record. Tell the patient the PIN in person; they can change it at the kiosk.</source>
        <translation>Avec le numéro de dossier et ce code PIN, %1 peut se connecter à la borne patient pour voir ses ordonnances et qui peut voir son dossier. Communiquez le code PIN au patient en personne&#xa0;; il pourra le changer à la borne.</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Définir le code PIN</translation>
    </message>
    <message>
        <source>Checking whether the patient has a PIN…</source>
        <translation>Vérification de l’existence d’un code PIN pour ce patient…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Confirmation du nouveau code PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>6 to 8 digits; not all the same digit and not a run such as 123456.</source>
        <translation>6 à 8 chiffres&#xa0;; pas tous identiques et pas une suite comme 123456.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <source>The patient has a PIN. A new one replaces it.</source>
        <translation>Le patient a un code PIN. Le nouveau le remplace.</translation>
    </message>
    <message>
        <source>The patient has no PIN yet.</source>
        <translation>Le patient n’a pas encore de code PIN.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Définition du code PIN…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffAdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Everyone who signs in at this clinic&apos;s workstations. Disabling an account destroys its key: its password no longer opens the clinic data.</source>
        <translation>Toutes les personnes qui se connectent aux postes de cette clinique. Désactiver un compte détruit sa clé : son mot de passe n’ouvre plus les données de la clinique.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter by user name, name or role</source>
        <translation>Filtrer par nom d’utilisateur, nom ou rôle</translation>
    </message>
    <message>
        <source>Filter staff accounts</source>
        <translation>Filtrer les comptes du personnel</translation>
    </message>
    <message>
        <source>Staff accounts table</source>
        <translation>Tableau des comptes du personnel</translation>
    </message>
    <message>
        <source>The staff accounts cannot be shown: %1</source>
        <translation>Les comptes du personnel ne peuvent pas être affichés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account “%1” created for %2. Hand over the temporary password in person.</source>
        <translation>Compte «&#xa0;%1&#xa0;» créé pour %2. Remettez le mot de passe temporaire en main propre.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)?</source>
        <translation>Désactiver le compte de %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, and the password will no longer open the clinic data. You can enable the account again with a temporary password.</source>
        <translation>%1 ne pourra plus se connecter, et le mot de passe n’ouvrira plus les données de la clinique. Vous pourrez réactiver le compte avec un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>&amp;Désactiver le compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The account cannot be disabled: %1</source>
        <translation>Le compte ne peut pas être désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Enable account</source>
        <translation>Réactiver le compte</translation>
    </message>
    <message>
        <source>Enable the account of %1. A disabled account has no key left, so it needs a temporary password, which %1 must replace at the next sign-in.</source>
        <translation>Réactiver le compte de %1. Un compte désactivé n’a plus de clé : il lui faut donc un mot de passe temporaire, que %1 devra remplacer à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>&amp;Réactiver le compte</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set a temporary password for %1. The current password stops working at once, and %1 must choose a new one at the next sign-in.</source>
        <translation>Définir un mot de passe temporaire pour %1. Le mot de passe actuel cesse immédiatement de fonctionner, et %1 devra en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>Répéter le mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>Saisissez un mot de passe temporaire.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>Réactivation du compte…</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>Réinitialisation du mot de passe…</translation>
    </message>
    <message>
        <source>The account of %1 is enabled again.</source>
        <translation>Le compte de %1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TransactionTableModel</name>
    <message>
        <source>Member admission</source>
        <translation>Admission d’un membre</translation>
    </message>
    <message>
        <source>Member removal</source>
        <translation>Retrait d’un membre</translation>
    </message>
    <message>
        <source>Validator addition</source>
        <translation>Ajout d’un validateur</translation>
    </message>
    <message>
        <source>Validator removal</source>
        <translation>Retrait d’un validateur</translation>
    </message>
    <message>
        <source>User key registration</source>
        <translation>Enregistrement d’une clé d’utilisateur</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Écriture d’un dossier</translation>
    </message>
    <message>
        <source>Record erased</source>
        <translation>Effacement d’un dossier</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>Consentement accordé</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consentement révoqué</translation>
    </message>
    <message>
        <source>Vital signs anchor</source>
        <translation>Ancrage des signes vitaux</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>Alerte acquittée</translation>
    </message>
    <message>
        <source>Alert threshold override</source>
        <translation>Seuil d’alerte personnalisé</translation>
    </message>
    <message>
        <source>Audit log anchor</source>
        <translation>Ancrage du journal d’audit</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VerifyCodeDialog</name>
    <message>
        <source>Verify prescription code</source>
        <translation>Vérifier un code d’ordonnance</translation>
    </message>
    <message>
        <source>Type the code printed in the box of a patient&apos;s prescription. It tells whether the page shows the prescription as it stands now on this clinic&apos;s ledger.</source>
        <translation>Saisissez le code imprimé dans l’encadré de l’ordonnance d’un patient. Il indique si la page montre l’ordonnance telle qu’elle figure actuellement dans le registre de cette clinique.</translation>
    </message>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Vérifier le code</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Type the code printed on the prescription.</source>
        <translation>Saisissez le code imprimé sur l’ordonnance.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Valid: the page shows the current prescription.</source>
        <translation>Valide&#xa0;: la page montre l’ordonnance en vigueur.</translation>
    </message>
    <message>
        <source>Superseded: the prescription was changed after this page was printed.</source>
        <translation>Remplacée&#xa0;: l’ordonnance a été modifiée après l’impression de cette page.</translation>
    </message>
    <message>
        <source>Unknown: no prescription on this workstation has this code.</source>
        <translation>Inconnu&#xa0;: aucune ordonnance de ce poste n’a ce code.</translation>
    </message>
    <message>
        <source>Damaged: the stored prescription does not match the ledger. Tell a clinic administrator.</source>
        <translation>Endommagée&#xa0;: l’ordonnance enregistrée ne correspond pas au registre. Prévenez un administrateur de la clinique.</translation>
    </message>
    <message>
        <source>Prescription: %1 %2, %3 %4, %5.</source>
        <translation>Ordonnance&#xa0;: %1 %2, %3 %4, %5.</translation>
    </message>
    <message>
        <source>Patient record number: %1</source>
        <translation>N° de dossier du patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed from version %1; the current version is %2.</source>
        <translation>Imprimée à partir de la version %1&#xa0;; la version actuelle est la %2.</translation>
    </message>
    <message>
        <source>Status now: %1</source>
        <translation>Statut actuel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VerifyPanel</name>
    <message>
        <source>Ledger verification</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <source>&amp;Verify ledger</source>
        <translation>&amp;Vérifier le registre</translation>
    </message>
    <message>
        <source>&amp;Cancel verification</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Verifying every block, transaction and stored record…</source>
        <translation>Vérification de chaque bloc, transaction et dossier stocké…</translation>
    </message>
    <message>
        <source>Stopping the verification…</source>
        <translation>Arrêt de la vérification…</translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>Le registre ne peut pas être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>1 bloc</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 blocs</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>1 transaction</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 dossiers</translation>
    </message>
    <message>
        <source>Verification cancelled after %1. Nothing was changed.</source>
        <translation>Vérification annulée après %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>1 problème trouvé</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 problèmes trouvés</translation>
    </message>
    <message>
        <source>%1 in the ledger (%2 checked); each is listed below.</source>
        <translation>%1 dans le registre (%2 vérifiés)&#xa0;; chacun est détaillé ci-dessous.</translation>
    </message>
    <message>
        <source>Ledger verified: %1, no problems.</source>
        <translation>Registre vérifié&#xa0;: %1, aucun problème.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VitalTileWidget</name>
    <message>
        <source>Blood pressure</source>
        <translation>Pression artérielle</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorité %1</translation>
    </message>
    <message>
        <source>Sensor off</source>
        <translation>Capteur débranché</translation>
    </message>
    <message>
        <source>%1, sensor off</source>
        <translation>%1, capteur débranché</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>Appareil silencieux</translation>
    </message>
    <message>
        <source>%1, device silent</source>
        <translation>%1, appareil silencieux</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VitalTrendChart</name>
    <message>
        <source>%1: normal range</source>
        <extracomment>Legend and accessible name of the shaded normal range of a vital sign (&quot;Heart rate: normal range&quot;)</extracomment>
        <translation>%1&#xa0;: plage normale</translation>
    </message>
    <message>
        <source>%1: abnormal</source>
        <extracomment>Legend of the red dots on a trend chart (&quot;Heart rate: abnormal&quot;)</extracomment>
        <translation>%1&#xa0;: anormal</translation>
    </message>
    <message>
        <source>No readings in this period.</source>
        <translation>Aucune mesure sur cette période.</translation>
    </message>
    <message>
        <source>%1 abnormal readings: the lowest and highest of each pixel column are marked.</source>
        <translation>%1 mesures anormales&#xa0;: la plus basse et la plus haute de chaque colonne de pixels sont marquées.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <extracomment>Trend chart tooltip: time, then sign name and value with unit</extracomment>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VitalTrendPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>vital sign name, unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vital sign trends</source>
        <translation>Tendances des constantes vitales</translation>
    </message>
    <message>
        <source>Show the last:</source>
        <translation>Période affichée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Réglages d’alerte</translation>
    </message>
    <message>
        <source>Blood pressure (%1)</source>
        <extracomment>Chart title for systolic and diastolic pressure together</extracomment>
        <translation>Pression artérielle (%1)</translation>
    </message>
    <message>
        <source>Loading the readings…</source>
        <translation>Chargement des mesures…</translation>
    </message>
    <message>
        <source>The readings cannot be shown: %1</source>
        <translation>Les mesures ne peuvent pas être affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alert rules: %1, SpO2 scale %2.</source>
        <translation>Règles d’alerte&#xa0;: %1, échelle SpO2 %2.</translation>
    </message>
    <message>
        <source>%1: below %2 or above %3 (%4)</source>
        <extracomment>Per-patient limit: sign, low limit, high limit, priority (&quot;Heart rate: below 45 /min or above 120 /min (High)&quot;)</extracomment>
        <translation>%1&#xa0;: en dessous de %2 ou au-dessus de %3 (%4)</translation>
    </message>
    <message>
        <source>%1: below %2 (%3)</source>
        <translation>%1&#xa0;: en dessous de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: above %2 (%3)</source>
        <translation>%1&#xa0;: au-dessus de %2 (%3)</translation>
    </message>
    <message>
        <source>No per-patient limits: the profile&apos;s limits apply to every sign.</source>
        <translation>Aucune limite propre au patient&#xa0;: les limites du profil s’appliquent à chaque constante.</translation>
    </message>
    <message>
        <source>Alert &amp;limits…</source>
        <translation>&amp;Limites d’alerte…</translation>
    </message>
    <message>
        <source>Alert limits…</source>
        <translation>Limites d’alerte…</translation>
    </message>
    <message>
        <source>Saving the alert limits…</source>
        <translation>Enregistrement des limites d’alerte…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WardTableModel</name>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not resolved</source>
        <translation>
            <numerusform>%n alerte non résolue</numerusform>
            <numerusform>%n alertes non résolues</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (débranché)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <source>HR /min</source>
        <translation>FC /min</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>RR /min</source>
        <translation>FR /min</translation>
    </message>
    <message>
        <source>Temp °C</source>
        <translation>Temp. °C</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>PA mmHg</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Highest alert</source>
        <translation>Alerte la plus haute</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation.</source>
        <translation>Poste de travail clinique CareLedger.</translation>
    </message>
    <message>
        <source>Open the clinic data in &lt;dir&gt; (default: the demo clinic, %1).</source>
        <translation>Ouvrir les données de la clinique dans &lt;dir&gt; (par défaut&#xa0;: la clinique de démonstration, %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Create the demo clinic with its demo accounts first, unless it exists.</source>
        <translation>Créer d’abord la clinique de démonstration et ses comptes de démonstration, si elle n’existe pas.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: %1 (default: the system&apos;s).</source>
        <translation>Utiliser la langue &lt;code&gt;&#xa0;: %1 (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Render every screen to PNG files in &lt;dir&gt; without a display, using a throw-away clinic, and exit.</source>
        <translation>Enregistrer chaque écran en PNG dans &lt;dir&gt; sans affichage, avec une clinique jetable, puis quitter.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Choose one of: %2.</source>
        <translation>Langue inconnue&#xa0;: «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>careledger: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set, nor QT_QPA_PLATFORM).
To render every screen to PNG files without a display, run:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</source>
        <translation>careledger&#xa0;: aucun affichage trouvé (ni DISPLAY, ni WAYLAND_DISPLAY, ni QT_QPA_PLATFORM n’est défini).
Pour enregistrer chaque écran en PNG sans affichage, lancez&#xa0;:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</translation>
    </message>
    <message>
        <source>The demo clinic cannot be created: %1</source>
        <translation>La clinique de démonstration ne peut pas être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the patient kiosk as soon as an administrator signs in.</source>
        <translation>Ouvrir la borne patient dès qu’un administrateur se connecte.</translation>
    </message>
    <message>
        <source>The demo gateway simulator was not found; live vitals stay empty.</source>
        <translation>Le simulateur de passerelle de démonstration est introuvable&#xa0;; les constantes en direct restent vides.</translation>
    </message>
</context>
</TS>
