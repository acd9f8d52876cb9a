// libFuzzer: aircraft layout JSON (resources/layouts and files an operator supplies).
#include "FuzzInput.h"

#include "demo/LayoutParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)kiosk::LayoutParser::parse(kiosk::fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    return 0;
}
