#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;

namespace kiosk::ui {

// A strip across the top of the window while the booking system cannot be reached: says
// what happened and when the next attempt is, instead of a dialog per failed call.
class ConnectionBanner : public QFrame {
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showLost();
    // Whether the traveller holds seats in the database (a hold survives the outage) or has
    // only chosen them on screen (nothing is reserved until the connection is back).
    void setSeatsHeld(bool held);
    void showRetryIn(int delayMs);
    void showRestored();
    QString text() const;

private:
    void updateText();

    QLabel *m_label;
    QTimer m_tick;      // refreshes the "retrying in N s" count
    QTimer m_hideLater; // "connection restored" stays a moment, then the strip goes
    QElapsedTimer m_sinceRetryScheduled;
    int m_retryDelayMs = -1;
    bool m_seatsHeld = false;
};

} // namespace kiosk::ui
