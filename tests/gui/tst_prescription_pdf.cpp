// A patient saves a prescription as PDF at the kiosk; the file is a real PDF carrying the
// verification code the services issued, and staff checking that code in the "Verify
// prescription code" dialog read "valid" until the doctor amends the prescription, then
// "superseded"; a code nobody issued reads "unknown".

#include "RecordsTestSupport.h"

#include "services/ChartService.h"
#include "services/KioskService.h"
#include "ui/KioskHomePage.h"
#include "ui/KioskLoginPage.h"
#include "ui/KioskWindow.h"
#include "ui/MessageLabel.h"
#include "ui/PrescriptionPdf.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/VerifyCodeDialog.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>

using namespace careledger;
using namespace careledger::gui_testing;

namespace {

const QString kPin = QStringLiteral("582047");

core::Prescription metformin()
{
    core::Prescription p;
    p.medication = QStringLiteral("Metformin");
    p.strength = QStringLiteral("500 mg");
    p.form = QStringLiteral("tablet");
    p.dose = 1;
    p.doseUnit = QStringLiteral("tablet");
    p.route = QStringLiteral("oral");
    p.frequency = QStringLiteral("twice daily");
    p.durationDays = 30;
    p.quantity = 60;
    p.quantityUnit = QStringLiteral("tablet");
    p.instructions = QStringLiteral("with meals");
    return p;
}

QByteArray utf16be(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

} // namespace

class TestPrescriptionPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void kioskSavesAPdfWithTheCode();
    void staffDialogSaysValid();
    void amendedPrescriptionReadsSuperseded();
    void codeNobodyIssuedReadsUnknown();
    void previewIsAPage();

private:
    services::PrescriptionCheck check(const QString &code);

    RecordsClinic m_clinic;
    QTemporaryDir m_usbStick;
    services::PatientSummary m_patient;
    QByteArray m_recordId;
    QString m_code;
    QString m_pdfPath;
    std::optional<services::PrescriptionDocument> m_document;
};

void TestPrescriptionPdf::initTestCase()
{
    QVERIFY(m_clinic.create());
    QVERIFY(m_usbStick.isValid());
    const auto patient = m_clinic.registerPatient(
        person(QStringLiteral("Ilse"), QStringLiteral("Vanderbeke"), QDate(1949, 8, 3), core::Sex::Female));
    QVERIFY(patient);
    m_patient = *patient;
    services::Workstation &ws = m_clinic.workstation();
    QVERIFY(ws.login(QStringLiteral("cmartin"), kDoctorPassword).ok());
    const auto prescribed = ws.charts().prescribe(m_patient.id, metformin());
    QVERIFY(prescribed.ok());
    m_recordId = *prescribed;
    ws.logout();
    QVERIFY(ws.login(QStringLiteral("admin"), kAdminPassword).ok());
    QVERIFY(ws.kiosk().setPatientPin(m_patient.id, kPin).ok());
    QVERIFY(ws.kiosk().enterKiosk().ok());
}

void TestPrescriptionPdf::cleanupTestCase()
{
    m_clinic.workstation().logout();
}

void TestPrescriptionPdf::kioskSavesAPdfWithTheCode()
{
    ui::ServiceRunner runner(m_clinic.workstation());
    ui::KioskOptions options;
    options.saveDirectory = m_usbStick.path();
    options.fullScreen = false;
    ui::KioskWindow window(runner, m_clinic.clock().clock(), options);
    window.start();
    ui::KioskLoginPage *login = window.loginPage();
    typeInto(login->mrnEdit(), m_patient.mrn);
    typeInto(login->pinEdit(), kPin);
    QTest::mouseClick(login->signInButton(), Qt::LeftButton);
    ui::KioskHomePage *home = window.homePage();
    QVERIFY(QTest::qWaitFor([home] { return !home->isBusy() && home->currentModel()->rowCount() == 1; }, 15000));
    ui::selectTableRow(home->currentView(), 0);
    QVERIFY(QTest::qWaitFor([home] { return home->document().has_value() && !home->isBusy(); }, 15000));
    m_document = home->document();

    QSignalSpy saved(home, &ui::KioskHomePage::pdfSaved);
    QTest::mouseClick(home->savePdfButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    m_pdfPath = saved.first().first().toString();
    QVERIFY(m_pdfPath.startsWith(m_usbStick.path()));
    QVERIFY2(home->prescriptionMessage().contains(QStringLiteral("Saved as")), qPrintable(home->prescriptionMessage()));

    QFile file(m_pdfPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.size() > 1000);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));

    // The code is the service's, for this very prescription and version, and the file carries it.
    runner.waitForIdle();
    const auto document = m_clinic.workstation().kiosk().prescriptionDocument(m_recordId);
    QVERIFY(document.ok());
    m_code = document->verificationCode;
    QCOMPARE(m_document->verificationCode, m_code);
    QCOMPARE(m_document->recordId, m_recordId);
    QVERIFY(pdf.contains(utf16be(ui::PrescriptionPdf::groupedCode(m_code))));
    QCOMPARE(ui::PrescriptionPdf::groupedCode(m_code).size(), 39); // 8 groups of 4, 7 dashes

    // Signing out drops the page.
    QTest::mouseClick(home->signOutButton(), Qt::LeftButton);
    runner.waitForIdle();
    QVERIFY(!home->document().has_value());
    QVERIFY(home->previewLabel()->pixmap().isNull());
}

