#pragma once

#include <QObject>

class QWidget;

namespace kiosk::ui {

// Focus rings for keyboard and keypad users only: a ring left on a button after a finger
// tapped it looks like a glitch. Watches the application's input and sets the property
// keyboardInput on `window` (true after Tab or an arrow key, false after a touch or click),
// which the style sheet's focus rule selects on.
class InputMode : public QObject {
    Q_OBJECT
public:
    explicit InputMode(QWidget *window);
    ~InputMode() override;

    bool isKeyboard() const { return m_keyboard; }
    // Keys someone else took first (the accessible mode's keypad) move the focus too.
    void setKeyboard(bool keyboard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_keyboard = false;
};

} // namespace kiosk::ui
