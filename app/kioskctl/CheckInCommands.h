#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

namespace kiosk {
struct BoardingPass;
}

namespace kiosk::ctl {

// Check-in from the command line: `checkin` (reference and surname, or a scanned boarding
// pass barcode) and `offload`, through the same CheckInService and role rules as the kiosk
// and the desk.
class CheckInCommands {
public:
    CheckInCommands(const GlobalOptions &global, OutputWriter &out) : m_global(global), m_out(out) {}

    // The handlers of CommandSpec's table.
    int checkIn(const CommandArguments &arguments);
    int offload(const CommandArguments &arguments);

private:
    int printPasses(const QList<BoardingPass> &passes);

    const GlobalOptions &m_global;
    OutputWriter &m_out;
};

} // namespace kiosk::ctl
