#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

// Why an operation failed. The CLI maps each to an exit code; the UI to a message.
enum class ErrorCode {
    BadInput,        // malformed or impossible request; nothing changed
    NotFound,        // unknown flight, seat or booking
    SeatTaken,       // another booking holds or owns a requested seat
    WrongState,      // the booking is not in a state that allows this action
    HoldExpired,     // the seat hold ran out before the action
    PaymentDeclined, // the gateway said no; the hold stays for a retry
    Busy,            // a lock or statement timeout: nothing changed, try again
    DatabaseUnavailable, // the database cannot be reached
    GatewayUnavailable, // the payment gateway gave no clear answer: the outcome is not known yet
    SchemaTooNew,    // the database was migrated by a newer program
    Internal,        // a bug or an unexpected database error
    Forbidden,       // the acting user's role does not allow this; nothing changed (audited)
    SignInFailed,    // unknown user, wrong password, disabled or locked out
    LimitReached,    // the terminal holds as many seats, or as often, as its role may: nothing changed (audited)
    VoucherRefused,  // the voucher cannot be used for this booking now; nothing was charged
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QStringList details; // e.g. the seat codes that were taken

    // Stable machine-readable name, e.g. "seat_taken" (part of the CLI contract).
    QString codeName() const;
    // Process exit code of the CLI contract: 2 bad input, 3 conflict, 4 not found, 5 unreachable,
    // 6 forbidden for the role, 7 sign-in failed.
    int exitCode() const;
    bool isConflict() const;
};

} // namespace kiosk
