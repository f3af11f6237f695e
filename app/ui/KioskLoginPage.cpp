#include "ui/KioskLoginPage.h"

#include "ui/KioskStyle.h"
#include "ui/MessageLabel.h"
#include "ui/PinKeypad.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTime>
#include <QVBoxLayout>

#include <optional>

namespace careledger::ui {

using services::ServiceError;

struct KioskLoginPage::Outcome {
    std::optional<services::PatientSession> session;
    ServiceError code = ServiceError::WrongCredentials;
    QString message;
    QString mrnDigits;
    QDateTime lockedUntil;
    quint64 generation = 0;
};

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += QString::number(c.digitValue());
        }
    }
    return digits;
}

} // namespace

KioskLoginPage::KioskLoginPage(ServiceRunner &runner, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("kioskLoginPage"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    outer->setSpacing(48);

    auto *left = new QVBoxLayout;
    left->setSpacing(kiosk::kGap);
    left->addWidget(kiosk::heading(tr("Welcome"), this, kiosk::kTitleFontScale));
    auto *intro = new QLabel(tr("Sign in with your record number and your PIN to see your prescriptions, "
                                "your vital signs of the last week and who may see your record."),
                             this);
    intro->setWordWrap(true);
    kiosk::setFontScale(intro, 1.0);
    left->addWidget(intro);
    left->addSpacing(12);

    auto *mrnLabel = new QLabel(tr("Record number (MRN)"), this);
    kiosk::setFontScale(mrnLabel, 1.0, true);
    m_mrn = new QLineEdit(this);
    m_mrn->setObjectName(QStringLiteral("kioskMrnEdit"));
    m_mrn->setAccessibleName(tr("Record number"));
    m_mrn->setPlaceholderText(tr("e.g. 1234-5678-9"));
    m_mrn->setMaxLength(16);
    m_mrn->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    m_mrn->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]*")), m_mrn));
    m_mrn->setLayoutDirection(Qt::LeftToRight);
    kiosk::setFontScale(m_mrn, 1.3);
    mrnLabel->setBuddy(m_mrn);
    auto *pinLabel = new QLabel(tr("PIN"), this);
    kiosk::setFontScale(pinLabel, 1.0, true);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("kioskPinEdit"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    m_pin->setLayoutDirection(Qt::LeftToRight);
    kiosk::setFontScale(m_pin, 1.3);
    pinLabel->setBuddy(m_pin);
    left->addWidget(mrnLabel);
    left->addWidget(m_mrn);
    left->addWidget(pinLabel);
    left->addWidget(m_pin);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("kioskLoginMessage"));
    kiosk::setFontScale(m_message, 1.0);
    left->addWidget(m_message);

    m_signIn = kiosk::bigButton(tr("Sign in"), QStringLiteral("kioskSignInButton"), this, true);
    kiosk::setFontScale(m_signIn, 1.2, true);
    m_signIn->setMinimumHeight(72);
    left->addWidget(m_signIn);
    left->addStretch(1);
    auto *help = new QLabel(tr("No PIN yet, or forgot it? Ask at the reception desk."), this);
    help->setObjectName(QStringLiteral("secondaryText"));
    help->setWordWrap(true);
    kiosk::setFontScale(help, 0.9);
    left->addWidget(help);
    outer->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->setSpacing(kiosk::kGap);
    m_keypad = new PinKeypad(this);
    m_keypad->setTargets({m_mrn, m_pin});
    right->addStretch(1);
    right->addWidget(m_keypad, 4);
    right->addStretch(1);
    auto *staffRow = new QHBoxLayout;
    staffRow->addStretch(1);
    m_staff = kiosk::bigButton(tr("Staff"), QStringLiteral("kioskStaffButton"), this);
    m_staff->setAccessibleName(tr("Staff: close the kiosk"));
    kiosk::setFontScale(m_staff, 0.8);
    staffRow->addWidget(m_staff);
    right->addLayout(staffRow);
    outer->addLayout(right, 2);

    setTabOrder(m_mrn, m_pin);
    setTabOrder(m_pin, m_signIn);
    connect(m_mrn, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::returnPressed, this, &KioskLoginPage::submit);
    connect(m_signIn, &QPushButton::clicked, this, &KioskLoginPage::submit);
    connect(m_staff, &QPushButton::clicked, this, &KioskLoginPage::staffRequested);
    connect(m_mrn, &QLineEdit::textChanged, this, &KioskLoginPage::updateState);
    connect(m_pin, &QLineEdit::textChanged, this, &KioskLoginPage::updateState);
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &KioskLoginPage::updateCountdown);
    updateState();
}

