// The administrator's Ledger screen: blocks, their transactions, verification with progress,
// Cancel and sign-out while it runs, and a tampered block named by the verifier.

#include "GuiTestSupport.h"

#include "services/LedgerService.h"
#include "store/KeySlots.h"
#include "ui/BlockTableModel.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"
#include "ui/ServiceRunner.h"
#include "ui/TransactionTableModel.h"
#include "ui/VerifyPanel.h"

#include "ui/MessageLabel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace careledger;
using namespace careledger::gui_testing;
using services::Role;

namespace {

const QString kStaffPassword = QStringLiteral("temporary staple 42");
const QString kDoctorPassword = QStringLiteral("claire's own phrase");

services::WorkstationOptions ledgerOptions(const ManualClock &clock)
{
    services::WorkstationOptions o = options(clock);
    o.sealInterval = std::chrono::milliseconds(0); // the test seals when it wants blocks
    return o;
}

using ServiceRunner = ui::ServiceRunner;

} // namespace

class TestGuiLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsBlocksAfterSealing();
    void selectingABlockShowsItsTransactions();
    void loadOlderPagesBack();
    void verifyCleanLedger();
    void cancelStopsVerification();
    void signingOutDuringVerification();
    void everyControlHasAnAccessibleName();
    void doctorHasNoLedgerSection();
    void tamperedBlockIsNamed();

private:
    ui::MainWindow *signIn(const QString &username, const QString &password);
    ui::LedgerPage *ledgerPage();
    void seal();
    // Occupies the long-job thread until the returned flag is set (or sign-out cancels it),
    // so that what the test queues behind it starts exactly when the test says.
    ServiceRunner::CancelFlag blockLongJobs(QObject *context, bool *done);

    QString m_dataDir;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<services::Workstation> m_workstation;
    std::unique_ptr<ui::SessionController> m_session;
};

void TestGuiLedger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("clinic"));
    const auto init = services::Workstation::initialize(m_dataDir, QStringLiteral("admin"),
                                                        QStringLiteral("Amira Haddad"), kAdminPassword,
                                                        ledgerOptions(m_clock));
    QVERIFY2(init.ok(), qPrintable(init.message()));
    m_workstation = std::make_unique<services::Workstation>(m_dataDir, ledgerOptions(m_clock));
    m_session = std::make_unique<ui::SessionController>(*m_workstation, m_clock.clock());
    m_session->start();

    // A few blocks: staff accounts register their keys on the chain.
    QVERIFY(signIn(QStringLiteral("admin"), kAdminPassword));
    m_session->runner().waitForIdle();
    const char *names[][2] = {{"cmartin", "Dr. Claire Martin"}, {"pkowalski", "Piotr Kowalski"},
                              {"jdupont", "Dr. Jeanne Dupont"}, {"lbernard", "Léa Bernard"}};
    for (int i = 0; i < 4; ++i) {
        const auto created = m_workstation->staff().create(QString::fromUtf8(names[i][0]),
                                                           QString::fromUtf8(names[i][1]),
                                                           i % 2 == 0 ? Role::Doctor : Role::Nurse, kStaffPassword);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        if (i != 1) {
            seal(); // blocks 1 (admin + cmartin), 2 (pkowalski + jdupont), 3 (lbernard)
        }
    }
}

void TestGuiLedger::cleanupTestCase()
{
    m_session.reset();
}

void TestGuiLedger::seal()
{
    m_session->runner().waitForIdle();
    m_clock.advance(5);
    const auto sealed = m_workstation->sealNow();
    QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
}

ui::MainWindow *TestGuiLedger::signIn(const QString &username, const QString &password)
{
    if (m_session->mainWindow()) {
        m_session->signOut();
    }
    typeLogin(m_session->loginWindow(), username, password);
    (void)QTest::qWaitFor([this] { return m_session->mainWindow() || m_session->changePasswordDialog(); }, 15000);
    return m_session->mainWindow();
}

ui::LedgerPage *TestGuiLedger::ledgerPage()
{
    ui::MainWindow *main = m_session->mainWindow();
    if (!main || main->user().role != Role::Admin) {
        main = signIn(QStringLiteral("admin"), kAdminPassword);
    }
    if (!main || !main->ledgerPage()) {
        return nullptr;
    }
    ui::LedgerPage *page = main->ledgerPage();
    QSignalSpy refreshed(page, &ui::LedgerPage::refreshed);
    if (main->currentSection() == ui::Section::Ledger) {
        page->refresh();
    } else {
        main->showSection(ui::Section::Ledger); // shown: refreshes by itself
    }
    (void)QTest::qWaitFor([&] { return !refreshed.isEmpty() && !page->isBusy(); }, 15000);
    return page;
}

