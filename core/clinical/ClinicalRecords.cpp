#include "clinical/ClinicalRecords.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace careledger::core {

namespace {

// ---- enums ---------------------------------------------------------------------------

struct FormOrRoute {
    const char *id;
    const char *display;
};

// Stable ids (stored in records and exported) with their English names for the forms.
constexpr FormOrRoute kForms[] = {
    {"tablet", QT_TRANSLATE_NOOP("Clinical", "Tablet")},
    {"capsule", QT_TRANSLATE_NOOP("Clinical", "Capsule")},
    {"oral-solution", QT_TRANSLATE_NOOP("Clinical", "Oral solution")},
    {"oral-suspension", QT_TRANSLATE_NOOP("Clinical", "Oral suspension")},
    {"injection", QT_TRANSLATE_NOOP("Clinical", "Injection")},
    {"inhaler", QT_TRANSLATE_NOOP("Clinical", "Inhaler")},
    {"cream", QT_TRANSLATE_NOOP("Clinical", "Cream")},
    {"ointment", QT_TRANSLATE_NOOP("Clinical", "Ointment")},
    {"patch", QT_TRANSLATE_NOOP("Clinical", "Patch")},
    {"drops", QT_TRANSLATE_NOOP("Clinical", "Drops")},
    {"suppository", QT_TRANSLATE_NOOP("Clinical", "Suppository")},
    {"spray", QT_TRANSLATE_NOOP("Clinical", "Spray")},
};

constexpr FormOrRoute kRoutes[] = {
    {"oral", QT_TRANSLATE_NOOP("Clinical", "Oral")},
    {"sublingual", QT_TRANSLATE_NOOP("Clinical", "Sublingual")},
    {"intravenous", QT_TRANSLATE_NOOP("Clinical", "Intravenous")},
    {"intramuscular", QT_TRANSLATE_NOOP("Clinical", "Intramuscular")},
    {"subcutaneous", QT_TRANSLATE_NOOP("Clinical", "Subcutaneous")},
    {"topical", QT_TRANSLATE_NOOP("Clinical", "Topical")},
    {"inhalation", QT_TRANSLATE_NOOP("Clinical", "Inhalation")},
    {"rectal", QT_TRANSLATE_NOOP("Clinical", "Rectal")},
    {"ophthalmic", QT_TRANSLATE_NOOP("Clinical", "Ophthalmic (eye)")},
    {"otic", QT_TRANSLATE_NOOP("Clinical", "Otic (ear)")},
    {"nasal", QT_TRANSLATE_NOOP("Clinical", "Nasal")},
    {"transdermal", QT_TRANSLATE_NOOP("Clinical", "Transdermal")},
};

template <std::size_t N> QStringList idsOf(const FormOrRoute (&table)[N])
{
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(N));
    for (const FormOrRoute &entry : table) {
        ids.append(QLatin1StringView(entry.id));
    }
    return ids;
}

template <std::size_t N> QString displayOf(const FormOrRoute (&table)[N], const QString &id)
{
    for (const FormOrRoute &entry : table) {
        if (id == QLatin1StringView(entry.id)) {
            return QCoreApplication::translate("Clinical", entry.display);
        }
    }
    return id;
}

// ---- validation ----------------------------------------------------------------------

const QDate kEarliestDate(1900, 1, 1);

constexpr qsizetype kNameMax = 100;
constexpr qsizetype kTermMax = 200;      // condition, medication
constexpr qsizetype kShortTextMax = 100; // strength, units, frequency, codes, form, route
constexpr qsizetype kCodeSystemMax = 255;
constexpr qsizetype kAddressMax = 500;
constexpr qsizetype kInstructionsMax = 1000;
constexpr qsizetype kDescriptionMax = 2000;
constexpr qsizetype kEmailMax = 254; // RFC 5321 path limit

ClinicalStatus invalid(const QString &message)
{
    return ClinicalStatus::failure(ClinicalError::Invalid, message);
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())) {
            ++count;
        }
    }
    return count;
}

