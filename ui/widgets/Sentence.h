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

// A core message shown alone, as a whole sentence: capital first, full stop last.
inline QString wholeSentence(const QString &message)
{
    return message.isEmpty() || message.endsWith(QLatin1Char('.')) ? sentence(message) : sentence(message) + QLatin1Char('.');
}

} // namespace kiosk::ui
