#pragma once

#include <QString>

namespace kiosk {

// Who acts, and from where: written into every audit row.
struct Actor {
    QString terminal = QStringLiteral("unknown-terminal");
    QString name = QStringLiteral("kiosk");
};

} // namespace kiosk
