#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::ctl {

struct GlobalOptions;
class CommandArguments;
class OutputWriter;

// One kioskctl command as the contract defines it: its name, synopsis, options, positional
// arguments, help text and the handler that runs it. The table drives parsing, dispatch and
// --help alike, so the documentation cannot drift from what is accepted.
struct CommandSpec {
    // Runs the command once its arguments are parsed; returns the exit code.
    using Handler = int (*)(const GlobalOptions &global, OutputWriter &out, const CommandArguments &arguments);

    struct Positional {
        QString name;        // "FLIGHT"
        QString description;
        bool optional = false; // optional ones come last
    };

    QString name;            // "hold"
    QString synopsis;        // "hold FLIGHT SEAT[,SEAT...] [--passenger NAME]... ..."
    QString summary;         // one line for the command list
    QString details;         // what it does, its JSON output, its errors
    QList<Positional> positionals; // in this order
    QList<QCommandLineOption> options;
    // No default: an entry without a handler is a -Wmissing-field-initializers error (dev preset).
    Handler handler;

    static const QList<CommandSpec> &all();
    static const CommandSpec *find(const QString &name);
    static QStringList names();
};

} // namespace kiosk::ctl
