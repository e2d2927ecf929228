#pragma once
// The one object that carries core -> UI change signals (after Subsurface's
// divelistnotifier): models listen here instead of polling the database.
#include <QObject>
#include <QStringList>

namespace muco {

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    static ChangeNotifier &instance();
signals:
    void recordCreated(const QString &table, const QString &id);
    void recordChanged(const QString &table, const QString &id, const QStringList &fields);
    // Something of one patient's clinical record changed (fractions, visits, labs, ...).
    void patientDataChanged(const QString &patientId, const QString &table);
};

} // namespace muco
