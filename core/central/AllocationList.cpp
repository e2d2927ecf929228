#include "central/AllocationList.h"
#include "common/CanonicalJson.h"
#include "central/CentralAuditTrail.h"
#include "common/Ids.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AllocationList)
};

const QString kEntryColumns = QStringLiteral("stratum, sequence, site, arm, block, block_size, state, device_id, patient_id, allocated_utc, source");

struct Entry {
    ListEntry list;
    QString site, state, device, patient, allocatedUtc, source;
};

Entry entryFrom(const QVariantList &r)
{
    return {{r[0].toString(), r[1].toInt(), r[3].toString(), r[4].toInt(), r[5].toInt()},
            r[2].toString(), r[6].toString(), r[7].toString(), r[8].toString(), r[9].toString(), r[10].toString()};
}

// A randomization record as the central site holds it (field by field, from the devices' pushes).
struct Recorded {
    QString id, patient, stratum, arm, source, allocatedUtc, pushedBy;
    int sequence = 0;
};

} // namespace

QStringList AllocationList::schema()
{
    return {
        // state: free | reserved (sealed in a device's reserve) | allocated (to patient_id).
        QStringLiteral("CREATE TABLE IF NOT EXISTS allocation_list (stratum TEXT NOT NULL, sequence INTEGER NOT NULL, site TEXT NOT NULL,"
                       " arm TEXT NOT NULL, block INTEGER NOT NULL, block_size INTEGER NOT NULL, state TEXT NOT NULL, device_id TEXT,"
                       " reserved_utc TEXT, patient_id TEXT, allocated_utc TEXT, source TEXT, PRIMARY KEY (stratum, sequence))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS allocation_setup (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS reserve_keys (device_id TEXT PRIMARY KEY, sealing_key TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS randomization_alarms (id TEXT PRIMARY KEY, site TEXT NOT NULL, device_id TEXT,"
                       " detail TEXT NOT NULL, seen_utc TEXT NOT NULL)"),
    };
}

Result<QStringList> AllocationList::generate(CentralRole actor, const GenerateRequest &g)
{
    if (actor != CentralRole::Statistician)
        return Error::denied(Tr::tr("Only the trial's statistician sets up the randomization lists."));
    for (int b : g.blocks)
        if (b < 2 || b % 2 != 0)
            return Error::invalid(QStringLiteral("blocks"), Tr::tr("block sizes are even numbers (1:1 within every block)"));
    if (g.perStratum < 1 || g.perStratum > 10000)
        return Error::invalid(QStringLiteral("per-stratum"), Tr::tr("must be a whole number from 1 to 10000"));
    QStringList sites = g.sites;
    if (sites.isEmpty()) {
        auto known = m_b.query(QStringLiteral("SELECT DISTINCT site FROM enrollment_codes ORDER BY site"));
        if (!known.ok())
            return known.error();
        for (const QVariantList &r : known.value())
            sites << r[0].toString();
    }
    for (const QString &site : sites)
        if (!AllocationSequence::validStratum(site) || site.contains(QLatin1Char('|')))
            return Error::invalid(QStringLiteral("sites"), Tr::tr("\"%1\" is not a site code").arg(site));
    CentralTransaction tx(m_b);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_b.lockWrites());   // one writer of the lists at a time, across processes
    auto used = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE state <> 'free'"));
    if (!used.ok())
        return used.error();
    if (used->first().at(0).toInt() > 0)
        return Error::invalid(QStringLiteral("list"), Tr::tr("the list has %n allocation(s) or reserved entries; it cannot be replaced", nullptr,
                                                             used->first().at(0).toInt()));
    MUCO_TRY(m_b.exec(QStringLiteral("DELETE FROM allocation_list")));
    MUCO_TRY(m_b.exec(QStringLiteral("DELETE FROM allocation_setup")));
    QStringList blocks;
    for (int b : g.blocks)
        blocks << QString::number(b);
    QJsonArray factors;
    for (const StratificationFactor &f : g.factors)
        factors.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("levels"), QJsonArray::fromStringList(f.levels)}});
    const QList<QPair<QString, QString>> setup = {
        {QStringLiteral("method"), QStringLiteral("generated")}, {QStringLiteral("seed"), QString::number(g.seed)},
        {QStringLiteral("per_stratum"), QString::number(g.perStratum)}, {QStringLiteral("blocks"), blocks.join(QLatin1Char(','))},
        {QStringLiteral("factors"), QString::fromUtf8(QJsonDocument(factors).toJson(QJsonDocument::Compact))},
        {QStringLiteral("created_utc"), isoUtc(m_clock->nowUtc())}};
    for (const auto &[name, value] : setup)
        MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO allocation_setup (name, value) VALUES (?, ?)"), {name, value}));
    const QStringList strata = AllocationSequence::strata(sites, g.factors);
    for (const QString &stratum : strata)
        MUCO_TRY(ensureStratum(stratum));
    MUCO_TRY(tx.commit());
    return strata;
}

