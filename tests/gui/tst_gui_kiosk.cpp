// The patient kiosk through its widgets: an administrator's sign-in opens it; a patient signs
// in with the on-screen keypad and sees exactly their own prescriptions; wrong PINs lock the
// record number; leaving the kiosk takes an administrator's password and nothing else (no
// key, no close, no context menu); and the idle sign-out leaves nothing of the patient in
// any widget.

#include "RecordsTestSupport.h"

#include "services/ChartService.h"
#include "services/KioskService.h"
#include "ui/AuditLogPage.h"
#include "ui/GrantTableModel.h"
#include "ui/IdleWatcher.h"
#include "ui/KioskSettingsAction.h"
#include "ui/KioskGuard.h"
#include "ui/KioskHomePage.h"
#include "ui/KioskLeavePage.h"
#include "ui/KioskLoginPage.h"
#include "ui/KioskWindow.h"
#include "ui/LedgerPage.h"
#include "ui/MessageLabel.h"
#include "ui/PinKeypad.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/RecordsUi.h"
#include "ui/StaffAdminPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStandardItemModel>

using namespace careledger;
using namespace careledger::gui_testing;

namespace {

const QString kAlicePin = QStringLiteral("482916");
const QString kBobPin = QStringLiteral("731945");

core::Prescription prescription(const QString &medication, const QString &strength)
{
    core::Prescription p;
    p.medication = medication;
    p.strength = strength;
    p.form = QStringLiteral("tablet");
    p.dose = 1;
    p.doseUnit = QStringLiteral("tablet");
    p.route = QStringLiteral("oral");
    p.frequency = QStringLiteral("twice daily");
    p.durationDays = 30;
    p.quantity = 60;
    p.quantityUnit = QStringLiteral("tablet");
    return p;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

// Every text a person could read in the window: line edits, labels, combo boxes, item views
// (every cell of every model, headers included), the window title.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        texts << edit->text() << edit->placeholderText();
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        texts << label->text() << label->accessibleDescription();
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i) {
            texts << combo->itemText(i);
        }
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model) {
            continue;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                texts << model->index(row, column).data().toString();
            }
        }
    }
    return texts;
}

} // namespace

class TestGuiKiosk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void adminSignInOpensTheKiosk();
    void staffScreensAreUnreachable();
    void patientSignsInWithTheKeypad();
    void vitalsAndAccessShowOnlyTheirOwn();
    void wrongPinsLockTheRecordNumber();
    void keysCloseAndMenusDoNotLeave();
    void patientChangesTheirPin();
    void idleSignOutLeavesNothingBehind();
    void leavingNeedsAnAdministratorsPassword();
    void administratorsOpenItFromTheMenuOrOnSignIn();

private:
    ui::KioskWindow *kiosk() const { return m_clinic.session().kioskWindow(); }
    void typeOnKeypad(QLineEdit *edit, const QString &digits);
    bool signInPatient(const QString &mrn, const QString &pin);
    void signOutPatient();

    mutable RecordsClinic m_clinic;
    services::PatientSummary m_alice;
    services::PatientSummary m_bob;
};

