#include "domain/ContactDetails.h"
#include "notify/MessageRenderer.h"
#include "notify/OutboxDispatcher.h"
#include "notify/SmtpSettings.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(ContactDetails, AcceptsAddressesAndNumbersAndTidiesThem)
{
    EXPECT_EQ(*ContactDetails::validateEmail(QStringLiteral("  Anna.Byrne+trip@Example.COM ")),
              QStringLiteral("Anna.Byrne+trip@example.com"));
    EXPECT_EQ(*ContactDetails::validateEmail(QStringLiteral("o'brien@mail.example.ie")), QStringLiteral("o'brien@mail.example.ie"));
    EXPECT_EQ(*ContactDetails::validatePhone(QStringLiteral("+353 (1) 555-0100")), QStringLiteral("+35315550100"));
    EXPECT_EQ(*ContactDetails::validatePhone(QStringLiteral("0044 20 7946 0000")), QStringLiteral("+442079460000"));
    EXPECT_TRUE(ContactDetails::validate(QString(), QString())->isEmpty());
}

TEST(ContactDetails, RefusesWithReasons)
{
    const struct {
        const char *email;
        const char *reason;
    } emails[] = {{"anna", "needs a name, '@' and a domain"},
                  {"anna@", "needs a name, '@' and a domain"},
                  {"@example.com", "needs a name, '@' and a domain"},
                  {"anna byrne@example.com", "no spaces"},
                  {"anna..byrne@example.com", "no spaces"},
                  {"<anna@example.com>", "no spaces"},
                  {"anna@example", "not a domain name"},
                  {"anna@exa_mple.com", "not a domain name"},
                  {"anna@-example.com", "not a domain name"}};
    for (const auto &bad : emails) {
        auto checked = ContactDetails::validateEmail(QString::fromUtf8(bad.email));
        ASSERT_FALSE(checked.ok()) << bad.email;
        EXPECT_EQ(checked.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(checked.error().message.contains(QString::fromUtf8(bad.reason))) << checked.error().message.toStdString();
    }
    EXPECT_TRUE(ContactDetails::validateEmail(QString(300, QLatin1Char('a')) + QStringLiteral("@example.com"))
                    .error().message.contains(QStringLiteral("longer than 254")));
    EXPECT_TRUE(ContactDetails::validatePhone(QStringLiteral("555 0100")).error().message.contains(QStringLiteral("no country code")));
    EXPECT_TRUE(ContactDetails::validatePhone(QStringLiteral("+353 abc")).error().message.contains(QStringLiteral("not a phone number")));
    EXPECT_TRUE(ContactDetails::validatePhone(QStringLiteral("+12345")).error().message.contains(QStringLiteral("7 to 15 digits")));
    EXPECT_TRUE(ContactDetails::validatePhone(QStringLiteral("+1234567890123456")).error().message.contains(QStringLiteral("7 to 15")));
}

TEST(OutboxBackoff, DoublesFromTheFirstWaitUpToTheCap)
{
    const OutboxDispatcher::Policy policy{8, 30, 3600};
    EXPECT_EQ(OutboxDispatcher::backoffAfter(1, policy), 30);
    EXPECT_EQ(OutboxDispatcher::backoffAfter(2, policy), 60);
    EXPECT_EQ(OutboxDispatcher::backoffAfter(3, policy), 120);
    EXPECT_EQ(OutboxDispatcher::backoffAfter(7, policy), 1920);
    EXPECT_EQ(OutboxDispatcher::backoffAfter(8, policy), 3600);
    EXPECT_EQ(OutboxDispatcher::backoffAfter(60, policy), 3600);
}

TEST(SmtpSettings, RefusesAMissingOrMalformedServer)
{
    qunsetenv("KIOSK_SMTP");
    EXPECT_TRUE(SmtpSettings::resolve(QString(), QString(), QString()).error().message.contains(QStringLiteral("no SMTP server")));
    EXPECT_TRUE(SmtpSettings::resolve(QStringLiteral("http://mail.example.com"), QString(), QString())
                    .error().message.contains(QStringLiteral("not an SMTP server URL")));
    // A password in the URL is refused, and not repeated.
    auto withPassword = SmtpSettings::resolve(QStringLiteral("smtp://me:secret@mail.example.com"), QString(), QString());
    ASSERT_FALSE(withPassword.ok());
    EXPECT_FALSE(withPassword.error().message.contains(QStringLiteral("secret")));
    EXPECT_TRUE(SmtpSettings::resolve(QStringLiteral("smtp://mail.example.com"), QStringLiteral("always"), QString())
                    .error().message.contains(QStringLiteral("none, try or require")));
    EXPECT_TRUE(SmtpSettings::resolve(QStringLiteral("smtp://mail.example.com"), QString(), QStringLiteral("/nonexistent/pw"))
                    .error().message.contains(QStringLiteral("cannot read the SMTP password file")));
    auto fine = SmtpSettings::resolve(QStringLiteral("smtps://mail.example.com:465"), QStringLiteral("require"), QString());
    ASSERT_TRUE(fine.ok()) << fine.error().message.toStdString();
    EXPECT_EQ(fine->messageIdFor(42), QStringLiteral("<outbox-42@localhost>"));
}

TEST(MessageRenderer, SaysWhatHappenedInTheOriginsTimeAndEscapesHtml)
{
    OutboxEntry entry;
    entry.id = 7;
    entry.kind = QStringLiteral("booking_confirmed");
    entry.reference = QStringLiteral("ABC234");
    entry.details = QStringLiteral(R"({"flight":"KX 101","origin":"DUB","destination":"LHR","departure_ms":1796112000000,)"
                                   R"("time_zone":"Europe/Dublin","total_minor":4900,"currency":"EUR",)"
                                   R"("passengers":[{"name":"Seán <O'Brien>","seat":"2A"}]})");
    auto message = MessageRenderer::render(entry);
    ASSERT_TRUE(message.ok());
    EXPECT_EQ(message->subject, QStringLiteral("Booking ABC234 confirmed: flight KX 101"));
    EXPECT_TRUE(message->text.contains(QStringLiteral("departing Tue 1 Dec 2026 08:00"))) << message->text.toStdString();
    EXPECT_TRUE(message->text.contains(QString::fromUtf8("Seán <O'Brien>, seat 2A")));
    EXPECT_TRUE(message->html.contains(QString::fromUtf8("Seán &lt;O'Brien&gt;, seat 2A")));
    EXPECT_TRUE(message->text.contains(QStringLiteral("EUR 49.00")));
    entry.details = QStringLiteral("{not json");
    EXPECT_EQ(MessageRenderer::render(entry).error().code, ErrorCode::BadInput);
}

TEST(MessageRenderer, SaysWhatWasPaidWhenAVoucherMadeItLess)
{
    OutboxEntry entry;
    entry.id = 8;
    entry.kind = QStringLiteral("booking_confirmed");
    entry.reference = QStringLiteral("ABC234");
    entry.details = QStringLiteral(R"({"flight":"KX 101","origin":"DUB","destination":"LHR","departure_ms":1796112000000,)"
                                   R"("time_zone":"Europe/Dublin","total_minor":9800,"currency":"EUR","paid_minor":7840,)"
                                   R"("discount_minor":1960,"passengers":[]})");
    auto message = MessageRenderer::render(entry);
    ASSERT_TRUE(message.ok());
    EXPECT_TRUE(message->text.contains(QStringLiteral("Booking total: EUR 98.00, paid EUR 78.40 with a voucher")))
        << message->text.toStdString();
    EXPECT_TRUE(message->html.contains(QStringLiteral("paid EUR 78.40")));
}

TEST(MessageRenderer, AWaitlistOfferSaysUntilWhenAndHowToTakeItUp)
{
    OutboxEntry entry;
    entry.id = 9;
    entry.kind = QStringLiteral("waitlist_offer");
    entry.reference = QStringLiteral("Q4HT7K");
    entry.details = QStringLiteral(R"({"flight":"KX 101","origin":"DUB","destination":"LHR","departure_ms":1796112000000,)"
                                   R"("time_zone":"Europe/Dublin","total_minor":9800,"currency":"EUR",)"
                                   R"("deadline_ms":1796047200000,"passengers":[{"name":"Anna Berg","seat":"1A"}]})");
    auto message = MessageRenderer::render(entry);
    ASSERT_TRUE(message.ok());
    EXPECT_EQ(message->subject, QStringLiteral("Seats for you on flight KX 101: pay by the deadline (booking Q4HT7K)"));
    EXPECT_TRUE(message->text.contains(QStringLiteral("held for you under booking Q4HT7K")));
    EXPECT_TRUE(message->text.contains(QStringLiteral("Anna Berg, seat 1A")));
    EXPECT_TRUE(message->text.contains(QStringLiteral("before Mon 30 Nov 2026 14:00 (local time at DUB)")))
        << message->text.toStdString();
    EXPECT_TRUE(message->html.contains(QStringLiteral("the reference Q4HT7K and a passenger&#39;s surname"))
                || message->html.contains(QStringLiteral("the reference Q4HT7K and a passenger's surname")))
        << message->html.toStdString();
}

// What a kiosk screen may show of a booking's address: enough to recognise it, not to use it.
TEST(ContactDetails, AMaskedAddressKeepsTheFirstLetterAndTheDomain)
{
    EXPECT_EQ(ContactDetails::masked(QStringLiteral("mary.byrne@example.com")), QString::fromUtf8("m•••@example.com"));
    EXPECT_EQ(ContactDetails::masked(QStringLiteral("a@b.ie")), QString::fromUtf8("a•••@b.ie"));
    EXPECT_EQ(ContactDetails::masked(QString()), QString());
}