// Line and paragraph separators count as control characters: they break a single-line
// field as surely as a newline does.
bool hasControlCharacter(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        if (multiLine && (c == u'\n' || c == u'\t' || c == u'\r')) {
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

enum class Need { Required, Optional };
enum class Lines { Single, Multi };

// Checks presence, length and characters of one text field; `label` is the form's label.
std::optional<QString> textProblem(const QString &text, const QString &label, Need need, qsizetype maxLength,
                                   Lines lines)
{
    if (isBlank(text)) {
        if (need == Need::Required) {
            //: %1 is the label of a form field, e.g. "Given name".
            return QCoreApplication::translate("Clinical", "%1 is required.").arg(label);
        }
        return std::nullopt;
    }
    if (codePointCount(text) > maxLength) {
        //: %1 is the label of a form field, %2 a number of characters.
        return QCoreApplication::translate("Clinical", "%1 must be at most %2 characters long.")
            .arg(label)
            .arg(maxLength);
    }
    if (hasControlCharacter(text, lines == Lines::Multi)) {
        if (lines == Lines::Multi) {
            //: %1 is the label of a form field.
            return QCoreApplication::translate(
                       "Clinical", "%1 must not contain control characters other than line breaks and tabs.")
                .arg(label);
        }
        //: %1 is the label of a form field.
        return QCoreApplication::translate("Clinical", "%1 must be a single line without control characters.")
            .arg(label);
    }
    return std::nullopt;
}

std::optional<QString> dateProblem(const QDate &date, const QString &label, Need need, const QDate &today)
{
    if (!date.isValid()) {
        if (need == Need::Required) {
            return QCoreApplication::translate("Clinical", "%1 is required.").arg(label);
        }
        return std::nullopt;
    }
    if (date > today) {
        //: %1 is the label of a date field, e.g. "Date of birth".
        return QCoreApplication::translate("Clinical", "%1 cannot be in the future.").arg(label);
    }
    if (date < kEarliestDate) {
        //: %1 is the label of a date field, %2 the earliest date allowed (ISO 8601).
        return QCoreApplication::translate("Clinical", "%1 cannot be before %2.")
            .arg(label, kEarliestDate.toString(Qt::ISODate));
    }
    return std::nullopt;
}

std::optional<QString> phoneProblem(const QString &phone, const QString &label)
{
    if (isBlank(phone)) {
        return std::nullopt;
    }
    int digits = 0;
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9') {
            ++digits;
        } else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.') {
            //: %1 is the label of a phone field.
            return QCoreApplication::translate("Clinical",
                                               "%1 may contain only digits, spaces and the characters + - ( ) .")
                .arg(label);
        }
    }
    if (digits < 6 || digits > 20) {
        //: %1 is the label of a phone field.
        return QCoreApplication::translate("Clinical", "%1 must have between 6 and 20 digits.").arg(label);
    }
    return std::nullopt;
}

std::optional<QString> emailProblem(const QString &email)
{
    if (isBlank(email)) {
        return std::nullopt;
    }
    bool wellFormed = email.size() <= kEmailMax && email.count(u'@') == 1;
    if (wellFormed) {
        const qsizetype at = email.indexOf(u'@');
        const QString local = email.left(at);
        const QString domain = email.mid(at + 1);
        // A dot inside the domain: not first, not last.
        const qsizetype dot = domain.indexOf(u'.', 1);
        wellFormed = !local.isEmpty() && dot > 0 && dot < domain.size() - 1 && !domain.endsWith(u'.');
    }
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            wellFormed = false;
        }
    }
    if (!wellFormed) {
        return QCoreApplication::translate("Clinical",
                                           "Email must be an address such as name@example.org, without spaces.");
    }
    return std::nullopt;
}

std::optional<QString> firstProblem(std::initializer_list<std::optional<QString>> problems)
{
    for (const auto &problem : problems) {
        if (problem) {
            return problem;
        }
    }
    return std::nullopt;
}

bool looksLikeUri(const QString &text)
{
    if (!(text.startsWith(QLatin1StringView("http://")) || text.startsWith(QLatin1StringView("https://")) ||
          text.startsWith(QLatin1StringView("urn:")))) {
        return false;
    }
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return text.size() > 8;
}

// ---- CBOR ----------------------------------------------------------------------------

constexpr qint64 kFormatVersion = 1;