void TestGuiKiosk::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto alice = m_clinic.registerPatient(
        person(QStringLiteral("Alicja"), QStringLiteral("Wróblewska"), QDate(1961, 5, 14), core::Sex::Female));
    const auto bob = m_clinic.registerPatient(
        person(QStringLiteral("Bartholomew"), QStringLiteral("Okonkwo"), QDate(1978, 11, 2), core::Sex::Male));
    QVERIFY(alice && bob);
    m_alice = *alice;
    m_bob = *bob;

    services::Workstation &ws = m_clinic.workstation();
    QVERIFY(ws.login(QStringLiteral("cmartin"), kDoctorPassword).ok());
    QVERIFY(ws.charts().prescribe(m_alice.id, prescription(QStringLiteral("Metformin"), QStringLiteral("500 mg"))).ok());
    const auto finished = ws.charts().prescribe(m_alice.id, prescription(QStringLiteral("Amoxicillin"), QStringLiteral("250 mg")));
    QVERIFY(finished.ok());
    QVERIFY(ws.charts()
                .setPrescriptionStatus(m_alice.id, *finished, core::PrescriptionStatus::Completed,
                                       QStringLiteral("Course finished"))
                .ok());
    QVERIFY(ws.charts().prescribe(m_bob.id, prescription(QStringLiteral("Warfarin"), QStringLiteral("5 mg"))).ok());
    ws.logout();

    QVERIFY(ws.login(QStringLiteral("admin"), kAdminPassword).ok());
    QVERIFY(ws.kiosk().setPatientPin(m_alice.id, kAlicePin).ok());
    QVERIFY(ws.kiosk().setPatientPin(m_bob.id, kBobPin).ok());
    ws.logout();

    m_clinic.startGui();
    ui::KioskOptions options;
    options.idleTimeout = std::chrono::minutes(10); // the idle test shortens it
    options.fullScreen = true;
    m_clinic.session().setKioskOptions(options);
    m_clinic.session().setKioskRequested(true);
}

void TestGuiKiosk::cleanupTestCase()
{
    m_clinic.stopGui();
}

void TestGuiKiosk::typeOnKeypad(QLineEdit *edit, const QString &digits)
{
    edit->setFocus();
    ui::PinKeypad *keypad = kiosk()->loginPage()->keypad();
    QTest::mouseClick(keypad->clearButton(), Qt::LeftButton);
    for (const QChar c : digits) {
        QTest::mouseClick(keypad->digitButton(c.digitValue()), Qt::LeftButton);
    }
}

bool TestGuiKiosk::signInPatient(const QString &mrn, const QString &pin)
{
    ui::KioskLoginPage *login = kiosk()->loginPage();
    typeOnKeypad(login->mrnEdit(), digitsOf(mrn));
    typeOnKeypad(login->pinEdit(), pin);
    bool finished = false;
    bool succeeded = false;
    const auto connection = QObject::connect(login, &ui::KioskLoginPage::attemptFinished, login, [&](bool ok) {
        finished = true;
        succeeded = ok;
    });
    QTest::mouseClick(login->signInButton(), Qt::LeftButton);
    const bool inTime = QTest::qWaitFor([&] { return finished; }, 15000);
    QObject::disconnect(connection);
    return inTime && succeeded;
}

void TestGuiKiosk::signOutPatient()
{
    if (kiosk()->isPatientSignedIn()) {
        QTest::mouseClick(kiosk()->homePage()->signOutButton(), Qt::LeftButton);
    }
    m_clinic.runnerIdle();
    QCoreApplication::processEvents();
}

void TestGuiKiosk::adminSignInOpensTheKiosk()
{
    typeLogin(m_clinic.session().loginWindow(), QStringLiteral("admin"), kAdminPassword);
    QVERIFY(QTest::qWaitFor([this] { return kiosk() && kiosk()->isVisible(); }, 15000));
    ui::KioskWindow *window = kiosk();
    QVERIFY(window->isFullScreen());
    QVERIFY(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    QVERIFY(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    QCOMPARE(window->currentPage(), window->loginPage());
    QVERIFY(!m_clinic.session().loginWindow()->isVisible());
    m_clinic.runnerIdle();
    QVERIFY(m_clinic.workstation().kiosk().inKiosk());
    QVERIFY(!m_clinic.workstation().isLoggedIn());

    // Touch-sized: every button and line edit of the kiosk at least 48 px each way.
    QCoreApplication::processEvents();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if ((qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w)) && w->isVisible()) {
            QVERIFY2(w->height() >= 48 && w->width() >= 48, qPrintable(w->objectName()));
        }
    }
}

