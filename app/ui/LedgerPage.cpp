#include "ui/LedgerPage.h"

#include "ui/BlockTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"
#include "ui/TransactionTableModel.h"
#include "ui/VerifyPanel.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

struct Snapshot {
    services::ServiceResult<services::LedgerOverview> overview;
    services::ServiceResult<QList<services::BlockSummary>> blocks;
};

QFont monospaceFont(const QFont &base)
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(base.pointSizeF());
    return mono;
}

QLabel *valueLabel(QWidget *parent, const QString &objectName, const QString &accessibleName, bool mono = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (mono) {
        label->setFont(monospaceFont(label->font()));
    }
    return label;
}

QLabel *captionLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("secondaryText"));
    return label;
}

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

LedgerPage::LedgerPage(ServiceRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("ledgerPage"));
    setAccessibleName(tr("Ledger"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Ledger"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    layout->addWidget(makeOverview());

    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_olderAction = new QAction(tr("Load &older blocks"), this);
    m_olderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    for (QAction *action : {m_refreshAction, m_olderAction}) {
        addAction(action); // shortcuts live only while this page is shown
    }
    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    auto *blocksHeading = new QLabel(tr("Blocks, newest first"), this);
    QFont bold = blocksHeading->font();
    bold.setBold(true);
    blocksHeading->setFont(bold);
    tools->addWidget(blocksHeading);
    tools->addStretch(1);
    QPushButton *refreshButton = addButton(m_refreshAction, QStringLiteral("refreshButton"));
    QPushButton *olderButton = addButton(m_olderAction, QStringLiteral("loadOlderButton"));
    tools->addWidget(refreshButton);
    tools->addWidget(olderButton);
    layout->addLayout(tools);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("ledgerMessage"));
    layout->addWidget(m_message);

    m_blocks = new BlockTableModel(this);
    m_blockProxy = new QSortFilterProxyModel(this);
    m_blockProxy->setSourceModel(m_blocks);
    m_blockProxy->setSortRole(BlockTableModel::SortRole);
    m_blockView = makeTable(this, QStringLiteral("blockTable"), tr("Blocks"));
    m_blockView->setModel(m_blockProxy);
    m_blockView->sortByColumn(BlockTableModel::Height, Qt::DescendingOrder);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ledgerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_blockView);
    splitter->addWidget(makeDetails());
    const int rowHeight = m_blockView->verticalHeader()->defaultSectionSize();
    m_blockView->setMinimumHeight(rowHeight * 5 + 8); // the header and four blocks
    m_txView->setMinimumHeight(rowHeight * 4 + 8);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1, 1});
    layout->addWidget(splitter, 1);

    auto *verifyBox = new QGroupBox(tr("Verification"), this);
    verifyBox->setObjectName(QStringLiteral("verifyBox"));
    auto *verifyLayout = new QVBoxLayout(verifyBox);
    verifyLayout->setContentsMargins(12, 8, 12, 10);
    auto *verifyIntro = new QLabel(tr("Checks every block header, signature, Merkle root and transaction, then every "
                                      "stored record against its newest hash on the chain, and names each mismatch."),
                                   verifyBox);
    verifyIntro->setObjectName(QStringLiteral("secondaryText"));
    verifyIntro->setWordWrap(true);
    verifyLayout->addWidget(verifyIntro);
    m_verify = new VerifyPanel(m_runner, verifyBox);
    verifyLayout->addWidget(m_verify);
    layout->addWidget(verifyBox);

    setTabOrder(refreshButton, olderButton);
    setTabOrder(olderButton, m_blockView);
    setTabOrder(m_blockView, m_txView);
    setTabOrder(m_txView, m_verify->verifyButton());

    connect(m_refreshAction, &QAction::triggered, this, &LedgerPage::refresh);
    connect(m_olderAction, &QAction::triggered, this, &LedgerPage::loadOlder);
    connect(m_blockView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        loadTransactions();
    });
    // A finished verification may have been run on a newer chain than the one listed.
    connect(m_verify, &VerifyPanel::finished, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });

    showOverview();
    showDetails();
    updateActions();
}

