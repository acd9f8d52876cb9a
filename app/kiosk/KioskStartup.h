#pragma once

#include "BoardingPassPdf.h"
#include "ReceiptDocument.h"

#include "domain/TerminalSettings.h"
#include "payment/GatewayFactory.h"
#include "screens/KioskOptions.h"

#include <QString>
#include <QStringList>

// Everything the command line and QSettings decide before the first window appears.
struct KioskStartup {
    QString databaseUrl;
    QString readDatabaseUrl; // the departures board and reports; empty: databaseUrl (docs/operations.md "Read replicas")
    QString terminal;
    QString gateway; // --gateway, $KIOSK_GATEWAY, setting payment/gateway; empty: the mock, on the demo database only
    // --card-terminal, $KIOSK_CARD_TERMINAL, setting payment/card-terminal; the demo: the mock
    // terminal; the agent desk: none (cards typed).
    QString cardTerminal;
    int holdSeconds = kiosk::TerminalSettings::HoldSeconds.fallback;
    QString language;
    bool hashPin = false; // --hash-pin: print the hash of a PIN read from stdin, then exit
    quint32 demoSeed = 2026;
    int demoDays = 3;
    kiosk::ui::KioskOptions options;
    QString printer;      // setting print/printer: the receipt printer's name; empty: PDFs
    kiosk::ReceiptPaper paper = kiosk::ReceiptPaper::Roll80mm; // setting print/paper: 80mm or a4
    // setting print/boarding-pass-paper: a4 or atb (the boarding pass card)
    kiosk::BoardingPassPaper boardingPassPaper = kiosk::BoardingPassPaper::A4;

    // Parses the flags; settings (the user's, or the --config file) fill what flags leave
    // out. Runs before any GUI exists, so --help and --version work without a display:
    // they print and exit. Returns an error message for bad input, empty on success;
    // `exitCode` then says how to exit (2 bad input, ConfigExitCode a missing or
    // incomplete configuration).
    QString parse(const QStringList &arguments);
    int exitCode = 0;
    // sysexits.h EX_CONFIG: the appliance unit does not restart on it (a restart cannot help).
    static constexpr int ConfigExitCode = 78;
    // "kiosk 1.2.3 (database schema 7)": what --version prints.
    static QString versionText();
    bool isDemo() const { return options.mode == kiosk::ui::KioskOptions::Mode::Demo; }
    bool isAgent() const { return options.mode == kiosk::ui::KioskOptions::Mode::Agent; }
    // The program's own demo SQLite file (--demo, or --agent with no database configured):
    // created, seeded and, for the agent face, given the demo staff accounts.
    bool usesDemoDatabase() const { return databaseUrl == defaultDemoDatabase(); }
    static QString defaultDemoDatabase();
    kiosk::GatewayFactory::Database databaseKind() const;
};
