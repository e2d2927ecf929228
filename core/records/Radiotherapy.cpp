#include "records/Radiotherapy.h"
#include "records/FractionCsv.h"
#include "records/Patients.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Radiotherapy)
};

QString weekdaysText(const QSet<int> &days)
{
    QList<int> sorted(days.begin(), days.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int d : sorted)
        parts << QString::number(d);
    return parts.join(QLatin1Char(','));
}

QSet<int> parseWeekdays(const QString &text)
{
    QSet<int> days;
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days.insert(p.toInt());
    return days;
}

Decimal dec(const QVariant &v) { return Decimal::parse(v.toString()).value_or(Decimal()); }

FractionRecord toFraction(const QVariantMap &m)
{
    FractionRecord f;
    f.id = m.value(QStringLiteral("id")).toString();
    f.date = QDate::fromString(m.value(QStringLiteral("date")).toString(), Qt::ISODate);
    f.number = m.value(QStringLiteral("number")).toInt();
    if (!m.value(QStringLiteral("dose_gy")).isNull())
        f.doseGy = dec(m.value(QStringLiteral("dose_gy")));
    const QString status = m.value(QStringLiteral("status")).toString();
    f.status = status == QLatin1String("missed") ? FractionStatus::Missed
             : status == QLatin1String("held") ? FractionStatus::Held : FractionStatus::Delivered;
    f.reason = m.value(QStringLiteral("reason")).toString();
    f.source = m.value(QStringLiteral("source")).toString();
    return f;
}

QVariantMap planFields(const RtPlan &p)
{
    return {{QStringLiteral("patient_id"), p.patientId},
            {QStringLiteral("total_dose_gy"), p.totalDoseGy.toString()},
            {QStringLiteral("fractions"), p.fractions},
            {QStringLiteral("dose_per_fraction_gy"), p.dosePerFractionGy.toString()},
            {QStringLiteral("technique"), p.technique},
            {QStringLiteral("start_date"), p.startDate.toString(Qt::ISODate)},
            {QStringLiteral("weekdays"), weekdaysText(p.weekdays)},
            {QStringLiteral("oral_cavity"), p.oralCavity ? 1 : 0},
            {QStringLiteral("oropharynx"), p.oropharynx ? 1 : 0},
            {QStringLiteral("concurrent_chemo"), p.concurrentChemo ? 1 : 0},
            {QStringLiteral("chemo_agent"), p.concurrentChemo ? p.chemoAgent.trimmed() : QString()}};
}

// Writes one fraction in the caller's transaction.
Result<FractionRecord> insertFraction(Session &s, const QString &patientId, const FractionRecord &f)
{
    RecordWrite w{&Radiotherapy::fractionTable(), {},
                  {{QStringLiteral("patient_id"), patientId},
                   {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
                   {QStringLiteral("number"), f.number > 0 ? QVariant(f.number) : QVariant()},
                   {QStringLiteral("dose_gy"), f.doseGy ? QVariant(f.doseGy->toString()) : QVariant()},
                   {QStringLiteral("status"), fractionStatusId(f.status)},
                   {QStringLiteral("reason"), f.reason.isEmpty() ? QVariant() : QVariant(f.reason)},
                   {QStringLiteral("source"), f.source}},
                  {}};
    auto out = RecordStore::create(s, w);
    if (!out.ok())
        return out.error();
    FractionRecord saved = f;
    saved.id = out->id;
    return saved;
}

int deliveredCount(const QList<FractionRecord> &list)
{
    int n = 0;
    for (const FractionRecord &f : list)
        n = std::max(n, f.number);
    return n;
}

} // namespace

// The plan, or an error that says to record it first: fractions need a plan.
Result<RtPlan> Radiotherapy::requirePlan(Session &s, const QString &patientId)
{
    auto p = plan(s, patientId);
    if (!p.ok())
        return p.error();
    if (!p.value())
        return Error::invalid(QStringLiteral("plan"), Tr::tr("record the radiotherapy plan first"));
    return *p.value();
}