QWidget *LedgerPage::makeOverview()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("ledgerOverview"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);

    m_height = valueLabel(box, QStringLiteral("chainHeightValue"), tr("Chain height"));
    m_tip = valueLabel(box, QStringLiteral("tipHashValue"), tr("Latest block"), true);
    m_chainId = valueLabel(box, QStringLiteral("chainIdValue"), tr("Chain"), true);
    m_validators = valueLabel(box, QStringLiteral("validatorsValue"), tr("Validators"));
    m_members = valueLabel(box, QStringLiteral("membersValue"), tr("Members"));
    m_pending = valueLabel(box, QStringLiteral("pendingValue"), tr("Waiting transactions"));
    m_sealing = valueLabel(box, QStringLiteral("sealingValue"), tr("This workstation"));

    const struct {
        QString caption;
        QLabel *value;
        int row;
        int column;
    } cells[] = {
        {tr("Chain height"), m_height, 0, 0},    {tr("Latest block"), m_tip, 0, 1},
        {tr("Chain"), m_chainId, 0, 2},          {tr("Validators"), m_validators, 1, 0},
        {tr("Members"), m_members, 1, 1},        {tr("Waiting transactions"), m_pending, 1, 2},
        {tr("This workstation"), m_sealing, 2, 0},
    };
    for (const auto &cell : cells) {
        QLabel *caption = captionLabel(box, cell.caption);
        caption->setBuddy(cell.value);
        grid->addWidget(caption, cell.row, cell.column * 2);
        grid->addWidget(cell.value, cell.row, cell.column * 2 + 1, 1, cell.row == 2 ? 5 : 1);
    }
    // Each value next to its caption, in either direction; the room left over goes last.
    for (int c = 1; c < 6; c += 2) {
        grid->setColumnMinimumWidth(c, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);
    }
    grid->setColumnStretch(6, 1);
    return box;
}

QWidget *LedgerPage::makeDetails()
{
    m_detailsBox = new QGroupBox(this);
    m_detailsBox->setObjectName(QStringLiteral("blockDetails"));
    auto *layout = new QVBoxLayout(m_detailsBox);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(8);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    m_detailHash = valueLabel(m_detailsBox, QStringLiteral("blockHashValue"), tr("Block hash"), true);
    m_detailPrevious = valueLabel(m_detailsBox, QStringLiteral("previousHashValue"), tr("Previous block"), true);
    m_detailMerkle = valueLabel(m_detailsBox, QStringLiteral("merkleRootValue"), tr("Merkle root"), true);
    m_detailProducer = valueLabel(m_detailsBox, QStringLiteral("producerValue"), tr("Sealed by"), true);
    m_detailTime = valueLabel(m_detailsBox, QStringLiteral("blockTimeValue"), tr("Time"));
    m_detailSize = valueLabel(m_detailsBox, QStringLiteral("blockSizeValue"), tr("Size"));
    const struct {
        QString caption;
        QLabel *value;
        int row;
        int column;
    } cells[] = {
        {tr("Hash"), m_detailHash, 0, 0},         {tr("Sealed by"), m_detailProducer, 0, 1},
        {tr("Previous block"), m_detailPrevious, 1, 0}, {tr("Time"), m_detailTime, 1, 1},
        {tr("Merkle root"), m_detailMerkle, 2, 0}, {tr("Size"), m_detailSize, 2, 1},
    };
    for (const auto &cell : cells) {
        QLabel *caption = captionLabel(m_detailsBox, cell.caption);
        caption->setBuddy(cell.value);
        grid->addWidget(caption, cell.row, cell.column * 2);
        grid->addWidget(cell.value, cell.row, cell.column * 2 + 1);
    }
    grid->setColumnMinimumWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8);
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);

    m_transactions = new TransactionTableModel(this);
    m_txProxy = new QSortFilterProxyModel(this);
    m_txProxy->setSourceModel(m_transactions);
    m_txProxy->setSortRole(TransactionTableModel::SortRole);
    m_txView = makeTable(m_detailsBox, QStringLiteral("transactionTable"), tr("Transactions of the selected block"));
    m_txView->setModel(m_txProxy);
    // In block order until a header is clicked.
    m_txView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_txView->setSortingEnabled(true);
    layout->addWidget(m_txView, 1);
    return m_detailsBox;
}

