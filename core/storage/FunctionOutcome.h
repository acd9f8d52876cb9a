#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

#include <initializer_list>
#include <utility>

namespace kiosk {

// The `outcome` column of a kiosk_* function's answer (PostgreSQL migrations), as the
// caller's enum. A name the list does not know means the function and this program
// disagree: a bug, ErrorCode::Internal.
template <typename Outcome>
Result<Outcome> functionOutcome(QLatin1String function, const QString &answered,
                                std::initializer_list<std::pair<QLatin1String, Outcome>> names)
{
    for (const auto &[name, outcome] : names) {
        if (answered == name)
            return outcome;
    }
    return makeError(ErrorCode::Internal, QCoreApplication::translate("FunctionOutcome", "%1 answered '%2'").arg(function, answered));
}

} // namespace kiosk
