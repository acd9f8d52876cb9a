#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// fare and surcharge (PricingCommands).
void appendPricingCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
