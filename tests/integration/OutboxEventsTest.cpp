// The outbox's check-in and disruption messages (issue 19) on both databases, and documents
// attached to messages on their way to a real SMTP server (aiosmtpd on 127.0.0.1): written
// by the database in the transaction of the change, one per booking and check-in, the
// changes of a schedule import with the times before and after; a document that cannot be
// made never holds its message back.
#include "BackendFixture.h"
#include "SmtpSink.h"
#include "SqlProbe.h"
#include "SsimBuilder.h"
#include "checkin/CheckInService.h"
#include "notify/OutboxDispatcher.h"
#include "notify/SmtpSender.h"
#include "schedule/ScheduleImporter.h"
#include "storage/CheckInRepository.h"
#include "storage/FlightRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kiosk::test {
namespace {

const QString Email = QStringLiteral("anna@example.com");

QJsonObject detailsOf(const OutboxEntry &entry)
{
    return QJsonDocument::fromJson(entry.details.toUtf8()).object();
}

// Documents on demand: bytes that start like a PDF, or the error a purged booking gives.
class FakeDocuments : public AttachmentProvider {
public:
    bool fail = false;
    QStringList asked;
    Result<QList<MailAttachment>> attachmentsFor(const OutboxEntry &entry) override
    {
        asked << entry.kind;
        if (fail)
            return makeError(ErrorCode::NotFound, QStringLiteral("booking %1 is gone").arg(entry.reference));
        return QList<MailAttachment>{{QStringLiteral("receipt-%1.pdf").arg(entry.reference), "application/pdf",
                                      QByteArray("%PDF-1.4\n") + QByteArray(3000, 'x') + "\n%%EOF\n"}};
    }
};

class OutboxEventsTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }

    Booking confirmed(const QStringList &seats, const QStringList &names, const QString &email = Email)
    {
        return BackendTest::confirmed(seats, names, email);
    }

    QList<OutboxEntry> rows(const QString &kind)
    {
        auto all = OutboxRepository(*db).list(OutboxRepository::Filter::All, 100);
        EXPECT_TRUE(all.ok());
        QList<OutboxEntry> found;
        for (const OutboxEntry &entry : all ? *all : QList<OutboxEntry>{})
            if (entry.kind == kind)
                found.prepend(entry); // oldest first
        return found;
    }

    SmtpSettings smtpTo(const SmtpSink &sink)
    {
        SmtpSettings settings;
        settings.url = sink.url();
        settings.from = QStringLiteral("bookings@kiosk.example");
        settings.timeoutSeconds = 5;
        return settings;
    }

    Actor agent{QStringLiteral("desk-1"), QStringLiteral("agnes"), Role::Agent};
};

