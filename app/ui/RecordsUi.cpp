#include "ui/RecordsUi.h"

#include "ui/Mnemonic.h"

#include <QAction>
#include <QCoreApplication>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLineEdit>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace careledger::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RecordsUi", text);
}

const QDate kNotSet(1800, 1, 1);

} // namespace

core::AccessRole accessRole(services::Role role)
{
    switch (role) {
    case services::Role::Admin: return core::AccessRole::Admin;
    case services::Role::Doctor: return core::AccessRole::Doctor;
    case services::Role::Nurse: return core::AccessRole::Nurse;
    }
    return core::AccessRole::Nurse;
}

bool mayDo(services::Role role, core::PatientAction action, core::ConsentBasis basis)
{
    return core::decideAccess(accessRole(role), action, basis, false).allowed;
}

QDateTime nowUtc(const services::Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

QDate todayUtc(const services::Clock &clock)
{
    return nowUtc(clock).toUTC().date();
}

int ageInYears(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || today < birthDate) {
        return -1;
    }
    int age = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day())) {
        --age;
    }
    return age;
}

QString dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Two-digit years make 1925 and 2025 look alike: birth dates need all four.
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateEditFormat()) : QStringLiteral("—");
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = utc.toLocalTime();
    return formatDate(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString formatDateTimeWithSeconds(const QDateTime &utc)
{
    if (!utc.isValid()) {
        return QStringLiteral("—");
    }
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss"))) {
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    const QDateTime local = utc.toLocalTime();
    return formatDate(local.date()) + QLatin1Char(' ') + QLocale().toString(local.time(), timeFormat);
}

QString formatTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QStringLiteral("HH:mm")) : QStringLiteral("—");
}

void makeOptionalDate(QDateEdit *edit, const QString &notSetText)
{
    edit->setDisplayFormat(dateEditFormat());
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNotSet);
    edit->setMaximumDate(QDate(9999, 12, 31));
    edit->setSpecialValueText(notSetText);
    edit->setDate(kNotSet);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QString isolated(const QString &text)
{
    if (text.isEmpty() || !QGuiApplication::isRightToLeft()) {
        return text;
    }
    return QChar(0x2068) + text + QChar(0x2069);
}

QString patientDisplayName(const services::PatientSummary &patient)
{
    if (!patient.accessible) {
        return QCoreApplication::translate("RecordsUi", "No access");
    }
    return QCoreApplication::translate("RecordsUi", "%1, %2", "family name, given name")
        .arg(isolated(patient.familyName), isolated(patient.givenName));
}

QString auditActionDisplayName(const QString &actionId)
{
    using core::PatientAction;
    static const struct {
        PatientAction action;
        const char *text;
    } patientActions[] = {
        {PatientAction::ViewDemographics, QT_TRANSLATE_NOOP("RecordsUi", "View demographics")},
        {PatientAction::EditDemographics, QT_TRANSLATE_NOOP("RecordsUi", "Edit demographics")},
        {PatientAction::ViewHistory, QT_TRANSLATE_NOOP("RecordsUi", "View history")},
        {PatientAction::WriteHistory, QT_TRANSLATE_NOOP("RecordsUi", "Write history")},
        {PatientAction::ViewPrescriptions, QT_TRANSLATE_NOOP("RecordsUi", "View prescriptions")},
        {PatientAction::WritePrescription, QT_TRANSLATE_NOOP("RecordsUi", "Write prescription")},
        {PatientAction::ViewAccess, QT_TRANSLATE_NOOP("RecordsUi", "View access")},
        {PatientAction::ManageAccess, QT_TRANSLATE_NOOP("RecordsUi", "Manage access")},
        {PatientAction::ViewAudit, QT_TRANSLATE_NOOP("RecordsUi", "View audit trail")},
        {PatientAction::Erase, QT_TRANSLATE_NOOP("RecordsUi", "Erase")},
        {PatientAction::Export, QT_TRANSLATE_NOOP("RecordsUi", "Export")},
        {PatientAction::BreakGlass, QT_TRANSLATE_NOOP("RecordsUi", "Emergency access")},
    };
    for (const auto &entry : patientActions) {
        if (core::patientActionId(entry.action) == actionId) {
            return translated(entry.text);
        }
    }
    static const QHash<QString, const char *> others{
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("RecordsUi", "Search")},
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("RecordsUi", "Register")},
        {QStringLiteral("erase"), QT_TRANSLATE_NOOP("RecordsUi", "Erase")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("RecordsUi", "Export")},
        {QStringLiteral("duplicate-check"), QT_TRANSLATE_NOOP("RecordsUi", "Duplicate check")},
        {QStringLiteral("view-chart"), QT_TRANSLATE_NOOP("RecordsUi", "View chart")},
        {QStringLiteral("view-versions"), QT_TRANSLATE_NOOP("RecordsUi", "View versions")},
        {QStringLiteral("view-break-glass"), QT_TRANSLATE_NOOP("RecordsUi", "View emergency accesses")},
        {QStringLiteral("export-audit"), QT_TRANSLATE_NOOP("RecordsUi", "Export audit log")},
        {QStringLiteral("grant"), QT_TRANSLATE_NOOP("RecordsUi", "Grant access")},
        {QStringLiteral("revoke"), QT_TRANSLATE_NOOP("RecordsUi", "Revoke access")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("RecordsUi", "Import")},
    };
    if (const auto it = others.constFind(actionId); it != others.constEnd()) {
        return translated(it.value());
    }
    return actionId;
}

