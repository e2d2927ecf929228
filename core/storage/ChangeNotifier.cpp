#include "storage/ChangeNotifier.h"

namespace muco {

ChangeNotifier &ChangeNotifier::instance()
{
    static ChangeNotifier notifier;
    return notifier;
}

QStringList ChangeNotifier::tablesOf(const ChangeSet &changes, const QString &patientId)
{
    QStringList tables;
    for (const RecordChange &c : changes)
        if (c.patientId == patientId && !tables.contains(c.table))
            tables << c.table;
    return tables;
}

} // namespace muco
