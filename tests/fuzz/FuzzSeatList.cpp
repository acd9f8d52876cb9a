// libFuzzer: seat lists ("12A,12B") and the other arguments kioskctl turns into values.
#include "FuzzInput.h"

#include "InputParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = kiosk::fuzz::text(data, size);
    (void)kiosk::ctl::InputParser::seatList(input);
    (void)kiosk::ctl::InputParser::flight(input);
    (void)kiosk::ctl::InputParser::booking(input);
    (void)kiosk::ctl::InputParser::money(input, QStringLiteral("EUR"));
    (void)kiosk::ctl::InputParser::date(input, QStringLiteral("date"));
    return 0;
}