void TestGuiKiosk::staffScreensAreUnreachable()
{
    QVERIFY(kiosk());
    QVERIFY(m_clinic.session().mainWindow() == nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (QWidget *w : QApplication::allWidgets()) {
        QVERIFY2(!qobject_cast<ui::MainWindow *>(w), "a staff main window exists");
        QVERIFY(!qobject_cast<ui::PatientsPage *>(w));
        QVERIFY(!qobject_cast<ui::StaffAdminPage *>(w));
        QVERIFY(!qobject_cast<ui::LedgerPage *>(w));
        QVERIFY(!qobject_cast<ui::AuditLogPage *>(w));
    }
    QVERIFY(kiosk()->findChildren<QMenuBar *>().isEmpty());
    QVERIFY(kiosk()->findChildren<QMenu *>().isEmpty());
    // The staff session itself is gone, not only its window.
    m_clinic.runnerIdle();
    const auto search = m_clinic.workstation().patients().search(QStringLiteral("ok"));
    QVERIFY(!search.ok());
    QCOMPARE(search.code(), services::ServiceError::NotLoggedIn);
}

void TestGuiKiosk::patientSignsInWithTheKeypad()
{
    QVERIFY(signInPatient(m_alice.mrn, kAlicePin));
    ui::KioskHomePage *home = kiosk()->homePage();
    QCOMPARE(kiosk()->currentPage(), home);
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->currentModel()->rowCount() > 0; }, 15000));

    QStringList current;
    for (const services::PrescriptionItem &item : home->currentModel()->items()) {
        current << item.prescription.medication;
    }
    QStringList past;
    for (const services::PrescriptionItem &item : home->pastModel()->items()) {
        past << item.prescription.medication;
    }
    QCOMPARE(current, QStringList{QStringLiteral("Metformin")});
    QCOMPARE(past, QStringList{QStringLiteral("Amoxicillin")});
    const QString all = visibleTexts(kiosk()).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Alicja")));
    QVERIFY(!all.contains(QStringLiteral("Warfarin")));
    QVERIFY(!all.contains(QStringLiteral("Okonkwo")));

    // The page to save or print, with its code, after a touch on the prescription.
    ui::selectTableRow(home->currentView(), 0);
    QVERIFY(QTest::qWaitFor([home] { return home->document().has_value() && !home->isBusy(); }, 15000));
    QVERIFY(!home->previewLabel()->pixmap().isNull());
    QVERIFY(home->savePdfButton()->isEnabled());
    QCOMPARE(home->document()->prescription.medication, QStringLiteral("Metformin"));
    QVERIFY(!home->document()->verificationCode.isEmpty());
}

void TestGuiKiosk::vitalsAndAccessShowOnlyTheirOwn()
{
    ui::KioskHomePage *home = kiosk()->homePage();
    QVERIFY(kiosk()->isPatientSignedIn());
    bool vitals = false;
    const auto connection = QObject::connect(home, &ui::KioskHomePage::vitalsLoaded, home, [&] { vitals = true; });
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("navVitals")), Qt::LeftButton);
    QCOMPARE(home->currentSection(), ui::KioskHomePage::VitalsSection);
    QVERIFY(QTest::qWaitFor([&] { return vitals; }, 15000));
    QObject::disconnect(connection);
    // No device ever measured this patient: every sign says so.
    QVERIFY(home->vitalsModel()->rowCount() > 0);
    for (int row = 0; row < home->vitalsModel()->rowCount(); ++row) {
        QCOMPARE(home->vitalsModel()->index(row, 1).data().toString(), QStringLiteral("No readings"));
    }

    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("navAccess")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->grantModel()->rowCount() > 0; }, 15000));
    // The registering clinic's grant of this patient.
    QVERIFY(home->grantModel()->grants().first().registrationDefault);

    // The patient gives the nurse access for a week, then takes it away again.
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("kioskGrantStaffButton")), Qt::LeftButton);
    auto *grantee = home->findChild<QComboBox *>(QStringLiteral("kioskGranteeCombo"));
    QVERIFY(QTest::qWaitFor([home, grantee] { return !home->isBusy() && grantee->count() > 0; }, 15000));
    const int nurse = grantee->findData(QStringLiteral("pkowalski"));
    QVERIFY(nurse >= 0);
    grantee->setCurrentIndex(nurse);
    auto *length = home->findChild<QComboBox *>(QStringLiteral("kioskGrantLengthCombo"));
    length->setCurrentIndex(length->findData(7));
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("kioskGrantConfirmButton")), Qt::LeftButton);
    const auto nurseRow = [home]() -> int {
        const QList<services::AccessGrant> &grants = home->grantModel()->grants();
        for (int row = 0; row < grants.size(); ++row) {
            if (grants.at(row).granteeUsername == QStringLiteral("pkowalski")) {
                return row;
            }
        }
        return -1;
    };
    QVERIFY(QTest::qWaitFor([&] { return !home->isBusy() && nurseRow() >= 0; }, 15000));
    services::AccessGrant granted = home->grantModel()->grants().at(nurseRow());
    QVERIFY(granted.active);
    QCOMPARE(granted.expiresAt, m_clinic.clock().clock()().addDays(7));

    ui::selectTableRow(home->grantView(), nurseRow());
    QPushButton *revoke = home->findChild<QPushButton *>(QStringLiteral("kioskRevokeButton"));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("kioskRevokeConfirmButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] {
        return !home->isBusy() && nurseRow() >= 0 && home->grantModel()->grants().at(nurseRow()).revokedAt.isValid();
    }, 15000));
    QCOMPARE(home->grantModel()->grants().at(nurseRow()).revokeReason, QStringLiteral("I no longer see this doctor or nurse"));
}