TEST_P(OutboxEventsTest, CheckingInAPartyWritesOneMessageNamingEverySeatAndBoardingNumber)
{
    const Booking party = confirmed({QStringLiteral("2A"), QStringLiteral("2B")},
                                    {QStringLiteral("Anna Byrne"), QStringLiteral("Liam Byrne")});
    const Booking quiet = confirmed({QStringLiteral("5C")}, {QStringLiteral("Ciara Walsh")}, QString());
    ASSERT_EQ(rows(QStringLiteral("booking_confirmed")).size(), 1);

    CheckInService checkIns(*db, agent);
    auto passes = checkIns.checkIn(party.reference, QStringLiteral("Byrne"));
    ASSERT_TRUE(passes.ok()) << passes.error().message.toStdString();
    ASSERT_TRUE(checkIns.checkIn(quiet.reference, QStringLiteral("Walsh")).ok()); // no address: no message

    const QList<OutboxEntry> checkedIn = rows(QStringLiteral("booking_checked_in"));
    ASSERT_EQ(checkedIn.size(), 1);
    EXPECT_EQ(checkedIn.first().reference, party.reference);
    EXPECT_EQ(checkedIn.first().recipient, Email);
    const QJsonObject details = detailsOf(checkedIn.first());
    EXPECT_EQ(details.value(QStringLiteral("flight")).toString(), QStringLiteral("KX 101"));
    const QJsonArray passengers = details.value(QStringLiteral("passengers")).toArray();
    ASSERT_EQ(passengers.size(), 2) << checkedIn.first().details.toStdString();
    EXPECT_EQ(passengers.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Anna Byrne"));
    EXPECT_EQ(passengers.at(0)[QStringLiteral("seat")].toString(), QStringLiteral("2A"));
    EXPECT_EQ(passengers.at(0)[QStringLiteral("sequence")].toInt(), 1);
    EXPECT_EQ(passengers.at(1)[QStringLiteral("seat")].toString(), QStringLiteral("2B"));
    EXPECT_EQ(passengers.at(1)[QStringLiteral("sequence")].toInt(), 2);

    // The same passes again are no check-in and no message.
    ASSERT_TRUE(checkIns.checkIn(party.reference, QStringLiteral("Byrne")).ok());
    EXPECT_EQ(rows(QStringLiteral("booking_checked_in")).size(), 1);
}

TEST_P(OutboxEventsTest, ARolledBackCheckInWritesNoMessageAndALaterOneNamesOnlyItsPassenger)
{
    const Booking party = confirmed({QStringLiteral("3A"), QStringLiteral("3B")},
                                    {QStringLiteral("Anna Byrne"), QStringLiteral("Liam Byrne")});
    auto booking = service->find(party.reference);
    ASSERT_TRUE(booking.ok());
    {
        auto transaction = Transaction::begin(*db);
        ASSERT_TRUE(transaction.ok());
        CheckInRepository checkIns(*db);
        auto last = checkIns.lockSequence(flight.id);
        ASSERT_TRUE(last.ok()) << last.error().message.toStdString();
        ASSERT_TRUE(checkIns.insert(booking->passengers.first().lineId, flight.id, *last + 1, agent).ok());
        ASSERT_TRUE(checkIns.storeSequence(flight.id, *last + 1).ok());
        EXPECT_EQ(rows(QStringLiteral("booking_checked_in")).size(), 1); // inside the transaction
        transaction->rollback();
    }
    EXPECT_EQ(rows(QStringLiteral("booking_checked_in")).size(), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("check_ins")), 0);

    CheckInService checkIns(*db, agent);
    ASSERT_TRUE(checkIns.checkIn(party.reference, QStringLiteral("Byrne"), {*SeatCode::parse(QStringLiteral("3B"))}).ok());
    ASSERT_TRUE(checkIns.checkIn(party.reference, QStringLiteral("Byrne")).ok());
    const QList<OutboxEntry> checkedIn = rows(QStringLiteral("booking_checked_in"));
    ASSERT_EQ(checkedIn.size(), 2);
    const QJsonArray first = detailsOf(checkedIn.at(0)).value(QStringLiteral("passengers")).toArray();
    const QJsonArray second = detailsOf(checkedIn.at(1)).value(QStringLiteral("passengers")).toArray();
    ASSERT_EQ(first.size(), 1);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(first.at(0)[QStringLiteral("seat")].toString(), QStringLiteral("3B"));
    EXPECT_EQ(second.at(0)[QStringLiteral("seat")].toString(), QStringLiteral("3A"));
    EXPECT_EQ(second.at(0)[QStringLiteral("sequence")].toInt(), 2);
}

TEST_P(OutboxEventsTest, AScheduleChangeMailsWhatChangedAndLaterChangesJoinTheUnsentMessage)
{
    const Actor admin{QStringLiteral("test-terminal"), QStringLiteral("planner"), Role::Admin};
    const QDate firstDay = QDate::currentDate().addDays(10); // inside the sales horizon: on sale
    SsimBuilder::Leg leg;
    leg.number = QStringLiteral("100");
    leg.from = QLocale::c().toString(firstDay, QStringLiteral("ddMMMyy")).toUpper();
    leg.to = QLocale::c().toString(firstDay.addDays(2), QStringLiteral("ddMMMyy")).toUpper();
    const auto import = [&](const SsimBuilder::Leg &l) {
        auto summary = ScheduleImporter(*db, admin).importSsim(SsimBuilder().add(l).build(), ImportOptions{});
        EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().message.toStdString());
    };
    import(leg);
    auto second = FlightRepository(*db).find(FlightRef{0, QStringLiteral("XX"), 100, firstDay.addDays(1)});
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    HoldRequest r;
    r.flight = FlightRef::byId(second->id);
    r.seats = {*SeatCode::parse(QStringLiteral("20A"))};
    r.contact.email = Email;
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_TRUE(pay(held->reference).ok());
    r.seats = {*SeatCode::parse(QStringLiteral("20B"))};
    r.contact.email.clear();
    ASSERT_TRUE(service->hold(r).ok()); // no address: disrupted, not mailed

    SsimBuilder::Leg later = leg; // two hours later
    later.departure = QStringLiteral("1000"), later.arrival = QStringLiteral("1120");
    import(later);
    QList<OutboxEntry> disrupted = rows(QStringLiteral("flight_disrupted"));
    ASSERT_EQ(disrupted.size(), 1);
    EXPECT_EQ(disrupted.first().reference, held->reference);
    QJsonObject details = detailsOf(disrupted.first());
    QJsonArray changes = details.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 1) << disrupted.first().details.toStdString();
    EXPECT_EQ(changes.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("RETIMED"));
    EXPECT_EQ(changes.at(0)[QStringLiteral("old_departure_ms")].toInteger(),
              second->departureUtc.toMSecsSinceEpoch());
    EXPECT_EQ(changes.at(0)[QStringLiteral("old_arrival_ms")].toInteger(), second->arrivalUtc.toMSecsSinceEpoch());
    EXPECT_EQ(details.value(QStringLiteral("departure_ms")).toInteger(),
              second->departureUtc.addSecs(2 * 3600).toMSecsSinceEpoch());
    EXPECT_FALSE(details.value(QStringLiteral("cancelled")).toBool());

    // The leg goes from the schedule before the message went out: one message says both.
    SsimBuilder::Leg without = later;
    without.days = QStringLiteral("       ");
    for (const QDate &day : {firstDay, firstDay.addDays(2)})
        without.days[day.dayOfWeek() - 1] = QChar('0' + day.dayOfWeek());
    import(without);
    disrupted = rows(QStringLiteral("flight_disrupted"));
    ASSERT_EQ(disrupted.size(), 1);
    details = detailsOf(disrupted.first());
    changes = details.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 2) << disrupted.first().details.toStdString();
    EXPECT_EQ(changes.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("CANCELLED"));
    EXPECT_TRUE(details.value(QStringLiteral("cancelled")).toBool());
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions")), 4); // two bookings, two changes
}

