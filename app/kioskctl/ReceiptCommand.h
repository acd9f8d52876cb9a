#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// `receipt REF [--pdf FILE] [--paper a4|80mm] [--email]`: a paid booking's receipt and
// itinerary as a PDF (ReceiptBuilder, ReceiptPdf), painted offscreen like PrintCommands,
// and/or e-mailed to the booking's own address (DocumentMailer).
class ReceiptCommand {
public:
    ReceiptCommand(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    int run(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
