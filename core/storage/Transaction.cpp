#include "storage/Transaction.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include <algorithm>

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
    for (auto &[name, work] : m_work)
        MUCO_TRY(work->beforeCommit(m_db));   // failed: still open, the destructor rolls back
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

Status Database::setTransactionValue(const QString &key, const QString &value)
{
    if (!m_transaction)
        return Error::storage(QStringLiteral("%1 was kept outside a transaction.").arg(key));
    if (value.isEmpty())
        m_transaction->m_values.remove(key);
    else
        m_transaction->m_values.insert(key, value);
    return {};
}

QString Database::transactionValue(const QString &key) const
{
    return m_transaction ? m_transaction->m_values.value(key) : QString();
}

CommitWork *Database::commitWork(const QString &name, const std::function<std::unique_ptr<CommitWork>()> &make)
{
    if (!m_transaction)
        return nullptr;
    for (auto &[registered, work] : m_transaction->m_work)
        if (registered == name)
            return work.get();
    m_transaction->m_work.emplace_back(name, make());
    return m_transaction->m_work.back().second.get();
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

Savepoint::Savepoint(Database &db, QString name) : m_db(db), m_name(std::move(name))
{
    if (!m_db.m_transaction) {
        m_begun = Error::storage(QStringLiteral("Savepoint %1 outside a transaction.").arg(m_name));
        return;
    }
    m_meta = m_db.m_transaction->m_meta;
    m_values = m_db.m_transaction->m_values;
    m_changes = m_db.m_transaction->m_changes.size();
    m_begun = m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_name));
    m_open = m_begun.ok();
}

Savepoint::~Savepoint()
{
    if (m_open)
        (void)rollback();
}

Status Savepoint::release()
{
    if (!m_open)
        return Error::storage(QStringLiteral("Savepoint %1 was already finished.").arg(m_name));
    m_open = false;
    return m_db.exec(QStringLiteral("RELEASE %1").arg(m_name));
}

Status Savepoint::rollback()
{
    if (!m_open)
        return Error::storage(QStringLiteral("Savepoint %1 was already finished.").arg(m_name));
    m_open = false;
    MUCO_TRY(m_db.exec(QStringLiteral("ROLLBACK TO %1").arg(m_name)));
    if (Transaction *tx = m_db.m_transaction) {
        tx->m_meta = m_meta;
        tx->m_values = m_values;
        tx->m_metaRead.clear();
        tx->m_changes.resize(std::min(tx->m_changes.size(), m_changes));
    }
    return m_db.exec(QStringLiteral("RELEASE %1").arg(m_name));
}

} // namespace muco
