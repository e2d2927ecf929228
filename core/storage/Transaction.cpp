#include "storage/Transaction.h"
#include "storage/Database.h"

namespace muco {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error::storage(QStringLiteral("The transaction was already finished.")) : m_begun;
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s.ok())
        m_open = false;
    return s;
}

} // namespace muco
