#include "storage/Database.h"
#include "storage/DiskState.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>
#include <cstring>

namespace muco {

namespace {

// How long any statement waits for another connection's lock before saying "locked": long
// enough for a sync page or a backup step, short enough that a stuck program is reported.
constexpr int kBusyTimeoutMs = 5000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Builds the raw-key literal x'<hex>' in guarded memory, never in a QString.
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    SecureBytes literal(key.size() * 2 + 3);
    unsigned char *p = literal.data();
    *p++ = 'x';
    *p++ = '\'';
    static const char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < key.size(); ++i) {
        *p++ = static_cast<unsigned char>(digits[key.data()[i] >> 4]);
        *p++ = static_cast<unsigned char>(digits[key.data()[i] & 0x0f]);
    }
    *p = '\'';
    return literal;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key,
                                                 const CipherSettings &cipher, Mode mode)
{
    enum class Fallback { None, Exclusive, Immutable };
    // A member's lambda, so it may build a Database.
    const auto attempt = [&](Fallback fallback) -> Result<std::unique_ptr<Database>> {
        const bool exists = QFileInfo::exists(path);
        if (mode == Mode::OpenExisting && !exists)
            return Error::storage(Tr::tr("The site database %1 does not exist.").arg(path));
        if (mode == Mode::Create && exists)
            return Error::storage(Tr::tr("%1 already exists; refusing to overwrite it.").arg(path));

        sqlite3 *raw = nullptr;
        // NOMUTEX: a connection belongs to the thread that opened it (a second thread opens its
        // own, as the tests' lock holders do). SQLite's serialized mode locked a mutex on every
        // call, each column read included: a fifth of listing 50,000 patients (issue 14).
        int flags = (fallback == Fallback::Immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
        if (mode == Mode::Create)
            flags |= SQLITE_OPEN_CREATE;
        QByteArray name = QFile::encodeName(path);
        if (fallback == Fallback::Immutable) {
            // A URI, so that "immutable" applies; the path is percent-encoded into it.
            name = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1";
            flags |= SQLITE_OPEN_URI;
        }
        const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
        std::unique_ptr<Database> db(new Database(raw, path));
        if (rc != SQLITE_OK)
            return db->error(rc, Tr::tr("opening %1").arg(path));
        // Before anything reads: the key probe below, the journal-mode PRAGMA and the WAL
        // recovery of a first connection all meet other writers' locks, and without a busy
        // handler SQLite reports those as "locked" at once instead of waiting (issue 13, D2:
        // an open that raced a writer failed within 0.03 s).
        sqlite3_busy_timeout(raw, kBusyTimeoutMs);

        if (!key.isEmpty()) {
            const SecureBytes literal = rawKeyLiteral(key);
            if (sqlite3_key(raw, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
                return Error::storage(Tr::tr("The encryption key could not be applied to %1.").arg(path));
            const QString version = db->cipherVersion();
            if (version.isEmpty())
                return Error::storage(Tr::tr("This build's SQLite has no encryption (SQLCipher is required)."));
            // Typed, range-checked settings (never text from a file); each PRAGMA is prepared
            // as ONE statement, never run through sqlite3_exec. A 3.x library ignores the ones
            // it does not know.
            MUCO_TRY(cipher.check());
            for (const QString &pragma : cipher.pragmas()) {
                auto st = db->prepare(pragma);
                if (st.ok())
                    (void)st->next();
            }
        }

        if (fallback == Fallback::Exclusive)
            MUCO_TRY(db->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        // The first read proves the key: SQLCipher reports a wrong key as "not a database".
        auto probe = db->scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!probe.ok())
            return probe.error();
        MUCO_TRY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        // 64 MiB of decrypted pages (SQLite's default is 2 MB): listing 50,000 patients read
        // 19,513 pages, many of them again and again (issue 14). Only pages read take memory.
        MUCO_TRY(db->exec(QStringLiteral("PRAGMA cache_size = -65536")));
        if (fallback != Fallback::None)
            return db;
        MUCO_TRY(db->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        // FULL: a committed clinical record survives a power cut, not only a crash.
        MUCO_TRY(db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
        return db;
    };

    auto db = attempt(Fallback::None);
    if (db.ok() || mode == Mode::Create || !QFileInfo::exists(path))
        return db;
    // A full or read-only disk must not stop anyone reading (issue 13, D6). WAL needs its
    // -shm file: on a full disk the WAL index is kept in memory instead (exclusive locking);
    // on a read-only file system the file is read as immutable, which is only right when no
    // WAL content waits to be checkpointed. Writing then fails, saying why.
    const auto why = unwritableDisk(path);
    if (!why)
        return db;
    const bool readOnlyDisk = why->message.contains(QLatin1String("read-only"));
    if (readOnlyDisk && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return *why;
    auto degraded = attempt(readOnlyDisk ? Fallback::Immutable : Fallback::Exclusive);
    return degraded.ok() ? std::move(degraded) : std::move(db);
}

Status Database::rekey(const SecureBytes &newKey)
{
    if (newKey.size() != 32 || m_transaction)
        return Error::storage(Tr::tr("The key of %1 cannot be changed now.").arg(m_path));
    for (const auto &cachedStatement : std::as_const(m_cache))
        cachedStatement->reset();   // none may hold a read open across the journal mode change
    const auto journalMode = [&](const QString &mode) -> Result<QString> {
        MUCO_READ(st, prepare(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)));   // mode: a constant below
        MUCO_READ(row, st.next());
        return row ? st.text(0).toLower() : QString();
    };
    MUCO_TRY(exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    // SQLite keeps WAL (and says so) while another connection has the database open.
    MUCO_READ(mode, journalMode(QStringLiteral("DELETE")));
    Status done;
    if (mode != QLatin1String("delete")) {
        done = Error::storage(Tr::tr("The site database %1 is open in another program; close it and try again.").arg(m_path));
    } else {
        const SecureBytes literal = rawKeyLiteral(newKey);
        const int rc = sqlite3_rekey(m_db, literal.data(), static_cast<int>(literal.size()));
        if (rc != SQLITE_OK)
            done = error(rc, Tr::tr("changing the key of %1").arg(m_path));
    }
    // WAL again; should that fail, the next open sets it (the rekey's outcome must not be
    // reported as a failure: the caller keeps the old key only if the rekey failed).
    (void)journalMode(QStringLiteral("WAL"));
    return done;
}

Database::~Database()
{
    m_cache.clear();   // finalize every cached statement before closing
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::error(int rc, const QString &doing) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        // Say "full" or "read-only" when that is what it is, not "disk I/O error".
        if (auto why = unwritableDisk(m_path))
            return *why;
        break;
    default:
        break;
    }
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::storage(Tr::tr("The site database %1 is locked by another program; close it and try again.").arg(m_path));
    case SQLITE_NOTADB:
        return Error::storage(Tr::tr("%1 could not be decrypted: the key does not fit, or it is not a MucoTrack site database.").arg(m_path));
    case SQLITE_CORRUPT:
        return Error::storage(Tr::tr("The site database %1 is damaged (%2). Restore it from a backup.").arg(m_path, detail));
    case SQLITE_CANTOPEN:
        return Error::storage(Tr::tr("The site database %1 cannot be opened (%2).").arg(m_path, detail));
    case SQLITE_FULL:
        return Error::storage(Tr::tr("The disk holding %1 is full; nothing was saved.").arg(m_path));
    case SQLITE_READONLY:
        return Error::storage(Tr::tr("The site database %1 is read-only; nothing was saved.").arg(m_path));
    case SQLITE_CONSTRAINT:
        return Error::invalid(QString(), Tr::tr("the change breaks a rule of the database (%1)").arg(detail));
    default:
        return Error::storage(Tr::tr("Storage error while %1: %2.").arg(doing, detail));
    }
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return error(rc, Tr::tr("running %1").arg(sql.left(60)));
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, Tr::tr("preparing %1").arg(sql.left(60)));
    return Statement(this, stmt);
}

Result<QString> Database::meta(const QString &key, const QString &fallback)
{
    // Read on every write (the device's scope): inside a write transaction once per key, since
    // no other connection can change it before the end (issue 14: a query per record created).
    // So every write of meta goes through putMeta or removeMeta (the migrations' defaults are
    // written before anything is read).
    if (m_transaction) {
        const auto known = m_transaction->m_metaRead.constFind(key);
        if (known != m_transaction->m_metaRead.cend())
            return known->value_or(fallback);
    }
    // A cached statement, reset before returning, since one left on its row would keep a read
    // transaction open (issue 13, D2).
    MUCO_READ(st, cached(QStringLiteral("SELECT value FROM meta WHERE key = ?")));
    st->bind(1, key);
    auto found = st->next();
    const std::optional<QString> value = found.ok() && found.value() ? std::optional<QString>(st->text(0)) : std::nullopt;
    st->reset();
    if (!found.ok())
        return found.error();
    if (m_transaction)
        m_transaction->m_metaRead.insert(key, value);
    return value.value_or(fallback);
}

Status Database::putMeta(const QString &key, const QString &value)
{
    MUCO_READ(st, cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")));
    const QString stored = value.isNull() ? QStringLiteral("") : value;
    st->bind(1, key).bind(2, stored);
    if (m_transaction)
        m_transaction->m_metaRead.remove(key);   // read again: the write may yet fail
    MUCO_TRY(st->run());
    if (m_transaction)
        m_transaction->m_metaRead.insert(key, stored);
    return {};
}

Status Database::removeMeta(const QString &key)
{
    MUCO_READ(st, cached(QStringLiteral("DELETE FROM meta WHERE key = ?")));
    st->bind(1, key);
    if (m_transaction)
        m_transaction->m_metaRead.remove(key);
    MUCO_TRY(st->run());
    if (m_transaction)
        m_transaction->m_metaRead.insert(key, std::nullopt);
    return {};
}

Result<Statement *> Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        (*it)->reset();
        return it->get();
    }
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto shared = std::make_shared<Statement>(std::move(st).value());
    m_cache.insert(sql, shared);
    return shared.get();
}

Result<qint64> Database::scalarInt(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->next();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt->integer(0) : qint64(0);
}

int Database::userVersion()
{
    auto v = scalarInt(QStringLiteral("PRAGMA user_version"));
    return v.ok() ? static_cast<int>(v.value()) : -1;
}


QString Database::cipherVersion()
{
    auto stmt = prepare(QStringLiteral("PRAGMA cipher_version"));
    if (!stmt.ok())
        return {};
    auto row = stmt->next();
    return row.ok() && row.value() ? stmt->text(0) : QString();
}

} // namespace muco
