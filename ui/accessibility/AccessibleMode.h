#pragma once

#include "KeyboardCursor.h"
#include "KeypadMap.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractButton;
class QAbstractItemView;
class QKeyEvent;
class QLineEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace kiosk::ui {

class Narrator;

// The kiosk's accessible mode (IATA CUSS's, as US DOT 14 CFR 382.57 asks of kiosks): high
// contrast and large type on every screen of the window, the whole journey on a navigation
// keypad (KeypadMap: Up/Down the previous/next control, Left/Right the previous/next entry of
// a list or seat map, Enter activates, Help says where the traveller is; in a text field
// Left/Right walk the on-screen keyboard's keys and Enter types one, see KeyboardCursor), and
// spoken guidance through the Narrator: each screen as it comes, each control the focus
// reaches, each character typed ("asterisk" in a masked field). The window says what each
// screen is (announceScreen); this class does the rest. The toggle key works in either state.
class AccessibleMode : public QObject {
    Q_OBJECT
public:
    AccessibleMode(QWidget *window, const KeypadMap &keys, QObject *parent = nullptr);
    ~AccessibleMode() override;

    bool isOn() const { return m_on; }
    void setOn(bool on);
    Narrator *narrator() const { return m_narrator; }
    const KeypadMap &keys() const { return m_keys; }

    // A new screen: says `text` at once (what it is and what to do), keeps it for Help, and
    // puts the focus on `screen`'s first control when it is elsewhere. Nothing while off.
    void announceScreen(QWidget *screen, const QString &text);
    // Something the traveller must hear now (a refusal, a result), after what is being said.
    void announce(const QString &text);
    // The inactivity warning: a sound, the question spoken, and the focus on `moreTime`.
    void warnTimeout(const QString &question, QAbstractButton *moreTime);
    // What the Help key says on the current screen besides the screen itself.
    QString keyHints() const;
    // How to type with the on-screen keyboard on the keypad (said in a field that has one).
    QString typingHints() const;
    // A key of the keypad as the guidance names it ("Enter", "F1").
    QString spokenKey(KeypadMap::Action action) const;
    // The on-screen keyboard's key under the keypad's cursor (null while not shown).
    QPushButton *keyboardCursorKey() { return m_keyCursor.key(); }

Q_SIGNALS:
    void toggled(bool on);
    // A key of the keypad was used (the inactivity watcher counts it as the traveller's).
    void keypadUsed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool belongsToWindow(const QWidget *widget) const;
    bool handle(KeypadMap::Action action, QWidget *focus);
    void moveFocus(bool forward);
    bool stepItem(QAbstractItemView *view, bool forward);
    void activate(QWidget *focus);
    bool stepKey(QWidget *field, bool forward);
    void typeKey(QPushButton *key);
    void help(QWidget *focus);
    void forwardKey(QWidget *target, int key);
    void applyLook(bool on);
    void followField(QWidget *focus);
    void onFieldText(const QString &text);
    void announceFocus();

    QWidget *m_window;
    KeypadMap m_keys;
    Narrator *m_narrator;
    QTimer *m_focusSpeech; // one announcement for a burst of focus changes
    bool m_on = false;
    bool m_forwarding = false;  // our own key events pass untouched
    bool m_afterToggle = false; // the screen's announcement follows "Accessible mode on"
    bool m_afterScreen = false; // the next focus announcement follows the screen's, not cuts it
    QString m_screenText;
    QPointer<QLineEdit> m_field;
    QString m_fieldText;
    KeyboardCursor m_keyCursor; // the on-screen keyboard's keys on the keypad
    qsizetype m_typedSpeech = 0; // sentences said since a key was typed
};

} // namespace kiosk::ui
