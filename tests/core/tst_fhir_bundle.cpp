// The FHIR R4 export: a "collection" Bundle whose resources carry their required elements,
// codes from the bound value sets, free text where nobody entered a code, and references
// that resolve inside the Bundle. Checked on the JSON a receiving system would parse.

#include "clinical/FhirBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace careledger::core;

namespace {

const QDateTime kGenerated(QDate(2026, 1, 15), QTime(10, 0, 0, 250), Qt::UTC);

RecordAuthorship author(const QString &name, const QString &role, const QDateTime &at, const QString &reason = QString())
{
    RecordAuthorship a;
    a.writtenAt = at;
    a.authorName = name;
    a.authorRole = role;
    a.authorKeyId = QByteArray(32, '\x11');
    a.changeReason = reason;
    return a;
}

QDateTime at(int month, int day, int hour)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 15, 30, 5), Qt::UTC);
}

FhirPatientRecord fullRecord()
{
    FhirPatientRecord r;
    r.mrn = QStringLiteral("1234-5678-2");
    r.pseudonym = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    r.clinicName = QStringLiteral("Clinique du Lac");
    r.demographics.givenName = QStringLiteral("Amira");
    r.demographics.familyName = QStringLiteral("Haddad");
    r.demographics.birthDate = QDate(1980, 5, 17);
    r.demographics.sex = Sex::Female;
    r.demographics.address = QStringLiteral("12 rue de Marseille\n1000 Tunis");
    r.demographics.phone = QStringLiteral("+216 71 123 456");
    r.demographics.email = QStringLiteral("amira@example.org");
    r.demographics.emergencyContactName = QStringLiteral("Sami Haddad");
    r.demographics.emergencyContactPhone = QStringLiteral("+216 98 765 432");
    r.demographicsAuthorship = author(QStringLiteral("Nadia Admin"), QStringLiteral("admin"), at(3, 2, 9));
    r.demographicsVersion = 3;

    FhirPatientRecord::Condition coded;
    coded.recordId = QByteArray(16, '\x01');
    coded.version = 2;
    coded.entry.condition = QStringLiteral("Type 2 diabetes");
    coded.entry.code = QStringLiteral("E11");
    coded.entry.codeSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
    coded.entry.description = QStringLiteral("Diet-controlled until 2019.");
    coded.entry.onsetDate = QDate(2015, 3, 1);
    coded.entry.status = ProblemStatus::Active;
    coded.first = author(QStringLiteral("Dr Leïla Ben Salah"), QStringLiteral("doctor"), at(3, 5, 10));
    coded.current = author(QStringLiteral("Dr Leïla Ben Salah"), QStringLiteral("doctor"), at(4, 1, 11), QStringLiteral("Coded."));
    r.conditions.append(coded);

    FhirPatientRecord::Condition freeText;
    freeText.recordId = QByteArray(16, '\x02');
    freeText.entry.condition = QStringLiteral("Seasonal hay fever");
    freeText.entry.status = ProblemStatus::Resolved;
    freeText.first = author(QStringLiteral("Dr Karim Trabelsi"), QStringLiteral("doctor"), at(5, 6, 8));
    freeText.current = freeText.first;
    r.conditions.append(freeText);

    FhirPatientRecord::Medication amended;
    amended.recordId = QByteArray(16, '\x03');
    amended.version = 2;
    amended.prescription.medication = QStringLiteral("Metformin");
    amended.prescription.strength = QStringLiteral("500 mg");
    amended.prescription.form = QStringLiteral("tablet");
    amended.prescription.dose = 1;
    amended.prescription.doseUnit = QStringLiteral("tablet");
    amended.prescription.route = QStringLiteral("oral");
    amended.prescription.frequency = QStringLiteral("twice daily");
    amended.prescription.durationDays = 30;
    amended.prescription.quantity = 60;
    amended.prescription.quantityUnit = QStringLiteral("tablet");
    amended.prescription.refills = 2;
    amended.prescription.instructions = QStringLiteral("With food.");
    amended.prescription.prescribedOn = QDate(2025, 3, 5);
    amended.prescription.status = PrescriptionStatus::Amended;
    amended.first = author(QStringLiteral("Dr Leïla Ben Salah"), QStringLiteral("doctor"), at(3, 5, 10));
    amended.current = author(QStringLiteral("Dr Leïla Ben Salah"), QStringLiteral("doctor"), at(3, 20, 10),
                             QStringLiteral("Dose halved: stomach upset."));
    r.medications.append(amended);

    FhirPatientRecord::Medication stopped;
    stopped.recordId = QByteArray(16, '\x04');
    stopped.prescription = amended.prescription;
    stopped.prescription.medication = QStringLiteral("Nicotine");
    stopped.prescription.strength = QStringLiteral("2 mg");
    stopped.prescription.form = QStringLiteral("lozenge");  // free text form
    stopped.prescription.route = QStringLiteral("buccal");  // free text route
    stopped.prescription.dose = 0.5;
    stopped.prescription.doseUnit = QStringLiteral("lozenge");
    stopped.prescription.status = PrescriptionStatus::Stopped;
    stopped.first = author(QStringLiteral("Dr Karim Trabelsi"), QStringLiteral("doctor"), at(6, 1, 9));
    stopped.current = author(QStringLiteral("Dr Karim Trabelsi"), QStringLiteral("doctor"), at(6, 15, 9), QStringLiteral("Patient stopped smoking."));
    r.medications.append(stopped);

    FhirPatientRecord::ConsentGrant clinic;
    clinic.toClinic = true;
    clinic.granteeName = QStringLiteral("Clinique du Lac");
    clinic.grantedAt = at(3, 2, 9);
    clinic.active = true;
    r.consents.append(clinic);

    FhirPatientRecord::ConsentGrant revoked;
    revoked.granteeName = QStringLiteral("Dr Karim Trabelsi");
    revoked.grantedAt = at(6, 1, 8);
    revoked.expiresAt = at(12, 31, 23);
    revoked.revokedAt = at(7, 1, 12);
    revoked.active = false;
    r.consents.append(revoked);

    FhirPatientRecord::AuditEvent read;
    read.at = at(6, 1, 9);
    read.actorName = QStringLiteral("Dr Karim Trabelsi");
    read.actorRole = QStringLiteral("doctor");
    read.action = QStringLiteral("view-history");
    read.workstation = QStringLiteral("Consultation room 2");
    read.breakGlass = true;
    r.auditEvents.append(read);

    FhirPatientRecord::AuditEvent refused;
    refused.at = at(6, 2, 9);
    refused.actorName = QStringLiteral("Salma Nurse");
    refused.actorRole = QStringLiteral("nurse");
    refused.action = QStringLiteral("write-prescription");
    refused.workstation = QStringLiteral("Ward A");
    refused.refused = true;
    r.auditEvents.append(refused);
    return r;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not a JSON object: %s", qPrintable(error.errorString()));
        return {};
    }
    return doc.object();
}

