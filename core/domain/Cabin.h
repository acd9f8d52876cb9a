#pragma once

#include <QString>

#include <optional>

namespace kiosk {

// Cabin classes by their IATA booking-class family letters.
enum class Cabin { First, Business, PremiumEconomy, Economy };

// 'F', 'J', 'W', 'Y'
QChar cabinCode(Cabin cabin);
std::optional<Cabin> cabinFromCode(QChar code);
// "first", "business", "premium economy", "economy", in the user's language (kioskctl: English)
QString cabinName(Cabin cabin);

} // namespace kiosk
