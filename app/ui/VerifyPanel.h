#pragma once

#include "services/LedgerService.h"
#include "ui/ServiceRunner.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStringListModel;

namespace careledger::ui {

class MessageLabel;

// "Verify ledger": LedgerService::verify on ServiceRunner's long-job thread (not the one
// service worker, which would otherwise be blocked for the whole walk), with a progress bar,
// Cancel, a summary and every problem named in a list.
class VerifyPanel : public QWidget {
    Q_OBJECT
public:
    explicit VerifyPanel(ServiceRunner &runner, QWidget *parent = nullptr);
    ~VerifyPanel() override;

    bool isRunning() const { return m_cancel != nullptr; }
    QString summaryText() const;
    QStringListModel *problemsModel() const { return m_problems; }
    QPushButton *verifyButton() const { return m_verifyButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QListView *problemsView() const { return m_problemsView; }
    std::optional<services::VerifyResult> lastResult() const { return m_last; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(); // with a result, cancelled or failed

private:
    void setRunning(bool running);
    void showResult(const services::ServiceResult<services::VerifyResult> &result);

    ServiceRunner &m_runner;
    QAction *m_verifyAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    MessageLabel *m_summary = nullptr;
    QStringListModel *m_problems = nullptr;
    QListView *m_problemsView = nullptr;
    ServiceRunner::CancelFlag m_cancel;
    std::optional<services::VerifyResult> m_last;
};

} // namespace careledger::ui
