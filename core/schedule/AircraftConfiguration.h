#pragma once

#include "domain/Cabin.h"

#include <QList>
#include <QString>

#include <optional>

namespace kiosk {

// The aircraft configuration/version of an SSIM leg, "J14W34Y316VV364": compartment
// codes with their seat counts, front to back, then optionally "VV" and the airline's
// version name (here "364"). Several compartment codes mean the same cabin of this
// system: F, A, P first; J, C, D, I, Z business; W, E premium economy; Y, M economy.
struct AircraftConfiguration {
    struct Compartment {
        Cabin cabin = Cabin::Economy;
        int seats = 0;
        bool operator==(const Compartment &) const = default;
    };
    QList<Compartment> compartments; // as written, each cabin at most once
    QString version;                  // after "VV"; may be empty

    // nullopt and a reason in `problem` for anything else (unknown code letter, a cabin
    // twice, no seat count, more than 999 seats in a cabin).
    static std::optional<AircraftConfiguration> parse(const QString &text, QString *problem);

    int seats(Cabin cabin) const;
    int totalSeats() const;
    // "J14W34Y316": the cabins and counts in this system's codes, without the version.
    QString cabinsText() const;
    bool operator==(const AircraftConfiguration &) const = default;
};

} // namespace kiosk
