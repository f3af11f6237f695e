#include "ui/BlockTableModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace careledger::ui {

QString shortHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(8).toHex());
}

BlockTableModel::BlockTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BlockTableModel::setBlocks(QList<services::BlockSummary> blocks)
{
    beginResetModel();
    m_blocks = std::move(blocks);
    endResetModel();
}

void BlockTableModel::appendBlocks(const QList<services::BlockSummary> &older)
{
    QList<services::BlockSummary> fresh;
    for (const services::BlockSummary &b : older) {
        if (rowOfHash(b.hash) < 0) {
            fresh.append(b);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_blocks.size()), int(m_blocks.size() + fresh.size() - 1));
    m_blocks.append(fresh);
    endInsertRows();
}

void BlockTableModel::clear()
{
    setBlocks({});
}

std::optional<services::BlockSummary> BlockTableModel::blockAt(int row) const
{
    if (row < 0 || row >= m_blocks.size()) {
        return std::nullopt;
    }
    return m_blocks.at(row);
}

int BlockTableModel::rowOfHash(const QByteArray &hash) const
{
    for (int row = 0; row < m_blocks.size(); ++row) {
        if (m_blocks.at(row).hash == hash) {
            return row;
        }
    }
    return -1;
}

std::optional<quint64> BlockTableModel::oldestHeight() const
{
    if (m_blocks.isEmpty()) {
        return std::nullopt;
    }
    quint64 lowest = m_blocks.first().height;
    for (const services::BlockSummary &b : m_blocks) {
        lowest = qMin(lowest, b.height);
    }
    return lowest;
}

int BlockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

int BlockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlockTableModel::timeText(const QDateTime &time)
{
    if (!time.isValid()) {
        return QStringLiteral("—");
    }
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       locale.toString(local.time(), QStringLiteral("HH:mm:ss")));
}

QString BlockTableModel::sizeText(int bytes)
{
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

QVariant BlockTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size()) {
        return {};
    }
    const services::BlockSummary &b = m_blocks.at(index.row());
    const bool genesis = b.height == 0;
    switch (role) {
    case HashRole:
        return b.hash;
    case SortRole:
        switch (index.column()) {
        case Height: return b.height;
        case Time: return b.time;
        case Transactions: return b.transactionCount;
        case Producer: return shortHex(b.producerKeyId);
        case Turn: return genesis ? 0 : (b.inTurn ? 1 : 2);
        case Hash: return shortHex(b.hash);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return QLocale().toString(b.time.toLocalTime(), QLocale::LongFormat);
        case Producer: return genesis ? QVariant() : QVariant(QString::fromLatin1(b.producerKeyId.toHex()));
        case Hash: return QString::fromLatin1(b.hash.toHex());
        case Turn:
            if (genesis) {
                return {};
            }
            return b.inTurn ? tr("Sealed by the validator whose turn it was.")
                            : tr("Sealed by another validator after the in-turn one stayed silent; it weighs less.");
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Height || index.column() == Transactions) {
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Turn && !genesis && !b.inTurn) {
            return QColor(0x8a, 0x5a, 0x00);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Hash || index.column() == Producer) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Height: return QLocale().toString(b.height);
        case Time: return timeText(b.time);
        case Transactions: return QLocale().toString(b.transactionCount);
        case Producer: return genesis ? tr("genesis") : shortHex(b.producerKeyId);
        case Turn:
            if (genesis) {
                return QStringLiteral("—");
            }
            return b.inTurn ? tr("In turn") : tr("Out of turn");
        case Hash: return shortHex(b.hash);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Height: return tr("Height");
    case Time: return tr("Time");
    case Transactions: return tr("Transactions");
    case Producer: return tr("Sealed by");
    case Turn: return tr("Turn");
    case Hash: return tr("Hash");
    default: return {};
    }
}

} // namespace careledger::ui
