#include "models/AccountListModel.h"
#include "security/Roles.h"
#include <QBrush>
#include <QColor>

namespace muco::ui {

muco::Status AccountListModel::load(Session &session)
{
    auto accounts = Accounts::list(session);
    beginResetModel();
    m_rows = accounts.ok() ? accounts.value() : QList<Account>{};
    endResetModel();
    if (!accounts.ok())
        return accounts.error();
    return {};
}

const Account *AccountListModel::accountAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int AccountListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AccountListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const Account *a = index.isValid() ? accountAt(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case RoleIdRole: return roleId(a->role);
    case ActiveRole: return a->active;
    case Qt::ForegroundRole: return a->active ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserName: return a->username;
        case Name: return a->displayName;
        case RoleColumn: return roleLabel(a->role);
        case Status: return a->active ? tr("Active") : tr("Deactivated");
        default: return {};
        }
    default: return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName: return tr("User name");
    case Name: return tr("Name");
    case RoleColumn: return tr("Role");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace muco::ui
