#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The specs of the day of travel (checkin, boarding-pass, bags, receipt),
// kept apart from CommandSpec.cpp's table so each file stays readable.
void appendCheckInCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
