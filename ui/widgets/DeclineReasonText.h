#pragma once

#include <QString>

namespace kiosk::ui {

// A card decline in the reader's language, by the gateway's decline code (the codes card
// processors use: card_declined, insufficient_funds, expired_card, ...). A code we do not
// know keeps the gateway's own words. Lost, stolen and fraud codes read as a plain decline:
// the traveller at the screen may not be the card's holder.
QString declineReasonText(const QString &declineCode, const QString &gatewayText);

} // namespace kiosk::ui
