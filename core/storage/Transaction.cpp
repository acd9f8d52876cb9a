#include "Transaction.h"

#include "Database.h"

namespace kiosk {

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto begun = db.execute(db.dialect().beginWrite(), QStringLiteral("starting a transaction")); !begun)
        return begun.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(other.m_db), m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Internal, tr("commit of a finished transaction"));
    m_open = false;
    auto committed = m_db->execute(QStringLiteral("COMMIT"), QStringLiteral("committing"));
    if (!committed)
        (void)m_db->execute(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back")); // SQLite may stay open
    return committed;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)m_db->execute(QStringLiteral("ROLLBACK"), QStringLiteral("rolling back"));
}

} // namespace kiosk
