// The notification outbox (issue 19) on both databases, against a real SMTP server
// (aiosmtpd on 127.0.0.1): a committed change is mailed once, a rolled-back one never, a
// server that is down is retried with backoff, one that refuses makes the message dead.
#include "BackendFixture.h"
#include "ServerClock.h"
#include "SmtpSink.h"
#include "SqlProbe.h"
#include "booking/VoucherAdministration.h"
#include "notify/OutboxDispatcher.h"
#include "notify/SmtpSender.h"
#include "storage/BookingRepository.h"
#include "storage/ContactRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Transaction.h"
#include "storage/WaitlistRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk::test {
namespace {

class OutboxTest : public BackendTest {
protected:
    HoldRequest withContact(const QStringList &seats, const QString &email = QStringLiteral("anna@example.com"))
    {
        HoldRequest r = request(seats);
        r.passengers = QStringList(seats.size(), QStringLiteral("Anna Byrne"));
        r.contact = {email, QStringLiteral("+353 1 555 0100")};
        return r;
    }

    Booking confirmedWithContact()
    {
        auto held = service->hold(withContact({QStringLiteral("6A")}));
        EXPECT_TRUE(held.ok()) << (held ? "" : held.error().message.toStdString());
        auto paid = held ? pay(held->reference) : held;
        EXPECT_TRUE(paid.ok());
        return paid ? *paid : Booking{};
    }

    SmtpSettings smtpTo(const SmtpSink &sink, int timeoutSeconds = 5)
    {
        SmtpSettings settings;
        settings.url = sink.url();
        settings.from = QStringLiteral("bookings@kiosk.example");
        settings.timeoutSeconds = timeoutSeconds;
        return settings;
    }

    // Delivers until nothing is due; returns what happened.
    QList<Delivery> drain(OutboxDispatcher &dispatcher)
    {
        QList<Delivery> done;
        for (;;) {
            auto next = dispatcher.deliverNext();
            EXPECT_TRUE(next.ok()) << (next ? "" : next.error().message.toStdString());
            if (!next || !*next)
                return done;
            done.append(**next);
        }
    }

