// libFuzzer: every answer the HTTP payment gateway (or anything in between) can give: the
// first two bytes choose the status code, the rest is the body.
#include "FuzzInput.h"

#include "payment/GatewayReplyParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = kiosk::fuzz::bytes(data + 2, size - 2);
    const kiosk::Money fare(4900, QStringLiteral("EUR"));
    const kiosk::AuthorizationRequest request{QStringLiteral("KX1-pay-1"), fare, kiosk::CardDetails(),
                                              QStringLiteral("KX1")};
    const QString id = QStringLiteral("pi_000001");
    (void)kiosk::GatewayReplyParser::authorization(status, body, request);
    (void)kiosk::GatewayReplyParser::capture(status, body, id, fare);
    (void)kiosk::GatewayReplyParser::voided(status, body, id);
    (void)kiosk::GatewayReplyParser::refund(status, body, id, fare);
    (void)kiosk::GatewayReplyParser::lookup(status, body, request.idempotencyKey);
    return 0;
}
