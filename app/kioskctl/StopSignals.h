#pragma once

#include <QObject>

class QSocketNotifier;

namespace kiosk::ctl {

// Turns SIGINT and SIGTERM into a Qt signal (the self-pipe trick from Qt's "Calling Qt
// Functions From Unix Signal Handlers"), so a long-running command stops cleanly.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kiosk::ctl