const TableSpec &Radiotherapy::planTable()
{
    static const TableSpec spec{QStringLiteral("rt_plans"),
                                {QStringLiteral("patient_id"), QStringLiteral("total_dose_gy"), QStringLiteral("fractions"),
                                 QStringLiteral("dose_per_fraction_gy"), QStringLiteral("technique"), QStringLiteral("start_date"),
                                 QStringLiteral("weekdays"), QStringLiteral("oral_cavity"), QStringLiteral("oropharynx"),
                                 QStringLiteral("concurrent_chemo"), QStringLiteral("chemo_agent")}};
    return spec;
}

const TableSpec &Radiotherapy::fractionTable()
{
    static const TableSpec spec{QStringLiteral("fractions"),
                                {QStringLiteral("patient_id"), QStringLiteral("date"), QStringLiteral("number"),
                                 QStringLiteral("dose_gy"), QStringLiteral("status"), QStringLiteral("reason"),
                                 QStringLiteral("source")}};
    return spec;
}

Result<std::optional<RtPlan>> Radiotherapy::plan(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, planTable(), QStringLiteral("patient_id = ?"), {patientId}, QStringLiteral("modified_utc DESC"));
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return std::optional<RtPlan>();
    const QVariantMap &m = rows->first();
    RtPlan p;
    p.id = m.value(QStringLiteral("id")).toString();
    p.patientId = patientId;
    p.totalDoseGy = dec(m.value(QStringLiteral("total_dose_gy")));
    p.fractions = m.value(QStringLiteral("fractions")).toInt();
    p.dosePerFractionGy = dec(m.value(QStringLiteral("dose_per_fraction_gy")));
    p.technique = m.value(QStringLiteral("technique")).toString();
    p.startDate = QDate::fromString(m.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    p.weekdays = parseWeekdays(m.value(QStringLiteral("weekdays")).toString());
    p.oralCavity = m.value(QStringLiteral("oral_cavity")).toInt() != 0;
    p.oropharynx = m.value(QStringLiteral("oropharynx")).toInt() != 0;
    p.concurrentChemo = m.value(QStringLiteral("concurrent_chemo")).toInt() != 0;
    p.chemoAgent = m.value(QStringLiteral("chemo_agent")).toString();
    p.version = m.value(QStringLiteral("version")).toInt();
    return std::optional<RtPlan>(p);
}

Status Radiotherapy::checkPlan(const RtPlan &p)
{
    if (p.totalDoseGy <= Decimal(0) || p.totalDoseGy > Decimal(200))
        return Error::invalid(QStringLiteral("total_dose_gy"), Tr::tr("the total dose must be above 0 and at most 200 Gy"));
    if (p.fractions < 1 || p.fractions > 100)
        return Error::invalid(QStringLiteral("fractions"), Tr::tr("the number of fractions must be 1 to 100"));
    if (p.dosePerFractionGy <= Decimal(0) || p.dosePerFractionGy > Decimal(30))
        return Error::invalid(QStringLiteral("dose_per_fraction_gy"), Tr::tr("the dose per fraction must be above 0 and at most 30 Gy"));
    if (!(p.dosePerFractionGy * Decimal(p.fractions) == p.totalDoseGy))
        return Error::invalid(QStringLiteral("dose_per_fraction_gy"),
                              Tr::tr("%1 fractions of %2 Gy make %3 Gy, not the planned %4 Gy")
                                  .arg(p.fractions).arg(p.dosePerFractionGy.toString(),
                                                        (p.dosePerFractionGy * Decimal(p.fractions)).toString(), p.totalDoseGy.toString()));
    if (!p.startDate.isValid())
        return Error::invalid(QStringLiteral("start_date"), Tr::tr("the start date is required"));
    if (p.weekdays.isEmpty())
        return Error::invalid(QStringLiteral("weekdays"), Tr::tr("choose at least one treatment weekday"));
    if (p.concurrentChemo && p.chemoAgent.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("chemo_agent"), Tr::tr("name the concurrent chemotherapy agent"));
    return {};
}

