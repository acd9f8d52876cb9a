#pragma once

#include "AircraftConfiguration.h"
#include "demo/AircraftLayout.h"

#include <QCoreApplication>

namespace kiosk {

// A seat plan for an aircraft no built-in layout matches, from its configuration alone,
// so that an import never fails only because a type or a cabin split is new. Standard
// abreast seating by size: up to 100 seats 2-2 throughout (turboprops, regional jets);
// up to 240 seats 2-2 in the front cabins and 3-3 in economy; larger aircraft 1-2-1 in
// first, 2-2-2 in business, 2-4-2 in premium economy and 3-3-3 in economy. Cabins go
// first to economy from row 1; a cabin's last row is short by the seats it lacks. The
// layout's type is "<IATA>-<cabins>" ("772-J14W34Y316"), its name says it was generated.
class GeneratedLayout {
    Q_DECLARE_TR_FUNCTIONS(GeneratedLayout)
public:
    static constexpr int RegionalMaxSeats = 100;
    static constexpr int NarrowbodyMaxSeats = 240;

    static Result<AircraftLayout> build(const QString &iataType, const AircraftConfiguration &configuration);
    static QString typeName(const QString &iataType, const AircraftConfiguration &configuration);
};

} // namespace kiosk
