#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The spec of `kioskctl waitlist`.
void appendWaitlistCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
