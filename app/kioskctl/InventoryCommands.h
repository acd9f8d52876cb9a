#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl block / unblock: seats out of sale, or kept for the desk, with a reason
// (SeatBlocker; agents and up, in the access log).
class InventoryCommands {
public:
    InventoryCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int block(const CommandArguments &arguments);
    int unblock(const CommandArguments &arguments);

private:
    int run(const CommandArguments &arguments, bool blocking);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
