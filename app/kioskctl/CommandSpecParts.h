#pragma once

#include "CommandLine.h"
#include "OutputWriter.h"

#include <QCommandLineOption>
#include <QString>

// Pieces every family of kioskctl command specs uses (CommandSpec.cpp, *CommandSpecs.cpp).
namespace kiosk::ctl::specparts {

inline QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = QString(),
                                 const QString &defaultValue = QString())
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

// An option that is recognised only to be refused with a message of its own (instead of
// "unknown option", after which its value would be taken for an argument and quoted back).
inline QCommandLineOption refused(const QString &name)
{
    QCommandLineOption o(name, QStringLiteral("Refused."), QStringLiteral("VALUE"));
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

// The CommandSpec::Handler that runs `method` on a command group made for this run, e.g.
// handledBy<FlightCommands, &FlightCommands::seats>.
template <typename Commands, int (Commands::*method)(const CommandArguments &)>
int handledBy(const GlobalOptions &global, OutputWriter &out, const CommandArguments &arguments)
{
    return (Commands(global, out).*method)(arguments);
}

inline QString flightArgument()
{
    return QStringLiteral("A flight id (42) or CARRIER+NUMBER/DATE (KX101/2026-12-01).");
}

inline QString bookingArgument()
{
    return QStringLiteral("A booking reference (ABC234) or numeric id.");
}

} // namespace kiosk::ctl::specparts
