// Setting a patient's kiosk PIN while registering them: the PIN follows the kiosk's rule,
// the confirmation must match, leaving both empty registers the patient without a PIN, and
// a PIN given at registration lets the patient sign in at the kiosk.

#include "RecordsTestSupport.h"

#include "services/KioskService.h"
#include "ui/RegistrationDialog.h"

#include <QDateEdit>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiRegistrationPin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void weakPinBlocksSave();
    void differentConfirmationBlocksSave();
    void noPinRegistersWithoutOne();
    void pinGivenAtRegistrationSignsInAtTheKiosk();

private:
    ui::RegistrationDialog *openFilledRegistration(const QString &given, const QString &family);
    std::optional<services::PatientSummary> save(ui::RegistrationDialog *dialog);

    RecordsClinic m_clinic;
    std::optional<services::PatientSummary> m_withoutPin;
    std::optional<services::PatientSummary> m_withPin;
};

void TestGuiRegistrationPin::initTestCase()
{
    QVERIFY(m_clinic.create());
    m_clinic.startGui();
    QVERIFY(m_clinic.signIn(QStringLiteral("admin"), kAdminPassword));
}

void TestGuiRegistrationPin::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::RegistrationDialog *TestGuiRegistrationPin::openFilledRegistration(const QString &given, const QString &family)
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    if (!page) {
        return nullptr;
    }
    QPushButton *registerButton = button(page, "registerPatientButton");
    if (!registerButton || !registerButton->isVisible()) {
        return nullptr;
    }
    QTest::mouseClick(registerButton, Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::RegistrationDialog>(page);
    if (!dialog) {
        return nullptr;
    }
    typeInto(dialog->givenNameEdit(), given);
    typeInto(dialog->familyNameEdit(), family);
    dialog->birthDateEdit()->setFocus();
    dialog->birthDateEdit()->setDate(QDate(1979, 9, 23));
    return dialog;
}

std::optional<services::PatientSummary> TestGuiRegistrationPin::save(ui::RegistrationDialog *dialog)
{
    std::optional<services::PatientSummary> registered;
    QObject::connect(dialog, &ui::RegistrationDialog::registered, dialog,
                     [&](const services::PatientSummary &patient) { registered = patient; });
    QPointer<ui::RegistrationDialog> guard(dialog);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    (void)QTest::qWaitFor([&] { return guard.isNull() || !guard->isVisible(); }, 15000);
    m_clinic.runnerIdle();
    return registered;
}

void TestGuiRegistrationPin::weakPinBlocksSave()
{
    auto *dialog = openFilledRegistration(QStringLiteral("Ilse"), QStringLiteral("Varga"));
    QVERIFY(dialog);
    QVERIFY(dialog->pinEdit());
    QCOMPARE(dialog->pinEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->acceptButton()->isEnabled()); // no PIN is a valid choice

    // Letters are not taken; nine digits are cut to eight.
    typeInto(dialog->pinEdit(), QStringLiteral("12ab"));
    QCOMPARE(dialog->pinEdit()->text(), QStringLiteral("12"));
    typeInto(dialog->pinEdit(), QStringLiteral("123456789"));
    QCOMPARE(dialog->pinEdit()->text(), QStringLiteral("12345678"));

    typeInto(dialog->pinEdit(), QStringLiteral("123456"));
    typeInto(dialog->pinRepeatEdit(), QStringLiteral("123456"));
    const auto rule = services::KioskService::pinProblem(QStringLiteral("123456"));
    QVERIFY(rule.has_value());
    QCOMPARE(dialog->fieldMessage(QStringLiteral("pin")), *rule);
    QVERIFY(!dialog->acceptButton()->isEnabled());

    // A good PIN with its confirmation makes Save available again.
    typeInto(dialog->pinEdit(), QStringLiteral("482915"));
    typeInto(dialog->pinRepeatEdit(), QStringLiteral("482915"));
    QVERIFY(dialog->fieldMessage(QStringLiteral("pin")).isEmpty());
    QVERIFY(dialog->acceptButton()->isEnabled());

    // Cancelling wipes the PIN from the fields.
    QPointer<ui::RegistrationDialog> guard(dialog);
    QLineEdit *pin = dialog->pinEdit();
    QLineEdit *repeat = dialog->pinRepeatEdit();
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    if (!guard.isNull()) {
        QVERIFY(pin->text().isEmpty());
        QVERIFY(repeat->text().isEmpty());
    }
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 5000);
}

