#pragma once
#include "common/Result.h"
#include "storage/ChangeNotifier.h"
#include <QHash>
#include <functional>
#include <utility>
#include <vector>

namespace muco {

class Database;

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
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    ChangeSet m_changes;
    QHash<QString, QString> m_meta;   // Database::deferMeta
    std::vector<std::pair<QString, std::function<void()>>> m_settle;   // Database::whenTransactionEnds
    void settle();
};

} // namespace muco
