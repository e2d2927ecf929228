#include "central/CentralBackend.h"
#include "central/AllocationList.h"
#include "central/AuditAnchors.h"
#include "central/CentralSignatures.h"
#include "central/QueryCopies.h"
#include "central/CentralAuditTrail.h"
#include "central/SubjectBlocks.h"
#include "central/FreeTextReview.h"
#include "central/MonitorDevices.h"
#include "central/PostgresConnection.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "common/CompactJson.h"
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlDriver>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <map>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralBackend)
};

// text: the type of the push's hot tables' ids and names. On PostgreSQL they compare bytes
// (COLLATE "C"): they are ASCII, compared for equality, and a locale's comparison in every
// index step was a tenth of a push (issue 14). Not records.value: the subject-ID lookup folds
// its case with lower(), which must fold the stored value as it folds the one asked for (a
// column in "C" folds ASCII only, a parameter in the database's locale every letter).
QStringList schema(const QString &autoKey, const QString &text)
{
    return QStringList{
        QStringLiteral("CREATE TABLE IF NOT EXISTS enrollment_codes (code_hash TEXT PRIMARY KEY, site TEXT NOT NULL,"
                       " created_utc TEXT NOT NULL, used_utc TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, site TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,"
                       " enrolled_utc TEXT NOT NULL, revoked_utc TEXT)"),
        // Tokens a device replaced (CentralStore::replaceToken): one used again raises an alarm.
        QStringLiteral("CREATE TABLE IF NOT EXISTS retired_tokens (token_hash TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                       " site TEXT NOT NULL, retired_utc TEXT NOT NULL, alarmed_utc TEXT)"),
        // A device enrolled again: the identity it had, revoked at the new one's first use.
        QStringLiteral("CREATE TABLE IF NOT EXISTS device_replacements (device_id TEXT NOT NULL, replaces TEXT NOT NULL,"
                       " recorded_utc TEXT NOT NULL, PRIMARY KEY (device_id, replaces))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (table_name %1 NOT NULL, record_id %1 NOT NULL, field %1 NOT NULL,"
                       " value TEXT, change_id %1 NOT NULL, PRIMARY KEY (table_name, record_id, field))").arg(text),
        QStringLiteral("CREATE TABLE IF NOT EXISTS record_sites (table_name %1 NOT NULL, record_id %1 NOT NULL, site %1 NOT NULL,"
                       " PRIMARY KEY (table_name, record_id))").arg(text),
        QStringLiteral("CREATE INDEX IF NOT EXISTS record_sites_id ON record_sites (record_id)"),
        // Subject IDs compared without regard to case, for every patient pushed (PushBatch::subjectHolder):
        // without it each lookup read every patient's fields, and a push slowed as the store grew.
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_subject ON records (lower(value))"
                       " WHERE table_name = 'patients' AND field = 'subject_id'"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes (seq %2, id %1 NOT NULL UNIQUE, site %1 NOT NULL,"
                       " device_id %1 NOT NULL, table_name %1 NOT NULL, record_id %1 NOT NULL, fields %1 NOT NULL,"
                       " changed_by %1, changed_utc %1, received_utc %1 NOT NULL)").arg(text, autoKey),
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_feed ON changes (site, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, site TEXT NOT NULL, table_name TEXT NOT NULL,"
                       " record_id TEXT NOT NULL, field TEXT NOT NULL, central_value TEXT, device_value TEXT, device_id TEXT NOT NULL,"
                       " change_id TEXT NOT NULL, status TEXT NOT NULL, created_utc TEXT NOT NULL, resolved_utc TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS conflicts_site ON conflicts (site, status)"),
        // A field's open conflicts, restated with each value pushed for it (PushBatch::flush).
        QStringLiteral("CREATE INDEX IF NOT EXISTS conflicts_open_field ON conflicts (record_id, field) WHERE status = 'open'"),
        // Each device's last anchored audit head, and the devices whose chain lost it (AuditAnchors).
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_anchors (device_id TEXT PRIMARY KEY, site TEXT NOT NULL, seq BIGINT NOT NULL,"
                       " hash TEXT NOT NULL, signer TEXT, signature TEXT, anchored_utc TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS integrity_alarms (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, site TEXT NOT NULL,"
                       " seen_utc TEXT NOT NULL, detail TEXT NOT NULL)"),
    } + AuditAnchors::schema() + CentralSignatures::schema() + AllocationList::schema() + SubjectBlocks::schema() + FreeTextReview::schema() + MonitorDevices::schema();
}

