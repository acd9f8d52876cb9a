#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

namespace kiosk::ui {

// "m:ss" (or "h:mm:ss" from an hour up) left until a server-side deadline: the gap is measured once on the server's
// clock (deadline minus server now), then counted down on the local monotonic clock, so
// a terminal with a wrong wall clock still shows the truth.
class CountdownLabel : public QLabel {
    Q_OBJECT
public:
    static constexpr int WarningSeconds = 60;

    explicit CountdownLabel(QWidget *parent = nullptr);

    void start(const QDateTime &deadlineUtc, const QDateTime &serverNowUtc);
    void stop();
    // The server moved the deadline on (a hold extended after a declined payment).
    void extendBy(qint64 ms);
    qint64 remainingMs() const;
    bool isWarning() const { return property("warning").toBool(); }

Q_SIGNALS:
    void warningStarted();
    void expired();

private:
    void tick();

    qint64 m_totalMs = 0;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    bool m_fired = false;
};

} // namespace kiosk::ui
