// libFuzzer: the database URL of --db, $KIOSK_DB and the setting database/url.
#include "FuzzInput.h"

#include "storage/DatabaseUrl.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto url = kiosk::DatabaseUrl::parse(kiosk::fuzz::text(data, size));
    if (url) {
        (void)url->redacted();
        (void)url->libpqOptions();
    }
    return 0;
}
