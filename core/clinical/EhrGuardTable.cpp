#include "clinical/EhrGuardTable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace careledger::core {

namespace {

const QStringList kColumns = {
    QStringLiteral("patient_id"),          QStringLiteral("timestamp"),    QStringLiteral("heart_rate_bpm"),
    QStringLiteral("blood_pressure_mmhg"), QStringLiteral("spo2_percent"), QStringLiteral("glucose_mg_dl"),
    QStringLiteral("doctor_id"),           QStringLiteral("diagnosis"),    QStringLiteral("prescription"),
};

constexpr qsizetype kTextMax = 200;

// One CSV record (RFC 4180) with the physical line it starts on.
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QString problem; // set when the quoting is broken; the fields are then incomplete
};

// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF,
// quoted fields may hold commas, line breaks and doubled quotes. Blank lines are skipped.
class CsvReader {
public:
    explicit CsvReader(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next()
    {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            QString field;
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                if (!readQuoted(field, record)) {
                    return record;
                }
            } else {
                while (m_pos < m_text.size() && !isBreak(m_text.at(m_pos)) && m_text.at(m_pos) != u',') {
                    if (m_text.at(m_pos) == u'"' && record.problem.isEmpty()) {
                        record.problem =
                            QCoreApplication::translate("Import", "line %1: a quote appears inside an unquoted field")
                                .arg(record.line);
                    }
                    field.append(m_text.at(m_pos++));
                }
            }
            record.fields.append(field);
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            endLine();
            return record;
        }
    }

private:
    static bool isBreak(QChar c) { return c == u'\n' || c == u'\r'; }

    // Consumes one line break (CRLF, LF or a lone CR) if there is one.
    void endLine()
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r') {
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n') {
            ++m_pos;
        }
        ++m_line;
    }

    // Skips the rest of a damaged record up to the next line break.
    void skipLine()
    {
        while (m_pos < m_text.size() && !isBreak(m_text.at(m_pos))) {
            ++m_pos;
        }
        endLine();
    }

    bool readQuoted(QString &field, CsvRecord &record)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size()) {
                record.problem =
                    QCoreApplication::translate("Import", "line %1: a quoted field is not closed").arg(record.line);
                return false;
            }
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                break;
            }
            if (c == u'\n') {
                ++m_line;
            }
            field.append(c);
            ++m_pos;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) != u',' && !isBreak(m_text.at(m_pos))) {
            record.problem = QCoreApplication::translate("Import", "line %1: unexpected text after a closing quote")
                                 .arg(record.line);
            skipLine();
            return false;
        }
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isBlankRecord(const CsvRecord &record)
{
    return record.problem.isEmpty() && record.fields.size() == 1 && record.fields.first().isEmpty();
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

// Collects the problems of one row; the row is kept only when there are none.
class RowChecker {
public:
    explicit RowChecker(int line) : m_line(line) {}

    QStringList problems;

    void add(const QString &message) { problems.append(message); }
    int line() const { return m_line; }

    QString identifier(const QString &value, const char *column)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
        if (!pattern.match(value).hasMatch()) {
            //: %1 line number, %2 column name, %3 the value found.
            add(QCoreApplication::translate("Import", "line %1: %2 “%3” is not an identifier such as P001")
                    .arg(m_line)
                    .arg(QLatin1StringView(column), value));
        }
        return value;
    }

    // A whole number in [min, max]; `what` names the measurement and `unit` its unit.
    int measurement(const QString &value, const QString &what, const QString &unit, int min, int max)
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
        if (!digits.match(value).hasMatch()) {
            //: %1 line number, %2 the measurement (e.g. "heart rate"), %3 the value found.
            add(QCoreApplication::translate("Import", "line %1: %2 “%3” is not a whole number")
                    .arg(m_line)
                    .arg(what, value));
            return 0;
        }
        const int number = value.toInt();
        if (number < min || number > max) {
            //: %1 line number, %2 the measurement, %3 the value, %4 its unit, %5 and %6 the limits.
            add(QCoreApplication::translate("Import", "line %1: %2 %3 %4 is outside %5 to %6")
                    .arg(m_line)
                    .arg(what)
                    .arg(number)
                    .arg(unit)
                    .arg(min)
                    .arg(max));
        }
        return number;
    }

    QString text(const QString &value, const QString &what)
    {
        if (value.isEmpty()) {
            //: %1 line number, %2 the column (e.g. "diagnosis").
            add(QCoreApplication::translate("Import", "line %1: %2 is empty").arg(m_line).arg(what));
        } else if (value.size() > kTextMax) {
            add(QCoreApplication::translate("Import", "line %1: %2 is longer than %3 characters")
                    .arg(m_line)
                    .arg(what)
                    .arg(kTextMax));
        } else if (hasControlCharacter(value)) {
            add(QCoreApplication::translate("Import", "line %1: %2 contains control characters").arg(m_line).arg(what));
        }
        return value;
    }

