#include "ui/AuditLogPage.h"

#include "ui/AuditTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

struct AuditSnapshot {
    services::ServiceResult<QList<services::AuditEntry>> entries;
    services::ServiceResult<services::AuditChainStatus> status;
    QStringList actions;
};

} // namespace

AuditLogPage::AuditLogPage(ServiceRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("auditLogPage"));
    setAccessibleName(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Audit log"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Every read and change of patient data at this workstation, newest first. Entries "
                                "are hash-chained and the chain's head is anchored on the ledger, so a removed or "
                                "altered entry is detected."),
                             this);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Audit chain status"));
    layout->addWidget(m_status);

    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = new QAction(tr("E&xport CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_clearAction = new QAction(tr("C&lear filters"), this);
    for (QAction *action : {m_refreshAction, m_exportAction, m_clearAction}) {
        addAction(action);
    }
    connect(m_refreshAction, &QAction::triggered, this, &AuditLogPage::refresh);
    connect(m_exportAction, &QAction::triggered, this, &AuditLogPage::exportCsv);
    connect(m_clearAction, &QAction::triggered, this, &AuditLogPage::clearFilters);

    layout->addWidget(makeFilters());

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    layout->addWidget(m_message);

    m_model = new AuditTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = makeRecordTable(this, QStringLiteral("auditTable"), tr("Audit entries"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secondaryText"));
    m_count->setAccessibleName(tr("Number of entries shown"));
    bottom->addWidget(m_count, 1);
    QPushButton *exportButton = actionButton(this, m_exportAction, QStringLiteral("exportCsvButton"));
    QPushButton *refreshButton = actionButton(this, m_refreshAction, QStringLiteral("auditRefreshButton"));
    bottom->addWidget(exportButton);
    bottom->addWidget(refreshButton);
    layout->addLayout(bottom);

    nameInnerEditors(this);
    setTabOrder(m_breakGlass, m_view);
    setTabOrder(m_view, exportButton);
    setTabOrder(exportButton, refreshButton);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &AuditLogPage::refresh);
    connect(m_user, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_mrn, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_breakGlass, &QCheckBox::toggled, m_filterTimer, qOverload<>(&QTimer::start));
}

QWidget *AuditLogPage::makeFilters()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("auditFilters"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);

    m_user = new QLineEdit(box);
    m_user->setObjectName(QStringLiteral("auditUserEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("anyone"));
    m_user->setClearButtonEnabled(true);
    m_mrn = new QLineEdit(box);
    m_mrn->setObjectName(QStringLiteral("auditMrnEdit"));
    m_mrn->setAccessibleName(tr("Patient MRN"));
    m_mrn->setPlaceholderText(tr("any patient"));
    m_mrn->setClearButtonEnabled(true);
    m_action = new QComboBox(box);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(box);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setAccessibleName(tr("From date"));
    makeOptionalDate(m_from, tr("Any date"));
    m_to = new QDateEdit(box);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setAccessibleName(tr("To date"));
    makeOptionalDate(m_to, tr("Any date"));
    m_breakGlass = new QCheckBox(tr("Emergency access &only"), box);
    m_breakGlass->setObjectName(QStringLiteral("auditBreakGlassCheck"));
    m_breakGlass->setAccessibleName(tr("Emergency access only"));
    QPushButton *clear = actionButton(box, m_clearAction, QStringLiteral("clearFiltersButton"));

    const auto caption = [box](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, box);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(caption(tr("&User:"), m_user), 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(caption(tr("Patient &MRN:"), m_mrn), 0, 2);
    grid->addWidget(m_mrn, 0, 3);
    grid->addWidget(caption(tr("&Action:"), m_action), 0, 4);
    grid->addWidget(m_action, 0, 5);
    grid->addWidget(caption(tr("F&rom:"), m_from), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(caption(tr("&To:"), m_to), 1, 2);
    grid->addWidget(m_to, 1, 3);
    auto *row = new QHBoxLayout;
    row->addWidget(m_breakGlass);
    row->addStretch(1);
    row->addWidget(clear);
    grid->addLayout(row, 1, 4, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    setTabOrder(m_user, m_mrn);
    setTabOrder(m_mrn, m_action);
    setTabOrder(m_action, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_breakGlass);
    setTabOrder(m_breakGlass, clear);
    return box;
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

QString AuditLogPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

services::AuditFilter AuditLogPage::filter() const
{
    services::AuditFilter f;
    f.actorUsername = m_user->text().trimmed();
    f.patientMrn = m_mrn->text().trimmed();
    f.action = m_action->currentData().toString();
    f.from = optionalDate(m_from);
    f.to = optionalDate(m_to);
    f.breakGlassOnly = m_breakGlass->isChecked();
    return f;
}

void AuditLogPage::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (m_busy > 0) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    m_exportAction->setEnabled(m_busy == 0);
}

void AuditLogPage::clearFilters()
{
    m_user->clear();
    m_mrn->clear();
    m_action->setCurrentIndex(0);
    setOptionalDate(m_from, QDate());
    setOptionalDate(m_to, QDate());
    m_breakGlass->setChecked(false);
    m_filterTimer->stop();
    refresh();
}

void AuditLogPage::refresh()
{
    m_filterTimer->stop();
    setBusy(true);
    const services::AuditFilter f = filter();
    const quint64 generation = ++m_generation;
    m_runner.run(
        this,
        [f](services::Workstation &ws) {
            return AuditSnapshot{ws.audit().entries(f), ws.audit().status(), ws.audit().actions()};
        },
        [this, generation](const AuditSnapshot &snapshot) {
            setBusy(false);
            if (generation != m_generation) {
                return;
            }
            // The action list grows as new kinds of actions occur; keep the choice made.
            const QString chosen = m_action->currentData().toString();
            {
                const QSignalBlocker blocker(m_action);
                while (m_action->count() > 1) {
                    m_action->removeItem(1);
                }
                for (const QString &id : snapshot.actions) {
                    m_action->addItem(auditActionDisplayName(id), id);
                }
                m_action->setCurrentIndex(qMax(0, m_action->findData(chosen)));
            }
            if (!snapshot.entries.ok()) {
                m_model->clear();
                m_message->showError(tr("The audit log cannot be shown: %1").arg(snapshot.entries.message()));
            } else {
                m_model->setEntries(snapshot.entries.value());
                fitColumns(m_view);
                if (m_message->kind() == MessageLabel::Kind::Error) {
                    m_message->clearMessage();
                }
            }
            if (snapshot.status.ok()) {
                const services::AuditChainStatus &s = snapshot.status.value();
                QString text = tr("Audit chain: %1 entries; anchored on the ledger up to entry %2.")
                                   .arg(QLocale().toString(s.entries), QLocale().toString(s.anchoredEntries));
                if (s.lastAnchorAt.isValid()) {
                    text += QLatin1Char(' ') + tr("Last anchor: %1.").arg(formatDateTime(s.lastAnchorAt));
                }
                m_status->setText(text);
            } else {
                m_status->setText(tr("The state of the audit chain is not available: %1").arg(snapshot.status.message()));
            }
            const int shown = m_model->rowCount();
            m_count->setText(shown == 0 ? tr("No entries match these filters.")
                                        : tr("Entries shown: %1").arg(QLocale().toString(shown)));
            Q_EMIT refreshed();
        });
}

void AuditLogPage::exportCsv()
{
    if (isBusy()) {
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("careledger-audit.csv"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    if (!path.isEmpty()) {
        exportCsvTo(path);
    }
}

void AuditLogPage::exportCsvTo(const QString &path)
{
    setBusy(true);
    const services::AuditFilter f = filter();
    m_runner.run(
        this, [f, path](services::Workstation &ws) { return ws.audit().exportCsv(f, path); },
        [this, path](const services::ServiceResult<int> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_message->showError(tr("The audit log was not exported: %1").arg(result.message()));
                return;
            }
            m_message->showMessage(MessageLabel::Kind::Success,
                                   tr("Entries exported: %1, to %2.")
                                       .arg(QLocale().toString(result.value()), QDir::toNativeSeparators(path)));
            Q_EMIT exported(path, result.value());
        });
}

} // namespace careledger::ui
