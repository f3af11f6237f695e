#include "ui/KioskLeavePage.h"

#include "services/KioskService.h"

#include "ui/KioskStyle.h"
#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

struct LeaveOutcome {
    services::ServiceStatus status;
    QDateTime lockedUntil;
};

} // namespace

KioskLeavePage::KioskLeavePage(ServiceRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("kioskLeavePage"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    column->setSpacing(kiosk::kGap);
    column->addWidget(kiosk::heading(tr("Close the patient kiosk"), this, kiosk::kTitleFontScale));
    auto *intro = new QLabel(tr("For clinic administrators. Patients: touch “Back”."), this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("kioskAdminUserEdit"));
    m_username->setAccessibleName(tr("Administrator user name"));
    m_username->setPlaceholderText(tr("Administrator user name"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("kioskAdminPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    column->addWidget(m_username);
    column->addWidget(m_password);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("kioskLeaveMessage"));
    column->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_back = kiosk::bigButton(tr("Back"), QStringLiteral("kioskLeaveBackButton"), this);
    m_leave = kiosk::bigButton(tr("Close the kiosk"), QStringLiteral("kioskLeaveButton"), this, true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_leave);
    column->addLayout(buttons);
    column->addStretch(1);
    auto *box = new QWidget(this);
    box->setLayout(column);
    box->setMinimumWidth(560);
    box->setMaximumWidth(760);
    outer->addWidget(box, 3);
    outer->addStretch(1);

    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &KioskLeavePage::submit);
    connect(m_leave, &QPushButton::clicked, this, &KioskLeavePage::submit);
    connect(m_back, &QPushButton::clicked, this, [this] {
        reset();
        Q_EMIT backRequested();
    });
}

QString KioskLeavePage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool KioskLeavePage::hasInput() const
{
    return !m_username->text().isEmpty() || !m_password->text().isEmpty();
}

void KioskLeavePage::reset()
{
    m_username->clear();
    m_password->clear();
    m_message->clearMessage();
    setBusy(false);
}

void KioskLeavePage::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_leave->setEnabled(!busy);
    m_back->setEnabled(!busy);
}

void KioskLeavePage::submit()
{
    if (m_busy) {
        return;
    }
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    if (username.isEmpty() || password.isEmpty()) {
        m_message->showError(tr("Enter an administrator's user name and password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Checking…"));
    m_runner.run(
        this,
        [username, password](services::Workstation &ws) {
            LeaveOutcome outcome{ws.kiosk().leaveKiosk(username, password), {}};
            if (!outcome.status.ok()) {
                outcome.lockedUntil = ws.lockedUntil(username);
            }
            return outcome;
        },
        [this](const LeaveOutcome &outcome) {
            setBusy(false);
            m_password->clear();
            if (outcome.status.ok()) {
                reset();
                Q_EMIT attemptFinished(true);
                Q_EMIT left();
                return;
            }
            if (outcome.lockedUntil.isValid()) {
                m_message->showError(tr("Too many failed attempts. Try again after %1.").arg(formatTime(outcome.lockedUntil)));
            } else if (outcome.status.code() == services::ServiceError::WrongCredentials) {
                m_message->showError(tr("This is not an administrator's user name and password."));
            } else {
                m_message->showError(outcome.status.message());
            }
            m_password->setFocus();
            Q_EMIT attemptFinished(false);
        });
}

} // namespace careledger::ui
