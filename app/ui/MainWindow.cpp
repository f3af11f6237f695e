#include "ui/MainWindow.h"

#include "ui/AlertNotifier.h"
#include "ui/AlertsPage.h"
#include "ui/AuditLogPage.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/DevicesPage.h"
#include "ui/KioskSettingsAction.h"
#include "ui/LedgerPage.h"
#include "ui/LiveVitalsPage.h"
#include "ui/PatientsPage.h"
#include "ui/PlaceholderPage.h"
#include "ui/ServiceRunner.h"
#include "ui/StaffAdminPage.h"
#include "ui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace careledger::ui {

MainWindow::MainWindow(ServiceRunner &runner, services::StaffAccount user, services::Clock clock, QWidget *parent)
    : QMainWindow(parent), m_runner(runner), m_user(std::move(user)), m_clock(std::move(clock)),
      m_sections(sectionsForRole(m_user.role))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareLedger — %1 (%2)").arg(m_user.displayName, roleText()));
    resize(1120, 720);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(makeHeader());

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(central);
    int widest = 0;
    for (const Section section : m_sections) {
        auto *item = new QListWidgetItem(sectionTitle(section), m_navigation);
        item->setData(Qt::UserRole, int(section));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(item->text()));
        m_pages->addWidget(makePage(section));
    }
    m_navigation->setFixedWidth(qMax(200, widest + 56));
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    makeMenus();

    auto *who = new QLabel(tr("Signed in as %1 · %2").arg(m_user.displayName, roleText()), this);
    who->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(who, 1);
    const QString dir = QDir::toNativeSeparators(m_runner.dataDir());
    auto *where = new QLabel(tr("Clinic data: %1").arg(QChar(0x2066) + dir + QChar(0x2069)), this);
    where->setToolTip(dir);
    statusBar()->addPermanentWidget(where);

    if (!m_sections.isEmpty()) {
        m_navigation->setCurrentRow(0);
    }
    m_navigation->setFocus();
}

QString MainWindow::roleText() const
{
    return services::roleDisplayName(m_user.role);
}

QStringList MainWindow::sectionTitles() const
{
    QStringList titles;
    for (const Section section : m_sections) {
        titles << sectionTitle(section);
    }
    return titles;
}

void MainWindow::showSection(Section section)
{
    const qsizetype row = m_sections.indexOf(section);
    if (row >= 0) {
        m_navigation->setCurrentRow(int(row));
    }
}

Section MainWindow::currentSection() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row) : Section::Patients;
}

QWidget *MainWindow::makeHeader()
{
    auto *band = new QWidget(this);
    band->setObjectName(QStringLiteral("headerBand"));
    band->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(band);
    layout->setContentsMargins(18, 10, 18, 10);
    layout->setSpacing(12);

    auto *logo = new QLabel(band);
    logo->setPixmap(logoPixmap(32));
    logo->setFixedSize(32, 32);
    logo->setAccessibleName(tr("CareLedger logo"));
    layout->addWidget(logo);
    auto *name = new QLabel(tr("CareLedger"), band);
    makeHeading(name, 1.3);
    layout->addWidget(name);
    layout->addStretch(1);

    auto *user = new QLabel(band);
    user->setObjectName(QStringLiteral("headerUser"));
    user->setTextFormat(Qt::PlainText);
    user->setText(m_user.displayName);
    QFont bold = user->font();
    bold.setBold(true);
    user->setFont(bold);
    auto *role = new QLabel(roleText(), band);
    role->setObjectName(QStringLiteral("headerRole"));
    role->setAccessibleName(tr("Role"));
    auto *who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(user, 0, Qt::AlignTrailing);
    who->addWidget(role, 0, Qt::AlignTrailing);
    layout->addLayout(who);

    auto *signOut = new QPushButton(tr("Sign out"), band);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setAccessibleName(tr("Sign out"));
    signOut->setAutoDefault(false);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::signOutRequested);
    layout->addWidget(signOut);
    return band;
}

void MainWindow::makeMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    QAction *change = session->addAction(tr("Change &password…"));
    change->setObjectName(QStringLiteral("changePasswordAction"));
    connect(change, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *signOut = session->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    if (m_user.role == services::Role::Admin) {
        session->addSeparator();
        QAction *kiosk = session->addAction(tr("Open the patient &kiosk"));
        kiosk->setObjectName(QStringLiteral("openKioskAction"));
        connect(kiosk, &QAction::triggered, this, &MainWindow::kioskRequested);
        session->addAction(new KioskSettingsAction(m_runner, session));
    }
    session->addSeparator();
    QAction *quit = session->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section section = m_sections.at(i);
        QAction *action = go->addAction(sectionTitle(section));
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CareLedger"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CareLedger"),
                           tr("CareLedger %1\n\nA clinical workstation whose records are encrypted on disk and "
                              "whose every change is signed on a ledger shared by the clinics of a "
                              "health network.")
                               .arg(QApplication::applicationVersion()));
    });
}

QWidget *MainWindow::makePage(Section section)
{
    QWidget *page = nullptr;
    if (section == Section::StaffAccounts) {
        m_staffPage = new StaffAdminPage(m_runner, m_user, this);
        page = m_staffPage;
    } else if (section == Section::Ledger) {
        m_ledgerPage = new LedgerPage(m_runner, this);
        page = m_ledgerPage;
    } else if (section == Section::Patients) {
        m_patientsPage = new PatientsPage(m_runner, m_user, m_clock, this);
        page = m_patientsPage;
    } else if (section == Section::Devices) {
        m_devicesPage = new DevicesPage(m_runner, m_user, m_clock, this);
        page = m_devicesPage;
    } else if (section == Section::AuditLog) {
        m_auditLogPage = new AuditLogPage(m_runner, this);
        page = m_auditLogPage;
    } else if (section == Section::LiveVitals) {
        m_liveVitalsPage = new LiveVitalsPage(m_runner, m_clock, this);
        page = m_liveVitalsPage;
    } else if (section == Section::Alerts) {
        m_alertsPage = new AlertsPage(m_runner, this);
        page = m_alertsPage;
        connect(m_alertsPage, &AlertsPage::waitingCountChanged, this, &MainWindow::showAlertCount);
        m_alertNotifier = new AlertNotifier(m_runner.workstation().vitals(), this, [this](const services::PatientId &id) {
            QString mrn = m_alertsPage ? m_alertsPage->mrnOf(id) : QString();
            if (mrn.isEmpty() && m_liveVitalsPage) {
                mrn = m_liveVitalsPage->mrnOf(id); // an alert raised before the alert list reloaded
            }
            return mrn;
        });
        connect(m_alertsPage, &AlertsPage::refreshed, m_alertNotifier, &AlertNotifier::retryPending);
    } else {
        page = new PlaceholderPage(sectionTitle(section), this);
    }
    page->setProperty("section", sectionId(section));
    return page;
}

void MainWindow::showAlertCount(int waiting)
{
    const qsizetype row = m_sections.indexOf(Section::Alerts);
    if (row < 0) {
        return;
    }
    QListWidgetItem *item = m_navigation->item(int(row));
    const QString title = sectionTitle(Section::Alerts);
    item->setText(waiting > 0 ? tr("%1 (%2)").arg(title, QLocale().toString(waiting)) : title);
    item->setData(Qt::AccessibleTextRole, waiting > 0 ? tr("%1, %n waiting for acknowledgement", nullptr, waiting).arg(title)
                                                     : title);
}

void MainWindow::changePassword()
{
    auto *dialog = new ChangePasswordDialog(m_runner, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password was changed."), 8000); });
    dialog->open();
}

} // namespace careledger::ui
