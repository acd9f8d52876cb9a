#pragma once

#include "domain/Flight.h"
#include "domain/Result.h"
#include "domain/Seat.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace kiosk {

class FlightCatalog;

// One seat of a watched flight that changed between two reads.
struct SeatChange {
    QString flight;       // CARRIER+NUMBER/DATE
    SeatCode seat;
    SeatStatus from = SeatStatus::Free;
    SeatStatus to = SeatStatus::Free;
    QString reference;    // the booking now holding or owning the seat; empty when free
    QDateTime at;         // server time of the read that saw the change
};

// Follows one flight's seats: re-reads them when told something changed and reports each
// seat whose status (or holder) differs from the last read. Feeds `kioskctl watch`.
class SeatWatch : public QObject {
    Q_OBJECT
public:
    SeatWatch(FlightCatalog &catalog, const Flight &flight, QObject *parent = nullptr);

    // The first read; nothing is reported for it.
    Status start();
    // Re-reads the seats if `flightId` is this flight or 0 (unknown which).
    void onSeatsChanged(qint64 flightId);
    int seatCount() const { return int(m_last.size()); }

Q_SIGNALS:
    void seatChanged(const kiosk::SeatChange &change);
    void readFailed(const QString &message);

private:
    FlightCatalog &m_catalog;
    Flight m_flight;
    QHash<QString, Seat> m_last; // by seat code
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::SeatChange)
