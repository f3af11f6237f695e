#include "clinical/FhirBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace careledger::core {

namespace {

// Fixed namespace for the name-based (version 5) UUIDs of exported resources: the same
// record always gets the same fullUrl, so a receiver can recognise a re-export.
const QUuid kResourceNamespace(QStringLiteral("{6328a756-50d7-41b6-804e-271afbd0f232}"));

const QString kMrnSystem = QStringLiteral("urn:careledger:mrn");
const QString kPseudonymSystem = QStringLiteral("urn:careledger:pseudonym");
const QString kActionSystem = QStringLiteral("urn:careledger:audit-action");
const QString kSnomed = QStringLiteral("http://snomed.info/sct");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

struct RouteCode {
    const char *id;
    const char *snomed;
    const char *display;
};

constexpr RouteCode kRouteCodes[] = {
    {"oral", "26643006", "Oral route"},
    {"sublingual", "37839007", "Sublingual route"},
    {"intravenous", "47625008", "Intravenous route"},
    {"intramuscular", "78421000", "Intramuscular route"},
    {"subcutaneous", "34206005", "Subcutaneous route"},
    {"topical", "6064005", "Topical route"},
    {"inhalation", "447694001", "Respiratory tract route"},
    {"rectal", "37161004", "Rectal route"},
    {"ophthalmic", "54485002", "Ophthalmic route"},
    {"otic", "10547007", "Otic route"},
    {"nasal", "46713006", "Nasal route"},
    {"transdermal", "45890007", "Transdermal route"},
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(kResourceNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

// FHIR instant / dateTime with milliseconds in UTC.
QString instant(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// FHIR forbids empty strings and asks for no surrounding whitespace: a property is written
// only when it has content.
void putText(QJsonObject &object, const QString &key, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        object.insert(key, trimmed);
    }
}

void putInstant(QJsonObject &object, const QString &key, const QDateTime &at)
{
    if (at.isValid()) {
        object.insert(key, instant(at));
    }
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = QString())
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    putText(c, QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject &oneCoding, const QString &text = QString())
{
    QJsonObject c{{QStringLiteral("coding"), QJsonArray{oneCoding}}};
    putText(c, QStringLiteral("text"), text);
    return c;
}

QJsonObject textOnly(const QString &text)
{
    QJsonObject c;
    putText(c, QStringLiteral("text"), text);
    return c;
}

QJsonObject reference(const QString &fullUrl)
{
    return QJsonObject{{QStringLiteral("reference"), fullUrl}};
}

QJsonObject displayReference(const QString &display, const QString &type = QString())
{
    QJsonObject r;
    putText(r, QStringLiteral("display"), display);
    putText(r, QStringLiteral("type"), type);
    return r;
}

QJsonObject meta(quint64 version, const QDateTime &lastUpdated)
{
    QJsonObject m{{QStringLiteral("versionId"), QString::number(version)}};
    putInstant(m, QStringLiteral("lastUpdated"), lastUpdated);
    return m;
}

QJsonObject quantity(double value, const QString &unit)
{
    QJsonObject q{{QStringLiteral("value"), value}};
    putText(q, QStringLiteral("unit"), unit);
    return q;
}

// A number as people write it: "1", "0.5", "2.25".
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part.trimmed());
        }
    }
    return kept.join(separator);
}

struct Entry {
    QString uuid;
    QJsonObject resource;
};

QJsonObject bundleEntry(const Entry &entry)
{
    QJsonObject resource = entry.resource;
    resource.insert(QStringLiteral("id"), entry.uuid);
    return QJsonObject{{QStringLiteral("fullUrl"), QString(QStringLiteral("urn:uuid:") + entry.uuid)},
                       {QStringLiteral("resource"), resource}};
}

