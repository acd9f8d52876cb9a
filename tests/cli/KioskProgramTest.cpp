// The kiosk program as a black box, as an operator and the appliance's systemd unit meet it:
// --help and --version without a display, the --config file and its failures, and a
// counter kiosk that starts while its database is down.
#include "KioskctlRunner.h"
#include "PaygateSim.h"
#include "PrivateCluster.h"
#include "auth/OperatorPin.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// No display of any kind: what an SSH session on a counter PC has.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "KIOSK_DB", "KIOSK_GATEWAY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

CtlRun runKiosk(const QStringList &arguments, const QProcessEnvironment &environment = withoutDisplay())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KIOSK_PATH), arguments);
    CtlRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Reads a running process's stderr until `text` appears (or the deadline passes).
bool waitForLog(QProcess &process, QByteArray &log, const QByteArray &text, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!log.contains(text) && clock.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
    }
    return log.contains(text);
}

} // namespace

TEST(KioskProgram, HelpNeedsNoDisplay)
{
    const CtlRun run = runKiosk({QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_TRUE(run.out.contains("--kiosk")) << run.out.constData();
    EXPECT_TRUE(run.out.contains("--config")) << run.out.constData();
}

TEST(KioskProgram, VersionNamesTheSchemaItExpects)
{
    const CtlRun run = runKiosk({QStringLiteral("--version")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString expected = QStringLiteral("kiosk %1 (database schema %2)").arg(QStringLiteral(KIOSK_VERSION)).arg(Migrator::bundledVersion());
    EXPECT_EQ(QString::fromUtf8(run.out).trimmed(), expected);
    EXPECT_GT(Migrator::bundledVersion(), 0);
}

TEST(KioskProgram, UnknownFlagIsBadUsage)
{
    const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--no-such-flag")});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(run.err.contains("no-such-flag")) << run.err.constData();
}

TEST(KioskProgram, MissingConfigFileStopsWithExit78)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), path});
    EXPECT_EQ(run.exitCode, 78) << run.describe();
    EXPECT_TRUE(run.err.contains(QStringLiteral("the configuration file %1 does not exist").arg(path).toUtf8()))
        << run.err.constData();
}

TEST(KioskProgram, UnreadableConfigFileStopsWithExit78)
{
    // A directory where the file should be: unreadable as a file even for root, who may
    // read any file whatever its mode.
    QTemporaryDir dir;
    const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), dir.path()});
    EXPECT_EQ(run.exitCode, 78) << run.describe();
    EXPECT_TRUE(run.err.contains("cannot be read")) << run.err.constData();
}

TEST(KioskProgram, BadSettingInConfigFileIsExit2)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[database]\nurl=sqlite:/nonexistent/x.db\n[hold]\nseconds=0\n");
    file.close();
    const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), path});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    // The setting at fault is named by its key; a flag by its name.
    EXPECT_TRUE(run.err.contains("hold/seconds must be a whole number from 1 to 86400, not '0'")) << run.err.constData();
    const CtlRun flag = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), path, QStringLiteral("--ttl"),
                                  QStringLiteral("90000")});
    EXPECT_EQ(flag.exitCode, 2) << flag.describe();
    EXPECT_TRUE(flag.err.contains("--ttl must be a whole number from 1 to 86400, not '90000'")) << flag.err.constData();
}

// The boarding pass's paper and the screen's barcode are read once at start, like print/paper.
TEST(KioskProgram, BadBoardingPassPaperOrScreenBarcodeIsExit2)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    for (const auto &[settings, message] :
         {std::pair<QByteArray, QByteArray>{"[print]\nboarding-pass-paper=letter\n",
                                            "print/boarding-pass-paper: 'letter' is not a boarding pass paper: use a4 or atb"},
          std::pair<QByteArray, QByteArray>{"[checkin]\nscreen-barcode=qr\n",
                                            "checkin/screen-barcode: 'qr' is not a screen barcode: use pdf417 or aztec"}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[database]\nurl=sqlite:/nonexistent/x.db\n" + settings);
        file.close();
        const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), path});
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        EXPECT_TRUE(run.err.contains(message)) << run.err.constData();
    }
}

// The read database (setting database/readUrl, --read-db) is checked at start like --db.
TEST(KioskProgram, MalformedReadDatabaseIsExit2)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[database]\nurl=sqlite:/nonexistent/x.db\nreadUrl=mysql://db2/kiosk\n");
    file.close();
    const CtlRun run = runKiosk({QStringLiteral("--kiosk"), QStringLiteral("--config"), path});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(run.err.contains("--read-db: ")) << run.err.constData();
}

