// kioskctl hold --email/--phone, outbox run/list/retry and purge as separate processes
// against a real SMTP server (aiosmtpd): delivery, bad input, the documented duplicate after
// a crash, and several dispatchers racing on PostgreSQL.
#include "CliFixture.h"
#include "ServerClock.h"
#include "SmtpSink.h"
#include "SqlProbe.h"

#include <QJsonDocument>
#include <QSet>

#include <tuple>

namespace kiosk::test {
namespace {

// The summary that ends `outbox run --once --json`: the one object after the JSON Lines.
QJsonObject lastLine(const CtlRun &run)
{
    const QByteArray out = run.out.trimmed();
    return QJsonDocument::fromJson(out.mid(out.lastIndexOf("\n{") + 1)).object();
}

class CliOutboxTest : public CliTest {
protected:
    // Held with a contact and paid: one outbox row.
    QString confirmedWithEmail(const QString &seat)
    {
        const QString reference = holdSeats(seat, {QStringLiteral("--email"), QStringLiteral("anna@example.com")});
        const CtlRun paid = ctl({QStringLiteral("pay"), reference}, cardInput());
        EXPECT_EQ(paid.exitCode, 0) << paid.describe();
        return reference;
    }

    CtlRun runOnce(const SmtpSink &sink, const QStringList &extra = {}) const
    {
        return ctl(QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                               QStringLiteral("--smtp"), sink.url()}
                   + extra);
    }
};

TEST_P(CliOutboxTest, HoldStoresAContactAndRefusesAMalformedOneHoldingNothing)
{
    for (const auto &[option, value, words] :
         {std::tuple{"--email", "anna@example", "not a domain name"}, std::tuple{"--email", "anna byrne@example.com", "no spaces"},
          std::tuple{"--phone", "555 0100", "no country code"}}) {
        const CtlRun refused = ctl({QStringLiteral("hold"), flightId(), QStringLiteral("1A"), QString::fromUtf8(option),
                                    QString::fromUtf8(value)});
        EXPECT_EQ(refused.exitCode, 2) << refused.describe();
        EXPECT_EQ(refused.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
        EXPECT_TRUE(refused.error().value(QStringLiteral("message")).toString().contains(QString::fromUtf8(words)))
            << refused.describe();
    }
    expectAllSeatsFreeExcept();
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);

    const CtlRun held = ctl({QStringLiteral("hold"), flightId(), QStringLiteral("1A"), QStringLiteral("--email"),
                             QStringLiteral("Anna@Example.com"), QStringLiteral("--phone"), QStringLiteral("+353 1 555 0100")});
    ASSERT_EQ(held.exitCode, 0) << held.describe();
    const QJsonObject contact = held.json().value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("email")).toString(), QStringLiteral("Anna@example.com"));
    EXPECT_EQ(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+35315550100"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"),
                        QStringLiteral("contact_email = 'Anna@example.com' AND contact_phone = '+35315550100'")),
              1);
}

