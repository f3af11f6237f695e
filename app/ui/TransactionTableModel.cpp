#include "ui/TransactionTableModel.h"

#include "ui/BlockTableModel.h"

#include <QFont>
#include <QLocale>

namespace careledger::ui {

TransactionTableModel::TransactionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TransactionTableModel::setTransactions(QList<services::TransactionSummary> transactions)
{
    beginResetModel();
    m_transactions = std::move(transactions);
    endResetModel();
}

void TransactionTableModel::clear()
{
    setTransactions({});
}

QString TransactionTableModel::typeName(const QString &typeId)
{
    struct Name {
        const char *id;
        const char *text;
    };
    static const Name names[] = {
        {"member-admission", QT_TR_NOOP("Member admission")},
        {"member-removal", QT_TR_NOOP("Member removal")},
        {"validator-addition", QT_TR_NOOP("Validator addition")},
        {"validator-removal", QT_TR_NOOP("Validator removal")},
        {"user-key-registration", QT_TR_NOOP("User key registration")},
        {"record-put", QT_TR_NOOP("Record written")},
        {"record-erase", QT_TR_NOOP("Record erased")},
        {"consent-grant", QT_TR_NOOP("Consent granted")},
        {"consent-revocation", QT_TR_NOOP("Consent revoked")},
        {"vitals-anchor", QT_TR_NOOP("Vital signs anchor")},
        {"alert-acknowledgement", QT_TR_NOOP("Alert acknowledged")},
        {"alert-threshold-override", QT_TR_NOOP("Alert threshold override")},
        {"audit-anchor", QT_TR_NOOP("Audit log anchor")},
    };
    for (const Name &name : names) {
        if (typeId == QLatin1String(name.id)) {
            return tr(name.text);
        }
    }
    return typeId;
}

int TransactionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size());
}

int TransactionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_transactions.size()) {
        return {};
    }
    const services::TransactionSummary &t = m_transactions.at(index.row());
    switch (role) {
    case TypeIdRole:
        return t.type;
    case SortRole:
        switch (index.column()) {
        case Sequence: return t.sequence;
        case Time: return t.time;
        case Size: return t.sizeBytes;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Type: return tr("Transaction %1").arg(QString::fromLatin1(t.id.toHex()));
        case Signer: return QString::fromLatin1(t.signerKeyId.toHex());
        case Time: return QLocale().toString(t.time.toLocalTime(), QLocale::LongFormat);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Sequence || index.column() == Size) {
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Signer || index.column() == Subject) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Type: return typeName(t.type);
        case Signer: return shortHex(t.signerKeyId);
        case Sequence: return QLocale().toString(t.sequence);
        case Time: return BlockTableModel::timeText(t.time);
        case Subject: return t.subject.isEmpty() ? QStringLiteral("—") : t.subject;
        case Size: return BlockTableModel::sizeText(t.sizeBytes);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Type: return tr("Type");
    case Signer: return tr("Signed by");
    case Sequence: return tr("Sequence");
    case Time: return tr("Time");
    case Subject: return tr("Subject");
    case Size: return tr("Size");
    default: return {};
    }
}

} // namespace careledger::ui
