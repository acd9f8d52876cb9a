#include "InputLimits.h"

namespace kiosk {

Status InputLimits::check(const QString &value, int limit, const QString &what)
{
    if (value.size() <= limit)
        return Done{};
    return makeError(ErrorCode::BadInput,
                     tr("%1 is %2 characters long; at most %3 are allowed").arg(what).arg(value.size()).arg(limit));
}

} // namespace kiosk
