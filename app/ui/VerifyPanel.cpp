#include "ui/VerifyPanel.h"

#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

QPushButton *buttonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(action->text()));
    button->setToolTip(QStringLiteral("%1 (%2)").arg(button->accessibleName(),
                                                      action->shortcut().toString(QKeySequence::NativeText)));
    button->setAutoDefault(false);
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

VerifyPanel::VerifyPanel(ServiceRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("verifyPanel"));
    setAccessibleName(tr("Ledger verification"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_verifyAction = new QAction(tr("&Verify ledger"), this);
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_cancelAction = new QAction(tr("&Cancel verification"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    addAction(m_verifyAction); // while the page is shown
    addAction(m_cancelAction); // Escape only while the focus is in this panel
    connect(m_verifyAction, &QAction::triggered, this, &VerifyPanel::start);
    connect(m_cancelAction, &QAction::triggered, this, &VerifyPanel::cancel);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    m_verifyButton = buttonFor(m_verifyAction, QStringLiteral("verifyButton"), this);
    row->addWidget(m_verifyButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setEnabled(false);
    row->addWidget(m_progress, 1);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("verifyProgressText"));
    m_progressText->setMinimumWidth(m_progressText->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")) + 12);
    row->addWidget(m_progressText);
    m_cancelButton = buttonFor(m_cancelAction, QStringLiteral("cancelVerifyButton"), this);
    row->addWidget(m_cancelButton);
    layout->addLayout(row);

    m_summary = new MessageLabel(this);
    m_summary->setObjectName(QStringLiteral("verifySummary"));
    m_summary->setAccessibleName(tr("Verification result"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_problems = new QStringListModel(this);
    m_problemsView = new QListView(this);
    m_problemsView->setObjectName(QStringLiteral("verifyProblems"));
    m_problemsView->setAccessibleName(tr("Problems found"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setWordWrap(true);
    m_problemsView->setUniformItemSizes(false);
    m_problemsView->setMaximumHeight(m_problemsView->fontMetrics().height() * 7);
    m_problemsView->hide();
    layout->addWidget(m_problemsView);

    setTabOrder(m_verifyButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_problemsView);
}

VerifyPanel::~VerifyPanel()
{
    // The page may go while a verification runs (window closed): the job stops at its next
    // block and the runner, which outlives this panel, waits for it before the session ends.
    if (m_cancel) {
        m_cancel->store(true);
    }
}

QString VerifyPanel::summaryText() const
{
    return m_summary->text();
}

void VerifyPanel::setRunning(bool running)
{
    m_verifyAction->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_progress->setEnabled(running);
    if (running) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    Q_EMIT runningChanged(running);
}

void VerifyPanel::start()
{
    if (m_cancel) {
        return;
    }
    m_problems->setStringList({});
    m_problemsView->hide();
    m_progress->setRange(0, 0); // busy until the first progress report gives the total
    m_progress->setValue(0);
    m_progressText->clear();
    m_summary->showInfo(tr("Verifying every block, transaction and stored record…"));
    m_cancel = m_runner.runLong(
        this,
        [](services::Workstation &ws, const ServiceRunner::ProgressFn &progress, const std::atomic<bool> *cancel) {
            return ws.ledger().verify(progress, cancel);
        },
        [this](quint64 done, quint64 total) {
            if (!m_cancel) {
                return;
            }
            const int maximum = int(qMin<quint64>(total, INT_MAX));
            m_progress->setRange(0, qMax(1, maximum));
            m_progress->setValue(int(qMin<quint64>(done, quint64(maximum))));
            m_progressText->setText(QStringLiteral("%1 / %2").arg(QLocale().toString(done), QLocale().toString(total)));
        },
        [this](const services::ServiceResult<services::VerifyResult> &result) { showResult(result); });
    setRunning(true);
    m_cancelButton->setFocus(Qt::OtherFocusReason);
}

void VerifyPanel::cancel()
{
    if (!m_cancel) {
        return;
    }
    m_cancel->store(true);
    m_cancelAction->setEnabled(false);
    m_summary->showInfo(tr("Stopping the verification…"));
}

void VerifyPanel::showResult(const services::ServiceResult<services::VerifyResult> &result)
{
    m_cancel.reset();
    setRunning(false);
    if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
    }
    if (!result.ok()) {
        m_last.reset();
        m_progress->setValue(0);
        m_summary->showError(tr("The ledger cannot be verified: %1").arg(result.message()));
    } else {
        const services::VerifyResult &r = result.value();
        m_last = r;
        m_problems->setStringList(r.problems);
        m_problemsView->setVisible(!r.problems.isEmpty());
        const QString counts = QLocale().createSeparatedList(
            {r.blocksChecked == 1 ? tr("1 block") : tr("%1 blocks").arg(QLocale().toString(r.blocksChecked)),
             r.transactionsChecked == 1 ? tr("1 transaction")
                                        : tr("%1 transactions").arg(QLocale().toString(r.transactionsChecked)),
             r.recordsChecked == 1 ? tr("1 record") : tr("%1 records").arg(QLocale().toString(r.recordsChecked))});
        if (r.cancelled) {
            m_summary->showMessage(MessageLabel::Kind::Warning,
                                   tr("Verification cancelled after %1. Nothing was changed.").arg(counts));
        } else if (!r.problems.isEmpty()) {
            const QString found = r.problems.size() == 1
                                      ? tr("1 problem found")
                                      : tr("%1 problems found").arg(QLocale().toString(r.problems.size()));
            m_summary->showError(tr("%1 in the ledger (%2 checked); each is listed below.").arg(found, counts));
        } else {
            m_progress->setValue(m_progress->maximum());
            m_summary->showMessage(MessageLabel::Kind::Success, tr("Ledger verified: %1, no problems.").arg(counts));
        }
    }
    m_verifyButton->setFocus(Qt::OtherFocusReason);
    Q_EMIT finished();
}

} // namespace careledger::ui
