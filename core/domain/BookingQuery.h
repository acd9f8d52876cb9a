#pragma once

#include <QDate>
#include <QString>

namespace kiosk {

// What an agent searches by; every criterion given must match. At least one is required.
struct BookingQuery {
    QString reference;     // exact, any case
    QString name;          // start of a passenger's name or surname, any case, accents, apostrophes
    QString carrier;       // with number: one flight designator ("KX", 101)
    int number = 0;
    QDate date;            // departure date (local to the origin, as on the ticket)
    int limit = 200;

    static constexpr int MaxLimit = 1000;
    bool isEmpty() const { return reference.isEmpty() && name.trimmed().isEmpty() && carrier.isEmpty() && !date.isValid(); }
};

} // namespace kiosk
