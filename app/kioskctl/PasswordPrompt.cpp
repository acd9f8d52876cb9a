#include "PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kiosk::ctl {

Result<QString> PasswordPrompt::read(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("KIOSK_PASSWORD"))
        return qEnvironmentVariable("KIOSK_PASSWORD");

    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt + QStringLiteral(": ")), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (line.isNull())
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("no password: set KIOSK_PASSWORD or type it when asked"));
    return line;
}

} // namespace kiosk::ctl
