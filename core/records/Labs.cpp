#include "records/Labs.h"
#include "clinical/Eligibility.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Labs)
};
Decimal dec(const QVariant &v) { return Decimal::parse(v.toString()).value_or(Decimal()); }
} // namespace

const TableSpec &Labs::table()
{
    static const TableSpec spec{QStringLiteral("lab_results"),
                                {QStringLiteral("patient_id"), QStringLiteral("collected_utc"), QStringLiteral("panel"),
                                 QStringLiteral("analyte"), QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("si_value")}};
    return spec;
}

QStringList Labs::panels() { return {QStringLiteral("blood_count"), QStringLiteral("liver"), QStringLiteral("renal")}; }

QStringList Labs::panelAnalytes(const QString &panel)
{
    if (panel == QLatin1String("blood_count"))
        return {QStringLiteral("wbc"), QStringLiteral("hemoglobin"), QStringLiteral("platelets"), QStringLiteral("neutrophils")};
    if (panel == QLatin1String("liver"))
        return {QStringLiteral("alt"), QStringLiteral("ast"), QStringLiteral("total_bilirubin")};
    if (panel == QLatin1String("renal"))
        return {QStringLiteral("creatinine"), QStringLiteral("creatinine_clearance")};
    return {};
}

QString Labs::panelLabel(const QString &panel)
{
    if (panel == QLatin1String("blood_count")) return Tr::tr("Blood count");
    if (panel == QLatin1String("liver")) return Tr::tr("Liver function");
    if (panel == QLatin1String("renal")) return Tr::tr("Renal function");
    return panel;
}

namespace {
// One result row, through the write path, in the caller's transaction.
Result<LabResult> insertResult(Session &s, const QString &patientId, const QDateTime &collectedUtc, const QString &panel,
                               const LabEntry &e)
{
    const Decimal si = *toSi(*analyteByKey(e.analyte), e.value, e.unit);
    auto w = RecordStore::create(s, {&Labs::table(), {},
                                     {{QStringLiteral("patient_id"), patientId},
                                      {QStringLiteral("collected_utc"), isoUtc(collectedUtc)},
                                      {QStringLiteral("panel"), panel},
                                      {QStringLiteral("analyte"), e.analyte},
                                      {QStringLiteral("value"), e.value.toString()},
                                      {QStringLiteral("unit"), e.unit},
                                      {QStringLiteral("si_value"), si.toString()}},
                                     {}});
    if (!w.ok())
        return w.error();
    return LabResult{w->id, patientId, collectedUtc, panel, e.analyte, e.value, e.unit, si};
}

Status checkCollection(Session &s, const QDateTime &collectedUtc, const QList<LabEntry> &entries)
{
    if (!collectedUtc.isValid())
        return Error::invalid(QStringLiteral("collected"), Tr::tr("the collection date and time are required"));
    if (collectedUtc > s.now())
        return Error::invalid(QStringLiteral("collected"), Tr::tr("the collection time is in the future"));
    if (entries.isEmpty())
        return Error::invalid(QStringLiteral("labs"), Tr::tr("enter at least one result"));
    return {};
}
} // namespace

Result<QList<LabResult>> Labs::recordPanel(Session &s, const QString &patientId, const QDateTime &collectedUtc,
                                           const QString &panel, const QList<LabEntry> &entries)
{
    MUCO_TRY(s.require(Permission::EnterLabs));
    if (!panels().contains(panel))
        return Error::invalid(QStringLiteral("panel"), Tr::tr("unknown panel %1").arg(panel));
    MUCO_TRY(checkCollection(s, collectedUtc, entries));
    for (const LabEntry &e : entries) {
        if (!panelAnalytes(panel).contains(e.analyte))
            return Error::invalid(QStringLiteral("labs.%1").arg(e.analyte), Tr::tr("is not part of the %1 panel").arg(panelLabel(panel)));
        MUCO_TRY(validateLabValue(e.analyte, {e.value, e.unit, std::nullopt}));
    }
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    QList<LabResult> out;
    for (const LabEntry &e : entries) {
        MUCO_READ(saved, insertResult(s, patientId, collectedUtc, panel, e));
        out.append(saved);
    }
    MUCO_TRY(tx.commit());
    return out;
}