QPushButton *LedgerPage::addButton(QAction *action, const QString &objectName)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(action->text()));
    button->setToolTip(QStringLiteral("%1 (%2)").arg(button->accessibleName(),
                                                      action->shortcut().toString(QKeySequence::NativeText)));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

QString LedgerPage::messageText() const
{
    return m_message->text();
}

std::optional<services::BlockSummary> LedgerPage::selectedBlock() const
{
    const QModelIndexList rows = m_blockView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_blocks->blockAt(m_blockProxy->mapToSource(rows.first()).row());
}

bool LedgerPage::hasOlderBlocks() const
{
    const auto oldest = m_blocks->oldestHeight();
    return oldest && *oldest > 0 && !m_reachedOldest;
}

void LedgerPage::updateActions()
{
    m_refreshAction->setEnabled(!m_loading);
    m_olderAction->setEnabled(!m_loading && hasOlderBlocks());
}

void LedgerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous() && !m_loading) {
        refresh();
    }
}

void LedgerPage::fitColumns(QTableView *view, int columns)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < columns - 1; ++c) {
        view->setColumnWidth(c, view->columnWidth(c) + 24);
    }
}

void LedgerPage::refresh()
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    setCursor(Qt::BusyCursor);
    updateActions();
    const int count = qMax(m_pageSize, m_blocks->rowCount());
    m_runner.run(
        this,
        [count](services::Workstation &ws) {
            return Snapshot{ws.ledger().overview(), ws.ledger().recentBlocks(count)};
        },
        [this](const Snapshot &snapshot) {
            m_loading = false;
            unsetCursor();
            if (!snapshot.overview.ok() || !snapshot.blocks.ok()) {
                const QString why = !snapshot.overview.ok() ? snapshot.overview.message() : snapshot.blocks.message();
                m_overview.reset();
                m_blocks->clear();
                showOverview();
                m_message->showError(tr("The ledger cannot be shown: %1").arg(why));
                updateActions();
                Q_EMIT refreshed();
                return;
            }
            m_message->clearMessage();
            m_overview = snapshot.overview.value();
            showOverview();
            const auto previous = selectedBlock();
            const QByteArray keep = previous ? previous->hash : m_overview->tipHash;
            m_blocks->setBlocks(snapshot.blocks.value());
            m_reachedOldest = false;
            fitColumns(m_blockView, BlockTableModel::ColumnCount);
            selectBlock(keep);
            if (!selectedBlock() && m_blockProxy->rowCount() > 0) {
                m_blockView->selectRow(0);
            }
            updateActions();
            Q_EMIT refreshed();
        });
}

void LedgerPage::loadOlder()
{
    const auto oldest = m_blocks->oldestHeight();
    if (m_loading || !oldest || *oldest == 0) {
        return;
    }
    m_loading = true;
    setCursor(Qt::BusyCursor);
    updateActions();
    const int count = m_pageSize;
    const quint64 before = *oldest;
    m_runner.run(
        this, [count, before](services::Workstation &ws) { return ws.ledger().recentBlocks(count, before); },
        [this](const services::ServiceResult<QList<services::BlockSummary>> &result) {
            m_loading = false;
            unsetCursor();
            if (!result.ok()) {
                m_message->showError(tr("Older blocks cannot be shown: %1").arg(result.message()));
            } else {
                m_message->clearMessage();
                m_reachedOldest = result.value().isEmpty();
                m_blocks->appendBlocks(result.value());
                const auto oldestNow = m_blocks->oldestHeight();
                if (oldestNow) {
                    m_message->showInfo(tr("Showing blocks %1 to %2.")
                                            .arg(QLocale().toString(*oldestNow),
                                                 QLocale().toString(m_blocks->blocks().first().height)));
                }
            }
            updateActions();
            Q_EMIT refreshed();
        });
}

void LedgerPage::selectBlock(const QByteArray &hash)
{
    const int row = m_blocks->rowOfHash(hash);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_blockProxy->mapFromSource(m_blocks->index(row, 0));
    if (index.isValid()) {
        m_blockView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_blockView->scrollTo(index);
    }
}

