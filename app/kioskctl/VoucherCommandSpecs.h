#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The spec of `kioskctl voucher` (create, list, disable), kept apart from CommandSpec.cpp's
// table so each file stays readable.
void appendVoucherCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
