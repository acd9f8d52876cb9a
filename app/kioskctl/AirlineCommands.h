#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl airline / checkin-window / bag-allowance / sales-cutoff / hold-limits: the
// settings check-in and selling read, through AirlineSettings, SalesCutoffSettings and
// HoldLimitSettings (changing them is admin-only, as in every front end).
class AirlineCommands {
public:
    AirlineCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int airline(const CommandArguments &arguments);
    int window(const CommandArguments &arguments);
    int allowance(const CommandArguments &arguments);
    int salesCutoff(const CommandArguments &arguments);
    int holdLimits(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