QJsonObject patientResource(const FhirPatientRecord &r)
{
    const Demographics &d = r.demographics;
    QJsonObject mrnType = codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203"),
                                                 QStringLiteral("MR"), QStringLiteral("Medical record number")));
    QJsonArray identifiers{
        QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")},
                    {QStringLiteral("type"), mrnType},
                    {QStringLiteral("system"), kMrnSystem},
                    {QStringLiteral("value"), r.mrn}},
        QJsonObject{{QStringLiteral("use"), QStringLiteral("secondary")},
                    {QStringLiteral("system"), kPseudonymSystem},
                    {QStringLiteral("value"), hex(r.pseudonym)}},
    };

    QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")}};
    putText(name, QStringLiteral("family"), d.familyName);
    if (!d.givenName.trimmed().isEmpty()) {
        name.insert(QStringLiteral("given"), QJsonArray{d.givenName.trimmed()});
    }
    putText(name, QStringLiteral("text"), d.givenName.trimmed() + u' ' + d.familyName.trimmed());

    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("meta"), meta(r.demographicsVersion, r.demographicsAuthorship.writtenAt)},
                        {QStringLiteral("identifier"), identifiers},
                        {QStringLiteral("active"), true},
                        {QStringLiteral("name"), QJsonArray{name}},
                        {QStringLiteral("gender"), sexId(d.sex)}};
    if (d.birthDate.isValid()) {
        patient.insert(QStringLiteral("birthDate"), d.birthDate.toString(Qt::ISODate));
    }
    QJsonArray telecom;
    if (!d.phone.trimmed().isEmpty()) {
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                   {QStringLiteral("value"), d.phone.trimmed()}});
    }
    if (!d.email.trimmed().isEmpty()) {
        telecom.append(QJsonObject{{QStringLiteral("system"), QStringLiteral("email")},
                                   {QStringLiteral("value"), d.email.trimmed()}});
    }
    if (!telecom.isEmpty()) {
        patient.insert(QStringLiteral("telecom"), telecom);
    }
    if (!d.address.trimmed().isEmpty()) {
        patient.insert(QStringLiteral("address"), QJsonArray{textOnly(d.address)});
    }
    if (!d.emergencyContactName.trimmed().isEmpty() || !d.emergencyContactPhone.trimmed().isEmpty()) {
        QJsonObject contact{
            {QStringLiteral("relationship"),
             QJsonArray{codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131"),
                                               QStringLiteral("C"), QStringLiteral("Emergency Contact")))}}};
        if (!d.emergencyContactName.trimmed().isEmpty()) {
            contact.insert(QStringLiteral("name"), textOnly(d.emergencyContactName));
        }
        if (!d.emergencyContactPhone.trimmed().isEmpty()) {
            contact.insert(QStringLiteral("telecom"),
                           QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                  {QStringLiteral("value"), d.emergencyContactPhone.trimmed()}}});
        }
        patient.insert(QStringLiteral("contact"), QJsonArray{contact});
    }
    if (!r.clinicName.trimmed().isEmpty()) {
        patient.insert(QStringLiteral("managingOrganization"),
                       displayReference(r.clinicName, QStringLiteral("Organization")));
    }
    return patient;
}

QJsonObject conditionResource(const FhirPatientRecord::Condition &c, const QString &patientUrl)
{
    const HistoryEntry &h = c.entry;
    const QString status = problemStatusId(h.status);
    QJsonObject code;
    if (!h.code.trimmed().isEmpty() && !h.codeSystem.trimmed().isEmpty()) {
        code.insert(QStringLiteral("coding"), QJsonArray{coding(h.codeSystem.trimmed(), h.code.trimmed())});
    }
    putText(code, QStringLiteral("text"), h.condition);

    QJsonObject condition{
        {QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("meta"), meta(c.version, c.current.writtenAt)},
        {QStringLiteral("clinicalStatus"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"), status,
                                status.left(1).toUpper() + status.mid(1)))},
        {QStringLiteral("verificationStatus"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
                                QStringLiteral("confirmed"), QStringLiteral("Confirmed")))},
        {QStringLiteral("category"),
         QJsonArray{codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"),
                                           QStringLiteral("problem-list-item"), QStringLiteral("Problem List Item")))}},
        {QStringLiteral("code"), code},
        {QStringLiteral("subject"), reference(patientUrl)},
    };
    if (h.onsetDate.isValid()) {
        condition.insert(QStringLiteral("onsetDateTime"), h.onsetDate.toString(Qt::ISODate));
    }
    putInstant(condition, QStringLiteral("recordedDate"), c.first.writtenAt);
    if (!c.first.authorName.trimmed().isEmpty()) {
        condition.insert(QStringLiteral("recorder"), displayReference(c.first.authorName));
    }
    if (!h.description.trimmed().isEmpty()) {
        condition.insert(QStringLiteral("note"), QJsonArray{textOnly(h.description)});
    }
    return condition;
}

