#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace kiosk::ui {

// A keyboard for touch kiosks with no physical keys: it types into whichever line edit has
// focus, without taking focus itself. Letters for names; digits (with '/' for an expiry
// date) for a card; lower-case letters, digits and @ . - _ + for an e-mail address; digits
// and + for a phone number. A screen with several kinds of field switches it as the focus
// moves (showKeys).
//
// The letters are laid out as the interface language's keyboard, QWERTZ in German and
// QWERTY otherwise, relaid when the language changes. For names (Letters) the German keys
// add Ä Ö Ü, a key turns to the accented letters real names carry (É Ñ Ø ß ...), and names
// are typed as they are written: a capital at the start of each word, small letters after
// it; Shift changes the next letter, Caps lock all of them. Codes and a surname to look up
// (LettersAndDigits) are typed in capitals.
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
    // QWERTZ (German) or QWERTY, as the interface language was when the keys were laid out.
    bool isQwertz() const { return m_qwertz; }
    bool showsAccents() const { return m_accents; }
    // True when the next letter typed is a capital.
    bool capitalNext() const;

    // A key on the letter keys that moves on (e.g. "Next traveller"); empty: no such key.
    void setNextKey(const QString &label);
    QPushButton *nextKey() const { return m_nextKey; }
    // Every key as a keypad walks them: row by row, left to right (AccessibleMode's cursor).
    QList<QPushButton *> keysInReadingOrder() const;

Q_SIGNALS:
    void nextPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addKey(const QString &label, const QString &text, int key, int row, int column, int span = 1);
    void addRow(const QString &keys, int row, bool lowerCase = false, int firstColumn = 0);
    QPushButton *addKeyAt(const QString &label, int row, int column, int span);
    void addLetterRows(int top);
    void addLetterControls(int row);
    void press(const QString &text, int key);
    void follow(QWidget *focus);
    void showCase();

    Layout m_layout;
    int m_keySize;
    bool m_qwertz = false;
    bool m_accents = false;
    bool m_capsLock = false;
    bool m_shiftToggled = false; // Shift tapped: the next letter the other way round
    QString m_nextLabel;
    QPushButton *m_nextKey = nullptr;
    QPushButton *m_shiftKey = nullptr;
    QPushButton *m_capsKey = nullptr;
    QList<QPushButton *> m_rowKeys;    // the three rows of letters, apostrophe and hyphen
    QList<QPushButton *> m_letterKeys; // of those, the letters (their case changes)
    QPointer<QLineEdit> m_target;
    QMetaObject::Connection m_targetEdits;
    QMetaObject::Connection m_targetCursor;
};

} // namespace kiosk::ui
