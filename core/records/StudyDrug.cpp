#include "records/StudyDrug.h"
#include "records/Radiotherapy.h"
#include "records/Randomizations.h"
#include "records/RecordStore.h"
#include "security/Session.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace muco {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StudyDrug)
};
} // namespace

const TableSpec &StudyDrug::table()
{
    static const TableSpec spec{QStringLiteral("drug_doses"),
                                {QStringLiteral("patient_id"), QStringLiteral("date"), QStringLiteral("slot"),
                                 QStringLiteral("taken"), QStringLiteral("volume_ml")}};
    return spec;
}

QStringList StudyDrug::doseSlots() { return {QStringLiteral("breakfast"), QStringLiteral("lunch"), QStringLiteral("dinner")}; }

int StudyDrug::slotRank(const QString &slot)
{
    const qsizetype i = doseSlots().indexOf(slot);
    return static_cast<int>(i < 0 ? doseSlots().size() : i);
}

QString StudyDrug::chronologicalOrder()
{
    // The slots are the program's own words, never input.
    QString order = QStringLiteral("date, CASE slot");
    for (const QString &slot : doseSlots())
        order += QStringLiteral(" WHEN '%1' THEN %2").arg(slot).arg(slotRank(slot));
    return order + QStringLiteral(" ELSE %1 END, id").arg(doseSlots().size());
}

Result<QList<DrugDose>> StudyDrug::doses(Session &s, const QString &patientId)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto rows = RecordStore::rows(s, table(), QStringLiteral("patient_id = ?"), {patientId}, chronologicalOrder());
    if (!rows.ok())
        return rows.error();
    QList<DrugDose> out;
    for (const QVariantMap &m : rows.value())
        out.append({m.value(QStringLiteral("id")).toString(), QDate::fromString(m.value(QStringLiteral("date")).toString(), Qt::ISODate),
                    m.value(QStringLiteral("slot")).toString(), m.value(QStringLiteral("taken")).toInt() != 0});
    return out;
}

Status StudyDrug::setTaken(Session &s, const QString &patientId, const QDate &date, const QString &slot, bool taken,
                           const QString &reason)
{
    return setTakenMany(s, patientId, {{date, slot, taken}}, reason);
}

Status StudyDrug::setTakenMany(Session &s, const QString &patientId, const QList<DoseMark> &marks, const QString &reason)
{
    MUCO_TRY(s.require(Permission::RecordStudyDrug));
    const QDate today = Radiotherapy::today(s);
    for (const DoseMark &m : marks) {
        if (!doseSlots().contains(m.slot))
            return Error::invalid(QStringLiteral("slot"), Tr::tr("a dose is after breakfast, lunch or dinner"));
        if (!m.date.isValid() || m.date > today)
            return Error::invalid(QStringLiteral("date"), Tr::tr("a dose cannot be recorded for a future day"));
    }
    // The control arm receives no drug (issue 15).
    auto arm = Randomizations::forPatient(s.db(), patientId);
    if (!arm.ok())
        return arm.error();
    if (arm->has_value() && arm->value().arm == Randomizations::control())
        return Error::invalid(QStringLiteral("arm"), Tr::tr("the patient is in the control arm, which receives no study drug"));
    auto existing = doses(s, patientId);
    if (!existing.ok())
        return existing.error();
    QHash<QString, QString> idOf;   // "date slot" -> the dose's record
    for (const DrugDose &d : existing.value())
        idOf.insert(d.date.toString(Qt::ISODate) + QLatin1Char(' ') + d.slot, d.id);
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    for (const DoseMark &m : marks) {
        const QString key = m.date.toString(Qt::ISODate) + QLatin1Char(' ') + m.slot;
        const QString id = idOf.value(key);
        RecordWrite w{&table(), id,
                      {{QStringLiteral("patient_id"), patientId}, {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                       {QStringLiteral("slot"), m.slot}, {QStringLiteral("taken"), m.taken ? 1 : 0},
                       // A dose not taken has no volume (the export's EX domain had 1.5 mL for it).
                       {QStringLiteral("volume_ml"), m.taken ? QVariant(QStringLiteral("1.5")) : QVariant()}},
                      reason};
        auto out = id.isEmpty() ? RecordStore::create(s, w) : RecordStore::update(s, w);
        if (!out.ok())
            return out.error();
        idOf.insert(key, out->id);   // the same dose twice in one call: the second updates it
    }
    return tx.commit();
}

Status StudyDrug::clear(Session &s, const QString &patientId, const QDate &date, const QString &slot, const QString &reason)
{
    MUCO_TRY(s.require(Permission::RecordStudyDrug));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("say why the dose is cleared (recorded in error)"));
    MUCO_READ(existing, doses(s, patientId));
    const auto it = std::find_if(existing.cbegin(), existing.cend(), [&](const DrugDose &d) { return d.date == date && d.slot == slot; });
    if (it == existing.cend())
        return Error::invalid(QStringLiteral("date"), Tr::tr("no dose is recorded for %1 %2").arg(date.toString(Qt::ISODate), slot));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto out = RecordStore::tombstone(s, table(), it->id, reason);
    if (!out.ok())
        return out.error();
    return tx.commit();
}

QDate StudyDrug::diaryEnd(Session &s, const QString &patientId, const QDate &today)
{
    // A summary that cannot be read keeps today: the diary shows the days, as before.
    auto summary = Radiotherapy::summary(s, patientId, today);
    if (summary.ok() && summary->remainingFractions == 0 && summary->lastFractionDate)
        return std::min(today, *summary->lastFractionDate);
    return today;
}

Result<Adherence> StudyDrug::adherence(Session &s, const QString &patientId)
{
    Adherence a;
    auto plan = Radiotherapy::plan(s, patientId);
    if (!plan.ok())
        return plan.error();
    if (!plan.value())
        return a;
    // One reading of the clock for the day and the hour (two could straddle midnight).
    const QDateTime wallNow = s.now().toTimeZone(s.siteZone());
    const QDate today = wallNow.date();
    const QDate end = diaryEnd(s, patientId, today);
    const QDate start = plan.value()->startDate;
    auto list = doses(s, patientId);
    if (!list.ok())
        return list.error();
    // Every dose of the days before today; today's once it is due (half an hour after its meal,
    // taken as 08:30, 12:30 and 18:30 at the site, from 09:00, 13:00 and 19:00) or documented.
    // Adherence had dropped at midnight by three doses nobody could have given yet (a walkthrough).
    const QTime wallClock = wallNow.time();
    const QList<QTime> due{QTime(9, 0), QTime(13, 0), QTime(19, 0)};
    QSet<QString> documentedToday;
    for (const DrugDose &d : list.value()) {
        if (d.date < start || d.date > end)
            continue;
        ++(d.taken ? a.taken : a.notTaken);
        if (d.date == today)
            documentedToday.insert(d.slot);
    }
    if (end >= start)
        a.expected = 3 * static_cast<int>(start.daysTo(std::min(end, today.addDays(-1))) + 1);
    if (end >= today && start <= today)
        for (int i = 0; i < doseSlots().size(); ++i)
            if (wallClock >= due.at(i) || documentedToday.contains(doseSlots().at(i)))
                ++a.expected;
    return a;
}

} // namespace muco