ServiceRunner::CancelFlag TestGuiLedger::blockLongJobs(QObject *context, bool *done)
{
    return m_session->runner().runLong(
        context,
        [](services::Workstation &, const ServiceRunner::ProgressFn &, const std::atomic<bool> *cancel) {
            while (!cancel->load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            return 0;
        },
        [](quint64, quint64) {}, [done](int) { *done = true; });
}

void TestGuiLedger::listsBlocksAfterSealing()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    QVERIFY(page->overview().has_value());
    QCOMPARE(page->overview()->height, quint64(3));
    QCOMPARE(page->overview()->pendingTransactions, 0);
    QVERIFY(page->overview()->thisNodeIsValidator);
    QCOMPARE(page->blockModel()->rowCount(), 4); // genesis and three sealed blocks
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("chainHeightValue"))->text(), QStringLiteral("3"));
    QLabel *tip = page->findChild<QLabel *>(QStringLiteral("tipHashValue"));
    QCOMPARE(tip->toolTip(), QString::fromLatin1(page->overview()->tipHash.toHex()));
    QVERIFY(tip->toolTip().startsWith(tip->text()));

    // Newest first, the tip selected.
    const QAbstractItemModel *view = page->blockView()->model();
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(view->index(row, ui::BlockTableModel::Height).data().toString(), QString::number(3 - row));
    }
    QVERIFY(page->selectedBlock().has_value());
    QCOMPARE(page->selectedBlock()->hash, page->overview()->tipHash);
    QCOMPARE(view->index(0, ui::BlockTableModel::Turn).data().toString(), QStringLiteral("In turn"));
    QCOMPARE(view->index(3, ui::BlockTableModel::Producer).data().toString(), QStringLiteral("genesis"));

    // Another block is sealed; Refresh (F5) shows it.
    m_session->runner().waitForIdle();
    QVERIFY(m_workstation->staff().resetPassword(m_workstation->staff().list()->last().id,
                                                 QStringLiteral("another temporary one")).ok());
    seal();
    QSignalSpy refreshed(page, &ui::LedgerPage::refreshed);
    QTest::keyClick(page->blockView(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page->isBusy(), 15000);
    QCOMPARE(page->blockModel()->rowCount(), 5);
    QCOMPARE(page->overview()->height, quint64(4));
}

void TestGuiLedger::selectingABlockShowsItsTransactions()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    const QAbstractItemModel *view = page->blockView()->model();
    int row = -1;
    for (int r = 0; r < view->rowCount(); ++r) {
        if (view->index(r, ui::BlockTableModel::Height).data(ui::BlockTableModel::SortRole).toULongLong() == 1) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QSignalSpy loaded(page, &ui::LedgerPage::transactionsLoaded);
    QTest::mouseClick(page->blockView()->viewport(), Qt::LeftButton, {},
                      page->blockView()->visualRect(view->index(row, ui::BlockTableModel::Hash)).center());
    QCOMPARE(page->selectedBlock()->height, quint64(1));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy(), 15000);
    QCOMPARE(page->transactionModel()->rowCount(), 2); // the administrator and cmartin
    QCOMPARE(page->transactionModel()->rowCount(), page->selectedBlock()->transactionCount);
    const QAbstractItemModel *txs = page->transactionView()->model();
    for (int r = 0; r < txs->rowCount(); ++r) {
        QCOMPARE(txs->index(r, ui::TransactionTableModel::Type).data().toString(),
                 QStringLiteral("User key registration"));
        QCOMPARE(txs->index(r, ui::TransactionTableModel::Subject).data().toString().size(), 16);
    }
    QLabel *hash = page->findChild<QLabel *>(QStringLiteral("blockHashValue"));
    QCOMPARE(hash->text(), QString::fromLatin1(page->selectedBlock()->hash.toHex()));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("merkleRootValue"))->text(),
             QString::fromLatin1(page->selectedBlock()->merkleRoot.toHex()));

    // The arrow keys move to the next block and its transactions follow.
    loaded.clear();
    page->blockView()->setFocus();
    QTest::keyClick(page->blockView(), Qt::Key_Up);
    QCOMPARE(page->selectedBlock()->height, quint64(2));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !page->isBusy(), 15000);
    QCOMPARE(page->transactionModel()->rowCount(), 2); // pkowalski and jdupont
}

