#pragma once
#include "common/Result.h"
#include "storage/ChangeNotifier.h"
#include <QHash>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace muco {

class Database;

// Work a writer leaves for the commit, kept on the open transaction (the audit chain signs
// its last rows once, there, instead of every row as it is written).
class CommitWork {
public:
    virtual ~CommitWork() = default;
    // Runs just before COMMIT, before the deferred meta values are written. A failure leaves
    // the transaction open, and its destructor rolls it back.
    virtual Status beforeCommit(Database &db) = 0;
};

// BEGIN IMMEDIATE on construction, so a writer learns at once that another process
// holds the database; rolls back on destruction unless committed. It collects what the
// write path changed (Database::recordChange) and, once COMMIT succeeded, emits it as one
// list (ChangeNotifier::committed): the UI hears of every committed change, and of nothing
// that was rolled back.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    friend class Database;
    friend class Savepoint;
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    ChangeSet m_changes;
    QHash<QString, QString> m_meta;     // Database::deferMeta: written at commit
    QHash<QString, QString> m_values;   // Database::setTransactionValue: forgotten at the end
    // Meta values read in this transaction (absent: no row). BEGIN IMMEDIATE keeps every other
    // connection from writing until the end, so only this one's putMeta/removeMeta change them
    // (and a rolled-back savepoint, which forgets them all).
    QHash<QString, std::optional<QString>> m_metaRead;
    std::vector<std::pair<QString, std::unique_ptr<CommitWork>>> m_work;   // Database::commitWork
    std::vector<std::pair<QString, std::function<void()>>> m_settle;   // Database::whenTransactionEnds
    void settle();
};

// A savepoint inside the open Transaction. Rolling back to it also forgets what the
// transaction kept in memory since it was set (deferred meta values, transaction values,
// recorded changes): the audit chain's head and pending signature, kept there until the
// commit, stay in step with the rows. Rolled back when neither released nor rolled back.
class Savepoint {
public:
    Savepoint(Database &db, QString name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    const Status &begun() const { return m_begun; }
    Status release();
    Status rollback();   // ROLLBACK TO and RELEASE: the transaction goes on without what followed

private:
    Database &m_db;
    QString m_name;
    Status m_begun;
    bool m_open = false;
    QHash<QString, QString> m_meta;
    QHash<QString, QString> m_values;
    qsizetype m_changes = 0;
};

} // namespace muco
