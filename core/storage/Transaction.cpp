#include "storage/Transaction.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace muco {

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.m_transaction) {
        // SQLite has no nested BEGIN: say so instead of failing later in an unclear way.
        m_begun = Error::storage(QStringLiteral("A transaction is already open on this database."));
        return;
    }
    m_begun = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
    if (m_open)
        m_db.m_transaction = this;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
    m_db.m_transaction = nullptr;
    settle();
}

void Transaction::settle()
{
    for (auto &[name, f] : std::exchange(m_settle, {}))
        f();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Error::storage(QStringLiteral("The transaction was already finished.")) : m_begun;
    for (auto it = m_meta.cbegin(); it != m_meta.cend(); ++it)
        MUCO_TRY(m_db.putMeta(it.key(), it.value()));   // failed: still open, the destructor rolls back
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (!s.ok())
        return s;
    m_open = false;
    m_db.m_transaction = nullptr;
    settle();
    if (!m_changes.isEmpty())
        emit ChangeNotifier::instance().committed(std::exchange(m_changes, {}));
    return s;
}

Status Database::deferMeta(const QString &key, const QString &value)
{
    if (!m_transaction)
        return Error::storage(QStringLiteral("meta %1 was deferred outside a transaction.").arg(key));
    m_transaction->m_meta.insert(key, value);
    return {};
}

std::optional<QString> Database::deferredMeta(const QString &key) const
{
    if (!m_transaction)
        return std::nullopt;
    const auto it = m_transaction->m_meta.constFind(key);
    return it == m_transaction->m_meta.cend() ? std::nullopt : std::optional<QString>(*it);
}

Result<bool> Database::whenTransactionEnds(const QString &name, std::function<void()> settle)
{
    if (!m_transaction)
        return Error::storage(QStringLiteral("%1 was tied to a transaction that is not open.").arg(name));
    for (const auto &registered : m_transaction->m_settle)
        if (registered.first == name)
            return false;
    m_transaction->m_settle.emplace_back(name, std::move(settle));
    return true;
}

Status Database::recordChange(RecordChange change)
{
    if (!m_transaction) {
        return Error::storage(QStringLiteral("A change to %1 was written outside a transaction.").arg(change.table));
    }
    m_transaction->m_changes.append(std::move(change));
    return {};
}

} // namespace muco
