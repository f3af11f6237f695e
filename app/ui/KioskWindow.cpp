#include "ui/KioskWindow.h"

#include "ui/IdleWatcher.h"
#include "ui/KioskGuard.h"
#include "ui/KioskHomePage.h"
#include "ui/KioskLeavePage.h"
#include "ui/KioskLoginPage.h"
#include "ui/KioskStyle.h"
#include "ui/MessageLabel.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

KioskWindow::KioskWindow(ServiceRunner &runner, services::Clock clock, KioskOptions options, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_runner(runner),
      m_options(std::move(options))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("CareLedger — Patient kiosk"));
    setAttribute(Qt::WA_StyledBackground);
    setContextMenuPolicy(Qt::NoContextMenu);
    kiosk::setFontScale(this, 1.0);
    setStyleSheet(kiosk::styleSheet());
    setMinimumSize(1024, 700);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *brand = new QWidget(this);
    brand->setObjectName(QStringLiteral("kioskBrand"));
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(28, 12, 28, 0);
    auto *logo = new QLabel(brand);
    logo->setPixmap(logoPixmap(40));
    logo->setFixedSize(40, 40);
    logo->setAccessibleName(tr("CareLedger logo"));
    brandLayout->addWidget(logo);
    auto *name = new QLabel(tr("CareLedger · Patient kiosk"), brand);
    kiosk::setFontScale(name, 1.0, true);
    brandLayout->addWidget(name);
    brandLayout->addStretch(1);
    layout->addWidget(brand);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("countdownBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAlignment(Qt::AlignCenter);
    kiosk::setFontScale(m_banner, 1.2, true);
    m_banner->hide();
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(28, 8, 28, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);

    m_stack = new QStackedWidget(this);
    m_login = new KioskLoginPage(runner, clock, this);
    m_home = new KioskHomePage(runner, clock, this);
    m_leave = new KioskLeavePage(runner, this);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_leave);
    layout->addWidget(m_stack, 1);
    m_home->setSaveDirectory(m_options.saveDirectory);

    m_guard = new KioskGuard(this);
    m_idle = new IdleWatcher(this);
    m_idle->setTimeout(m_options.idleTimeout, m_options.idleWarning);

    connect(m_login, &KioskLoginPage::signedIn, this, &KioskWindow::onSignedIn);
    connect(m_login, &KioskLoginPage::staffRequested, this, [this] {
        m_login->reset();
        m_leave->reset();
        m_stack->setCurrentWidget(m_leave);
        m_leave->usernameEdit()->setFocus();
    });
    connect(m_leave, &KioskLeavePage::backRequested, this, &KioskWindow::showLogin);
    connect(m_leave, &KioskLeavePage::left, this, &KioskWindow::onLeft);
    connect(m_home, &KioskHomePage::signOutRequested, this, &KioskWindow::signOutPatient);
    connect(m_home, &KioskHomePage::sessionEnded, this, [this](const QString &message) {
        signOutPatient();
        if (!message.isEmpty()) {
            m_login->messageLabel()->showError(message);
        }
    });
    connect(m_idle, &IdleWatcher::countdown, this, &KioskWindow::onIdleCountdown);
    connect(m_idle, &IdleWatcher::stillHere, m_banner, &QWidget::hide);
    connect(m_idle, &IdleWatcher::timedOut, this, &KioskWindow::onIdleTimeout);
    kiosk::propagateFonts(this);
}

KioskWindow::~KioskWindow()
{
    m_guard->setActive(false);
}

void KioskWindow::start()
{
    m_left = false;
    m_guard->setActive(true);
    showLogin();
    if (m_options.fullScreen) {
        showFullScreen();
    } else {
        show();
    }
    raise();
    activateWindow();
    m_idle->start();
    m_login->mrnEdit()->setFocus();
}

QWidget *KioskWindow::currentPage() const
{
    return m_stack->currentWidget();
}

bool KioskWindow::isPatientSignedIn() const
{
    return m_home->session().has_value();
}

void KioskWindow::showLogin()
{
    m_banner->hide();
    m_leave->reset();
    m_login->reset();
    m_stack->setCurrentWidget(m_login);
    m_login->mrnEdit()->setFocus();
}

void KioskWindow::onSignedIn(const services::PatientSession &session)
{
    m_login->reset();
    m_home->open(session);
    m_stack->setCurrentWidget(m_home);
    m_idle->start();
    Q_EMIT patientSignedIn();
}

void KioskWindow::signOutPatient()
{
    const bool wasSignedIn = isPatientSignedIn();
    // The screens first, at once: nothing of this patient stays visible while the service
    // call waits its turn on the worker thread.
    m_home->clear();
    showLogin();
    m_runner.run(
        this, [](services::Workstation &ws) {
            ws.kiosk().patientLogout();
            return true;
        },
        [](bool) {});
    m_idle->start();
    if (wasSignedIn) {
        Q_EMIT patientSignedOut();
    }
}

bool KioskWindow::hasSomethingToClear() const
{
    return isPatientSignedIn() || m_login->hasInput() || !m_login->messageText().isEmpty()
        || m_stack->currentWidget() == m_leave;
}

void KioskWindow::onIdleCountdown(int secondsLeft)
{
    if (!hasSomethingToClear()) {
        m_banner->hide();
        return;
    }
    m_banner->setText(isPatientSignedIn()
                          ? tr("Signing out in %1 s — touch the screen to stay").arg(secondsLeft)
                          : tr("Clearing the screen in %1 s — touch the screen to stay").arg(secondsLeft));
    m_banner->show();
}

void KioskWindow::onIdleTimeout()
{
    m_banner->hide();
    if (isPatientSignedIn()) {
        signOutPatient();
    } else {
        showLogin();
        m_idle->start();
    }
}

void KioskWindow::onLeft()
{
    m_left = true;
    m_idle->stop();
    m_guard->setActive(false);
    m_home->clear();
    m_login->reset();
    m_banner->hide();
    hide();
    Q_EMIT left();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4, the window manager's close, a stray close(): only an administrator leaves.
    if (!m_left) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_left || !isVisible()) {
        return;
    }
    if (event->type() == QEvent::WindowStateChange && m_options.fullScreen && !isFullScreen()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_left) {
                showFullScreen();
            }
        });
    } else if (event->type() == QEvent::ActivationChange && !isActiveWindow()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_left && isVisible()) {
                raise();
            }
        });
    }
}

} // namespace careledger::ui
