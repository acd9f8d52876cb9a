#include "KeyboardCursor.h"

#include "ControlSpeech.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/StyleState.h"

#include <QPushButton>

namespace kiosk::ui {

namespace {
constexpr const char *CursorProperty = "keypadCursor";
}

OnScreenKeyboard *KeyboardCursor::keyboardFor(const QWidget *field)
{
    if (!field)
        return nullptr;
    const QList<OnScreenKeyboard *> keyboards = field->window()->findChildren<OnScreenKeyboard *>();
    for (OnScreenKeyboard *keyboard : keyboards) {
        if (keyboard->isVisible())
            return keyboard;
    }
    return nullptr;
}

QString KeyboardCursor::spokenName(const QPushButton *key)
{
    // A key named by its one character says it as typed; the others (Delete's ⌫) their name.
    const QString label = key->text();
    QString name = label.size() == 1 && key->accessibleName() == label ? ControlSpeech::character(label.front(), false)
                                                                       : key->accessibleName();
    if (key->isCheckable())
        name += QStringLiteral(", ") + (key->isChecked() ? ControlSpeech::tr("on") : ControlSpeech::tr("off"));
    return name;
}

QPushButton *KeyboardCursor::step(OnScreenKeyboard *keyboard, bool forward)
{
    const QList<QPushButton *> keys = keyboard->keysInReadingOrder();
    if (keys.isEmpty())
        return nullptr;
    qsizetype at = -1;
    if (keyboard == m_keyboard) {
        at = m_key ? keys.indexOf(m_key.data()) : -1;
        if (at < 0 && m_position >= 0)
            at = qMin(m_position, keys.size() - 1); // laid out anew: about the same place
    }
    if (at < 0)
        at = forward ? keys.size() - 1 : 0; // the first step lands on the first key (Left: the last)
    at = (at + (forward ? 1 : keys.size() - 1)) % keys.size();
    m_keyboard = keyboard;
    place(keys[at]);
    m_position = at;
    return keys[at];
}

QPushButton *KeyboardCursor::key()
{
    if (!m_keyboard || !m_keyboard->isVisible())
        return nullptr;
    if (!m_key && m_position >= 0) {
        const QList<QPushButton *> keys = m_keyboard->keysInReadingOrder();
        if (!keys.isEmpty())
            place(keys[qMin(m_position, keys.size() - 1)]);
    }
    return m_key && m_key->isVisible() ? m_key.data() : nullptr;
}

void KeyboardCursor::hide()
{
    place(nullptr);
    m_keyboard = nullptr;
    m_position = -1;
}

void KeyboardCursor::place(QPushButton *key)
{
    if (m_key && m_key != key)
        setStyleState(m_key, CursorProperty, false);
    m_key = key;
    if (key)
        setStyleState(key, CursorProperty, true);
}

} // namespace kiosk::ui
