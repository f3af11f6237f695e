// Bedside devices through the widgets, as an administrator does it: register a device, see
// its key once, save it as a provisioning file, pair it with a patient, unpair it.

#include "RecordsTestSupport.h"

#include "ui/DeviceDialogs.h"
#include "ui/DeviceTableModel.h"
#include "ui/DevicesPage.h"
#include "ui/MessageLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiDevices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerShowsTheKeyOnceAndSavesIt();
    void pairAndUnpair();
    void gatewayStatusIsShown();
    void hl7MonitorIsRegisteredByItsEui64();

private:
    ui::DevicesPage *devicesPage();
    QString cell(ui::DevicesPage *page, const QString &deviceId, int column) const;

    RecordsClinic m_clinic;
    std::optional<services::PatientSummary> m_patient;
    QString m_deviceId;
    QString m_keyHex;
};

void TestGuiDevices::initTestCase()
{
    QVERIFY(m_clinic.create());
    m_patient = m_clinic.registerPatient(person(QStringLiteral("Ingrid"), QStringLiteral("Halvorsen"), QDate(1951, 7, 3)));
    QVERIFY(m_patient);
    m_clinic.startGui();
    QVERIFY(m_clinic.signIn(QStringLiteral("admin"), kAdminPassword));
}

void TestGuiDevices::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::DevicesPage *TestGuiDevices::devicesPage()
{
    ui::MainWindow *main = m_clinic.session().mainWindow();
    if (!main) {
        return nullptr;
    }
    main->showSection(ui::Section::Devices);
    ui::DevicesPage *page = main->devicesPage();
    (void)QTest::qWaitFor([page] { return page && !page->isBusy(); }, 15000);
    return page;
}

QString TestGuiDevices::cell(ui::DevicesPage *page, const QString &deviceId, int column) const
{
    const int row = page->model()->rowOfDevice(deviceId);
    return row < 0 ? QString() : page->model()->index(row, column).data().toString();
}

