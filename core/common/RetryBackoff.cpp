#include "RetryBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace kiosk {

int RetryBackoff::nextDelayMs()
{
    const int doublings = std::min(m_attempts, 20); // 2^20 * initial is past any cap
    ++m_attempts;
    const qint64 base = std::min<qint64>(qint64(m_initialMs) << doublings, m_maxMs);
    const double spread = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::min<qint64>(qint64(double(base) * spread), m_maxMs));
}

} // namespace kiosk
