#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// block and unblock (InventoryCommands).
void appendInventoryCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