void TestGuiDevices::registerShowsTheKeyOnceAndSavesIt()
{
    ui::DevicesPage *page = devicesPage();
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 0);

    QTest::mouseClick(button(page, "registerDeviceButton"), Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::RegisterDeviceDialog>(page);
    QVERIFY(dialog);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("pulse-oximeter")));
    typeInto(dialog->modelEdit(), QStringLiteral("Nonin 3231"));
    typeInto(dialog->serialEdit(), QStringLiteral("SN#4471"));
    // Told while typing, and refused locally.
    QCOMPARE(dialog->messageLabel()->kind(), ui::MessageLabel::Kind::Warning);
    QVERIFY(dialog->messageLabel()->isVisible());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageLabel()->kind(), ui::MessageLabel::Kind::Error);
    QVERIFY(dialog->isVisible());
    typeInto(dialog->serialEdit(), QStringLiteral("502-11873"));
    QVERIFY(!dialog->messageLabel()->isVisible());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

    auto *keyDialog = RecordsClinic::waitForDialog<ui::DeviceKeyDialog>(page);
    QVERIFY(keyDialog);
    m_deviceId = keyDialog->deviceIdEdit()->text();
    m_keyHex = keyDialog->keyEdit()->text();
    QVERIFY(m_deviceId.startsWith(QLatin1String("dev-")));
    QCOMPARE(m_keyHex.size(), 64);
    QVERIFY(QByteArray::fromHex(m_keyHex.toLatin1()).toHex() == m_keyHex.toLatin1());
    QVERIFY(keyDialog->keyEdit()->isReadOnly());
    QVERIFY(keyDialog->keyEdit()->font().styleHint() == QFont::Monospace);
    QVERIFY(keyDialog->findChild<ui::MessageLabel *>(QStringLiteral("keyWarning"))->text().contains(QLatin1String("only now")));

    // A provisioning file: new, owner-only, the device's line.
    const QString path = QDir(m_clinic.dir()).filePath(QStringLiteral("oximeter.key"));
    QSignalSpy saved(keyDialog, &ui::DeviceKeyDialog::provisioningFileSaved);
    keyDialog->saveProvisioningFileTo(path);
    QVERIFY(saved.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    file.close();
    const QByteArray line = QByteArray(m_deviceId.toUtf8() + ' ' + m_keyHex.toLatin1() + '\n');
    QVERIFY(content.contains(line));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QCOMPARE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));

    // Never over an existing file.
    keyDialog->saveProvisioningFileTo(path);
    QVERIFY(QTest::qWaitFor([keyDialog] {
        return !keyDialog->isBusy() && keyDialog->messageLabel()->kind() == ui::MessageLabel::Kind::Error;
    }, 10000));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    file.close();

    // Done: the key is gone from the screen, and the list never shows it.
    QTest::mouseClick(button(keyDialog, "doneButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([page] { return !page->isBusy() && page->model()->rowCount() == 1; }, 10000));
    QCOMPARE(cell(page, m_deviceId, ui::DeviceTableModel::Type), QStringLiteral("Pulse oximeter"));
    QCOMPARE(cell(page, m_deviceId, ui::DeviceTableModel::Serial), QStringLiteral("502-11873"));
    QCOMPARE(cell(page, m_deviceId, ui::DeviceTableModel::Patient), QStringLiteral("Not paired"));
    for (int c = 0; c < ui::DeviceTableModel::ColumnCount; ++c) {
        QVERIFY(!page->model()->index(0, c).data().toString().contains(m_keyHex, Qt::CaseInsensitive));
    }
    QVERIFY(page->messageText().contains(m_deviceId));
}

void TestGuiDevices::pairAndUnpair()
{
    QVERIFY(!m_deviceId.isEmpty());
    ui::DevicesPage *page = devicesPage();
    QVERIFY(page);
    page->view()->setFocus();
    page->selectDevice(m_deviceId);
    QVERIFY(button(page, "pairDeviceButton")->isEnabled());
    QVERIFY(!button(page, "unpairDeviceButton")->isEnabled()); // nothing to unpair yet

    QTest::mouseClick(button(page, "pairDeviceButton"), Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::PairDeviceDialog>(page);
    QVERIFY(dialog);
    // From now, by default.
    QCOMPARE(dialog->fromEdit()->dateTime().toUTC().date(), m_clinic.clock().clock()().date());
    typeInto(dialog->searchEdit(), QStringLiteral("halv"));
    QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isSearching() && dialog->patientList()->count() == 1; }, 10000));
    QVERIFY(dialog->patientList()->item(0)->text().contains(m_patient->mrn));
    dialog->patientList()->setCurrentRow(0);
    QSignalSpy refreshed(page, &ui::DevicesPage::refreshed);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(cell(page, m_deviceId, ui::DeviceTableModel::Patient), m_patient->mrn);
    QVERIFY(!cell(page, m_deviceId, ui::DeviceTableModel::PairedSince).isEmpty());
    QVERIFY(page->messageText().contains(m_patient->mrn));
    // The filter finds the device by the patient's record number.
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("deviceFilterEdit")), m_patient->mrn);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("deviceFilterEdit")), QStringLiteral("nothing like it"));
    QCOMPARE(page->view()->model()->rowCount(), 0);
    typeInto(page->findChild<QLineEdit *>(QStringLiteral("deviceFilterEdit")), QString());

    page->selectDevice(m_deviceId);
    QVERIFY(button(page, "unpairDeviceButton")->isEnabled());
    m_clinic.clock().advance(3600);
    QTest::mouseClick(button(page, "unpairDeviceButton"), Qt::LeftButton);
    auto *box = RecordsClinic::waitForDialog<QMessageBox>(page);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("confirmUnpairBox"));
    QVERIFY(box->text().contains(m_patient->mrn));
    QVERIFY(box->defaultButton() != box->findChild<QPushButton *>(QStringLiteral("confirmButton")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(cell(page, m_deviceId, ui::DeviceTableModel::Patient), QStringLiteral("Not paired"));
}

void TestGuiDevices::gatewayStatusIsShown()
{
    ui::DevicesPage *page = devicesPage();
    QVERIFY(page);
    QVERIFY(page->gatewayBox());
    QVERIFY(page->portCombo()->isEditable()); // /dev/pts/N is typed, not listed
    QSignalSpy shown(page, &ui::DevicesPage::gatewayStatusShown);
    QVERIFY(shown.wait(5000));
    QVERIFY(shown.wait(5000)); // refreshed again a second later, while the page is visible
    QVERIFY(!page->gatewayStateLabel()->text().isEmpty());
    QVERIFY(!page->rejectionsLabel()->text().isEmpty());
}

void TestGuiDevices::hl7MonitorIsRegisteredByItsEui64()
{
    ui::DevicesPage *page = devicesPage();
    QVERIFY(page);
    const int before = page->model()->rowCount();
    QTest::mouseClick(button(page, "registerDeviceButton"), Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::RegisterDeviceDialog>(page);
    QVERIFY(dialog);
    QVERIFY(!dialog->euiEdit()->isEnabled());
    dialog->protocolCombo()->setCurrentIndex(1);
    QVERIFY(dialog->euiEdit()->isEnabled());
    typeInto(dialog->modelEdit(), QStringLiteral("IntelliVue MX450"));
    typeInto(dialog->serialEdit(), QStringLiteral("DE55120"));
    typeInto(dialog->euiEdit(), QStringLiteral("00:09:5c:ff:fe:ab"));
    QCOMPARE(dialog->messageLabel()->kind(), ui::MessageLabel::Kind::Warning); // too short, told while typing
    typeInto(dialog->euiEdit(), QStringLiteral("00:09:5c:ff:fe:ab:cd:ef"));
    QVERIFY(!dialog->messageLabel()->isVisible());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    // No key to show: the page lists the monitor under the id it sends.
    QVERIFY(QTest::qWaitFor([page, before] { return !page->isBusy() && page->model()->rowCount() == before + 1; }, 10000));
    QVERIFY(page->model()->rowOfDevice(QStringLiteral("00095CFFFEABCDEF")) >= 0);
    QVERIFY(!page->findChild<ui::DeviceKeyDialog *>());
}

QTEST_MAIN(TestGuiDevices)
#include "tst_gui_devices.moc"
