#pragma once

#include <QWidget>

namespace kiosk::ui {

// A keyboard for touch kiosks with no physical keys: it types into whichever line edit has
// focus, without taking focus itself. Letters for names; digits (with '/' for an expiry
// date) for a card; lower-case letters, digits and @ . - _ + for an e-mail address; digits
// and + for a phone number. A screen with several kinds of field switches it as the focus
// moves (showKeys).
class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    // LettersAndDigits: a booking reference (K7QX2M) and a surname on one keyboard.
    enum class Layout { Letters, LettersAndDigits, Digits, Email, Phone };

    explicit OnScreenKeyboard(QWidget *parent = nullptr) : OnScreenKeyboard(Layout::Letters, parent) {}
    OnScreenKeyboard(Layout layout, QWidget *parent);

    Layout keys() const { return m_layout; }
    // Replaces the keys at once (no key of the old layout remains to be found or pressed).
    void showKeys(Layout layout);

private:
    void addKey(const QString &label, const QString &text, int key, int row, int column, int span = 1);
    void addRow(const QString &keys, int row, bool lowerCase = false);
    void press(const QString &text, int key);

    Layout m_layout;
    int m_keySize;
};

} // namespace kiosk::ui