QString Labs::panelOf(const QString &analyte)
{
    for (const QString &panel : panels())
        if (panelAnalytes(panel).contains(analyte))
            return panel;
    return {};
}

Result<QList<LabResult>> Labs::record(Session &s, const QString &patientId, const QDateTime &collectedUtc,
                                      const QList<LabEntry> &entries)
{
    MUCO_TRY(s.require(Permission::EnterLabs));
    MUCO_TRY(checkCollection(s, collectedUtc, entries));
    for (const LabEntry &e : entries) {
        if (panelOf(e.analyte).isEmpty())
            return Error::invalid(QStringLiteral("labs.%1").arg(e.analyte), Tr::tr("is not in any panel"));
        MUCO_TRY(validateLabValue(e.analyte, {e.value, e.unit, std::nullopt}));
    }
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    QList<LabResult> out;
    for (const LabEntry &e : entries) {
        MUCO_READ(saved, insertResult(s, patientId, collectedUtc, panelOf(e.analyte), e));
        out.append(saved);
    }
    MUCO_TRY(tx.commit());
    return out;
}

Result<QList<LabResult>> Labs::list(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(), QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("collected_utc DESC, analyte"));
    if (!rows.ok())
        return rows.error();
    QList<LabResult> out;
    for (const QVariantMap &m : rows.value())
        out.append({m.value(QStringLiteral("id")).toString(), patientId,
                    QDateTime::fromString(m.value(QStringLiteral("collected_utc")).toString(), Qt::ISODateWithMs),
                    m.value(QStringLiteral("panel")).toString(), m.value(QStringLiteral("analyte")).toString(),
                    dec(m.value(QStringLiteral("value"))), m.value(QStringLiteral("unit")).toString(),
                    dec(m.value(QStringLiteral("si_value")))});
    return out;
}

Result<QMap<QString, LabResult>> Labs::latestWithin(Session &s, const QString &patientId, const QDate &asOf, int days)
{
    auto all = list(s, patientId);
    if (!all.ok())
        return all.error();
    QMap<QString, LabResult> latest;
    for (const LabResult &r : all.value()) {   // newest first
        const QDate d = s.siteDate(r.collectedUtc);   // the site's calendar day, not UTC's
        if (d > asOf || d.daysTo(asOf) > days || latest.contains(r.analyte))
            continue;
        latest.insert(r.analyte, r);
    }
    return latest;
}

Result<QMap<QString, ReferenceRange>> Labs::referenceRanges(Session &s)
{
    QMap<QString, ReferenceRange> out;
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT analyte, lln, uln FROM reference_ranges WHERE sex = 'any'")));
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        out.insert(row.text(0), {row.isNull(1) ? std::nullopt : Decimal::parse(row.text(1)),
                                 row.isNull(2) ? std::nullopt : Decimal::parse(row.text(2))});
    }));
    return out;
}

Result<QMap<QString, QMap<QString, ReferenceRange>>> Labs::referenceRangesBySex(Session &s)
{
    QMap<QString, QMap<QString, ReferenceRange>> out;
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT analyte, sex, lln, uln FROM reference_ranges")));
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        out[row.text(0)].insert(row.text(1), {row.isNull(2) ? std::nullopt : Decimal::parse(row.text(2)),
                                              row.isNull(3) ? std::nullopt : Decimal::parse(row.text(3))});
    }));
    return out;
}

