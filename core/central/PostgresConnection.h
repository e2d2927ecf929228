#pragma once
// The central site's statements on PostgreSQL, run through libpq on the connection Qt's
// QPSQL driver opened (QSqlDriver::handle(), Qt's documented way to what a driver lacks).
// Issue 14: QPSQL runs a prepared statement by writing every value as a literal into an
// `EXECUTE name (...)` text (QSqlDriver::formatValue, a search and replace per value), and has
// no COPY. Here values travel as libpq's out-of-line parameters, never in the SQL text, and a
// batch of rows as one COPY, PostgreSQL's own bulk load.
#include "common/Result.h"
#include <QList>
#include <QVariant>
#include <map>

struct pg_conn;
struct pg_result;

namespace muco {

class PostgresConnection {
public:
    // `conn` stays the driver's: opened and closed by its QSqlDatabase.
    explicit PostgresConnection(pg_conn *conn) : m_conn(conn) {}
    // A statement of the program's own, `?` its parameters (as for QSqlQuery; not inside a quoted
    // literal or name, and the SQL holds no comments nor dollar quotes); prepared once per
    // connection when it has parameters, their types inferred by the server. Values as QPSQL
    // returns those of the central schema's types: bool, qlonglong (int8), int (int2, int4),
    // double (numeric, float), and QString for every other type (text; a date or bytea too,
    // which the schema does not use); a NULL as a null of its type.
    Result<QList<QVariantList>> query(const QString &sql, const QVariantList &params);
    // The session's settings (SET ...): made now, and again whenever the connection is reopened.
    Status settle(const QStringList &settings);
    // Outside a transaction: a connection the server ended (a restart, a failover) opened again
    // (PQreset, the same parameters) with its settings; its prepared statements are made anew.
    Status reopenIfLost();
    // The server ended the connection (or libpq found it broken).
    bool isLost() const;
    // A transaction is open on the connection (begun, failed or under way), whoever began it.
    bool inTransaction() const;
    // Rows into `columns` of `table` (names the program's own) as one COPY ... FROM STDIN.
    Status copyRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    // Rows sent into a COPY kept open (begun with the first rows, one per table and columns):
    // the server loads them while the program goes on. Any other statement ends it first and
    // reports its outcome, so that a row the server refused fails the statement after it.
    Status streamRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    // The open COPY ended (its outcome returned), or abandoned (`abort`: the transaction is
    // being rolled back, the server need not load the rest); nothing when none is open.
    Status endStream(bool abort = false);

    // A connection string read by libpq's own parser (key=value parts, or a URI): each keyword
    // given, with its value. Its error never quotes the string, which may hold a password.
    static Result<QList<std::pair<QString, QString>>> parseConninfo(const QString &conninfo);
    // `?` placeholders as $1, $2, ...; a `?` inside a quoted literal or name is left alone.
    static QByteArray numberedPlaceholders(const QString &sql, int *count);
    // A value in COPY's text format: NULL as \N, backslash, tab, newline and return escaped.
    static Status appendCopyValue(QByteArray &line, const QVariant &value);

private:
    Result<QList<QVariantList>> rowsOf(pg_result *result);
    // Rows in COPY's text format.
    static Result<QByteArray> copyText(const QList<QVariantList> &rows, int columns);
    Status beginCopy(const QString &sql);
    // Not `sent`: the COPY is abandoned, the server told `why` (its log says so).
    Status finishCopy(bool sent, const char *why = "the rows could not be sent");
    QString m_stream;   // the open COPY's statement, empty when none is
    pg_conn *m_conn;
    Status applySettings();
    std::map<QString, QByteArray> m_prepared;   // SQL -> the server-side statement's name
    QStringList m_settings;
    bool m_settled = false;   // the settings made on this connection as it now stands
    int m_names = 0;
};

} // namespace muco