QString codeSystemDisplayName(const QString &uri)
{
    if (uri == QLatin1String("http://hl7.org/fhir/sid/icd-10")) {
        return QStringLiteral("ICD-10");
    }
    if (uri == QLatin1String("http://snomed.info/sct")) {
        return QStringLiteral("SNOMED CT");
    }
    return uri;
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 10);
}

namespace {

struct Phrase {
    const char *id;
    const char *text;
};

const Phrase kUnits[] = {
    {"tablet", QT_TRANSLATE_NOOP("RecordsUi", "tablet")},
    {"capsule", QT_TRANSLATE_NOOP("RecordsUi", "capsule")},
    {"mg", QT_TRANSLATE_NOOP("RecordsUi", "mg")},
    {"g", QT_TRANSLATE_NOOP("RecordsUi", "g")},
    {"mcg", QT_TRANSLATE_NOOP("RecordsUi", "mcg")},
    {"mL", QT_TRANSLATE_NOOP("RecordsUi", "mL")},
    {"unit", QT_TRANSLATE_NOOP("RecordsUi", "unit")},
    {"puff", QT_TRANSLATE_NOOP("RecordsUi", "puff")},
    {"drop", QT_TRANSLATE_NOOP("RecordsUi", "drop")},
    {"sachet", QT_TRANSLATE_NOOP("RecordsUi", "sachet")},
    {"patch", QT_TRANSLATE_NOOP("RecordsUi", "patch")},
};

const Phrase kFrequencies[] = {
    {"once daily", QT_TRANSLATE_NOOP("RecordsUi", "once daily")},
    {"twice daily", QT_TRANSLATE_NOOP("RecordsUi", "twice daily")},
    {"three times daily", QT_TRANSLATE_NOOP("RecordsUi", "three times daily")},
    {"four times daily", QT_TRANSLATE_NOOP("RecordsUi", "four times daily")},
    {"every 8 hours", QT_TRANSLATE_NOOP("RecordsUi", "every 8 hours")},
    {"every 12 hours", QT_TRANSLATE_NOOP("RecordsUi", "every 12 hours")},
    {"at bedtime", QT_TRANSLATE_NOOP("RecordsUi", "at bedtime")},
    {"once weekly", QT_TRANSLATE_NOOP("RecordsUi", "once weekly")},
    {"as needed", QT_TRANSLATE_NOOP("RecordsUi", "as needed")},
    {"as directed", QT_TRANSLATE_NOOP("RecordsUi", "as directed")},
};

template <std::size_t N>
QStringList phraseIds(const Phrase (&phrases)[N])
{
    QStringList ids;
    for (const Phrase &p : phrases) {
        ids << QString::fromLatin1(p.id);
    }
    return ids;
}

template <std::size_t N>
QString phraseText(const Phrase (&phrases)[N], const QString &id)
{
    for (const Phrase &p : phrases) {
        if (id == QLatin1String(p.id)) {
            return translated(p.text);
        }
    }
    return id;
}

} // namespace

QStringList prescriptionUnits()
{
    return phraseIds(kUnits);
}

QString unitDisplayName(const QString &unit)
{
    return phraseText(kUnits, unit);
}

QStringList prescriptionFrequencies()
{
    return phraseIds(kFrequencies);
}

QString frequencyDisplayName(const QString &frequency)
{
    return phraseText(kFrequencies, frequency);
}

QTableView *makeRecordTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void fitColumns(QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->columnCount() == 0) {
        return;
    }
    const int columns = model->columnCount();
    const QHeaderView *header = view->horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    // Widest of the cells and the caption; the room for the sort arrow only where it is
    // drawn (QHeaderView's own size hint reserves it in every section).
    QList<int> widths;
    int total = 0;
    for (int c = 0; c < columns - 1; ++c) {
        const QString caption = model->headerData(c, Qt::Horizontal).toString();
        const int captionWidth = metrics.horizontalAdvance(caption) + 20
            + (header->isSortIndicatorShown() && header->sortIndicatorSection() == c ? 20 : 0);
        const int width = qMin(qMax(captionWidth, static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(c) + 8), 360);
        widths << width;
        total += width;
    }
    // The last column stretches over what is left and elides (its tooltip or the detail
    // view has the whole text); the others get some air when the table is wide enough.
    const int available = view->viewport()->width();
    const int air = qBound(0, (available - total - 160) / columns, 24);
    for (int c = 0; c < columns - 1; ++c) {
        view->setColumnWidth(c, widths.at(c) + air);
    }
    view->setColumnWidth(columns - 1, qMax(120, available - total - air * (columns - 1)));
}

void selectTableRow(QTableView *view, int row)
{
    const QModelIndex index = view->model() ? view->model()->index(row, 0) : QModelIndex();
    if (!index.isValid()) {
        return;
    }
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void nameInnerEditors(QWidget *root)
{
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>()) {
        if (auto *inner = box->findChild<QLineEdit *>()) {
            inner->setAccessibleName(box->accessibleName());
        }
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (QLineEdit *inner = combo->lineEdit()) {
            inner->setAccessibleName(combo->accessibleName());
        }
    }
}

QPushButton *actionButton(QWidget *parent, QAction *action, const QString &objectName)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(action->text()));
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(shortcut.isEmpty() ? button->accessibleName()
                                          : QStringLiteral("%1 (%2)").arg(button->accessibleName(), shortcut));
    button->setAutoDefault(false);
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    });
    return button;
}

} // namespace careledger::ui
