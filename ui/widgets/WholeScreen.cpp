#include "WholeScreen.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace kiosk::ui {

void showOnWholeScreen(QWidget &window)
{
    window.setWindowFlag(Qt::FramelessWindowHint);
    QScreen *screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    if (screen) {
        window.setGeometry(screen->geometry());
        QObject::connect(screen, &QScreen::geometryChanged, &window,
                         [&window](const QRect &geometry) { window.setGeometry(geometry); });
    }
    window.showFullScreen();
}

} // namespace kiosk::ui
