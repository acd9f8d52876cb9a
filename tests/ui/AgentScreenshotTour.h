#pragma once

#include <QString>

namespace kiosk::test {

// The agent workstation's screens on a fresh demo database, saved as PNGs into `outDir`
// (docs/screenshots/agent-*.png): sign-in, a refused sign-in, lookup results, the booking
// detail, the cancellation quote and result, a supervisor's override and its history.
void runAgentScreenshotTour(const QString &outDir);

} // namespace kiosk::test