// A generated list's stratum is written when first needed (a site that enrolled after the
// list was set up): the same seed gives it the same entries it would have had from the start.
Status AllocationList::ensureStratum(const QString &stratum)
{
    auto have = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE stratum = ?"), {stratum});
    if (!have.ok())
        return have.error();
    if (have->first().at(0).toInt() > 0)
        return {};
    auto setup = m_b.query(QStringLiteral("SELECT name, value FROM allocation_setup"));
    if (!setup.ok())
        return setup.error();
    QHash<QString, QString> s;
    for (const QVariantList &r : setup.value())
        s.insert(r[0].toString(), r[1].toString());
    if (s.value(QStringLiteral("method")) != QLatin1String("generated"))
        return {};   // an imported list has exactly the strata the statistician gave
    auto blocks = AllocationSequence::parseBlocks(s.value(QStringLiteral("blocks")));
    if (!blocks.ok())
        return blocks.error();
    auto entries = AllocationSequence::generate(s.value(QStringLiteral("seed")).toULongLong(), stratum,
                                                s.value(QStringLiteral("per_stratum")).toInt(), blocks.value());
    if (!entries.ok())
        return entries.error();
    for (const ListEntry &e : entries.value())
        MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO allocation_list (stratum, sequence, site, arm, block, block_size, state)"
                                         " VALUES (?, ?, ?, ?, ?, ?, 'free')"),
                          {e.stratum, e.sequence, AllocationSequence::siteOf(e.stratum), e.arm, e.block, e.blockSize}));
    return {};
}

Result<QStringList> AllocationList::import(CentralRole actor, const QList<ListEntry> &entries)
{
    if (actor != CentralRole::Statistician)
        return Error::denied(Tr::tr("Only the trial's statistician sets up the randomization lists."));
    CentralTransaction tx(m_b);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_b.lockWrites());   // one writer of the lists at a time, across processes
    auto used = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE state <> 'free'"));
    if (!used.ok())
        return used.error();
    if (used->first().at(0).toInt() > 0)
        return Error::invalid(QStringLiteral("list"), Tr::tr("the list has %n allocation(s) or reserved entries; it cannot be replaced", nullptr,
                                                             used->first().at(0).toInt()));
    MUCO_TRY(m_b.exec(QStringLiteral("DELETE FROM allocation_list")));
    MUCO_TRY(m_b.exec(QStringLiteral("DELETE FROM allocation_setup")));
    MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO allocation_setup (name, value) VALUES ('method', 'imported')")));
    MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO allocation_setup (name, value) VALUES ('created_utc', ?)"), {isoUtc(m_clock->nowUtc())}));
    QStringList strata;
    for (const ListEntry &e : entries) {
        if (!strata.contains(e.stratum))
            strata << e.stratum;
        MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO allocation_list (stratum, sequence, site, arm, block, block_size, state)"
                                         " VALUES (?, ?, ?, ?, 0, 0, 'free')"),
                          {e.stratum, e.sequence, AllocationSequence::siteOf(e.stratum), e.arm}));
    }
    MUCO_TRY(tx.commit());
    return strata;
}