// The appliance at boot: the database is down when the kiosk starts. It must stay up,
// out of service and retrying, and open for travellers once the database answers. The
// database comes from the --config file, as the appliance's unit passes it.
TEST(KioskProgram, CounterKioskWaitsForItsDatabaseInsteadOfExiting)
{
    PrivateCluster cluster;
    ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
    KioskctlRunner ctl;
    const CtlRun migrated = ctl.run({QStringLiteral("--db"), cluster.url(), QStringLiteral("migrate")});
    ASSERT_EQ(migrated.exitCode, 0) << migrated.describe();
    const CtlRun seeded = ctl.run({QStringLiteral("--db"), cluster.url(), QStringLiteral("seed-demo"), QStringLiteral("--days"), QStringLiteral("1")});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.describe();
    ASSERT_TRUE(cluster.stop());

    PaygateSim gateway;
    ASSERT_TRUE(gateway.start());
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("kiosk.conf"));
    QSettings settings(config, QSettings::IniFormat);
    settings.setValue(QStringLiteral("database/url"), cluster.url());
    settings.setValue(QStringLiteral("payment/gateway"), gateway.url());
    settings.sync();
    QProcess kiosk;
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    kiosk.setProcessEnvironment(environment);
    kiosk.start(QStringLiteral(KIOSK_PATH), {QStringLiteral("--kiosk"), QStringLiteral("--config"), config});
    ASSERT_TRUE(kiosk.waitForStarted());
    QByteArray log;
    EXPECT_TRUE(waitForLog(kiosk, log, "(attempt 2)")) << log.constData();
    EXPECT_TRUE(log.contains("out of service, retrying")) << log.constData();
    EXPECT_EQ(kiosk.state(), QProcess::Running) << "the kiosk exited while its database was down: " << log.constData();

    ASSERT_TRUE(cluster.start());
    EXPECT_TRUE(waitForLog(kiosk, log, "in service")) << log.constData();
    EXPECT_EQ(kiosk.state(), QProcess::Running) << log.constData();
    kiosk.terminate();
    if (!kiosk.waitForFinished(10000))
        kiosk.kill();
}

// The exit PIN is stored only as a hash: `kiosk --hash-pin` makes it from standard input,
// without a display, and refuses a PIN that is too short.
TEST(KioskProgram, HashPinPrintsAHashThatAcceptsOnlyThatPin)
{
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(QStringLiteral(KIOSK_PATH), {QStringLiteral("--hash-pin")});
    ASSERT_TRUE(process.waitForStarted());
    process.write("97531\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    const QString hash = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    EXPECT_FALSE(hash.contains(QStringLiteral("97531")));
    OperatorPin pin(hash);
    EXPECT_EQ(pin.check(QStringLiteral("97530"), 0), OperatorPin::Outcome::Wrong);
    EXPECT_EQ(pin.check(QStringLiteral("97531"), 0), OperatorPin::Outcome::Accepted);

    QProcess tooShort;
    tooShort.setProcessEnvironment(withoutDisplay());
    tooShort.start(QStringLiteral(KIOSK_PATH), {QStringLiteral("--hash-pin")});
    ASSERT_TRUE(tooShort.waitForStarted());
    tooShort.write("12\n");
    tooShort.closeWriteChannel();
    ASSERT_TRUE(tooShort.waitForFinished(60000));
    EXPECT_EQ(tooShort.exitCode(), 2);
    EXPECT_TRUE(tooShort.readAllStandardOutput().isEmpty());
}

// The mock gateway approves every card: on a shared PostgreSQL database the kiosk refuses
// to start without a real gateway named, says how to name one, and connects to nothing.
TEST(KioskProgram, NoGatewayOnASharedDatabaseIsRefused)
{
    for (const QString &face : {QStringLiteral("--kiosk"), QStringLiteral("--agent")}) {
        const CtlRun kiosk =
            runKiosk({face, QStringLiteral("--db"), QStringLiteral("postgresql://kiosk@db.invalid/booking")});
        EXPECT_EQ(kiosk.exitCode, 78) << kiosk.describe(); // EX_CONFIG: the unit does not restart
        EXPECT_TRUE(kiosk.err.contains("no payment gateway is set")) << kiosk.describe();
    }
}
