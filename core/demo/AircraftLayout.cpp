#include "AircraftLayout.h"

#include "LayoutParser.h"

#include <algorithm>

namespace kiosk {

Result<AircraftLayout> AircraftLayout::fromJson(const QByteArray &json, const QString &sourceName)
{
    return LayoutParser::parse(json, sourceName);
}

bool AircraftLayout::isWidebody() const
{
    for (const DeckLayout &deck : m_decks) {
        for (const CabinLayout &cabin : deck.cabins) {
            if (cabin.aisleCount() > 1)
                return true;
        }
    }
    return false;
}

QList<Cabin> AircraftLayout::cabins() const
{
    QList<Cabin> result;
    for (const DeckLayout &deck : m_decks) {
        for (const CabinLayout &cabin : deck.cabins) {
            if (!result.contains(cabin.cabin))
                result << cabin.cabin;
        }
    }
    std::sort(result.begin(), result.end()); // the enum runs First to Economy
    return result;
}

QList<CabinLayout> AircraftLayout::cabinLayouts(Cabin cabin) const
{
    QList<CabinLayout> result;
    for (const DeckLayout &deck : m_decks) {
        for (const CabinLayout &block : deck.cabins) {
            if (block.cabin == cabin)
                result << block;
        }
    }
    return result;
}

QList<SeatTemplate> AircraftLayout::deckSeats(int deck) const
{
    const DeckLayout &plan = m_decks.at(deck);
    QList<SeatTemplate> result;
    for (const CabinLayout &cabin : plan.cabins)
        result << cabin.seats(deck);
    for (SeatTemplate &seat : result) {
        seat.characteristics.setFlag(IataCharacteristic::UpperDeck, deck > 0);
        seat.characteristics.setFlag(IataCharacteristic::OverWing, plan.wingRows.contains(seat.code.row()));
    }
    return result;
}

QList<SeatTemplate> AircraftLayout::seats() const
{
    QList<SeatTemplate> result;
    for (qsizetype deck = 0; deck < m_decks.size(); ++deck)
        result << deckSeats(int(deck));
    return result;
}

std::optional<SeatTemplate> AircraftLayout::seat(const SeatCode &code) const
{
    for (qsizetype deck = 0; deck < m_decks.size(); ++deck) {
        const auto &cabins = m_decks.at(deck).cabins;
        if (std::none_of(cabins.cbegin(), cabins.cend(), [&](const CabinLayout &cabin) { return cabin.hasSeat(code); }))
            continue;
        for (const SeatTemplate &candidate : deckSeats(int(deck))) {
            if (candidate.code == code)
                return candidate;
        }
    }
    return std::nullopt;
}

int AircraftLayout::seatCount() const
{
    int total = 0;
    for (const DeckLayout &deck : m_decks) {
        for (const CabinLayout &cabin : deck.cabins)
            total += cabin.seatCount();
    }
    return total;
}

int AircraftLayout::seatCount(Cabin cabin) const
{
    int total = 0;
    for (const CabinLayout &block : cabinLayouts(cabin))
        total += block.seatCount();
    return total;
}

bool DeckLayout::hasRow(int row) const
{
    return std::any_of(cabins.cbegin(), cabins.cend(), [row](const CabinLayout &cabin) { return cabin.containsRow(row); });
}

} // namespace kiosk
