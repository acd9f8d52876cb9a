// --help documents the whole contract; usage errors are exit 2 with a specific message.
#include "CommandSpec.h"
#include "KioskctlRunner.h"
#include "storage/Migrator.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace kiosk::test;
using kiosk::ctl::CommandSpec;

namespace {

// "--name VALUE" as help prints an option.
QString flagText(const QCommandLineOption &option)
{
    QString flag = QStringLiteral("--") + option.names().constFirst();
    if (!option.valueName().isEmpty())
        flag += QLatin1Char(' ') + option.valueName();
    return flag;
}

bool hidden(const QCommandLineOption &option)
{
    return option.flags().testFlag(QCommandLineOption::HiddenFromHelp);
}

TEST(CliHelp, TheTableHasEveryCommandOnceEachWithAHandler)
{
    QStringList names;
    for (const CommandSpec &spec : CommandSpec::all()) {
        EXPECT_FALSE(names.contains(spec.name)) << spec.name.toStdString();
        EXPECT_NE(spec.handler, nullptr) << spec.name.toStdString();
        EXPECT_TRUE(spec.synopsis.startsWith(spec.name)) << spec.synopsis.toStdString();
        names << spec.name;
    }
    EXPECT_EQ(names, CommandSpec::names());
    EXPECT_GE(names.size(), 34);
}

TEST(CliHelp, HelpListsEveryCommandOptionAndExitCode)
{
    KioskctlRunner runner;
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CtlRun run = runner.run({flag});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        const QString help = QString::fromUtf8(run.out);
        for (const CommandSpec &spec : CommandSpec::all()) {
            EXPECT_TRUE(help.contains(QStringLiteral("\n  ") + spec.name + QLatin1Char(' '))) << spec.name.toStdString();
            EXPECT_TRUE(help.contains(QStringLiteral("\nkioskctl ") + spec.synopsis + QLatin1Char('\n')))
                << spec.synopsis.toStdString();
            for (const QCommandLineOption &option : spec.options) {
                if (hidden(option))
                    continue;
                EXPECT_TRUE(help.contains(flagText(option))) << spec.name.toStdString() << " " << flagText(option).toStdString();
            }
        }
        for (const QString &text :
             {QStringLiteral("--db URL"), QStringLiteral("--terminal NAME"), QStringLiteral("--json"),
              QStringLiteral("KIOSK_DB"), QStringLiteral("KX101/2026-12-01"), QStringLiteral("{\"error\": \"<code>\""),
              QStringLiteral("seconds_left"), QStringLiteral("free|held|sold|blocked"),
              QStringLiteral("  0  success"), QStringLiteral("  2  bad input"), QStringLiteral("  3  conflict"),
              QStringLiteral("  4  not found"), QStringLiteral("  5  database unreachable")})
            EXPECT_TRUE(help.contains(text)) << text.toStdString();
    }
}

// Every command's own help names its usage, each argument and each option with its description.
TEST(CliHelp, EachCommandHasItsOwnHelp)
{
    KioskctlRunner runner;
    for (const CommandSpec &spec : CommandSpec::all()) {
        for (const QStringList &arguments : {QStringList{QStringLiteral("help"), spec.name},
                                             QStringList{spec.name, QStringLiteral("--help")}}) {
            const CtlRun run = runner.run(arguments);
            ASSERT_EQ(run.exitCode, 0) << run.describe();
            const QString help = QString::fromUtf8(run.out);
            EXPECT_TRUE(help.startsWith(QStringLiteral("Usage: kioskctl [global options] ") + spec.synopsis + QLatin1Char('\n')))
                << help.toStdString();
            for (const CommandSpec::Positional &positional : spec.positionals)
                EXPECT_TRUE(help.contains(positional.name)) << spec.name.toStdString() << " " << positional.name.toStdString();
            for (const QCommandLineOption &option : spec.options) {
                if (hidden(option))
                    continue;
                EXPECT_TRUE(help.contains(flagText(option))) << spec.name.toStdString() << " " << flagText(option).toStdString();
                EXPECT_TRUE(help.contains(option.description())) << option.description().toStdString();
            }
        }
    }
}

TEST(CliHelp, VersionNamesTheSchemaItExpects)
{
    const CtlRun run = KioskctlRunner().run({QStringLiteral("--version")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString expected = QStringLiteral("kioskctl %1 (database schema %2)")
                                 .arg(QStringLiteral(KIOSK_VERSION))
                                 .arg(kiosk::Migrator::bundledVersion());
    EXPECT_EQ(QString::fromUtf8(run.out).trimmed(), expected);
}

TEST(CliHelp, UsageErrorsExitTwoWithASpecificMessage)
{
    struct Case {
        QStringList arguments;
        QString expected;
    };
    const QList<Case> cases{
        {{}, QStringLiteral("no command given")},
        {{QStringLiteral("fly")}, QStringLiteral("unknown command 'fly'")},
        {{QStringLiteral("--frobnicate"), QStringLiteral("flights")}, QStringLiteral("unknown option")},
        {{QStringLiteral("seats")}, QStringLiteral("missing FLIGHT")},
        {{QStringLiteral("hold"), QStringLiteral("42")}, QStringLiteral("missing SEATS")},
        {{QStringLiteral("show")}, QStringLiteral("missing BOOKING")},
        {{QStringLiteral("show"), QStringLiteral("not-a-booking")}, QStringLiteral("is not a booking")},
        {{QStringLiteral("seats"), QStringLiteral("KX/tomorrow")}, QStringLiteral("is not a flight")},
        {{QStringLiteral("expire"), QStringLiteral("now")}, QStringLiteral("unexpected argument 'now'")},
        {{QStringLiteral("flights"), QStringLiteral("--date"), QStringLiteral("2026-13-01")}, QStringLiteral("YYYY-MM-DD")},
        {{QStringLiteral("flights"), QStringLiteral("--from"), QStringLiteral("DUBLIN")}, QStringLiteral("IATA")},
        {{QStringLiteral("seed-demo"), QStringLiteral("--days"), QStringLiteral("0")}, QStringLiteral("--days")},
        {{QStringLiteral("hold"), QStringLiteral("42"), QStringLiteral("1A"), QStringLiteral("--ttl")},
         QStringLiteral("missing value")},
    };
    KioskctlRunner runner;
    // Usage is checked before any database is touched: even an unreachable one.
    const QStringList unreachable{QStringLiteral("--db"), QStringLiteral("postgresql://kiosk@/x?host=/nonexistent&port=1")};
    for (const Case &c : cases) {
        for (const bool json : {true, false}) {
            QStringList arguments = unreachable;
            if (json)
                arguments << QStringLiteral("--json");
            const CtlRun run = runner.run(arguments + c.arguments);
            EXPECT_EQ(run.exitCode, 2) << c.arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.describe();
            EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
            const QString message = json ? run.error().value(QStringLiteral("message")).toString()
                                         : QString::fromUtf8(run.err);
            EXPECT_TRUE(message.contains(c.expected, Qt::CaseInsensitive))
                << "expected '" << c.expected.toStdString() << "' in: " << message.toStdString();
            if (json) {
                EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));
            }
        }
    }
}

TEST(CliHelp, GlobalOptionsAreAcceptedAfterTheCommand)
{
    const CtlRun run = KioskctlRunner().run({QStringLiteral("flights"), QStringLiteral("--json"), QStringLiteral("--db"),
                                             QStringLiteral("postgresql://kiosk@/x?host=/nonexistent&port=1")});
    EXPECT_EQ(run.exitCode, 5) << run.describe();
    EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), QStringLiteral("database_unavailable"));
}

} // namespace