Result<RtPlan> Radiotherapy::savePlan(Session &s, const RtPlan &p, const QString &reason)
{
    // Nurses record the fractions; the plan is the investigator's prescription.
    MUCO_TRY(s.require(Permission::PrescribeRadiotherapy));
    MUCO_TRY(checkPlan(p));
    auto existing = plan(s, p.patientId);
    if (!existing.ok())
        return existing.error();
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    RecordWrite w{&planTable(), existing.value() ? existing.value()->id : QString(), planFields(p), reason};
    auto out = existing.value() ? RecordStore::update(s, w) : RecordStore::create(s, w);
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    RtPlan saved = p;
    saved.id = out->id;
    saved.version = out->version;
    return saved;
}

Result<QList<FractionRecord>> Radiotherapy::fractions(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, fractionTable(), QStringLiteral("patient_id = ?"), {patientId},
                                  QStringLiteral("date, COALESCE(number, 0)"));
    if (!rows.ok())
        return rows.error();
    QList<FractionRecord> out;
    for (const QVariantMap &m : rows.value())
        out.append(toFraction(m));
    return out;
}

QDate Radiotherapy::today(Session &s)
{
    return s.today();
}

QList<Fraction> Radiotherapy::doseFractions(const QList<FractionRecord> &records)
{
    QList<Fraction> out;
    for (const FractionRecord &f : records)
        out.append({f.date, f.doseGy, f.status});
    return out;
}

Result<Decimal> Radiotherapy::cumulativeDose(Session &s, const QString &patientId, std::optional<QDate> through)
{
    MUCO_READ(records, fractions(s, patientId));
    return muco::cumulativeDose(doseFractions(records), through);
}

Result<QHash<QString, Decimal>> Radiotherapy::cumulativeDoses(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(rows, RecordStore::rows(s, fractionTable(), QStringLiteral("status = 'delivered'"), {}, QStringLiteral("patient_id, date")));
    QHash<QString, QList<Fraction>> byPatient;
    for (const QVariantMap &m : rows) {
        const FractionRecord f = toFraction(m);
        byPatient[m.value(QStringLiteral("patient_id")).toString()].append({f.date, f.doseGy, f.status});
    }
    QHash<QString, Decimal> out;
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it)
        out.insert(it.key(), muco::cumulativeDose(it.value()));
    return out;
}

