#pragma once

#include "services/AuditService.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace careledger::ui {

class AuditTableModel;
class MessageLabel;
class ServiceRunner;

// The administrator's audit log: every read and change of patient data, filtered by user,
// patient, action, dates and emergency access, exported as CSV, with the state of its hash
// chain and of its anchoring on the ledger.
class AuditLogPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFilterDelayMs = 300;

    explicit AuditLogPage(ServiceRunner &runner, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *mrnEdit() const { return m_mrn; }
    QComboBox *actionCombo() const { return m_action; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *breakGlassCheck() const { return m_breakGlass; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy > 0; }
    QString messageText() const;
    services::AuditFilter filter() const;

public Q_SLOTS:
    void refresh();
    void clearFilters();
    void exportCsv();
    void exportCsvTo(const QString &path);

Q_SIGNALS:
    void refreshed();
    void exported(const QString &path, int rows);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeFilters();
    void setBusy(bool busy);

    ServiceRunner &m_runner;
    AuditTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_mrn = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_breakGlass = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_count = nullptr;
    MessageLabel *m_message = nullptr;
    QTimer *m_filterTimer = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearAction = nullptr;
    int m_busy = 0;
    quint64 m_generation = 0;
    bool m_shownOnce = false;
};

} // namespace careledger::ui
