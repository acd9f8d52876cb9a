#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl policy show|set|reset: the cancellation refund tiers of each cabin, through
// RefundPolicyAdministration (setting is admin-only, as in every other front end).
class PolicyCommands {
public:
    PolicyCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