class EmbeddedBackend final : public CentralBackend {
public:
    explicit EmbeddedBackend(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    QString kind() const override { return QStringLiteral("embedded"); }
    Status begin() override { return m_db->exec(QStringLiteral("BEGIN IMMEDIATE")); }
    Status commit() override { return m_db->exec(QStringLiteral("COMMIT")); }
    void rollback() override { (void)m_db->exec(QStringLiteral("ROLLBACK")); }
    // BEGIN IMMEDIATE already holds the database's one write lock, for every process.
    Status lockWrites() override { return {}; }
    Result<QList<QVariantList>> query(const QString &sql, const QVariantList &params) override
    {
        ++m_statements;
        auto st = m_db->cached(sql);
        if (!st.ok())
            return st.error();
        for (int i = 0; i < params.size(); ++i)
            (*st)->bind(i + 1, params[i]);
        QList<QVariantList> rows;
        for (;;) {
            auto row = (*st)->next();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            QVariantList r;
            for (int c = 0; c < (*st)->columnCount(); ++c)
                r << (*st)->value(c);
            rows << r;
        }
        (*st)->reset();
        return rows;
    }
    Status createSchema() override
    {
        for (const QString &sql : schema(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("TEXT")) + CentralAuditTrail::schema(kind()))
            MUCO_TRY(m_db->exec(sql));
        return {};
    }

private:
    std::unique_ptr<Database> m_db;
};

class PostgresBackend final : public CentralBackend {
public:
    explicit PostgresBackend(QString connection) : m_connection(std::move(connection)) {}
    ~PostgresBackend() override
    {
        m_pg.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    QString kind() const override { return QStringLiteral("postgres"); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    // A connection the server ended (a restart, a failover) is opened again before the next
    // transaction or statement outside one, never inside one: the statements after the loss
    // would run outside the transaction they belong to, each committed alone.
    // libpq learns of a loss only when it next uses the connection: a BEGIN that finds it lost
    // (the server restarted while the service was idle) opens it again and begins once more.
    Status begin() override { return open(QStringLiteral("BEGIN")); }
    Status beginSnapshot() override { return open(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); }
    // From another thread, nothing is done and the transaction stays open for its own thread:
    // the flag cleared without the COMMIT sent, its next BEGIN would have run inside it.
    Status commit() override
    {
        MUCO_TRY(onItsThread());
        m_inTransaction = false;
        // Rows still streaming: their COPY ends first, and a row refused fails the commit.
        if (Status streamed = m_pg->endStream(); !streamed.ok()) {
            db().rollback();
            return streamed;
        }
        if (!db().commit())   // Qt's driver also reads a COMMIT answered "ROLLBACK" as failed
            return Error::storage(Tr::tr("PostgreSQL: %1").arg(db().lastError().text()));
        return {};
    }
    void rollback() override
    {
        if (!onItsThread().ok())
            return;
        m_inTransaction = false;
        (void)m_pg->endStream(true);   // its rows go with the transaction
        db().rollback();
    }
    // A transaction-level advisory lock: released by COMMIT or ROLLBACK, never left behind by
    // a process that dies (its session ends). The key is this program's own ("MUCO").
    Status lockWrites() override { return exec(QStringLiteral("SELECT pg_advisory_xact_lock(1297433423)")); }
    Result<QList<QVariantList>> query(const QString &sql, const QVariantList &params) override
    {
        ++m_statements;
        MUCO_TRY(onItsThread());
        if (m_inTransaction)
            return m_pg->query(sql, params);
        MUCO_TRY(m_pg->reopenIfLost());
        auto rows = m_pg->query(sql, params);
        // A read outside a transaction that finds the connection lost is asked again on a new
        // one; a write is not (it may have been done before the loss was seen).
        if (!rows.ok() && m_pg->isLost() && sql.startsWith(QLatin1String("SELECT "))) {
            MUCO_TRY(m_pg->reopenIfLost());
            rows = m_pg->query(sql, params);
        }
        return rows;
    }
    // The list as one JSON parameter, whatever its length: a list of a thousand parameters
    // cost a thousand values to send and an IN list to plan anew (issue 14).
    Result<QList<QVariantList>> selectIn(const QString &sql, const QVariantList &fixed, const QStringList &values) override
    {
        if (values.isEmpty())
            return QList<QVariantList>();
        return query(sql.arg(QStringLiteral("SELECT json_array_elements_text(CAST(? AS json))")),
                     fixed + QVariantList{compactJsonArray(QVariantList(values.cbegin(), values.cend()))});
    }
    // One COPY per table and batch: PostgreSQL's bulk load, about half the server's work of an
    // INSERT whose rows it parsed from a JSON parameter (issue 14, bench/README.md tenth round).
    Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) override
    {
        if (rows.isEmpty())
            return {};
        ++m_statements;
        MUCO_TRY(onItsThread());
        if (!m_inTransaction)
            MUCO_TRY(m_pg->reopenIfLost());
        return m_pg->copyRows(table, columns, rows);
    }
    bool streamsRows() const override { return true; }
    Status streamRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) override
    {
        if (rows.isEmpty())
            return {};
        MUCO_TRY(onItsThread());
        if (!m_inTransaction)
            return insertRows(table, columns, rows);
        return m_pg->streamRows(table, columns, rows);
    }
    Status createSchema() override
    {
        for (const QString &sql : schema(QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("TEXT COLLATE \"C\"")) + CentralAuditTrail::schema(kind()))
            MUCO_TRY(exec(sql));
        return {};
    }

