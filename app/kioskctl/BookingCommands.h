#pragma once

#include "CommandLine.h"
#include "CtlContext.h"
#include "OutputWriter.h"
#include "domain/Booking.h"

#include <QJsonObject>

namespace kiosk::ctl {

// The selling side: hold, pay, cancel, refund, show, expire and reconcile, each one call of the
// BookingService, so the CLI follows exactly the rules a kiosk follows.
class BookingCommands {
public:
    BookingCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int hold(const CommandArguments &arguments);
    int pay(const CommandArguments &arguments);
    int cancel(const CommandArguments &arguments);
    int refund(const CommandArguments &arguments);
    int show(const CommandArguments &arguments);
    int expire(const CommandArguments &arguments);
    int reconcile(const CommandArguments &arguments);

private:
    int cancelWithRefund(CtlContext &context, const QString &reference, const CommandArguments &arguments);
    // The context with the --gateway of pay and reconcile and their --attempt-timeout SECONDS
    // (1 to 3600, else BadInput) applied.
    Result<std::unique_ptr<CtlContext>> openForPayments(const CommandArguments &arguments) const;

    // Prints a booking (JSON object or text with `headline` on top).
    int printBooking(CtlContext &context, const Booking &booking, const QString &headline,
                     const QJsonObject &extra = {});

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