// Keys shared by every record kind.
enum CommonKey : qint64 {
    KeyFormat = 0,
    KeyKind = 1,
    KeyWrittenAt = 2,
    KeyAuthorName = 3,
    KeyAuthorRole = 4,
    KeyAuthorKeyId = 5,
    KeyChangeReason = 6,
};
constexpr qint64 kFirstValueKey = 16;

const auto kKindDemographics = QLatin1StringView("demographics");
const auto kKindHistory = QLatin1StringView("history-entry");
const auto kKindPrescription = QLatin1StringView("prescription");

QCborValue dateValue(const QDate &date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
}

QCborValue dateTimeValue(const QDateTime &at)
{
    return at.isValid() ? QCborValue(at.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}

// Keys inserted in ascending order: all below 24 encode in one byte and the rest in two,
// so ascending numeric order is also the canonical (length-first, bytewise) key order.
QCborMap header(QLatin1StringView kind, const RecordAuthorship &a)
{
    QCborMap map;
    map.insert(KeyFormat, kFormatVersion);
    map.insert(KeyKind, QString(kind));
    map.insert(KeyWrittenAt, dateTimeValue(a.writtenAt));
    map.insert(KeyAuthorName, a.authorName);
    map.insert(KeyAuthorRole, a.authorRole);
    map.insert(KeyAuthorKeyId, a.authorKeyId);
    map.insert(KeyChangeReason, a.changeReason);
    return map;
}

void appendValues(QCborMap &map, std::initializer_list<QCborValue> values)
{
    qint64 key = kFirstValueKey;
    for (const QCborValue &value : values) {
        map.insert(key++, value);
    }
}

// Floats in their shortest exact width, the deterministic encoding of RFC 8949 §4.2.
QByteArray encodeMap(const QCborMap &map)
{
    return map.toCborValue().toCbor(QCborValue::UseFloat16);
}

// Thrown only inside this file's decoders, which turn it into a ClinicalResult.
struct DecodeFailure {
    QString message;
};

[[noreturn]] void decodeFail(const QString &message)
{
    throw DecodeFailure{message};
}

// Reads the fields of one decoded record in key order and checks their types.
class FieldReader {
public:
    FieldReader(const QCborMap &map, qint64 expectedValueCount) : m_map(map)
    {
        const qint64 expected = KeyChangeReason + 1 + expectedValueCount;
        // Every key must be one we know and each exactly once (duplicates make the count wrong).
        if (map.size() != expected) {
            decodeFail(
                QCoreApplication::translate("Clinical", "The stored record has %1 fields where %2 were expected.")
                    .arg(map.size())
                    .arg(expected));
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QCborValue key = it.key();
            const bool known =
                key.isInteger() &&
                ((key.toInteger() >= KeyFormat && key.toInteger() <= KeyChangeReason) ||
                 (key.toInteger() >= kFirstValueKey && key.toInteger() < kFirstValueKey + expectedValueCount));
            if (!known) {
                decodeFail(QCoreApplication::translate("Clinical", "The stored record has an unknown field."));
            }
        }
    }

    QCborValue field(qint64 key) const
    {
        if (!m_map.contains(key)) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record lacks field %1.").arg(key));
        }
        return m_map.value(key);
    }

    [[noreturn]] void mistyped(qint64 key) const
    {
        decodeFail(
            QCoreApplication::translate("Clinical", "Field %1 of the stored record has the wrong type.").arg(key));
    }

    QString text(qint64 key) const
    {
        const QCborValue v = field(key);
        if (!v.isString()) {
            mistyped(key);
        }
        return v.toString();
    }

    QByteArray bytes(qint64 key) const
    {
        const QCborValue v = field(key);
        if (!v.isByteArray()) {
            mistyped(key);
        }
        return v.toByteArray();
    }

    qint64 integer(qint64 key) const
    {
        const QCborValue v = field(key);
        if (!v.isInteger()) {
            mistyped(key);
        }
        return v.toInteger();
    }

    int boundedInt(qint64 key) const
    {
        const qint64 v = integer(key);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            mistyped(key);
        }
        return static_cast<int>(v);
    }

    double real(qint64 key) const
    {
        const QCborValue v = field(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            mistyped(key);
        }
        return v.toDouble();
    }

    QDate date(qint64 key, bool nullable) const
    {
        const QCborValue v = field(key);
        if (nullable && v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            mistyped(key);
        }
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != v.toString()) {
            mistyped(key);
        }
        return d;
    }

    QDateTime dateTime(qint64 key) const
    {
        const QCborValue v = field(key);
        if (v.isNull()) {
            return {};
        }
        if (!v.isInteger()) {
            mistyped(key);
        }
        return QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC);
    }

