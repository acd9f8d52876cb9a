// An admin's change of aircraft for one flight (AircraftChange, kioskctl change-aircraft),
// on both databases: the same reseating, disruptions, audit rows and notices as a schedule's
// change of equipment; a dry run that plans the same moves and leaves every row as it was;
// and the refusals that change nothing.
#include "BackendFixture.h"
#include "SqlProbe.h"
#include "schedule/AircraftChange.h"
#include "storage/DisruptionRepository.h"
#include "storage/FlightRepository.h"

#include <QSqlQuery>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AircraftChangeTest : public BackendTest {
protected:
    // On the test flight (an "A320" of 10 rows ABCDEF, all economy at EUR 49.00), seat 1A is
    // made first class. On an A321neo (business rows 1-4 AC DF, economy from row 5) Ada in 1A
    // has no first class seat; the Lovelaces in 1B and 1C must leave row 1 for economy; Carl
    // in 7D keeps his seat, which the A321neo has in economy.
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(db->execute(QStringLiteral("UPDATE seats SET cabin = 'F' WHERE flight_id = %1 AND code = '1A'")
                                    .arg(flight.id),
                                QStringLiteral("a first class seat"))
                        .ok());
        ada = confirmed({QStringLiteral("1A")}, {QStringLiteral("Ada Byron")}, QStringLiteral("ada@example.com"));
        lovelaces = confirmed({QStringLiteral("1B"), QStringLiteral("1C")},
                              {QStringLiteral("Anne Lovelace"), QStringLiteral("Ralph Lovelace")},
                              QStringLiteral("ralph@example.com"));
        auto held = service->hold(request({QStringLiteral("7D")}));
        ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
        carl = *held;
    }

    Result<AircraftChangeOutcome> change(const QString &layout, bool dryRun)
    {
        return change(layout, dryRun, admin, FlightRef::byId(flight.id));
    }
    Result<AircraftChangeOutcome> change(const QString &layout, bool dryRun, const Actor &by, const FlightRef &on)
    {
        return AircraftChange(*db, by).change(on, layout, dryRun);
    }
    // Every row of every table, sorted: what a dry run or a refusal must leave as it was.
    QStringList everything() const
    {
        QStringList rows = dumpDatabase(*db).split(QLatin1Char('\n'));
        rows.sort();
        return rows;
    }
    // The rows a change of aircraft writes, one table at a time (a clearer failure).
    QString rowsOf(const QString &sql) const
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        QStringList rows;
        const int columns = query.record().count(); // once: record() describes the columns anew
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells << query.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
    QString seats() const
    {
        return rowsOf(QStringLiteral("SELECT id, code, cabin, features, price_minor, surcharge_minor, blocked FROM seats "
                                     "ORDER BY id"));
    }
    QString lines() const
    {
        return rowsOf(QStringLiteral("SELECT id, booking_id, seat_id, price_minor, active FROM booking_lines ORDER BY id"));
    }
    QString flightRow() const
    {
        return rowsOf(QStringLiteral("SELECT aircraft, iata_aircraft, configuration FROM flights WHERE id = %1").arg(flight.id));
    }
    QString seatOf(const QString &reference, const QString &passenger)
    {
        auto booking = service->find(reference);
        EXPECT_TRUE(booking.ok());
        for (const Passenger &p : booking ? booking->passengers : QList<Passenger>{}) {
            if (p.name == passenger && p.active)
                return p.seat.toString();
        }
        return QString();
    }
    qint64 priceOf(const QString &code)
    {
        return scalar(*db, QStringLiteral("SELECT price_minor FROM seats WHERE flight_id = %1 AND code = '%2'")
                               .arg(flight.id)
                               .arg(code));
    }

    Actor admin{QStringLiteral("ops-1"), QStringLiteral("planner"), Role::Admin};
    Booking ada, lovelaces, carl;
};

TEST_P(AircraftChangeTest, ADryRunPlansTheMovesAndLeavesEveryRowAsItWas)
{
    const QString seatsBefore = seats(), linesBefore = lines(), flightBefore = flightRow();
    const qint64 disruptionsBefore = countRows(*db, QStringLiteral("disruptions"));
    const QStringList before = everything();

    auto dry = change(QStringLiteral("A321neo"), true);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    EXPECT_TRUE(dry->dryRun);
    EXPECT_TRUE(dry->changed);
    EXPECT_EQ(dry->fromType, QStringLiteral("A320"));
    EXPECT_EQ(dry->toType, QStringLiteral("A321neo"));
    ASSERT_EQ(dry->moves.size(), 3);
    EXPECT_EQ(dry->moved(), 2);
    EXPECT_EQ(dry->withoutSeat(), 1);
    for (const SeatMove &move : dry->moves) {
        if (move.passenger == QLatin1String("Ada Byron")) {
            EXPECT_EQ(move.reference, ada.reference);
            EXPECT_EQ(move.oldSeat, QStringLiteral("1A"));
            EXPECT_TRUE(move.newSeat.isEmpty()) << move.newSeat.toStdString();
        } else {
            EXPECT_EQ(move.reference, lovelaces.reference);
            EXPECT_GE(SeatCode::parse(move.newSeat).value_or(SeatCode()).row(), 5) << move.newSeat.toStdString();
        }
    }

    EXPECT_EQ(seats(), seatsBefore);
    EXPECT_EQ(lines(), linesBefore);
    EXPECT_EQ(flightRow(), flightBefore);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions")), disruptionsBefore);
    EXPECT_EQ(everything(), before);
}

