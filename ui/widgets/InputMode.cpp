#include "InputMode.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QStyle>
#include <QWidget>

namespace kiosk::ui {

InputMode::InputMode(QWidget *window) : QObject(window), m_window(window)
{
    m_window->setProperty("keyboardInput", false);
    qApp->installEventFilter(this);
}

InputMode::~InputMode()
{
    qApp->removeEventFilter(this);
}

bool InputMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        setKeyboard(false);
        break;
    case QEvent::KeyPress:
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right:
            setKeyboard(true); // moving the focus: the traveller needs to see where it is
            break;
        default:
            break; // typing a name on a hardware keyboard does not move the focus
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InputMode::setKeyboard(bool keyboard)
{
    if (keyboard == m_keyboard)
        return;
    m_keyboard = keyboard;
    m_window->setProperty("keyboardInput", keyboard);
    // The rule selects on an ancestor's property: only re-polished buttons see the change.
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        button->style()->unpolish(button);
        button->style()->polish(button);
        button->update();
    }
}

} // namespace kiosk::ui