// A hold on a flight an import cancels: one mail, the disruption's, saying the hold was
// released (not also "booking cancelled"), through a real SMTP server. A hold its traveller
// cancels on a flight still flying is mailed as a cancellation, as before.
TEST_P(OutboxEventsTest, AHoldOnAFlightTheImportCancelsGetsOneMailSayingTheHoldWasReleased)
{
    const Actor admin{QStringLiteral("test-terminal"), QStringLiteral("planner"), Role::Admin};
    const QDate firstDay = QDate::currentDate().addDays(10); // inside the sales horizon: on sale
    SsimBuilder::Leg leg;
    leg.number = QStringLiteral("100");
    leg.from = QLocale::c().toString(firstDay, QStringLiteral("ddMMMyy")).toUpper();
    leg.to = QLocale::c().toString(firstDay.addDays(2), QStringLiteral("ddMMMyy")).toUpper();
    const auto import = [&](const SsimBuilder::Leg &l) {
        auto summary = ScheduleImporter(*db, admin).importSsim(SsimBuilder().add(l).build(), ImportOptions{});
        EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().message.toStdString());
    };
    import(leg);
    const auto holdOn = [&](int day, const QString &seat) {
        auto onDay = FlightRepository(*db).find(FlightRef{0, QStringLiteral("XX"), 100, firstDay.addDays(day)});
        EXPECT_TRUE(onDay.ok());
        HoldRequest r;
        r.flight = FlightRef::byId(onDay ? onDay->id : 0);
        r.seats = {*SeatCode::parse(seat)};
        r.contact.email = Email;
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << (held ? "" : held.error().message.toStdString());
        return held ? held->reference : QString();
    };
    const QString released = holdOn(1, QStringLiteral("20A"));
    const QString withdrawn = holdOn(2, QStringLiteral("20A"));
    ASSERT_TRUE(service->cancel(withdrawn, QStringLiteral("changed my mind")).ok());

    SsimBuilder::Leg without = leg; // the middle day goes from the schedule
    without.days = QStringLiteral("       ");
    for (const QDate &day : {firstDay, firstDay.addDays(2)})
        without.days[day.dayOfWeek() - 1] = QChar('0' + day.dayOfWeek());
    import(without);
    auto booking = service->find(released);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Cancelled);

    QStringList cancelledMails;
    for (const OutboxEntry &entry : rows(QStringLiteral("booking_cancelled")))
        cancelledMails << entry.reference;
    EXPECT_EQ(cancelledMails, QStringList{withdrawn});
    const QList<OutboxEntry> disrupted = rows(QStringLiteral("flight_disrupted"));
    ASSERT_EQ(disrupted.size(), 1);
    EXPECT_EQ(disrupted.first().reference, released);
    EXPECT_TRUE(detailsOf(disrupted.first()).value(QStringLiteral("hold_released")).toBool())
        << disrupted.first().details.toStdString();

    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    SmtpSender sender(smtpTo(sink));
    OutboxDispatcher dispatcher(*db, sender, {});
    for (int i = 0; i < 2; ++i) {
        auto delivered = dispatcher.deliverNext();
        ASSERT_TRUE(delivered.ok() && *delivered) << (delivered ? "nothing due" : delivered.error().message.toStdString());
        EXPECT_EQ((*delivered)->outcome, Delivery::Outcome::Sent) << (*delivered)->error.toStdString();
    }
    auto none = dispatcher.deliverNext();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(*none); // two mails in all: one per traveller
    ASSERT_TRUE(sink.waitForMessages(2, 5000));
    QStringList toReleased;
    for (const QString &mail : sink.messages())
        if (SmtpSink::header(mail, QStringLiteral("Subject")).contains(released))
            toReleased << QString(mail).remove(QStringLiteral("=\r\n")).replace(QStringLiteral("=0A"), QStringLiteral("\n"));
    ASSERT_EQ(toReleased.size(), 1);
    EXPECT_EQ(SmtpSink::header(toReleased.first(), QStringLiteral("Subject")),
              QStringLiteral("Flight XX 100 cancelled (booking %1)").arg(released));
    EXPECT_TRUE(toReleased.first().contains(QStringLiteral("the hold on its seats has been released and nothing was "
                                                           "charged")))
        << toReleased.first().toStdString();
}

