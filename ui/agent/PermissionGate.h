#pragma once

#include "auth/AccessPolicy.h"
#include "domain/Actor.h"
#include "widgets/Sentence.h"

#include <QAbstractButton>

namespace kiosk::ui {

// A button for an action `actor` may not take is disabled and its tooltip gives the core's
// reason (the core refuses it anyway); `allowedTip` is the tooltip otherwise.
inline void gateByPermission(QAbstractButton *button, const Actor &actor, Permission needed, const QString &allowedTip)
{
    const bool allowed = AccessPolicy::allows(actor.role, needed);
    button->setEnabled(allowed);
    button->setToolTip(allowed ? allowedTip : sentence(AccessPolicy::forbidden(actor, needed).message) + QLatin1Char('.'));
}

} // namespace kiosk::ui
