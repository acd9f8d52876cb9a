// A kiosk's database login reads travellers' names and contacts only of the bookings its own
// login made and of a booking the traveller proves with reference and surname (migration
// 0029); seat maps stay whole for every kiosk, desk logins read everything. PostgreSQL only:
// SQLite has no logins.
#include "TerminalLoginFixture.h"

#include "booking/WaitlistOfferer.h"
#include "checkin/CheckInService.h"
#include "storage/BookingRepository.h"
#include "storage/FlightRepository.h"
#include "storage/WaitlistRepository.h"

#include <algorithm>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class KioskReadsLoginTest : public TerminalLoginFixture {
protected:
    static QString text(Database &on, const QString &sql)
    {
        QSqlQuery query(on.connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString() << query.lastError().text().toStdString();
        return query.value(0).toString();
    }

    // A booking of the owner's terminal (not any kiosk login's) with a name and a contact.
    Booking desksBooking(const QString &seat, const QString &name, const QString &email)
    {
        return confirmed({seat}, {name}, email);
    }

    qint64 waitingEntry(const QString &login)
    {
        return scalar(*db, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, contact_email, "
                                          "contact_phone, terminal, actor, login) VALUES (%1, 'J', '[\"Ada Lovelace\"]', "
                                          "1, 'ada@example.org', '+44 20 7946 0000', 'gate-9', 'kiosk', '%2') RETURNING id")
                              .arg(flight.id)
                              .arg(login));
    }

    const Actor atGate12{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
    const QString denied = QStringLiteral("42501");
};

TEST_P(KioskReadsLoginTest, AKioskLoginReadsNoOtherTravellersNamesContactsOrWaitlistEntries)
{
    const Booking theirs = desksBooking(QStringLiteral("3A"), QStringLiteral("Grace Hopper"),
                                        QStringLiteral("grace@example.org"));
    const qint64 entry = waitingEntry(QStringLiteral("someone"));
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);

    for (const QString &sql : {QStringLiteral("SELECT passenger_name FROM booking_lines"),
                               QStringLiteral("SELECT count(*) FROM booking_lines WHERE search_key LIKE 'g%'"),
                               QStringLiteral("SELECT surname_key FROM booking_lines"),
                               QStringLiteral("SELECT contact_email FROM bookings"),
                               QStringLiteral("SELECT contact_phone FROM bookings"),
                               QStringLiteral("SELECT * FROM bookings"),
                               QStringLiteral("SELECT passengers FROM waitlist"),
                               QStringLiteral("SELECT contact_email, contact_phone FROM waitlist")})
        EXPECT_EQ(refusal(*kiosk, sql), denied) << sql.toStdString();
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT count(kiosk_passenger_name(id, '', '')) FROM booking_lines")),
              QStringLiteral("0"));
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT count(c.email) FROM bookings b, kiosk_booking_contact(b.id, '', '') c")),
              QStringLiteral("0"));
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT count(p.passengers) + count(p.email) FROM kiosk_waitlist_personal(%1) p")
                               .arg(entry)),
              QStringLiteral("0"));

    // Through the programs: the booking without its names, the entry without its contact.
    auto read = BookingRepository(*kiosk).findByReference(theirs.reference);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->passengers.size(), 1);
    EXPECT_EQ(read->passengers.first().name, QString());
    auto waiting = WaitlistRepository(*kiosk).find(entry);
    ASSERT_TRUE(waiting.ok()) << waiting.error().message.toStdString();
    EXPECT_EQ(waiting->passengers, QStringList{QString()});
    EXPECT_EQ(waiting->contact.email, QString());

    // Every kiosk still sees which seat is taken.
    auto seats = FlightRepository(*kiosk).seats(flight.id);
    ASSERT_TRUE(seats.ok()) << seats.error().message.toStdString();
    EXPECT_EQ(std::count_if(seats->cbegin(), seats->cend(), [](const Seat &s) { return s.status == SeatStatus::Sold; }), 1);

    // A desk login reads them all.
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    EXPECT_EQ(text(*desk, QStringLiteral("SELECT string_agg(passenger_name, ',') FROM booking_lines")),
              QStringLiteral("Grace Hopper"));
    EXPECT_EQ(text(*desk, QStringLiteral("SELECT contact_email FROM bookings")), QStringLiteral("grace@example.org"));
    EXPECT_EQ(text(*desk, QStringLiteral("SELECT contact_phone FROM waitlist")), QStringLiteral("+44 20 7946 0000"));
}

