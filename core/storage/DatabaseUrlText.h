#pragma once

#include "DatabaseUrl.h"

namespace kiosk {

// `url` as text that DatabaseUrl::parse reads back to the same connection: every part of a
// PostgreSQL URL as a percent-encoded query parameter (a list of hosts becomes the host
// setting, which libpq reads alike), or "sqlite:PATH". For a second connection opened with
// Database::open on another thread, password included: never for logs (redacted() is).
QString databaseUrlText(const DatabaseUrl &url);

} // namespace kiosk
