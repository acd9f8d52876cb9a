#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace kiosk::test {

// The tests' clock seam (KeePassXC's MockClock is the model, but on the server): instead of
// sleeping until a deadline passes, a test moves the deadline into the past by the server's
// clock, behind every terminal's back, on either dialect. Nothing else happens to the rows:
// whatever notices a lapsed deadline must notice this one by itself.

namespace detail {
inline void backdate(Database &db, const QString &sql, const QString &reference, bool oneRow)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    query.bindValue(QStringLiteral(":reference"), reference);
    ASSERT_TRUE(query.exec()) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    if (oneRow) {
        ASSERT_EQ(query.numRowsAffected(), 1) << reference.toStdString();
    }
}
} // namespace detail

// A hold's deadline five seconds ago: the hold has lapsed, and nothing has expired it yet.
inline void makeLapse(Database &db, const QString &reference)
{
    const SqlDialect &sql = db.dialect();
    detail::backdate(db,
                     QStringLiteral("UPDATE bookings SET hold_deadline = %1 WHERE reference = :reference")
                         .arg(sql.plusSeconds(sql.now(), QStringLiteral("-5"))),
                     reference, true);
}

// Every payment attempt and refund of a booking ten minutes older: each attempt is past its
// deadline and each refund older than any attempt time (the product's two minutes included),
// so a reconciler takes them as abandoned. At least one attempt must exist.
inline void makePaymentsLapse(Database &db, const QString &reference)
{
    const SqlDialect &sql = db.dialect();
    const QString back = QStringLiteral("-600");
    const QString ofBooking = QStringLiteral("(SELECT id FROM bookings WHERE reference = :reference)");
    QSqlQuery count(db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM payments WHERE booking_id = %1").arg(ofBooking));
    count.bindValue(QStringLiteral(":reference"), reference);
    ASSERT_TRUE(count.exec() && count.next()) << count.lastError().text().toStdString();
    ASSERT_GT(count.value(0).toInt(), 0) << "no payment attempt to backdate for " << reference.toStdString();
    detail::backdate(db,
                     QStringLiteral("UPDATE payments SET attempt_deadline = %1, created_at = %2, updated_at = %3 "
                                    "WHERE booking_id = %4")
                         .arg(sql.plusSeconds(QStringLiteral("attempt_deadline"), back),
                              sql.plusSeconds(QStringLiteral("created_at"), back),
                              sql.plusSeconds(QStringLiteral("updated_at"), back), ofBooking),
                     reference, false);
    detail::backdate(db,
                     QStringLiteral("UPDATE refunds SET created_at = %1, updated_at = %2 WHERE payment_id IN "
                                    "(SELECT id FROM payments WHERE booking_id = %3)")
                         .arg(sql.plusSeconds(QStringLiteral("created_at"), back),
                              sql.plusSeconds(QStringLiteral("updated_at"), back), ofBooking),
                     reference, false);
}

// Every pending outbox message due now: its backoff (or another dispatcher's lease) waited out.
inline void makeOutboxDue(Database &db)
{
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = created_at WHERE state = 'pending'")))
        << query.lastError().text().toStdString();
    ASSERT_GT(query.numRowsAffected(), 0) << "no pending outbox message";
}

} // namespace kiosk::test
