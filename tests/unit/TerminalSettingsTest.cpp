#include "domain/TerminalSettings.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace kiosk;

namespace {

QString deploymentGuide()
{
    QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/docs/deployment.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The operator's table row of `key`: "| `key` | meaning | default |" (a row may name two keys).
QString guideRow(const QString &guide, const QString &key)
{
    const QRegularExpression row(QStringLiteral("^\\|[^\\n]*`%1`[^\\n]*$").arg(QRegularExpression::escape(key)),
                                 QRegularExpression::MultilineOption);
    return row.match(guide).captured();
}

} // namespace

TEST(TerminalSettingsTest, TheDeploymentGuideListsEverySettingWithItsDefault)
{
    const QString guide = deploymentGuide();
    ASSERT_FALSE(guide.isEmpty()) << "docs/deployment.md not found";
    for (const QString &key : TerminalSettings::keys())
        EXPECT_FALSE(guideRow(guide, key).isEmpty()) << "docs/deployment.md has no row for " << qPrintable(key);
    for (const IntSetting &setting : {TerminalSettings::HoldSeconds, TerminalSettings::KioskIdleSeconds,
                                      TerminalSettings::AgentIdleSignOutSeconds}) {
        const QString row = guideRow(guide, setting.name());
        EXPECT_TRUE(row.contains(QRegularExpression(QStringLiteral("\\| %1 \\|\\s*$").arg(setting.fallback))))
            << qPrintable(setting.name()) << ": the guide's default is not " << setting.fallback << ": "
            << qPrintable(row);
    }
}

TEST(TerminalSettingsTest, EveryDefaultKeepsItsOwnBounds)
{
    for (const IntSetting &setting : {TerminalSettings::HoldSeconds, TerminalSettings::KioskIdleSeconds,
                                      TerminalSettings::AgentIdleSignOutSeconds}) {
        EXPECT_TRUE(setting.allows(setting.fallback)) << qPrintable(setting.name());
        EXPECT_FALSE(setting.allows(setting.low - 1)) << qPrintable(setting.name());
        EXPECT_FALSE(setting.allows(setting.high + 1)) << qPrintable(setting.name());
    }
    QStringList keys = TerminalSettings::keys();
    EXPECT_EQ(keys.removeDuplicates(), 0) << "a key is listed twice";
}

TEST(TerminalSettingsTest, AnUnsetOrEmptyTextSettingReadsAsItsDefault)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("kiosk.conf")), QSettings::IniFormat);
    EXPECT_EQ(TerminalSettings::Origin.read(settings), QStringLiteral("DUB"));
    settings.setValue(TerminalSettings::Origin.name(), QStringLiteral("  "));
    EXPECT_EQ(TerminalSettings::Origin.read(settings), QStringLiteral("DUB"));
    settings.setValue(TerminalSettings::Origin.name(), QStringLiteral(" FRA "));
    EXPECT_EQ(TerminalSettings::Origin.read(settings), QStringLiteral("FRA"));
    EXPECT_EQ(TerminalSettings::Printer.read(settings), QString());
    EXPECT_FALSE(TerminalSettings::HideCursor.read(settings));
    settings.setValue(TerminalSettings::HideCursor.name(), QStringLiteral("true"));
    EXPECT_TRUE(TerminalSettings::HideCursor.read(settings));
}
