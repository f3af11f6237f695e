#pragma once

#include "services/LedgerService.h"

#include <QWidget>

#include <optional>

class QAction;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace careledger::ui {

class BlockTableModel;
class MessageLabel;
class ServiceRunner;
class TransactionTableModel;
class VerifyPanel;

// The administrator's view of this workstation's chain: an overview, the main-chain blocks
// newest first (paged), the selected block's details and transactions, and verification.
// Reads run on ServiceRunner's worker; verification on its long-job thread (VerifyPanel).
class LedgerPage : public QWidget {
    Q_OBJECT
public:
    explicit LedgerPage(ServiceRunner &runner, QWidget *parent = nullptr);

    BlockTableModel *blockModel() const { return m_blocks; }
    TransactionTableModel *transactionModel() const { return m_transactions; }
    QTableView *blockView() const { return m_blockView; }
    QTableView *transactionView() const { return m_txView; }
    VerifyPanel *verifyPanel() const { return m_verify; }
    std::optional<services::LedgerOverview> overview() const { return m_overview; }
    std::optional<services::BlockSummary> selectedBlock() const;
    bool isBusy() const { return m_loading || m_loadingTransactions; }
    QString messageText() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int blocks) { m_pageSize = qMax(1, blocks); }
    bool hasOlderBlocks() const;

public Q_SLOTS:
    void refresh();
    void loadOlder();
    void selectBlock(const QByteArray &hash);

Q_SIGNALS:
    void refreshed();
    void transactionsLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeOverview();
    QWidget *makeDetails();
    QPushButton *addButton(QAction *action, const QString &objectName);
    void showOverview();
    void showDetails();
    void loadTransactions();
    void updateActions();
    void fitColumns(QTableView *view, int columns);

    ServiceRunner &m_runner;
    int m_pageSize = 50;
    bool m_loading = false;
    bool m_loadingTransactions = false;
    bool m_reachedOldest = false; // "Load older" came back empty
    QByteArray m_detailsHash; // the block whose transactions are shown or loading
    std::optional<services::LedgerOverview> m_overview;

    QLabel *m_height = nullptr;
    QLabel *m_tip = nullptr;
    QLabel *m_chainId = nullptr;
    QLabel *m_validators = nullptr;
    QLabel *m_members = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_sealing = nullptr;
    MessageLabel *m_message = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_olderAction = nullptr;
    BlockTableModel *m_blocks = nullptr;
    QSortFilterProxyModel *m_blockProxy = nullptr;
    QTableView *m_blockView = nullptr;
    QGroupBox *m_detailsBox = nullptr;
    QLabel *m_detailHash = nullptr;
    QLabel *m_detailPrevious = nullptr;
    QLabel *m_detailMerkle = nullptr;
    QLabel *m_detailProducer = nullptr;
    QLabel *m_detailTime = nullptr;
    QLabel *m_detailSize = nullptr;
    TransactionTableModel *m_transactions = nullptr;
    QSortFilterProxyModel *m_txProxy = nullptr;
    QTableView *m_txView = nullptr;
    VerifyPanel *m_verify = nullptr;
};

} // namespace careledger::ui
