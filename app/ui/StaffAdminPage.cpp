#include "ui/StaffAdminPage.h"

#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/NewAccountDialog.h"
#include "ui/ServiceRunner.h"
#include "ui/StaffTableModel.h"
#include "ui/TemporaryPasswordDialog.h"
#include "ui/Theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careledger::ui {

StaffAdminPage::StaffAdminPage(ServiceRunner &runner, services::StaffAccount currentUser, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_currentUser(std::move(currentUser))
{
    setObjectName(QStringLiteral("staffAdminPage"));
    setAccessibleName(tr("Staff accounts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Staff accounts"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Everyone who signs in at this clinic's workstations. Disabling an account "
                                "destroys its key: its password no longer opens the clinic data."),
                             this);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_newAction = new QAction(tr("&New account…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_disableAction = new QAction(tr("&Disable"), this);
    m_disableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_enableAction = new QAction(tr("&Enable…"), this);
    m_enableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_resetAction = new QAction(tr("Reset &password…"), this);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    auto *findAction = new QAction(tr("Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    for (QAction *action : {m_newAction, m_disableAction, m_enableAction, m_resetAction, m_refreshAction, findAction}) {
        addAction(action); // shortcuts live only while this page is shown
    }

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("staffFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by user name, name or role"));
    m_filter->setAccessibleName(tr("Filter staff accounts"));
    m_filter->setClearButtonEnabled(true);
    tools->addWidget(m_filter, 1);
    QPushButton *newButton = addButton(m_newAction, QStringLiteral("newAccountButton"));
    QPushButton *disableButton = addButton(m_disableAction, QStringLiteral("disableButton"));
    QPushButton *enableButton = addButton(m_enableAction, QStringLiteral("enableButton"));
    QPushButton *resetButton = addButton(m_resetAction, QStringLiteral("resetPasswordButton"));
    QPushButton *refreshButton = addButton(m_refreshAction, QStringLiteral("refreshButton"));
    for (QPushButton *b : {newButton, disableButton, enableButton, resetButton, refreshButton}) {
        tools->addWidget(b);
    }
    layout->addLayout(tools);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    layout->addWidget(m_message);

    m_model = new StaffTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(StaffTableModel::FilterRole);
    m_proxy->setSortRole(StaffTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staffTable"));
    m_view->setAccessibleName(tr("Staff accounts table"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->sortByColumn(StaffTableModel::Username, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);

    setTabOrder(m_filter, newButton);
    setTabOrder(newButton, disableButton);
    setTabOrder(disableButton, enableButton);
    setTabOrder(enableButton, resetButton);
    setTabOrder(resetButton, refreshButton);
    setTabOrder(refreshButton, m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StaffAdminPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StaffAdminPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StaffAdminPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffAdminPage::updateActions);
    connect(m_newAction, &QAction::triggered, this, &StaffAdminPage::newAccount);
    connect(m_disableAction, &QAction::triggered, this, &StaffAdminPage::disableSelected);
    connect(m_enableAction, &QAction::triggered, this, &StaffAdminPage::enableSelected);
    connect(m_resetAction, &QAction::triggered, this, &StaffAdminPage::resetSelected);
    connect(m_refreshAction, &QAction::triggered, this, &StaffAdminPage::refresh);
    connect(findAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    updateActions();
    refresh();
}

QPushButton *StaffAdminPage::addButton(QAction *action, const QString &objectName)
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

QString StaffAdminPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

std::optional<services::StaffAccount> StaffAdminPage::selectedAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->accountAt(m_proxy->mapToSource(rows.first()).row());
}

void StaffAdminPage::selectAccount(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
}

void StaffAdminPage::updateActions()
{
    const auto account = selectedAccount();
    const bool idle = !m_busy;
    const bool self = account && account->id == m_currentUser.id;
    m_newAction->setEnabled(idle);
    m_refreshAction->setEnabled(idle);
    // Your own account is changed from the Session menu, never locked out from here.
    m_disableAction->setEnabled(idle && account && account->enabled && !self);
    m_enableAction->setEnabled(idle && account && !account->enabled);
    m_resetAction->setEnabled(idle && account && account->enabled && !self);
}

void StaffAdminPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateActions();
}

void StaffAdminPage::refresh()
{
    const auto selected = selectedAccount();
    reload(selected ? selected->id : 0, QString());
}

void StaffAdminPage::reload(qint64 selectId, const QString &success)
{
    setBusy(true);
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.staff().list(); },
        [this, selectId, success](const services::ServiceResult<QList<services::StaffAccount>> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_model->clear();
                m_message->showError(tr("The staff accounts cannot be shown: %1").arg(result.message()));
                return;
            }
            m_model->setAccounts(result.value());
            m_view->resizeColumnsToContents();
            for (int c = 0; c < StaffTableModel::ColumnCount - 1; ++c) {
                m_view->setColumnWidth(c, m_view->columnWidth(c) + 24);
            }
            if (selectId != 0) {
                selectAccount(selectId);
            }
            if (success.isEmpty()) {
                m_message->clearMessage();
            } else {
                m_message->showMessage(MessageLabel::Kind::Success, success);
            }
            updateActions();
            Q_EMIT refreshed();
        });
}

void StaffAdminPage::newAccount()
{
    if (m_busy) {
        return;
    }
    auto *dialog = new NewAccountDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewAccountDialog::accountCreated, this, [this](const services::StaffAccount &account) {
        reload(account.id, tr("Account “%1” created for %2. Hand over the temporary password in person.")
                               .arg(account.username, account.displayName));
    });
    dialog->open();
}

void StaffAdminPage::disableSelected()
{
    const auto account = selectedAccount();
    if (m_busy || !account || !account->enabled) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable account"),
                                tr("Disable the account of %1 (%2)?").arg(account->displayName, account->username),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDisableBox"));
    box->setInformativeText(tr("%1 will no longer be able to sign in, and the password will no longer open the "
                               "clinic data. You can enable the account again with a temporary password.")
                                .arg(account->displayName));
    QPushButton *confirm = box->addButton(tr("&Disable account"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel); // a slip of the Enter key must not lock a colleague out
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = account->id;
    const QString name = account->displayName;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, confirm, id, name](QAbstractButton *clicked) {
        if (clicked != confirm) {
            return;
        }
        box->close();
        setBusy(true);
        m_runner.run(
            this, [id](services::Workstation &ws) { return ws.staff().disable(id); },
            [this, id, name](const services::ServiceStatus &status) {
                setBusy(false);
                if (!status.ok()) {
                    m_message->showError(tr("The account cannot be disabled: %1").arg(status.message()));
                    return;
                }
                reload(id, tr("The account of %1 is disabled.").arg(name));
            });
    });
    box->open();
}

void StaffAdminPage::enableSelected()
{
    const auto account = selectedAccount();
    if (m_busy || !account || account->enabled) {
        return;
    }
    auto *dialog = new TemporaryPasswordDialog(m_runner, TemporaryPasswordDialog::Mode::Enable, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = account->id;
    connect(dialog, &TemporaryPasswordDialog::done, this, [this, id](const QString &text) { reload(id, text); });
    dialog->open();
}

void StaffAdminPage::resetSelected()
{
    const auto account = selectedAccount();
    if (m_busy || !account || !account->enabled) {
        return;
    }
    auto *dialog = new TemporaryPasswordDialog(m_runner, TemporaryPasswordDialog::Mode::ResetPassword, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = account->id;
    connect(dialog, &TemporaryPasswordDialog::done, this, [this, id](const QString &text) { reload(id, text); });
    dialog->open();
}

} // namespace careledger::ui
