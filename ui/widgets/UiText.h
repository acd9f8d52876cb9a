#pragma once

#include <QLabel>
#include <QString>

#include "StyleState.h"

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

// Shows `text` in `label`, styled as an error (the style sheets' [role="error"]) or not.
inline void showLabelMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    setStyleState(label, "role", error ? QStringLiteral("error") : QString());
}

} // namespace kiosk::ui
