#include "KioskScreens.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

// The offscreen platform has one 800x800 screen; Qt delivers a press only where a screen
// is (QGuiApplication::topLevelAt), so a window larger than its screen loses the taps
// beyond its edge. Beside that default screen (the first, so other tests keep it), one
// screen per kiosk size the tests lay a kiosk out on (kiosk::test::kioskScreen).
QByteArray offscreenWithKioskScreens()
{
    QJsonArray screens{QJsonObject{{QStringLiteral("name"), QString()}, {QStringLiteral("x"), 0}, {QStringLiteral("y"), 0},
                                   {QStringLiteral("width"), 800}, {QStringLiteral("height"), 800}}};
    int x = 800;
    for (const QSize size : kiosk::test::KioskScreenSizes) {
        screens.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("kiosk-%1x%2").arg(size.width()).arg(size.height())},
                                   {QStringLiteral("x"), x}, {QStringLiteral("y"), 0},
                                   {QStringLiteral("width"), size.width()}, {QStringLiteral("height"), size.height()}});
        x += size.width();
    }
    const QString path = QDir::temp().filePath(QStringLiteral("kiosk-ui-tests-screens-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return "offscreen";
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson());
    return "offscreen:configfile=" + QFile::encodeName(path);
}

} // namespace

// Widget tests drive real widgets on the offscreen platform (set by ctest).
int main(int argc, char **argv)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", offscreenWithKioskScreens());
    const QByteArray chosen = qgetenv("QT_QPA_PLATFORM");
    QApplication app(argc, argv);
    // The file is read at start-up only; programs the tests start get the plain platform.
    if (chosen.startsWith("offscreen:configfile="))
        QFile::remove(QFile::decodeName(chosen.mid(int(sizeof("offscreen:configfile=")) - 1)));
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? QByteArray("offscreen") : platform);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
