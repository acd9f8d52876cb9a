#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// The attract screen: airline branding, the local time and one big "Touch to start".
class WelcomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeScreen(const QString &airportName, QWidget *parent = nullptr);
    // Shows the "Check in" button (a terminal wired to a CheckInService).
    void setCheckInAvailable(bool available);
    // "Accessible mode": pressed in while the mode is on.
    QPushButton *accessibleModeButton() const { return m_accessible; }

Q_SIGNALS:
    void startRequested();
    void checkInRequested();
    void offerRequested(); // pay for a waitlist offer
    void accessibleModeRequested(bool on);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void tick();
    QLabel *m_clock;
    QPushButton *m_checkIn;
    QPushButton *m_offer;
    QPushButton *m_accessible;
};

} // namespace kiosk::ui
