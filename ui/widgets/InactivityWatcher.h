#pragma once

#include <QObject>
#include <QTimer>

namespace kiosk::ui {

// Notices when nobody has touched the kiosk for a while: first idle() (time to ask "are
// you still there?"), then, if still nobody answers, timedOut() (time to reset).
class InactivityWatcher : public QObject {
    Q_OBJECT
public:
    InactivityWatcher(int idleSeconds, int graceSeconds, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void poke(); // activity: start counting again

Q_SIGNALS:
    void idle();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_idle;
    QTimer m_grace;
    bool m_enabled = false;
};

} // namespace kiosk::ui
