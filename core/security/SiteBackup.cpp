#include "security/SiteBackup.h"
#include "common/AtomicFile.h"
#include "security/KeySlotFile.h"
#include "security/Session.h"
#include "security/SiteVault.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SiteBackup)
};

const auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Result<QByteArray> readWhole(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("%1 cannot be read (%2).").arg(path, f.errorString()));
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Error::storage(Tr::tr("%1 cannot be read (%2).").arg(path, f.errorString()));
    return bytes;
}

// SQLite's online backup API, in one step (-1: every page under one read transaction of the
// source), so the copy is one consistent moment while other connections keep writing. The
// destination is open under the same key and cipher settings: SQLCipher copies pages as they
// are. Through Database::handle(), the wrapper's one way to the C API for such a call.
Status copyDatabase(Database &source, Database &destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return destination.error(sqlite3_errcode(destination.handle()), Tr::tr("starting a backup of %1").arg(source.path()));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return destination.error(rc == SQLITE_OK ? finished : rc, Tr::tr("copying %1").arg(source.path()));
    if (finished != SQLITE_OK)
        return destination.error(finished, Tr::tr("copying %1").arg(source.path()));
    return {};
}

void removeQuietly(const QString &databasePath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(databasePath + suffix);
}

} // namespace

Result<QString> SiteBackup::create(Session &session, const QString &folder)
{
    // A backup holds every identity: the administrator's (site settings) and staff's alone.
    MUCO_TRY(session.require(Permission::ManageSettings));
    MUCO_TRY(session.require(Permission::ViewIdentity));
    return createFor(session, folder);
}

Result<QString> SiteBackup::createFor(Session &session, const QString &folder)
{
    const QFileInfo dir(folder);
    if (folder.isEmpty() || !dir.isDir())
        return Error::invalid(QStringLiteral("to"), Tr::tr("%1 is not an existing folder").arg(folder));
    const QString stamp = session.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = QDir(folder).absoluteFilePath(QStringLiteral("mucotrack-%1-%2.db").arg(session.site(), stamp));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(KeySlotFile::pathFor(path)); ++n)
        path = QDir(folder).absoluteFilePath(QStringLiteral("mucotrack-%1-%2-%3.db").arg(session.site(), stamp).arg(n));
    const QString partial = path + QStringLiteral(".partial");
    removeQuietly(partial);

    const QString keyPath = KeySlotFile::pathFor(session.databasePath());
    {
        // The key file's lock is held while both are copied: no password change or new
        // account slips between the copy of the key file and the snapshot of the database.
        QLockFile lock(keyPath + QStringLiteral(".lock"));
        lock.setStaleLockTime(120000);
        if (!lock.tryLock(90000))
            return Error::storage(Tr::tr("The key file %1 is locked by another program; try again.").arg(keyPath));
        // Read once: the bytes copied are the ones checked.
        MUCO_READ(keyBytes, readWhole(keyPath));
        MUCO_READ(keys, KeySlotFile::parse(keyPath, keyBytes));
        // Another program's rewrite whose transaction has not ended (a password reset between
        // its key file and its commit) keeps the file as it was (SiteVault: .undo). The snapshot
        // below holds the database without that transaction, unless it committed meanwhile; the
        // file that goes with it is the kept one when the snapshot did not record the newer
        // generation. The newer file beside an older database opened, its slot's key registered
        // nowhere in the trail: that account was refused in the restored site.
        const QString undoPath = KeySlotFile::undoPath(keyPath);
        std::optional<QByteArray> undoBytes;
        quint64 undoGeneration = 0;
        if (QFileInfo::exists(undoPath)) {
            MUCO_READ(kept, readWhole(undoPath));
            MUCO_READ(keptFile, KeySlotFile::parse(undoPath, kept));
            undoBytes = kept;
            undoGeneration = keptFile.generation;
        }
        const Status copied = [&]() -> Status {
            MUCO_READ(copy, Database::open(partial, session.databaseKey(), keys.cipher, Database::Mode::Create));
            MUCO_TRY(copyDatabase(session.db(), *copy));
            // One self-contained file: no -wal or -shm needed to read it, even read-only.
            MUCO_TRY(copy->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            MUCO_READ(recorded, copy->meta(KeySlotFile::generationMetaKey()));
            // The kept file only when it is the one the snapshot recorded: a file ahead of its
            // database without one is taken as it is (as a sign-in takes it).
            if (undoBytes && keys.generation > recorded.toULongLong() && undoGeneration == recorded.toULongLong())
                keyBytes = *undoBytes;
            return {};
        }();   // the copy is closed here
        if (!copied.ok()) {
            removeQuietly(partial);
            return copied.error();
        }
        // Key file first, database last: a backup without its .db is simply not there.
        if (Status s = writeFileAtomically(KeySlotFile::pathFor(path), keyBytes, kOwnerOnly); !s.ok()) {
            removeQuietly(partial);
            return s.error();
        }
    }
    QFile::setPermissions(partial, kOwnerOnly);
    if (!QFile::rename(partial, path)) {
        removeQuietly(partial);
        QFile::remove(KeySlotFile::pathFor(path));
        return Error::storage(Tr::tr("The backup %1 could not be put in place.").arg(path));
    }
    {
        Transaction tx(session.db());
        MUCO_TRY(tx.begun());
        MUCO_TRY(session.audit({{}, QStringLiteral("backup_created"), QStringLiteral("meta"), QFileInfo(path).fileName(), {}, {}, {}, {}}));
        MUCO_TRY(tx.commit());
    }
    return path;
}

