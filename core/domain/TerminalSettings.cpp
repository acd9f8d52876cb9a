#include "TerminalSettings.h"

#include <QStringList>

namespace kiosk::TerminalSettings {

QStringList keys()
{
    return {DatabaseUrl.name(),      ReadDatabaseUrl.name(),         TerminalName.name(), Origin.name(),
            KioskIdleSeconds.name(), HideCursor.name(),              OperatorExit.name(), OperatorPinHash.name(),
            Gateway.name(),          AgentIdleSignOutSeconds.name(), HoldSeconds.name(),  Language.name(),
            Printer.name(),          ReceiptPaper.name(),            BoardingPassPaper.name(), ScreenBarcode.name()};
}

} // namespace kiosk::TerminalSettings
