// libFuzzer: kioskctl's command line (arguments separated by NUL bytes), through the
// command table: parsing, dispatch checks and the per-command help.
#include "FuzzInput.h"

#include "CommandLine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kiosk::fuzz::ensureApplication();
    QStringList arguments;
    for (const QByteArray &part : kiosk::fuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(part);
    (void)kiosk::ctl::CommandLine::jsonRequested(arguments);
    (void)kiosk::ctl::CommandLine::parse(arguments);
    return 0;
}
