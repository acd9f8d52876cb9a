#include "ScheduleDesk.h"

#include "LayoutLibrary.h"
#include "booking/FlightCatalog.h"

namespace kiosk {

Result<QList<Seat>> ScheduleDesk::seats(qint64 flightId)
{
    return FlightCatalog(m_db).seats(flightId, SalesChannel::Desk);
}

Result<Flight> ScheduleDesk::block(qint64 flightId, const SeatBlockRequest &request)
{
    return SeatBlocker(m_db, m_events, m_actor).block(FlightRef::byId(flightId), request);
}

Result<Flight> ScheduleDesk::unblock(qint64 flightId, const QList<SeatCode> &seats)
{
    return SeatBlocker(m_db, m_events, m_actor).unblock(FlightRef::byId(flightId), seats);
}

Result<FlightCancellationOutcome> ScheduleDesk::cancelFlight(qint64 flightId, const QString &reason, bool dryRun)
{
    return FlightCancellation(m_db, m_actor).cancel(FlightRef::byId(flightId), reason, dryRun);
}

Result<FlightFares> ScheduleDesk::fares(qint64 flightId)
{
    FareTarget target;
    target.flight = FlightRef::byId(flightId);
    auto listed = FareSettings(m_db, m_actor).list(target);
    if (!listed)
        return listed.error();
    if (listed->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ScheduleDesk", "flight %1 was not found").arg(flightId));
    return listed->first();
}

Result<FareChange> ScheduleDesk::setFare(qint64 flightId, Cabin cabin, const QString &amount, const QString &currency)
{
    FareTarget target;
    target.flight = FlightRef::byId(flightId);
    return FareSettings(m_db, m_actor).set(target, cabin, amount, currency);
}

Result<QList<SeatSurcharge>> ScheduleDesk::surcharges(const QString &scope)
{
    return SurchargeSettings(m_db, m_actor).list(scope);
}

Result<SurchargeChange> ScheduleDesk::setSurcharge(const QString &scope, const QString &characteristic,
                                                   const QString &amount)
{
    return SurchargeSettings(m_db, m_actor).set(scope, characteristic, amount, QString()); // the flights' currency
}

Result<SurchargeChange> ScheduleDesk::removeSurcharge(const QString &scope, const QString &characteristic)
{
    return SurchargeSettings(m_db, m_actor).remove(scope, characteristic);
}

Result<QList<StoredLayout>> ScheduleDesk::layouts()
{
    return LayoutLibrary(m_db, m_actor).list();
}

Result<AircraftChangeOutcome> ScheduleDesk::changeAircraft(qint64 flightId, const QString &layout, bool dryRun)
{
    return AircraftChange(m_db, m_actor).change(FlightRef::byId(flightId), layout, dryRun);
}

} // namespace kiosk