QList<QJsonObject> resourcesOf(const QJsonObject &bundle, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == type) {
            out.append(resource);
        }
    }
    return out;
}

// Every "reference" anywhere under `value`.
void collectReferences(const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1StringView("reference") && it.value().isString()) {
                out.append(it.value().toString());
            }
            collectReferences(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            collectReferences(v, out);
        }
    }
}

// FHIR JSON has no empty strings, objects or arrays, and no nulls (ele-1).
void collectEmpties(const QJsonValue &value, const QString &path, QStringList &out)
{
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()) ||
        (value.isString() && value.toString() != value.toString().trimmed()) || (value.isObject() && value.toObject().isEmpty()) ||
        (value.isArray() && value.toArray().isEmpty())) {
        out.append(path);
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectEmpties(it.value(), path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collectEmpties(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
        }
    }
}

QJsonObject firstCoding(const QJsonValue &codeableConcept)
{
    return codeableConcept.toObject().value(QStringLiteral("coding")).toArray().first().toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

} // namespace

class TestFhirBundle : public QObject {
    Q_OBJECT
private:
    QJsonObject m_bundle;
    QString m_patientUrl;

private Q_SLOTS:
    void initTestCase()
    {
        m_bundle = parse(toFhirBundleJson(fullRecord(), kGenerated));
        QVERIFY(!m_bundle.isEmpty());
        const QJsonObject first = m_bundle.value(QStringLiteral("entry")).toArray().first().toObject();
        m_patientUrl = str(first, "fullUrl");
    }

