// Blocks are sealed on the seal interval while someone is signed in through the windows,
// even though every service call runs on the GUI's worker thread.

#include "GuiTestSupport.h"

#include "services/LedgerService.h"
#include "services/StaffService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiSealing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitingTransactionsAreSealedOnTheInterval()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(QStringLiteral("clinic"));
        ManualClock clock;
        services::WorkstationOptions o = options(clock);
        o.sealInterval = std::chrono::milliseconds(50);
        const auto init = services::Workstation::initialize(dataDir, QStringLiteral("admin"),
                                                            QStringLiteral("Amira Haddad"), kAdminPassword, o);
        QVERIFY2(init.ok(), qPrintable(init.message()));

        services::Workstation workstation(dataDir, o);
        ui::SessionController session(workstation, clock.clock());
        session.start();
        typeLogin(session.loginWindow(), QStringLiteral("admin"), kAdminPassword);
        QTRY_VERIFY_WITH_TIMEOUT(session.mainWindow() != nullptr, 15000);

        // A new account registers its key on the chain: one transaction waits for a block.
        session.runner().waitForIdle();
        clock.advance(5);
        const auto created = workstation.staff().create(QStringLiteral("cmartin"), QStringLiteral("Dr. Claire Martin"),
                                                        services::Role::Doctor, kTemporaryPassword);
        QVERIFY2(created.ok(), qPrintable(created.message()));

        // Nobody calls sealNow(): the session's timer must get it into a block. The lambda runs
        // on the GUI thread, so no seal job can start between waitForIdle() and the read.
        const auto sealed = [&] {
            session.runner().waitForIdle();
            const auto overview = workstation.ledger().overview();
            return overview.ok() && overview->pendingTransactions == 0 && overview->height >= 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sealed(), 10000);
        session.signOut();
    }
};

QTEST_MAIN(TestGuiSealing)
#include "tst_gui_sealing.moc"
