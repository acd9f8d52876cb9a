#pragma once

#include "domain/BookingState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace kiosk::ui {

// Times on the agent's screens: the workstation's local time, minutes, sortable as text.
inline QString agentDateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "Confirmed", "Seat held", ... for a booking state.
inline QString agentStateText(BookingState state)
{
    switch (state) {
    case BookingState::Initiated: return QCoreApplication::translate("AgentFormat", "Initiated");
    case BookingState::SeatHeld: return QCoreApplication::translate("AgentFormat", "Seat held");
    case BookingState::PaymentPending: return QCoreApplication::translate("AgentFormat", "Payment pending");
    case BookingState::Confirmed: return QCoreApplication::translate("AgentFormat", "Confirmed");
    case BookingState::Expired: return QCoreApplication::translate("AgentFormat", "Expired");
    case BookingState::Cancelled: return QCoreApplication::translate("AgentFormat", "Cancelled");
    case BookingState::Refunded: return QCoreApplication::translate("AgentFormat", "Refunded");
    }
    return bookingStateName(state);
}

} // namespace kiosk::ui
