#pragma once

class QWidget;

namespace kiosk::ui {

// Shows `window` frameless over the whole of its screen and keeps it there when the
// screen's geometry changes (rotation, a new resolution). showFullScreen() alone asks a
// window manager, and many kiosk images run none: on a bare X server the window would
// keep its size in a corner of a black screen.
void showOnWholeScreen(QWidget &window);

} // namespace kiosk::ui
