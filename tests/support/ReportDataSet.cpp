#include "ReportDataSet.h"

#include "TestFlights.h"
#include "booking/BookingService.h"
#include "payment/FutureWait.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kiosk::test {

namespace {

QString at(QDate day, int hour, int minute, int second = 0)
{
    return QString::number(QDateTime(day, QTime(hour, minute, second), QTimeZone::utc()).toMSecsSinceEpoch());
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return false;
    }
    return true;
}

CardDetails card(const QString &number)
{
    CardDetails c;
    c.number = number;
    c.setExpiry(QStringLiteral("12/30"));
    c.cvc = QStringLiteral("123");
    return c;
}

class Builder {
public:
    Builder(Database &db, BookingService &service) : m_db(db), m_service(service) {}

    QString hold(const Flight &flight, const QStringList &seats)
    {
        HoldRequest request;
        request.flight = FlightRef::byId(flight.id);
        for (const QString &code : seats)
            request.seats << SeatCode::parse(code).value();
        request.ttlSeconds = 3600;
        auto held = m_service.hold(request);
        EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
        return held ? held->reference : QString();
    }
    bool pay(const QString &reference, const QString &number = QStringLiteral("4242424242424242"))
    {
        return waitFor(m_service.submitPayment(reference, card(number)), 30000).ok();
    }
    // The booking was made (and every step of its trail taken) at `ms`.
    bool date(const QString &reference, const QString &ms)
    {
        const QString stamp = m_db.dialect().fromEpochMs(ms);
        const QString id = QStringLiteral("(SELECT id FROM bookings WHERE reference = '%1')").arg(reference);
        return exec(m_db, QStringLiteral("UPDATE bookings SET created_at = %1 WHERE reference = '%2'").arg(stamp, reference))
            && exec(m_db, QStringLiteral("UPDATE booking_events SET at = %1 WHERE booking_id = %2").arg(stamp, id));
    }
    bool depart(const Flight &flight, QDate day, int hour, int minute)
    {
        return exec(m_db, QStringLiteral("UPDATE flights SET departure_at = %1, arrival_at = %2, departure_date = '%3' "
                                         "WHERE id = %4")
                              .arg(m_db.dialect().fromEpochMs(at(day, hour, minute)),
                                   m_db.dialect().fromEpochMs(QStringLiteral("(%1 + 3600000)").arg(at(day, hour, minute))),
                                   day.toString(Qt::ISODate))
                              .arg(flight.id));
    }

private:
    Database &m_db;
    BookingService &m_service;
};

} // namespace

bool ReportDataSet::build(Database &db, BookingService &service)
{
    const auto d1 = day1(), d2 = day2(), d3 = dayAfter();
    a = addTestFlight(db, TestFlightSpec{QStringLiteral("KX"), 501, 10, QStringLiteral("ABCDEF"), 4900,
                                         QStringLiteral("EUR"), 48 * 3600, {QStringLiteral("3B")}});
    b = addTestFlight(db, TestFlightSpec{QStringLiteral("KX"), 502, 10, QStringLiteral("ABCDEF"), 6000,
                                         QStringLiteral("EUR"), 48 * 3600, {}});
    c = addTestFlight(db, TestFlightSpec{QStringLiteral("KX"), 503, 10, QStringLiteral("ABCDEF"), 7000,
                                         QStringLiteral("EUR"), 48 * 3600, {}});
    if (a.id <= 0 || b.id <= 0 || c.id <= 0)
        return false;
    Builder make(db, service);

    const QString b1 = make.hold(a, {QStringLiteral("1A")});
    const QString b2 = make.hold(a, {QStringLiteral("1B"), QStringLiteral("1C")});
    const QString b3 = make.hold(a, {QStringLiteral("2A")});
    const QString b4 = make.hold(b, {QStringLiteral("2B")});
    const QString b5 = make.hold(b, {QStringLiteral("2C")});
    const QString b6 = make.hold(a, {QStringLiteral("3A")});
    const QString b7 = make.hold(a, {QStringLiteral("4A")});
    const QString b8 = make.hold(c, {QStringLiteral("1A")});
    if (b1.isEmpty() || b2.isEmpty() || b3.isEmpty() || b4.isEmpty() || b5.isEmpty() || b6.isEmpty()
        || b7.isEmpty() || b8.isEmpty())
        return false;
    EXPECT_TRUE(make.pay(b1));
    EXPECT_FALSE(make.pay(b2, QStringLiteral("4000000000000002"))); // declined: stays SEAT_HELD
    EXPECT_TRUE(make.pay(b2));
    EXPECT_TRUE(make.pay(b4));
    EXPECT_TRUE(make.pay(b7));
    EXPECT_TRUE(make.pay(b8));
    // B3's hold lapses: its deadline moved into the past, then the usual expiry.
    EXPECT_TRUE(exec(db, QStringLiteral("UPDATE bookings SET hold_deadline = %1 WHERE reference = '%2'")
                             .arg(db.dialect().fromEpochMs(at(d1, 11, 10)), b3)));
    auto expired = service.expireDue();
    EXPECT_TRUE(expired.ok() && expired->released == QStringList{b3});
    EXPECT_TRUE(service.cancel(b6, QStringLiteral("traveller left")).ok());
    CancellationRequest cancelB4;
    cancelB4.reference = b4;
    cancelB4.reason = QStringLiteral("customer cancelled");
    cancelB4.overrideRefundMinor = 0; // the goodwill refund below is the one this data set wants
    cancelB4.overrideReason = QStringLiteral("refund decided separately");
    EXPECT_TRUE(waitFor(service.cancelWithRefund(cancelB4), 30000).ok());
    auto refunded = waitFor(service.refund(RefundRequest{b4, Money(1500, QStringLiteral("EUR")), QString(),
                                                         QStringLiteral("goodwill")}),
                            30000);
    EXPECT_TRUE(refunded.ok()) << (refunded ? "" : refunded.error().message.toStdString());

    bool dated = make.date(b1, at(d1, 9, 0)) && make.date(b2, at(d1, 10, 0)) && make.date(b3, at(d1, 11, 0))
        && make.date(b4, at(d1, 12, 0)) && make.date(b5, at(d2, 9, 0)) && make.date(b6, at(d2, 10, 0))
        && make.date(b7, at(d2, 23, 59, 59)) && make.date(b8, at(d3, 0, 0));
    // B4 was cancelled and refunded a day after it was confirmed.
    const QString later = db.dialect().fromEpochMs(at(d2, 13, 0));
    dated = dated
        && exec(db, QStringLiteral("UPDATE booking_events SET at = %1 WHERE to_state IN ('CANCELLED', 'REFUNDED') "
                                   "AND booking_id = (SELECT id FROM bookings WHERE reference = '%2')")
                        .arg(later, b4))
        && exec(db, QStringLiteral("UPDATE refunds SET created_at = %1, updated_at = %1").arg(later));
    dated = dated && make.depart(a, d1, 18, 0) && make.depart(b, d2, 23, 30) && make.depart(c, d3, 0, 0);
    return dated && !::testing::Test::HasFailure();
}

} // namespace kiosk::test