std::optional<ReferenceRange> Labs::rangeFor(const QMap<QString, ReferenceRange> &bySex, const QString &sex)
{
    // A sex's range left empty means "as for any patient", so clearing it falls back.
    auto of = [&](const QString &which) -> std::optional<ReferenceRange> {
        if (const ReferenceRange own = bySex.value(which); own.lln || own.uln)
            return own;
        if (bySex.contains(QStringLiteral("any")))
            return bySex.value(QStringLiteral("any"));
        return std::nullopt;
    };
    if (sex == QLatin1String("female") || sex == QLatin1String("male"))
        return of(sex);
    const auto female = of(QStringLiteral("female")), male = of(QStringLiteral("male"));
    if (female.has_value() != male.has_value())
        return std::nullopt;
    if (!female)
        return std::nullopt;
    if (female->lln != male->lln || female->uln != male->uln)
        return std::nullopt;   // the sexes differ: no single range applies
    return female;
}

std::optional<int> Labs::compare(const QMap<QString, ReferenceRange> &bySex, const QString &sex, const Decimal &si)
{
    if (sex == QLatin1String("female") || sex == QLatin1String("male")) {
        const auto r = rangeFor(bySex, sex);
        return r ? compare(*r, si) : std::nullopt;
    }
    // Sex unknown: what both ranges decide, nothing else.
    const auto female = rangeFor(bySex, QStringLiteral("female")), male = rangeFor(bySex, QStringLiteral("male"));
    if (!female || !male)
        return std::nullopt;
    const auto a = compare(*female, si), b = compare(*male, si);
    return a == b ? a : std::nullopt;
}

Status Labs::setReferenceRange(Session &s, const QString &analyte, const ReferenceRange &range, const QString &sex)
{
    MUCO_TRY(s.require(Permission::ManageSettings));
    if (!analyteByKey(analyte))
        return Error::invalid(QStringLiteral("analyte"), Tr::tr("unknown analyte %1").arg(analyte));
    if (sex != QLatin1String("any") && sex != QLatin1String("female") && sex != QLatin1String("male"))
        return Error::invalid(QStringLiteral("sex"), Tr::tr("a reference range is for any, female or male patients"));
    if (range.uln && (range.uln->isNegative() || range.uln->isZero()))
        return Error::invalid(QStringLiteral("uln"), Tr::tr("the upper limit of normal must be above zero"));
    if (range.lln && range.lln->isNegative())
        return Error::invalid(QStringLiteral("lln"), Tr::tr("the lower limit of normal cannot be negative"));
    if (range.lln && range.uln && *range.lln >= *range.uln)
        return Error::invalid(QStringLiteral("lln"), Tr::tr("the lower limit must be below the upper limit"));
    MUCO_READ(ranges, referenceRangesBySex(s));
    const ReferenceRange old = ranges.value(analyte).value(sex);
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto st = s.db().prepare(QStringLiteral("INSERT OR REPLACE INTO reference_ranges (analyte, sex, lln, uln) VALUES (?, ?, ?, ?)"));
    if (!st.ok())
        return st.error();
    st->bind(1, analyte).bind(2, sex).bind(3, range.lln ? QVariant(range.lln->toString()) : QVariant())
        .bind(4, range.uln ? QVariant(range.uln->toString()) : QVariant());
    MUCO_TRY(st->run());
    auto text = [](const ReferenceRange &r) {
        return QStringLiteral("%1-%2").arg(r.lln ? r.lln->toString() : QString(), r.uln ? r.uln->toString() : QString());
    };
    const QString record = sex == QLatin1String("any") ? analyte : QStringLiteral("%1/%2").arg(analyte, sex);
    MUCO_TRY(s.audit({{}, QStringLiteral("update"), QStringLiteral("reference_ranges"), record, QStringLiteral("range"), text(old), text(range), {}}));
    return tx.commit();
}

std::optional<int> Labs::compare(const ReferenceRange &range, const Decimal &si)
{
    if (!range.lln && !range.uln)
        return std::nullopt;
    if (range.lln && si < *range.lln)
        return -1;
    if (range.uln && si > *range.uln)
        return 1;
    return 0;
}

} // namespace muco
