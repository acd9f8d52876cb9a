#include "OperatorExit.h"

#include <QInputDialog>
#include <QShortcut>

namespace kiosk::ui {

OperatorExit::OperatorExit(QWidget *window, const QKeySequence &keys, const QString &pinHash)
    : QObject(window), m_window(window), m_pin(pinHash)
{
    auto *shortcut = new QShortcut(keys, window);
    connect(shortcut, &QShortcut::activated, this, &OperatorExit::ask);
}

void OperatorExit::ask()
{
    if (!m_pin.isSet()) {
        Q_EMIT refused(tr("The operator exit is not set up on this terminal."));
        return;
    }
    bool ok = false;
    const QString pin = QInputDialog::getText(m_window, tr("Operator exit"), tr("Operator PIN:"), QLineEdit::Password,
                                              QString(), &ok);
    if (!ok)
        return;
    if (!m_clock.isValid())
        m_clock.start();
    switch (m_pin.check(pin, m_clock.elapsed())) {
    case OperatorPin::Outcome::Accepted:
        Q_EMIT accepted();
        return;
    case OperatorPin::Outcome::Locked:
        Q_EMIT refused(tr("Too many wrong PINs: the operator exit is locked for a few minutes."));
        return;
    case OperatorPin::Outcome::Wrong:
    case OperatorPin::Outcome::NotSet:
        Q_EMIT refused(tr("Wrong PIN."));
        return;
    }
}

} // namespace kiosk::ui
