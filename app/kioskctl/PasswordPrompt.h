#pragma once

#include "domain/Result.h"

#include <QString>

namespace kiosk::ctl {

// Where kioskctl gets a password: $KIOSK_PASSWORD if set (scripts), else a prompt on the
// terminal with echo off, else one line of standard input. Never from the command line,
// where every user of the machine could read it in the process list.
class PasswordPrompt {
public:
    static Result<QString> read(const QString &prompt);
};

} // namespace kiosk::ctl
