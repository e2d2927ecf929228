#include "central/PostgresConnection.h"
#include <QCoreApplication>
#include <QLocale>
#include <libpq-fe.h>
#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace muco {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CentralBackend)
};

// Type OIDs of PostgreSQL's catalog (pg_type.dat), fixed since its first releases; the server's
// headers are not needed for six numbers.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

struct ResultFree {
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

// The server's primary message and its SQLSTATE, never its detail: "Key (...)=(...)" and
// "Failing row contains (...)" quote the values, which go on into the central site's trail (a
// refused push's reason). Without a result (the connection failed) libpq's own message.
Error failure(PGconn *conn, const PGresult *result)
{
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!primary)
        return Error::storage(Tr::tr("PostgreSQL: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    return Error::storage(Tr::tr("PostgreSQL: %1").arg(QString::fromUtf8(primary).trimmed()
                                                         + (state ? QStringLiteral(" (SQLSTATE %1)").arg(QString::fromLatin1(state)) : QString())));
}

// A parameter as libpq's text: what QPSQL wrote as a literal, without the quotes. A null text
// is SQL's NULL, as Statement::bind and Qt's driver bind it.
Result<QByteArray> parameterText(const QVariant &v, bool *isNull)
{
    *isNull = v.isNull() || (v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isNull())
              || (v.typeId() == QMetaType::QByteArray && static_cast<const QByteArray *>(v.constData())->isNull());
    if (*isNull)
        return QByteArray();
    switch (v.typeId()) {
    case QMetaType::QString: {
        // PostgreSQL's text ends at U+0000 (its input functions read C strings): such a text
        // would be stored cut short, silently. Refused instead; SQLite keeps it whole.
        const QString &text = *static_cast<const QString *>(v.constData());
        if (text.contains(QChar(0)))
            return Error::storage(Tr::tr("PostgreSQL: a text holding the character U+0000 cannot be stored"));
        // A lone surrogate has no UTF-8: Qt writes "?" for it, a silent change. A push's texts
        // are checked before (CentralStore's wellFormedText); this holds for every other value.
        if (!text.isValidUtf16())
            return Error::storage(Tr::tr("PostgreSQL: a text holding an unpaired surrogate cannot be stored"));
        return text.toUtf8();
    }
    case QMetaType::Bool:
        return QByteArray(v.toBool() ? "true" : "false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QByteArray::number(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toULongLong());
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QByteArray:
        // Sent as a C string: a zero byte would end it there.
        if (static_cast<const QByteArray *>(v.constData())->contains('\0'))
            return Error::storage(Tr::tr("PostgreSQL: a text holding the character U+0000 cannot be stored"));
        return v.toByteArray();   // text the program made (a hash in hex, JSON): the columns are text
    default:
        return Error::storage(Tr::tr("PostgreSQL: a value of type %1 cannot be sent").arg(QString::fromLatin1(v.typeName())));
    }
}

QVariant valueOf(const PGresult *r, int row, int column)
{
    const Oid type = PQftype(r, column);
    QMetaType meta;
    switch (type) {
    case kBool: meta = QMetaType::fromType<bool>(); break;
    case kInt8: meta = QMetaType::fromType<qlonglong>(); break;
    case kInt2: case kInt4: case kOid: meta = QMetaType::fromType<int>(); break;
    case kFloat4: case kFloat8: case kNumeric: meta = QMetaType::fromType<double>(); break;
    default: meta = QMetaType::fromType<QString>(); break;
    }
    if (PQgetisnull(r, row, column))
        return QVariant(meta);
    const char *text = PQgetvalue(r, row, column);
    switch (type) {
    case kBool: return QVariant(text[0] == 't');
    case kInt8: return QVariant(QByteArray::fromRawData(text, qstrlen(text)).toLongLong());
    case kInt2: case kInt4: case kOid: return QVariant(QByteArray::fromRawData(text, qstrlen(text)).toInt());
    case kFloat4: case kFloat8: case kNumeric: return QVariant(QByteArray::fromRawData(text, qstrlen(text)).toDouble());
    default: return QVariant(QString::fromUtf8(text, PQgetlength(r, row, column)));
    }
}

} // namespace

Result<QList<std::pair<QString, QString>>> PostgresConnection::parseConninfo(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);   // libpq's message quotes what it could not read
        return Error::usage(Tr::tr("The PostgreSQL connection string cannot be read: write it as key=value parts (host=... port=... "
                                   "dbname=... user=...)."));
    }
    QList<std::pair<QString, QString>> out;
    for (const PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val)
            out.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    PQconninfoFree(options);
    return out;
}

