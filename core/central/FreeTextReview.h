#pragma once
// Free text at the central site (issue 11, M5; docs/security.md, "Data minimisation"): the
// fields a person types freely (Minimisation::freeTextFields: an AE's "Other, specify", reasons,
// findings, query messages) may name anyone, so the central site's reports and exports leave a
// value out until someone has read it and marked it reviewed. A review holds for the value read
// (its hash): a later change of the field is left out again until reviewed again.
#include "central/CentralBackend.h"
#include "common/Clock.h"
#include <QList>
#include <QSet>

namespace muco {

struct FreeTextValue {
    QString site;
    QString table;
    QString recordId;
    QString field;
    QString value;
};

class FreeTextReview {
public:
    FreeTextReview(CentralBackend &backend, const Clock &clock) : m_backend(backend), m_clock(clock) {}
    static QStringList schema();
    // Free-text values held now and not reviewed, by site, table, record.
    Result<QList<FreeTextValue>> pending();
    // Marks the value the field holds now as reviewed (recorded in the central audit trail).
    // Invalid when the field is not free text or the record holds no value for it.
    Status review(const QString &table, const QString &recordId, const QString &field, const QString &actor);
    // "table/record/field/hash" of every reviewed value.
    static Result<QSet<QString>> reviewed(CentralBackend &backend);
    // The key reviewed() holds for a stored value (canonical JSON text, as in `records`).
    static QString key(const QString &table, const QString &recordId, const QString &field, const QString &storedValue);

private:
    CentralBackend &m_backend;
    const Clock &m_clock;
};

} // namespace muco