QString medicationRequestStatus(PrescriptionStatus status)
{
    switch (status) {
    case PrescriptionStatus::Active:
    case PrescriptionStatus::Amended:
        return QStringLiteral("active");
    case PrescriptionStatus::Completed:
        return QStringLiteral("completed");
    case PrescriptionStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

QJsonObject routeConcept(const QString &route)
{
    const QString id = route.trimmed();
    for (const RouteCode &known : kRouteCodes) {
        if (id == QLatin1StringView(known.id)) {
            return codeableConcept(
                coding(kSnomed, QString::fromLatin1(known.snomed), QString::fromLatin1(known.display)),
                routeDisplayName(id));
        }
    }
    return textOnly(id);
}

QJsonObject medicationRequestResource(const FhirPatientRecord::Medication &m, const QString &patientUrl)
{
    const Prescription &p = m.prescription;
    const QString formText =
        prescriptionForms().contains(p.form.trimmed()) ? formDisplayName(p.form.trimmed()).toLower() : p.form.trimmed();
    const QString medication = joinNonEmpty({p.medication, p.strength, formText}, QStringLiteral(" "));
    const QString dosageText = joinNonEmpty({joinNonEmpty({number(p.dose), p.doseUnit}, QStringLiteral(" ")),
                                             p.frequency, routeDisplayName(p.route.trimmed())},
                                            QStringLiteral(", "));
    QJsonObject dosage{
        {QStringLiteral("sequence"), 1},
        {QStringLiteral("timing"), QJsonObject{{QStringLiteral("code"), textOnly(p.frequency)}}},
        {QStringLiteral("route"), routeConcept(p.route)},
        {QStringLiteral("doseAndRate"),
         QJsonArray{QJsonObject{{QStringLiteral("doseQuantity"), quantity(p.dose, p.doseUnit)}}}},
    };
    putText(dosage, QStringLiteral("text"), dosageText);
    putText(dosage, QStringLiteral("patientInstruction"), p.instructions);

    QJsonObject dispense{
        {QStringLiteral("numberOfRepeatsAllowed"), p.refills},
        {QStringLiteral("quantity"), quantity(p.quantity, p.quantityUnit)},
        {QStringLiteral("expectedSupplyDuration"), QJsonObject{{QStringLiteral("value"), p.durationDays},
                                                               {QStringLiteral("unit"), QStringLiteral("d")},
                                                               {QStringLiteral("system"), kUcum},
                                                               {QStringLiteral("code"), QStringLiteral("d")}}},
    };

    QJsonObject request{
        {QStringLiteral("resourceType"), QStringLiteral("MedicationRequest")},
        {QStringLiteral("meta"), meta(m.version, m.current.writtenAt)},
        {QStringLiteral("status"), medicationRequestStatus(p.status)},
        {QStringLiteral("intent"), QStringLiteral("order")},
        {QStringLiteral("medicationCodeableConcept"), textOnly(medication)},
        {QStringLiteral("subject"), reference(patientUrl)},
        {QStringLiteral("dosageInstruction"), QJsonArray{dosage}},
        {QStringLiteral("dispenseRequest"), dispense},
    };
    // The prescription date is what the prescriber put on it; the first version's time
    // is when it was entered. authoredOn takes the more precise one when they agree.
    if (m.first.writtenAt.isValid() &&
        (!p.prescribedOn.isValid() || m.first.writtenAt.toUTC().date() == p.prescribedOn)) {
        request.insert(QStringLiteral("authoredOn"), instant(m.first.writtenAt));
    } else if (p.prescribedOn.isValid()) {
        request.insert(QStringLiteral("authoredOn"), p.prescribedOn.toString(Qt::ISODate));
    }
    if (!m.first.authorName.trimmed().isEmpty()) {
        request.insert(QStringLiteral("requester"), displayReference(m.first.authorName));
    }
    const QString reason = m.current.changeReason.trimmed();
    if (!reason.isEmpty()) {
        if (isFinal(p.status)) {
            request.insert(QStringLiteral("statusReason"), textOnly(reason));
        } else {
            QJsonObject note;
            putText(note, QStringLiteral("authorString"), m.current.authorName);
            putInstant(note, QStringLiteral("time"), m.current.writtenAt);
            note.insert(QStringLiteral("text"), reason);
            request.insert(QStringLiteral("note"), QJsonArray{note});
        }
    }
    return request;
}

QJsonObject consentResource(const FhirPatientRecord::ConsentGrant &g, const QString &patientUrl)
{
    QJsonObject period;
    putInstant(period, QStringLiteral("start"), g.grantedAt);
    QDateTime end = g.expiresAt;
    if (g.revokedAt.isValid() && (!end.isValid() || g.revokedAt < end)) {
        end = g.revokedAt;
    }
    putInstant(period, QStringLiteral("end"), end);

    QJsonObject actor{
        {QStringLiteral("role"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ParticipationType"),
                                QStringLiteral("IRCP"), QStringLiteral("information recipient")))},
        {QStringLiteral("reference"),
         displayReference(g.granteeName.trimmed().isEmpty()
                              ? (g.toClinic ? QStringLiteral("Clinic") : QStringLiteral("Staff member"))
                              : g.granteeName,
                          g.toClinic ? QStringLiteral("Organization") : QStringLiteral("Practitioner"))},
    };
    QJsonObject provision{{QStringLiteral("type"), QStringLiteral("permit")},
                          {QStringLiteral("actor"), QJsonArray{actor}}};
    if (!period.isEmpty()) {
        provision.insert(QStringLiteral("period"), period);
    }

    QJsonObject consent{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("status"), g.active ? QStringLiteral("active") : QStringLiteral("inactive")},
        {QStringLiteral("scope"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                                QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent")))},
        {QStringLiteral("category"),
         QJsonArray{codeableConcept(coding(QStringLiteral("http://loinc.org"), QStringLiteral("59284-0"),
                                           QStringLiteral("Patient Consent")))}},
        {QStringLiteral("patient"), reference(patientUrl)},
        // Invariant ppc-1: a consent names its policy (here: the patient opted in).
        {QStringLiteral("policyRule"),
         codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                QStringLiteral("OPTIN"), QStringLiteral("opt-in")))},
        {QStringLiteral("provision"), provision},
    };
    putInstant(consent, QStringLiteral("dateTime"), g.grantedAt);
    return consent;
}

