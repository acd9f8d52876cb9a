#pragma once

#include "domain/BookingState.h"
#include "domain/PaymentStatus.h"
#include "widgets/StatusChip.h"

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

// How a booking state's chip looks: done (confirmed), waiting on someone, stopped, or over.
inline ChipTone agentStateTone(BookingState state)
{
    switch (state) {
    case BookingState::Confirmed: return ChipTone::Good;
    case BookingState::Initiated:
    case BookingState::SeatHeld:
    case BookingState::PaymentPending: return ChipTone::Waiting;
    case BookingState::Cancelled: return ChipTone::Stopped;
    case BookingState::Refunded: return ChipTone::Info;
    case BookingState::Expired: break;
    }
    return ChipTone::Neutral;
}

// "Paid", "Declined", ... for a payment's stored status name; an unknown name as it is.
inline QString agentPaymentStatusText(const QString &name)
{
    const auto status = paymentStatusFromName(name);
    if (!status)
        return name;
    switch (*status) {
    case PaymentStatus::Pending: return QCoreApplication::translate("AgentFormat", "Waiting for the bank");
    case PaymentStatus::Authorized: return QCoreApplication::translate("AgentFormat", "Authorised, not yet taken");
    case PaymentStatus::Declined: return QCoreApplication::translate("AgentFormat", "Declined");
    case PaymentStatus::Captured: return QCoreApplication::translate("AgentFormat", "Paid");
    case PaymentStatus::Voided: return QCoreApplication::translate("AgentFormat", "Authorisation released");
    case PaymentStatus::Refunded: return QCoreApplication::translate("AgentFormat", "Refunded");
    }
    return name;
}

inline ChipTone agentPaymentStatusTone(const QString &name)
{
    switch (paymentStatusFromName(name).value_or(PaymentStatus::Voided)) {
    case PaymentStatus::Captured: return ChipTone::Good;
    case PaymentStatus::Pending:
    case PaymentStatus::Authorized: return ChipTone::Waiting;
    case PaymentStatus::Declined: return ChipTone::Stopped;
    case PaymentStatus::Refunded: return ChipTone::Info;
    case PaymentStatus::Voided: break;
    }
    return ChipTone::Neutral;
}

// A refund's stored status (PENDING, DONE, FAILED) in words.
inline QString agentRefundStatusText(const QString &name)
{
    if (name == QLatin1String("PENDING"))
        return QCoreApplication::translate("AgentFormat", "Refund on its way");
    if (name == QLatin1String("DONE"))
        return QCoreApplication::translate("AgentFormat", "Refunded");
    if (name == QLatin1String("FAILED"))
        return QCoreApplication::translate("AgentFormat", "Refund failed");
    return name;
}

inline ChipTone agentRefundStatusTone(const QString &name)
{
    if (name == QLatin1String("PENDING"))
        return ChipTone::Waiting;
    if (name == QLatin1String("FAILED"))
        return ChipTone::Stopped;
    return name == QLatin1String("DONE") ? ChipTone::Info : ChipTone::Neutral;
}

} // namespace kiosk::ui