    OutboxEntry only(OutboxRepository::Filter filter = OutboxRepository::Filter::All)
    {
        auto rows = OutboxRepository(*db).list(filter, 10);
        EXPECT_TRUE(rows.ok());
        EXPECT_EQ(rows ? rows->size() : -1, 1);
        return rows && !rows->isEmpty() ? rows->first() : OutboxEntry{};
    }
};

TEST_P(OutboxTest, AConfirmedBookingIsMailedOnceWithBothParts)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    auto held = service->hold(withContact({QStringLiteral("2A"), QStringLiteral("2B")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox")), 0); // a hold is not news yet
    auto paid = pay(held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    ASSERT_EQ(countRows(*db, QStringLiteral("outbox")), 1);

    SmtpSender sender(smtpTo(sink));
    OutboxDispatcher dispatcher(*db, sender, {});
    const QList<Delivery> done = drain(dispatcher);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().outcome, Delivery::Outcome::Sent) << done.first().error.toStdString();
    // The sink writes a message before its 250 and the sender waits for that: all is there.
    const QStringList messages = sink.messages();
    ASSERT_EQ(messages.size(), 1);
    const QString &mail = messages.first();
    const OutboxEntry row = only();
    EXPECT_EQ(row.state, QStringLiteral("sent"));
    EXPECT_EQ(row.attempts, 1);
    EXPECT_EQ(row.messageId, QStringLiteral("<outbox-%1@kiosk.example>").arg(row.id));
    EXPECT_EQ(SmtpSink::header(mail, QStringLiteral("Message-ID")), row.messageId);
    EXPECT_EQ(SmtpSink::header(mail, QStringLiteral("To")), QStringLiteral("<anna@example.com>"));
    EXPECT_TRUE(SmtpSink::header(mail, QStringLiteral("From")).contains(QStringLiteral("<bookings@kiosk.example>")));
    EXPECT_EQ(SmtpSink::header(mail, QStringLiteral("Subject")),
              QStringLiteral("Booking %1 confirmed: flight KX 101").arg(held->reference));
    // libcurl's outer part is multipart/mixed (room for attachments) holding the alternative.
    EXPECT_TRUE(SmtpSink::header(mail, QStringLiteral("Content-Type")).startsWith(QStringLiteral("multipart/mixed")))
        << mail.toStdString();
    EXPECT_TRUE(mail.contains(QStringLiteral("Content-Type: multipart/alternative")));
    EXPECT_TRUE(mail.contains(QStringLiteral("Content-Type: text/plain; charset=utf-8")));
    EXPECT_TRUE(mail.contains(QStringLiteral("Content-Type: text/html; charset=utf-8")));
    // The parts are quoted-printable: undo its soft line breaks and encoded newlines.
    const QString decoded = QString(mail).remove(QStringLiteral("=\r\n")).replace(QStringLiteral("=0A"), QStringLiteral("\n"));
    EXPECT_TRUE(decoded.contains(QStringLiteral("\nAnna Byrne, seat 2A\n")));
    EXPECT_TRUE(decoded.contains(QStringLiteral("<li>Anna Byrne, seat 2B</li>")));
    EXPECT_TRUE(decoded.contains(QStringLiteral("EUR 98.00")));
    // Nothing more is due: the row is sent and stays sent.
    EXPECT_TRUE(drain(dispatcher).isEmpty());
}

// With a voucher the confirmation says what was paid beside the price.
TEST_P(OutboxTest, TheConfirmationCarriesTheAmountPaidAndTheDiscount)
{
    VoucherTerms terms;
    terms.percent = 20;
    ASSERT_TRUE(VoucherAdministration(*db, service->actor()).create(QStringLiteral("FIFTH26"), terms).ok());
    auto held = service->hold(withContact({QStringLiteral("4A"), QStringLiteral("4B")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = waitFor(service->submitPayment(held->reference, card(), QStringLiteral("fifth26")), 30000);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    const OutboxEntry row = only();
    const QJsonObject details = QJsonDocument::fromJson(row.details.toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("total_minor")).toInteger(), 9800);
    EXPECT_EQ(details.value(QStringLiteral("paid_minor")).toInteger(), 7840) << row.details.toStdString();
    EXPECT_EQ(details.value(QStringLiteral("discount_minor")).toInteger(), 1960);
}

TEST_P(OutboxTest, ARolledBackChangeWritesNoRowAndACommittedOneDoes)
{
    auto held = service->hold(withContact({QStringLiteral("3A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const Actor actor{QStringLiteral("test-terminal"), QStringLiteral("tester"), Role::Admin};
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.ok());
        ASSERT_TRUE(BookingRepository(*db).transition(held->id, BookingState::SeatHeld, BookingState::Cancelled, actor,
                                                      QStringLiteral("test")).ok());
        transaction->rollback();
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox")), 0);
    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    ASSERT_TRUE(BookingRepository(*db).transition(held->id, BookingState::SeatHeld, BookingState::Cancelled, actor,
                                                  QStringLiteral("test")).ok());
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'booking_cancelled'")), 1);
}

TEST_P(OutboxTest, ABookingWithoutAnAddressWritesNoRow)
{
    HoldRequest r = request({QStringLiteral("4A")});
    r.contact.phone = QStringLiteral("+44 20 7946 0000");
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_TRUE(pay(held->reference).ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox")), 0);
    auto stored = ContactRepository(*db).find(held->id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->phone, QStringLiteral("+442079460000"));
    EXPECT_TRUE(stored->email.isEmpty());
}

TEST_P(OutboxTest, AMalformedAddressHoldsNothing)
{
    auto held = service->hold(withContact({QStringLiteral("5A")}, QStringLiteral("anna at example.com")));
    ASSERT_FALSE(held.ok());
    EXPECT_EQ(held.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(held.error().message.contains(QStringLiteral("not an e-mail address")));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);
}

TEST_P(OutboxTest, AServerThatIsDownIsRetriedWithBackoffThenDelivered)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const int port = sink.port();
    sink.stop(); // the port is known, nothing listens on it
    confirmedWithContact();
    SmtpSender sender(smtpTo(sink, 2));
    OutboxDispatcher dispatcher(*db, sender, {8, 1, 2});
    QList<Delivery> done = drain(dispatcher);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().outcome, Delivery::Outcome::Retry);
    EXPECT_EQ(done.first().retryInSeconds, 1);
    EXPECT_TRUE(done.first().error.contains(QStringLiteral("127.0.0.1:%1").arg(port))) << done.first().error.toStdString();
    OutboxEntry row = only(OutboxRepository::Filter::Failed);
    EXPECT_EQ(row.state, QStringLiteral("pending"));
    EXPECT_EQ(row.attempts, 1);
    EXPECT_FALSE(row.lastError.isEmpty());
    EXPECT_TRUE(drain(dispatcher).isEmpty()); // not due before its backoff

    makeOutboxDue(*db); // the backoff waited out
    done = drain(dispatcher); // still down: the second wait doubles (to the cap)
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().outcome, Delivery::Outcome::Retry);
    EXPECT_EQ(done.first().retryInSeconds, 2);

    ASSERT_TRUE(sink.start(SmtpSink::Mode::Accept, port)) << sink.error().toStdString();
    makeOutboxDue(*db); // the doubled backoff waited out
    done = drain(dispatcher);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().outcome, Delivery::Outcome::Sent) << done.first().error.toStdString();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_EQ(sink.messages().size(), 1);
    row = only();
    EXPECT_EQ(row.state, QStringLiteral("sent"));
    EXPECT_EQ(row.attempts, 3);
}

TEST_P(OutboxTest, ARefusingServerMakesTheMessageDeadAfterMaxAttemptsAndRetryRevivesIt)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start(SmtpSink::Mode::Refuse)) << sink.error().toStdString();
    confirmedWithContact();
    SmtpSender sender(smtpTo(sink));
    OutboxDispatcher dispatcher(*db, sender, {3, 1, 1});
    QList<Delivery> all;
    for (int round = 0; round < 3; ++round) {
        all += drain(dispatcher);
        if (round < 2)
            makeOutboxDue(*db); // the backoff waited out
    }
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).outcome, Delivery::Outcome::Retry);
    EXPECT_EQ(all.at(1).outcome, Delivery::Outcome::Retry);
    EXPECT_EQ(all.at(2).outcome, Delivery::Outcome::Dead);
    EXPECT_TRUE(all.at(2).error.contains(QStringLiteral("550"))) << all.at(2).error.toStdString();
    EXPECT_TRUE(drain(dispatcher).isEmpty());
    OutboxEntry row = only(OutboxRepository::Filter::Failed);
    EXPECT_EQ(row.state, QStringLiteral("dead"));
    EXPECT_EQ(row.attempts, 3);
    EXPECT_TRUE(sink.messages().isEmpty());

    ASSERT_TRUE(sink.start(SmtpSink::Mode::Accept, sink.port())) << sink.error().toStdString();
    ASSERT_TRUE(OutboxRepository(*db).retry(row.id).ok());
    const QList<Delivery> revived = drain(dispatcher);
    ASSERT_EQ(revived.size(), 1);
    EXPECT_EQ(revived.first().outcome, Delivery::Outcome::Sent);
    EXPECT_EQ(OutboxRepository(*db).retry(row.id).error().code, ErrorCode::WrongState);
    EXPECT_EQ(OutboxRepository(*db).retry(row.id + 1000).error().code, ErrorCode::NotFound);
}

TEST_P(OutboxTest, PurgeRemovesContactDetailsAndMessagesOfTravelledBookingsOnly)
{
    confirmedWithContact();
    ASSERT_EQ(countRows(*db, QStringLiteral("outbox")), 1);
    auto entry = WaitlistRepository(*db).insert(flight.id,
                                                WaitlistRequest{FlightRef::byId(flight.id), QLatin1Char('Y'),
                                                                {QStringLiteral("Lea Roth")},
                                                                {QStringLiteral("lea@example.org"), QString()}},
                                                service->actor());
    ASSERT_TRUE(entry.ok() && entry->has_value());
    auto purged = ContactRepository(*db).purgeTravelled(30);
    ASSERT_TRUE(purged.ok());
    EXPECT_EQ(purged->bookings, 0); // the flight has not flown yet
    EXPECT_EQ(purged->waitlistEntries, 0);
    // The flight landed 31 days ago.
    QSqlQuery move(db->connection());
    const QString back = db->dialect().isPostgres() ? QStringLiteral("%1 - interval '40 days'")
                                                    : QStringLiteral("%1 - 40 * 86400000");
    ASSERT_TRUE(move.exec(QStringLiteral("UPDATE flights SET departure_at = %1, arrival_at = %2")
                              .arg(back.arg(QStringLiteral("departure_at")), back.arg(QStringLiteral("arrival_at")))))
        << move.lastError().text().toStdString();
    purged = ContactRepository(*db).purgeTravelled(30);
    ASSERT_TRUE(purged.ok()) << purged.error().message.toStdString();
    EXPECT_EQ(purged->bookings, 1);
    EXPECT_EQ(purged->outboxMessages, 1);
    EXPECT_EQ(purged->waitlistEntries, 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("waitlist")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("contact_email IS NOT NULL OR contact_phone IS NOT NULL")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox")), 0);
}

KIOSK_ON_BOTH_BACKENDS(OutboxTest);

} // namespace
} // namespace kiosk::test
