#pragma once

#include <QDateEdit>

namespace kiosk::ui {

// A day typed as 2026-12-05, or picked from a calendar (Alt+Down), for a period's ends.
inline QDateEdit *dayEdit(const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true); // Alt+Down opens it; typing works as well
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace kiosk::ui
