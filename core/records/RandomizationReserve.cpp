#include "records/RandomizationReserve.h"
#include "records/Randomize.h"
#include "security/AllocationSeal.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RandomizationReserve)
};

const QString kKeyName = QStringLiteral("randomization_reserve_key");

} // namespace

Status RandomizationReserve::store(Session &s, const QJsonObject &answer)
{
    MUCO_TRY(s.require(Permission::SyncNow));
    const QByteArray key = QByteArray::fromHex(answer.value(QStringLiteral("key")).toString().toLatin1());
    const QJsonArray entries = answer.value(QStringLiteral("entries")).toArray();
    if (key.size() != AllocationSeal::kKeyBytes && !entries.isEmpty())
        return Error::invalid(QStringLiteral("key"), Tr::tr("the central site's reserve came without a valid sealing key"));
    Transaction tx(s.db());
    MUCO_TRY(tx.begun());
    if (!key.isEmpty())
        MUCO_TRY(s.db().putMeta(kKeyName, QString::fromLatin1(key.toHex())));
    int added = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString stratum = e.value(QStringLiteral("stratum")).toString();
        const int sequence = e.value(QStringLiteral("sequence")).toInt();
        if (!AllocationSequence::validStratum(stratum) || sequence < 1 || e.value(QStringLiteral("sealed")).toString().isEmpty())
            return Error::invalid(QStringLiteral("entries"), Tr::tr("the central site sent a reserve entry without stratum, sequence or seal"));
        auto st = s.db().prepare(QStringLiteral("INSERT OR IGNORE INTO randomization_reserve (stratum, sequence, sealed, issued_utc)"
                                                " VALUES (?, ?, ?, ?)"));
        if (!st.ok())
            return st.error();
        st->bind(1, stratum).bind(2, qint64(sequence)).bind(3, e.value(QStringLiteral("sealed")).toString()).bind(4, isoUtc(s.now()));
        MUCO_TRY(st->run());
        ++added;
    }
    if (added > 0)
        MUCO_TRY(s.audit({{}, QStringLiteral("reserve_received"), QStringLiteral("randomization_reserve"), {}, {}, {},
                          QString::number(added), {}}));
    return tx.commit();
}

Result<QMap<QString, int>> RandomizationReserve::remaining(Session &s)
{
    MUCO_TRY(s.require(Permission::ViewPatients));
    auto st = s.db().prepare(QStringLiteral("SELECT stratum, COUNT(*) FROM randomization_reserve WHERE opened_utc IS NULL GROUP BY stratum"));
    if (!st.ok())
        return st.error();
    QMap<QString, int> out;
    MUCO_TRY(st->forEachRow([&](const Statement &row) { out.insert(row.text(0), static_cast<int>(row.integer(1))); }));
    return out;
}

Result<QJsonObject> RandomizationReserve::report(Session &s)
{
    MUCO_TRY(s.require(Permission::SyncNow));
    auto st = s.db().prepare(QStringLiteral("SELECT stratum, sequence, opened_utc, patient_id FROM randomization_reserve ORDER BY stratum, sequence"));
    if (!st.ok())
        return st.error();
    QJsonArray held, opened;
    MUCO_TRY(st->forEachRow([&](const Statement &row) {
        QJsonObject e{{QStringLiteral("stratum"), row.text(0)}, {QStringLiteral("sequence"), row.integer(1)}};
        if (row.isNull(2)) {
            held.append(e);
        } else {
            e.insert(QStringLiteral("opened_utc"), row.text(2));
            e.insert(QStringLiteral("patient_id"), row.text(3));
            opened.append(e);
        }
    }));
    return QJsonObject{{QStringLiteral("held"), held}, {QStringLiteral("opened"), opened}};
}

Result<ListEntry> RandomizationReserve::openNext(Session &s, const QString &stratum, const QString &patientId)
{
    MUCO_TRY(Randomize::mayRandomize(s));
    if (!s.db().inTransaction())
        return Error::storage(Tr::tr("A reserve entry is opened only inside the randomize action's transaction."));
    auto st = s.db().prepare(QStringLiteral("SELECT sequence, sealed FROM randomization_reserve WHERE stratum = ? AND opened_utc IS NULL"
                                            " ORDER BY sequence LIMIT 1"));
    if (!st.ok())
        return st.error();
    st->bind(1, stratum);
    auto row = st->next();
    if (!row.ok())
        return row.error();
    if (!row.value()) {
        // A device never enrolled has no central site to reach: "cannot be reached" sent a DEMO
        // user looking for a network fault (a walkthrough).
        MUCO_READ(enrolledAs, s.db().meta(QStringLiteral("sync_device_id")));
        if (enrolledAs.isEmpty())
            return Error{ErrorKind::Network, Tr::tr("This device is not enrolled with the trial's central site, which allocates the arms, "
                                                    "and holds no reserve for stratum %1: nothing was allocated. An administrator enrols it "
                                                    "(mucotrack-cli sync enroll) to randomize.").arg(stratum), {}};
        return Error{ErrorKind::Network, Tr::tr("The central site cannot be reached and this device's reserve for stratum %1 is empty: "
                                                "nothing was allocated. Randomize when the device is online, or sync to refill the reserve.")
                                             .arg(stratum), {}};
    }
    const int sequence = static_cast<int>(st->integer(0));
    const QString sealed = st->text(1);
    MUCO_READ(keyHex, s.db().meta(kKeyName));
    MUCO_READ(device, s.db().meta(QStringLiteral("sync_device_id")));
    const std::optional<QString> arm = AllocationSeal::open(QByteArray::fromHex(keyHex.toLatin1()), device, stratum, sequence, sealed);
    if (!arm || !AllocationSequence::arms().contains(*arm))
        return Error{ErrorKind::Integrity, Tr::tr("Reserve entry %1 #%2 does not open as the central site issued it (altered, moved "
                                                  "or from another device); nothing was allocated. Tell the central site.")
                                               .arg(stratum).arg(sequence), {}};
    const ListEntry entry{stratum, sequence, *arm, 0, 0};
    auto mark = s.db().prepare(QStringLiteral("UPDATE randomization_reserve SET opened_utc = ?, opened_by = ?, patient_id = ?"
                                              " WHERE stratum = ? AND sequence = ? AND opened_utc IS NULL"));
    if (!mark.ok())
        return mark.error();
    mark->bind(1, isoUtc(s.now())).bind(2, s.user().username).bind(3, patientId).bind(4, stratum).bind(5, qint64(sequence));
    MUCO_TRY(mark->run());
    MUCO_TRY(s.audit({{}, QStringLiteral("reserve_opened"), QStringLiteral("randomization_reserve"),
                      QStringLiteral("%1#%2").arg(stratum).arg(sequence), QStringLiteral("patient_id"), {}, patientId, {}}));
    return entry;
}

} // namespace muco
