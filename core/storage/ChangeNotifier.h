#pragma once
// What a committed transaction changed, and the one object that tells the UI (after
// Subsurface's divelistnotifier): the write path records every change on the open
// Transaction; its commit emits them as one typed list, and nothing else emits.
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace muco {

struct RecordChange {
    enum class Kind { Created, Updated, Deleted };
    Kind kind = Kind::Updated;
    QString table;
    QString recordId;
    QString patientId;    // the patient whose record this is (empty for site-wide records)
    QStringList fields;   // the fields written

    bool operator==(const RecordChange &) const = default;
};

using ChangeSet = QList<RecordChange>;

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    static ChangeNotifier &instance();

    // The tables a change set touched for one patient (a workspace reloads the tabs showing them).
    static QStringList tablesOf(const ChangeSet &changes, const QString &patientId);

signals:
    // Emitted by Transaction::commit, after COMMIT succeeded, with everything it wrote.
    void committed(const muco::ChangeSet &changes);
};

} // namespace muco

Q_DECLARE_METATYPE(muco::ChangeSet)
