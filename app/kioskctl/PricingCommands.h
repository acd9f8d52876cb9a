#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl fare / surcharge: fares per flight and cabin, seat surcharges per airline or
// route (FareSettings, SurchargeSettings; writes: admins, in the access log).
class PricingCommands {
public:
    PricingCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int fare(const CommandArguments &arguments);
    int surcharge(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
