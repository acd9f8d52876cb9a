#pragma once

#include "checkin/BoardingPassData.h"

namespace kiosk::test {

// Anna Mueller's pass on KX101 DUB -> FRA, seat 12A, sequence 7: the sample the BCBP, barcode
// and boarding pass tests encode.
inline BoardingPassData kestrelPass()
{
    BoardingPassData pass;
    pass.passengerName = QStringLiteral("MUELLER/ANNA");
    pass.pnr = QStringLiteral("K7QX2M");
    pass.from = QStringLiteral("DUB");
    pass.to = QStringLiteral("FRA");
    pass.operatingCarrier = QStringLiteral("KX");
    pass.flightNumber = 101;
    pass.flightDayOfYear = 335;
    pass.compartment = QLatin1Char('Y');
    pass.seat = QStringLiteral("12A");
    pass.checkInSequence = 7;
    pass.issueDate = QStringLiteral("6334");
    pass.issuingCarrier = QStringLiteral("KX");
    pass.airlineNumericCode = QStringLiteral("999");
    pass.marketingCarrier = QStringLiteral("KX");
    return pass;
}

} // namespace kiosk::test
