#include "KioskScreens.h"

#include "widgets/WholeScreen.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <gtest/gtest.h>

namespace kiosk::test {

QScreen *kioskScreen(QSize size)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

bool showOnKioskScreen(QWidget &window, QSize size)
{
    QScreen *screen = kioskScreen(size);
    EXPECT_NE(screen, nullptr) << "no " << size.width() << "x" << size.height()
                               << " screen: run with UiTestMain on the offscreen platform";
    if (!screen)
        return false;
    window.setScreen(screen);
    ui::showOnWholeScreen(window);
    return true;
}

} // namespace kiosk::test
