#pragma once

#include "booking/SalesHorizon.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kiosk {

// The steps of an import, in order, for a progress bar.
enum class ImportStage { Reading, Comparing, OpeningSales };

// Told how far an import has come (`done` of `total` in `stage`), on the thread that runs
// it; answering false stops it before anything is written (importStopped()).
using ImportProgress = std::function<bool(ImportStage stage, int done, int total)>;

// What an import stopped by its ImportProgress returns (the caller asked for it; no retry needed).
inline Error importStopped()
{
    return makeError(ErrorCode::Busy, QCoreApplication::translate("ScheduleImporter", "the import was stopped before the "
                                                                                      "end; nothing was written"));
}

// How an import runs.
struct ImportOptions {
    bool dryRun = false;              // work out everything, change nothing
    QString currency = QStringLiteral("EUR"); // fares of new flights (schedules carry none)
    int retimeThresholdMinutes = 60;  // a booked flight moved by more is a disruption
    int opensDays = SalesHorizon::StandardOpensDays; // legs departing sooner open for sale at once
    ImportProgress progress;          // optional
};

// A stored leg the import changes (or, dry, would change), for the admin to review.
struct LegChange {
    enum class Kind { Retimed, Reequipped, Reinstated, Cancelled };
    QString flight;                   // "KX101/2026-12-01"
    Kind kind = Kind::Retimed;
    QDateTime departureBefore, departureAfter; // UTC (Retimed)
    QString destinationBefore, destinationAfter; // Retimed to another airport; else empty
    QString aircraftBefore, aircraftAfter;       // IATA type and configuration (Reequipped)
    int disruptions = 0;              // bookings the change disrupts
};

// A booked passenger an aircraft change moves, or leaves without a seat for an agent.
struct SeatMove {
    QString flight;    // "KX101/2026-12-01"
    QString reference; // the booking's
    QString passenger;
    QString oldSeat;
    QString newSeat;   // empty: no seat, left for an agent
};

// What an import did (or, dry, would do), for the CLI's summary.
struct ImportSummary {
    QString source;                   // "ssim:XX", "feed:NAME"
    bool dryRun = false;
    int legsInSchedule = 0;
    int added = 0;
    int updated = 0;                  // retimed, re-equipped or reinstated
    int cancelled = 0;
    int unchanged = 0;
    QStringList conflicts;            // legs owned by another source: reported, not applied
    QStringList flightsWithBookingsAffected; // flight keys
    int disruptions = 0;
    QList<SeatMove> seatMoves;        // by aircraft changes, in the order they were planned
    QStringList generatedLayouts;     // "772-J14W34Y316"
    int opened = 0;                   // flights opened for sale (their seats made): within the horizon
    qint64 seatsMade = 0;
    QList<LegChange> changes;         // retimed, re-equipped, reinstated and cancelled legs

    bool changed() const { return added + updated + cancelled > 0; }
};

} // namespace kiosk
