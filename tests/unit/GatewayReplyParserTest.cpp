#include "payment/GatewayFactory.h"
#include "payment/GatewayReplyParser.h"
#include "payment/HttpCall.h"
#include "payment/HttpPaymentGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const Money Fare(4900, QStringLiteral("EUR"));

AuthorizationRequest sent()
{
    return {QStringLiteral("KX1-pay-1"), Fare, CardDetails(), QStringLiteral("KX1")};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject intent(const QString &status)
{
    return {{QStringLiteral("id"), QStringLiteral("pi_000001")},
            {QStringLiteral("status"), status},
            {QStringLiteral("amount"), 4900},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("idempotency_key"), QStringLiteral("KX1-pay-1")},
            {QStringLiteral("amount_received"), status == QLatin1String("succeeded") ? 4900 : 0},
            {QStringLiteral("amount_refunded"), 0}};
}

QByteArray gatewayError(const QString &message)
{
    return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}});
}

ErrorCode codeOf(const Result<GatewayDecision> &result)
{
    return result ? ErrorCode::Internal : result.error().code;
}

} // namespace

TEST(GatewayReplyParser, AWellFormedApprovalIsAnApproval)
{
    auto decision = GatewayReplyParser::authorization(200, json(intent(QStringLiteral("requires_capture"))), sent());
    ASSERT_TRUE(decision.ok()) << decision.error().message.toStdString();
    EXPECT_TRUE(decision->approved);
    EXPECT_EQ(decision->reference, QStringLiteral("pi_000001"));
}

TEST(GatewayReplyParser, StatusCodesThatDoNotSayWhatHappenedAreOutcomeUnknown)
{
    for (int status : {301, 302, 307, 401, 403, 408, 409, 418, 422, 429, 451}) {
        SCOPED_TRACE(status);
        EXPECT_EQ(codeOf(GatewayReplyParser::authorization(status, gatewayError(QStringLiteral("x")), sent())),
                  ErrorCode::GatewayUnavailable);
        const Status capture = GatewayReplyParser::capture(status, gatewayError(QStringLiteral("x")),
                                                           QStringLiteral("pi_000001"), Fare);
        EXPECT_EQ(capture.error().code, ErrorCode::GatewayUnavailable);
        EXPECT_EQ(GatewayReplyParser::voided(status, {}, QStringLiteral("pi_000001")).error().code,
                  ErrorCode::GatewayUnavailable);
        EXPECT_EQ(GatewayReplyParser::refund(status, {}, QStringLiteral("pi_000001"), Fare).error().code,
                  ErrorCode::GatewayUnavailable);
        EXPECT_EQ(GatewayReplyParser::lookup(status, {}, QStringLiteral("KX1-pay-1")).error().code,
                  ErrorCode::GatewayUnavailable);
    }
}

TEST(GatewayReplyParser, OnlyTheGatewaysOwnRefusalIsDefinite)
{
    EXPECT_EQ(GatewayReplyParser::refund(400, gatewayError(QStringLiteral("more than is left")),
                                         QStringLiteral("pi_000001"), Fare)
                  .error()
                  .code,
              ErrorCode::BadInput);
    EXPECT_EQ(GatewayReplyParser::capture(404, gatewayError(QStringLiteral("no such intent")),
                                          QStringLiteral("pi_000001"), Fare)
                  .error()
                  .code,
              ErrorCode::NotFound);
    // A 400 from something in between (an HTML page) is not the gateway's word.
    EXPECT_EQ(GatewayReplyParser::refund(400, QByteArrayLiteral("<html>Bad Request</html>"), QStringLiteral("pi_000001"),
                                         Fare)
                  .error()
                  .code,
              ErrorCode::GatewayUnavailable);
    // A decline needs the gateway's error object too.
    auto declined = GatewayReplyParser::authorization(
        402,
        json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("card_declined")},
                                                   {QStringLiteral("decline_code"), QStringLiteral("insufficient_funds")},
                                                   {QStringLiteral("message"), QStringLiteral("No money.")}}}}),
        sent());
    ASSERT_TRUE(declined.ok());
    EXPECT_FALSE(declined->approved);
    EXPECT_EQ(declined->declineCode, QStringLiteral("insufficient_funds"));
    EXPECT_EQ(codeOf(GatewayReplyParser::authorization(402, QByteArrayLiteral("Payment Required"), sent())),
              ErrorCode::GatewayUnavailable);
}

