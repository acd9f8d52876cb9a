#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The specs of schedules coming in (import, open-sales, change-aircraft, disruptions),
// kept apart from CommandSpec.cpp's table so each file stays readable.
void appendScheduleCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
