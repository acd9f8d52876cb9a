#pragma once

#include "DeckLayout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk {

// The seat plan of one aircraft type, read from a layout file (format: docs/layouts.md;
// the built-in ones are resources/layouts/<type>.json). A value type: cheap to copy, never invalid
// once fromJson() returned it.
class AircraftLayout {
public:
    // Every malformed input gives a BadInput error naming the file and the problem.
    static Result<AircraftLayout> fromJson(const QByteArray &json, const QString &sourceName);

    // The file's format version: 1 or 2.
    int schema() const { return m_schema; }
    const QString &type() const { return m_type; }        // "B787-9": Flight::aircraft
    const QString &displayName() const { return m_name; } // "Boeing 787-9 Dreamliner"
    int rangeKm() const { return m_rangeKm; }
    // IATA aircraft type codes this layout flies as in schedules ("320", "77W"); may be empty.
    const QStringList &iataTypes() const { return m_iataTypes; }
    const QList<DeckLayout> &decks() const { return m_decks; }

    // More than one aisle in some cabin.
    bool isWidebody() const;
    // Cabin classes the aircraft offers, First to Economy, each once.
    QList<Cabin> cabins() const;
    // Cabin blocks of one class across the decks (an A380 may sell Y on both).
    QList<CabinLayout> cabinLayouts(Cabin cabin) const;

    // Every seat, deck by deck, cabin by cabin, row by row, left to right, with its
    // features and IATA characteristics (the deck's: U upper deck, OW over the wing).
    QList<SeatTemplate> seats() const;
    std::optional<SeatTemplate> seat(const SeatCode &code) const;
    int seatCount() const;
    int seatCount(Cabin cabin) const;

    bool operator==(const AircraftLayout &other) const = default;

private:
    friend class LayoutParser;
    AircraftLayout() = default;

    QList<SeatTemplate> deckSeats(int deck) const;

    int m_schema = 1;
    QString m_type;
    QString m_name;
    int m_rangeKm = 0;
    QStringList m_iataTypes;
    QList<DeckLayout> m_decks;
};

} // namespace kiosk