private:
    const QCborMap &m_map;
};

// Parses one CBOR map of `kind` and runs `readValues` on it; everything else is Decode.
template <typename T, typename F>
ClinicalResult<Authored<T>> decodeRecord(QByteArrayView cbor, QLatin1StringView kind, qint64 valueCount, F &&readValues,
                                         QByteArray (*reencode)(const T &, const RecordAuthorship &))
{
    try {
        const QByteArray bytes = cbor.toByteArray();
        QCborStreamReader reader(bytes);
        const QCborValue root = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record is not valid CBOR (%1).")
                           .arg(reader.lastError().toString()));
        }
        if (reader.currentOffset() != bytes.size()) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record has %1 trailing bytes.")
                           .arg(bytes.size() - reader.currentOffset()));
        }
        if (!root.isMap()) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record is not a CBOR map."));
        }
        const QCborMap map = root.toMap();
        // Format and kind first, so an old or foreign payload gets the message that explains it.
        const QCborValue format = map.value(KeyFormat);
        if (!format.isInteger()) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record has no format version."));
        }
        if (format.toInteger() != kFormatVersion) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record has an unknown format version (%1).")
                           .arg(format.toInteger()));
        }
        const QCborValue storedKind = map.value(KeyKind);
        if (!storedKind.isString() || storedKind.toString() != kind) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record is not of the expected kind (%1).")
                           .arg(QString(kind)));
        }
        const FieldReader fields(map, valueCount);
        Authored<T> out{readValues(fields), RecordAuthorship{fields.dateTime(KeyWrittenAt), fields.text(KeyAuthorName),
                                                             fields.text(KeyAuthorRole), fields.bytes(KeyAuthorKeyId),
                                                             fields.text(KeyChangeReason)}};
        // One value, one encoding: anything our encoder would not have written (key order,
        // integer or float widths, indefinite lengths, tags) is refused.
        if (reencode(out.value, out.authorship) != bytes) {
            decodeFail(QCoreApplication::translate("Clinical", "The stored record is not in canonical form."));
        }
        return out;
    } catch (const DecodeFailure &failure) {
        return ClinicalResult<Authored<T>>::failure(ClinicalError::Decode, failure.message);
    }
}

QByteArray encodeDemographics(const Demographics &d, const RecordAuthorship &a)
{
    return encodeRecord(d, a);
}
QByteArray encodeHistory(const HistoryEntry &h, const RecordAuthorship &a)
{
    return encodeRecord(h, a);
}
QByteArray encodePrescription(const Prescription &p, const RecordAuthorship &a)
{
    return encodeRecord(p, a);
}

} // namespace

// ---- enums ---------------------------------------------------------------------------

