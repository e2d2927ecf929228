#include "security/KeyRotation.h"
#include "common/AtomicFile.h"
#include "security/AuditChain.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeyRotation)
};

const QString kGenerationKey = KeySlotFile::generationMetaKey();

// The slots (all but `leaving`'s) that cannot be sealed to a new key, named for a person.
Result<QStringList> unsealable(Session &session, const KeySlotFile &file, const QString &leaving)
{
    MUCO_READ(chain, AuditChain::verify(session.db()));
    if (!chain.intact)
        return Error::storage(Tr::tr("The audit trail is broken at row %1 (%2); the database key is not replaced until it "
                                     "is repaired.").arg(chain.firstBroken).arg(chain.problem));
    QStringList out;
    for (const KeySlot &slot : file.keySlots) {
        if (slot.kind == QLatin1String("user") && slot.name == leaving)
            continue;
        const QList<QByteArray> registered = chain.publicKeys.value(KeySlotFile::chainOwner(slot));
        if (slot.scheme != 2 || registered.isEmpty() || KeySlotFile::boxPublicFor(registered.last()) != slot.boxPublic)
            out << (slot.kind == QLatin1String("recovery") ? Tr::tr("the recovery key") : slot.name);
    }
    return out;
}

Error cannotRotate(const QStringList &names)
{
    return Error::invalid(QStringLiteral("name"),
                          Tr::tr("the database key cannot be replaced: the key slots of %1 were written before key rotation "
                                 "existed or do not match the keys the audit trail registered (each of these users signs in "
                                 "once, which renews their slot; a site whose recovery key is listed needs a new recovery key)")
                              .arg(names.join(QStringLiteral(", "))));
}

bool stopAt(KeyRotation::Step step)
{
    const auto &hook = KeyRotation::interruptForTests();
    return hook && hook(step);
}

Error interrupted()
{
    return Error::storage(QStringLiteral("key rotation interrupted by the test"));
}

} // namespace

std::function<bool(KeyRotation::Step)> &KeyRotation::interruptForTests()
{
    static std::function<bool(Step)> hook;
    return hook;
}

Status KeyRotation::markDue(Database &db)
{
    return db.putMeta(QString::fromLatin1(kDueKey), QStringLiteral("1"));
}

Result<bool> KeyRotation::isDue(Database &db)
{
    MUCO_READ(value, db.meta(QString::fromLatin1(kDueKey)));
    return value == QLatin1String("1");
}

Status KeyRotation::checkRotatable(Session &session, const QString &leaving)
{
    MUCO_READ(file, KeySlotFile::load(KeySlotFile::pathFor(session.databasePath())));
    MUCO_READ(stale, unsealable(session, file, leaving));
    return stale.isEmpty() ? Status{} : Status(cannotRotate(stale));
}

Status KeyRotation::rotate(Session &session, const QString &why)
{
    const QString keyPath = KeySlotFile::pathFor(session.databasePath());
    const QString nextPath = KeySlotFile::nextPath(keyPath);
    return KeySlotFile::locked(keyPath, [&]() -> Status {
        MUCO_READ(recorded, session.db().meta(kGenerationKey));
        MUCO_READ(file, KeySlotFile::load(keyPath));
        if (file.verify(session.databaseKey()) != KeySlotFile::Seal::Valid)
            return Error::denied(Tr::tr("The key file %1 has been altered since it was sealed; the database key was not "
                                        "replaced.").arg(keyPath));
        MUCO_READ(stale, unsealable(session, file, {}));
        if (!stale.isEmpty())
            return cannotRotate(stale);

        SecureBytes newKey = SecureBytes::random(32);
        for (KeySlot &slot : file.keySlots)
            MUCO_TRY(KeySlotFile::reseal(slot, newKey));
        // 1. The new file beside the old one, written and synced: nothing opens with it yet.
        file.path = nextPath;
        MUCO_TRY(file.seal(newKey, recorded.toULongLong()));
        if (stopAt(Step::NextKeyFileWritten))
            return interrupted();
        // 2. The database under the new key, in one transaction. Should it fail, the database
        // keeps the old key, the old file still opens it, and the next sign-in removes the new
        // file (it does not open the database).
        MUCO_TRY(session.db().rekey(newKey));
        session.replaceDatabaseKey(std::move(newKey));
        if (stopAt(Step::DatabaseRekeyed))
            return interrupted();
        // 3. The new file in the old one's place. A crash before this: sign-in finds that the
        // old file no longer opens the database and the new one does, and finishes.
        MUCO_TRY(replaceFileWith(nextPath, keyPath));
        if (stopAt(Step::KeyFileReplaced))
            return interrupted();
        // 4. The generation recorded and the rotation audited.
        Transaction tx(session.db());
        MUCO_TRY(tx.begun());
        MUCO_TRY(session.db().putMeta(kGenerationKey, QString::number(file.generation)));
        MUCO_TRY(session.db().removeMeta(QString::fromLatin1(kDueKey)));
        MUCO_TRY(session.audit({{}, QStringLiteral("database_key_replaced"), QStringLiteral("meta"), QStringLiteral("database key"),
                                kGenerationKey, recorded, QString::number(file.generation), why}));
        return tx.commit();
    });
}

} // namespace muco
