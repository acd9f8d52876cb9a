#pragma once

#include "CommandSpec.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kiosk::ctl {

// The options every command accepts, before or after the command name.
struct GlobalOptions {
    QString db;       // empty: $KIOSK_DB, else the demo SQLite file
    QString readDb;   // --read-db, for report: empty: $KIOSK_READ_DB, else db
    QString terminal; // written into the audit trail; default: the host name
    bool json = false;
    QString user;     // --user: sign in as this user; empty: the built-in operator (admin)
};

// A command's own arguments after parsing: positionals in order and option values.
class CommandArguments {
public:
    QString positional(qsizetype index) const { return m_positionals.value(index); }
    bool isSet(const QString &name) const { return m_set.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    bool helpRequested() const { return m_help; }

private:
    friend class CommandLine;
    QStringList m_positionals;
    QHash<QString, QStringList> m_values; // defaults included
    QSet<QString> m_set;                  // given on the command line
    bool m_help = false;
};

// kioskctl's command line: global options, then COMMAND, then the command's arguments
// (global options are accepted after the command too). Usage errors are BadInput (exit 2).
class CommandLine {
public:
    enum class Action { Run, Help, Version };

    struct Invocation {
        Action action = Action::Run;
        GlobalOptions global;
        const CommandSpec *command = nullptr; // for Run, and for Help on one command
        CommandArguments arguments;
    };

    static Result<Invocation> parse(const QStringList &arguments);
    // True if "--json" appears anywhere: errors of a failed parse are then JSON too.
    static bool jsonRequested(const QStringList &arguments);

    static QString fullHelp();
    static QString commandHelp(const CommandSpec &spec);

private:
    static QList<QCommandLineOption> globalOptions();
    static Result<CommandArguments> parseCommand(const CommandSpec &spec, const QStringList &arguments,
                                                 GlobalOptions &global);
};

} // namespace kiosk::ctl
