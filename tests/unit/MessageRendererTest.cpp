// The outbox's messages as the traveller reads them: the check-in and the disruption
// messages in plain text and HTML, the times in local time, what to do; the older kinds
// unchanged.
#include "notify/MessageRenderer.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

// Mon 1 Jun 2026 07:00Z (08:00 in Dublin), arriving 08:20Z (09:20 in London).
constexpr qint64 Departure = 1780297200000;
constexpr qint64 Arrival = 1780302000000;
constexpr qint64 TwoHours = 2 * 3600 * 1000;

OutboxEntry entry(const QString &kind, const QString &details)
{
    OutboxEntry e;
    e.id = 7;
    e.kind = kind;
    e.reference = QStringLiteral("ABC234");
    e.recipient = QStringLiteral("anna@example.com");
    e.details = details;
    return e;
}

QString flightJson(qint64 departure, qint64 arrival, bool cancelled, const QString &changes)
{
    return QStringLiteral(R"({"flight": "KX 101", "origin": "DUB", "destination": "LHR", "departure_ms": %1,
        "arrival_ms": %2, "time_zone": "Europe/Dublin", "arrival_time_zone": "Europe/London", "cancelled": %3,
        "changes": [%4]})")
        .arg(departure)
        .arg(arrival)
        .arg(cancelled ? QStringLiteral("true") : QStringLiteral("false"), changes);
}

QString retimed(qint64 oldDeparture, qint64 oldArrival)
{
    return QStringLiteral(R"({"kind": "RETIMED", "passenger": null, "old_seat": null, "new_seat": null,
        "old_departure_ms": %1, "old_arrival_ms": %2, "old_destination": null})")
        .arg(oldDeparture)
        .arg(oldArrival);
}

RenderedMessage rendered(const OutboxEntry &e)
{
    auto message = MessageRenderer::render(e);
    EXPECT_TRUE(message.ok()) << (message ? "" : message.error().message.toStdString());
    return message ? *message : RenderedMessage{};
}

} // namespace