    void bundleShape()
    {
        QCOMPARE(str(m_bundle, "resourceType"), QStringLiteral("Bundle"));
        QCOMPARE(str(m_bundle, "type"), QStringLiteral("collection"));
        QCOMPARE(str(m_bundle, "timestamp"), QStringLiteral("2026-01-15T10:00:00.250Z"));
        QVERIFY(!m_bundle.contains(QStringLiteral("total"))); // only for searchset and history
        QCOMPARE(resourcesOf(m_bundle, QStringLiteral("Patient")).size(), 1);
        QCOMPARE(resourcesOf(m_bundle, QStringLiteral("Condition")).size(), 2);
        QCOMPARE(resourcesOf(m_bundle, QStringLiteral("MedicationRequest")).size(), 2);
        QCOMPARE(resourcesOf(m_bundle, QStringLiteral("Consent")).size(), 2);
        QCOMPARE(resourcesOf(m_bundle, QStringLiteral("AuditEvent")).size(), 2);
        QCOMPARE(m_bundle.value(QStringLiteral("entry")).toArray().size(), 9);
    }

    void fullUrlsAreUuidsMatchingResourceIds()
    {
        QSet<QString> urls;
        for (const QJsonValue &v : m_bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject entry = v.toObject();
            const QString url = str(entry, "fullUrl");
            QVERIFY2(url.startsWith(QStringLiteral("urn:uuid:")), qPrintable(url));
            const QString uuid = url.mid(9);
            QVERIFY(!QUuid::fromString(uuid).isNull());
            QCOMPARE(uuid, uuid.toLower());
            QCOMPARE(str(entry.value(QStringLiteral("resource")).toObject(), "id"), uuid);
            urls.insert(url);
        }
        QCOMPARE(urls.size(), 9);
    }

    void referencesResolveInsideTheBundle()
    {
        QSet<QString> urls;
        for (const QJsonValue &v : m_bundle.value(QStringLiteral("entry")).toArray()) {
            urls.insert(str(v.toObject(), "fullUrl"));
        }
        QStringList references;
        collectReferences(m_bundle, references);
        QCOMPARE(references.size(), 8); // subject/patient/entity of each of the 8 other resources
        for (const QString &reference : references) {
            QVERIFY2(urls.contains(reference), qPrintable(reference));
            QCOMPARE(reference, m_patientUrl);
        }
    }

    void noEmptyElements()
    {
        QStringList empties;
        collectEmpties(m_bundle, QStringLiteral("Bundle"), empties);
        QVERIFY2(empties.isEmpty(), qPrintable(empties.join(u' ')));
    }

