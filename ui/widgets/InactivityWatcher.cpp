#include "InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace kiosk::ui {

InactivityWatcher::InactivityWatcher(int idleSeconds, int graceSeconds, QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleSeconds * 1000);
    m_grace.setSingleShot(true);
    m_grace.setInterval(graceSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_grace.start();
        Q_EMIT idle();
    });
    connect(&m_grace, &QTimer::timeout, this, &InactivityWatcher::timedOut);
    QCoreApplication::instance()->installEventFilter(this);
}

void InactivityWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_grace.stop();
    if (enabled)
        m_idle.start();
    else
        m_idle.stop();
}

void InactivityWatcher::poke()
{
    if (!m_enabled)
        return;
    m_grace.stop();
    m_idle.start();
}

bool InactivityWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kiosk::ui
