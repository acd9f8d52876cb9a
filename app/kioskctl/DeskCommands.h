#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// The agent's desk work from the command line: find bookings and change a seat, through
// the same BookingService (and the same role rules) as the agent workstation.
class DeskCommands {
public:
    DeskCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int find(const CommandArguments &arguments);
    int changeSeat(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