Result<QString> AllocationList::subjectId(const QString &patientId)
{
    auto r = m_b.query(QStringLiteral("SELECT value FROM records WHERE table_name = 'patients' AND record_id = ? AND field = 'subject_id'"),
                       {patientId});
    if (!r.ok())
        return r.error();
    return r->isEmpty() ? QString() : fromCanonicalJson(r->first().at(0).toString()).toString();
}

Status AllocationList::alarm(const QString &site, const QString &device, const QString &detail)
{
    // The same finding is recorded once, with when it was first seen.
    auto seen = m_b.query(QStringLiteral("SELECT 1 FROM randomization_alarms WHERE detail = ?"), {detail});
    if (!seen.ok())
        return seen.error();
    if (!seen->isEmpty())
        return {};
    MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO randomization_alarms (id, site, device_id, detail, seen_utc) VALUES (?, ?, ?, ?, ?)"),
                      {newUuid(), site, device, detail, isoUtc(m_clock->nowUtc())}));
    return CentralAuditTrail(m_b, *m_clock).append(QLatin1String(CentralAuditTrail::kIntegrityAlarm), QStringLiteral("central"), device,
                                                   site, {{QStringLiteral("kind"), QStringLiteral("randomization")},
                                                          {QStringLiteral("detail"), detail}});
}

Result<QByteArray> AllocationList::deviceKey(const QString &device)
{
    auto r = m_b.query(QStringLiteral("SELECT sealing_key FROM reserve_keys WHERE device_id = ?"), {device});
    if (!r.ok())
        return r.error();
    if (!r->isEmpty())
        return QByteArray::fromHex(r->first().at(0).toString().toLatin1());
    const QByteArray key = AllocationSeal::newKey();
    MUCO_TRY(m_b.exec(QStringLiteral("INSERT INTO reserve_keys (device_id, sealing_key) VALUES (?, ?)"),
                      {device, QString::fromLatin1(key.toHex())}));
    return key;
}

Result<QJsonObject> AllocationList::allocateOnline(const DeviceIdentity &device, const QJsonObject &request)
{
    const QString patient = request.value(QStringLiteral("patient_id")).toString();
    const QString stratum = request.value(QStringLiteral("stratum")).toString();
    if (patient.isEmpty())
        return Error::invalid(QStringLiteral("patient_id"), Tr::tr("the patient is required"));
    if (!AllocationSequence::validStratum(stratum))
        return Error::invalid(QStringLiteral("stratum"), Tr::tr("\"%1\" is not a stratum").arg(stratum));
    if (AllocationSequence::siteOf(stratum) != device.site)
        return Error::denied(Tr::tr("A device of site %1 may not randomize in stratum %2.").arg(device.site, stratum));
    auto owner = m_b.query(QStringLiteral("SELECT site FROM record_sites WHERE table_name = 'patients' AND record_id = ?"), {patient});
    if (!owner.ok())
        return owner.error();
    if (!owner->isEmpty() && owner->first().at(0).toString() != device.site)
        return Error::denied(Tr::tr("A device of site %1 may not randomize another site's patient.").arg(device.site));
    CentralTransaction tx(m_b);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_b.lockWrites());   // one writer of the lists at a time, across processes
    auto answer = [](const Entry &e) {
        return QJsonObject{{QStringLiteral("stratum"), e.list.stratum}, {QStringLiteral("sequence"), e.list.sequence},
                           {QStringLiteral("arm"), e.list.arm}, {QStringLiteral("allocated_utc"), e.allocatedUtc},
                           {QStringLiteral("source"), e.source}};
    };
    // Asked again (the answer was lost on the way): the same allocation, never a second one.
    auto before = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE patient_id = ?").arg(kEntryColumns), {patient});
    if (!before.ok())
        return before.error();
    if (!before->isEmpty())
        return answer(entryFrom(before->first()));
    MUCO_TRY(ensureStratum(stratum));
    auto next = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE stratum = ? AND state = 'free' ORDER BY sequence LIMIT 1")
                              .arg(kEntryColumns), {stratum});
    if (!next.ok())
        return next.error();
    if (next->isEmpty())
        return Error::invalid(QStringLiteral("stratum"), Tr::tr("the allocation list of stratum %1 is used up or was never set up; "
                                                                "ask the trial's statistician").arg(stratum));
    Entry e = entryFrom(next->first());
    e.allocatedUtc = isoUtc(m_clock->nowUtc());
    e.source = QStringLiteral("online");
    MUCO_TRY(m_b.exec(QStringLiteral("UPDATE allocation_list SET state = 'allocated', device_id = ?, patient_id = ?, allocated_utc = ?,"
                                     " source = 'online' WHERE stratum = ? AND sequence = ? AND state = 'free'"),
                      {device.deviceId, patient, e.allocatedUtc, e.list.stratum, e.list.sequence}));
    MUCO_TRY(tx.commit());
    return answer(e);
}

