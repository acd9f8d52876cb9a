#pragma once

#include "domain/Flight.h"
#include "domain/Result.h"
#include "storage/ScheduleRepository.h"

namespace kiosk {

class Database;

// The stored leg of one flight an admin changes by hand (a change of aircraft, a
// cancellation), read with its row locked inside the caller's transaction, as an import
// locks the legs it changes. Refused: an unknown flight (NotFound), a cancelled one
// (WrongState), a departed one (BadInput); `cannot` ends the message ("its aircraft can no
// longer be changed", already translated).
Result<StoredLeg> changeableLeg(Database &db, const FlightRef &ref, const QString &cannot);

} // namespace kiosk
