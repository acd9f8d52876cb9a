#pragma once

#include "accessibility/KeypadMap.h"
#include "checkin/BarcodeSymbol.h"
#include "domain/TerminalSettings.h"

#include <QKeySequence>
#include <QString>

namespace kiosk::ui {

// How a terminal presents itself; filled from settings and flags by the app.
struct KioskOptions {
    enum class Mode { Kiosk, Agent, Demo };
    Mode mode = Mode::Demo;
    QString origin = QString::fromLatin1(TerminalSettings::Origin.fallback); // the airport this terminal stands in
    QString originName = QStringLiteral("Dublin");
    int idleSeconds = TerminalSettings::KioskIdleSeconds.fallback; // before "Are you still there?"
    int graceSeconds = 15;                  // before the reset
    int signOutIdleSeconds = TerminalSettings::AgentIdleSignOutSeconds.fallback; // agent workstation: automatic sign-out
    int refreshSeconds = 5;                 // re-read of the screen; at least 60 s when changes are pushed (LiveSync)
    QKeySequence operatorExit = QKeySequence(QString::fromLatin1(TerminalSettings::OperatorExit.fallback));
    QString operatorPinHash; // OperatorPin::hash of the exit PIN; empty: the operator exit is disabled
    bool hideCursor = false;
    // A card terminal reads the card (--terminal): the pay step shows no card fields.
    bool cardTerminal = false;
    // The boarding pass barcode on the screen (setting checkin/screen-barcode); paper is PDF417.
    ScreenBarcode::Symbology screenBarcode = ScreenBarcode::Symbology::Pdf417;

    // The accessible mode's navigation keypad (settings keypad/...), and whether the window
    // opens in the accessible mode (rebuilt in another language while it was on).
    KeypadMap keypad = KeypadMap::defaults();
    bool accessible = false;

    bool touchFirst() const { return mode != Mode::Agent; }
};

} // namespace kiosk::ui