Result<BackupCheck> SiteBackup::verify(const QString &backupPath, const Secret &recoveryKey)
{
    if (!QFileInfo(backupPath).isFile())
        return Error::storage(Tr::tr("The backup %1 does not exist.").arg(backupPath));
    if (!QFileInfo::exists(KeySlotFile::pathFor(backupPath)))
        return Error::storage(Tr::tr("The backup %1 has no key file beside it (%2).").arg(backupPath, KeySlotFile::pathFor(backupPath)));
    MUCO_READ(key, SiteVault::recoverKey(backupPath, recoveryKey));
    MUCO_READ(keys, KeySlotFile::load(KeySlotFile::pathFor(backupPath)));
    if (keys.verify(key) != KeySlotFile::Seal::Valid)
        return Error::storage(Tr::tr("The key file of the backup %1 has been altered or is not sealed.").arg(backupPath));
    // Opened as a scratch copy: opening writes (the journal mode), and the backup stays as it was.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("check.db"));
    if (!scratch.isValid() || !QFile::copy(backupPath, copy))
        return Error::storage(Tr::tr("The backup %1 could not be copied to a temporary folder to be checked.").arg(backupPath));
    MUCO_READ(db, Database::open(copy, key, keys.cipher, Database::Mode::OpenExisting));
    // Reads every page: SQLCipher authenticates each one, so a changed byte anywhere is found.
    {
        MUCO_READ(check, db->prepare(QStringLiteral("PRAGMA integrity_check")));
        MUCO_READ(row, check.next());
        if (!row || check.text(0) != QLatin1String("ok"))
            return Error::storage(Tr::tr("The backup %1 is damaged (%2).").arg(backupPath, row ? check.text(0) : QString()));
    }
    BackupCheck out;
    MUCO_READ(site, db->meta(QStringLiteral("site_code")));
    MUCO_READ(generation, db->meta(KeySlotFile::generationMetaKey()));
    if (!generation.isEmpty() && keys.generation < generation.toULongLong())
        return Error::storage(Tr::tr("The key file of the backup %1 is older than its database.").arg(backupPath));
    out.site = site;
    MUCO_READ(audit, AuditChain::verify(*db));
    out.audit = audit;
    return out;
}

Result<BackupCheck> SiteBackup::restore(const QString &backupPath, const QString &newDatabasePath, const Secret &recoveryKey)
{
    const QString newKeys = KeySlotFile::pathFor(newDatabasePath);
    if (newDatabasePath.isEmpty() || QFileInfo::exists(newDatabasePath) || QFileInfo::exists(newKeys))
        return Error::invalid(QStringLiteral("db"), Tr::tr("%1 already exists; a restore never overwrites a database").arg(newDatabasePath));
    MUCO_READ(check, verify(backupPath, recoveryKey));
    if (!check.audit.intact)
        return Error::storage(Tr::tr("The backup %1 is not restored: its audit trail is broken at row %2.").arg(backupPath).arg(check.audit.firstBroken));
    MUCO_READ(keyBytes, readWhole(KeySlotFile::pathFor(backupPath)));
    const QString partial = newDatabasePath + QStringLiteral(".partial");
    removeQuietly(partial);
    if (!QFile::copy(backupPath, partial)) {
        removeQuietly(partial);
        return Error::storage(Tr::tr("The backup could not be copied to %1 (is the disk full?).").arg(partial));
    }
    QFile::setPermissions(partial, kOwnerOnly);
    {
        // The copy must be on disk before it is named: a crash leaves the .partial, never a
        // half-written database under the new name.
        QFile f(partial);
        if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0) {
            removeQuietly(partial);
            return Error::storage(Tr::tr("The backup could not be written to %1 (is the disk full?).").arg(partial));
        }
    }
    if (Status s = writeFileAtomically(newKeys, keyBytes, kOwnerOnly); !s.ok()) {
        removeQuietly(partial);
        return s.error();
    }
    if (QFileInfo::exists(newDatabasePath) || !QFile::rename(partial, newDatabasePath)) {
        removeQuietly(partial);
        QFile::remove(newKeys);
        return Error::storage(Tr::tr("The restored database could not be put at %1.").arg(newDatabasePath));
    }
    return check;
}

} // namespace muco
