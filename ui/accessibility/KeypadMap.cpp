#include "KeypadMap.h"

#include <QKeySequence>
#include <QSettings>

namespace kiosk::ui {

namespace {

struct KeySetting {
    KeypadMap::Action action;
    const char *key;
    Qt::Key fallback;
};

// Each key's setting and default, written once.
constexpr KeySetting KeySettings[] = {
    {KeypadMap::Action::PreviousControl, "keypad/up", Qt::Key_Up},
    {KeypadMap::Action::NextControl, "keypad/down", Qt::Key_Down},
    {KeypadMap::Action::PreviousItem, "keypad/left", Qt::Key_Left},
    {KeypadMap::Action::NextItem, "keypad/right", Qt::Key_Right},
    {KeypadMap::Action::Activate, "keypad/enter", Qt::Key_Return},
    {KeypadMap::Action::Help, "keypad/help", Qt::Key_F1},
    {KeypadMap::Action::ToggleMode, "keypad/accessible-mode", Qt::Key_F12},
};

} // namespace

KeypadMap KeypadMap::defaults()
{
    KeypadMap map;
    for (const KeySetting &setting : KeySettings)
        map.m_keys[setting.action] = setting.fallback;
    return map;
}

KeypadMap KeypadMap::fromSettings(const QSettings &settings)
{
    KeypadMap map = defaults();
    for (const KeySetting &setting : KeySettings) {
        const QString text = settings.value(QString::fromLatin1(setting.key)).toString().trimmed();
        if (text.isEmpty())
            continue;
        const QKeySequence sequence(text);
        if (sequence.count() != 1 || sequence[0].key() == Qt::Key_unknown) {
            qWarning("kiosk: the setting %s names no key Qt knows ('%s'); keeping the default", setting.key,
                     qPrintable(text));
            continue;
        }
        map.m_keys[setting.action] = sequence[0].toCombined();
    }
    return map;
}

KeypadMap::Action KeypadMap::actionFor(int key) const
{
    // The number block's Enter is Enter wherever Return is.
    const int asReturn = (key & ~Qt::KeyboardModifierMask) == Qt::Key_Enter
                             ? (key & Qt::KeyboardModifierMask) | Qt::Key_Return
                             : key;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.value() == key || it.value() == asReturn)
            return it.key();
    }
    return Action::None;
}

QString KeypadMap::keyName(Action action) const
{
    return QKeySequence(keyFor(action)).toString(QKeySequence::NativeText);
}

} // namespace kiosk::ui