void TestGuiKiosk::wrongPinsLockTheRecordNumber()
{
    signOutPatient();
    ui::KioskLoginPage *login = kiosk()->loginPage();
    QCOMPARE(kiosk()->currentPage(), login);
    for (int attempt = 1; attempt <= 5; ++attempt) {
        QVERIFY(!signInPatient(m_bob.mrn, QStringLiteral("000111")));
        if (attempt < 5) {
            QVERIFY2(login->messageText().contains(QStringLiteral("not right")), qPrintable(login->messageText()));
        }
    }
    QVERIFY2(login->messageText().contains(QStringLiteral("Too many wrong PINs")), qPrintable(login->messageText()));
    QVERIFY2(login->messageText().contains(QStringLiteral("try again at")), qPrintable(login->messageText()));
    QVERIFY(!login->signInButton()->isEnabled());
    QVERIFY(!kiosk()->isPatientSignedIn());
    // Even the right PIN waits for the lockout to end.
    m_clinic.runnerIdle();
    QVERIFY(m_clinic.workstation().kiosk().patientLockedUntil(m_bob.mrn).isValid());
    // Another record number is not locked.
    login->mrnEdit()->clear();
    QTest::keyClicks(login->mrnEdit(), digitsOf(m_alice.mrn));
    QVERIFY(login->signInButton()->isEnabled());
    login->reset();
}

void TestGuiKiosk::keysCloseAndMenusDoNotLeave()
{
    ui::KioskWindow *window = kiosk();
    QVERIFY(signInPatient(m_alice.mrn, kAlicePin));
    const int blockedBefore = window->guard()->blockedCount();
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, Qt::Key_Escape);
    QTest::keyClick(target, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(target, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(target, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(target, Qt::Key_F11);
    QVERIFY(window->guard()->blockedCount() >= blockedBefore + 6);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());

    // No context menu anywhere: not on a line edit, not on a table.
    window->homePage()->showSection(ui::KioskHomePage::PinSection);
    QLineEdit *pin = window->homePage()->findChild<QLineEdit *>(QStringLiteral("kioskCurrentPinEdit"));
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(5, 5), pin->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(pin, &menuEvent);
    QContextMenuEvent viewMenu(QContextMenuEvent::Keyboard, QPoint(5, 5), QPoint(5, 5));
    QCoreApplication::sendEvent(window->homePage()->currentView()->viewport(), &viewMenu);
    QCoreApplication::processEvents();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        QVERIFY2(!(qobject_cast<QMenu *>(w) && w->isVisible()), "a context menu opened");
    }

    m_clinic.runnerIdle();
    QVERIFY(m_clinic.workstation().kiosk().inKiosk());
    QVERIFY(window->isPatientSignedIn());
    QVERIFY(m_clinic.session().mainWindow() == nullptr);
    window->homePage()->showSection(ui::KioskHomePage::PrescriptionsSection);
}

