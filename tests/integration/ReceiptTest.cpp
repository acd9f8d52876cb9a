// A booking's receipt on both databases: what it gathers (passengers, prices, the card's
// brand and last four, the policy in force, the airline), and who may have it.
#include "BackendFixture.h"

#include "booking/ReceiptBuilder.h"
#include "storage/CheckInRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ReceiptTest : public BackendTest {};

TEST_P(ReceiptTest, APaidBookingsReceiptHasItsPassengersCardPolicyAndAirline)
{
    auto r = request({QStringLiteral("2A"), QStringLiteral("2B")});
    r.passengers = {QString::fromUtf8("Anna Müller"), QStringLiteral("Ada Lovelace")};
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_TRUE(pay(held->reference).ok());
    CheckInRepository airlines(*db);
    ASSERT_TRUE(airlines.saveAirline(QStringLiteral("KX"), QStringLiteral("999"), QStringLiteral("Kestrel Air")).ok());
    ASSERT_TRUE(airlines.saveAirlineAddress(QStringLiteral("KX"), QStringLiteral("1 Runway Road\nDublin")).ok());

    auto receipt = ReceiptBuilder(*service, *db).build(held->reference.toLower());
    ASSERT_TRUE(receipt.ok()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->booking.reference, held->reference);
    ASSERT_EQ(receipt->booking.passengers.size(), 2);
    EXPECT_EQ(receipt->booking.passengers.at(0).name, QString::fromUtf8("Anna Müller"));
    EXPECT_EQ(receipt->flight.designator(), QStringLiteral("KX101"));
    EXPECT_EQ(receipt->origin.iata, QStringLiteral("DUB"));
    EXPECT_EQ(receipt->destination.iata, QStringLiteral("LHR"));
    ASSERT_EQ(receipt->payments.size(), 1);
    EXPECT_EQ(receipt->payments.first().cardBrand, QStringLiteral("visa"));
    EXPECT_EQ(receipt->payments.first().cardLast4, QStringLiteral("4242"));
    EXPECT_EQ(receipt->payments.first().captured, held->total);
    ASSERT_EQ(receipt->cancellationPolicy.size(), 1);
    EXPECT_TRUE(receipt->cancellationPolicy.first().startsWith(QStringLiteral("economy: more than ")))
        << receipt->cancellationPolicy.first().toStdString();
    EXPECT_EQ(receipt->airlineName, QStringLiteral("Kestrel Air"));
    EXPECT_EQ(receipt->airlineAddress, QStringLiteral("1 Runway Road\nDublin"));
    EXPECT_TRUE(receipt->issuedUtc.isValid());
}

TEST_P(ReceiptTest, AnUnpaidBookingHasNoReceiptAndAnotherKiosksBookingIsRefused)
{
    auto r = request({QStringLiteral("3A")});
    r.passengers = {QStringLiteral("Ada Lovelace")};
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok());
    auto unpaid = ReceiptBuilder(*service, *db).build(held->reference);
    ASSERT_FALSE(unpaid.ok());
    EXPECT_EQ(unpaid.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(unpaid.error().message.contains(QStringLiteral("never paid"))) << unpaid.error().message.toStdString();
    ASSERT_TRUE(pay(held->reference).ok());
    // No airline on file: the designator stands in for the name.
    EXPECT_EQ(ReceiptBuilder(*service, *db).build(held->reference)->airlineName, QStringLiteral("KX"));

    BookingService otherKiosk(*db, gateway, Actor{QStringLiteral("kiosk-9"), QStringLiteral("kiosk"), Role::Kiosk});
    auto refused = ReceiptBuilder(otherKiosk, *db).build(held->reference);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

KIOSK_ON_BOTH_BACKENDS(ReceiptTest);

} // namespace
