#pragma once

#include "screens/KioskOptions.h"

#include <QString>

class QCoreApplication;

// Everything the command line and QSettings decide before the first window appears.
struct KioskStartup {
    QString databaseUrl;
    QString terminal;
    QString gateway; // --gateway, $KIOSK_GATEWAY, setting payment/gateway; empty: the mock
    int holdSeconds = 600;
    QString language;
    quint32 demoSeed = 2026;
    int demoDays = 3;
    kiosk::ui::KioskOptions options;

    // Parses the flags (and --help, --version); settings fill what flags leave out.
    // Returns an error message for bad input, empty on success.
    QString parse(const QCoreApplication &app);
    bool isDemo() const { return options.mode == kiosk::ui::KioskOptions::Mode::Demo; }
    bool isAgent() const { return options.mode == kiosk::ui::KioskOptions::Mode::Agent; }
    // The program's own demo SQLite file (--demo, or --agent with no database configured):
    // created, seeded and, for the agent face, given the demo staff accounts.
    bool usesDemoDatabase() const { return databaseUrl == defaultDemoDatabase(); }
    static QString defaultDemoDatabase();
};
