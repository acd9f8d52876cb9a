#pragma once

#include "TerminalJourney.h"
#include "domain/Result.h"

#include <QStringList>

#include <functional>

namespace kiosk::bench {

struct TerminalTimes {
    double startupSeconds = 0; // from starting the first process to "go"
    double runSeconds = 0;     // from "go" to the end of the last terminal's loop
};

// Starts this program once per terminal with the arguments `argumentsOf(terminal)` gives,
// waits until every terminal has connected, tells them all to go at once, then adds up the
// statistics each printed as one JSON object. As pgbench, the run is timed from the moment
// every connection is made, so start-up (a Qt process and its connection each) and exit are
// not counted in it. Each terminal logs into a file of its own, shown when it fails.
Result<TerminalStats> runTerminalProcesses(int terminals, const std::function<QStringList(int)> &argumentsOf,
                                           double seconds, TerminalTimes &times);

// A terminal's side of the start: says it is ready on its output, then waits for "go".
void awaitGo();

} // namespace kiosk::bench