QString sexId(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<Sex> sexFromId(const QString &id)
{
    for (Sex s : {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown}) {
        if (sexId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString sexDisplayName(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("Clinical", "Female");
    case Sex::Male:
        return QCoreApplication::translate("Clinical", "Male");
    case Sex::Other:
        return QCoreApplication::translate("Clinical", "Other");
    case Sex::Unknown:
        return QCoreApplication::translate("Clinical", "Unknown");
    }
    return QCoreApplication::translate("Clinical", "Unknown");
}

QString problemStatusId(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::Active:
        return QStringLiteral("active");
    case ProblemStatus::Resolved:
        return QStringLiteral("resolved");
    case ProblemStatus::Inactive:
        return QStringLiteral("inactive");
    }
    return QStringLiteral("active");
}

std::optional<ProblemStatus> problemStatusFromId(const QString &id)
{
    for (ProblemStatus s : {ProblemStatus::Active, ProblemStatus::Resolved, ProblemStatus::Inactive}) {
        if (problemStatusId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString problemStatusDisplayName(ProblemStatus status)
{
    switch (status) {
    //: Status of a problem-list entry.
    case ProblemStatus::Active:
        return QCoreApplication::translate("Clinical", "Active", "problem");
    case ProblemStatus::Resolved:
        return QCoreApplication::translate("Clinical", "Resolved");
    case ProblemStatus::Inactive:
        return QCoreApplication::translate("Clinical", "Inactive");
    }
    return QString();
}

QString prescriptionStatusId(PrescriptionStatus status)
{
    switch (status) {
    case PrescriptionStatus::Active:
        return QStringLiteral("active");
    case PrescriptionStatus::Amended:
        return QStringLiteral("amended");
    case PrescriptionStatus::Completed:
        return QStringLiteral("completed");
    case PrescriptionStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("active");
}

std::optional<PrescriptionStatus> prescriptionStatusFromId(const QString &id)
{
    for (PrescriptionStatus s : {PrescriptionStatus::Active, PrescriptionStatus::Amended, PrescriptionStatus::Completed,
                                 PrescriptionStatus::Stopped}) {
        if (prescriptionStatusId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString prescriptionStatusDisplayName(PrescriptionStatus status)
{
    switch (status) {
    //: Status of a prescription.
    case PrescriptionStatus::Active:
        return QCoreApplication::translate("Clinical", "Active", "prescription");
    case PrescriptionStatus::Amended:
        return QCoreApplication::translate("Clinical", "Amended");
    case PrescriptionStatus::Completed:
        return QCoreApplication::translate("Clinical", "Completed");
    case PrescriptionStatus::Stopped:
        return QCoreApplication::translate("Clinical", "Stopped");
    }
    return QString();
}

bool isFinal(PrescriptionStatus status)
{
    return status == PrescriptionStatus::Completed || status == PrescriptionStatus::Stopped;
}

QStringList prescriptionForms()
{
    return idsOf(kForms);
}

QStringList prescriptionRoutes()
{
    return idsOf(kRoutes);
}

QString formDisplayName(const QString &formId)
{
    return displayOf(kForms, formId);
}

QString routeDisplayName(const QString &routeId)
{
    return displayOf(kRoutes, routeId);
}

// ---- validation ----------------------------------------------------------------------

ClinicalStatus validate(const Demographics &d, QDate today)
{
    const QString contactName = QCoreApplication::translate("Clinical", "Emergency contact");
    const QString contactPhone = QCoreApplication::translate("Clinical", "Emergency contact phone");
    if (auto problem = firstProblem({
            textProblem(d.givenName, QCoreApplication::translate("Clinical", "Given name"), Need::Required, kNameMax,
                        Lines::Single),
            textProblem(d.familyName, QCoreApplication::translate("Clinical", "Family name"), Need::Required, kNameMax,
                        Lines::Single),
            dateProblem(d.birthDate, QCoreApplication::translate("Clinical", "Date of birth"), Need::Required, today),
            textProblem(d.address, QCoreApplication::translate("Clinical", "Address"), Need::Optional, kAddressMax,
                        Lines::Multi),
            phoneProblem(d.phone, QCoreApplication::translate("Clinical", "Phone")),
            emailProblem(d.email),
            textProblem(d.emergencyContactName, contactName, Need::Optional, kNameMax, Lines::Single),
            phoneProblem(d.emergencyContactPhone, contactPhone),
        })) {
        return invalid(*problem);
    }
    if (sexFromId(sexId(d.sex)) != d.sex) {
        return invalid(QCoreApplication::translate("Clinical", "Sex must be female, male, other or unknown."));
    }
    if (!isBlank(d.emergencyContactName) && isBlank(d.emergencyContactPhone)) {
        return invalid(QCoreApplication::translate(
            "Clinical", "Emergency contact phone is required when an emergency contact is named."));
    }
    return ClinicalStatus::success();
}

ClinicalStatus validate(const HistoryEntry &h, QDate today, QDate birthDate)
{
    const QString onset = QCoreApplication::translate("Clinical", "Onset date");
    if (auto problem = firstProblem({
            textProblem(h.condition, QCoreApplication::translate("Clinical", "Condition"), Need::Required, kTermMax,
                        Lines::Single),
            textProblem(h.code, QCoreApplication::translate("Clinical", "Code"), Need::Optional, kShortTextMax,
                        Lines::Single),
            textProblem(h.codeSystem, QCoreApplication::translate("Clinical", "Code system"), Need::Optional,
                        kCodeSystemMax, Lines::Single),
            textProblem(h.description, QCoreApplication::translate("Clinical", "Description"), Need::Optional,
                        kDescriptionMax, Lines::Multi),
            dateProblem(h.onsetDate, onset, Need::Optional, today),
        })) {
        return invalid(*problem);
    }
    if (!isBlank(h.code) && isBlank(h.codeSystem)) {
        return invalid(QCoreApplication::translate("Clinical", "Code system is required when a code is given."));
    }
    if (isBlank(h.code) && !isBlank(h.codeSystem)) {
        return invalid(QCoreApplication::translate("Clinical", "Code is required when a code system is given."));
    }
    if (!isBlank(h.codeSystem) && !looksLikeUri(h.codeSystem.trimmed())) {
        return invalid(QCoreApplication::translate(
            "Clinical", "Code system must be a URI such as http://hl7.org/fhir/sid/icd-10 or http://snomed.info/sct."));
    }
    if (h.onsetDate.isValid() && birthDate.isValid() && h.onsetDate < birthDate) {
        return invalid(QCoreApplication::translate("Clinical", "Onset date cannot be before the date of birth."));
    }
    if (problemStatusFromId(problemStatusId(h.status)) != h.status) {
        return invalid(QCoreApplication::translate("Clinical", "Status must be active, resolved or inactive."));
    }
    return ClinicalStatus::success();
}

ClinicalStatus validate(const Prescription &p, QDate today)
{
    if (auto problem = firstProblem({
            textProblem(p.medication, QCoreApplication::translate("Clinical", "Medication"), Need::Required, kTermMax,
                        Lines::Single),
            textProblem(p.strength, QCoreApplication::translate("Clinical", "Strength"), Need::Required, kShortTextMax,
                        Lines::Single),
            textProblem(p.form, QCoreApplication::translate("Clinical", "Form"), Need::Required, kShortTextMax,
                        Lines::Single),
        })) {
        return invalid(*problem);
    }
    // Negated comparisons so NaN fails too.
    if (!(p.dose > 0)) {
        return invalid(QCoreApplication::translate("Clinical", "Dose must be greater than zero."));
    }
    if (!(p.dose <= 10000)) {
        return invalid(QCoreApplication::translate("Clinical", "Dose must be at most 10000."));
    }
    if (auto problem = firstProblem({
            textProblem(p.doseUnit, QCoreApplication::translate("Clinical", "Dose unit"), Need::Required, kShortTextMax,
                        Lines::Single),
            textProblem(p.route, QCoreApplication::translate("Clinical", "Route"), Need::Required, kShortTextMax,
                        Lines::Single),
            textProblem(p.frequency, QCoreApplication::translate("Clinical", "Frequency"), Need::Required,
                        kShortTextMax, Lines::Single),
        })) {
        return invalid(*problem);
    }
    if (p.durationDays < 1 || p.durationDays > 3650) {
        return invalid(QCoreApplication::translate("Clinical", "Duration must be between 1 and 3650 days."));
    }
    if (!(p.quantity > 0)) {
        return invalid(QCoreApplication::translate("Clinical", "Quantity must be greater than zero."));
    }
    if (!(p.quantity <= 100000)) {
        return invalid(QCoreApplication::translate("Clinical", "Quantity must be at most 100000."));
    }
    if (auto problem = firstProblem({
            textProblem(p.quantityUnit, QCoreApplication::translate("Clinical", "Quantity unit"), Need::Required,
                        kShortTextMax, Lines::Single),
        })) {
        return invalid(*problem);
    }
    if (p.refills < 0 || p.refills > 12) {
        return invalid(QCoreApplication::translate("Clinical", "Refills must be between 0 and 12."));
    }
    if (auto problem = firstProblem({
            textProblem(p.instructions, QCoreApplication::translate("Clinical", "Instructions"), Need::Optional,
                        kInstructionsMax, Lines::Multi),
            dateProblem(p.prescribedOn, QCoreApplication::translate("Clinical", "Date prescribed"), Need::Required,
                        today),
        })) {
        return invalid(*problem);
    }
    if (prescriptionStatusFromId(prescriptionStatusId(p.status)) != p.status) {
        return invalid(
            QCoreApplication::translate("Clinical", "Status must be active, amended, completed or stopped."));
    }
    return ClinicalStatus::success();
}

// ---- CBOR ----------------------------------------------------------------------------

QByteArray encodeRecord(const Demographics &d, const RecordAuthorship &a)
{
    QCborMap map = header(kKindDemographics, a);
    appendValues(map, {d.givenName, d.familyName, dateValue(d.birthDate), sexId(d.sex), d.address, d.phone, d.email,
                       d.emergencyContactName, d.emergencyContactPhone});
    return encodeMap(map);
}

QByteArray encodeRecord(const HistoryEntry &h, const RecordAuthorship &a)
{
    QCborMap map = header(kKindHistory, a);
    appendValues(map,
                 {h.condition, h.code, h.codeSystem, h.description, dateValue(h.onsetDate), problemStatusId(h.status)});
    return encodeMap(map);
}

QByteArray encodeRecord(const Prescription &p, const RecordAuthorship &a)
{
    QCborMap map = header(kKindPrescription, a);
    appendValues(map, {p.medication, p.strength, p.form, p.dose, p.doseUnit, p.route, p.frequency, p.durationDays,
                       p.quantity, p.quantityUnit, p.refills, p.instructions, dateValue(p.prescribedOn),
                       prescriptionStatusId(p.status)});
    return encodeMap(map);
}

ClinicalResult<Authored<Demographics>> decodeDemographics(QByteArrayView cbor)
{
    return decodeRecord<Demographics>(
        cbor, kKindDemographics, 9,
        [](const FieldReader &f) {
            Demographics d;
            qint64 k = kFirstValueKey;
            d.givenName = f.text(k++);
            d.familyName = f.text(k++);
            d.birthDate = f.date(k++, true);
            const auto sex = sexFromId(f.text(k));
            if (!sex) {
                f.mistyped(k);
            }
            d.sex = *sex;
            ++k;
            d.address = f.text(k++);
            d.phone = f.text(k++);
            d.email = f.text(k++);
            d.emergencyContactName = f.text(k++);
            d.emergencyContactPhone = f.text(k++);
            return d;
        },
        &encodeDemographics);
}

ClinicalResult<Authored<HistoryEntry>> decodeHistoryEntry(QByteArrayView cbor)
{
    return decodeRecord<HistoryEntry>(
        cbor, kKindHistory, 6,
        [](const FieldReader &f) {
            HistoryEntry h;
            qint64 k = kFirstValueKey;
            h.condition = f.text(k++);
            h.code = f.text(k++);
            h.codeSystem = f.text(k++);
            h.description = f.text(k++);
            h.onsetDate = f.date(k++, true);
            const auto status = problemStatusFromId(f.text(k));
            if (!status) {
                f.mistyped(k);
            }
            h.status = *status;
            return h;
        },
        &encodeHistory);
}

ClinicalResult<Authored<Prescription>> decodePrescription(QByteArrayView cbor)
{
    return decodeRecord<Prescription>(
        cbor, kKindPrescription, 14,
        [](const FieldReader &f) {
            Prescription p;
            qint64 k = kFirstValueKey;
            p.medication = f.text(k++);
            p.strength = f.text(k++);
            p.form = f.text(k++);
            p.dose = f.real(k++);
            p.doseUnit = f.text(k++);
            p.route = f.text(k++);
            p.frequency = f.text(k++);
            p.durationDays = f.boundedInt(k++);
            p.quantity = f.real(k++);
            p.quantityUnit = f.text(k++);
            p.refills = f.boundedInt(k++);
            p.instructions = f.text(k++);
            p.prescribedOn = f.date(k++, true);
            const auto status = prescriptionStatusFromId(f.text(k));
            if (!status) {
                f.mistyped(k);
            }
            p.status = *status;
            return p;
        },
        &encodePrescription);
}

// ---- names ---------------------------------------------------------------------------

QString normaliseName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        // Typographic apostrophes and hyphens match the keyboard ones: "O’Neil" is "O'Neil".
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC)) {
            kept.append(u'\'');
        } else if (c == QChar(0x2010)) {
            kept.append(u'-');
        } else {
            kept.append(c);
        }
    }
    // QString folds case one character at a time; the full folding of "ß" is "ss".
    return kept.toCaseFolded().replace(QChar(0x00DF), QLatin1StringView("ss")).simplified();
}

} // namespace careledger::core
