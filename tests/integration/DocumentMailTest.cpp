// "E-mail it to me" (DocumentMailer, migration 0022) on both databases: the message goes to
// the booking's stored address and nowhere else, names the document and, for boarding
// passes, the passengers checked in; a booking without an address, an unknown reference and
// the hourly limit are refused with their own message and change nothing.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "checkin/CheckInService.h"
#include "notify/DocumentMailer.h"
#include "notify/MessageRenderer.h"
#include "storage/OutboxRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk::test {
namespace {

const QString Email = QStringLiteral("mary.byrne@example.com");
const QString Masked = QString::fromUtf8("m•••@example.com");

class DocumentMailTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }

    Booking confirmed(const QStringList &seats, const QStringList &names, const QString &email = Email)
    {
        return BackendTest::confirmed(seats, names, email);
    }

    static DocumentMailRequest receiptOf(const QString &reference)
    {
        DocumentMailRequest asked;
        asked.reference = reference;
        return asked;
    }

    static DocumentMailRequest passesOf(const QString &reference, const QString &surname)
    {
        DocumentMailRequest asked;
        asked.document = DocumentMailRequest::Document::BoardingPasses;
        asked.reference = reference;
        asked.surname = surname;
        return asked;
    }

    QList<OutboxEntry> requested()
    {
        auto all = OutboxRepository(*db).list(OutboxRepository::Filter::All, 100);
        EXPECT_TRUE(all.ok());
        QList<OutboxEntry> found;
        for (const OutboxEntry &entry : all ? *all : QList<OutboxEntry>{})
            if (entry.kind == QLatin1String("documents_requested"))
                found.prepend(entry); // oldest first
        return found;
    }

    // Everything a refusal must leave as it was.
    QString state() { return dumpDatabase(*db); }
};

TEST_P(DocumentMailTest, TheReceiptGoesToTheBookingsStoredAddress)
{
    const Booking booking = confirmed({QStringLiteral("2A")}, {QStringLiteral("Mary Byrne")});
    DocumentMailer mailer(*service, *db);
    EXPECT_EQ(*mailer.maskedAddress(receiptOf(booking.reference)), Masked);
    auto sent = mailer.send(receiptOf(booking.reference.toLower()));
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    EXPECT_EQ(*sent, Masked);

    const QList<OutboxEntry> rows = requested();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().recipient, Email);
    EXPECT_EQ(rows.first().reference, booking.reference);
    const QJsonObject details = QJsonDocument::fromJson(rows.first().details.toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("document")).toString(), QStringLiteral("receipt"));
    EXPECT_EQ(details.value(QStringLiteral("passengers")).toArray().size(), 1);
    auto message = MessageRenderer::render(rows.first());
    ASSERT_TRUE(message.ok()) << message.error().message.toStdString();
    EXPECT_TRUE(message->subject.startsWith(QStringLiteral("Your receipt for booking %1").arg(booking.reference)));
    EXPECT_EQ(countRows(*db, QStringLiteral("document_requests"), QStringLiteral("actor = 'tester' AND terminal = 'test-terminal'")), 1);
}

TEST_P(DocumentMailTest, BoardingPassesNameThePassengersCheckedIn)
{
    const Booking party = confirmed({QStringLiteral("2A"), QStringLiteral("2B")},
                                    {QStringLiteral("Mary Byrne"), QStringLiteral("Liam Byrne")});
    ASSERT_TRUE(CheckInService(*db, service->actor()).checkIn(party.reference, QStringLiteral("Byrne"),
                                                            {*SeatCode::parse(QStringLiteral("2B"))}).ok());
    DocumentMailer mailer(*service, *db);
    DocumentMailRequest checkedIn = passesOf(party.reference, QStringLiteral("Byrne"));
    checkedIn.seats = {*SeatCode::parse(QStringLiteral("2B"))};
    auto sent = mailer.send(checkedIn);
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    const QList<OutboxEntry> rows = requested();
    ASSERT_EQ(rows.size(), 1);
    const QJsonArray passengers = QJsonDocument::fromJson(rows.first().details.toUtf8()).object()
                                      .value(QStringLiteral("passengers")).toArray();
    ASSERT_EQ(passengers.size(), 1); // 2A is not checked in
    EXPECT_EQ(passengers.first()[QStringLiteral("seat")].toString(), QStringLiteral("2B"));
    EXPECT_EQ(passengers.first()[QStringLiteral("sequence")].toInt(), 1);

    // A passenger not checked in has no boarding pass to send (nor has the whole party, asked
    // for without seats): refused, nothing written.
    const QString before = state();
    DocumentMailRequest notCheckedIn = passesOf(party.reference, QStringLiteral("Byrne"));
    notCheckedIn.seats = {*SeatCode::parse(QStringLiteral("2A"))};
    EXPECT_EQ(mailer.send(passesOf(party.reference, QStringLiteral("Byrne"))).error().code, ErrorCode::WrongState);
    auto refused = mailer.send(notCheckedIn);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::WrongState) << refused.error().message.toStdString();
    EXPECT_EQ(state(), before);
}

