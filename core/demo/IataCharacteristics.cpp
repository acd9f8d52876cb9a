#include "IataCharacteristics.h"

#include <array>
#include <utility>

namespace kiosk {

namespace {
// The one table of codes: order here is the order codes are listed in.
constexpr std::array<std::pair<IataCharacteristic, const char *>, 15> Codes = {{
    {IataCharacteristic::Window, "W"},
    {IataCharacteristic::Aisle, "A"},
    {IataCharacteristic::Centre, "9"},
    {IataCharacteristic::ExitRow, "E"},
    {IataCharacteristic::Bulkhead, "K"},
    {IataCharacteristic::ExtraLegroom, "L"},
    {IataCharacteristic::Bassinet, "B"},
    {IataCharacteristic::UpperDeck, "U"},
    {IataCharacteristic::OverWing, "OW"},
    {IataCharacteristic::ReducedMobility, "H"},
    {IataCharacteristic::RestrictedRecline, "1"},
    {IataCharacteristic::NotForInfants, "V"},
    {IataCharacteristic::SuitableForInfants, "I"},
    {IataCharacteristic::Blocked, "blocked"},
    {IataCharacteristic::Crew, "crew"},
}};
} // namespace

QStringList iataCharacteristicCodes(IataCharacteristics characteristics)
{
    QStringList codes;
    for (const auto &[characteristic, code] : Codes) {
        if (characteristics.testFlag(characteristic))
            codes << QString::fromLatin1(code);
    }
    return codes;
}

std::optional<IataCharacteristic> iataCharacteristicFromCode(const QString &code)
{
    for (const auto &[characteristic, text] : Codes) {
        if (code == QLatin1String(text))
            return characteristic;
    }
    return std::nullopt;
}

IataCharacteristics explicitIataCharacteristics()
{
    return IataCharacteristic::ReducedMobility | IataCharacteristic::RestrictedRecline
        | IataCharacteristic::NotForInfants | IataCharacteristic::SuitableForInfants;
}

} // namespace kiosk
