#pragma once

#include "services/ConsentService.h"

#include <QAbstractTableModel>

#include <optional>

namespace careledger::ui {

// Who may see a patient's record: every grant, newest first; expired and revoked grants
// stay listed, greyed, with the words saying why they no longer count.
class GrantTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Grantee, Kind, Status, Granted, GrantedBy, Expires, Revocation, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, ActiveRole };

    explicit GrantTableModel(QObject *parent = nullptr);

    void setGrants(QList<services::AccessGrant> grants);
    const QList<services::AccessGrant> &grants() const { return m_grants; }
    std::optional<services::AccessGrant> grantAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const services::AccessGrant &grant);

private:
    QList<services::AccessGrant> m_grants;
};

} // namespace careledger::ui