void TestGuiLedger::loadOlderPagesBack()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    page->setPageSize(2);
    page->blockModel()->clear();
    QSignalSpy refreshed(page, &ui::LedgerPage::refreshed);
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page->isBusy(), 15000);
    QCOMPARE(page->blockModel()->rowCount(), 2);
    QPushButton *older = button(page, "loadOlderButton");
    QVERIFY(older->isEnabled());
    refreshed.clear();
    QTest::mouseClick(older, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page->isBusy(), 15000);
    QCOMPARE(page->blockModel()->rowCount(), 4);
    // Down to the oldest block the service pages back to; then the button turns off.
    for (int click = 0; click < 3 && older->isEnabled(); ++click) {
        refreshed.clear();
        QTest::mouseClick(older, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !page->isBusy(), 15000);
    }
    QVERIFY(!older->isEnabled());
    QVERIFY(page->blockModel()->rowCount() >= 4);
    QVERIFY(*page->blockModel()->oldestHeight() <= 1);
    const QAbstractItemModel *view = page->blockView()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        QCOMPARE(view->index(row, ui::BlockTableModel::Height).data().toString(), QString::number(4 - row));
    }
    page->setPageSize(50);
}

void TestGuiLedger::verifyCleanLedger()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    ui::VerifyPanel *verify = page->verifyPanel();
    QSignalSpy finished(verify, &ui::VerifyPanel::finished);
    QTest::mouseClick(verify->verifyButton(), Qt::LeftButton);
    QVERIFY(verify->isRunning() || !finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QVERIFY(!verify->isRunning());
    QVERIFY(verify->verifyButton()->isEnabled());
    QVERIFY(!verify->cancelButton()->isEnabled());
    QVERIFY2(verify->summaryText().contains(QStringLiteral("no problems")), qPrintable(verify->summaryText()));
    // The list of counts follows the locale's list pattern ("a, b, c" or "a, b, and c").
    QVERIFY2(verify->summaryText().startsWith(QStringLiteral("Ledger verified: 5 blocks, 6 transactions, ")),
             qPrintable(verify->summaryText()));
    QVERIFY2(verify->summaryText().endsWith(QStringLiteral("0 records, no problems.")),
             qPrintable(verify->summaryText()));
    QCOMPARE(verify->problemsModel()->rowCount(), 0);
    QVERIFY(verify->lastResult() && verify->lastResult()->ok());
    QCOMPARE(verify->progressBar()->value(), verify->progressBar()->maximum());
}

void TestGuiLedger::cancelStopsVerification()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    ui::VerifyPanel *verify = page->verifyPanel();
    bool blockerDone = false;
    const ServiceRunner::CancelFlag blocker = blockLongJobs(page, &blockerDone);

    QSignalSpy finished(verify, &ui::VerifyPanel::finished);
    QSignalSpy running(verify, &ui::VerifyPanel::runningChanged);
    QTest::mouseClick(verify->verifyButton(), Qt::LeftButton);
    QVERIFY(verify->isRunning());
    QVERIFY(!verify->verifyButton()->isEnabled());
    QVERIFY(verify->cancelButton()->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("verifyButton"))->isEnabled());
    QTest::mouseClick(verify->cancelButton(), Qt::LeftButton);
    QVERIFY(!verify->cancelButton()->isEnabled());
    blocker->store(true); // the verification starts now, already cancelled
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QTRY_VERIFY(blockerDone);
    QVERIFY2(verify->summaryText().startsWith(QStringLiteral("Verification cancelled")),
             qPrintable(verify->summaryText()));
    QVERIFY(verify->lastResult() && verify->lastResult()->cancelled);
    QVERIFY(verify->verifyButton()->isEnabled());
    QCOMPARE(running.count(), 2);
}

void TestGuiLedger::signingOutDuringVerification()
{
    // Queued behind another long job: sign-out cancels both and waits for them.
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    bool blockerDone = false;
    const ServiceRunner::CancelFlag blocker = blockLongJobs(page, &blockerDone);
    QTest::mouseClick(page->verifyPanel()->verifyButton(), Qt::LeftButton);
    QVERIFY(page->verifyPanel()->isRunning());
    QPointer<ui::LedgerPage> guard(page);
    QTest::mouseClick(button(m_session->mainWindow(), "signOutButton"), Qt::LeftButton);
    QVERIFY(blocker->load());
    QVERIFY(m_session->runner().isIdle());
    QVERIFY(!m_workstation->isLoggedIn());
    QTRY_VERIFY(guard.isNull()); // the window and its pages went with the session

    // A verification actually walking the chain when the user signs out.
    page = ledgerPage();
    QVERIFY(page);
    QTest::mouseClick(page->verifyPanel()->verifyButton(), Qt::LeftButton);
    m_session->signOut();
    QVERIFY(m_session->runner().isIdle());
    QVERIFY(!m_workstation->isLoggedIn());
    QTest::qWait(50); // any queued progress or result must find nobody, not a dangling page

    // And the next session works as before.
    page = ledgerPage();
    QVERIFY(page);
    QCOMPARE(page->blockModel()->rowCount(), 5);
}

static QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) && w->accessibleName().isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                                       w->objectName());
        }
    }
    return unnamed;
}

void TestGuiLedger::everyControlHasAnAccessibleName()
{
    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    QVERIFY2(unnamedControls(page).isEmpty(), qPrintable(unnamedControls(page).join(QLatin1Char(','))));
    // Tab order: the page's buttons, the blocks, the transactions, then verification.
    QCOMPARE(button(page, "refreshButton")->nextInFocusChain(), static_cast<QWidget *>(button(page, "loadOlderButton")));
}

void TestGuiLedger::doctorHasNoLedgerSection()
{
    QVERIFY(ledgerPage());
    m_session->signOut();
    // Claire sets her own password once, outside the widgets.
    QVERIFY(m_workstation->login(QStringLiteral("cmartin"), kStaffPassword).ok());
    QVERIFY(m_workstation->changeOwnPassword(kStaffPassword, kDoctorPassword).ok());
    m_workstation->logout();

    ui::MainWindow *main = signIn(QStringLiteral("cmartin"), kDoctorPassword);
    QVERIFY(main);
    QCOMPARE(main->user().role, Role::Doctor);
    QVERIFY(!main->sections().contains(ui::Section::Ledger));
    QVERIFY(!main->sectionTitles().contains(QStringLiteral("Ledger")));
    QVERIFY(main->ledgerPage() == nullptr);
    QVERIFY(main->findChild<ui::LedgerPage *>() == nullptr);
    // And the service agrees, whatever a front end shows.
    m_session->runner().waitForIdle();
    QCOMPARE(m_workstation->ledger().overview().code(), services::ServiceError::PermissionDenied);
    m_session->signOut();
}

void TestGuiLedger::tamperedBlockIsNamed()
{
    QVERIFY(ledgerPage());
    m_session->signOut();
    {
        // The attacker with the database key alters one byte of block 2's stored header.
        auto unlocked = core::WorkstationStore::unlock(m_dataDir, QStringLiteral("admin"), kAdminPassword);
        QVERIFY(unlocked.ok());
        core::Database &db = unlocked->store->database();
        auto read = db.prepare("SELECT header FROM ledger_blocks WHERE on_main = 1 AND height = 2");
        QVERIFY(read.ok());
        const auto has = read->step();
        QVERIFY(has.ok() && *has);
        QByteArray header = read->blob(0);
        read->reset();
        header[header.size() - 1] = char(header.at(header.size() - 1) ^ 0x01);
        auto write = db.prepare("UPDATE ledger_blocks SET header = ?1 WHERE on_main = 1 AND height = 2");
        QVERIFY(write.ok());
        write->bindBlob(1, header);
        QVERIFY(write->run().ok());
    }

    ui::LedgerPage *page = ledgerPage();
    QVERIFY(page);
    ui::VerifyPanel *verify = page->verifyPanel();
    QSignalSpy finished(verify, &ui::VerifyPanel::finished);
    QTest::keyClick(page->blockView(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    if (!verify->isRunning() && finished.isEmpty()) {
        QTest::mouseClick(verify->verifyButton(), Qt::LeftButton); // no active window offscreen
    }
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QVERIFY2(verify->problemsModel()->rowCount() >= 1, qPrintable(verify->summaryText()));
    const QStringList problems = verify->problemsModel()->stringList();
    QVERIFY2(problems.first().startsWith(QStringLiteral("block 2 (")), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(verify->problemsView()->isVisible());
    QVERIFY2(verify->summaryText().startsWith(QStringLiteral("1 problem found")) ||
                 verify->summaryText().contains(QStringLiteral(" problems found")),
             qPrintable(verify->summaryText()));
    QVERIFY(!verify->summaryText().contains(QStringLiteral("no problems")));
    QCOMPARE(verify->findChild<ui::MessageLabel *>(QStringLiteral("verifySummary"))->kind(),
             ui::MessageLabel::Kind::Error);
}

QTEST_MAIN(TestGuiLedger)
#include "tst_gui_ledger.moc"
