// libFuzzer: amounts typed at the desk and on the command line ("12.50"), in currencies
// with 0, 2 and 3 decimals.
#include "FuzzInput.h"

#include "domain/Money.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QString currencies[] = {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("KWD")};
    const QString &currency = currencies[data[0] % 3];
    const auto money = kiosk::Money::parse(kiosk::fuzz::text(data + 1, size - 1), currency);
    if (money) {
        (void)money->toString();
        (void)money->amountString();
    }
    return 0;
}
