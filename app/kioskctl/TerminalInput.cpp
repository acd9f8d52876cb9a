#include "TerminalInput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kiosk::ctl {

TerminalInput::TerminalInput(int fd) : m_fd(fd)
{
    (void)m_file.open(fd, QIODevice::ReadOnly | QIODevice::Text, QFileDevice::DontCloseHandle);
}

std::optional<QString> TerminalInput::secretLine(const QString &prompt)
{
    if (!m_file.isOpen())
        return std::nullopt;
    const bool terminal = isatty(m_fd) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt + QStringLiteral(": ")), stderr);
        std::fflush(stderr);
        tcgetattr(m_fd, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(m_fd, TCSANOW, &silent);
    }
    const QByteArray line = m_file.readLine(4096);
    if (terminal) {
        tcsetattr(m_fd, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (line.isEmpty())
        return std::nullopt;
    QString text = QString::fromUtf8(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace kiosk::ctl
