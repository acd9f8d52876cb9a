#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// The read side: `flights` (the schedule) and `seats` (one flight's seat map).
class FlightCommands {
public:
    FlightCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    static bool handles(const QString &command);
    int run(const QString &command, const CommandArguments &arguments);

private:
    int flights(const CommandArguments &arguments);
    int seats(const CommandArguments &arguments);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