// C/R/U/D/E of the audit-event-action value set for an action id of the audit log.
QString auditAction(const QString &action)
{
    const auto starts = [&](const char *prefix) {
        return action.startsWith(QLatin1StringView(prefix));
    };
    if (action == QLatin1StringView("erase") || starts("delete")) {
        return QStringLiteral("D");
    }
    if (starts("register") || starts("create") || starts("import")) {
        return QStringLiteral("C");
    }
    if (starts("view") || starts("read") || starts("print") || action == QLatin1StringView("export") ||
        action == QLatin1StringView("duplicate-check")) {
        return QStringLiteral("R");
    }
    if (starts("write") || starts("edit") || starts("update") || starts("amend") || starts("manage") ||
        starts("grant") || starts("revoke") || starts("complete") || starts("stop")) {
        return QStringLiteral("U");
    }
    return QStringLiteral("E"); // break-glass, search and other functions
}

QJsonObject auditEventResource(const FhirPatientRecord::AuditEvent &e, const QString &patientUrl,
                               const QDateTime &generatedAt)
{
    QJsonObject agent{
        {QStringLiteral("requestor"), true},
        {QStringLiteral("who"),
         displayReference(e.actorName.trimmed().isEmpty() ? QStringLiteral("Unknown") : e.actorName)},
    };
    if (!e.actorRole.trimmed().isEmpty()) {
        agent.insert(QStringLiteral("role"), QJsonArray{textOnly(e.actorRole)});
    }
    if (e.breakGlass) {
        agent.insert(
            QStringLiteral("purposeOfUse"),
            QJsonArray{codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActReason"),
                                              QStringLiteral("BTG"), QStringLiteral("break the glass")))});
    }
    QJsonObject entity{
        {QStringLiteral("what"), reference(patientUrl)},
        {QStringLiteral("type"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-entity-type"),
                                        QStringLiteral("1"), QStringLiteral("Person"))},
        {QStringLiteral("role"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/object-role"),
                                        QStringLiteral("1"), QStringLiteral("Patient"))},
    };
    QJsonObject event{
        {QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
        {QStringLiteral("type"), coding(QStringLiteral("http://dicom.nema.org/resources/ontology/DCM"),
                                        QStringLiteral("110110"), QStringLiteral("Patient Record"))},
        {QStringLiteral("action"), auditAction(e.action)},
        {QStringLiteral("recorded"), instant(e.at.isValid() ? e.at : generatedAt)},
        {QStringLiteral("outcome"), e.refused ? QStringLiteral("4") : QStringLiteral("0")},
        {QStringLiteral("agent"), QJsonArray{agent}},
        {QStringLiteral("source"),
         QJsonObject{
             {QStringLiteral("observer"),
              displayReference(e.workstation.trimmed().isEmpty() ? QStringLiteral("CareLedger") : e.workstation)}}},
        {QStringLiteral("entity"), QJsonArray{entity}},
    };
    if (!e.action.trimmed().isEmpty()) {
        event.insert(QStringLiteral("subtype"), QJsonArray{coding(kActionSystem, e.action.trimmed())});
    }
    return event;
}

} // namespace

