#pragma once
// What the desktop remembers per user (issue 12): the last workspace tab and the patient list's
// column widths, restored at the next sign-in. In QSettings, keyed by the site code and the
// account's id (a random UUID), never the user name: the settings file sits in the clinic PC's
// home directory, readable by whoever can read that, and says nothing about who works here.
#include <QList>
#include <QString>

namespace muco::ui {

class UserPreferences {
public:
    UserPreferences(const QString &site, const QString &accountId);

    int workspaceTab() const;   // -1 when none is remembered
    void setWorkspaceTab(int index);
    QList<int> columnWidths() const;   // empty when none are remembered
    void setColumnWidths(const QList<int> &widths);

private:
    QString key(const char *name) const;
    QString m_group;
};

} // namespace muco::ui
