#pragma once

#include "AircraftChange.h"
#include "FlightCancellation.h"
#include "ScheduleImportJob.h"
#include "booking/FareSettings.h"
#include "booking/SeatBlocker.h"
#include "booking/SurchargeSettings.h"
#include "domain/Actor.h"
#include "domain/SalesReport.h"
#include "domain/Seat.h"
#include "reporting/ReportService.h"
#include "storage/LayoutRepository.h"

namespace kiosk {

class BookingEvents;
class Database;

// What the admin's Schedule tab does, as the user signed in at the workstation (setActor at
// each sign-in): the flights of a period with status, load factor and revenue (the sales
// report's, supervisors and up), a flight's seats as the desk sees them (desk-only seats
// free, with their reason and holders), blocking and unblocking seats (SeatBlocker),
// cancelling a flight (FlightCancellation), its fares and the seat surcharges (FareSettings,
// SurchargeSettings), a change of aircraft (AircraftChange, LayoutLibrary) and the import of an SSIM schedule
// (ScheduleImportJob). Each right is checked and audited by the
// service it delegates to; this class only says who asks. Everything reads the primary, not
// a replica: after a block or a cancellation the admin sees the change at once.
class ScheduleDesk {
public:
    ScheduleDesk(Database &db, BookingEvents &events, Actor actor)
        : m_db(db), m_events(events), m_actor(std::move(actor)), m_reports(db) {}

    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }

    Result<SalesReport> flights(const ReportPeriod &period) { return m_reports.report(m_actor, period); }
    Result<ReportPeriod> defaultPeriod() { return m_reports.defaultPeriod(); }
    Result<QList<Seat>> seats(qint64 flightId);
    Result<Flight> block(qint64 flightId, const SeatBlockRequest &request);
    Result<Flight> unblock(qint64 flightId, const QList<SeatCode> &seats);
    Result<FlightCancellationOutcome> cancelFlight(qint64 flightId, const QString &reason, bool dryRun);

    Result<FlightFares> fares(qint64 flightId);
    Result<FareChange> setFare(qint64 flightId, Cabin cabin, const QString &amount, const QString &currency);
    Result<QList<SeatSurcharge>> surcharges(const QString &scope);
    Result<SurchargeChange> setSurcharge(const QString &scope, const QString &characteristic, const QString &amount);
    Result<SurchargeChange> removeSurcharge(const QString &scope, const QString &characteristic);

    Result<QList<StoredLayout>> layouts();
    Result<AircraftChangeOutcome> changeAircraft(qint64 flightId, const QString &layout, bool dryRun);

    // An SSIM import as this user, to run on another thread with its own connection.
    ScheduleImportJob importJob() const { return ScheduleImportJob(m_db, m_actor); }

private:
    Database &m_db;
    BookingEvents &m_events;
    Actor m_actor;
    ReportService m_reports;
};

} // namespace kiosk
