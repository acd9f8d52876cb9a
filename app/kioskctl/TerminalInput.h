#pragma once

#include <QFile>
#include <QString>

#include <optional>

namespace kiosk::ctl {

// Lines of secret input (a password, a card number) from a file descriptor: standard input
// or one a script passes with --card-fd. On a terminal each line is asked for on stderr
// with echo off; from a pipe the lines are simply read. Secrets never come from argv,
// where every user of the machine can read them in the process list.
class TerminalInput {
public:
    explicit TerminalInput(int fd);

    bool isOpen() const { return m_file.isOpen(); }
    // The next line without its line break; nullopt at the end of the input.
    std::optional<QString> secretLine(const QString &prompt);

private:
    int m_fd;
    QFile m_file;
};

} // namespace kiosk::ctl