Result<int> AllocationList::reserveTarget(const QString &site, int strata)
{
    const QString since = isoUtc(m_clock->nowUtc().addDays(-28));
    auto recent = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE site = ? AND state = 'allocated' AND allocated_utc >= ?"),
                            {site, since});
    if (!recent.ok())
        return recent.error();
    auto devices = m_b.query(QStringLiteral("SELECT COUNT(*) FROM devices WHERE site = ? AND revoked_utc IS NULL"), {site});
    if (!devices.ok())
        return devices.error();
    const double twoWeeks = recent->first().at(0).toDouble() / 2.0;
    const int perDevice = static_cast<int>(std::ceil(twoWeeks / std::max(1, devices->first().at(0).toInt()) / std::max(1, strata)));
    return std::clamp(perDevice + 1, 2, 6);
}

Result<QJsonObject> AllocationList::issueReserve(const DeviceIdentity &device, const QJsonObject &request)
{
    CentralTransaction tx(m_b);
    MUCO_TRY(tx.begun());
    MUCO_TRY(m_b.lockWrites());   // one writer of the lists at a time, across processes
    // What the device says it opened and still holds, against what was issued to it.
    QSet<QPair<QString, int>> held, opened;
    for (const QJsonValue &v : request.value(QStringLiteral("held")).toArray())
        held.insert({v.toObject().value(QStringLiteral("stratum")).toString(), v.toObject().value(QStringLiteral("sequence")).toInt()});
    for (const QJsonValue &v : request.value(QStringLiteral("opened")).toArray())
        opened.insert({v.toObject().value(QStringLiteral("stratum")).toString(), v.toObject().value(QStringLiteral("sequence")).toInt()});
    MUCO_TRY(reconcile());
    auto mine = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE device_id = ? AND (state = 'reserved' OR source = 'reserve')"
                                         " ORDER BY stratum, sequence").arg(kEntryColumns), {device.deviceId});
    if (!mine.ok())
        return mine.error();
    QSet<QPair<QString, int>> issued;
    QList<ListEntry> resend;
    for (const QVariantList &r : mine.value()) {
        const Entry e = entryFrom(r);
        const QPair<QString, int> k{e.list.stratum, e.list.sequence};
        issued.insert(k);
        if (e.state != QLatin1String("reserved") || held.contains(k))
            continue;
        if (opened.contains(k))
            MUCO_TRY(alarm(device.site, device.deviceId,
                           Tr::tr("Device %1 opened reserve entry %2 #%3 but no randomization of it reached the central site.")
                               .arg(device.deviceId, k.first).arg(k.second)));
        else
            resend << e.list;   // issued before, the answer lost on the way: sent again (an entry skipped shows as out of order)
    }
    for (const auto &k : held)
        if (!issued.contains(k))
            MUCO_TRY(alarm(device.site, device.deviceId, Tr::tr("Device %1 holds a reserve entry %2 #%3 the central site never issued to it.")
                                                             .arg(device.deviceId, k.first).arg(k.second)));

    // Top the reserve up, stratum by stratum of the device's site, with the next free entries.
    auto strata = m_b.query(QStringLiteral("SELECT DISTINCT stratum FROM allocation_list WHERE site = ? ORDER BY stratum"), {device.site});
    if (!strata.ok())
        return strata.error();
    if (strata->isEmpty()) {
        MUCO_TRY(ensureStratum(device.site));
        strata = m_b.query(QStringLiteral("SELECT DISTINCT stratum FROM allocation_list WHERE site = ? ORDER BY stratum"), {device.site});
        if (!strata.ok())
            return strata.error();
    }
    auto target = reserveTarget(device.site, static_cast<int>(strata->size()));
    if (!target.ok())
        return target.error();
    auto key = deviceKey(device.deviceId);
    if (!key.ok())
        return key.error();
    QJsonArray entries;
    for (const ListEntry &e : std::as_const(resend)) {
        MUCO_READ(sealed, seal(key.value(), device.deviceId, e));
        entries.append(QJsonObject{{QStringLiteral("stratum"), e.stratum}, {QStringLiteral("sequence"), e.sequence},
                                   {QStringLiteral("sealed"), sealed}});
    }
    const QString now = isoUtc(m_clock->nowUtc());
    for (const QVariantList &s : strata.value()) {
        const QString stratum = s[0].toString();
        auto holding = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE stratum = ? AND device_id = ? AND state = 'reserved'"),
                                 {stratum, device.deviceId});
        if (!holding.ok())
            return holding.error();
        const int missing = target.value() - holding->first().at(0).toInt();
        if (missing <= 0)
            continue;
        auto next = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE stratum = ? AND state = 'free' ORDER BY sequence LIMIT ?")
                                  .arg(kEntryColumns), {stratum, missing});
        if (!next.ok())
            return next.error();
        for (const QVariantList &r : next.value()) {
            const Entry e = entryFrom(r);
            MUCO_TRY(m_b.exec(QStringLiteral("UPDATE allocation_list SET state = 'reserved', device_id = ?, reserved_utc = ? WHERE stratum = ? AND sequence = ?"),
                              {device.deviceId, now, e.list.stratum, e.list.sequence}));
            MUCO_READ(sealed, seal(key.value(), device.deviceId, e.list));
            entries.append(QJsonObject{{QStringLiteral("stratum"), e.list.stratum}, {QStringLiteral("sequence"), e.list.sequence},
                                       {QStringLiteral("sealed"), sealed}});
        }
    }
    auto found = m_b.query(QStringLiteral("SELECT detail FROM randomization_alarms WHERE device_id = ? ORDER BY seen_utc"), {device.deviceId});
    if (!found.ok())
        return found.error();
    QJsonArray alarms;
    for (const QVariantList &r : found.value())
        alarms.append(r[0].toString());
    MUCO_TRY(tx.commit());
    return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key->toHex())}, {QStringLiteral("entries"), entries},
                       {QStringLiteral("alarms"), alarms}};
}

