#pragma once

// Shared by the widget tests: a throw-away clinic with cheap scrypt, a clock the test moves
// by hand, and typing into the login window the way a person does.

#include "services/Workstation.h"
#include "ui/LoginWindow.h"
#include "ui/SessionController.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <atomic>
#include <memory>

namespace careledger::gui_testing {

inline constexpr quint64 kKdfCost = 1u << 10;
inline const QString kAdminPassword = QStringLiteral("correct horse battery");
inline const QString kTemporaryPassword = QStringLiteral("temporary staple 42");

// Read by the worker thread (Workstation) and the GUI thread (countdown): atomic.
struct ManualClock {
    std::shared_ptr<std::atomic<qint64>> msecs = std::make_shared<std::atomic<qint64>>(
        QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    void advance(qint64 seconds) { *msecs += seconds * 1000; }
    services::Clock clock() const
    {
        return [m = msecs] { return QDateTime::fromMSecsSinceEpoch(m->load(), Qt::UTC); };
    }
};

inline services::WorkstationOptions options(const ManualClock &clock)
{
    services::WorkstationOptions o;
    o.clock = clock.clock();
    o.kdfCost = kKdfCost;
    return o;
}

inline QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    return parent->findChild<QLineEdit *>(QString::fromLatin1(name));
}

inline QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QString::fromLatin1(name));
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types the credentials and clicks Sign in, as a person would.
inline void typeLogin(ui::LoginWindow *login, const QString &username, const QString &password)
{
    typeInto(lineEdit(login, "usernameEdit"), username);
    typeInto(lineEdit(login, "passwordEdit"), password);
    QTest::mouseClick(button(login, "signInButton"), Qt::LeftButton);
}

} // namespace careledger::gui_testing
