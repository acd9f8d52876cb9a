// The help of kioskctl and of every command in the table, byte for byte, against
// tests/cli/golden/help/ (regenerate: KIOSKCTL_UPDATE_GOLDEN=1, docs/cli.md).
#include "CommandSpec.h"
#include "GoldenFile.h"
#include "KioskctlRunner.h"

#include <gtest/gtest.h>

using namespace kiosk::test;
using kiosk::ctl::CommandSpec;

namespace {

TEST(CliGolden, FullHelpMatchesItsGoldenFile)
{
    const CtlRun run = KioskctlRunner().run({QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_TRUE(matchesGolden(QStringLiteral("help/kioskctl.txt"), run.out));
}

TEST(CliGolden, EachCommandsHelpMatchesItsGoldenFile)
{
    KioskctlRunner runner;
    for (const CommandSpec &spec : CommandSpec::all()) {
        SCOPED_TRACE(spec.name.toStdString());
        const CtlRun run = runner.run({spec.name, QStringLiteral("--help")});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_TRUE(matchesGolden(QStringLiteral("help/%1.txt").arg(spec.name), run.out));
    }
}

} // namespace
