#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::ctl {

// One kioskctl command as the contract defines it: its name, synopsis, options, positional
// arguments and help text. The table drives parsing, dispatch and --help alike, so the
// documentation cannot drift from what is accepted.
struct CommandSpec {
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

    static const QList<CommandSpec> &all();
    static const CommandSpec *find(const QString &name);
    static QStringList names();
};

} // namespace kiosk::ctl