void LedgerPage::showOverview()
{
    const QString none = QStringLiteral("—");
    if (!m_overview) {
        for (QLabel *label : {m_height, m_tip, m_chainId, m_validators, m_members, m_pending, m_sealing}) {
            label->setText(none);
            label->setToolTip(QString());
        }
        return;
    }
    const services::LedgerOverview &o = *m_overview;
    const QLocale locale;
    m_height->setText(locale.toString(o.height));
    m_tip->setText(shortHex(o.tipHash));
    m_tip->setToolTip(QString::fromLatin1(o.tipHash.toHex()));
    m_chainId->setText(shortHex(o.chainId));
    m_chainId->setToolTip(QString::fromLatin1(o.chainId.toHex()));
    m_validators->setText(locale.toString(o.validatorCount));
    m_members->setText(locale.toString(o.memberCount));
    m_pending->setText(locale.toString(o.pendingTransactions));
    m_pending->setToolTip(tr("Committed on this workstation, not yet sealed in a block."));
    m_sealing->setText(o.thisNodeIsValidator ? tr("Seals blocks (a validator of the consortium)")
                                             : tr("Does not seal blocks (a member, not a validator)"));
}

void LedgerPage::showDetails()
{
    const auto block = selectedBlock();
    const QString none = QStringLiteral("—");
    if (!block) {
        m_detailsBox->setTitle(tr("No block selected"));
        for (QLabel *label : {m_detailHash, m_detailPrevious, m_detailMerkle, m_detailProducer, m_detailTime,
                              m_detailSize}) {
            label->setText(none);
            label->setToolTip(QString());
        }
        m_detailsHash.clear();
        m_transactions->clear();
        return;
    }
    const services::BlockSummary &b = *block;
    m_detailsBox->setTitle(tr("Block %1").arg(QLocale().toString(b.height)));
    m_detailHash->setText(QString::fromLatin1(b.hash.toHex()));
    m_detailPrevious->setText(b.height == 0 ? none : QString::fromLatin1(b.previousHash.toHex()));
    m_detailMerkle->setText(QString::fromLatin1(b.merkleRoot.toHex()));
    if (b.height == 0) {
        m_detailProducer->setText(tr("genesis (the health authority)"));
        m_detailProducer->setToolTip(QString());
    } else {
        m_detailProducer->setText(QStringLiteral("%1 · %2").arg(shortHex(b.producerKeyId),
                                                                 b.inTurn ? tr("in turn") : tr("out of turn")));
        m_detailProducer->setToolTip(QString::fromLatin1(b.producerKeyId.toHex()));
    }
    m_detailTime->setText(BlockTableModel::timeText(b.time));
    m_detailSize->setText(BlockTableModel::sizeText(b.sizeBytes));
}

void LedgerPage::loadTransactions()
{
    const auto block = selectedBlock();
    if (!block) {
        return;
    }
    if (block->hash == m_detailsHash && (m_loadingTransactions || m_transactions->rowCount() > 0)) {
        return;
    }
    m_detailsHash = block->hash;
    m_transactions->clear();
    if (m_loadingTransactions) {
        return; // the job under way starts the next one when it ends
    }
    m_loadingTransactions = true;
    const QByteArray hash = block->hash;
    m_runner.run(
        this, [hash](services::Workstation &ws) { return ws.ledger().blockTransactions(hash); },
        [this, hash](const services::ServiceResult<QList<services::TransactionSummary>> &result) {
            m_loadingTransactions = false;
            if (hash != m_detailsHash) {
                m_detailsHash.clear();
                loadTransactions(); // another block was selected meanwhile
                return;
            }
            if (!result.ok()) {
                m_message->showError(tr("The transactions of this block cannot be shown: %1").arg(result.message()));
                Q_EMIT transactionsLoaded();
                return;
            }
            m_transactions->setTransactions(result.value());
            fitColumns(m_txView, TransactionTableModel::ColumnCount);
            Q_EMIT transactionsLoaded();
        });
}

} // namespace careledger::ui
