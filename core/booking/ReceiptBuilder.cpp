#include "ReceiptBuilder.h"

#include "BookingService.h"
#include "RefundPolicyAdministration.h"
#include "storage/CheckInRepository.h"
#include "storage/FlightRepository.h"
#include "storage/PaymentActivityRepository.h"
#include "storage/VoucherRepository.h"

namespace kiosk {

Result<Receipt> ReceiptBuilder::build(const QString &reference)
{
    auto booking = m_service.find(reference);
    if (!booking)
        return booking.error();
    auto voucher = VoucherRepository(m_db).discountOf(booking->id);
    if (!voucher)
        return voucher.error();
    // A voucher worth the whole price leaves nothing captured, yet the booking was paid.
    const bool paidByVoucher = *voucher && (*voucher)->status == QLatin1String("REDEEMED");
    if (booking->captured.minorUnits() == 0 && !paidByVoucher)
        return makeError(ErrorCode::WrongState,
                         tr("booking %1 was never paid, so it has no receipt (%2)")
                             .arg(booking->reference, bookingStateName(booking->state)));
    Receipt receipt;
    if (paidByVoucher)
        receipt.voucher = ReceiptVoucher{(*voucher)->hint, (*voucher)->benefit, (*voucher)->discount};
    FlightRepository flights(m_db);
    auto flight = flights.find(FlightRef::byId(booking->flightId));
    if (!flight)
        return flight.error();
    auto origin = flights.airport(flight->origin);
    if (!origin)
        return origin.error();
    auto destination = flights.airport(flight->destination);
    if (!destination)
        return destination.error();
    auto payments = PaymentActivityRepository(m_db).forBooking(booking->id);
    if (!payments)
        return payments.error();
    for (const PaymentActivity &payment : std::as_const(*payments)) {
        if (payment.captured.minorUnits() > 0)
            receipt.payments << ReceiptPayment{payment.cardBrand, payment.cardLast4, payment.captured, payment.refunded};
    }
    auto policy = RefundPolicyAdministration::load(m_db);
    if (!policy)
        return policy.error();
    QList<Cabin> cabins;
    for (const Passenger &passenger : std::as_const(booking->passengers)) {
        if (!cabins.contains(passenger.cabin))
            cabins << passenger.cabin;
    }
    for (Cabin cabin : std::as_const(cabins))
        receipt.cancellationPolicy << cabinName(cabin) + QStringLiteral(": ") + policy->describe(cabin);
    auto airline = CheckInRepository(m_db).airline(flight->carrier);
    if (!airline)
        return airline.error();
    receipt.airlineName = airline->name.isEmpty() ? flight->carrier : airline->name;
    receipt.airlineAddress = airline->address;
    auto now = m_service.serverNow();
    if (!now)
        return now.error();
    receipt.booking = std::move(booking).value();
    receipt.flight = *flight;
    receipt.origin = *origin;
    receipt.destination = *destination;
    receipt.issuedUtc = *now;
    return receipt;
}

} // namespace kiosk