void TestGuiKiosk::patientChangesTheirPin()
{
    ui::KioskHomePage *home = kiosk()->homePage();
    QVERIFY(kiosk()->isPatientSignedIn());
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("navPin")), Qt::LeftButton);
    auto *current = home->findChild<QLineEdit *>(QStringLiteral("kioskCurrentPinEdit"));
    auto *next = home->findChild<QLineEdit *>(QStringLiteral("kioskNewPinEdit"));
    auto *repeat = home->findChild<QLineEdit *>(QStringLiteral("kioskRepeatPinEdit"));
    auto *save = home->findChild<QPushButton *>(QStringLiteral("kioskSavePinButton"));
    const QString newPin = QStringLiteral("590274");
    const auto attempt = [&](const QString &a, const QString &b, const QString &c) {
        typeInto(current, a);
        typeInto(next, b);
        typeInto(repeat, c);
        QTest::mouseClick(save, Qt::LeftButton);
        (void)QTest::qWaitFor([home] { return !home->isBusy(); }, 15000);
        return home->pinMessage();
    };
    QVERIFY(attempt(kAlicePin, QStringLiteral("123456"), QStringLiteral("123456")).contains(QStringLiteral("run")));
    QVERIFY(attempt(kAlicePin, newPin, QStringLiteral("590275")).contains(QStringLiteral("not the same")));
    QVERIFY(attempt(QStringLiteral("111222"), newPin, newPin).contains(QStringLiteral("not right")));
    QVERIFY(attempt(kAlicePin, newPin, newPin).contains(QStringLiteral("saved")));
    QVERIFY(current->text().isEmpty() && next->text().isEmpty() && repeat->text().isEmpty());

    signOutPatient();
    QVERIFY(!signInPatient(m_alice.mrn, kAlicePin));
    QVERIFY(signInPatient(m_alice.mrn, newPin));
    // Back to the PIN the other tests use.
    home->showSection(ui::KioskHomePage::PinSection);
    QVERIFY(attempt(newPin, kAlicePin, kAlicePin).contains(QStringLiteral("saved")));
    home->showSection(ui::KioskHomePage::PrescriptionsSection);
}