Result<FractionRecord> Radiotherapy::record(Session &s, const QString &patientId, const QDate &date, FractionStatus status,
                                            std::optional<Decimal> doseGy, const QString &reason)
{
    MUCO_TRY(s.require(Permission::EnterFractions));
    auto p = requirePlan(s, patientId);
    if (!p.ok())
        return p.error();
    if (!date.isValid())
        return Error::invalid(QStringLiteral("date"), Tr::tr("a fraction needs a date"));
    if (date > today(s))
        return Error::invalid(QStringLiteral("date"), Tr::tr("%1 is in the future").arg(date.toString(Qt::ISODate)));
    if (date < p->startDate)
        return Error::invalid(QStringLiteral("date"), Tr::tr("%1 is before the plan starts (%2)")
                                                          .arg(date.toString(Qt::ISODate), p->startDate.toString(Qt::ISODate)));
    if (status == FractionStatus::Delivered) {
        if (!doseGy || *doseGy <= Decimal(0) || *doseGy > Decimal(30))
            return Error::invalid(QStringLiteral("dose_gy"), Tr::tr("a delivered fraction needs a dose above 0 and at most 30 Gy"));
    } else if (reason.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), Tr::tr("say why the fraction was missed or held"));
    }
    MUCO_TRY(requireOnTreatment(s, patientId));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto existing = fractions(s, patientId);
    if (!existing.ok())
        return existing.error();
    for (const FractionRecord &had : existing.value()) {
        if (had.date != date)
            continue;
        // One day is either treated or not: a missed or held fraction beside a delivered one
        // (or the other way round) contradicts the log.
        if (status != FractionStatus::Delivered && had.status == FractionStatus::Delivered)
            return Error::invalid(QStringLiteral("date"), Tr::tr("fraction %1 was delivered on %2; void it first if it was recorded in error")
                                                              .arg(had.number).arg(date.toString(Qt::ISODate)));
        if (status == FractionStatus::Delivered && had.status != FractionStatus::Delivered)
            return Error::invalid(QStringLiteral("date"), Tr::tr("%1 is recorded as a missed or held day; void that first")
                                                              .arg(date.toString(Qt::ISODate)));
        if (status != FractionStatus::Delivered && had.status != FractionStatus::Delivered)
            return Error::invalid(QStringLiteral("date"), Tr::tr("%1 is already recorded as missed or held").arg(date.toString(Qt::ISODate)));
    }
    const int delivered = deliveredCount(existing.value());
    if (status == FractionStatus::Delivered && delivered >= p->fractions)
        return Error::invalid(QStringLiteral("fraction"), Tr::tr("all %1 planned fractions are already delivered").arg(p->fractions));
    FractionRecord f{{}, date, status == FractionStatus::Delivered ? delivered + 1 : 0,
                     status == FractionStatus::Delivered ? doseGy : std::nullopt, status, reason.trimmed(), QStringLiteral("manual")};
    auto saved = insertFraction(s, patientId, f);
    if (!saved.ok())
        return saved.error();
    MUCO_TRY(tx.commit());
    return saved;
}

Result<FractionRecord> Radiotherapy::deliverToday(Session &s, const QString &patientId)
{
    auto p = requirePlan(s, patientId);
    if (!p.ok())
        return p.error();
    const QDate day = today(s);
    auto existing = fractions(s, patientId);
    if (!existing.ok())
        return existing.error();
    for (const FractionRecord &f : existing.value())
        if (f.date == day && f.status == FractionStatus::Delivered)
            return Error::invalid(QStringLiteral("date"), Tr::tr("fraction %1 was already delivered today").arg(f.number));
    return record(s, patientId, day, FractionStatus::Delivered, p->dosePerFractionGy, {});
}

Status Radiotherapy::remove(Session &s, const QString &fractionId, const QString &reason)
{
    MUCO_TRY(s.require(Permission::EnterFractions));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto current = RecordStore::read(s, fractionTable(), fractionId);
    if (!current.ok())
        return current.error();
    auto out = RecordStore::tombstone(s, fractionTable(), fractionId, reason);
    if (!out.ok())
        return out.error();
    MUCO_TRY(tx.commit());
    return {};
}

Status Radiotherapy::requireOnTreatment(Session &s, const QString &patientId)
{
    MUCO_READ(p, Patients::get(s, patientId));
    if (p.status == QLatin1String("screen_failed") || p.status == QLatin1String("withdrawn")
        || p.status == QLatin1String("completed"))
        return Error::invalid(QStringLiteral("status"), Tr::tr("%1 is not on treatment (%2): no fraction can be recorded")
                                                            .arg(p.subjectId, p.status));
    return {};
}

Result<bool> Radiotherapy::isTreatmentDay(Session &s, const RtPlan &plan, const QDate &date)
{
    MUCO_READ(why, whyNotATreatmentDay(s, plan, date));
    return why.isEmpty();
}

