#include "UserPreferences.h"
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>

namespace muco::ui {

UserPreferences::UserPreferences(const QString &site, const QString &accountId)
{
    // Both come from the site database; kept to safe characters so neither can reach another
    // group of the settings file ("/" separates groups).
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    m_group = QStringLiteral("users/%1_%2").arg(QString(site).remove(unsafe), QString(accountId).remove(unsafe));
}

QString UserPreferences::key(const char *name) const
{
    return m_group + QLatin1Char('/') + QLatin1String(name);
}

int UserPreferences::workspaceTab() const
{
    bool ok = false;
    const int index = QSettings().value(key("workspace_tab")).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

void UserPreferences::setWorkspaceTab(int index)
{
    QSettings().setValue(key("workspace_tab"), index);
}

QList<int> UserPreferences::columnWidths() const
{
    QList<int> out;
    const QStringList saved = QSettings().value(key("patient_list_columns")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &w : saved) {
        bool ok = false;
        const int width = w.toInt(&ok);
        // A hand-edited file gets the defaults, not a column of 100000 pixels (0: a hidden column).
        if (!ok || width < 0 || width > 2000)
            return {};
        out << width;
    }
    return out;
}

void UserPreferences::setColumnWidths(const QList<int> &widths)
{
    QStringList text;
    for (int w : widths)
        text << QString::number(w);
    QSettings().setValue(key("patient_list_columns"), text.join(QLatin1Char(',')));
}

} // namespace muco::ui
