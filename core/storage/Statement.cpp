#include "storage/Statement.h"
#include "storage/Database.h"
#include <sqlite3.h>
#include <utility>

namespace muco {

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::bind(int pos, const QVariant &value)
{
    if (value.isNull())
        return bindNull(pos);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(pos, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, pos, value.toDouble());
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob(m_stmt, pos, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    default:
        return bind(pos, value.toString());
    }
}

Statement &Statement::bind(int pos, const QString &value)
{
    if (value.isNull())
        return bindNull(pos);
    // Most bound texts are short ASCII (ids, codes, times, hashes): copied on the stack, which
    // SQLite copies again (SQLITE_TRANSIENT), rather than through a UTF-8 QByteArray on the heap
    // (a sixth of an audited insert's own work: bench/README.md, issue 14).
    constexpr qsizetype kShort = 256;
    if (value.size() <= kShort) {
        char ascii[kShort];
        const auto *units = reinterpret_cast<const char16_t *>(value.constData());
        qsizetype i = 0;
        for (; i < value.size() && units[i] < 0x80; ++i)
            ascii[i] = static_cast<char>(units[i]);
        if (i == value.size())
            return bindText(pos, ascii, i);
    }
    const QByteArray utf8 = value.toUtf8();
    return bindText(pos, utf8.constData(), utf8.size());
}

Statement &Statement::bindText(int pos, const char *utf8, qsizetype size)
{
    const int rc = sqlite3_bind_text(m_stmt, pos, utf8, static_cast<int>(size), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK && m_bindError.ok())
        m_bindError = m_db->error(rc, QStringLiteral("binding a value"));
    return *this;
}

Statement &Statement::bind(int pos, qint64 value)
{
    sqlite3_bind_int64(m_stmt, pos, value);
    return *this;
}

Statement &Statement::bindNull(int pos)
{
    sqlite3_bind_null(m_stmt, pos);
    return *this;
}

Result<bool> Statement::next()
{
    if (!m_bindError.ok())
        return m_bindError.error();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->error(rc, QStringLiteral("reading or writing a row"));
}

Status Statement::run()
{
    for (;;) {
        auto r = next();
        if (!r.ok())
            return r.error();
        if (!r.value())
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = {};
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
QString Statement::columnName(int col) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, col)); }
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::utf8(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

qint64 Statement::integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_NULL: return {};
    case SQLITE_INTEGER: return integer(col);
    case SQLITE_FLOAT: return real(col);
    default: return text(col);
    }
}

} // namespace muco
