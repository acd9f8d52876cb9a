#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// `kioskctl report [--from DATE] [--to DATE] [--csv] [--section NAME]`: the sales report
// of ReportService (supervisors and up) as JSON, text tables or CSV.
class ReportCommand {
public:
    ReportCommand(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
