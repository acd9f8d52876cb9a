#pragma once

#include <QWidget>

namespace kiosk::ui {

// A keyboard for touch kiosks with no physical keys: it types into whichever line edit has
// focus, without taking focus itself. Letters for names; digits (with '/' for an expiry
// date) for a card.
class OnScreenKeyboard : public QWidget {
    Q_OBJECT
public:
    enum class Layout { Letters, Digits };

    explicit OnScreenKeyboard(QWidget *parent = nullptr) : OnScreenKeyboard(Layout::Letters, parent) {}
    OnScreenKeyboard(Layout layout, QWidget *parent);

private:
    void addKey(const QString &label, const QString &text, int key, int row, int column, int span = 1);
    void press(const QString &text, int key);

    int m_keySize;
};

} // namespace kiosk::ui
