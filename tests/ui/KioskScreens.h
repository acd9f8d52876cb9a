#pragma once

#include <QSize>

class QScreen;
class QWidget;

namespace kiosk::test {

// The counter kiosk's screen sizes the UI tests lay a kiosk out on: UiTestMain gives the
// offscreen platform one screen of each size.
inline constexpr QSize KioskScreenSizes[] = {QSize(1280, 1024), QSize(1920, 1080)};

// The offscreen screen of exactly that size, or nullptr.
QScreen *kioskScreen(QSize size);

// Shows `window` on the screen of that size as the counter kiosk shows itself there
// (ui::showOnWholeScreen); false, with a GoogleTest failure, when there is no such screen.
bool showOnKioskScreen(QWidget &window, QSize size);

} // namespace kiosk::test
