#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The specs of the notification commands (outbox run/list/retry, purge), kept apart from
// CommandSpec.cpp's table so each file stays readable.
void appendNotificationCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
