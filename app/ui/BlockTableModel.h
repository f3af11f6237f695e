#pragma once

#include "services/LedgerService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace careledger::ui {

// Short hex for hashes and key ids as the ledger names them (first 8 bytes); the full value
// goes in a tooltip.
QString shortHex(const QByteArray &bytes);

// Main-chain blocks as LedgerService listed them, page after page ("Load older" appends).
class BlockTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Height, Time, Transactions, Producer, Turn, Hash, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, HashRole };

    explicit BlockTableModel(QObject *parent = nullptr);

    void setBlocks(QList<services::BlockSummary> blocks);
    void appendBlocks(const QList<services::BlockSummary> &older); // skips heights already listed
    void clear();
    const QList<services::BlockSummary> &blocks() const { return m_blocks; }
    std::optional<services::BlockSummary> blockAt(int row) const;
    int rowOfHash(const QByteArray &hash) const;
    // The lowest height listed, or nullopt when the list is empty.
    std::optional<quint64> oldestHeight() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shared with the transaction list and the block details.
    static QString timeText(const QDateTime &time);
    static QString sizeText(int bytes);

private:
    QList<services::BlockSummary> m_blocks;
};

} // namespace careledger::ui
