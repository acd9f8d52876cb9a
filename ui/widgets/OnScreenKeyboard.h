#pragma once

#include <QWidget>

namespace kiosk::ui {

// A letter keyboard for touch kiosks with no physical keys: it types into whichever
// line edit has focus, without taking focus itself.
class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit OnScreenKeyboard(QWidget *parent = nullptr);

private:
    void press(const QString &text, int key);
};

} // namespace kiosk::ui
