#include "PasswordPrompt.h"

#include "TerminalInput.h"

#include <unistd.h>

namespace kiosk::ctl {

Result<QString> PasswordPrompt::read(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("KIOSK_PASSWORD"))
        return qEnvironmentVariable("KIOSK_PASSWORD");
    TerminalInput input(STDIN_FILENO);
    const auto line = input.secretLine(prompt);
    if (!line)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("no password: set KIOSK_PASSWORD or type it when asked"));
    return *line;
}

} // namespace kiosk::ctl
