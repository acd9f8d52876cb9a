#include "LoadInvariants.h"

#include "domain/BookingState.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk::bench {

namespace {

Result<qint64> count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return makeError(ErrorCode::Internal, sql + QStringLiteral(": ") + query.lastError().text());
    return query.value(0).toLongLong();
}

const QString Occupying = QStringLiteral("('SEAT_HELD', 'PAYMENT_PENDING', 'CONFIRMED')");

// Walks every booking's audit rows in order: the first leaves INITIATED, each starts where
// the last ended, each step is in the transition table, the last ends in the current state.
Result<qint64> auditMismatches(Database &db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT b.id, b.state, e.from_state, e.to_state FROM bookings b "
                                   "LEFT JOIN booking_events e ON e.booking_id = b.id ORDER BY b.id, e.id")))
        return makeError(ErrorCode::Internal, query.lastError().text());
    qint64 mismatches = 0;
    qint64 current = -1;
    QString state;
    QString reached;
    bool broken = false;
    const auto close = [&] {
        if (current >= 0 && (broken || reached != state))
            ++mismatches;
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current) {
            close();
            current = id;
            state = query.value(1).toString();
            reached = bookingStateName(BookingState::Initiated);
            broken = false;
        }
        const QString from = query.value(2).toString();
        const QString to = query.value(3).toString();
        if (to.isEmpty() || from == to)
            continue; // no history at all is caught by close(); a note is not a transition
        const auto fromState = bookingStateFromName(from);
        const auto toState = bookingStateFromName(to);
        broken |= from != reached || !fromState || !toState || !BookingTransitions::isAllowed(*fromState, *toState);
        reached = to;
    }
    close();
    return mismatches;
}

} // namespace

QJsonObject LoadInvariants::toJson() const
{
    return QJsonObject{{QStringLiteral("bookings"), bookings},
                       {QStringLiteral("audit_rows"), auditRows},
                       {QStringLiteral("double_booked_seats"), doubleBookedSeats},
                       {QStringLiteral("active_lines_of_ended_bookings"), activeLinesOfEndedBookings},
                       {QStringLiteral("occupying_without_seat"), occupyingWithoutSeat},
                       {QStringLiteral("confirmed_without_capture"), confirmedWithoutCapture},
                       {QStringLiteral("captured_without_confirmation"), capturedWithoutConfirmation},
                       {QStringLiteral("audit_mismatches"), auditMismatches},
                       {QStringLiteral("violations"), violations()}};
}

Result<LoadInvariants> checkLoadInvariants(Database &db)
{
    LoadInvariants report;
    const QList<std::pair<qint64 LoadInvariants::*, QString>> checks = {
        {&LoadInvariants::bookings, QStringLiteral("SELECT COUNT(*) FROM bookings")},
        {&LoadInvariants::auditRows, QStringLiteral("SELECT COUNT(*) FROM booking_events")},
        {&LoadInvariants::doubleBookedSeats,
         QStringLiteral("SELECT COUNT(*) FROM (SELECT l.seat_id FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                        "WHERE l.active AND b.state IN %1 GROUP BY l.seat_id HAVING COUNT(*) > 1) AS twice")
             .arg(Occupying)},
        {&LoadInvariants::activeLinesOfEndedBookings,
         QStringLiteral("SELECT COUNT(*) FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                        "WHERE l.active AND b.state NOT IN %1")
             .arg(Occupying)},
        {&LoadInvariants::occupyingWithoutSeat,
         QStringLiteral("SELECT COUNT(*) FROM bookings b WHERE b.state IN %1 AND NOT EXISTS "
                        "(SELECT 1 FROM booking_lines l WHERE l.booking_id = b.id AND l.active)")
             .arg(Occupying)},
        {&LoadInvariants::confirmedWithoutCapture,
         QStringLiteral("SELECT COUNT(*) FROM bookings b WHERE b.state = 'CONFIRMED' AND "
                        "(SELECT COALESCE(SUM(p.captured_minor), 0) FROM payments p WHERE p.booking_id = b.id) "
                        "<> b.total_minor")},
        {&LoadInvariants::capturedWithoutConfirmation,
         QStringLiteral("SELECT COUNT(*) FROM bookings b WHERE b.state NOT IN ('CONFIRMED', 'CANCELLED', 'REFUNDED') "
                        "AND EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id "
                        "AND p.captured_minor > p.refunded_minor)")},
    };
    for (const auto &[field, sql] : checks) {
        auto value = count(db, sql);
        if (!value)
            return value.error();
        report.*field = *value;
    }
    auto audit = auditMismatches(db);
    if (!audit)
        return audit.error();
    report.auditMismatches = *audit;
    return report;
}

} // namespace kiosk::bench
