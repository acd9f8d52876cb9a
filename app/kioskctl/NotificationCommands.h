#pragma once

#include "CommandLine.h"
#include "CtlContext.h"
#include "OutputWriter.h"

#include <memory>

namespace kiosk::ctl {

class CtlContext;

// kioskctl outbox run|list|retry and purge: the notification outbox's dispatcher
// (core/notify) and the retention of travellers' contact details.
class NotificationCommands {
public:
    NotificationCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table: outbox run|list|retry, and purge.
    int outbox(const CommandArguments &arguments);
    int purge(const CommandArguments &arguments);

private:
    Result<std::unique_ptr<CtlContext>> openForOperations(const QString &target);
    int dispatch(const CommandArguments &arguments);
    // Expires lapsed holds and makes the waitlist offers they and other freed seats allow.
    static void offerFreedSeats(CtlContext &context);
    int list(const CommandArguments &arguments);
    int retry(const CommandArguments &arguments);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
