#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace kiosk::ui {

// What a counter kiosk shows when it starts while the booking system cannot be reached
// (a PC that boots before the network, a database being restarted): out of service, and
// when the next attempt is. The kiosk keeps running and retrying instead of exiting, so
// the appliance does not crash-loop; the journey opens as soon as the database answers.
class OutOfServiceScreen : public QWidget {
    Q_OBJECT
public:
    explicit OutOfServiceScreen(QWidget *parent = nullptr);

    // The last attempt failed; the next one is in `delayMs`.
    void showRetryIn(int delayMs);
    QString statusText() const;

private:
    void updateStatus();

    QLabel *m_status;
    QTimer m_tick; // counts the seconds to the next attempt down
    QElapsedTimer m_sinceScheduled;
    int m_retryDelayMs = 0;
};

} // namespace kiosk::ui
