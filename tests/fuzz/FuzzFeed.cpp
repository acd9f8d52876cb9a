// libFuzzer: a JSON schedule feed as a partner or an aggregator sends it (kioskctl import
// feed, docs/feeds.md): parsed into dated legs, or refused with a message, never a crash.
#include "FuzzInput.h"

#include "schedule/FeedParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)kiosk::FeedParser::parse(kiosk::fuzz::bytes(data, size));
    return 0;
}
