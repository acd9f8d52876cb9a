#pragma once

#include <QDateTime>
#include <QString>

namespace kiosk {

// A traveller pressed Help on a kiosk: which one, on which screen, with which held booking
// (if any), and once an agent has answered, who and when (StaffCallDesk, migration 0033).
struct StaffCall {
    qint64 id = 0;
    QString terminal;
    QString screen;    // the kiosk screen's name, e.g. "seatMapScreen"
    QString reference; // the booking held at that moment; empty when none
    QDateTime calledAtUtc;   // database server time
    QDateTime answeredAtUtc; // null while open
    QString answeredBy;

    bool isOpen() const { return answeredAtUtc.isNull(); }
};

} // namespace kiosk