services::PrescriptionCheck TestPrescriptionPdf::check(const QString &code)
{
    ui::ServiceRunner runner(m_clinic.workstation());
    ui::VerifyCodeDialog dialog(runner);
    dialog.show();
    typeInto(dialog.codeEdit(), code);
    QSignalSpy checked(&dialog, &ui::VerifyCodeDialog::checked);
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return checked.count() > 0 || (!dialog.isBusy() && dialog.messageLabel()->isVisible()); }, 15000)
        || !dialog.lastCheck()) {
        return {};
    }
    return *dialog.lastCheck();
}

void TestPrescriptionPdf::staffDialogSaysValid()
{
    QVERIFY(!m_code.isEmpty());
    services::Workstation &ws = m_clinic.workstation();
    QVERIFY(ws.kiosk().leaveKiosk(QStringLiteral("admin"), kAdminPassword).ok());
    QVERIFY(ws.login(QStringLiteral("cmartin"), kDoctorPassword).ok());

    // As printed, and as a person types it: lower case, spaces instead of dashes.
    for (const QString &typed : {ui::PrescriptionPdf::groupedCode(m_code),
                                 ui::PrescriptionPdf::groupedCode(m_code).toLower().replace(QLatin1Char('-'), QLatin1Char(' '))}) {
        const services::PrescriptionCheck result = check(typed);
        QCOMPARE(result.status, services::PrescriptionCodeStatus::Current);
        QCOMPARE(result.recordId, m_recordId);
        QCOMPARE(result.mrn, m_patient.mrn);
        QVERIFY(result.printed.has_value());
        QCOMPARE(result.printed->medication, QStringLiteral("Metformin"));
    }
}

void TestPrescriptionPdf::amendedPrescriptionReadsSuperseded()
{
    services::Workstation &ws = m_clinic.workstation();
    core::Prescription amended = metformin();
    amended.dose = 2;
    amended.quantity = 120;
    QVERIFY(ws.charts().amendPrescription(m_patient.id, m_recordId, amended, QStringLiteral("Glucose above target")).ok());
    // The check reads the chain: the amendment counts once sealed (the seal timer's next turn).
    QVERIFY(ws.sealNow().ok());

    const services::PrescriptionCheck result = check(m_code);
    QCOMPARE(result.status, services::PrescriptionCodeStatus::Superseded);
    QCOMPARE(result.codeVersion, quint64(1));
    QCOMPARE(result.currentVersion, quint64(2));

    ui::ServiceRunner runner(ws);
    ui::VerifyCodeDialog dialog(runner);
    dialog.show();
    typeInto(dialog.codeEdit(), m_code);
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return dialog.lastCheck().has_value(); }, 15000));
    QVERIFY(dialog.verdictLabel()->text().startsWith(QStringLiteral("Superseded")));
    QVERIFY(dialog.detailsLabel()->text().contains(QStringLiteral("Metformin")));
}

void TestPrescriptionPdf::codeNobodyIssuedReadsUnknown()
{
    // Same shape, other characters: well formed, matches nothing (or fails the check digits).
    QString forged = ui::PrescriptionPdf::groupedCode(m_code);
    const int at = 5;
    forged[at] = forged[at] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    ui::ServiceRunner runner(m_clinic.workstation());
    ui::VerifyCodeDialog dialog(runner);
    dialog.show();
    typeInto(dialog.codeEdit(), forged);
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 15000));
    if (dialog.lastCheck()) {
        QCOMPARE(dialog.lastCheck()->status, services::PrescriptionCodeStatus::Unknown);
        QVERIFY(dialog.verdictLabel()->text().startsWith(QStringLiteral("Unknown")));
    } else {
        QVERIFY(dialog.messageLabel()->isVisible()); // rejected as malformed, with the reason
    }
    QVERIFY(dialog.isVisible()); // open for the next code

    typeInto(dialog.codeEdit(), QStringLiteral("not a code"));
    QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 15000));
    QVERIFY(dialog.messageLabel()->isVisible());
    QVERIFY(!dialog.verdictLabel()->isVisible());
}

void TestPrescriptionPdf::previewIsAPage()
{
    QVERIFY(m_document);
    const QImage page = ui::PrescriptionPdf::preview(*m_document, 600);
    QCOMPARE(page.width(), 600);
    QCOMPARE(page.height(), 849); // A4 proportions
    // Something was drawn: not a blank white sheet.
    int inked = 0;
    for (int y = 0; y < page.height(); y += 4) {
        for (int x = 0; x < page.width(); x += 4) {
            inked += page.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    QVERIFY(inked > 500);
    QCOMPARE(ui::PrescriptionPdf::suggestedFileName(*m_document).left(23), QStringLiteral("prescription-metformin-"));
}

QTEST_MAIN(TestPrescriptionPdf)
#include "tst_prescription_pdf.moc"