QByteArray PostgresConnection::numberedPlaceholders(const QString &sql, int *count)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    const QByteArray utf8 = sql.toUtf8();
    char quote = 0;
    int n = 0;
    for (const char c : utf8) {
        if (quote) {
            if (c == quote)
                quote = 0;   // a doubled quote closes and opens again: the same state after both
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$';
            out += QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    *count = n;
    return out;
}

Status PostgresConnection::appendCopyValue(QByteArray &line, const QVariant &value)
{
    // Nearly every value of a push is a text in ASCII that COPY takes as it is (ids, codes,
    // numbers and JSON as text): written into the line in one pass, without a UTF-8 copy
    // (the copies were a tenth of the service's time in a push on PostgreSQL, perf).
    if (value.typeId() == QMetaType::QString) {
        const QString &text = *static_cast<const QString *>(value.constData());
        const qsizetype at = line.size();
        line.resize(at + text.size());
        char *out = line.data() + at;
        bool plain = !text.isNull();
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80 || u == 0 || u == '\\' || u == '\t' || u == '\n' || u == '\r') {
                plain = false;
                break;
            }
            *out++ = static_cast<char>(u);
        }
        if (plain)
            return {};
        line.truncate(at);   // null, non-ASCII, a special or U+0000: the general way below
    }
    bool isNull = false;
    auto text = parameterText(value, &isNull);
    if (!text.ok())
        return text.error();
    if (isNull) {
        line += "\\N";
        return {};
    }
    const QByteArray &bytes = *text;
    const auto special = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::none_of(bytes.cbegin(), bytes.cend(), special)) {
        line += bytes;   // nearly every value: ids, codes, numbers, JSON without line breaks
        return {};
    }
    for (const char c : bytes) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c; break;
        }
    }
    return {};
}

Result<QList<QVariantList>> PostgresConnection::rowsOf(PGresult *result)
{
    QList<QVariantList> rows;
    const int count = PQntuples(result);
    const int columns = PQnfields(result);
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        QVariantList r;
        r.reserve(columns);
        for (int c = 0; c < columns; ++c)
            r << valueOf(result, row, c);
        rows << r;
    }
    return rows;
}

Result<QList<QVariantList>> PostgresConnection::query(const QString &sql, const QVariantList &params)
{
    MUCO_TRY(endStream());
    if (params.isEmpty()) {
        // DDL cannot be prepared; statements without values run as they are.
        ResultPtr r(PQexec(m_conn, sql.toUtf8().constData()));
        const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            return failure(m_conn, r.get());
        return rowsOf(r.get());
    }
    // Prepared once per connection and kept (issue 14). The SQL is the program's own, never input.
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        int count = 0;
        const QByteArray numbered = numberedPlaceholders(sql, &count);
        if (count != params.size())
            return Error::storage(Tr::tr("PostgreSQL: %1 values for %2 parameters").arg(params.size()).arg(count));
        // A new name each time one is made: after a failure the old one may still be the server's.
        const QByteArray name = "muco_" + QByteArray::number(++m_names);
        // Every parameter's type inferred from where it stands, as QPSQL's PREPARE left them: a
        // type taken from the first call's values would hold for every later call.
        ResultPtr r(PQprepare(m_conn, name.constData(), numbered.constData(), count, nullptr));
        if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK)
            return failure(m_conn, r.get());
        it = m_prepared.emplace(sql, name).first;
    }
    std::vector<QByteArray> texts(params.size());
    std::vector<const char *> values(params.size());
    for (qsizetype i = 0; i < params.size(); ++i) {
        bool isNull = false;
        auto text = parameterText(params[i], &isNull);
        if (!text.ok())
            return text.error();
        texts[i] = std::move(text).value();
        values[i] = isNull ? nullptr : texts[i].constData();
    }
    ResultPtr r(PQexecPrepared(m_conn, it->second.constData(), int(params.size()), values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Error e = failure(m_conn, r.get());
        // Prepared again next time, under a new name, when the statement is gone (a reset
        // connection, DISCARD ALL: 26000) or its plan stale (a table altered by another process:
        // 0A000). Otherwise kept: a new one per failure would pile up on the server.
        const char *state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
        if (PQstatus(m_conn) != CONNECTION_OK)
            m_prepared.clear();
        else if (state && (qstrcmp(state, "26000") == 0 || qstrcmp(state, "0A000") == 0))
            m_prepared.erase(it);
        return e;
    }
    return rowsOf(r.get());
}

