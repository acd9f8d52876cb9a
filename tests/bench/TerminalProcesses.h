#pragma once

#include "TerminalJourney.h"
#include "domain/Result.h"

#include <QStringList>

#include <functional>

namespace kiosk::bench {

// Starts this program once per terminal with the arguments `argumentsOf(terminal)` gives,
// before waiting for any, then adds up the statistics each printed as one JSON object.
// Each terminal logs into a file of its own, shown when it fails.
Result<TerminalStats> runTerminalProcesses(int terminals, const std::function<QStringList(int)> &argumentsOf,
                                           double seconds, double &wallSeconds);

} // namespace kiosk::bench