QString KioskLoginPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool KioskLoginPage::hasInput() const
{
    return !m_mrn->text().isEmpty() || !m_pin->text().isEmpty();
}

QDateTime KioskLoginPage::now() const
{
    return nowUtc(m_clock);
}

void KioskLoginPage::reset()
{
    ++m_generation;
    m_countdown.stop();
    m_lockedMrn.clear();
    m_lockedUntil = QDateTime();
    m_mrn->clear();
    m_pin->clear();
    m_message->clearMessage();
    m_busy = false;
    m_mrn->setEnabled(true);
    m_pin->setEnabled(true);
    m_keypad->setTargets({m_mrn, m_pin});
    updateState();
    m_mrn->setFocus();
}

void KioskLoginPage::submit()
{
    if (m_busy || !m_signIn->isEnabled()) {
        return;
    }
    const QString mrn = m_mrn->text().trimmed();
    const QString pin = m_pin->text();
    if (mrn.isEmpty()) {
        m_message->showError(tr("Enter your record number."));
        m_mrn->setFocus();
        return;
    }
    if (pin.isEmpty()) {
        m_message->showError(tr("Enter your PIN."));
        m_pin->setFocus();
        return;
    }
    setBusy(true);
    m_message->showInfo(tr("Signing in…"));
    const quint64 generation = m_generation;
    m_runner.run(
        this,
        [mrn, pin, generation](services::Workstation &ws) {
            Outcome outcome;
            outcome.generation = generation;
            outcome.mrnDigits = digitsOf(mrn);
            auto result = ws.kiosk().patientLogin(mrn, pin);
            if (result.ok()) {
                outcome.session = result.value();
            } else {
                outcome.code = result.code();
                outcome.message = result.message();
                outcome.lockedUntil = ws.kiosk().patientLockedUntil(mrn);
            }
            return outcome;
        },
        [this](const Outcome &outcome) { finish(outcome); });
}

void KioskLoginPage::finish(const Outcome &outcome)
{
    if (outcome.generation != m_generation) {
        return; // the form was reset meanwhile (idle): the next person must not see this
    }
    setBusy(false);
    m_pin->clear();
    if (outcome.session) {
        m_message->clearMessage();
        Q_EMIT attemptFinished(true);
        Q_EMIT signedIn(*outcome.session);
        return;
    }
    if (outcome.lockedUntil.isValid() && outcome.lockedUntil > now()) {
        m_lockedMrn = outcome.mrnDigits;
        m_lockedUntil = outcome.lockedUntil;
        updateCountdown();
        m_countdown.start();
    } else {
        switch (outcome.code) {
        case ServiceError::WrongCredentials:
            m_message->showError(tr("The record number or the PIN is not right. Please try again."));
            break;
        case ServiceError::InvalidInput:
            m_message->showError(tr("This is not a valid record number. It has nine digits, e.g. 1234-5678-9."));
            m_mrn->setFocus();
            Q_EMIT attemptFinished(false);
            return;
        default:
            m_message->showError(outcome.message);
            break;
        }
    }
    m_pin->setFocus();
    Q_EMIT attemptFinished(false);
}

void KioskLoginPage::updateCountdown()
{
    if (!m_lockedUntil.isValid()) {
        m_countdown.stop();
        return;
    }
    const qint64 remainingMs = now().msecsTo(m_lockedUntil);
    if (remainingMs <= 0) {
        m_countdown.stop();
        m_lockedMrn.clear();
        m_lockedUntil = QDateTime();
        m_message->showInfo(tr("You can try again now."));
        updateState();
        return;
    }
    const int seconds = int((remainingMs + 999) / 1000);
    const QString left = QLocale().toString(QTime(0, 0).addSecs(seconds),
                                            seconds >= 3600 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
    m_message->showError(tr("Too many wrong PINs for this record number. You can try again at %1 (in %2), "
                            "or ask at the reception desk.")
                             .arg(formatTime(m_lockedUntil), left));
    updateState();
}

void KioskLoginPage::updateState()
{
    const bool locked = m_lockedUntil.isValid() && digitsOf(m_mrn->text()) == m_lockedMrn;
    m_signIn->setEnabled(!m_busy && !locked);
}

void KioskLoginPage::setBusy(bool busy)
{
    m_busy = busy;
    m_mrn->setEnabled(!busy);
    m_pin->setEnabled(!busy);
    updateState();
}

} // namespace careledger::ui
