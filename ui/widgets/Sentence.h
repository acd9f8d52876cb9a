#pragma once

#include <QString>

namespace kiosk::ui {

// Core messages are phrased to follow "error: "; on a screen they start a sentence.
inline QString sentence(const QString &message)
{
    if (message.isEmpty())
        return message;
    QString text = message;
    text[0] = text[0].toUpper();
    return text;
}

} // namespace kiosk::ui
