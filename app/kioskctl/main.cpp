// kioskctl: the scripting and operations CLI of the booking kiosk (contract: docs/cli.md).
// Composition root only: parse the command line, run the command's handler from the table.
#include "CommandLine.h"
#include "OutputWriter.h"
#include "PrintCommands.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace kiosk::ctl;

int main(int argc, char **argv)
{
    // A command that paints (a PDF) needs fonts: a QGuiApplication, offscreen unless the
    // caller chose a platform. Everything else stays a console program.
    const bool paints = PrintCommands::paints(argc, argv);
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, CI) Qt warns on stderr, which is the contract's error
    // object, that XDG_RUNTIME_DIR is missing: give this run a private one (0700, removed
    // at exit).
    std::optional<QTemporaryDir> runtimeDir;
    if (paints && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir.emplace();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
    const std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // The kiosk's names, so both programs find the same demo database in the data directory.
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("BookingKiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    // stderr belongs to the one error object of the contract; QT_LOGGING_RULES (which takes
    // precedence over these rules) turns the core's log back on for diagnosis.
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.info=false\nkiosk.*.warning=false"));

    const QStringList arguments = QCoreApplication::arguments();
    OutputWriter out(CommandLine::jsonRequested(arguments));
    auto invocation = CommandLine::parse(arguments);
    if (!invocation)
        return out.error(invocation.error());
    out.setJson(invocation->global.json);

    switch (invocation->action) {
    case CommandLine::Action::Help:
        out.plain(invocation->command ? CommandLine::commandHelp(*invocation->command) : CommandLine::fullHelp());
        return 0;
    case CommandLine::Action::Version:
        // The schema this program migrates to and expects: upgrades run migrations first.
        out.plain(QStringLiteral("kioskctl %1 (database schema %2)")
                      .arg(QCoreApplication::applicationVersion())
                      .arg(kiosk::Migrator::bundledVersion()));
        return 0;
    case CommandLine::Action::Run:
        break;
    }

    // The table names every command's handler; a missing one is a bug, not a usage error.
    const CommandSpec &command = *invocation->command;
    if (!command.handler)
        return out.error(kiosk::makeError(kiosk::ErrorCode::Internal, QStringLiteral("no handler for '%1'").arg(command.name)));
    return command.handler(invocation->global, out, invocation->arguments);
}
