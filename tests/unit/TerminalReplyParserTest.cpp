#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalFactory.h"
#include "payment/TerminalPaymentGateway.h"
#include "payment/TerminalReplyParser.h"
#include "payment/FutureWait.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const TerminalRequest Sent{QStringLiteral("KX1-pay-1"), Money(4900, QStringLiteral("EUR")), QStringLiteral("KX1")};

QJsonObject approved()
{
    return {{QStringLiteral("object"), QStringLiteral("terminal_payment")},
            {QStringLiteral("status"), QStringLiteral("approved")},
            {QStringLiteral("idempotency_key"), QStringLiteral("KX1-pay-1")},
            {QStringLiteral("amount"), 4900},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_000001")},
            {QStringLiteral("token"), QStringLiteral("tok_pi_000001")},
            {QStringLiteral("card"), QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                                                 {QStringLiteral("last4"), QStringLiteral("4242")}}}};
}

Result<TerminalAnswer> parse(const QJsonObject &body, int status = 200)
{
    return TerminalReplyParser::payment(status, QJsonDocument(body).toJson(QJsonDocument::Compact), Sent);
}

QJsonObject with(QJsonObject body, const QString &field, const QJsonValue &value)
{
    body.insert(field, value);
    return body;
}

TEST(TerminalReplyParserTest, AnApprovalNamesTheCardTheAuthorizationAndTheToken)
{
    auto answer = parse(approved());
    ASSERT_TRUE(answer.ok()) << answer.error().message.toStdString();
    EXPECT_EQ(answer->outcome, TerminalAnswer::Outcome::Approved);
    EXPECT_EQ(answer->reference, QStringLiteral("pi_000001"));
    EXPECT_EQ(answer->card.brand, QStringLiteral("visa"));
    EXPECT_EQ(answer->card.last4, QStringLiteral("4242"));
    EXPECT_EQ(answer->token, QStringLiteral("tok_pi_000001"));
}

TEST(TerminalReplyParserTest, DeclinedRemovedAndTimeoutAreAnswers)
{
    QJsonObject declined = with(approved(), QStringLiteral("status"), QStringLiteral("declined"));
    declined.insert(QStringLiteral("decline_code"), QStringLiteral("insufficient_funds"));
    auto answer = parse(declined);
    ASSERT_TRUE(answer.ok());
    EXPECT_EQ(answer->outcome, TerminalAnswer::Outcome::Declined);
    EXPECT_EQ(TerminalPaymentGateway::decisionOf(*answer).declineCode, QStringLiteral("insufficient_funds"));
    auto removed = parse(with(approved(), QStringLiteral("status"), QStringLiteral("removed")));
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(TerminalPaymentGateway::decisionOf(*removed).declineCode, QStringLiteral("card_removed"));
    auto timedOut = parse(with(approved(), QStringLiteral("status"), QStringLiteral("timeout")));
    ASSERT_TRUE(timedOut.ok());
    EXPECT_EQ(TerminalPaymentGateway::decisionOf(*timedOut).declineCode, QStringLiteral("terminal_timeout"));
}

TEST(TerminalReplyParserTest, AnythingElseIsAnUnknownOutcomeWithAClearMessage)
{
    const QList<QPair<const char *, Result<TerminalAnswer>>> bad{
        {"processing", parse(with(approved(), QStringLiteral("status"), QStringLiteral("processing")))},
        {"another key", parse(with(approved(), QStringLiteral("idempotency_key"), QStringLiteral("other")))},
        {"another amount", parse(with(approved(), QStringLiteral("amount"), 5000))},
        {"another currency", parse(with(approved(), QStringLiteral("currency"), QStringLiteral("usd")))},
        {"no authorization id", parse(with(approved(), QStringLiteral("payment_intent"), QString()))},
        {"no token", parse(with(approved(), QStringLiteral("token"), QString()))},
        {"a card number", parse(with(approved(), QStringLiteral("token"), QStringLiteral("4242 4242 4242 4242")))},
        {"five digits", parse(with(approved(), QStringLiteral("card"),
                                   QJsonObject{{QStringLiteral("brand"), QStringLiteral("visa")},
                                               {QStringLiteral("last4"), QStringLiteral("42424")}}))},
        {"an unknown brand", parse(with(approved(), QStringLiteral("card"),
                                        QJsonObject{{QStringLiteral("brand"), QStringLiteral("<b>visa")},
                                                    {QStringLiteral("last4"), QStringLiteral("4242")}}))},
        {"HTTP 500", parse(approved(), 500)},
        {"HTTP 302", parse(approved(), 302)},
    };
    for (const auto &[why, answer] : bad) {
        SCOPED_TRACE(why);
        ASSERT_FALSE(answer.ok());
        EXPECT_EQ(answer.error().code, ErrorCode::GatewayUnavailable);
        EXPECT_TRUE(answer.error().message.startsWith(QStringLiteral("card terminal answered HTTP")))
            << answer.error().message.toStdString();
    }
    auto html = TerminalReplyParser::payment(200, QByteArrayLiteral("<html>busy</html>"), Sent);
    ASSERT_FALSE(html.ok());
    EXPECT_TRUE(html.error().message.contains(QStringLiteral("not a JSON object")));
    auto refused = parse({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("bad amount")}}}}, 400);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_EQ(refused.error().message, QStringLiteral("card terminal: bad amount"));
}

TEST(TerminalReplyParserTest, TheFactoryNamesItsFormsAndTheMockTerminalAuthorizesAtTheMockGateway)
{
    EXPECT_TRUE(TerminalFactory::checkChoice(QString()).ok());
    EXPECT_TRUE(TerminalFactory::checkChoice(QStringLiteral("mock?card=removed")).ok());
    auto unknownCard = TerminalFactory::checkChoice(QStringLiteral("mock?card=stolen"));
    ASSERT_FALSE(unknownCard.ok());
    EXPECT_TRUE(unknownCard.error().message.contains(QStringLiteral("approve, decline")));
    auto unknownForm = TerminalFactory::checkChoice(QStringLiteral("serial:/dev/ttyS0"));
    ASSERT_FALSE(unknownForm.ok());
    EXPECT_TRUE(unknownForm.error().message.contains(QStringLiteral("http(s)://HOST")));

    MockPaymentGateway acquirer;
    MockPaymentTerminal terminal(acquirer);
    terminal.present(MockPaymentTerminal::Card::Decline);
    auto declined = waitFor(terminal.pay(Sent), 0);
    ASSERT_TRUE(declined.ok());
    EXPECT_EQ(declined->outcome, TerminalAnswer::Outcome::Declined);
    EXPECT_EQ(declined->card.last4, QStringLiteral("0002"));
    auto approvedAnswer = waitFor(terminal.pay({QStringLiteral("KX1-pay-2"), Sent.amount, Sent.description}), 0);
    ASSERT_TRUE(approvedAnswer.ok());
    EXPECT_EQ(approvedAnswer->outcome, TerminalAnswer::Outcome::Approved);
    auto charge = waitFor(acquirer.lookup(QStringLiteral("KX1-pay-2")), 0);
    ASSERT_TRUE(charge.ok() && charge->has_value());
    EXPECT_EQ((*charge)->status, GatewayCharge::Status::Authorized);
}

} // namespace
