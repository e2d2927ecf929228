#include "records/Randomize.h"
#include "records/Patients.h"
#include "records/RandomizationReserve.h"
#include "records/Radiotherapy.h"
#include "records/RecordStore.h"
#include "records/Screenings.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Randomize)
};

Result<QString> levelOf(Session &s, const Patient &p, const StratificationFactor &f)
{
    QString level;
    if (f.id == QLatin1String("sex")) {
        level = p.sex;
    } else if (f.id == QLatin1String("concurrent_chemotherapy")) {
        auto plan = Radiotherapy::plan(s, p.id);
        if (!plan.ok())
            return plan.error();
        if (plan.value())
            level = plan.value()->concurrentChemo ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (!f.levels.contains(level))
        return Error::invalid(f.id, Tr::tr("%1 decides the stratum: record it first (one of %2)").arg(f.id, f.levels.join(QStringLiteral(", "))));
    return level;
}

Result<Allocation> write(Session &s, const RandomizeRequest &r, const ListEntry &entry, const QString &source, const QString &allocatedUtc)
{
    MUCO_READ(device, s.db().meta(QStringLiteral("sync_device_id")));
    const QString now = isoUtc(s.now());
    auto created = RecordStore::create(s, {&Randomizations::table(), {},
                                           {{QStringLiteral("patient_id"), r.patientId}, {QStringLiteral("stratum"), entry.stratum},
                                            {QStringLiteral("sequence"), entry.sequence}, {QStringLiteral("arm"), entry.arm},
                                            {QStringLiteral("source"), source}, {QStringLiteral("allocated_utc"), allocatedUtc},
                                            {QStringLiteral("device"), device.isEmpty() ? QVariant() : QVariant(device)},
                                            {QStringLiteral("signed_by"), s.user().username}, {QStringLiteral("signed_utc"), now},
                                            {QStringLiteral("signature_meaning"), Randomizations::signatureMeaning()}},
                                           {}});
    if (!created.ok())
        return created.error();
    return Allocation{created->id, s.site(), r.patientId, entry.stratum, entry.sequence, entry.arm, source,
                      QDateTime::fromString(allocatedUtc, Qt::ISODateWithMs), device, s.user().username};
}

} // namespace

Status Randomize::mayRandomize(const Session &s)
{
    if (s.can(Permission::Randomize))
        return {};
    return Error::denied(Tr::tr("%1 (%2) may not randomize a patient: coordinators and investigators randomize.")
                             .arg(s.user().username, roleLabel(s.user().role)));
}

Result<RandomizeRequest> Randomize::check(Session &s, const QString &patientId, const Secret &password)
{
    return check(s, patientId, password, AllocationSequence::protocolFactors());
}

Result<RandomizeRequest> Randomize::check(Session &s, const QString &patientId, const Secret &password,
                                          const QList<StratificationFactor> &factors)
{
    MUCO_TRY(mayRandomize(s));
    // A signature whose password is wrong is refused as a failed sign-in (exit 3), like the CLI's.
    if (auto confirmed = s.confirmPassword(password); !confirmed.ok())
        return confirmed.error().field == QLatin1String("password") ? Error::denied(Tr::tr("The password is wrong; nothing was allocated."))
                                                                    : confirmed.error();
    auto p = Patients::get(s, patientId);
    if (!p.ok())
        return p.error();
    auto already = Randomizations::forPatient(s.db(), patientId);
    if (!already.ok())
        return already.error();
    if (already->has_value())
        return Error::invalid(QStringLiteral("subject_id"), Tr::tr("%1 is already randomized (%2, %3 #%4)")
                                                                .arg(p->subjectId, already->value().arm, already->value().stratum)
                                                                .arg(already->value().sequence));
    // Enrolled means a signed eligible screening; the status alone is not taken on trust.
    bool signedEligible = false;
    auto screenings = Screenings::list(s, patientId);
    if (!screenings.ok())
        return screenings.error();
    for (const Screening &sc : screenings.value())
        signedEligible = signedEligible || (sc.state == QLatin1String("signed") && sc.outcome == QLatin1String("eligible"));
    if (p->status != QLatin1String("enrolled") || !signedEligible)
        return Error::invalid(QStringLiteral("subject_id"), Tr::tr("%1 is not enrolled: only a patient with a signed eligible screening "
                                                                   "is randomized (status: %2)").arg(p->subjectId, p->status));
    QList<QPair<QString, QString>> levels;
    for (const StratificationFactor &f : factors) {
        MUCO_READ(level, levelOf(s, p.value(), f));
        levels.append({f.id, level});
    }
    return RandomizeRequest{patientId, p->subjectId, AllocationSequence::stratumName(s.site(), levels)};
}

Result<Allocation> Randomize::recordOnline(Session &s, const RandomizeRequest &r, const QJsonObject &answer)
{
    MUCO_TRY(mayRandomize(s));
    const ListEntry entry{answer.value(QStringLiteral("stratum")).toString(), answer.value(QStringLiteral("sequence")).toInt(),
                          answer.value(QStringLiteral("arm")).toString(), 0, 0};
    const QDateTime at = QDateTime::fromString(answer.value(QStringLiteral("allocated_utc")).toString(), Qt::ISODateWithMs);
    if (entry.stratum != r.stratum || entry.sequence < 1 || !AllocationSequence::arms().contains(entry.arm) || !at.isValid())
        return Error{ErrorKind::Network, Tr::tr("The central site's allocation is not one this device can record (stratum %1, arm %2); "
                                                "nothing was recorded.").arg(entry.stratum, entry.arm), {}};
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto a = write(s, r, entry, QStringLiteral("online"), isoUtc(at));
    if (!a.ok())
        return a.error();
    MUCO_TRY(tx.commit());
    return a;
}

Result<Allocation> Randomize::fromReserve(Session &s, const RandomizeRequest &r)
{
    MUCO_TRY(mayRandomize(s));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    auto entry = RandomizationReserve::openNext(s, r.stratum, r.patientId);
    if (!entry.ok())
        return entry.error();
    auto a = write(s, r, entry.value(), QStringLiteral("reserve"), isoUtc(s.now()));
    if (!a.ok())
        return a.error();
    MUCO_TRY(tx.commit());
    return a;
}

} // namespace muco