private:
    int m_line;
};

QDateTime parseTimestamp(const QString &value, RowChecker &check)
{
    // Exactly "yyyy-MM-dd HH:mm": the round trip refuses single-digit fields and extra text.
    const QDate date = QDate::fromString(value.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(value.mid(11), QStringLiteral("HH:mm"));
    if (value.size() != 16 || value.at(10) != u' ' || !date.isValid() || !time.isValid() ||
        date.toString(QStringLiteral("yyyy-MM-dd")) + u' ' + time.toString(QStringLiteral("HH:mm")) != value) {
        check.add(QCoreApplication::translate("Import",
                                              "line %1: timestamp “%2” is not a date and time such as 2025-02-25 08:00")
                      .arg(check.line())
                      .arg(value));
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

void parseBloodPressure(const QString &value, RowChecker &check, EhrGuardRow &row)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,3})/([0-9]{1,3})$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch()) {
        //: %1 line number, %2 the value found.
        check.add(QCoreApplication::translate("Import", "line %1: blood pressure “%2” is not systolic/diastolic")
                      .arg(check.line())
                      .arg(value));
        return;
    }
    row.systolicMmHg = match.captured(1).toInt();
    row.diastolicMmHg = match.captured(2).toInt();
    const QString mmHg = QStringLiteral("mmHg");
    if (row.systolicMmHg < 40 || row.systolicMmHg > 300) {
        check.add(QCoreApplication::translate("Import", "line %1: %2 %3 %4 is outside %5 to %6")
                      .arg(check.line())
                      .arg(QCoreApplication::translate("Import", "systolic pressure"))
                      .arg(row.systolicMmHg)
                      .arg(mmHg)
                      .arg(40)
                      .arg(300));
    }
    if (row.diastolicMmHg < 20 || row.diastolicMmHg > 200) {
        check.add(QCoreApplication::translate("Import", "line %1: %2 %3 %4 is outside %5 to %6")
                      .arg(check.line())
                      .arg(QCoreApplication::translate("Import", "diastolic pressure"))
                      .arg(row.diastolicMmHg)
                      .arg(mmHg)
                      .arg(20)
                      .arg(200));
    }
    if (row.systolicMmHg <= row.diastolicMmHg) {
        check.add(QCoreApplication::translate(
                      "Import", "line %1: blood pressure “%2”: the systolic value must be above the diastolic")
                      .arg(check.line())
                      .arg(value));
    }
}

// "50 mg" keeps its unit; "5u" becomes "5 unit" so the strength reads like the others.
QString normaliseStrengthUnit(const QString &unit)
{
    const QString lower = unit.toLower();
    if (lower == QLatin1StringView("u") || lower == QLatin1StringView("unit") || lower == QLatin1StringView("units")) {
        return QStringLiteral("unit");
    }
    if (lower == QLatin1StringView("ml")) {
        return QStringLiteral("mL");
    }
    if (lower == QLatin1StringView("mg") || lower == QLatin1StringView("g") || lower == QLatin1StringView("mcg")) {
        return lower;
    }
    if (lower == QLatin1StringView("ug") || lower == QString(QChar(0x00B5)) + u'g') {
        return QStringLiteral("mcg");
    }
    return unit;
}

std::optional<std::pair<QString, QString>> parsePrescription(const QString &value)
{
    if (value.compare(QLatin1StringView("None"), Qt::CaseInsensitive) == 0) {
        return std::nullopt;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(.*\\S)\\s+([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z\\x{00B5}]+)$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch()) {
        return std::make_pair(value, QString()); // an instruction, not a drug with a strength
    }
    return std::make_pair(match.captured(1), match.captured(2) + u' ' + normaliseStrengthUnit(match.captured(3)));
}

