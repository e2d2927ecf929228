#pragma once
// Where the central site keeps its data: an embedded single-file database (SQLite through
// the SQLCipher library, unencrypted: the server's disk is protected by its deployment)
// or PostgreSQL through Qt SQL's QPSQL driver. The store's SQL is written once, with
// '?' placeholders, for both; only a push's bulk reads and writes (selectIn, insertRows) take
// a form of their own on each.
#include "common/Result.h"
#include <QVariantList>
#include <memory>

namespace muco {

class CentralBackend {
public:
    virtual ~CentralBackend() = default;
    virtual QString kind() const = 0;   // embedded | postgres
    virtual Status begin() = 0;
    // A read-only transaction whose reads all see the store as it stood at its first one
    // (a report or export reading several tables): on PostgreSQL a plain BEGIN gives each
    // statement a snapshot of its own, so a push committed between two reads showed in the
    // second only. SQLite's transaction is one snapshot already.
    virtual Status beginSnapshot() { return begin(); }
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    // Inside a transaction: waits until no other transaction of any process holds this lock,
    // and holds it until this one ends. Every transaction that adds to the change feed takes
    // it before its first change, so sequence numbers are handed out in commit order: a
    // reader at cursor N never later finds a change below N (issue 13, D5: two processes on
    // one PostgreSQL database committed out of sequence order and devices skipped changes).
    // It also makes a push's compare-and-set see every earlier push's values.
    virtual Status lockWrites() = 0;
    virtual Result<QList<QVariantList>> query(const QString &sql, const QVariantList &params = {}) = 0;
    Status exec(const QString &sql, const QVariantList &params = {});
    // The connection to the database server was lost (PostgreSQL; never the embedded store):
    // what was under way may or may not have been committed.
    virtual bool connectionLost() const { return false; }
    // The schema, created if missing.
    virtual Status createSchema() = 0;
    // Statements run on this connection so far: what a push costs in round trips, for the
    // tests that keep it from growing back to one per change (issue 14).
    qint64 statementCount() const { return m_statements; }
    // Values one statement may bind, for the default selectIn and insertRows (SQLite 3.15: 999).
    static constexpr int maxParameters() { return 999; }
    // The rows of `sql` for every one of `values`: its %1 is where the list goes, as in
    // "... WHERE id IN (%1)", and `fixed` are the parameters before it. A few statements for
    // any number of values (issue 14: a push's reads, made up front).
    virtual Result<QList<QVariantList>> selectIn(const QString &sql, const QVariantList &fixed, const QStringList &values);
    // Rows into the text columns `columns` of `table` (names the program's own, never input),
    // a few statements for any number of rows.
    virtual Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    // The same rows sent now and loaded while the program goes on, where the database runs
    // beside it (PostgreSQL: a COPY kept open to the next statement or the commit, whose
    // outcome a refused row fails); elsewhere inserted at once. streamsRows() says which.
    virtual bool streamsRows() const { return false; }
    virtual Status streamRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
    {
        return insertRows(table, columns, rows);
    }

    static Result<std::unique_ptr<CentralBackend>> openEmbedded(const QString &dataDir, bool create);
    // conninfo: "host=... port=... dbname=... user=..." (read by libpq's parser: key=value parts or
    // a URI; never a password, which comes from PGPASSFILE or ~/.pgpass).
    static Result<std::unique_ptr<CentralBackend>> openPostgres(const QString &conninfo);

protected:
    qint64 m_statements = 0;
};

// Commits on commit(), rolls back otherwise: also after a COMMIT that failed, which may leave
// the transaction open (SQLite keeps it after SQLITE_BUSY; a COMMIT from another thread than
// the connection's is refused and changes nothing) and must not leave it to the next BEGIN.
class CentralTransaction {
public:
    explicit CentralTransaction(CentralBackend &b) : m_b(b), m_begun(b.begin()) { m_open = m_begun.ok(); }
    ~CentralTransaction() { if (m_open) m_b.rollback(); }
    const Status &begun() const { return m_begun; }
    Status commit()
    {
        Status s = m_b.commit();
        m_open = !s.ok();
        return s;
    }
private:
    CentralBackend &m_b;
    Status m_begun;
    bool m_open = false;
};

} // namespace muco
