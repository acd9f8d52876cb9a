#include "SeatCode.h"

namespace kiosk {

std::optional<SeatCode> SeatCode::parse(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code.size() < 2 || code.size() > 3)
        return std::nullopt;
    const QChar letter = code.back();
    if (letter < QLatin1Char('A') || letter > QLatin1Char('Z'))
        return std::nullopt;
    bool ok = false;
    const QString digits = code.left(code.size() - 1);
    for (QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const int row = digits.toInt(&ok);
    if (!ok || row < 1 || row > 99)
        return std::nullopt;
    return SeatCode(row, letter);
}

} // namespace kiosk
