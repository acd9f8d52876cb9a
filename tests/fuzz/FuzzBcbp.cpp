// libFuzzer: a boarding pass barcode as a scanner at the kiosk reads it (IATA BCBP,
// Resolution 792). What parses is written out again: the encoder must accept what the
// parser accepted.
#include "FuzzInput.h"

#include "checkin/BcbpEncoder.h"
#include "checkin/BcbpParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto pass = kiosk::BcbpParser::parse(kiosk::fuzz::text(data, size));
    if (pass)
        (void)kiosk::BcbpEncoder::encode(*pass);
    return 0;
}