Result<QString> Radiotherapy::whyNotATreatmentDay(Session &s, const RtPlan &plan, const QDate &date)
{
    const auto day = [](const QDate &d) { return QStringLiteral("%1 %2").arg(d.toString(Qt::ISODate), QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat)); };
    if (!date.isValid())
        return Tr::tr("No date is given.");
    if (date < plan.startDate)
        return Tr::tr("The plan starts on %1, after %2.").arg(day(plan.startDate), day(date));
    if (!plan.weekdays.contains(date.dayOfWeek()))
        return Tr::tr("%1 is not one of the plan's treatment days.").arg(day(date));
    MUCO_READ(calendar, holidayCalendar(s));
    if (const auto it = calendar.constFind(date); it != calendar.cend())
        return it->trimmed().isEmpty() ? Tr::tr("%1 is a holiday of the site.").arg(day(date))
                                       : Tr::tr("%1 is a holiday of the site (%2).").arg(day(date), it->trimmed());
    return QString();
}

Status Radiotherapy::voidFraction(Session &s, const QString &fractionId, const QString &reason)
{
    MUCO_TRY(s.require(Permission::EnterFractions));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("say why the fraction is voided"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    MUCO_READ(current, RecordStore::read(s, fractionTable(), fractionId));
    if (current.value(QStringLiteral("deleted")).toInt() != 0)
        return Error::invalid(QStringLiteral("fraction"), Tr::tr("this fraction is already voided"));
    const QString patientId = current.value(QStringLiteral("patient_id")).toString();
    const int number = current.value(QStringLiteral("number")).toInt();
    if (number > 0) {
        MUCO_READ(all, fractions(s, patientId));
        if (number != deliveredCount(all))
            return Error::invalid(QStringLiteral("fraction"), Tr::tr("only the latest delivered fraction (%1) can be voided")
                                                                  .arg(deliveredCount(all)));
    }
    // The number is freed for the fraction that replaces it; the old one stays in the audit.
    const QString why = reason.trimmed();
    auto updated = RecordStore::update(s, {&fractionTable(), fractionId,
                                           {{QStringLiteral("number"), QVariant()}, {QStringLiteral("reason"), why}}, why});
    if (!updated.ok())
        return updated.error();
    auto out = RecordStore::tombstone(s, fractionTable(), fractionId, why);
    if (!out.ok())
        return out.error();
    return tx.commit();
}

Result<QList<FractionRecord>> Radiotherapy::voidedFractions(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT id, date, dose_gy, status, reason, source FROM fractions"
                                                " WHERE patient_id = ? AND deleted = 1 ORDER BY date")));
    st.bind(1, patientId);
    QList<FractionRecord> out;
    MUCO_TRY(st.forEachRow([&](const Statement &row) {
        QVariantMap m{{QStringLiteral("id"), row.text(0)}, {QStringLiteral("date"), row.text(1)},
                      {QStringLiteral("dose_gy"), row.text(2).isEmpty() ? QVariant() : QVariant(row.text(2))},
                      {QStringLiteral("status"), row.text(3)}, {QStringLiteral("reason"), row.text(4)},
                      {QStringLiteral("source"), row.text(5)}};
        FractionRecord f = toFraction(m);
        f.voided = true;
        out.append(f);
    }));
    return out;
}