TEST_P(AircraftChangeTest, ApplyingReseatsAsTheDryRunSaidAndRecordsEachDisruption)
{
    auto dry = change(QStringLiteral("A321neo"), true);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    auto applied = change(QStringLiteral("A321neo"), false);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_FALSE(applied->dryRun);
    ASSERT_EQ(applied->moves.size(), dry->moves.size());
    for (qsizetype i = 0; i < dry->moves.size(); ++i) {
        EXPECT_EQ(applied->moves[i].reference, dry->moves[i].reference);
        EXPECT_EQ(applied->moves[i].newSeat, dry->moves[i].newSeat);
    }
    EXPECT_EQ(flightRow(), QStringLiteral("A321neo|32Q|J16Y184"));

    // The party sits side by side in economy; Ada stays put for an agent; Carl keeps 7D.
    const QString anne = seatOf(lovelaces.reference, QStringLiteral("Anne Lovelace"));
    const QString ralph = seatOf(lovelaces.reference, QStringLiteral("Ralph Lovelace"));
    ASSERT_TRUE(SeatCode::parse(anne) && SeatCode::parse(ralph)) << anne.toStdString() << " " << ralph.toStdString();
    EXPECT_EQ(SeatCode::parse(anne)->row(), SeatCode::parse(ralph)->row());
    EXPECT_GE(SeatCode::parse(anne)->row(), 5);
    EXPECT_EQ(seatOf(ada.reference, QStringLiteral("Ada Byron")), QStringLiteral("1A"));
    EXPECT_EQ(seatOf(carl.reference, QStringLiteral("PASSENGER 1")), QStringLiteral("7D"));

    auto recorded = DisruptionRepository(*db).list({});
    ASSERT_TRUE(recorded.ok());
    ASSERT_EQ(recorded->size(), 3);
    int movedRows = 0, noSeatRows = 0;
    for (const Disruption &d : std::as_const(*recorded)) {
        EXPECT_EQ(d.source, QStringLiteral("change-aircraft"));
        EXPECT_TRUE(d.detail.contains(QStringLiteral("aircraft changed to A321neo"))) << d.detail.toStdString();
        ++(d.kind == Disruption::Kind::SeatMoved ? movedRows : noSeatRows);
        if (d.kind == Disruption::Kind::NoSeat) {
            EXPECT_EQ(d.reference, ada.reference);
        }
    }
    EXPECT_EQ(movedRows, 2);
    EXPECT_EQ(noSeatRows, 1);
    // Audited on each booking, in the access log, and one notice per booking with an address.
    auto history = service->history(lovelaces.reference);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(std::any_of(history->cbegin(), history->cend(), [](const AuditEntry &entry) {
        return entry.reason.contains(QStringLiteral("aircraft changed to A321neo"));
    }));
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'change aircraft' AND outcome = 'allowed' AND actor = 'planner'")),
              1);
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'flight_disrupted'")), 2);

    // Economy keeps its fare, the new business cabin gets the fare rule's; the old seats the
    // A321neo lacks are gone unless a booking points at one.
    EXPECT_EQ(priceOf(QStringLiteral("30F")), 4900);
    EXPECT_GT(priceOf(QStringLiteral("2C")), 4900);
    EXPECT_EQ(countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1 AND code = '1B'").arg(flight.id)), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1 AND NOT blocked").arg(flight.id)), 199);

    // Again: it flies the A321neo already; nothing changes.
    const QStringList after = everything();
    auto again = change(QStringLiteral("a321NEO"), false);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(again->changed);
    EXPECT_EQ(everything(), after);
}

TEST_P(AircraftChangeTest, TheIataCodeNamesALayoutAndBadRequestsChangeNothing)
{
    auto byCode = change(QStringLiteral("32q"), true);
    ASSERT_TRUE(byCode.ok()) << byCode.error().message.toStdString();
    EXPECT_EQ(byCode->toType, QStringLiteral("A321neo"));

    const QStringList before = everything();
    auto same = change(QStringLiteral("A320"), false);
    ASSERT_TRUE(same.ok()) << same.error().message.toStdString();
    EXPECT_FALSE(same->changed);

    auto unknown = change(QStringLiteral("A350"), false);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("A321neo (32Q)"))) << unknown.error().message.toStdString();

    auto noFlight = change(QStringLiteral("A321neo"), false, admin, FlightRef{0, QStringLiteral("KX"), 999, flight.departureDate});
    ASSERT_FALSE(noFlight.ok());
    EXPECT_EQ(noFlight.error().code, ErrorCode::NotFound);
    EXPECT_EQ(everything(), before);

    const Actor agent{QStringLiteral("desk-1"), QStringLiteral("alice"), Role::Agent};
    auto refused = change(QStringLiteral("A321neo"), false, agent, FlightRef::byId(flight.id));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'change a flight''s aircraft' AND outcome = 'denied' AND actor = 'alice'")),
              1);

    TestFlightSpec past;
    past.number = 102;
    past.departsInSeconds = -3600;
    const Flight departed = addTestFlight(*db, past);
    auto late = change(QStringLiteral("A321neo"), false, admin, FlightRef::byId(departed.id));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("departed"))) << late.error().message.toStdString();

    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE flights SET status = 'CANCELLED' WHERE id = %1").arg(flight.id),
                            QStringLiteral("cancelling"))
                    .ok());
    const QString seatsBefore = seats();
    auto cancelled = change(QStringLiteral("A321neo"), false);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("cancelled"))) << cancelled.error().message.toStdString();
    EXPECT_EQ(seats(), seatsBefore);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AircraftChangeTest);
