#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace kiosk {

class Database;

// A checked-in passenger: their booking line, boarding sequence and who checked them in.
struct CheckInRecord {
    qint64 lineId = 0;
    int sequence = 0;
    QDateTime atUtc;
    QString terminal;
    QString actor;
};

// An airline as on file: what boarding passes, bag tags and receipts print.
struct StoredAirline {
    QString numericCode; // empty when the airline is not on file
    QString name;
    QString address;     // lines separated by '\n'
};

// A check-in window as stored, in minutes before departure.
struct StoredCheckInWindow {
    int opensMinutes = 0;
    int closesMinutes = 0;
};

// One row of check_in_windows: an airline's window (route empty) or a route's ("DUB-LHR").
struct CheckInWindowRow {
    QString carrier;
    QString route;
    StoredCheckInWindow window;
};

// One row of airlines, with its designator.
struct AirlineRow {
    QString designator;
    StoredAirline airline;
};

// The check-in tables of migration 0009: which passengers are checked in, the per-flight
// boarding sequence counter, check-in windows and the airlines' numeric codes. Building
// blocks: CheckInService runs them in its transactions.
class CheckInRepository {
    Q_DECLARE_TR_FUNCTIONS(CheckInRepository)
public:
    explicit CheckInRepository(Database &db) : m_db(db) {}

    // Inside a write transaction: locks the flight's sequence counter (creating it at 0)
    // and returns the last number given out. Concurrent check-ins on one flight queue here.
    Result<int> lockSequence(qint64 flightId);
    Status storeSequence(qint64 flightId, int lastSequence);
    // Inside a write transaction: locks the booking row (a cancellation waits, or we wait
    // for it) and returns its state name as stored.
    Result<QString> lockBookingState(qint64 bookingId);
    Status insert(qint64 lineId, qint64 flightId, int sequence, const Actor &actor);
    // False when the line was not checked in (an offload raced another).
    Result<bool> remove(qint64 lineId);
    // Check-ins of these booking lines, by line id.
    Result<QHash<qint64, CheckInRecord>> forLines(const QList<qint64> &lineIds);
    // The route's window ("DUB-LHR"), else the airline's, else none.
    Result<std::optional<StoredCheckInWindow>> window(const QString &carrier, const QString &route);
    Status saveWindow(const QString &carrier, const QString &route, const StoredCheckInWindow &window);
    // False when there was no such row.
    Result<bool> removeWindow(const QString &carrier, const QString &route);
    // Every stored window, by carrier, the airline's own before its routes'.
    Result<QList<CheckInWindowRow>> windows();
    // The airline's 3-digit numeric code; empty when the airline is not on file.
    Result<QString> airlineNumericCode(const QString &designator);
    Status saveAirline(const QString &designator, const QString &numericCode, const QString &name);
    // The airline's row; all fields empty when it is not on file.
    Result<StoredAirline> airline(const QString &designator);
    Status saveAirlineAddress(const QString &designator, const QString &address);
    // Every airline on file, by designator.
    Result<QList<AirlineRow>> airlines();

private:
    Database &m_db;
};

} // namespace kiosk