TEST(MessageRenderer, ACheckInNamesEachPassengerSeatAndBoardingNumber)
{
    const RenderedMessage m = rendered(entry(QStringLiteral("booking_checked_in"), QStringLiteral(R"(
        {"flight": "KX 101", "origin": "DUB", "destination": "LHR", "departure_ms": 1780297200000,
         "time_zone": "Europe/Dublin", "passengers": [{"name": "Anna Byrne", "seat": "2A", "sequence": 1},
                                                      {"name": "Liam <Byrne>", "seat": "2B", "sequence": 2}]})")));
    EXPECT_EQ(m.subject, QStringLiteral("Checked in for flight KX 101 (booking ABC234)"));
    EXPECT_EQ(m.text, QStringLiteral("You are checked in for flight KX 101 (booking ABC234).\n\n"
                                     "Flight KX 101 from DUB to LHR, departing Mon 1 Jun 2026 08:00 (local time).\n\n"
                                     "Checked in:\n"
                                     "Anna Byrne, seat 2A, boarding number 1\n"
                                     "Liam <Byrne>, seat 2B, boarding number 2\n\n"
                                     "The boarding passes are in the PDF attached, one page per passenger: print them "
                                     "or show them at security and at the gate. Any kiosk prints them again with the "
                                     "reference ABC234.\n"));
    EXPECT_TRUE(m.html.contains(QStringLiteral("<li>Liam &lt;Byrne&gt;, seat 2B, boarding number 2</li>")));
    EXPECT_TRUE(m.html.contains(QStringLiteral("<h1>You are checked in for flight KX 101 (booking ABC234).</h1>")));
    EXPECT_TRUE(m.attachments.isEmpty()); // the dispatcher's, not the renderer's
}

TEST(MessageRenderer, ARetimeSaysTheNewAndTheOldLocalTimesAndWhatToDo)
{
    const RenderedMessage m = rendered(entry(QStringLiteral("flight_disrupted"),
                                             flightJson(Departure + TwoHours, Arrival + TwoHours, false,
                                                        retimed(Departure, Arrival))));
    EXPECT_EQ(m.subject, QStringLiteral("Flight KX 101 changed (booking ABC234)"));
    EXPECT_TRUE(m.text.contains(QStringLiteral("What changed:\nNew times: departing Mon 1 Jun 2026 10:00 (was Mon 1 Jun "
                                               "2026 08:00), arriving Mon 1 Jun 2026 11:20 (was Mon 1 Jun 2026 09:20), "
                                               "local times.\n")))
        << m.text.toStdString();
    EXPECT_TRUE(m.text.contains(QStringLiteral("If the new times do not suit you, contact the airline's desk with the "
                                               "reference ABC234")));
    EXPECT_TRUE(m.html.contains(QStringLiteral("<li>New times: departing Mon 1 Jun 2026 10:00")));
}

TEST(MessageRenderer, ACancellationAfterARetimeSaysBothAndSendsTravellersToTheDesk)
{
    const QString changes = retimed(Departure, Arrival) + QStringLiteral(R"(, {"kind": "CANCELLED"})");
    const RenderedMessage m = rendered(
        entry(QStringLiteral("flight_disrupted"), flightJson(Departure + TwoHours, Arrival + TwoHours, true, changes)));
    EXPECT_EQ(m.subject, QStringLiteral("Flight KX 101 cancelled (booking ABC234)"));
    EXPECT_TRUE(m.text.startsWith(QStringLiteral("Flight KX 101 of your booking ABC234 has been cancelled.\n")));
    EXPECT_TRUE(m.text.contains(QStringLiteral("departing Mon 1 Jun 2026 10:00 (was Mon 1 Jun 2026 08:00)")));
    EXPECT_TRUE(m.text.contains(QStringLiteral("\nThe flight is cancelled.\n")));
    EXPECT_TRUE(m.text.contains(QStringLiteral("contact the airline's desk with the reference ABC234 to be rebooked or "
                                               "refunded")));
}

TEST(MessageRenderer, TwoRetimesEachSayTheirOwnTimes)
{
    const QString changes = retimed(Departure, Arrival) + QStringLiteral(", ")
        + retimed(Departure + TwoHours / 2, Arrival + TwoHours / 2);
    const RenderedMessage m = rendered(
        entry(QStringLiteral("flight_disrupted"), flightJson(Departure + TwoHours, Arrival + TwoHours, false, changes)));
    EXPECT_TRUE(m.text.contains(QStringLiteral("departing Mon 1 Jun 2026 09:00 (was Mon 1 Jun 2026 08:00)")))
        << m.text.toStdString();
    EXPECT_TRUE(m.text.contains(QStringLiteral("departing Mon 1 Jun 2026 10:00 (was Mon 1 Jun 2026 09:00)")));
}

TEST(MessageRenderer, SeatsMovedByAnAircraftChangeAreListedPassengerByPassenger)
{
    const QString changes = QStringLiteral(
        R"({"kind": "SEAT_MOVED", "passenger": "Anna Byrne", "old_seat": "29A", "new_seat": "14A"},
           {"kind": "SEAT_MOVED", "passenger": "Liam Byrne", "old_seat": "29B", "new_seat": "14B"})");
    const RenderedMessage m =
        rendered(entry(QStringLiteral("flight_disrupted"), flightJson(Departure, Arrival, false, changes)));
    EXPECT_TRUE(m.text.contains(QStringLiteral("The aircraft was changed: Anna Byrne moves from seat 29A to seat 14A.\n"
                                               "The aircraft was changed: Liam Byrne moves from seat 29B to seat 14B.\n")))
        << m.text.toStdString();
    EXPECT_TRUE(m.text.contains(QStringLiteral("Any kiosk shows your seats with the reference ABC234")));

    const QString noSeat = changes
        + QStringLiteral(R"(, {"kind": "NO_SEAT", "passenger": "Ciara Byrne", "old_seat": "29C", "new_seat": null})");
    const RenderedMessage desk =
        rendered(entry(QStringLiteral("flight_disrupted"), flightJson(Departure, Arrival, false, noSeat)));
    EXPECT_TRUE(desk.text.contains(QStringLiteral("seat 29C of Ciara Byrne is not on it")));
    EXPECT_TRUE(desk.text.contains(QStringLiteral("Please see the airline's desk with the reference ABC234 before you "
                                                  "travel")));
}

TEST(MessageRenderer, TheConfirmationReadsAsBefore)
{
    const RenderedMessage m = rendered(entry(QStringLiteral("booking_confirmed"), QStringLiteral(R"(
        {"flight": "KX 101", "origin": "DUB", "destination": "LHR", "departure_ms": 1780297200000,
         "time_zone": "Europe/Dublin", "total_minor": 9800, "currency": "EUR", "paid_minor": 9800,
         "passengers": [{"name": "Anna Byrne", "seat": "2A"}]})")));
    EXPECT_EQ(m.subject, QStringLiteral("Booking ABC234 confirmed: flight KX 101"));
    EXPECT_EQ(m.text, QStringLiteral("Your booking ABC234 is confirmed.\n\n"
                                     "Flight KX 101 from DUB to LHR, departing Mon 1 Jun 2026 08:00 (local time).\n\n"
                                     "Passengers:\nAnna Byrne, seat 2A\n\n"
                                     "Booking total: EUR 98.00\n\n"
                                     "Show the reference ABC234 at any kiosk or desk.\n"));
    EXPECT_EQ(m.html, QStringLiteral("<!DOCTYPE html>\n<html><body>\n<h1>Your booking ABC234 is confirmed.</h1>\n"
                                     "<p>Flight KX 101 from DUB to LHR, departing Mon 1 Jun 2026 08:00 (local time).</p>\n"
                                     "<ul>\n<li>Anna Byrne, seat 2A</li>\n</ul>\n<p>Booking total: EUR 98.00</p>\n"
                                     "<p>Show the reference ABC234 at any kiosk or desk.</p>\n</body></html>\n"));
}

TEST(MessageRenderer, UnreadableDetailsAreBadInput)
{
    auto message = MessageRenderer::render(entry(QStringLiteral("flight_disrupted"), QStringLiteral("{not json")));
    ASSERT_FALSE(message.ok());
    EXPECT_EQ(message.error().code, ErrorCode::BadInput);
}

// "E-mail it to me": the document asked for, who it is for, and that it only ever goes here.
TEST(MessageRenderer, ADocumentAskedForSaysWhichAndThatItGoesOnlyToThisAddress)
{
    const QString flight = QStringLiteral(R"("flight": "KX 101", "origin": "DUB", "destination": "LHR",
        "departure_ms": 1780297200000, "time_zone": "Europe/Dublin")");
    const RenderedMessage receipt = rendered(entry(QStringLiteral("documents_requested"), QStringLiteral(R"(
        {"document": "receipt", %1, "passengers": [{"name": "Anna Byrne", "seat": "2A", "sequence": null}]})").arg(flight)));
    EXPECT_EQ(receipt.subject, QStringLiteral("Your receipt for booking ABC234 (flight KX 101)"));
    EXPECT_TRUE(receipt.text.contains(QStringLiteral("Anna Byrne, seat 2A\n"))) << receipt.text.toStdString();
    EXPECT_TRUE(receipt.text.contains(QStringLiteral("The receipt is in the PDF attached.")));
    EXPECT_TRUE(receipt.text.contains(QStringLiteral("it is only ever sent to this address")));

    const RenderedMessage passes = rendered(entry(QStringLiteral("documents_requested"), QStringLiteral(R"(
        {"document": "boarding_pass", %1, "passengers": [{"name": "Anna Byrne", "seat": "2A", "sequence": 4}]})").arg(flight)));
    EXPECT_EQ(passes.subject, QStringLiteral("Your boarding passes for flight KX 101 (booking ABC234)"));
    EXPECT_TRUE(passes.text.contains(QStringLiteral("Anna Byrne, seat 2A, boarding number 4")));
    EXPECT_TRUE(passes.html.contains(QStringLiteral("boarding number 4")));
}
