#pragma once

#include "CommandSpec.h"

namespace kiosk::ctl {

// The specs of selling and looking after bookings (hold, pay, cancel, refund, show, expire, reconcile,
// change-seat, offload, find),
// kept apart from CommandSpec.cpp's table so each file stays readable.
void appendBookingCommandSpecs(QList<CommandSpec> &table);

} // namespace kiosk::ctl
