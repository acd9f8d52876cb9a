#include "SalesOpener.h"

#include "common/Logging.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<OpenedSeats> SalesOpener::openDue(const SalesHorizon &horizon)
{
    if (auto allowed = m_access.require(m_actor, Permission::OpenDueFlights,
                                        QStringLiteral("open flights %1 days ahead").arg(horizon.opensDays));
        !allowed)
        return allowed.error();
    // A transaction per batch: a season's worth never holds its locks for minutes.
    OpenedSeats opened;
    for (;;) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto batch = SaleOpening(m_db, m_batch).openDepartingBatch(horizon.opensDays);
        if (!batch)
            return batch.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        if (batch->flights == 0)
            break;
        opened.flights += batch->flights;
        opened.seats += batch->seats;
    }
    if (opened.flights > 0)
        qCInfo(lcStorage).noquote() << "opened" << opened.flights << "flight(s) for sale," << opened.seats << "seats";
    return opened;
}

Result<OpenedFlight> SalesOpener::openFlight(const FlightRef &ref)
{
    if (auto allowed = m_access.require(m_actor, Permission::OpenFlightsForSale,
                                        QStringLiteral("open flight %1 for sale").arg(ref.toString()));
        !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto flight = FlightRepository(m_db).find(ref);
    if (!flight)
        return flight.error();
    if (flight->cancelled)
        return makeError(ErrorCode::WrongState,
                         tr("flight %1 is cancelled; it cannot be opened for sale").arg(flight->key()));
    SaleOpening opening(m_db);
    auto made = opening.openFlight(flight->id);
    if (!made)
        return made.error();
    auto openedAt = opening.openedAt(flight->id);
    if (!openedAt)
        return openedAt.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    if (made->flights > 0)
        qCInfo(lcStorage).noquote() << "opened" << flight->key() << "for sale:" << made->seats << "seats";
    return OpenedFlight{*flight, made->seats, made->flights == 0, *openedAt};
}

} // namespace kiosk
