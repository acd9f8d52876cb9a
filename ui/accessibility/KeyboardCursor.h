#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>

class QPushButton;
class QWidget;

namespace kiosk::ui {

class OnScreenKeyboard;

// The on-screen keyboard on the navigation keypad, which has no letters (IATA CUSS): a
// cursor over the keys, row by row and around at the ends, drawn as a frame on its key
// (the style sheets select [keypadCursor="true"]). AccessibleMode moves it with Left and
// Right and presses its key with Enter. It is shown only once moved, so until then Enter
// keeps its meaning in a field and a physical keyboard types as it always did.
class KeyboardCursor {
    Q_DECLARE_TR_FUNCTIONS(KeyboardCursor)
public:
    // The keyboard typing into `field`: a visible on-screen keyboard of its window, or null.
    static OnScreenKeyboard *keyboardFor(const QWidget *field);
    // What a traveller hears for a key: "capital Q", "q", "hyphen", "Shift, on", "Done".
    static QString spokenName(const QPushButton *key);

    // One key on (or back) on `keyboard`; the key now under the cursor, or null without keys.
    QPushButton *step(OnScreenKeyboard *keyboard, bool forward);
    // The key under the cursor while it is shown on a visible keyboard (after the keys were
    // laid out anew, the one now in its place).
    QPushButton *key();
    bool isShown() { return key() != nullptr; }
    void hide();

private:
    void place(QPushButton *key);

    QPointer<OnScreenKeyboard> m_keyboard;
    QPointer<QPushButton> m_key;
    qsizetype m_position = -1; // where the key was: the keys are laid out anew at times
};

} // namespace kiosk::ui
