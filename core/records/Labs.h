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
    // Results of any panels collected together (the command line's labs add), in one
    // transaction; each under its own panel. Bad ones are named as labs.<key>.value/unit.
    static Result<QList<LabResult>> record(Session &session, const QString &patientId, const QDateTime &collectedUtc,
                                           const QList<LabEntry> &entries);
    static QString panelOf(const QString &analyte);   // empty when in none
    static Result<QList<LabResult>> list(Session &session, const QString &patientId);
    // The newest result of each analyte collected within `days` days before (and on) asOf,
    // counted in the site's calendar days (Session::siteDate), not UTC's.
    static Result<QMap<QString, LabResult>> latestWithin(Session &session, const QString &patientId, const QDate &asOf, int days);

    // The ranges for both sexes (sex "any"), by analyte: what the administrator edits.
    static Result<QMap<QString, ReferenceRange>> referenceRanges(Session &session);
    // sex: any (one range for both), female or male; a sex's own range overrides "any".
    static Status setReferenceRange(Session &session, const QString &analyte, const ReferenceRange &range,
                                    const QString &sex = QStringLiteral("any"));
    // Every range, by analyte, then by sex (any | female | male).
    static Result<QMap<QString, QMap<QString, ReferenceRange>>> referenceRangesBySex(Session &session);
    // The range of one analyte for a patient of this sex: the sex's own, else the common one.
    // Sex unknown (empty): the range both sexes share, or nullopt when theirs differ.
    static std::optional<ReferenceRange> rangeFor(const QMap<QString, ReferenceRange> &bySex, const QString &sex);
    // -1 below LLN, 0 inside, +1 above ULN (SI), nullopt when no range is known.
    static std::optional<int> compare(const ReferenceRange &range, const Decimal &si);
    // For a patient of this sex; sex unknown: decided only where the female and male ranges agree.
    static std::optional<int> compare(const QMap<QString, ReferenceRange> &bySex, const QString &sex, const Decimal &si);
};

} // namespace muco
