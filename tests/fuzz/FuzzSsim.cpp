// libFuzzer: an IATA SSIM Chapter 7 schedule file as an airline or a partner sends it
// (kioskctl import ssim). Parsed, and when it parses, expanded into dated legs, the way the
// importer uses it: neither may crash, hang or read past the bytes.
#include "FuzzInput.h"

#include "schedule/ScheduleExpander.h"
#include "schedule/SsimParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto file = kiosk::SsimParser::parse(kiosk::fuzz::bytes(data, size));
    if (file)
        (void)kiosk::ScheduleExpander::expand(*file);
    return 0;
}
