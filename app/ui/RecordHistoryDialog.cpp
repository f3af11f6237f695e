#include "ui/RecordHistoryDialog.h"

#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

const QColor kChangedBackground(0xfd, 0xf1, 0xc8);

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : isolated(text);
}

} // namespace

RecordHistoryDialog::RecordHistoryDialog(ServiceRunner &runner, services::PatientId patient, QByteArray recordId,
                                         const QString &subject, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_patient(std::move(patient)), m_recordId(std::move(recordId))
{
    setObjectName(QStringLiteral("recordHistoryDialog"));
    setWindowTitle(tr("Version history — %1").arg(subject));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(windowTitle(), this);
    heading->setTextFormat(Qt::PlainText);
    makeHeading(heading, 1.25);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Every saved version, oldest first. Select a version to see its fields; the fields "
                                "that changed since the version before are marked."),
                             this);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("versionsMessage"));
    layout->addWidget(m_message);

    m_versionModel = new QStandardItemModel(0, 5, this);
    m_versionModel->setHorizontalHeaderLabels(
        {tr("Version"), tr("Written"), tr("Author"), tr("Role"), tr("Reason for the change")});
    m_versionView = makeRecordTable(this, QStringLiteral("versionTable"), tr("Versions"));
    m_versionView->setSortingEnabled(false);
    m_versionView->setModel(m_versionModel);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(6);
    m_versionHeading = new QLabel(detail);
    m_versionHeading->setObjectName(QStringLiteral("versionHeading"));
    QFont bold = m_versionHeading->font();
    bold.setBold(true);
    m_versionHeading->setFont(bold);
    detailLayout->addWidget(m_versionHeading);
    m_fields = new QTableWidget(0, 3, detail);
    m_fields->setObjectName(QStringLiteral("versionFieldTable"));
    m_fields->setAccessibleName(tr("Fields of the selected version"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Change")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setTabKeyNavigation(false);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    detailLayout->addWidget(m_fields, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_versionView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    const int rowHeight = m_versionView->verticalHeader()->defaultSectionSize();
    m_versionView->setMinimumHeight(rowHeight * 3 + 8);
    splitter->setSizes({rowHeight * 5, rowHeight * 16});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_versionView, m_fields);
    setTabOrder(m_fields, close);
    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVersion(current.isValid() ? current.row() : -1); });
    resize(820, 620);
    load();
}

void RecordHistoryDialog::load()
{
    m_loading = true;
    setCursor(Qt::BusyCursor);
    const services::PatientId patient = m_patient;
    const QByteArray recordId = m_recordId;
    m_runner.run(
        this, [patient, recordId](services::Workstation &ws) { return ws.charts().versions(patient, recordId); },
        [this](const services::ServiceResult<QList<services::RecordVersion>> &result) {
            m_loading = false;
            unsetCursor();
            if (!result.ok()) {
                m_message->showError(tr("The versions cannot be shown: %1").arg(result.message()));
                Q_EMIT loaded();
                return;
            }
            m_versions = result.value();
            m_versionModel->setRowCount(0);
            for (const services::RecordVersion &v : std::as_const(m_versions)) {
                const core::RecordAuthorship &a = v.info.authorship;
                const auto role = services::roleFromId(a.authorRole);
                QList<QStandardItem *> row{
                    new QStandardItem(QLocale().toString(v.info.version)),
                    new QStandardItem(formatDateTime(a.writtenAt)),
                    new QStandardItem(orDash(a.authorName)),
                    new QStandardItem(role ? services::roleDisplayName(*role) : orDash(a.authorRole)),
                    new QStandardItem(a.changeReason.isEmpty() && v.info.version == 1 ? tr("First version")
                                                                                       : orDash(a.changeReason)),
                };
                m_versionModel->appendRow(row);
            }
            fitColumns(m_versionView);
            if (!m_versions.isEmpty()) {
                selectVersion(int(m_versions.size()) - 1); // the current version
            }
            Q_EMIT loaded();
        });
}

