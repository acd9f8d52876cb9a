#pragma once

#include "Role.h"

#include <QString>

namespace kiosk {

// Who acts, from where, and with which rights: written into every audit row and checked
// by AccessPolicy before every booking operation. A default Actor has the least rights.
struct Actor {
    QString terminal = QStringLiteral("unknown-terminal");
    QString name = QStringLiteral("kiosk");
    Role role = Role::Kiosk;

    // kioskctl without --user: the database operator, with admin rights, audited as "operator".
    static Actor builtInOperator(const QString &terminal)
    {
        return Actor{terminal, QStringLiteral("operator"), Role::Admin};
    }
};

} // namespace kiosk
