#pragma once

#include <QLabel>
#include <QString>

#include "Sentence.h"
#include "StyleState.h"

namespace kiosk::ui {

// Shows `text` in `label`, styled as an error (the style sheets' [role="error"]) or not.
inline void showLabelMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    setStyleState(label, "role", error ? QStringLiteral("error") : QString());
}

} // namespace kiosk::ui
