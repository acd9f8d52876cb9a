#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// `bags`: a checked-in passenger's checked bags (BagTagger), their licence plates, and the
// bag tags as a PDF (painted, so kioskctl runs it under a QGuiApplication like
// PrintCommands).
class BagCommands {
public:
    BagCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