Status PostgresConnection::settle(const QStringList &settings)
{
    m_settings = settings;
    MUCO_TRY(applySettings());
    m_settled = true;
    return {};
}

bool PostgresConnection::isLost() const
{
    return PQstatus(m_conn) != CONNECTION_OK;
}

bool PostgresConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

Status PostgresConnection::applySettings()
{
    MUCO_TRY(endStream());
    for (const QString &sql : m_settings) {
        ResultPtr r(PQexec(m_conn, sql.toUtf8().constData()));
        if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK)
            return failure(m_conn, r.get());
    }
    return {};
}

Status PostgresConnection::reopenIfLost()
{
    if (PQstatus(m_conn) == CONNECTION_OK && m_settled)
        return {};
    // Settled only once everything below is done: a reopening that fails half-way is done
    // again next time, from the reset.
    m_settled = false;
    PQreset(m_conn);
    m_prepared.clear();
    m_stream.clear();
    if (PQstatus(m_conn) != CONNECTION_OK)
        return failure(m_conn, nullptr);
    // What Qt's driver set when it opened the connection and the program relies on: UTF-8.
    if (PQsetClientEncoding(m_conn, "UTF8") != 0)
        return failure(m_conn, nullptr);
    MUCO_TRY(applySettings());
    m_settled = true;
    return {};
}

Result<QByteArray> PostgresConnection::copyText(const QList<QVariantList> &rows, int columns)
{
    QByteArray data;
    data.reserve(rows.size() * columns * 40);
    for (const QVariantList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c)
                data += '\t';
            MUCO_TRY(appendCopyValue(data, row[c]));
        }
        data += '\n';
    }
    // libpq takes the length as an int (a push's body is at most 8 MiB: far below).
    if (data.size() > std::numeric_limits<int>::max())
        return Error::storage(Tr::tr("PostgreSQL: too many rows for one COPY"));
    return data;
}

Status PostgresConnection::beginCopy(const QString &sql)
{
    ResultPtr r(PQexec(m_conn, sql.toUtf8().constData()));
    if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN)
        return failure(m_conn, r.get());
    return {};
}

Status PostgresConnection::copyRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    MUCO_TRY(endStream());
    // The rows are written before the COPY starts: a value that cannot be sent begins nothing.
    MUCO_READ(data, copyText(rows, int(columns.size())));
    MUCO_TRY(beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", ")))));
    return finishCopy(PQputCopyData(m_conn, data.constData(), int(data.size())) == 1);
}

Status PostgresConnection::streamRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    MUCO_READ(data, copyText(rows, int(columns.size())));
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", ")));
    if (m_stream != sql) {
        MUCO_TRY(endStream());
        MUCO_TRY(beginCopy(sql));
        m_stream = sql;
    }
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
        m_stream.clear();
        return finishCopy(false);
    }
    return {};
}

Status PostgresConnection::endStream(bool abort)
{
    if (m_stream.isEmpty())
        return {};
    m_stream.clear();
    return abort ? finishCopy(false, "the transaction is rolled back") : finishCopy(true);
}

Status PostgresConnection::finishCopy(bool sent, const char *why)
{
    // Ended either way, so that the connection leaves the COPY state; a failure aborts it.
    const bool ended = PQputCopyEnd(m_conn, sent ? nullptr : why) == 1;
    Status status;
    int ends = 0;
    while (PGresult *raw = PQgetResult(m_conn)) {
        ResultPtr r(raw);
        if (PQresultStatus(raw) == PGRES_COPY_IN) {
            // The end did not reach the server (libpq could not send it): end it again, as psql
            // does, and give up on the connection rather than wait for ever.
            if (status.ok())
                status = failure(m_conn, nullptr);
            if (++ends > 3 || PQputCopyEnd(m_conn, "the rows could not be sent") < 0)
                break;
            continue;
        }
        if (status.ok() && PQresultStatus(raw) != PGRES_COMMAND_OK)
            status = failure(m_conn, raw);
    }
    if (status.ok() && (!sent || !ended))
        status = failure(m_conn, nullptr);
    return status;
}

} // namespace muco
