#pragma once

#include "auth/OperatorPin.h"

#include <QElapsedTimer>
#include <QObject>

class QKeySequence;
class QWidget;

namespace kiosk::ui {

// The operator's way out of a locked-down kiosk: a key sequence, then the PIN, checked
// against its stored hash with OperatorPin's lockout. Without a stored hash there is no
// way out at all (there is no default PIN).
class OperatorExit : public QObject {
    Q_OBJECT
public:
    OperatorExit(QWidget *window, const QKeySequence &keys, const QString &pinHash);

Q_SIGNALS:
    void accepted();                       // the window may close
    void refused(const QString &message); // for the operator, in the status bar

private:
    void ask();

    QWidget *m_window;
    OperatorPin m_pin;
    QElapsedTimer m_clock; // monotonic, for the PIN's lockout
};

} // namespace kiosk::ui
