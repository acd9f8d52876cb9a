#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The specs of the airline settings commands (airline, checkin-window, bag-allowance),
// kept apart from CommandSpec.cpp's table so each file stays readable.
void appendSettingsCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