Result<ImportReport> Radiotherapy::importCsv(Session &s, const QString &patientId, const QByteArray &csv, bool wholeFileOrNothing)
{
    MUCO_TRY(s.require(Permission::EnterFractions));
    auto p = requirePlan(s, patientId);
    if (!p.ok())
        return p.error();
    MUCO_TRY(requireOnTreatment(s, patientId));
    MUCO_READ(parsed, parseFractionCsv(csv, p->fractions, p->startDate, today(s)));

    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto existing = fractions(s, patientId);
    if (!existing.ok())
        return existing.error();
    QHash<int, FractionRecord> byNumber;
    for (const FractionRecord &f : existing.value())
        if (f.number > 0)
            byNumber.insert(f.number, f);
    ImportReport report;
    QMap<int, QString> refused = parsed.refused;
    for (const FractionCsvRow &row : std::as_const(parsed.rows)) {
        if (byNumber.contains(row.number)) {
            const FractionRecord &had = byNumber[row.number];
            if (had.date == row.date && had.doseGy && *had.doseGy == row.doseGy)
                ++report.alreadyPresent;   // the same record again: nothing to do
            else
                refused.insert(row.line, Tr::tr("fraction %1 is already recorded on %2 with %3 Gy").arg(row.number)
                                             .arg(had.date.toString(Qt::ISODate), had.doseGy ? had.doseGy->toString() : QStringLiteral("?")));
            continue;
        }
        FractionRecord f{{}, row.date, row.number, row.doseGy, FractionStatus::Delivered, {}, QStringLiteral("import")};
        auto saved = insertFraction(s, patientId, f);
        if (!saved.ok())
            return saved.error();
        byNumber.insert(row.number, saved.value());
        ++report.imported;
    }
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)   // in line order
        report.refused << Tr::tr("line %1: %2").arg(it.key()).arg(it.value());
    if (wholeFileOrNothing && !report.refused.isEmpty())
        return Error::invalid(QStringLiteral("file"), report.refused.join(QStringLiteral("; ")));   // rolled back
    MUCO_TRY(tx.commit());
    return report;
}

Result<QSet<QDate>> Radiotherapy::holidays(Session &s)
{
    MUCO_READ(calendar, holidayCalendar(s));
    const QList<QDate> days = calendar.keys();
    return QSet<QDate>(days.begin(), days.end());
}

Result<QMap<QDate, QString>> Radiotherapy::holidayCalendar(Session &s)
{
    QMap<QDate, QString> out;
    MUCO_READ(st, s.db().prepare(QStringLiteral("SELECT date, name FROM holidays")));
    MUCO_TRY(st.forEachRow([&](const Statement &row) { out.insert(QDate::fromString(row.text(0), Qt::ISODate), row.text(1)); }));
    return out;
}

Status Radiotherapy::setHoliday(Session &s, const QDate &date, const QString &name, bool holiday)
{
    MUCO_TRY(s.require(Permission::ManageSettings));
    if (!date.isValid())
        return Error::invalid(QStringLiteral("date"), Tr::tr("a holiday needs a date"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto st = s.db().prepare(holiday ? QStringLiteral("INSERT OR REPLACE INTO holidays (date, name) VALUES (?, ?)")
                                     : QStringLiteral("DELETE FROM holidays WHERE date = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, date.toString(Qt::ISODate));
    if (holiday)
        st->bind(2, name);
    MUCO_TRY(st->run());
    MUCO_TRY(s.audit({{}, holiday ? QStringLiteral("create") : QStringLiteral("delete"), QStringLiteral("holidays"),
                      date.toString(Qt::ISODate), QStringLiteral("name"), {}, holiday ? name : QString(), {}}));
    return tx.commit();
}

Result<DoseSummary> Radiotherapy::summaryNow(Session &s, const QString &patientId)
{
    // Today is not over: its fraction may still come (DoseInput::asOfDayOpen).
    return summary(s, patientId, today(s), true);
}

Result<DoseSummary> Radiotherapy::summary(Session &s, const QString &patientId, const QDate &asOf, bool asOfDayOpen)
{
    auto p = requirePlan(s, patientId);
    if (!p.ok())
        return p.error();
    auto fr = fractions(s, patientId);
    if (!fr.ok())
        return fr.error();
    DoseInput in;
    in.asOf = asOf;
    in.asOfDayOpen = asOfDayOpen;
    in.plan = p->dosePlan();
    MUCO_READ(days, holidays(s));
    in.holidays = days;
    for (const FractionRecord &f : fr.value())
        if (f.date <= asOf)
            in.fractions.append({f.date, f.doseGy, f.status});
    MUCO_TRY(validateDoseInput(in));
    return summarizeDose(in);
}

} // namespace muco