TEST_P(KioskReadsLoginTest, AKioskLoginReadsItsOwnBookingsAndOneItsTravellerProves)
{
    ASSERT_TRUE(db->execute(QStringLiteral("INSERT INTO check_in_windows (carrier, route, opens_minutes, closes_minutes) "
                                           "VALUES ('KX', '', 4320, 45)"), QStringLiteral("test")).ok());
    const Booking theirs = desksBooking(QStringLiteral("3A"), QStringLiteral("Jürgen Müller"),
                                        QStringLiteral("juergen@example.org"));
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, atGate12);
    HoldRequest mine = request({QStringLiteral("4A")});
    mine.passengers = {QStringLiteral("Anna Byrne")};
    mine.contact.email = QStringLiteral("anna@example.com");
    auto held = sales.hold(mine);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto own = sales.find(held->reference);
    ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
    EXPECT_EQ(own->passengers.first().name, QStringLiteral("Anna Byrne"));
    auto contact = sales.contact(held->reference);
    ASSERT_TRUE(contact.ok()) << contact.error().message.toStdString();
    EXPECT_EQ(contact->email, QStringLiteral("anna@example.com"));

    // A wrong surname proves nothing; the passport's spelling of the right one does.
    EXPECT_EQ(BookingRepository(*kiosk).findByReference(theirs.reference, QStringLiteral("Byrne"))->passengers.first().name,
              QString());
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT count(c.email) FROM bookings b, kiosk_booking_contact(b.id, 'byrne', "
                                          "'BYRNE') c WHERE b.id = %1")
                               .arg(theirs.id)),
              QStringLiteral("0"));
    auto proven = BookingRepository(*kiosk).findByReference(theirs.reference, QStringLiteral("Mueller"));
    ASSERT_TRUE(proven.ok()) << proven.error().message.toStdString();
    EXPECT_EQ(proven->passengers.first().name, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT c.email FROM bookings b, kiosk_booking_contact(b.id, 'muller', "
                                          "'MULLER') c WHERE b.id = %1")
                               .arg(theirs.id)),
              QStringLiteral("juergen@example.org"));

    // Check-in at any kiosk, with the reference and the surname (accents or not).
    CheckInService checkIn(*kiosk, atGate12);
    EXPECT_EQ(checkIn.find(theirs.reference, QStringLiteral("Hopper")).error().code, ErrorCode::NotFound);
    auto passes = checkIn.checkIn(theirs.reference, QStringLiteral("muller"));
    ASSERT_TRUE(passes.ok()) << passes.error().message.toStdString();
    ASSERT_EQ(passes->size(), 1);
    EXPECT_EQ(passes->first().passengerName, QStringLiteral("Jürgen Müller"));
}

// The capture's answer carries the booking with its names (migration 0036): a kiosk login
// gets them for its own sale, exactly as it reads them back, and none for anyone else's.
TEST_P(KioskReadsLoginTest, AKioskLoginsSaleAnswersWithItsOwnNamesOnly)
{
    const Booking theirs = desksBooking(QStringLiteral("3A"), QStringLiteral("Grace Hopper"),
                                        QStringLiteral("grace@example.org"));
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, atGate12);
    HoldRequest mine = request({QStringLiteral("4A")});
    mine.passengers = {QStringLiteral("Anna Byrne")};
    auto held = sales.hold(mine);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = pay(sales, held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    ASSERT_EQ(paid->passengers.size(), 1);
    EXPECT_EQ(paid->passengers.first().name, QStringLiteral("Anna Byrne"));
    auto readBack = BookingRepository(*kiosk).findById(held->id);
    ASSERT_TRUE(readBack.ok()) << readBack.error().message.toStdString();
    EXPECT_EQ(readBack->passengers.first().name, QStringLiteral("Anna Byrne"));

    // Another login's paid booking through the same function (a guard that no longer holds:
    // nothing is written): its rows, without the name.
    const QString payment = text(*db, QStringLiteral("SELECT id FROM payments WHERE booking_id = %1").arg(theirs.id));
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT count(*) || '/' || count(r_passenger_name) || '/' || min(r_recorded) "
                                          "|| '/' || min(r_state) FROM kiosk_payment_record_booking(%1, 'PENDING', "
                                          "'ignore', 'CAPTURED', 'x', 0, 0, NULL, NULL, NULL, FALSE, NULL, '', '')")
                               .arg(payment)),
              QStringLiteral("1/0/payment_moved/CONFIRMED"));
    // Nor does it write another login's payment (0027's guard, as for kiosk_payment_record).
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT count(*) FROM kiosk_payment_record_booking(%1, 'CAPTURED', "
                                             "'ignore', 'REFUNDED', 'x', 0, 0, NULL, NULL, NULL, FALSE, NULL, '', '')")
                                  .arg(payment)),
              denied);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT status || '/' || captured_minor FROM payments WHERE id = %1").arg(payment)),
              QStringLiteral("CAPTURED/%1").arg(theirs.total.minorUnits()));
}

TEST_P(KioskReadsLoginTest, AKioskLoginReadsItsOwnWaitlistEntriesAndMakesOffersToOthers)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    // Another login's entry: the offer this kiosk makes carries the entry's names.
    const qint64 theirs = scalar(*db, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, "
                                                     "contact_email, terminal, actor, login) VALUES (%1, 'Y', "
                                                     "'[\"Zoë O''Brien-Smith\", \"Li Wei\"]', 2, 'zoe@example.org', "
                                                     "'gate-9', 'kiosk', 'someone') RETURNING id")
                                         .arg(flight.id));
    auto offers = WaitlistOfferer(*kiosk).offerOnFlight(flight.id);
    ASSERT_TRUE(offers.ok()) << offers.error().message.toStdString();
    ASSERT_EQ(offers->size(), 1);
    EXPECT_EQ(offers->first().entryId, theirs);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT string_agg(passenger_name || '/' || search_key || '/' || surname_key, ',' "
                                       "ORDER BY id) FROM booking_lines")),
              QStringLiteral("Zoë O'Brien-Smith/zoe obrien smith/obrien smith,Li Wei/li wei/wei"));

    // Its own entry (in business, after the offers): names and contact.
    const QString login = text(*kiosk, QStringLiteral("SELECT session_user"));
    const qint64 own = waitingEntry(login);
    auto read = WaitlistRepository(*kiosk).find(own);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->passengers, QStringList{QStringLiteral("Ada Lovelace")});
    EXPECT_EQ(read->contact.email, QStringLiteral("ada@example.org"));
}

INSTANTIATE_TEST_SUITE_P(Backends, KioskReadsLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
