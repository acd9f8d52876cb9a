#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// `receipt REF --pdf FILE [--paper a4|80mm]`: a paid booking's receipt and itinerary as a
// PDF (ReceiptBuilder, ReceiptPdf), painted offscreen like PrintCommands.
class ReceiptCommand {
public:
    ReceiptCommand(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    static bool handles(const QString &command);
    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
