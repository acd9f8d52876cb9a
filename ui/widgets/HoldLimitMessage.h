#pragma once

#include "domain/Error.h"

#include <QString>

namespace kiosk::ui {

// ErrorCode::LimitReached in the reader's language, for a traveller at a kiosk or an agent
// at a desk: which limit, and from when holding works again (local time).
QString holdLimitMessage(const Error &error, bool atKiosk);

} // namespace kiosk::ui
