#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk::ctl {

// Commands that write documents: `boarding-pass` (a PDF, one page per passenger). They
// paint with QtGui, so kioskctl runs them under a QGuiApplication (offscreen).
class PrintCommands {
public:
    PrintCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // Whether these raw arguments name a command that paints (boarding-pass, bags, receipt,
    // and outbox run for the e-mails' documents), decided before the application object exists.
    static bool paints(int argc, char **argv);
    int boardingPass(const CommandArguments &arguments);

private:
    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