    // The driver's libpq connection, once it is open (openPostgres).
    void attach(pg_conn *conn)
    {
        m_pg = std::make_unique<PostgresConnection>(conn);
        m_thread = QThread::currentThread();
    }
    Status settle(const QStringList &settings) { return m_pg->settle(settings); }
    bool connectionLost() const override { return m_pg->isLost(); }

private:
    // A libpq connection serves one thread at a time, and Qt's driver refuses another thread
    // than the one that opened it; libpq's calls here are refused alike, not left to race.
    // A BEGIN on a connection already inside a transaction (one not begun here) would only be
    // warned about by the server, and this transaction's writes committed with that one's.
    Status open(const QString &begin)
    {
        MUCO_TRY(onItsThread());
        if (m_inTransaction)
            return Error::storage(Tr::tr("PostgreSQL: a transaction is already open"));
        for (int attempt = 0;; ++attempt) {
            MUCO_TRY(m_pg->reopenIfLost());
            if (m_pg->inTransaction())
                return Error::storage(Tr::tr("PostgreSQL: the connection is inside a transaction that was not begun here"));
            auto begun = m_pg->query(begin, {});
            if (begun.ok())
                break;
            if (attempt > 0 || !m_pg->isLost())
                return begun.error();
        }
        m_inTransaction = true;
        return {};
    }
    Status onItsThread() const
    {
        if (QThread::currentThread() != m_thread)
            return Error::storage(Tr::tr("PostgreSQL: a connection is used only by the thread that opened it"));
        return {};
    }
    QString m_connection;
    std::unique_ptr<PostgresConnection> m_pg;
    QThread *m_thread = nullptr;
    bool m_inTransaction = false;
};

} // namespace

Status CentralBackend::exec(const QString &sql, const QVariantList &params)
{
    auto r = query(sql, params);
    if (!r.ok())
        return r.error();
    return {};
}

namespace {

// Rows per multi-row statement: a power of two, so that there are few distinct texts (each is
// prepared once per connection), within the backend's limit of parameters.
qsizetype largestRows(qsizetype columns)
{
    qsizetype n = 1;
    while ((n * 2) * columns <= CentralBackend::maxParameters() && n * 2 <= 1024)
        n *= 2;
    return n;
}

QString marks(qsizetype count)
{
    QStringList m;
    for (qsizetype i = 0; i < count; ++i)
        m << QStringLiteral("?");
    return m.join(QStringLiteral(", "));
}

} // namespace

Result<QList<QVariantList>> CentralBackend::selectIn(const QString &sql, const QVariantList &fixed, const QStringList &values)
{
    QList<QVariantList> rows;
    const qsizetype most = largestRows(1) - fixed.size();
    for (qsizetype at = 0; at < values.size();) {
        // One statement per chunk: the list is filled up to a power of two with its last value
        // again (a value twice in IN (...) finds its rows once).
        const qsizetype n = std::min(most, values.size() - at);
        qsizetype width = 1;
        while (width < n)
            width *= 2;
        QVariantList params = fixed;
        for (qsizetype i = 0; i < width; ++i)
            params << values.at(at + std::min(i, n - 1));
        MUCO_READ(chunk, query(sql.arg(marks(width)), params));
        rows += chunk;
        at += n;
    }
    return rows;
}

Status CentralBackend::insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    const QString one = QStringLiteral("(") + marks(columns.size()) + QStringLiteral(")");
    for (qsizetype at = 0; at < rows.size();) {
        qsizetype n = largestRows(columns.size());
        while (n > rows.size() - at)
            n /= 2;
        QStringList tuples;
        QVariantList params;
        for (qsizetype i = 0; i < n; ++i) {
            tuples << one;
            params += rows.at(at + i);
        }
        MUCO_TRY(exec(head + tuples.join(QStringLiteral(", ")), params));
        at += n;
    }
    return {};
}