void TestGuiKiosk::idleSignOutLeavesNothingBehind()
{
    ui::KioskWindow *window = kiosk();
    ui::KioskHomePage *home = window->homePage();
    QVERIFY(window->isPatientSignedIn());
    // Everything a patient can open, opened: prescriptions with the page preview, vitals,
    // access with a form, a half-typed PIN change.
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->currentModel()->rowCount() > 0; }, 15000));
    ui::selectTableRow(home->currentView(), 0);
    QVERIFY(QTest::qWaitFor([home] { return home->document().has_value() && !home->isBusy(); }, 15000));
    home->showSection(ui::KioskHomePage::VitalsSection);
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->vitalsModel()->rowCount() > 0; }, 15000));
    home->showSection(ui::KioskHomePage::AccessSection);
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->grantModel()->rowCount() > 0; }, 15000));
    QTest::mouseClick(home->findChild<QPushButton *>(QStringLiteral("kioskGrantStaffButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([home] {
        return !home->isBusy() && home->findChild<QComboBox *>(QStringLiteral("kioskGranteeCombo"))->count() > 0;
    }, 15000));
    home->showSection(ui::KioskHomePage::PinSection);
    QTest::keyClicks(home->findChild<QLineEdit *>(QStringLiteral("kioskCurrentPinEdit")), kAlicePin);
    const QString before = visibleTexts(window).join(QLatin1Char('\n'));
    QVERIFY(before.contains(QStringLiteral("Wróblewska")));
    QVERIFY(before.contains(m_alice.mrn));
    QVERIFY(before.contains(QStringLiteral("Metformin")));

    // A short idle time, as an administrator could set it: the countdown, then the sign-out.
    window->idleWatcher()->setTimeout(std::chrono::milliseconds(2500), std::chrono::milliseconds(2000));
    window->idleWatcher()->start();
    QVERIFY(QTest::qWaitFor([window] { return window->countdownBanner()->isVisible(); }, 5000));
    QVERIFY2(window->countdownBanner()->text().startsWith(QStringLiteral("Signing out in ")),
             qPrintable(window->countdownBanner()->text()));
    QVERIFY(window->countdownBanner()->text().contains(QStringLiteral("touch the screen to stay")));
    QVERIFY(QTest::qWaitFor([window] { return !window->isPatientSignedIn(); }, 5000));
    m_clinic.runnerIdle();
    QCoreApplication::processEvents();

    QCOMPARE(window->currentPage(), window->loginPage());
    QVERIFY(!m_clinic.workstation().kiosk().currentPatient().has_value());
    QVERIFY(home->previewLabel()->pixmap().isNull());
    QVERIFY(!home->document().has_value());
    QCOMPARE(home->currentModel()->rowCount(), 0);
    QCOMPARE(home->pastModel()->rowCount(), 0);
    QCOMPARE(home->vitalsModel()->rowCount(), 0);
    QCOMPARE(home->grantModel()->rowCount(), 0);
    const QStringList after = visibleTexts(window);
    const QStringList forbidden{m_alice.givenName, m_alice.familyName, m_alice.mrn, digitsOf(m_alice.mrn),
                                QStringLiteral("Metformin"), QStringLiteral("Amoxicillin"), kAlicePin,
                                QStringLiteral("Dr. Claire Martin")};
    for (const QString &text : after) {
        for (const QString &secret : forbidden) {
            QVERIFY2(!text.contains(secret), qPrintable(QStringLiteral("“%1” still shows “%2”").arg(text, secret)));
        }
    }
    window->idleWatcher()->setTimeout(std::chrono::minutes(10), std::chrono::seconds(15));
    window->idleWatcher()->start();
}

void TestGuiKiosk::leavingNeedsAnAdministratorsPassword()
{
    ui::KioskWindow *window = kiosk();
    QTest::mouseClick(window->loginPage()->staffButton(), Qt::LeftButton);
    ui::KioskLeavePage *leave = window->leavePage();
    QCOMPARE(window->currentPage(), leave);

    const auto attempt = [leave](const QString &username, const QString &password) {
        typeInto(leave->usernameEdit(), username);
        typeInto(leave->passwordEdit(), password);
        bool finished = false;
        bool succeeded = false;
        const auto connection = QObject::connect(leave, &ui::KioskLeavePage::attemptFinished, leave, [&](bool ok) {
            finished = true;
            succeeded = ok;
        });
        QTest::mouseClick(leave->leaveButton(), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return finished; }, 15000);
        QObject::disconnect(connection);
        return succeeded;
    };
    QVERIFY(!attempt(QStringLiteral("admin"), QStringLiteral("not the password")));
    QVERIFY(!leave->messageText().isEmpty());
    QVERIFY(!attempt(QStringLiteral("pkowalski"), kNursePassword)); // a nurse cannot close it
    QVERIFY(window->isVisible());
    m_clinic.runnerIdle();
    QVERIFY(m_clinic.workstation().kiosk().inKiosk());

    QVERIFY(attempt(QStringLiteral("admin"), kAdminPassword));
    QVERIFY(QTest::qWaitFor([this] { return m_clinic.session().loginWindow()->isVisible(); }, 15000));
    QVERIFY(m_clinic.session().kioskWindow() == nullptr);
    m_clinic.runnerIdle();
    QVERIFY(!m_clinic.workstation().kiosk().inKiosk());
    QVERIFY(!m_clinic.workstation().isLoggedIn());
    // Back to the staff login: a doctor signs in to the ordinary workstation.
    QVERIFY(m_clinic.signIn(QStringLiteral("cmartin"), kDoctorPassword));
}

