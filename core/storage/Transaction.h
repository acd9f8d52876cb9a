#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// A write transaction that rolls back unless committed. PostgreSQL: BEGIN (row locks are
// taken with SELECT ... FOR UPDATE); SQLite: BEGIN IMMEDIATE, the file's write lock up front.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(Database &db) : m_db(&db) {}
    Database *m_db;
    bool m_open = true;
};

} // namespace kiosk