std::optional<EhrGuardRow> parseRow(const CsvRecord &record, QStringList &problems)
{
    if (!record.problem.isEmpty()) {
        problems.append(record.problem);
        return std::nullopt;
    }
    if (record.fields.size() != kColumns.size()) {
        //: %1 line number, %2 number of columns found, %3 number expected.
        problems.append(QCoreApplication::translate("Import", "line %1: %2 columns where %3 were expected")
                            .arg(record.line)
                            .arg(record.fields.size())
                            .arg(kColumns.size()));
        return std::nullopt;
    }
    QStringList f;
    for (const QString &field : record.fields) {
        f.append(field.trimmed());
    }
    RowChecker check(record.line);
    EhrGuardRow row;
    row.line = record.line;
    row.patientId = check.identifier(f.at(0), "patient_id");
    row.takenAt = parseTimestamp(f.at(1), check);
    row.heartRateBpm =
        check.measurement(f.at(2), QCoreApplication::translate("Import", "heart rate"), QStringLiteral("bpm"), 20, 300);
    parseBloodPressure(f.at(3), check, row);
    row.spo2Percent =
        check.measurement(f.at(4), QCoreApplication::translate("Import", "SpO2"), QStringLiteral("%"), 50, 100);
    row.glucoseMgDl =
        check.measurement(f.at(5), QCoreApplication::translate("Import", "glucose"), QStringLiteral("mg/dL"), 10, 1000);
    row.doctorId = check.identifier(f.at(6), "doctor_id");
    const QString diagnosis = check.text(f.at(7), QCoreApplication::translate("Import", "diagnosis"));
    row.diagnosis = diagnosis.compare(QLatin1StringView("Normal"), Qt::CaseInsensitive) == 0 ? QString() : diagnosis;
    row.prescription = parsePrescription(check.text(f.at(8), QCoreApplication::translate("Import", "prescription")));
    if (!check.problems.isEmpty()) {
        problems.append(check.problems);
        return std::nullopt;
    }
    return row;
}

} // namespace

ClinicalResult<EhrGuardTable> parseEhrGuardTable(QByteArrayView csv)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        return ClinicalResult<EhrGuardTable>::failure(
            ClinicalError::Invalid, QCoreApplication::translate("Import", "The file is not UTF-8 text."));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // a byte-order mark some spreadsheets write
    }
    CsvReader reader(text);
    if (reader.atEnd()) {
        return ClinicalResult<EhrGuardTable>::failure(
            ClinicalError::Invalid,
            QCoreApplication::translate("Import", "The file is empty; a header line was expected."));
    }
    const CsvRecord header = reader.next();
    if (!header.problem.isEmpty()) {
        return ClinicalResult<EhrGuardTable>::failure(ClinicalError::Invalid, header.problem);
    }
    for (qsizetype i = 0; i < qMax(header.fields.size(), kColumns.size()); ++i) {
        QString message;
        if (i >= header.fields.size()) {
            //: %1 column number, %2 the column name expected there.
            message =
                QCoreApplication::translate("Import", "The header ends after column %1; column “%2” was expected next.")
                    .arg(i)
                    .arg(kColumns.at(i));
        } else if (i >= kColumns.size()) {
            message = QCoreApplication::translate("Import", "The header has an unexpected column %1 “%2”.")
                          .arg(i + 1)
                          .arg(header.fields.at(i));
        } else if (header.fields.at(i) != kColumns.at(i)) {
            message = QCoreApplication::translate("Import", "Column %1 of the header is “%2” where “%3” was expected.")
                          .arg(i + 1)
                          .arg(header.fields.at(i), kColumns.at(i));
        } else {
            continue;
        }
        return ClinicalResult<EhrGuardTable>::failure(ClinicalError::Invalid, message);
    }

    EhrGuardTable table;
    while (!reader.atEnd()) {
        const CsvRecord record = reader.next();
        if (isBlankRecord(record)) {
            continue;
        }
        if (auto row = parseRow(record, table.problems)) {
            table.rows.append(std::move(*row));
        }
    }
    return table;
}

} // namespace careledger::core
