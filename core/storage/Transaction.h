#pragma once
#include "common/Result.h"

namespace muco {

class Database;

// BEGIN IMMEDIATE on construction, so a writer learns at once that another process
// holds the database; rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace muco