QByteArray toFhirBundleJson(const FhirPatientRecord &record, const QDateTime &generatedAt)
{
    if (record.pseudonym.isEmpty() || record.mrn.trimmed().isEmpty()) {
        return QByteArray();
    }
    const QDateTime now = generatedAt.isValid() ? generatedAt : QDateTime::currentDateTimeUtc();
    const QString pseudonym = hex(record.pseudonym);
    const QString patientUuid = uuidFor(QStringLiteral("Patient/") + pseudonym);
    const QString patientUrl = QStringLiteral("urn:uuid:") + patientUuid;

    QJsonArray entries;
    entries.append(bundleEntry({patientUuid, patientResource(record)}));
    for (const auto &c : record.conditions) {
        entries.append(
            bundleEntry({uuidFor(QStringLiteral("Condition/") + hex(c.recordId)), conditionResource(c, patientUrl)}));
    }
    for (const auto &m : record.medications) {
        entries.append(bundleEntry({uuidFor(QStringLiteral("MedicationRequest/") + hex(m.recordId)),
                                    medicationRequestResource(m, patientUrl)}));
    }
    // Grants and audit entries have no record id: their position and time name them.
    for (qsizetype i = 0; i < record.consents.size(); ++i) {
        const auto &g = record.consents.at(i);
        const QString name =
            QStringLiteral("Consent/%1/%2/%3").arg(pseudonym).arg(i).arg(g.grantedAt.toMSecsSinceEpoch());
        entries.append(bundleEntry({uuidFor(name), consentResource(g, patientUrl)}));
    }
    for (qsizetype i = 0; i < record.auditEvents.size(); ++i) {
        const auto &e = record.auditEvents.at(i);
        const QString name = QStringLiteral("AuditEvent/%1/%2/%3").arg(pseudonym).arg(i).arg(e.at.toMSecsSinceEpoch());
        entries.append(bundleEntry({uuidFor(name), auditEventResource(e, patientUrl, now)}));
    }

    const QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("id"), uuidFor(QStringLiteral("Bundle/%1/%2").arg(pseudonym).arg(now.toMSecsSinceEpoch()))},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), instant(now)},
        {QStringLiteral("entry"), entries},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace careledger::core
