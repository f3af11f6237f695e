// The administrator's audit log: filters, emergency-access rows marked in words and not only
// by colour, a patient's own trail in the chart, the chain status, and the CSV export.

#include "RecordsTestSupport.h"

#include "services/AuditService.h"
#include "services/ChartService.h"
#include "ui/AuditLogPage.h"
#include "ui/AuditTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEntriesWithStatus();
    void filtersNarrowTheLog();
    void breakGlassRowsAreMarkedInWords();
    void exportsCsv();
    void chartShowsThePatientsTrail();
    void everyControlHasAnAccessibleName();
    void doctorHasNoAuditSection();

private:
    ui::AuditLogPage *auditPage();
    bool refreshed(ui::AuditLogPage *page, const std::function<void()> &change);

    RecordsClinic m_clinic;
    services::PatientSummary m_shared;
    services::PatientSummary m_private;
};

void TestGuiAudit::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto shared = m_clinic.registerPatient(
        person(QStringLiteral("Aurelie"), QStringLiteral("Fontanet"), QDate(1949, 9, 14), core::Sex::Female));
    const auto hidden = m_clinic.registerPatient(
        person(QStringLiteral("Emil"), QStringLiteral("Varkonyi"), QDate(1943, 10, 3), core::Sex::Male), false);
    QVERIFY(shared && hidden);
    m_shared = *shared;
    m_private = *hidden;

    // The doctor reads one chart normally and one through emergency access (one refusal first).
    services::Workstation &ws = m_clinic.workstation();
    QVERIFY(ws.login(QStringLiteral("cmartin"), kDoctorPassword).ok());
    QVERIFY(ws.charts().open(m_shared.id).ok());
    QVERIFY(!ws.charts().open(m_private.id).ok());
    QVERIFY(ws.consent().breakGlass(m_private.id, QStringLiteral("Collapsed in the waiting room")).ok());
    QVERIFY(ws.charts().open(m_private.id).ok());
    ws.logout();

    m_clinic.startGui();
    QVERIFY(m_clinic.signIn(QStringLiteral("admin"), kAdminPassword));
}

void TestGuiAudit::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::AuditLogPage *TestGuiAudit::auditPage()
{
    ui::MainWindow *main = m_clinic.session().mainWindow();
    if (!main) {
        return nullptr;
    }
    main->showSection(ui::Section::AuditLog);
    ui::AuditLogPage *page = main->auditLogPage();
    (void)QTest::qWaitFor([page] { return page && !page->isBusy() && page->model()->rowCount() > 0; }, 15000);
    return page;
}

// Applies a filter change and waits for the debounced reload it causes.
bool TestGuiAudit::refreshed(ui::AuditLogPage *page, const std::function<void()> &change)
{
    bool done = false;
    const auto connection = connect(page, &ui::AuditLogPage::refreshed, this, [&] { done = true; });
    change();
    const bool ok = QTest::qWaitFor([&] { return done && !page->isBusy(); }, 15000);
    disconnect(connection);
    return ok;
}

void TestGuiAudit::listsEntriesWithStatus()
{
    ui::AuditLogPage *page = auditPage();
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() >= 5);
    QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("entries")), qPrintable(page->statusLabel()->text()));
    // Newest first.
    const QAbstractItemModel *shown = page->view()->model();
    const qint64 first = shown->index(0, ui::AuditTableModel::Time).data(ui::AuditTableModel::SortRole).toLongLong();
    const qint64 last = shown->index(shown->rowCount() - 1, ui::AuditTableModel::Time)
                            .data(ui::AuditTableModel::SortRole)
                            .toLongLong();
    QVERIFY(first > last);
    // The action filter offers the actions that occur, by name.
    QVERIFY(page->actionCombo()->count() > 2);
    QVERIFY(page->actionCombo()->findData(QStringLiteral("search")) >= 0
            || page->actionCombo()->findData(QStringLiteral("register")) >= 0);
}

void TestGuiAudit::filtersNarrowTheLog()
{
    ui::AuditLogPage *page = auditPage();
    QVERIFY(page);
    const int all = page->model()->rowCount();

    QVERIFY(refreshed(page, [&] { typeInto(page->userEdit(), QStringLiteral("cmartin")); }));
    const int doctorRows = page->model()->rowCount();
    QVERIFY(doctorRows > 0 && doctorRows < all);
    for (const services::AuditEntry &e : page->model()->entries()) {
        QCOMPARE(e.actorUsername, QStringLiteral("cmartin"));
    }

    QVERIFY(refreshed(page, [&] { typeInto(page->mrnEdit(), m_private.mrn); }));
    QVERIFY(page->model()->rowCount() > 0);
    for (const services::AuditEntry &e : page->model()->entries()) {
        QCOMPARE(e.patientMrn, m_private.mrn);
    }
    QVERIFY(std::any_of(page->model()->entries().cbegin(), page->model()->entries().cend(),
                        [](const services::AuditEntry &e) { return e.refused; }));

    // A date range after every entry leaves nothing.
    QVERIFY(refreshed(page, [&] { page->fromEdit()->setDate(QDate(2026, 3, 3)); }));
    QCOMPARE(page->model()->rowCount(), 0);

    QVERIFY(refreshed(page, [&] { page->clearFilters(); }));
    QCOMPARE(page->model()->rowCount() >= all, true);
}

