#pragma once

#include "services/ServiceTypes.h"

#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;
class StaffTableModel;

// Staff accounts for administrators: list, filter, create, disable, enable, reset password.
// Every change goes through StaffService on the worker thread; the list is reloaded after it.
class StaffAdminPage : public QWidget {
    Q_OBJECT
public:
    StaffAdminPage(ServiceRunner &runner, services::StaffAccount currentUser, QWidget *parent = nullptr);

    StaffTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_busy; }
    QString messageText() const;

public Q_SLOTS:
    void refresh();
    void newAccount();
    void disableSelected();
    void enableSelected();
    void resetSelected();

Q_SIGNALS:
    void refreshed();

private:
    QPushButton *addButton(QAction *action, const QString &objectName);
    std::optional<services::StaffAccount> selectedAccount() const;
    void selectAccount(qint64 id);
    void reload(qint64 selectId, const QString &success);
    void setBusy(bool busy);
    void updateActions();

    ServiceRunner &m_runner;
    services::StaffAccount m_currentUser;
    StaffTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    MessageLabel *m_message = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_refreshAction = nullptr;
    bool m_busy = false;
};

} // namespace careledger::ui
