#include <QGuiApplication>

#include <gtest/gtest.h>

// Painting needs fonts, so a QGuiApplication on the offscreen platform (set by ctest).
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