Result<std::unique_ptr<CentralBackend>> CentralBackend::openEmbedded(const QString &dataDir, bool create)
{
    if (create && !QDir().mkpath(dataDir))
        return Error::storage(Tr::tr("The data folder %1 cannot be created.").arg(dataDir));
    // The folder is the central site's alone (0700), and so is its database (0600): it holds
    // every site's pseudonymous data and free text (docs/security.md, M5).
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFileInfo::exists(dataDir) && !QFile::setPermissions(dataDir, ownerOnly | QFileDevice::ExeOwner))
        return Error::storage(Tr::tr("The data folder %1 cannot be made private to its owner (mode 0700).").arg(dataDir));
    const QString path = QDir(dataDir).filePath(QStringLiteral("central.db"));
    auto db = Database::open(path, SecureBytes(), CipherSettings{},
                             create && !QFileInfo::exists(path) ? Database::Mode::Create : Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, ownerOnly);
    // Checkpoints every 40 MB of log rather than every 4 MB: a push of 500 changes dirties about
    // 2,000 pages of random-keyed indexes once the store is large, so each push was checkpointed
    // (its pages written twice and the file synced twice). 15-20 % of a push of 30,000 (issue
    // 14); still synchronous = FULL, so nothing committed is lost.
    MUCO_TRY((*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000")));
    std::unique_ptr<CentralBackend> backend = std::make_unique<EmbeddedBackend>(std::move(db).value());
    MUCO_TRY(backend->createSchema());
    MUCO_TRY(CentralSignatures::scrubSiteParts(*backend));
    MUCO_TRY(QueryCopies::scrubStored(*backend));
    return backend;
}

Result<std::unique_ptr<CentralBackend>> CentralBackend::openPostgres(const QString &conninfo)
{
    // The password never comes in the connection string (it ends up on a command line or in a
    // unit file): libpq reads it from PGPASSFILE or ~/.pgpass (docs/security.md, M5). The string
    // is read by libpq's own parser, as libpq would read it (key=value parts, quoted values, a
    // URI), and only what it parsed goes on: a part the program read otherwise went to libpq
    // whole, and libpq's error for it quoted it, a URI's password with it.
    MUCO_READ(parsed, PostgresConnection::parseConninfo(conninfo));
    for (const auto &[key, value] : parsed)
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return Error::usage(Tr::tr("Give PostgreSQL's password in a password file (PGPASSFILE or ~/.pgpass), never in the "
                                       "connection string."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(Tr::tr("The PostgreSQL driver of Qt SQL (libqt6sql6-psql) is not installed."));
    const QString name = QStringLiteral("central-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto backend = std::make_unique<PostgresBackend>(name);
    {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QStringList options;
    for (const auto &[key, value] : parsed) {
        if (key == QLatin1String("host")) db.setHostName(value);
        else if (key == QLatin1String("port")) db.setPort(value.toInt());
        else if (key == QLatin1String("dbname")) db.setDatabaseName(value);
        else if (key == QLatin1String("user")) db.setUserName(value);
        else if (value.contains(QLatin1Char(';')))   // Qt's driver splits its options at ';'
            return Error::usage(Tr::tr("The PostgreSQL connection option %1 holds a ';', which cannot be passed on.").arg(key));
        else   // quoted as libpq reads a value: a space or quote in it stays in it
            options << key + QStringLiteral("='") + QString(value).replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"))
                           + QLatin1Char('\'');
    }
    // Opening (and opening again after a loss: PQreset) gives up after 10 s unless the operator
    // says otherwise: the service runs its store on one thread, which a host that never
    // answers would hold for ever.
    if (!std::any_of(parsed.cbegin(), parsed.cend(), [](const auto &o) { return o.first == QLatin1String("connect_timeout"); }))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::storage(Tr::tr("PostgreSQL cannot be reached (%1).").arg(db.lastError().text()));
    // Qt's documented way to the driver's own handle (QSqlDriver::handle()); Qt 6 names its
    // type by libpq's struct, Qt 5 by its typedef.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        || !*static_cast<pg_conn *const *>(handle.constData()))
        return Error::storage(Tr::tr("The PostgreSQL driver of Qt SQL gives no libpq connection."));
    // One thread uses it, the one that opened it, as Qt's driver requires (onItsThread; the
    // central service runs its store on one thread).
    backend->attach(*static_cast<pg_conn *const *>(handle.constData()));
    }   // no QSqlDatabase copy may outlive the backend that removes the connection
    // Each statement planned for its values (still parsed once per connection): a generic plan
    // made while a table was small, and kept for the connection's life, read whole tables for
    // every lookup once they were large (issue 14: a push slowed as the store grew). Made again
    // whenever the connection is opened again.
    MUCO_TRY(backend->settle({QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("SET plan_cache_mode = force_custom_plan")}));
    MUCO_TRY(backend->createSchema());
    MUCO_TRY(CentralSignatures::scrubSiteParts(*backend));
    MUCO_TRY(QueryCopies::scrubStored(*backend));
    return std::unique_ptr<CentralBackend>(std::move(backend));
}

} // namespace muco