TEST(GatewayReplyParser, A200ThatIsNotAboutThisRequestIsOutcomeUnknown)
{
    QList<QPair<const char *, QByteArray>> bodies{
        {"html", QByteArrayLiteral("<html><body>OK</body></html>")},
        {"truncated", json(intent(QStringLiteral("requires_capture"))).left(40)},
        {"empty", QByteArray()},
        {"array", QByteArrayLiteral("[1,2]")},
    };
    const QList<QPair<const char *, QPair<QString, QJsonValue>>> changes{
        {"processing", {QStringLiteral("status"), QStringLiteral("processing")}},
        {"requires_action", {QStringLiteral("status"), QStringLiteral("requires_action")}},
        {"declined status on 200", {QStringLiteral("status"), QStringLiteral("requires_payment_method")}},
        {"unknown status", {QStringLiteral("status"), QStringLiteral("settled_by_magic")}},
        {"empty id", {QStringLiteral("id"), QString()}},
        {"other amount", {QStringLiteral("amount"), 5000}},
        {"fractional amount", {QStringLiteral("amount"), 4900.5}},
        {"amount as text", {QStringLiteral("amount"), QStringLiteral("4900")}},
        {"other currency", {QStringLiteral("currency"), QStringLiteral("usd")}},
        {"other key", {QStringLiteral("idempotency_key"), QStringLiteral("KX2-pay-1")}},
    };
    for (const auto &[name, change] : changes) {
        QJsonObject changed = intent(QStringLiteral("requires_capture"));
        changed.insert(change.first, change.second);
        bodies.append({name, json(changed)});
    }
    QJsonObject noStatus = intent(QStringLiteral("requires_capture"));
    noStatus.remove(QStringLiteral("status"));
    bodies.append({"no status", json(noStatus)});
    for (const auto &[name, body] : bodies) {
        SCOPED_TRACE(name);
        EXPECT_EQ(codeOf(GatewayReplyParser::authorization(200, body, sent())), ErrorCode::GatewayUnavailable);
    }
}

TEST(GatewayReplyParser, CaptureVoidAndRefundMustShowWhatWasAskedFor)
{
    const QString id = QStringLiteral("pi_000001");
    EXPECT_TRUE(GatewayReplyParser::capture(200, json(intent(QStringLiteral("succeeded"))), id, Fare).ok());
    EXPECT_FALSE(GatewayReplyParser::capture(200, json(intent(QStringLiteral("processing"))), id, Fare).ok());
    EXPECT_FALSE(GatewayReplyParser::capture(200, json(intent(QStringLiteral("succeeded"))), QStringLiteral("pi_2"), Fare).ok());
    EXPECT_FALSE(GatewayReplyParser::capture(200, json(intent(QStringLiteral("succeeded"))), id,
                                             Money(5000, QStringLiteral("EUR")))
                     .ok());
    EXPECT_TRUE(GatewayReplyParser::voided(200, json(intent(QStringLiteral("canceled"))), id).ok());
    EXPECT_FALSE(GatewayReplyParser::voided(200, json(intent(QStringLiteral("requires_capture"))), id).ok());
    const QJsonObject refund{{QStringLiteral("id"), QStringLiteral("re_000002")},
                             {QStringLiteral("payment_intent"), id},
                             {QStringLiteral("amount"), 4900},
                             {QStringLiteral("status"), QStringLiteral("succeeded")}};
    EXPECT_TRUE(GatewayReplyParser::refund(200, json(refund), id, Fare).ok());
    QJsonObject pending = refund;
    pending.insert(QStringLiteral("status"), QStringLiteral("pending"));
    const Status stillPending = GatewayReplyParser::refund(200, json(pending), id, Fare);
    ASSERT_FALSE(stillPending.ok());
    EXPECT_EQ(stillPending.error().code, ErrorCode::GatewayUnavailable);
}

