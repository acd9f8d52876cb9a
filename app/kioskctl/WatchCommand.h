#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// `watch FLIGHT`: follows one flight's seats until stopped (Ctrl-C, SIGTERM or --for),
// printing a line per seat change and releasing lapsed holds like any running terminal.
class WatchCommand {
public:
    WatchCommand(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

    static constexpr int MaxSeconds = 7 * 24 * 3600;

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
