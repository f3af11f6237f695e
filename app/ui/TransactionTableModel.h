#pragma once

#include "services/LedgerService.h"

#include <QAbstractTableModel>
#include <QList>

namespace careledger::ui {

// The transactions of one block. The type comes as a stable identifier
// ("user-key-registration") and is translated here.
class TransactionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Type, Signer, Sequence, Time, Subject, Size, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, TypeIdRole };

    explicit TransactionTableModel(QObject *parent = nullptr);

    void setTransactions(QList<services::TransactionSummary> transactions);
    void clear();
    const QList<services::TransactionSummary> &transactions() const { return m_transactions; }

    // The translated name of a transaction type; the identifier itself when it is unknown
    // (a newer peer's type), so nothing is hidden.
    static QString typeName(const QString &typeId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::TransactionSummary> m_transactions;
};

} // namespace careledger::ui
