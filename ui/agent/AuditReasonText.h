#pragma once

#include <QString>

namespace kiosk::ui {

// A booking history's reason in the agent's words and language. The core writes the audit
// trail as data, in English and with codes ("payment declined: card_declined", "refunded
// EUR 300.00: strike", "seat changed 3B -> 9F for Bob Brown"); the screen translates the
// reasons it knows and shows any other text (an agent's own words) as it was written.
QString auditReasonText(const QString &stored);

} // namespace kiosk::ui