TEST_P(CliOutboxTest, ShowListsTheContactAndAKioskSeesOnlyThatOfItsOwnBookings)
{
    const QString reference = holdSeats(QStringLiteral("1C"), {QStringLiteral("--email"), QStringLiteral("anna@example.com"),
                                                                QStringLiteral("--phone"), QStringLiteral("+353 1 555 0100")});
    const CtlRun shown = ctl({QStringLiteral("show"), reference});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    const QJsonObject contact = shown.json().value(QStringLiteral("contact")).toObject();
    EXPECT_EQ(contact.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.com"));
    EXPECT_EQ(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+35315550100"));
    CtlRun text = runner.run({QStringLiteral("--db"), url(), QStringLiteral("show"), reference});
    ASSERT_EQ(text.exitCode, 0) << text.describe();
    EXPECT_TRUE(text.out.contains("Contact  anna@example.com  +35315550100")) << text.out.toStdString();

    const QString without = holdSeats(QStringLiteral("1D"));
    const CtlRun bare = ctl({QStringLiteral("show"), without});
    ASSERT_EQ(bare.exitCode, 0) << bare.describe();
    EXPECT_TRUE(bare.json().value(QStringLiteral("contact")).toObject().value(QStringLiteral("email")).isNull());
    text = runner.run({QStringLiteral("--db"), url(), QStringLiteral("show"), without});
    EXPECT_TRUE(text.out.contains("Contact  none")) << text.out.toStdString();

    // A kiosk user reads the contact of the bookings it made, never another traveller's.
    KioskctlRunner withPassword = runner;
    withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
    ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
    // At a kiosk of its own: the test terminal already has the 2 unpaid holds a kiosk may have.
    const QStringList asKim = globalArguments() + QStringList{QStringLiteral("--user"), QStringLiteral("kim"),
                                                              QStringLiteral("--terminal"), QStringLiteral("kiosk-kim")};
    const CtlRun refused = withPassword.run(asKim + QStringList{QStringLiteral("show"), reference});
    EXPECT_EQ(refused.exitCode, 6) << refused.describe();
    EXPECT_FALSE(refused.out.contains("anna@example.com"));
    EXPECT_FALSE(refused.err.contains("anna@example.com"));
    const CtlRun own = withPassword.run(asKim + QStringList{QStringLiteral("hold"), flightId(), QStringLiteral("1E"),
                                                            QStringLiteral("--email"), QStringLiteral("kim@example.com")});
    ASSERT_EQ(own.exitCode, 0) << own.describe();
    const CtlRun ownShown = withPassword.run(asKim + QStringList{QStringLiteral("show"), own.json().value(QStringLiteral("reference")).toString()});
    ASSERT_EQ(ownShown.exitCode, 0) << ownShown.describe();
    EXPECT_EQ(ownShown.json()[QStringLiteral("contact")][QStringLiteral("email")].toString(), QStringLiteral("kim@example.com"));
}

TEST_P(CliOutboxTest, OnlyOperationsRunListRetryAndPurge)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString reference = confirmedWithEmail(QStringLiteral("2D"));
    KioskctlRunner withPassword = runner;
    withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
    for (const auto &[name, role] : {std::pair{"kim", Role::Kiosk}, std::pair{"ada", Role::Agent},
                                     std::pair{"sue", Role::Supervisor}, std::pair{"root2", Role::Admin}})
        ASSERT_NO_FATAL_FAILURE(addStaff(QString::fromUtf8(name), role));
    const QList<QStringList> commands{
        {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--smtp"), sink.url()},
        {QStringLiteral("outbox"), QStringLiteral("list")},
        {QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("1")},
        {QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("30")}};
    for (const char *user : {"kim", "ada", "sue"}) {
        for (const QStringList &command : commands) {
            const CtlRun refused = withPassword.run(globalArguments()
                                                    + QStringList{QStringLiteral("--user"), QString::fromUtf8(user)} + command);
            EXPECT_EQ(refused.exitCode, 6) << user << " " << command.join(QLatin1Char(' ')).toStdString() << ": "
                                           << refused.describe();
            EXPECT_EQ(refused.error().value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
            EXPECT_TRUE(refused.error().value(QStringLiteral("message")).toString().startsWith(
                QStringLiteral("handle travellers' notifications and contact details is not allowed for role")))
                << refused.describe();
            EXPECT_FALSE(refused.out.contains("anna@example.com")) << refused.out.toStdString();
        }
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'")), 12);
    EXPECT_EQ(sink.count(), 0); // nothing was sent
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("state = 'pending' AND attempts = 0")), 1);

    // An admin user (like the built-in operator) may.
    const QStringList asAdmin = globalArguments() + QStringList{QStringLiteral("--user"), QStringLiteral("root2")};
    const CtlRun listed = withPassword.run(asAdmin + commands.at(1));
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_EQ(listed.json().value(QStringLiteral("messages")).toArray().first()[QStringLiteral("reference")].toString(), reference);
    const CtlRun run = withPassword.run(asAdmin + commands.at(0));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_EQ(withPassword.run(asAdmin + commands.at(3)).exitCode, 0);
}

TEST_P(CliOutboxTest, RunDeliversListShowsItAndBadInputIsRefused)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    const QString reference = confirmedWithEmail(QStringLiteral("2C"));
    const CtlRun pending = ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--pending")});
    ASSERT_EQ(pending.exitCode, 0) << pending.describe();
    ASSERT_EQ(pending.json().value(QStringLiteral("messages")).toArray().size(), 1);

    const CtlRun run = runOnce(sink);
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(lastLine(run).value(QStringLiteral("sent")).toInt(), 1) << run.out.toStdString();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_TRUE(SmtpSink::header(sink.messages().first(), QStringLiteral("Subject")).contains(reference));

    const CtlRun listed = ctl({QStringLiteral("outbox"), QStringLiteral("list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    const QJsonObject message = listed.json().value(QStringLiteral("messages")).toArray().first().toObject();
    EXPECT_EQ(message.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    EXPECT_EQ(message.value(QStringLiteral("reference")).toString(), reference);
    EXPECT_EQ(message.value(QStringLiteral("kind")).toString(), QStringLiteral("booking_confirmed"));
    const QString id = QString::number(message.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(ctl({QStringLiteral("outbox"), QStringLiteral("retry"), id}).exitCode, 3);
    EXPECT_EQ(ctl({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("999999")}).exitCode, 4);

    for (const QStringList &bad :
         {QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("x1")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--failed"), QStringLiteral("--pending")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("send")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--smtp"),
                      QStringLiteral("http://127.0.0.1:25")},
          QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--smtp"),
                      sink.url(), QStringLiteral("--max-attempts"), QStringLiteral("0")},
          QStringList{QStringLiteral("purge")},
          QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("-3")}}) {
        const CtlRun refused = ctl(bad);
        EXPECT_EQ(refused.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString() << ": " << refused.describe();
    }
    const CtlRun purge = ctl({QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("30")});
    ASSERT_EQ(purge.exitCode, 0) << purge.describe();
    EXPECT_EQ(purge.json().value(QStringLiteral("bookings")).toInt(), 0); // not travelled yet
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST_P(CliOutboxTest, ADispatcherKilledAfterTheServerAcceptedSendsExactlyOneDuplicateWithTheSameMessageId)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    confirmedWithEmail(QStringLiteral("3D"));
    // Dies like a power cut after the server's 250, before the row says sent.
    KioskctlRunner crashing;
    crashing.environment().insert(QStringLiteral("KIOSK_FAILPOINTS"), QStringLiteral("outbox.after_send"));
    const CtlRun killed = crashing.run(globalArguments()
                                       + QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                                                     QStringLiteral("--smtp"), sink.url(), QStringLiteral("--timeout"),
                                                     QStringLiteral("30")});
    ASSERT_EQ(killed.exitCode, 86) << killed.describe();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("state = 'pending' AND attempts = 1")), 1);

    // Within its lease (2 x 30 s) no other dispatcher takes the message...
    CtlRun run = runOnce(sink, {QStringLiteral("--timeout"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(lastLine(run).value(QStringLiteral("sent")).toInt(), 0);
    // ...after it (the lease moved into the past instead of waiting it out, so a slow
    // machine cannot outlast it), the message goes again: one duplicate, recognisable by
    // its Message-ID.
    makeOutboxDue(*db);
    run = runOnce(sink, {QStringLiteral("--timeout"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(lastLine(run).value(QStringLiteral("sent")).toInt(), 1);
    ASSERT_TRUE(sink.waitForMessages(2, 5000)); // written before its 250: nothing more comes
    const QStringList messages = sink.messages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(SmtpSink::header(messages.at(0), QStringLiteral("Message-ID")),
              SmtpSink::header(messages.at(1), QStringLiteral("Message-ID")));
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("state = 'sent' AND attempts = 2")), 1);
}

KIOSK_ON_BOTH_BACKENDS(CliOutboxTest);

// Four dispatchers at once on PostgreSQL (SKIP LOCKED): every message sent exactly once.
class CliOutboxRaceTest : public CliTest {};

TEST_P(CliOutboxRaceTest, FourDispatchersNeverSendOneMessageTwice)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start()) << sink.error().toStdString();
    constexpr int Messages = 100;
    QSqlQuery insert(db->connection());
    for (int i = 0; i < Messages; ++i)
        ASSERT_TRUE(insert.exec(QStringLiteral(
            "INSERT INTO outbox (kind, reference, recipient, details) VALUES ('booking_confirmed', 'RACE%1', "
            "'traveller%1@example.com', '{\"flight\": \"KX 101\", \"origin\": \"DUB\", \"destination\": \"LHR\", "
            "\"departure_ms\": 0, \"time_zone\": \"UTC\", \"total_minor\": 4900, \"currency\": \"EUR\", \"passengers\": []}')")
                                    .arg(i, 2, 10, QLatin1Char('0'))))
            << insert.lastError().text().toStdString();
    QList<QStringList> commandLines;
    for (int i = 0; i < 4; ++i)
        commandLines << globalArguments()
                + QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                              QStringLiteral("--smtp"), sink.url()};
    int sent = 0;
    int dispatchersThatSent = 0;
    for (const CtlRun &run : runner.runConcurrently(commandLines)) {
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const int mine = lastLine(run).value(QStringLiteral("sent")).toInt();
        sent += mine;
        dispatchersThatSent += mine > 0 ? 1 : 0;
    }
    EXPECT_EQ(sent, Messages);
    EXPECT_GE(dispatchersThatSent, 2); // they really ran side by side
    ASSERT_TRUE(sink.waitForMessages(Messages, 10000)); // written before its 250: nothing more comes
    const QStringList messages = sink.messages();
    ASSERT_EQ(messages.size(), Messages);
    QSet<QString> ids;
    for (const QString &message : messages)
        ids.insert(SmtpSink::header(message, QStringLiteral("Message-ID")));
    EXPECT_EQ(ids.size(), Messages);
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("state = 'sent' AND attempts = 1")), Messages);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliOutboxRaceTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
} // namespace kiosk::test
