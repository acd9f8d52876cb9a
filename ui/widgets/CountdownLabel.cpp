#include "CountdownLabel.h"

#include "StyleState.h"

#include <QStyle>

namespace kiosk::ui {

CountdownLabel::CountdownLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("countdown"));
    m_timer.setInterval(250);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CountdownLabel::tick);
}

void CountdownLabel::start(const QDateTime &deadlineUtc, const QDateTime &serverNowUtc)
{
    m_totalMs = qMax<qint64>(0, serverNowUtc.msecsTo(deadlineUtc));
    m_elapsed.start();
    m_fired = false;
    setProperty("warning", false);
    m_timer.start();
    tick();
}

void CountdownLabel::stop()
{
    m_timer.stop();
}

void CountdownLabel::extendBy(qint64 ms)
{
    if (m_fired || !m_elapsed.isValid())
        return;
    m_totalMs += ms;
    tick();
}

qint64 CountdownLabel::remainingMs() const
{
    return m_elapsed.isValid() ? qMax<qint64>(0, m_totalMs - m_elapsed.elapsed()) : 0;
}

void CountdownLabel::tick()
{
    const qint64 left = remainingMs();
    const qint64 seconds = (left + 999) / 1000; // show 0:01 until it is really over
    // A waitlist offer holds for hours: 1:59:59 reads better than 119:59.
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2").arg(seconds % 3600 / 60, seconds >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    setText(seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds) : minutesAndSeconds);
    setAccessibleName(tr("Seats held for %n more second(s)", nullptr, int(seconds)));
    const bool warning = seconds < WarningSeconds;
    if (warning != property("warning").toBool()) {
        setStyleState(this, "warning", warning);
        if (warning)
            Q_EMIT warningStarted();
    }
    if (left == 0 && !m_fired) {
        m_fired = true;
        m_timer.stop();
        Q_EMIT expired();
    }
}

} // namespace kiosk::ui
