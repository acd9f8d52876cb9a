#pragma once

#include <QMap>
#include <QString>

class QSettings;

namespace kiosk::ui {

// The keys of the accessible mode's navigation keypad (a CUSS-style keypad sends ordinary key
// codes), each configurable in the terminal's settings under keypad/ as a key name Qt reads
// ("Up", "F1", "Return", "Ctrl+Alt+A"...). The defaults suit a keypad with arrows, Enter and
// two function keys; docs/accessibility.md lists them.
struct KeypadMap {
    enum class Action {
        None,
        PreviousControl, // keypad/up      (Up)
        NextControl,     // keypad/down    (Down)
        PreviousItem,    // keypad/left    (Left): a list's or seat map's previous entry
        NextItem,        // keypad/right   (Right)
        Activate,        // keypad/enter   (Return; the number block's Enter too)
        Help,            // keypad/help    (F1): where am I, what can I do
        ToggleMode,      // keypad/accessible-mode (F12): accessible mode on or off
    };

    static KeypadMap defaults();
    // The defaults, with every key a setting names in its place; a name Qt cannot read keeps
    // the default and is logged.
    static KeypadMap fromSettings(const QSettings &settings);

    Action actionFor(int key) const;
    int keyFor(Action action) const { return m_keys.value(action); }
    // The key's name for spoken help ("F1").
    QString keyName(Action action) const;
    void setKey(Action action, int key) { m_keys[action] = key; }

private:
    QMap<Action, int> m_keys;
};

} // namespace kiosk::ui
