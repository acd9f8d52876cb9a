#pragma once

#include "domain/Airport.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace kiosk {

// The airports the program knows by IATA code without a database: the list compiled in
// from resources/airports (OpenFlights and OpenTravelData, see its README). A schedule
// import names stations by code only; this gives them a city, a name, a country and an
// IANA time zone. Read once, on first use; shared and read-only after that. An entry is
// checked when it is asked for (a time zone check per line would make start-up slow).
class AirportDirectory {
public:
    // The compiled-in list.
    static const AirportDirectory &builtIn();
    // A list in the same tab-separated format: a header line, then iata, city, name,
    // country, time zone. Lines without five fields, and repeated codes, are skipped and
    // counted.
    static AirportDirectory fromTsv(const QByteArray &tsv);

    // The airport of `iata`; none when the code is unknown or its entry is not a valid
    // airport (Airport::isValid: for example a time zone this system does not know).
    std::optional<Airport> find(const QString &iata) const;
    QStringList codes() const { return m_airports.keys(); }
    qsizetype size() const { return m_airports.size(); }
    qsizetype skippedLines() const { return m_skipped; }

private:
    QHash<QString, Airport> m_airports;
    qsizetype m_skipped = 0;
};

} // namespace kiosk
