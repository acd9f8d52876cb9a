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

    static bool handles(const QString &command);
    int run(const QString &command, const CommandArguments &arguments);

    static constexpr int MaxDemoDays = 60;

private:
    Result<std::unique_ptr<CtlContext>> openAsAdministrator();
    int migrate();
    int seedDemo(const CommandArguments &arguments);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
