#pragma once
// The site's accounts (security/Accounts): user name, name, role, active or deactivated (kept,
// greyed). The accounts dialog's list; administrators only, enforced in core.
#include "security/Accounts.h"
#include <QAbstractTableModel>

namespace muco::ui {

class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserName, Name, RoleColumn, Status, ColumnCount };
    enum Roles { RoleIdRole = Qt::UserRole /* the stable role id: "nurse" */, ActiveRole };

    using QAbstractTableModel::QAbstractTableModel;
    // Reads the accounts through core; a failed read (not an administrator) leaves the list empty.
    muco::Status load(Session &session);   // muco::: the Status column hides it here
    const Account *accountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_rows;
};

} // namespace muco::ui
