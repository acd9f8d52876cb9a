#pragma once

#include <QString>

class QWidget;

namespace kiosk::test {

// Saves `widget` as OUTDIR/NAME.png once layouts and timers have settled.
void save(QWidget *widget, const QString &dir, const QString &name);

// The agent workstation's screens on a fresh demo database, saved as PNGs into `outDir`
// (docs/screenshots/agent-*.png): sign-in, a refused sign-in, lookup results, the booking
// detail, the cancellation quote and result, a seat change, a supervisor's override and
// its history.
void runAgentScreenshotTour(const QString &outDir);

} // namespace kiosk::test
