#pragma once

#include "auth/AccessPolicy.h"
#include "domain/Actor.h"
#include "widgets/Sentence.h"

#include <QAbstractButton>

namespace kiosk::ui {

// A control (button, action) for an action `actor` may not take is disabled and its tooltip
// gives the core's reason (the core refuses it anyway); one that `refusal` rules out (the
// booking's state, say: empty when nothing does) is disabled with that reason; `allowedTip`
// is the tooltip otherwise.
template <typename Control>
void gateAction(Control *control, const Actor &actor, Permission needed, const QString &refusal,
                const QString &allowedTip)
{
    const bool allowed = AccessPolicy::allows(actor.role, needed);
    control->setEnabled(allowed && refusal.isEmpty());
    control->setToolTip(!allowed            ? sentence(AccessPolicy::forbidden(actor, needed).message) + QLatin1Char('.')
                        : refusal.isEmpty() ? allowedTip
                                            : refusal);
}

inline void gateByPermission(QAbstractButton *button, const Actor &actor, Permission needed, const QString &allowedTip)
{
    gateAction(button, actor, needed, QString(), allowedTip);
}

} // namespace kiosk::ui