// Every randomization the devices pushed, against the list: an entry of the list, the arm it
// holds, issued to the device that used it, used once and in order; a patient randomized once.
// Reserve uses that check out become allocations; anything else becomes an alarm.
Status AllocationList::reconcile()
{
    auto rows = m_b.query(QStringLiteral("SELECT r.record_id, r.field, r.value FROM records r WHERE r.table_name = 'randomizations'"
                                         " ORDER BY r.record_id"));
    if (!rows.ok())
        return rows.error();
    QMap<QString, Recorded> recorded;
    for (const QVariantList &r : rows.value()) {
        Recorded &x = recorded[r[0].toString()];
        x.id = r[0].toString();
        const QString field = r[1].toString();
        const QJsonValue v = fromCanonicalJson(r[2].toString());
        if (field == QLatin1String("patient_id")) x.patient = v.toString();
        else if (field == QLatin1String("stratum")) x.stratum = v.toString();
        else if (field == QLatin1String("sequence")) x.sequence = v.toInt();
        else if (field == QLatin1String("arm")) x.arm = v.toString();
        else if (field == QLatin1String("source")) x.source = v.toString();
        else if (field == QLatin1String("allocated_utc")) x.allocatedUtc = v.toString();
        else if (field == QLatin1String("deleted") && v.toInt() != 0) x.source = QStringLiteral("deleted");
    }
    QHash<QPair<QString, int>, QString> usedBy;   // entry -> patient
    QHash<QString, QString> entryOf;              // patient -> entry
    // In list order: a device's reserve uses are checked lowest first, as it opened them.
    QList<Recorded> ordered = recorded.values();
    std::sort(ordered.begin(), ordered.end(), [](const Recorded &a, const Recorded &b) {
        return a.stratum != b.stratum ? a.stratum < b.stratum : a.sequence < b.sequence;
    });
    for (const Recorded &x : std::as_const(ordered)) {
        if (x.source == QLatin1String("deleted"))
            continue;
        auto pusher = m_b.query(QStringLiteral("SELECT device_id, site FROM changes WHERE table_name = 'randomizations' AND record_id = ? ORDER BY seq LIMIT 1"),
                                {x.id});
        if (!pusher.ok())
            return pusher.error();
        const QString device = pusher->isEmpty() ? QString() : pusher->first().at(0).toString();
        const QString site = pusher->isEmpty() ? AllocationSequence::siteOf(x.stratum) : pusher->first().at(1).toString();
        auto subject = subjectId(x.patient);
        if (!subject.ok())
            return subject.error();
        const QString who = subject->isEmpty() ? x.patient : subject.value();
        const QPair<QString, int> k{x.stratum, x.sequence};
        const QString entryName = QStringLiteral("%1 #%2").arg(x.stratum).arg(x.sequence);
        auto listed = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE stratum = ? AND sequence = ?").arg(kEntryColumns),
                                {x.stratum, x.sequence});
        if (!listed.ok())
            return listed.error();
        if (listed->isEmpty()) {
            MUCO_TRY(alarm(site, device, Tr::tr("%1 was given entry %2, which is not on the list.").arg(who, entryName)));
            continue;
        }
        const Entry e = entryFrom(listed->first());
        if (e.list.arm != x.arm)
            MUCO_TRY(alarm(site, device, Tr::tr("%1 is recorded in arm %2; entry %3 of the list says %4.").arg(who, x.arm, entryName, e.list.arm)));
        if ((usedBy.contains(k) && usedBy.value(k) != x.patient) || (e.state == QLatin1String("allocated") && e.patient != x.patient)) {
            MUCO_TRY(alarm(site, device, Tr::tr("Entry %1 was used twice (%2 and another patient).").arg(entryName, who)));
            continue;
        }
        if (entryOf.contains(x.patient) && entryOf.value(x.patient) != entryName) {
            MUCO_TRY(alarm(site, device, Tr::tr("%1 was randomized twice (%2 and %3).").arg(who, entryOf.value(x.patient), entryName)));
            continue;
        }
        usedBy.insert(k, x.patient);
        entryOf.insert(x.patient, entryName);
        if (e.state == QLatin1String("allocated"))
            continue;   // reconciled before, or allocated online to this patient
        if (e.state == QLatin1String("free") || x.source != QLatin1String("reserve") || e.device != device) {
            MUCO_TRY(alarm(site, device, Tr::tr("%1 was given entry %2, which was never issued to the device that used it.").arg(who, entryName)));
            continue;
        }
        // A reserve use: the device opens its entries in order, so none of its lower ones may
        // still be sealed.
        auto lower = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE stratum = ? AND device_id = ? AND state = 'reserved'"
                                              " AND sequence < ?"), {x.stratum, device, x.sequence});
        if (!lower.ok())
            return lower.error();
        if (lower->first().at(0).toInt() > 0)
            MUCO_TRY(alarm(site, device, Tr::tr("Entry %1 was opened out of order: an earlier entry of the same reserve is still sealed.").arg(entryName)));
        MUCO_TRY(m_b.exec(QStringLiteral("UPDATE allocation_list SET state = 'allocated', patient_id = ?, allocated_utc = ?, source = 'reserve'"
                                         " WHERE stratum = ? AND sequence = ?"), {x.patient, x.allocatedUtc, x.stratum, x.sequence}));
        // An online allocation whose answer never reached the device (it then used its reserve)
        // was seen by no one: it goes back to the list, to be the stratum's next entry again.
        MUCO_TRY(m_b.exec(QStringLiteral("UPDATE allocation_list SET state = 'free', device_id = NULL, patient_id = NULL, allocated_utc = NULL,"
                                         " source = NULL WHERE patient_id = ? AND source = 'online'"), {x.patient}));
    }
    return {};
}