TEST_P(OutboxEventsTest, TheServerReceivesTheDocumentAsAnApplicationPdfPart)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const Booking booking = confirmed({QStringLiteral("6A")}, {QStringLiteral("Anna Byrne")});
    SmtpSender sender(smtpTo(sink));
    FakeDocuments documents;
    OutboxDispatcher dispatcher(*db, sender, {}, &documents);
    auto delivered = dispatcher.deliverNext();
    ASSERT_TRUE(delivered.ok() && *delivered) << (delivered ? "nothing due" : delivered.error().message.toStdString());
    EXPECT_EQ((*delivered)->outcome, Delivery::Outcome::Sent) << (*delivered)->error.toStdString();
    EXPECT_EQ((*delivered)->attachments, 1);
    EXPECT_TRUE((*delivered)->attachmentError.isEmpty());
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    const QString mail = sink.messages().first();
    // Still the text of the confirmation...
    EXPECT_TRUE(mail.contains(QStringLiteral("Content-Type: multipart/alternative")));
    EXPECT_EQ(SmtpSink::parts(mail, QStringLiteral("text/plain")).size(), 1);
    // ... and the document beside it, whole.
    const QList<SmtpSink::Part> pdfs = SmtpSink::parts(mail, QStringLiteral("application/pdf"));
    ASSERT_EQ(pdfs.size(), 1) << mail.toStdString();
    EXPECT_TRUE(pdfs.first().data.startsWith("%PDF-"));
    EXPECT_TRUE(pdfs.first().data.endsWith("%%EOF\n"));
    EXPECT_EQ(pdfs.first().data.size(), 9 + 3000 + 7);
    EXPECT_TRUE(pdfs.first().headers.contains(QStringLiteral("filename=\"receipt-%1.pdf\"").arg(booking.reference)))
        << pdfs.first().headers.toStdString();
    EXPECT_TRUE(pdfs.first().headers.contains(QStringLiteral("Content-Disposition: attachment")));
}

TEST_P(OutboxEventsTest, AMessageWhoseDocumentCannotBeMadeIsSentWithoutIt)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const Booking booking = confirmed({QStringLiteral("7A")}, {QStringLiteral("Anna Byrne")});
    SmtpSender sender(smtpTo(sink));
    FakeDocuments documents;
    documents.fail = true;
    OutboxDispatcher dispatcher(*db, sender, {}, &documents);
    auto delivered = dispatcher.deliverNext();
    ASSERT_TRUE(delivered.ok() && *delivered);
    EXPECT_EQ(documents.asked, QStringList{QStringLiteral("booking_confirmed")});
    EXPECT_EQ((*delivered)->outcome, Delivery::Outcome::Sent) << (*delivered)->error.toStdString();
    EXPECT_EQ((*delivered)->attachments, 0);
    EXPECT_EQ((*delivered)->attachmentError, QStringLiteral("booking %1 is gone").arg(booking.reference));
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    const QString mail = sink.messages().first();
    EXPECT_EQ(SmtpSink::header(mail, QStringLiteral("Subject")),
              QStringLiteral("Booking %1 confirmed: flight KX 101").arg(booking.reference));
    EXPECT_TRUE(SmtpSink::parts(mail, QStringLiteral("application/pdf")).isEmpty());
    EXPECT_EQ(rows(QStringLiteral("booking_confirmed")).first().state, QStringLiteral("sent"));
}

KIOSK_ON_BOTH_BACKENDS(OutboxEventsTest);

} // namespace
} // namespace kiosk::test
