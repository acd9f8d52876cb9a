#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"
#include "domain/Result.h"

#include <memory>

namespace kiosk::ctl {

class CtlContext;

// Operations on the database itself: `migrate` (schema) and `seed-demo` (sample data), for
// the database operator or, with --user, an admin.
class AdminCommands {
public:
    AdminCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int migrate(const CommandArguments &arguments);
    int seedDemo(const CommandArguments &arguments);

    static constexpr int MaxDemoDays = 60;

private:
    Result<std::unique_ptr<CtlContext>> openAsAdministrator();

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