void RecordHistoryDialog::selectVersion(int index)
{
    if (index < 0 || index >= m_versionModel->rowCount()) {
        return;
    }
    m_versionView->selectionModel()->setCurrentIndex(m_versionModel->index(index, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showVersion(index);
}

QStringList RecordHistoryDialog::changedFields() const
{
    QStringList changed;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        if (m_fields->item(row, 2) && !m_fields->item(row, 2)->text().isEmpty()) {
            changed << m_fields->item(row, 0)->text();
        }
    }
    return changed;
}

void RecordHistoryDialog::showVersion(int index)
{
    m_fields->setRowCount(0);
    if (index < 0 || index >= m_versions.size()) {
        m_versionHeading->clear();
        return;
    }
    const services::RecordVersion &version = m_versions.at(index);
    const auto fields = fieldsOf(version);
    const auto previous = index > 0 ? fieldsOf(m_versions.at(index - 1)) : QList<QPair<QString, QString>>{};
    m_versionHeading->setText(index > 0 ? tr("Version %1, compared with version %2")
                                              .arg(version.info.version)
                                              .arg(m_versions.at(index - 1).info.version)
                                        : tr("Version %1").arg(version.info.version));
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const bool changed = index > 0 && row < previous.size() && previous.at(row).second != fields.at(row).second;
        auto *label = new QTableWidgetItem(fields.at(row).first);
        auto *value = new QTableWidgetItem(fields.at(row).second);
        auto *change = new QTableWidgetItem(changed ? tr("Changed (was: %1)").arg(previous.at(row).second) : QString());
        for (QTableWidgetItem *item : {label, value, change}) {
            if (changed) {
                item->setBackground(kChangedBackground);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_fields->setItem(row, 0, label);
        m_fields->setItem(row, 1, value);
        m_fields->setItem(row, 2, change);
    }
    m_fields->resizeRowsToContents();
}

QList<QPair<QString, QString>> RecordHistoryDialog::fieldsOf(const services::RecordVersion &version)
{
    QList<QPair<QString, QString>> f;
    if (const auto *d = std::get_if<core::Demographics>(&version.value)) {
        f << qMakePair(tr("Given name"), orDash(d->givenName)) << qMakePair(tr("Family name"), orDash(d->familyName))
          << qMakePair(tr("Date of birth"), formatDate(d->birthDate))
          << qMakePair(tr("Sex"), core::sexDisplayName(d->sex)) << qMakePair(tr("Address"), orDash(d->address))
          << qMakePair(tr("Phone"), orDash(d->phone)) << qMakePair(tr("Email"), orDash(d->email))
          << qMakePair(tr("Emergency contact"), orDash(d->emergencyContactName))
          << qMakePair(tr("Emergency contact phone"), orDash(d->emergencyContactPhone));
    } else if (const auto *h = std::get_if<core::HistoryEntry>(&version.value)) {
        f << qMakePair(tr("Condition"), orDash(h->condition)) << qMakePair(tr("Code"), orDash(h->code))
          << qMakePair(tr("Code system"), orDash(codeSystemDisplayName(h->codeSystem)))
          << qMakePair(tr("Description"), orDash(h->description))
          << qMakePair(tr("Onset date"), formatDate(h->onsetDate))
          << qMakePair(tr("Status"), core::problemStatusDisplayName(h->status));
    } else if (const auto *p = std::get_if<core::Prescription>(&version.value)) {
        f << qMakePair(tr("Medication"), orDash(p->medication)) << qMakePair(tr("Strength"), orDash(p->strength))
          << qMakePair(tr("Form"), core::formDisplayName(p->form))
          << qMakePair(tr("Dose"),
                       QStringLiteral("%1 %2").arg(formatNumber(p->dose), isolated(unitDisplayName(p->doseUnit))))
          << qMakePair(tr("Route"), core::routeDisplayName(p->route))
          << qMakePair(tr("Frequency"), isolated(frequencyDisplayName(p->frequency)))
          << qMakePair(tr("Duration (days)"), QLocale().toString(p->durationDays))
          << qMakePair(tr("Quantity"),
                       QStringLiteral("%1 %2").arg(formatNumber(p->quantity), isolated(unitDisplayName(p->quantityUnit))))
          << qMakePair(tr("Refills"), QLocale().toString(p->refills))
          << qMakePair(tr("Instructions"), orDash(p->instructions))
          << qMakePair(tr("Date"), formatDate(p->prescribedOn))
          << qMakePair(tr("Status"), core::prescriptionStatusDisplayName(p->status));
    }
    return f;
}

} // namespace careledger::ui