    void patient()
    {
        const QJsonObject p = resourcesOf(m_bundle, QStringLiteral("Patient")).first();
        const QJsonArray identifiers = p.value(QStringLiteral("identifier")).toArray();
        QCOMPARE(identifiers.size(), 2);
        const QJsonObject mrn = identifiers.at(0).toObject();
        const QJsonObject mrnType = firstCoding(mrn.value(QStringLiteral("type")));
        QCOMPARE(str(mrnType, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203"));
        QCOMPARE(str(mrnType, "code"), QStringLiteral("MR"));
        QCOMPARE(str(mrn, "system"), QStringLiteral("urn:careledger:mrn"));
        QCOMPARE(str(mrn, "value"), QStringLiteral("1234-5678-2"));
        const QJsonObject pseudonym = identifiers.at(1).toObject();
        QCOMPARE(str(pseudonym, "system"), QStringLiteral("urn:careledger:pseudonym"));
        QCOMPARE(str(pseudonym, "value"), QString::fromLatin1(fullRecord().pseudonym.toHex()));

        const QJsonObject name = p.value(QStringLiteral("name")).toArray().first().toObject();
        QCOMPARE(str(name, "family"), QStringLiteral("Haddad"));
        QCOMPARE(name.value(QStringLiteral("given")).toArray().first().toString(), QStringLiteral("Amira"));
        QCOMPARE(str(p, "gender"), QStringLiteral("female"));
        QCOMPARE(str(p, "birthDate"), QStringLiteral("1980-05-17"));
        const QJsonArray telecom = p.value(QStringLiteral("telecom")).toArray();
        QCOMPARE(telecom.size(), 2);
        QCOMPARE(str(telecom.at(0).toObject(), "system"), QStringLiteral("phone"));
        QCOMPARE(str(telecom.at(0).toObject(), "value"), QStringLiteral("+216 71 123 456"));
        QCOMPARE(str(telecom.at(1).toObject(), "system"), QStringLiteral("email"));
        QCOMPARE(str(p.value(QStringLiteral("address")).toArray().first().toObject(), "text"),
                 QStringLiteral("12 rue de Marseille\n1000 Tunis"));
        const QJsonObject contact = p.value(QStringLiteral("contact")).toArray().first().toObject();
        const QJsonObject relationship = firstCoding(contact.value(QStringLiteral("relationship")).toArray().first());
        QCOMPARE(str(relationship, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131"));
        QCOMPARE(str(relationship, "code"), QStringLiteral("C"));
        QCOMPARE(str(contact.value(QStringLiteral("name")).toObject(), "text"), QStringLiteral("Sami Haddad"));
        QCOMPARE(str(contact.value(QStringLiteral("telecom")).toArray().first().toObject(), "value"), QStringLiteral("+216 98 765 432"));
        QCOMPARE(str(p.value(QStringLiteral("managingOrganization")).toObject(), "display"), QStringLiteral("Clinique du Lac"));
        QCOMPARE(str(p.value(QStringLiteral("meta")).toObject(), "versionId"), QStringLiteral("3"));
        QCOMPARE(str(p.value(QStringLiteral("meta")).toObject(), "lastUpdated"), QStringLiteral("2025-03-02T09:15:30.005Z"));
    }

    void genderUsesTheAdministrativeGenderCodes()
    {
        const QStringList allowed = {QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"), QStringLiteral("unknown")};
        for (Sex s : {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown}) {
            FhirPatientRecord r = fullRecord();
            r.demographics.sex = s;
            const QJsonObject p = resourcesOf(parse(toFhirBundleJson(r, kGenerated)), QStringLiteral("Patient")).first();
            QVERIFY(allowed.contains(str(p, "gender")));
            QCOMPARE(str(p, "gender"), sexId(s));
        }
    }

    void conditions()
    {
        const QList<QJsonObject> conditions = resourcesOf(m_bundle, QStringLiteral("Condition"));
        const QJsonObject coded = conditions.at(0);
        const QJsonObject clinical = firstCoding(coded.value(QStringLiteral("clinicalStatus")));
        QCOMPARE(str(clinical, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"));
        QCOMPARE(str(clinical, "code"), QStringLiteral("active"));
        const QJsonObject verification = firstCoding(coded.value(QStringLiteral("verificationStatus")));
        QCOMPARE(str(verification, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"));
        QCOMPARE(str(verification, "code"), QStringLiteral("confirmed"));
        const QJsonObject category = firstCoding(coded.value(QStringLiteral("category")).toArray().first());
        QCOMPARE(str(category, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"));
        QCOMPARE(str(category, "code"), QStringLiteral("problem-list-item"));
        const QJsonObject code = coded.value(QStringLiteral("code")).toObject();
        QCOMPARE(str(firstCoding(code), "system"), QStringLiteral("http://hl7.org/fhir/sid/icd-10"));
        QCOMPARE(str(firstCoding(code), "code"), QStringLiteral("E11"));
        QCOMPARE(str(code, "text"), QStringLiteral("Type 2 diabetes"));
        QCOMPARE(str(coded.value(QStringLiteral("subject")).toObject(), "reference"), m_patientUrl);
        QCOMPARE(str(coded, "onsetDateTime"), QStringLiteral("2015-03-01"));
        QCOMPARE(str(coded, "recordedDate"), QStringLiteral("2025-03-05T10:15:30.005Z"));
        QCOMPARE(str(coded.value(QStringLiteral("recorder")).toObject(), "display"), QStringLiteral("Dr Leïla Ben Salah"));
        QCOMPARE(str(coded.value(QStringLiteral("note")).toArray().first().toObject(), "text"), QStringLiteral("Diet-controlled until 2019."));
        QCOMPARE(str(coded.value(QStringLiteral("meta")).toObject(), "versionId"), QStringLiteral("2"));
        QCOMPARE(str(coded.value(QStringLiteral("meta")).toObject(), "lastUpdated"), QStringLiteral("2025-04-01T11:15:30.005Z"));

        // No code entered: free text only, no empty coding; unknown onset left out.
        const QJsonObject freeText = conditions.at(1);
        const QJsonObject freeCode = freeText.value(QStringLiteral("code")).toObject();
        QVERIFY(!freeCode.contains(QStringLiteral("coding")));
        QCOMPARE(str(freeCode, "text"), QStringLiteral("Seasonal hay fever"));
        QCOMPARE(str(firstCoding(freeText.value(QStringLiteral("clinicalStatus"))), "code"), QStringLiteral("resolved"));
        QVERIFY(!freeText.contains(QStringLiteral("onsetDateTime")));
        QVERIFY(!freeText.contains(QStringLiteral("note")));
    }

    void medicationRequests()
    {
        const QStringList statuses = {QStringLiteral("active"),    QStringLiteral("on-hold"),          QStringLiteral("cancelled"),
                                      QStringLiteral("completed"), QStringLiteral("entered-in-error"), QStringLiteral("stopped"),
                                      QStringLiteral("draft"),     QStringLiteral("unknown")};
        const QList<QJsonObject> requests = resourcesOf(m_bundle, QStringLiteral("MedicationRequest"));
        const QJsonObject amended = requests.at(0);
        QCOMPARE(str(amended, "status"), QStringLiteral("active")); // "amended" is active in FHIR
        QCOMPARE(str(amended, "intent"), QStringLiteral("order"));
        QCOMPARE(str(amended.value(QStringLiteral("medicationCodeableConcept")).toObject(), "text"),
                 QStringLiteral("Metformin 500 mg tablet"));
        QCOMPARE(str(amended.value(QStringLiteral("subject")).toObject(), "reference"), m_patientUrl);
        QCOMPARE(str(amended, "authoredOn"), QStringLiteral("2025-03-05T10:15:30.005Z"));
        QCOMPARE(str(amended.value(QStringLiteral("requester")).toObject(), "display"), QStringLiteral("Dr Leïla Ben Salah"));
        QCOMPARE(str(amended.value(QStringLiteral("note")).toArray().first().toObject(), "text"),
                 QStringLiteral("Dose halved: stomach upset."));
        QVERIFY(!amended.contains(QStringLiteral("statusReason")));

        const QJsonObject dosage = amended.value(QStringLiteral("dosageInstruction")).toArray().first().toObject();
        QVERIFY(!str(dosage, "text").isEmpty());
        QCOMPARE(str(dosage, "patientInstruction"), QStringLiteral("With food."));
        const QJsonObject route = dosage.value(QStringLiteral("route")).toObject();
        QCOMPARE(str(firstCoding(route), "system"), QStringLiteral("http://snomed.info/sct"));
        QCOMPARE(str(firstCoding(route), "code"), QStringLiteral("26643006"));
        QCOMPARE(str(route, "text"), QStringLiteral("Oral"));
        const QJsonObject dose =
            dosage.value(QStringLiteral("doseAndRate")).toArray().first().toObject().value(QStringLiteral("doseQuantity")).toObject();
        QCOMPARE(dose.value(QStringLiteral("value")).toDouble(), 1.0);
        QCOMPARE(str(dose, "unit"), QStringLiteral("tablet"));
        QCOMPARE(str(dosage.value(QStringLiteral("timing")).toObject().value(QStringLiteral("code")).toObject(), "text"),
                 QStringLiteral("twice daily"));

        const QJsonObject dispense = amended.value(QStringLiteral("dispenseRequest")).toObject();
        QCOMPARE(dispense.value(QStringLiteral("numberOfRepeatsAllowed")).toInt(), 2);
        QCOMPARE(dispense.value(QStringLiteral("quantity")).toObject().value(QStringLiteral("value")).toDouble(), 60.0);
        QCOMPARE(str(dispense.value(QStringLiteral("quantity")).toObject(), "unit"), QStringLiteral("tablet"));
        const QJsonObject supply = dispense.value(QStringLiteral("expectedSupplyDuration")).toObject();
        QCOMPARE(supply.value(QStringLiteral("value")).toInt(), 30);
        QCOMPARE(str(supply, "system"), QStringLiteral("http://unitsofmeasure.org"));
        QCOMPARE(str(supply, "code"), QStringLiteral("d"));

        const QJsonObject stopped = requests.at(1);
        QCOMPARE(str(stopped, "status"), QStringLiteral("stopped"));
        QCOMPARE(str(stopped.value(QStringLiteral("statusReason")).toObject(), "text"), QStringLiteral("Patient stopped smoking."));
        QCOMPARE(str(stopped.value(QStringLiteral("medicationCodeableConcept")).toObject(), "text"),
                 QStringLiteral("Nicotine 2 mg lozenge"));
        // A route nobody coded: text only.
        const QJsonObject freeRoute =
            stopped.value(QStringLiteral("dosageInstruction")).toArray().first().toObject().value(QStringLiteral("route")).toObject();
        QVERIFY(!freeRoute.contains(QStringLiteral("coding")));
        QCOMPARE(str(freeRoute, "text"), QStringLiteral("buccal"));
        for (const QJsonObject &r : requests) {
            QVERIFY(statuses.contains(str(r, "status")));
        }
    }

    void everyStatusAndRouteMaps()
    {
        const QHash<QString, QString> snomed = {
            {QStringLiteral("oral"), QStringLiteral("26643006")},         {QStringLiteral("sublingual"), QStringLiteral("37839007")},
            {QStringLiteral("intravenous"), QStringLiteral("47625008")},  {QStringLiteral("intramuscular"), QStringLiteral("78421000")},
            {QStringLiteral("subcutaneous"), QStringLiteral("34206005")}, {QStringLiteral("topical"), QStringLiteral("6064005")},
            {QStringLiteral("inhalation"), QStringLiteral("447694001")},  {QStringLiteral("rectal"), QStringLiteral("37161004")},
            {QStringLiteral("ophthalmic"), QStringLiteral("54485002")},   {QStringLiteral("otic"), QStringLiteral("10547007")},
            {QStringLiteral("nasal"), QStringLiteral("46713006")},        {QStringLiteral("transdermal"), QStringLiteral("45890007")},
        };
        QCOMPARE(snomed.size(), prescriptionRoutes().size());
        for (const QString &routeId : prescriptionRoutes()) {
            FhirPatientRecord r = fullRecord();
            r.medications[0].prescription.route = routeId;
            const QJsonObject request = resourcesOf(parse(toFhirBundleJson(r, kGenerated)), QStringLiteral("MedicationRequest")).first();
            const QJsonObject route =
                request.value(QStringLiteral("dosageInstruction")).toArray().first().toObject().value(QStringLiteral("route")).toObject();
            QCOMPARE(str(firstCoding(route), "code"), snomed.value(routeId));
        }
        const QList<std::pair<PrescriptionStatus, QString>> statuses = {
            {PrescriptionStatus::Active, QStringLiteral("active")},
            {PrescriptionStatus::Amended, QStringLiteral("active")},
            {PrescriptionStatus::Completed, QStringLiteral("completed")},
            {PrescriptionStatus::Stopped, QStringLiteral("stopped")},
        };
        for (const auto &[status, code] : statuses) {
            FhirPatientRecord r = fullRecord();
            r.medications[0].prescription.status = status;
            const QJsonObject request = resourcesOf(parse(toFhirBundleJson(r, kGenerated)), QStringLiteral("MedicationRequest")).first();
            QCOMPARE(str(request, "status"), code);
        }
    }

    void consents()
    {
        const QList<QJsonObject> consents = resourcesOf(m_bundle, QStringLiteral("Consent"));
        for (const QJsonObject &c : consents) {
            const QJsonObject scope = firstCoding(c.value(QStringLiteral("scope")));
            QCOMPARE(str(scope, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"));
            QCOMPARE(str(scope, "code"), QStringLiteral("patient-privacy"));
            const QJsonObject category = firstCoding(c.value(QStringLiteral("category")).toArray().first());
            QCOMPARE(str(category, "system"), QStringLiteral("http://loinc.org"));
            QCOMPARE(str(category, "code"), QStringLiteral("59284-0"));
            QCOMPARE(str(c.value(QStringLiteral("patient")).toObject(), "reference"), m_patientUrl);
            // ppc-1: a policy or a policy rule.
            QCOMPARE(str(firstCoding(c.value(QStringLiteral("policyRule"))), "code"), QStringLiteral("OPTIN"));
            const QJsonObject provision = c.value(QStringLiteral("provision")).toObject();
            QCOMPARE(str(provision, "type"), QStringLiteral("permit"));
            const QJsonObject actor = provision.value(QStringLiteral("actor")).toArray().first().toObject();
            QCOMPARE(str(firstCoding(actor.value(QStringLiteral("role"))), "code"), QStringLiteral("IRCP"));
            QVERIFY(!str(actor.value(QStringLiteral("reference")).toObject(), "display").isEmpty());
            QVERIFY(!str(c, "dateTime").isEmpty());
        }
        QCOMPARE(str(consents.at(0), "status"), QStringLiteral("active"));
        QVERIFY(!consents.at(0).value(QStringLiteral("provision")).toObject().value(QStringLiteral("period")).toObject().contains(
            QStringLiteral("end")));
        // Revoked before it expired: inactive, and the permission ended at the revocation.
        QCOMPARE(str(consents.at(1), "status"), QStringLiteral("inactive"));
        QCOMPARE(str(consents.at(1).value(QStringLiteral("provision")).toObject().value(QStringLiteral("period")).toObject(), "end"),
                 QStringLiteral("2025-07-01T12:15:30.005Z"));

        // Expired (not revoked): inactive, period ends at the expiry.
        FhirPatientRecord r = fullRecord();
        r.consents[1].revokedAt = QDateTime();
        const QJsonObject expired = resourcesOf(parse(toFhirBundleJson(r, kGenerated)), QStringLiteral("Consent")).at(1);
        QCOMPARE(str(expired, "status"), QStringLiteral("inactive"));
        QCOMPARE(str(expired.value(QStringLiteral("provision")).toObject().value(QStringLiteral("period")).toObject(), "end"),
                 QStringLiteral("2025-12-31T23:15:30.005Z"));
    }

    void auditEvents()
    {
        const QList<QJsonObject> events = resourcesOf(m_bundle, QStringLiteral("AuditEvent"));
        for (const QJsonObject &e : events) {
            const QJsonObject type = e.value(QStringLiteral("type")).toObject(); // a Coding in R4
            QCOMPARE(str(type, "system"), QStringLiteral("http://dicom.nema.org/resources/ontology/DCM"));
            QCOMPARE(str(type, "code"), QStringLiteral("110110"));
            QVERIFY(QStringList({QStringLiteral("C"), QStringLiteral("R"), QStringLiteral("U"), QStringLiteral("D"), QStringLiteral("E")})
                        .contains(str(e, "action")));
            QVERIFY(!str(e, "recorded").isEmpty());
            const QJsonObject agent = e.value(QStringLiteral("agent")).toArray().first().toObject();
            QCOMPARE(agent.value(QStringLiteral("requestor")).toBool(), true);
            QVERIFY(!str(agent.value(QStringLiteral("who")).toObject(), "display").isEmpty());
            QVERIFY(!str(e.value(QStringLiteral("source")).toObject().value(QStringLiteral("observer")).toObject(), "display").isEmpty());
            QCOMPARE(str(e.value(QStringLiteral("entity")).toArray().first().toObject().value(QStringLiteral("what")).toObject(), "reference"),
                     m_patientUrl);
        }
        const QJsonObject read = events.at(0);
        QCOMPARE(str(read, "action"), QStringLiteral("R"));
        QCOMPARE(str(read, "outcome"), QStringLiteral("0"));
        QCOMPARE(str(read, "recorded"), QStringLiteral("2025-06-01T09:15:30.005Z"));
        const QJsonObject readAgent = read.value(QStringLiteral("agent")).toArray().first().toObject();
        QCOMPARE(str(readAgent.value(QStringLiteral("who")).toObject(), "display"), QStringLiteral("Dr Karim Trabelsi"));
        QCOMPARE(str(readAgent.value(QStringLiteral("role")).toArray().first().toObject(), "text"), QStringLiteral("doctor"));
        const QJsonObject purpose = firstCoding(readAgent.value(QStringLiteral("purposeOfUse")).toArray().first());
        QCOMPARE(str(purpose, "system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActReason"));
        QCOMPARE(str(purpose, "code"), QStringLiteral("BTG"));
        QCOMPARE(str(read.value(QStringLiteral("source")).toObject().value(QStringLiteral("observer")).toObject(), "display"),
                 QStringLiteral("Consultation room 2"));

        const QJsonObject refused = events.at(1);
        QCOMPARE(str(refused, "action"), QStringLiteral("U"));
        QCOMPARE(str(refused, "outcome"), QStringLiteral("4"));
        QVERIFY(!refused.value(QStringLiteral("agent")).toArray().first().toObject().contains(QStringLiteral("purposeOfUse")));
    }

    void auditActionCodes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("view") << QStringLiteral("view-demographics") << QStringLiteral("R");
        QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("R");
        QTest::newRow("edit") << QStringLiteral("edit-demographics") << QStringLiteral("U");
        QTest::newRow("manage") << QStringLiteral("manage-access") << QStringLiteral("U");
        QTest::newRow("register") << QStringLiteral("register") << QStringLiteral("C");
        QTest::newRow("erase") << QStringLiteral("erase") << QStringLiteral("D");
        QTest::newRow("break glass") << QStringLiteral("break-glass") << QStringLiteral("E");
        QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("E");
    }

    void auditActionCodes()
    {
        QFETCH(QString, action);
        QFETCH(QString, code);
        FhirPatientRecord r = fullRecord();
        r.auditEvents[0].action = action;
        const QJsonObject event = resourcesOf(parse(toFhirBundleJson(r, kGenerated)), QStringLiteral("AuditEvent")).first();
        QCOMPARE(str(event, "action"), code);
    }

    void deterministic()
    {
        const QByteArray once = toFhirBundleJson(fullRecord(), kGenerated);
        QCOMPARE(toFhirBundleJson(fullRecord(), kGenerated), once);
        // A later export names the same resources with the same fullUrls.
        const QJsonObject later = parse(toFhirBundleJson(fullRecord(), kGenerated.addDays(3)));
        const QJsonArray a = m_bundle.value(QStringLiteral("entry")).toArray();
        const QJsonArray b = later.value(QStringLiteral("entry")).toArray();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(str(a.at(i).toObject(), "fullUrl"), str(b.at(i).toObject(), "fullUrl"));
        }
        // Another patient gets another Patient fullUrl.
        FhirPatientRecord other = fullRecord();
        other.pseudonym[0] = '\x00';
        const QJsonObject otherBundle = parse(toFhirBundleJson(other, kGenerated));
        QVERIFY(str(otherBundle.value(QStringLiteral("entry")).toArray().first().toObject(), "fullUrl") != m_patientUrl);
    }

    void minimalRecordOmitsWhatIsUnknown()
    {
        FhirPatientRecord r;
        r.mrn = QStringLiteral("0000-0000-0");
        r.pseudonym = QByteArray(32, '\x07');
        r.demographics.givenName = QStringLiteral("A");
        r.demographics.familyName = QStringLiteral("B");
        r.demographics.birthDate = QDate(2000, 1, 1);
        const QJsonObject bundle = parse(toFhirBundleJson(r, kGenerated));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), 1);
        const QJsonObject p = resourcesOf(bundle, QStringLiteral("Patient")).first();
        QCOMPARE(str(p, "gender"), QStringLiteral("unknown"));
        for (const char *absent : {"telecom", "address", "contact", "managingOrganization"}) {
            QVERIFY2(!p.contains(QLatin1StringView(absent)), absent);
        }
        QStringList empties;
        collectEmpties(bundle, QStringLiteral("Bundle"), empties);
        QVERIFY2(empties.isEmpty(), qPrintable(empties.join(u' ')));
    }

    void noPatientWithoutPseudonymOrMrn()
    {
        FhirPatientRecord r = fullRecord();
        r.pseudonym.clear();
        QVERIFY(toFhirBundleJson(r, kGenerated).isEmpty());
        r = fullRecord();
        r.mrn.clear();
        QVERIFY(toFhirBundleJson(r, kGenerated).isEmpty());

        // And every Patient that is exported carries the pseudonym identifier.
        for (const QJsonObject &p : resourcesOf(m_bundle, QStringLiteral("Patient"))) {
            bool hasPseudonym = false;
            for (const QJsonValue &id : p.value(QStringLiteral("identifier")).toArray()) {
                hasPseudonym |= str(id.toObject(), "system") == QLatin1StringView("urn:careledger:pseudonym") &&
                                !str(id.toObject(), "value").isEmpty();
            }
            QVERIFY(hasPseudonym);
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "tst_fhir_bundle.moc"