TEST_P(DocumentMailTest, NoAddressAnUnknownReferenceAndAWrongSurnameChangeNothing)
{
    const Booking quiet = confirmed({QStringLiteral("3C")}, {QStringLiteral("Ciara Walsh")}, QString());
    const Booking other = confirmed({QStringLiteral("4C")}, {QStringLiteral("Mary Byrne")});
    ASSERT_TRUE(CheckInService(*db, service->actor()).checkIn(other.reference, QStringLiteral("Byrne")).ok());
    DocumentMailer mailer(*service, *db);
    EXPECT_EQ(*mailer.maskedAddress(receiptOf(quiet.reference)), QString()); // not offered
    const QString before = state();

    auto noAddress = mailer.send(receiptOf(quiet.reference));
    ASSERT_FALSE(noAddress.ok());
    EXPECT_EQ(noAddress.error().code, ErrorCode::WrongState);
    EXPECT_EQ(noAddress.error().details, QStringList{QStringLiteral("no_address")});
    EXPECT_EQ(noAddress.error().message,
              QStringLiteral("booking %1 has no e-mail address on file, so nothing can be e-mailed").arg(quiet.reference));
    EXPECT_EQ(state(), before);

    auto unknown = mailer.send(receiptOf(QStringLiteral("ZZZ999")));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound) << unknown.error().message.toStdString();

    auto wrongSurname = mailer.send(passesOf(other.reference, QStringLiteral("Smith")));
    ASSERT_FALSE(wrongSurname.ok());
    EXPECT_EQ(wrongSurname.error().code, ErrorCode::NotFound) << wrongSurname.error().message.toStdString();
    EXPECT_TRUE(requested().isEmpty());
    EXPECT_EQ(countRows(*db, QStringLiteral("document_requests")), 0);
}

TEST_P(DocumentMailTest, TheSameDocumentAtMostThreeTimesAnHour)
{
    const Booking booking = confirmed({QStringLiteral("5A")}, {QStringLiteral("Mary Byrne")});
    ASSERT_TRUE(CheckInService(*db, service->actor()).checkIn(booking.reference, QStringLiteral("Byrne")).ok());
    DocumentMailer mailer(*service, *db);
    for (int i = 0; i < DocumentMailer::MaxPerWindow; ++i)
        ASSERT_TRUE(mailer.send(receiptOf(booking.reference)).ok()) << i;
    const QString before = state();
    auto fourth = mailer.send(receiptOf(booking.reference));
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().code, ErrorCode::LimitReached);
    EXPECT_EQ(fourth.error().details, (QStringList{QStringLiteral("3"), QStringLiteral("60")}));
    EXPECT_EQ(fourth.error().message,
              QStringLiteral("the receipt of booking %1 was e-mailed 3 times in the last 60 minutes already; "
                             "try again in 60 minutes").arg(booking.reference));
    EXPECT_EQ(state(), before);
    // Another document of the booking has its own count.
    EXPECT_TRUE(mailer.send(passesOf(booking.reference, QStringLiteral("Byrne"))).ok());

    // An hour on, the oldest asks have left the window.
    const QString earlier = db->dialect().isPostgres() ? QStringLiteral("requested_at - interval '61 minutes'")
                                                       : QStringLiteral("requested_at - 3660000");
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE document_requests SET requested_at = %1").arg(earlier),
                            QStringLiteral("test")).ok());
    EXPECT_TRUE(mailer.send(receiptOf(booking.reference)).ok());
    EXPECT_EQ(requested().size(), 5);
}

// A kiosk e-mails the receipt of its own sale only, as it shows only that receipt.
TEST_P(DocumentMailTest, AKioskCannotMailAnotherTerminalsReceipt)
{
    const Booking booking = confirmed({QStringLiteral("6A")}, {QStringLiteral("Mary Byrne")});
    BookingService kiosk(*db, gateway, Actor{QStringLiteral("gate-3"), QStringLiteral("kiosk"), Role::Kiosk});
    auto refused = DocumentMailer(kiosk, *db).send(receiptOf(booking.reference));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().code == ErrorCode::NotFound || refused.error().code == ErrorCode::Forbidden)
        << refused.error().message.toStdString();
    EXPECT_TRUE(requested().isEmpty());
}

KIOSK_ON_BOTH_BACKENDS(DocumentMailTest);

} // namespace
} // namespace kiosk::test
