#include "BoardingPassIssuer.h"

#include "BcbpEncoder.h"

namespace kiosk {

Result<BoardingPass> BoardingPassIssuer::issue(const CheckInBooking &found, const Passenger &passenger, int sequence,
                                               const QDateTime &checkedInUtc, bool newlyCheckedIn) const
{
    auto name = BcbpEncoder::nameField(passenger.name);
    if (!name)
        return name.error();
    const Flight &flight = found.flight;
    // A kiosk is a kiosk ('K'); everyone else works at the airport desk ('O').
    const QChar source = m_issuedBy.role == Role::Kiosk ? QLatin1Char('K') : QLatin1Char('O');
    BoardingPassData data;
    data.passengerName = *name;
    data.pnr = found.booking.reference;
    data.from = flight.origin;
    data.to = flight.destination;
    data.operatingCarrier = flight.carrier;
    data.flightNumber = flight.number;
    data.flightDayOfYear = flight.departureDate.dayOfYear();
    data.compartment = cabinCode(passenger.cabin);
    data.seat = passenger.seat.toString();
    data.checkInSequence = sequence;
    data.checkInSource = source;
    data.issuanceSource = source;
    data.issueDate = BcbpEncoder::issueDateField(m_issueDate);
    data.issuingCarrier = flight.carrier;
    data.airlineNumericCode = m_numericCode;
    data.marketingCarrier = flight.carrier;
    auto bcbp = BcbpEncoder::encode(data);
    if (!bcbp)
        return bcbp.error();

    BoardingPass pass;
    pass.reference = found.booking.reference;
    pass.passengerName = passenger.name;
    pass.bcbpName = *name;
    pass.seat = passenger.seat;
    pass.cabin = passenger.cabin;
    pass.sequence = sequence;
    pass.flight = flight;
    pass.originTimeZone = found.originTimeZone;
    pass.checkedInUtc = checkedInUtc;
    pass.bcbp = *bcbp;
    pass.newlyCheckedIn = newlyCheckedIn;
    return pass;
}

} // namespace kiosk
