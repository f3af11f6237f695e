#pragma once

#include "services/ChartService.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;

// Every version of one record, oldest first: who wrote it, in which role, when and why.
// Selecting a version shows its fields, with the fields that changed since the version
// before it marked (highlighted, and "Changed" in words).
class RecordHistoryDialog : public QDialog {
    Q_OBJECT
public:
    RecordHistoryDialog(ServiceRunner &runner, services::PatientId patient, QByteArray recordId, const QString &subject,
                        QWidget *parent = nullptr);

    QTableView *versionView() const { return m_versionView; }
    QTableWidget *fieldTable() const { return m_fields; }
    const QList<services::RecordVersion> &versions() const { return m_versions; }
    bool isLoading() const { return m_loading; }
    void selectVersion(int index);
    // Labels of the fields marked as changed in the selected version.
    QStringList changedFields() const;

    // The fields of a record version as (label, value) pairs in form order, values formatted.
    static QList<QPair<QString, QString>> fieldsOf(const services::RecordVersion &version);

Q_SIGNALS:
    void loaded();

private:
    void load();
    void showVersion(int index);

    ServiceRunner &m_runner;
    services::PatientId m_patient;
    QByteArray m_recordId;
    QList<services::RecordVersion> m_versions;
    bool m_loading = false;
    MessageLabel *m_message = nullptr;
    QStandardItemModel *m_versionModel = nullptr;
    QTableView *m_versionView = nullptr;
    QLabel *m_versionHeading = nullptr;
    QTableWidget *m_fields = nullptr;
};

} // namespace careledger::ui
