#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// kioskctl user add|passwd|disable|list: UserAdministration acting as the signed-in
// --user (or the built-in operator), so the same admin-only rule holds as in the UI.
class UserCommands {
public:
    UserCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
