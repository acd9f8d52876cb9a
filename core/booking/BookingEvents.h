#pragma once

#include "domain/BookingState.h"

#include <QDateTime>
#include <QObject>

namespace kiosk {

// Signals for every persisted state change, emitted after commit, so sessions, schedulers
// and screens follow the database instead of guessing.
class BookingEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void stateChanged(const QString &reference, kiosk::BookingState from, kiosk::BookingState to);
    void holdPlaced(const QString &reference, const QDateTime &deadlineUtc);
};

} // namespace kiosk
