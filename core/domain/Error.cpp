#include "Error.h"

namespace kiosk {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::BadInput: return QStringLiteral("bad_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::SeatTaken: return QStringLiteral("seat_taken");
    case ErrorCode::WrongState: return QStringLiteral("wrong_state");
    case ErrorCode::HoldExpired: return QStringLiteral("hold_expired");
    case ErrorCode::PaymentDeclined: return QStringLiteral("payment_declined");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::DatabaseUnavailable: return QStringLiteral("database_unavailable");
    case ErrorCode::GatewayUnavailable: return QStringLiteral("gateway_unavailable");
    case ErrorCode::SchemaTooNew: return QStringLiteral("schema_too_new");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::Forbidden: return QStringLiteral("forbidden");
    case ErrorCode::SignInFailed: return QStringLiteral("sign_in_failed");
    case ErrorCode::LimitReached: return QStringLiteral("limit_reached");
    case ErrorCode::VoucherRefused: return QStringLiteral("voucher_refused");
    }
    return QStringLiteral("internal");
}

bool Error::isConflict() const
{
    return code == ErrorCode::SeatTaken || code == ErrorCode::WrongState
        || code == ErrorCode::HoldExpired || code == ErrorCode::PaymentDeclined
        || code == ErrorCode::Busy || code == ErrorCode::LimitReached || code == ErrorCode::VoucherRefused;
}

int Error::exitCode() const
{
    switch (code) {
    case ErrorCode::BadInput: return 2;
    case ErrorCode::SeatTaken:
    case ErrorCode::WrongState:
    case ErrorCode::HoldExpired:
    case ErrorCode::PaymentDeclined:
    case ErrorCode::LimitReached:
    case ErrorCode::Busy:
    case ErrorCode::VoucherRefused: return 3;
    case ErrorCode::NotFound: return 4;
    case ErrorCode::DatabaseUnavailable:
    case ErrorCode::GatewayUnavailable:
    case ErrorCode::SchemaTooNew: return 5;
    case ErrorCode::Internal: return 1;
    case ErrorCode::Forbidden: return 6;
    case ErrorCode::SignInFailed: return 7;
    }
    return 1;
}

} // namespace kiosk
