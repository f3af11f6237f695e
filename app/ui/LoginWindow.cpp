#include "ui/LoginWindow.h"

#include "ui/MessageLabel.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include <QAction>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

#include <optional>

namespace careledger::ui {

using services::ServiceError;

struct LoginWindow::Outcome {
    std::optional<services::StaffAccount> account;
    ServiceError code = ServiceError::WrongCredentials;
    QString message;
    QDateTime lockedUntil;
};

namespace {

// Keeps a path readable inside right-to-left text (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069).
QString isolatedLtr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QWidget *makeHeaderBand(QWidget *parent)
{
    auto *band = new QWidget(parent);
    band->setObjectName(QStringLiteral("headerBand"));
    band->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(band);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(16);

    auto *logo = new QLabel(band);
    logo->setPixmap(logoPixmap(56));
    logo->setFixedSize(56, 56);
    logo->setAccessibleName(LoginWindow::tr("CareLedger logo"));
    layout->addWidget(logo);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *name = new QLabel(LoginWindow::tr("CareLedger"), band);
    makeHeading(name, 1.7);
    auto *tagline = new QLabel(LoginWindow::tr("Clinical workstation"), band);
    titles->addWidget(name);
    titles->addWidget(tagline);
    layout->addLayout(titles);
    // Not stretched: a label aligns by its text's own direction, so the Latin product
    // name would sit at the far edge of an Arabic window.
    layout->addStretch(1);
    return band;
}

} // namespace

LoginWindow::LoginWindow(ServiceRunner &runner, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(std::move(clock))
{
    setWindowTitle(tr("CareLedger — Sign in"));
    setObjectName(QStringLiteral("loginWindow"));
    setMinimumSize(460, 540);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(makeHeaderBand(this));

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(36, 26, 36, 22);
    bodyLayout->setSpacing(14);

    auto *heading = new QLabel(tr("Sign in"), body);
    makeHeading(heading, 1.35);
    bodyLayout->addWidget(heading);

    const QString dir = QDir::toNativeSeparators(m_runner.dataDir());
    auto *where = new QLabel(body);
    where->setObjectName(QStringLiteral("secondaryText"));
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setText(tr("Clinic data: %1").arg(isolatedLtr(dir)));
    where->setToolTip(dir);
    where->setAccessibleName(tr("Clinic data directory"));
    where->setAccessibleDescription(dir);
    bodyLayout->addWidget(where);

    m_notice = new QLabel(body);
    m_notice->setProperty("kind", QStringLiteral("warning"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    bodyLayout->addWidget(m_notice);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    m_username = new QLineEdit(body);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_username->setMaxLength(64);
    m_password = new QLineEdit(body);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *userLabel = new QLabel(tr("&User name"), body);
    userLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password"), body);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);
    bodyLayout->addLayout(form);

    m_message = new MessageLabel(body);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    bodyLayout->addWidget(m_message);

    m_signIn = new QPushButton(tr("&Sign in"), body);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(34);
    bodyLayout->addWidget(m_signIn);
    bodyLayout->addStretch(1);

    auto *footer = new QLabel(tr("Your password unlocks this workstation's encrypted clinic data. "
                                 "Nothing is readable without it."),
                              body);
    footer->setObjectName(QStringLiteral("secondaryText"));
    footer->setWordWrap(true);
    bodyLayout->addWidget(footer);
    outer->addWidget(body, 1);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_signIn);

    // QWidget has no default-button handling of its own: Enter in either field signs in.
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty()) {
            m_password->setFocus();
        } else {
            submit();
        }
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::submit);
    connect(m_signIn, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_username, &QLineEdit::textChanged, this, &LoginWindow::updateSignInEnabled);

    auto *quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::WindowShortcut);
    connect(quit, &QAction::triggered, this, &LoginWindow::quitRequested);
    addAction(quit);

    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &LoginWindow::updateCountdown);

    m_username->setFocus();
}

void LoginWindow::reset()
{
    m_countdown.stop();
    m_lockedUser.clear();
    m_lockedUntil = QDateTime();
    m_username->clear();
    m_password->clear();
    m_message->clearMessage();
    setBusy(false);
    m_username->setFocus();
}

void LoginWindow::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginWindow::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QDateTime LoginWindow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void LoginWindow::submit()
{
    if (m_busy || !m_signIn->isEnabled()) {
        return;
    }
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty()) {
        m_message->showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_message->showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Signing in…"));
    m_runner.run(
        this,
        [username, password](services::Workstation &ws) {
            Outcome outcome;
            auto result = ws.login(username, password);
            if (result.ok()) {
                outcome.account = result.value();
            } else {
                outcome.code = result.code();
                outcome.message = result.message();
                // Asked here, on the worker thread, so the countdown never touches the store.
                outcome.lockedUntil = ws.lockedUntil(username);
            }
            return outcome;
        },
        [this](const Outcome &outcome) { finish(outcome); });
}

void LoginWindow::finish(const Outcome &outcome)
{
    setBusy(false);
    m_password->clear();
    if (outcome.account) {
        m_message->clearMessage();
        Q_EMIT attemptFinished(true);
        Q_EMIT loggedIn(*outcome.account);
        return;
    }

    const QString username = m_username->text().trimmed();
    if (outcome.lockedUntil.isValid() && outcome.lockedUntil > now()) {
        // Also when this very attempt tipped the count over: say so at once.
        showLockout(username, outcome.lockedUntil);
    } else {
        switch (outcome.code) {
        case ServiceError::WrongCredentials:
            m_message->showError(tr("The user name or password is incorrect."));
            break;
        case ServiceError::LockedOut:
            m_message->showError(tr("Too many failed attempts. Wait a moment before you try again."));
            break;
        case ServiceError::AccountDisabled:
            m_message->showError(tr("This account is disabled. Ask a clinic administrator to enable it."));
            break;
        case ServiceError::StoreUnavailable:
            m_message->showError(tr("The clinic data cannot be opened: %1").arg(outcome.message));
            break;
        default:
            m_message->showError(tr("Sign-in failed: %1").arg(outcome.message));
            break;
        }
    }
    m_password->setFocus();
    Q_EMIT attemptFinished(false);
}

void LoginWindow::showLockout(const QString &username, const QDateTime &until)
{
    m_lockedUser = username;
    m_lockedUntil = until;
    updateCountdown();
    m_countdown.start();
}

void LoginWindow::updateCountdown()
{
    if (!m_lockedUntil.isValid()) {
        m_countdown.stop();
        return;
    }
    const qint64 remainingMs = now().msecsTo(m_lockedUntil);
    if (remainingMs <= 0) {
        m_countdown.stop();
        m_lockedUser.clear();
        m_lockedUntil = QDateTime();
        m_message->showInfo(tr("You can try to sign in again now."));
        updateSignInEnabled();
        return;
    }
    const int seconds = int((remainingMs + 999) / 1000);
    const QString time = QLocale().toString(QTime(0, 0).addSecs(seconds),
                                            seconds >= 3600 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
    m_message->showError(tr("Too many failed attempts. Try again in %1").arg(time));
    updateSignInEnabled();
}

void LoginWindow::updateSignInEnabled()
{
    const bool locked = m_lockedUntil.isValid()
        && m_username->text().trimmed().compare(m_lockedUser, Qt::CaseInsensitive) == 0;
    m_signIn->setEnabled(!m_busy && !locked);
}

void LoginWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateSignInEnabled();
}

} // namespace careledger::ui
