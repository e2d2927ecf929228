#pragma once
// One SQLCipher connection (RAII over the C API). Qt's QSQLITE driver is not used:
// it links plain SQLite, and two SQLite libraries in one process clash.
#include "common/Result.h"
#include "storage/ChangeNotifier.h"
#include "common/SecureBytes.h"
#include "storage/CipherSettings.h"
#include <QString>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace muco {

class CommitWork;
class Statement;

class Database {
public:
    enum class Mode { OpenExisting, Create };

    // key empty: a plain, unencrypted database (used by the benchmark comparison only).
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key,
                                                  const CipherSettings &cipher, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // A prepared statement kept for reuse on hot paths (the write path, the audit chain):
    // reset and unbound on every call. Valid until the Database closes.
    Result<Statement *> cached(const QString &sql);
    Result<qint64> scalarInt(const QString &sql);

    // Re-encrypts every page under `newKey` (SQLCipher's sqlite3_rekey, raw key, the
    // connection's typed cipher settings kept): one transaction, so a crash leaves the old
    // key's database or the new key's, never a mix. Runs with the rollback journal (WAL is
    // checkpointed and given up for it, then taken back); refused while another connection
    // has the database open, since it would keep reading with the old key.
    Status rekey(const SecureBytes &newKey);

    int userVersion();
    QString path() const { return m_path; }
    QString cipherVersion();   // empty for plain SQLite
    // For tests that make SQLite fail on purpose (tst_locked_database); nothing else uses it.
    sqlite3 *handle() const { return m_db; }

    // Map an SQLite result code to a readable storage error.
    Error error(int rc, const QString &doing) const;

    // The write path records each change on the open Transaction, which emits them all
    // when it commits (ChangeNotifier::committed) and forgets them when it rolls back.
    // Recording a change outside a transaction is a programming error, reported as one.
    bool inTransaction() const { return m_transaction != nullptr; }
    Status recordChange(RecordChange change);
    // A meta value written once, just before the open transaction commits (the audit chain's
    // head would otherwise be rewritten for every entry); read back here while it is pending.
    Status deferMeta(const QString &key, const QString &value);
    std::optional<QString> deferredMeta(const QString &key) const;
    // A value kept on the open transaction and forgotten when it ends (empty when not set, or
    // outside a transaction); a Savepoint rolled back restores it.
    Status setTransactionValue(const QString &key, const QString &value);
    QString transactionValue(const QString &key) const;
    // The open transaction's CommitWork of that name, made by `make` on first use (nullptr
    // outside a transaction). Runs in the order first asked for, at commit.
    CommitWork *commitWork(const QString &name, const std::function<std::unique_ptr<CommitWork>()> &make);
    // The site's settings and bookkeeping (table meta), one value per key; a key not there
    // reads as `fallback`. Values are never NULL: a null value is written as "".
    Result<QString> meta(const QString &key, const QString &fallback = {});
    Status putMeta(const QString &key, const QString &value);
    Status removeMeta(const QString &key);
    // Runs `settle` once the open transaction has ended, committed or rolled back (after
    // the COMMIT or ROLLBACK, with no transaction open), so that a file written beside the
    // database within the transaction follows its fate (SiteVault's key file). Once per
    // `name` and transaction: true when this call registered it, false when it already was.
    Result<bool> whenTransactionEnds(const QString &name, std::function<void()> settle);

private:
    friend class Transaction;
    friend class Savepoint;
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QString, std::shared_ptr<Statement>> m_cache;
    class Transaction *m_transaction = nullptr;
};

} // namespace muco