void TestGuiRegistrationPin::differentConfirmationBlocksSave()
{
    auto *dialog = openFilledRegistration(QStringLiteral("Ilse"), QStringLiteral("Varga"));
    QVERIFY(dialog);
    typeInto(dialog->pinEdit(), QStringLiteral("482915"));
    QVERIFY(!dialog->acceptButton()->isEnabled()); // the confirmation is still missing
    typeInto(dialog->pinRepeatEdit(), QStringLiteral("482951"));
    QCOMPARE(dialog->fieldMessage(QStringLiteral("pinRepeat")), QStringLiteral("The two PINs differ."));
    QVERIFY(!dialog->acceptButton()->isEnabled());

    // Emptying both fields leaves the PIN for later and Save available.
    typeInto(dialog->pinEdit(), QString());
    typeInto(dialog->pinRepeatEdit(), QString());
    QVERIFY(dialog->fieldMessage(QStringLiteral("pin")).isEmpty());
    QVERIFY(dialog->fieldMessage(QStringLiteral("pinRepeat")).isEmpty());
    QVERIFY(dialog->acceptButton()->isEnabled());

    QPointer<ui::RegistrationDialog> guard(dialog);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 5000);
}

void TestGuiRegistrationPin::noPinRegistersWithoutOne()
{
    auto *dialog = openFilledRegistration(QStringLiteral("Ilse"), QStringLiteral("Varga"));
    QVERIFY(dialog);
    m_withoutPin = save(dialog);
    QVERIFY(m_withoutPin.has_value());
    const auto hasPin = m_clinic.workstation().kiosk().hasPin(m_withoutPin->id);
    QVERIFY2(hasPin.ok(), qPrintable(hasPin.message()));
    QVERIFY(!hasPin.value());
}

void TestGuiRegistrationPin::pinGivenAtRegistrationSignsInAtTheKiosk()
{
    auto *dialog = openFilledRegistration(QStringLiteral("Oskar"), QStringLiteral("Lindqvist"));
    QVERIFY(dialog);
    typeInto(dialog->pinEdit(), QStringLiteral("482915"));
    typeInto(dialog->pinRepeatEdit(), QStringLiteral("482915"));
    QVERIFY(dialog->acceptButton()->isEnabled());
    m_withPin = save(dialog);
    QVERIFY(m_withPin.has_value());
    const auto hasPin = m_clinic.workstation().kiosk().hasPin(m_withPin->id);
    QVERIFY2(hasPin.ok(), qPrintable(hasPin.message()));
    QVERIFY(hasPin.value());

    // At the kiosk the patient signs in with the record number and that PIN.
    m_clinic.stopGui();
    services::Workstation &ws = m_clinic.workstation();
    if (!ws.isLoggedIn()) {
        QVERIFY(ws.login(QStringLiteral("admin"), kAdminPassword).ok());
    }
    const auto kiosk = ws.kiosk().enterKiosk();
    QVERIFY2(kiosk.ok(), qPrintable(kiosk.message()));
    const auto session = ws.kiosk().patientLogin(m_withPin->mrn, QStringLiteral("482915"));
    QVERIFY2(session.ok(), qPrintable(session.message()));
    QCOMPARE(session->patient, m_withPin->id);
    ws.kiosk().patientLogout();
    // The patient registered without a PIN cannot sign in.
    QVERIFY(!ws.kiosk().patientLogin(m_withoutPin->mrn, QStringLiteral("482915")).ok());
}

QTEST_MAIN(TestGuiRegistrationPin)
#include "tst_gui_registration_pin.moc"
