#pragma once

#include "BoardingPass.h"
#include "CheckInBooking.h"
#include "domain/Actor.h"
#include "domain/Result.h"

namespace kiosk {

// Turns a checked-in passenger into their boarding pass: the words on the card and the
// BCBP string (docs/boarding-pass.md). Pure: the caller supplies the airline's numeric
// code and the issue date by the server clock.
class BoardingPassIssuer {
public:
    BoardingPassIssuer(QString airlineNumericCode, QDate issueDateUtc, const Actor &issuedBy)
        : m_numericCode(std::move(airlineNumericCode)), m_issueDate(issueDateUtc), m_issuedBy(issuedBy)
    {
    }

    // BadInput when the name cannot be written in the barcode (no Latin transliteration).
    Result<BoardingPass> issue(const CheckInBooking &found, const Passenger &passenger, int sequence,
                               const QDateTime &checkedInUtc, bool newlyCheckedIn) const;

private:
    QString m_numericCode;
    QDate m_issueDate;
    const Actor &m_issuedBy;
};

} // namespace kiosk
