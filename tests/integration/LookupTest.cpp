// The agent's booking lookup on both databases: reference, passenger name (case-, accent-
// and apostrophe-insensitive), flight and date.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "storage/BookingSearchRepository.h"

#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class LookupTest : public BackendTest {
protected:
    Booking holdFor(const QStringList &seats, const QStringList &names)
    {
        HoldRequest r = request(seats);
        r.passengers = names;
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << (held ? std::string() : held.error().message.toStdString());
        return held.ok() ? *held : Booking{};
    }
    QStringList referencesFor(const BookingQuery &query)
    {
        auto found = service->search(query);
        EXPECT_TRUE(found.ok()) << (found ? std::string() : found.error().message.toStdString());
        QStringList references;
        if (found.ok()) {
            for (const BookingSummary &summary : *found)
                references << summary.reference;
        }
        references.sort();
        return references;
    }
    static BookingQuery byName(const QString &name)
    {
        BookingQuery query;
        query.name = name;
        return query;
    }
};

TEST_P(LookupTest, ANameIsFoundWhateverTheCaseAccentsAndApostrophes)
{
    const Booking obrien = holdFor({QStringLiteral("1A"), QStringLiteral("1B")},
                                   {QStringLiteral("Anna O'Brien-Müller"), QStringLiteral("Seán O\u2019Brien-Müller")});
    const Booking other = holdFor({QStringLiteral("2A")}, {QStringLiteral("Obi Wan")});
    const QStringList both{obrien.reference};
    for (const QString &typed : {QStringLiteral("obrien-muller"), QStringLiteral("O'BRIEN MÜLLER"),
                                 QStringLiteral("anna obrien"), QStringLiteral("sean"), QStringLiteral("o'brien")})
        EXPECT_EQ(referencesFor(byName(typed)), both) << typed.toStdString();
    QStringList all{obrien.reference, other.reference};
    all.sort();
    EXPECT_EQ(referencesFor(byName(QStringLiteral("ob"))), all); // "obrien..." and "obi"
    EXPECT_TRUE(referencesFor(byName(QStringLiteral("muller anna"))).isEmpty());
    EXPECT_TRUE(referencesFor(byName(QStringLiteral("smith"))).isEmpty());
}

TEST_P(LookupTest, ResultsCarryTheFlightPassengersAndSeats)
{
    const Booking booking = holdFor({QStringLiteral("3C"), QStringLiteral("3D")},
                                    {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")});
    auto found = service->search(byName(QStringLiteral("turing")));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    const BookingSummary &summary = found->first();
    EXPECT_EQ(summary.reference, booking.reference);
    EXPECT_EQ(summary.state, BookingState::SeatHeld);
    EXPECT_EQ(summary.flightKey, flight.key());
    EXPECT_EQ(summary.passengers, (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    EXPECT_EQ(summary.seats, (QStringList{QStringLiteral("3C"), QStringLiteral("3D")}));
    EXPECT_EQ(summary.total, Money(9800, QStringLiteral("EUR")));
    EXPECT_EQ(summary.departureUtc.toSecsSinceEpoch(), flight.departureUtc.toSecsSinceEpoch());
}

TEST_P(LookupTest, ByReferenceFlightAndDateEveryCriterionMustMatch)
{
    const Booking first = holdFor({QStringLiteral("4A")}, {QStringLiteral("Grace Hopper")});
    const Booking second = holdFor({QStringLiteral("4B")}, {QStringLiteral("Grace Kelly")});
    BookingQuery byReference;
    byReference.reference = first.reference.toLower();
    EXPECT_EQ(referencesFor(byReference), QStringList{first.reference});

    BookingQuery byFlight;
    byFlight.carrier = QStringLiteral("kx");
    byFlight.number = flight.number;
    QStringList both{first.reference, second.reference};
    both.sort();
    EXPECT_EQ(referencesFor(byFlight), both);
    byFlight.date = flight.departureDate;
    EXPECT_EQ(referencesFor(byFlight), both);
    byFlight.date = flight.departureDate.addDays(1);
    EXPECT_TRUE(referencesFor(byFlight).isEmpty());

    BookingQuery byDate;
    byDate.date = flight.departureDate;
    byDate.name = QStringLiteral("grace k");
    EXPECT_EQ(referencesFor(byDate), QStringList{second.reference});
    byFlight.date = QDate();
    byFlight.number = flight.number + 1;
    EXPECT_TRUE(referencesFor(byFlight).isEmpty());
}

TEST_P(LookupTest, AnEmptyQueryIsBadInput)
{
    auto found = service->search(BookingQuery{});
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, ErrorCode::BadInput);
    auto blank = service->search(byName(QStringLiteral(" '- ")));
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().code, ErrorCode::BadInput);
}

TEST_P(LookupTest, TheLimitIsKeptAndOneMoreTellsThereAreMore)
{
    for (int row = 1; row <= 5; ++row)
        holdFor({QStringLiteral("%1F").arg(row)}, {QStringLiteral("Hedy Lamarr")});
    BookingQuery query = byName(QStringLiteral("lamarr"));
    query.limit = 3;
    auto found = service->search(query);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 4); // limit + 1
}

TEST_P(LookupTest, LinesWrittenBeforeTheSearchKeysGetThemOnMigration)
{
    const Booking booking = holdFor({QStringLiteral("5A")}, {QStringLiteral("Zoë D'Arcy")});
    QSqlQuery wipe(db->connection());
    ASSERT_TRUE(wipe.exec(QStringLiteral("UPDATE booking_lines SET search_key = NULL, surname_key = NULL")));
    EXPECT_TRUE(referencesFor(byName(QStringLiteral("darcy"))).isEmpty());
    auto filled = BookingSearchRepository(*db).fillMissingKeys();
    ASSERT_TRUE(filled.ok());
    EXPECT_EQ(*filled, 1);
    EXPECT_EQ(referencesFor(byName(QStringLiteral("darcy"))), QStringList{booking.reference});
    EXPECT_EQ(referencesFor(byName(QStringLiteral("zoe d"))), QStringList{booking.reference});
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(LookupTest);
