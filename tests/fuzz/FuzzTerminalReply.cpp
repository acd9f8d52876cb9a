// libFuzzer: every answer a card terminal (or anything in between) can give to a payment:
// the first two bytes choose the status code, the rest is the body.
#include "FuzzInput.h"

#include "payment/TerminalReplyParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = kiosk::fuzz::bytes(data + 2, size - 2);
    const kiosk::TerminalRequest request{QStringLiteral("KX1-pay-1"), kiosk::Money(4900, QStringLiteral("EUR")),
                                         QStringLiteral("KX1")};
    (void)kiosk::TerminalReplyParser::payment(status, body, request);
    return 0;
}
