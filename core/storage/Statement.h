#pragma once
#include "common/Result.h"
#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace muco {

class Database;

// A prepared statement; finalised when it goes out of scope.
class Statement {
public:
    Statement(const Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // 1-based positions, as in SQLite. A null QVariant binds NULL.
    Statement &bind(int pos, const QVariant &value);
    Statement &bind(int pos, const QString &value);
    Statement &bind(int pos, qint64 value);
    Statement &bindNull(int pos);

    Result<bool> next();   // true when a row is available
    Status run();          // execute to completion, ignoring rows
    // Calls `row` for every result row; stops at the first storage error.
    template <typename F>
    Status forEachRow(F row)
    {
        for (;;) {
            auto more = next();
            if (!more.ok())
                return more.error();
            if (!more.value())
                return {};
            row(*this);
        }
    }
    void reset();

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    QString text(int col) const;
    // The column's UTF-8 text as SQLite holds it, valid until the next step or reset: for a
    // reader that compares before it converts (e.g. a value repeated down a long list).
    QByteArrayView utf8(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    QVariant value(int col) const;

private:
    const Database *m_db;
    sqlite3_stmt *m_stmt;
    Status m_bindError;
    // UTF-8 bytes bound as text (SQLite copies them); a failure kept for next()/run().
    Statement &bindText(int pos, const char *utf8, qsizetype size);
};

} // namespace muco