TEST(GatewayReplyParser, ALookupNamesTheChargeOfThisKeyOrNothing)
{
    const QString key = QStringLiteral("KX1-pay-1");
    const auto list = [](const QJsonArray &data) { return json({{QStringLiteral("data"), data}}); };
    auto none = GatewayReplyParser::lookup(200, list({}), key);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    auto found = GatewayReplyParser::lookup(200, list({intent(QStringLiteral("succeeded"))}), key);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->status, GatewayCharge::Status::Captured);
    EXPECT_EQ((*found)->amount, Fare);
    for (const QByteArray &bad : {list({intent(QStringLiteral("processing"))}),
                                  list({intent(QStringLiteral("requires_capture")), intent(QStringLiteral("canceled"))}),
                                  json({{QStringLiteral("object"), QStringLiteral("list")}}), QByteArrayLiteral("{\"data\":"),
                                  QByteArray()}) {
        EXPECT_EQ(GatewayReplyParser::lookup(200, bad, key).error().code, ErrorCode::GatewayUnavailable)
            << bad.toStdString();
    }
    QJsonObject otherKey = intent(QStringLiteral("succeeded"));
    otherKey.insert(QStringLiteral("idempotency_key"), QStringLiteral("KX9-pay-1"));
    EXPECT_FALSE(GatewayReplyParser::lookup(200, list({otherKey}), key).ok());
}

TEST(HttpPaymentGateway, AnIdCannotReachAnotherPath)
{
    const QString path = HttpPaymentGateway::intentPath(QStringLiteral("pi_1/../../refunds?x=1#y"), QStringLiteral("capture"));
    EXPECT_EQ(path, QStringLiteral("/v1/payment_intents/pi_1%2F..%2F..%2Frefunds%3Fx%3D1%23y/capture"));
    const QUrl url = HttpCall::urlFor(QUrl(QStringLiteral("https://pay.example/api/")), path);
    EXPECT_EQ(url.toString(QUrl::FullyEncoded),
              QStringLiteral("https://pay.example/api/v1/payment_intents/pi_1%2F..%2F..%2Frefunds%3Fx%3D1%23y/capture"));
    const QUrl lookup = HttpCall::urlFor(QUrl(QStringLiteral("https://pay.example")),
                                         QStringLiteral("/v1/payment_intents?idempotency_key=a%26b%3Dc"));
    EXPECT_EQ(lookup.toString(QUrl::FullyEncoded),
              QStringLiteral("https://pay.example/v1/payment_intents?idempotency_key=a%26b%3Dc"));
}

TEST(GatewayFactory, PlainHttpOnlyToThisMachine)
{
    for (const QString &local : {QStringLiteral("http://127.0.0.1:8099"), QStringLiteral("http://localhost:8099/"),
                                 QStringLiteral("http://[::1]:8099"), QStringLiteral("https://pay.example")})
        EXPECT_TRUE(GatewayFactory::create(local).ok()) << local.toStdString();
    for (const QString &remote : {QStringLiteral("http://pay.example"), QStringLiteral("http://10.0.0.5:8099"),
                                  QStringLiteral("http://127.0.0.1.evil.example/")}) {
        auto gateway = GatewayFactory::create(remote);
        ASSERT_FALSE(gateway.ok()) << remote.toStdString();
        EXPECT_EQ(gateway.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(gateway.error().message.contains(QStringLiteral("https"))) << gateway.error().message.toStdString();
    }
}

TEST(GatewayFactory, ASharedDatabaseNeverDefaultsToTheMock)
{
    auto silent = GatewayFactory::create(QStringLiteral("  "), GatewayFactory::Database::Shared);
    ASSERT_FALSE(silent.ok());
    EXPECT_EQ(silent.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(silent.error().message.contains(QStringLiteral("--gateway")));
    EXPECT_TRUE(GatewayFactory::create(QString(), GatewayFactory::Database::Demo).ok());
    auto chosen = GatewayFactory::create(QStringLiteral("mock"), GatewayFactory::Database::Shared);
    ASSERT_TRUE(chosen.ok());
    EXPECT_EQ((*chosen)->name(), QStringLiteral("mock"));
    auto http = GatewayFactory::create(QStringLiteral("https://pay.example/v2/?attempts=2"), GatewayFactory::Database::Shared);
    ASSERT_TRUE(http.ok());
    EXPECT_EQ((*http)->name(), QStringLiteral("https://pay.example/v2")); // its settings are not its identity
}
