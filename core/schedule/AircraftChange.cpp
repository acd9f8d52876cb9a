#include "AircraftChange.h"

#include "AircraftConfiguration.h"
#include "ChangeableLeg.h"
#include "LayoutLibrary.h"
#include "ScheduleLayouts.h"
#include "ScheduleReconciler.h"
#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/PriceRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

namespace {

// "J16Y184": the layout's seats per cabin, as a schedule would give its configuration.
QString configurationOf(const AircraftLayout &layout)
{
    AircraftConfiguration configuration;
    for (Cabin cabin : layout.cabins())
        configuration.compartments.append({cabin, layout.seatCount(cabin)});
    return configuration.cabinsText();
}

// The fare each cabin of the flight sells at now (fare list): its stored fare without extra
// legroom (extra legroom is a surcharge), else its other one, else the lowest its seats carry.
Result<QMap<Cabin, Money>> cabinFares(Database &db, qint64 flightId)
{
    auto cabins = PriceRepository(db).fares(flightId);
    if (!cabins)
        return cabins.error();
    QMap<Cabin, Money> fares;
    for (const CabinFares &cabin : std::as_const(*cabins)) {
        if (!cabin.stored.isEmpty()) {
            const auto plain = std::find_if(cabin.stored.cbegin(), cabin.stored.cend(),
                                            [](const StoredFare &fare) { return !fare.extraLegroom; });
            fares.insert(cabin.cabin, (plain != cabin.stored.cend() ? *plain : cabin.stored.first()).price);
        } else if (cabin.seats > 0) {
            fares.insert(cabin.cabin, cabin.lowestSeatFare);
        }
    }
    return fares;
}

} // namespace

int AircraftChangeOutcome::moved() const
{
    return int(std::count_if(moves.cbegin(), moves.cend(), [](const SeatMove &m) { return !m.newSeat.isEmpty(); }));
}

int AircraftChangeOutcome::withoutSeat() const
{
    return int(moves.size()) - moved();
}

Result<AircraftChangeOutcome> AircraftChange::change(const FlightRef &ref, const QString &layoutName, bool dryRun)
{
    const QString target = QStringLiteral("flight %1 %2").arg(ref.toString(), layoutName.trimmed());
    if (auto allowed = m_access.require(m_actor, Permission::ChangeAircraft, target); !allowed)
        return allowed.error();
    auto library = LayoutLibrary(m_db, m_actor).scheduleLayouts();
    if (!library)
        return library.error();
    ScheduleLayouts &layouts = *library;
    auto chosen = layouts.named(layoutName);
    if (!chosen)
        return chosen.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto stored = changeableLeg(m_db, ref, tr("its aircraft can no longer be changed"));
    if (!stored)
        return stored.error();
    const Flight *flight = &stored->flight;

    AircraftChangeOutcome outcome;
    outcome.flight = *flight;
    outcome.fromType = flight->aircraft;
    outcome.toType = chosen->layout.type();
    outcome.toName = chosen->layout.displayName();
    outcome.dryRun = dryRun;
    outcome.onSale = stored->seatsOpened;
    outcome.toVersion = chosen->version;
    if (flight->aircraft.compare(outcome.toType, Qt::CaseInsensitive) == 0 && stored->layoutVersion == chosen->version)
        return outcome; // nothing to do; the transaction rolls back having written nothing

    ScheduledLeg leg;
    leg.flight = stored->flight;
    leg.aircraftType = chosen->layout.iataTypes().value(0);
    leg.configuration = configurationOf(chosen->layout);
    auto fares = cabinFares(m_db, flight->id);
    if (!fares)
        return fares.error();
    leg.fares = *fares;
    ImportOptions options;
    options.dryRun = dryRun;
    options.currency = flight->currency;
    ImportSummary summary;
    summary.dryRun = dryRun;
    summary.source = QString::fromLatin1(Source);
    ScheduleReconciler reconciler(m_db, m_actor, options, layouts, summary);
    if (auto changed = reconciler.changeAircraft(summary.source, *stored, leg, *chosen); !changed)
        return changed.error();
    outcome.changed = true;
    outcome.moves = summary.seatMoves;
    outcome.disruptions = summary.disruptions;

    const QString detail = QStringLiteral("%1 -> %2: %3 passenger(s) moved, %4 left without a seat for an agent")
                               .arg(outcome.fromType, outcome.toType)
                               .arg(outcome.moved())
                               .arg(outcome.withoutSeat());
    if (dryRun) {
        transaction->rollback();
        return outcome;
    }
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("change aircraft"), target,
                                                       QStringLiteral("allowed"), detail);
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcStorage).noquote() << "aircraft of" << flight->key() << "changed:" << detail << "by" << m_actor.name;
    return outcome;
}

} // namespace kiosk