void TestGuiAudit::breakGlassRowsAreMarkedInWords()
{
    ui::AuditLogPage *page = auditPage();
    QVERIFY(page);
    QVERIFY(refreshed(page, [&] { page->breakGlassCheck()->click(); }));
    QVERIFY(page->model()->rowCount() >= 1);
    const QAbstractItemModel *shown = page->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        QCOMPARE(shown->index(row, ui::AuditTableModel::BreakGlass).data().toString(), QStringLiteral("Yes"));
        QVERIFY(shown->index(row, ui::AuditTableModel::BreakGlass).data(Qt::DecorationRole).isValid());
        QVERIFY(shown->index(row, ui::AuditTableModel::User).data(Qt::BackgroundRole).isValid());
    }
    QVERIFY(refreshed(page, [&] { page->breakGlassCheck()->click(); }));
    // Ordinary rows have no background of their own.
    bool plain = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (!shown->index(row, 0).data(ui::AuditTableModel::BreakGlassRole).toBool()) {
            plain = true;
            QVERIFY(!shown->index(row, 0).data(Qt::BackgroundRole).isValid());
            QVERIFY(shown->index(row, ui::AuditTableModel::BreakGlass).data().toString().isEmpty());
        }
    }
    QVERIFY(plain);
}

void TestGuiAudit::exportsCsv()
{
    ui::AuditLogPage *page = auditPage();
    QVERIFY(page);
    QVERIFY(refreshed(page, [&] { typeInto(page->userEdit(), QStringLiteral("cmartin")); }));
    const int rows = page->model()->rowCount();
    QVERIFY(rows > 0);
    const QString path = QDir(m_clinic.dir()).filePath(QStringLiteral("audit.csv"));
    bool exported = false;
    int written = -1;
    QObject scope;
    connect(page, &ui::AuditLogPage::exported, &scope, [&](const QString &, int count) {
        exported = true;
        written = count;
    });
    page->exportCsvTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(exported, 15000);
    QCOMPARE(written, rows);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), rows + 1); // the header row, then one row per entry shown
    QVERIFY(page->messageText().contains(QDir::toNativeSeparators(path)));
    QVERIFY(refreshed(page, [&] { page->clearFilters(); }));
}

void TestGuiAudit::chartShowsThePatientsTrail()
{
    ui::PatientsPage *patients = m_clinic.patientsPage();
    QVERIFY(patients);
    ui::PatientChartPage *chart = RecordsClinic::openChart(patients, QStringLiteral("varko"), m_private.mrn);
    QVERIFY(chart);
    QVERIFY(chart->isTabShown(ui::PatientChartPage::AuditTab));
    bool loaded = false;
    QObject scope;
    connect(chart, &ui::PatientChartPage::auditLoaded, &scope, [&] { loaded = true; });
    chart->showTab(ui::PatientChartPage::AuditTab);
    QTRY_VERIFY_WITH_TIMEOUT(loaded && !chart->isBusy(), 15000);
    QVERIFY(chart->auditModel()->rowCount() >= 3);
    for (const services::AuditEntry &e : chart->auditModel()->entries()) {
        QCOMPARE(e.patient, m_private.id);
    }
    QVERIFY(std::any_of(chart->auditModel()->entries().cbegin(), chart->auditModel()->entries().cend(),
                        [](const services::AuditEntry &e) { return e.breakGlass; }));
    patients->backToList();
}

void TestGuiAudit::everyControlHasAnAccessibleName()
{
    ui::AuditLogPage *page = auditPage();
    QVERIFY(page);
    QVERIFY2(unnamedControls(page).isEmpty(), qPrintable(unnamedControls(page).join(QLatin1Char(','))));
}

void TestGuiAudit::doctorHasNoAuditSection()
{
    ui::MainWindow *main = m_clinic.signIn(QStringLiteral("cmartin"), kDoctorPassword);
    QVERIFY(main);
    QVERIFY(main->auditLogPage() == nullptr);
    QVERIFY(!main->sections().contains(ui::Section::AuditLog));
    m_clinic.runnerIdle();
    QCOMPARE(m_clinic.workstation().audit().entries({}).code(), services::ServiceError::PermissionDenied);
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