Result<QList<IntegrityAlarm>> AllocationList::alarms()
{
    {
        CentralTransaction tx(m_b);
        MUCO_TRY(tx.begun());
        MUCO_TRY(m_b.lockWrites());
        MUCO_TRY(reconcile());
        MUCO_TRY(tx.commit());
    }
    MUCO_READ(rows, m_b.query(QStringLiteral("SELECT device_id, site, seen_utc, detail FROM randomization_alarms ORDER BY seen_utc, detail")));
    QList<IntegrityAlarm> out;
    for (const QVariantList &r : rows)
        out.append({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), {}, {}, {}});
    return out;
}

Result<QJsonObject> AllocationList::report(CentralRole actor)
{
    if (actor != CentralRole::Statistician)
        return Error::denied(Tr::tr("Only the trial's statistician reads the randomization lists."));
    {
        CentralTransaction tx(m_b);
        MUCO_TRY(tx.begun());
        MUCO_TRY(m_b.lockWrites());
        MUCO_TRY(reconcile());
        MUCO_TRY(tx.commit());
    }
    auto rows = m_b.query(QStringLiteral("SELECT %1 FROM allocation_list WHERE state = 'allocated' ORDER BY stratum, sequence").arg(kEntryColumns));
    if (!rows.ok())
        return rows.error();
    QJsonArray allocations;
    QJsonObject bySite;
    for (const QVariantList &r : rows.value()) {
        const Entry e = entryFrom(r);
        auto subject = subjectId(e.patient);
        if (!subject.ok())
            return subject.error();
        allocations.append(QJsonObject{{QStringLiteral("subject_id"), subject->isEmpty() ? QJsonValue() : QJsonValue(subject.value())},
                                       {QStringLiteral("site"), e.site}, {QStringLiteral("stratum"), e.list.stratum},
                                       {QStringLiteral("sequence"), e.list.sequence}, {QStringLiteral("arm"), e.list.arm},
                                       {QStringLiteral("allocated_utc"), e.allocatedUtc}, {QStringLiteral("source"), e.source},
                                       {QStringLiteral("device"), e.device}});
        QJsonObject arms = bySite.value(e.site).toObject();
        if (arms.isEmpty())
            arms = {{QStringLiteral("experimental"), 0}, {QStringLiteral("control"), 0}};
        arms.insert(e.list.arm, arms.value(e.list.arm).toInt() + 1);
        bySite.insert(e.site, arms);
    }
    auto unused = m_b.query(QStringLiteral("SELECT COUNT(*) FROM allocation_list WHERE state = 'reserved'"));
    if (!unused.ok())
        return unused.error();
    auto alarms = m_b.query(QStringLiteral("SELECT detail FROM randomization_alarms ORDER BY seen_utc, detail"));
    if (!alarms.ok())
        return alarms.error();
    QStringList problems;
    for (const QVariantList &r : alarms.value())
        problems << r[0].toString();
    return QJsonObject{{QStringLiteral("allocations"), allocations}, {QStringLiteral("by_site"), bySite},
                       {QStringLiteral("unused_reserved"), unused->first().at(0).toInt()},
                       {QStringLiteral("integrity"), problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1Char(' '))}};
}

} // namespace muco
