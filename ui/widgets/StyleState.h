#pragma once

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace kiosk::ui {

// Sets a dynamic property the style sheets select on ([invalid="true"], [role="error"],
// [state="lost"], [warning="true"]) and re-polishes the widget. Qt matches a style sheet's
// property selectors only when a widget is polished, so a property changed on a widget
// already on screen would keep its old look: an invalid field with a grey border, a decline
// in body colours. Every change of such a property goes through here.
inline void setStyleState(QWidget *widget, const char *name, const QVariant &value)
{
    if (widget->property(name) == value && widget->testAttribute(Qt::WA_WState_Polished))
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace kiosk::ui
