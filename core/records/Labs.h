#pragma once
// Laboratory results: entered value and unit kept, SI value stored beside it; the site's
// reference ranges (LLN/ULN in SI units) kept per site and edited by the administrator.
#include "clinical/Decimal.h"
#include "clinical/LabUnits.h"
#include "common/Result.h"
#include <QDateTime>
#include <QList>
#include <QMap>
#include <optional>

namespace muco {

class Session;
struct TableSpec;

struct LabEntry {
    QString analyte;   // wbc, hemoglobin, ... (LabUnits keys)
    Decimal value;
    QString unit;
};

struct LabResult {
    QString id;
    QString patientId;
    QDateTime collectedUtc;
    QString panel;
    QString analyte;
    Decimal value;
    QString unit;
    Decimal si;
};

struct ReferenceRange {
    std::optional<Decimal> lln;   // SI units
    std::optional<Decimal> uln;
};

class Labs {
public:
    static const TableSpec &table();
    static QStringList panels();                      // blood_count, liver, renal
    static QStringList panelAnalytes(const QString &panel);
    static QString panelLabel(const QString &panel);

    // All entries of a panel in one transaction; the first bad one is named as labs.<key>.value/unit.
    static Result<QList<LabResult>> recordPanel(Session &session, const QString &patientId, const QDateTime &collectedUtc,
                                                const QString &panel, const QList<LabEntry> &entries);
    static Result<QList<LabResult>> list(Session &session, const QString &patientId);
    // The newest result of each analyte collected within `days` days before (and on) asOf,
    // counted in the site's calendar days (Session::siteDate), not UTC's.
    static Result<QMap<QString, LabResult>> latestWithin(Session &session, const QString &patientId, const QDate &asOf, int days);

    static Result<QMap<QString, ReferenceRange>> referenceRanges(Session &session);
    static Status setReferenceRange(Session &session, const QString &analyte, const ReferenceRange &range);
    // -1 below LLN, 0 inside, +1 above ULN (SI), nullopt when no range is known.
    static std::optional<int> compare(const ReferenceRange &range, const Decimal &si);
};

} // namespace muco