void TestGuiKiosk::administratorsOpenItFromTheMenuOrOnSignIn()
{
    // A doctor has neither the kiosk entry nor its setting; every staff member can check codes.
    ui::MainWindow *doctor = m_clinic.session().mainWindow();
    QVERIFY(doctor);
    QVERIFY(!doctor->findChild<QAction *>(QStringLiteral("openKioskAction")));
    QVERIFY(!doctor->findChild<ui::KioskSettingsAction *>());
    QVERIFY(m_clinic.patientsPage()->findChild<QPushButton *>(QStringLiteral("verifyCodeButton")));

    ui::MainWindow *admin = m_clinic.signIn(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin);
    QVERIFY(m_clinic.patientsPage()->findChild<QPushButton *>(QStringLiteral("verifyCodeButton")));
    auto *onStart = admin->findChild<ui::KioskSettingsAction *>();
    QVERIFY(onStart);
    QVERIFY(QTest::qWaitFor([onStart] { return !onStart->isLoading(); }, 15000));
    QVERIFY(!onStart->isChecked());
    onStart->trigger();
    m_clinic.runnerIdle();
    QCoreApplication::processEvents();
    QVERIFY(onStart->isChecked());
    QVERIFY(m_clinic.workstation().kiosk().kioskOnStart().value());

    // The menu entry: the staff window goes, the kiosk comes.
    admin->findChild<QAction *>(QStringLiteral("openKioskAction"))->trigger();
    QVERIFY(QTest::qWaitFor([this] { return kiosk() && kiosk()->isVisible(); }, 15000));
    QVERIFY(m_clinic.session().mainWindow() == nullptr);
    ui::KioskLeavePage *leave = kiosk()->leavePage();
    QTest::mouseClick(kiosk()->loginPage()->staffButton(), Qt::LeftButton);
    typeInto(leave->usernameEdit(), QStringLiteral("admin"));
    typeInto(leave->passwordEdit(), kAdminPassword);
    QTest::mouseClick(leave->leaveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return m_clinic.session().loginWindow()->isVisible(); }, 15000));

    // The setting: the next administrator's sign-in opens the kiosk by itself ...
    typeLogin(m_clinic.session().loginWindow(), QStringLiteral("admin"), kAdminPassword);
    QVERIFY(QTest::qWaitFor([this] { return kiosk() && kiosk()->isVisible(); }, 15000));
    QTest::mouseClick(kiosk()->loginPage()->staffButton(), Qt::LeftButton);
    typeInto(kiosk()->leavePage()->usernameEdit(), QStringLiteral("admin"));
    typeInto(kiosk()->leavePage()->passwordEdit(), kAdminPassword);
    QTest::mouseClick(kiosk()->leavePage()->leaveButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return m_clinic.session().loginWindow()->isVisible(); }, 15000));

    // ... while a nurse gets the workstation, told that an administrator opens the kiosk.
    ui::MainWindow *nurse = m_clinic.signIn(QStringLiteral("pkowalski"), kNursePassword);
    QVERIFY(nurse);
    QVERIFY(kiosk() == nullptr);
    QVERIFY(QTest::qWaitFor([nurse] { return nurse->statusBar()->currentMessage().contains(QStringLiteral("kiosk")); }, 5000));
}

// The kiosk runs full screen: an offscreen screen the size of a small kiosk display (the
// default offscreen screen is 800 x 600, smaller than any kiosk), so that every button a
// patient touches is on the screen.
int main(int argc, char **argv)
{
    const QString config = QDir::temp().filePath(
        QStringLiteral("careledger-kiosk-screen-%1.json").arg(QCoreApplication::applicationPid()));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 1;
        }
        file.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1366, "height": 860,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
    int result = 0;
    {
        QApplication app(argc, argv);
        TestGuiKiosk test;
        result = QTest::qExec(&test, argc, argv);
    }
    QFile::remove(config);
    return result;
}
#include "tst_gui_kiosk.moc"
