#pragma once

#include <QChar>
#include <QString>

namespace kiosk {

// One boarding pass as IATA Resolution 792 (BCBP, version 6) carries it: the mandatory
// items of format M, one leg, and the conditional items a gate reader expects. Fields hold
// the values, not the padded text; BcbpEncoder pads and BcbpParser trims. The field table
// with sizes and sources is in docs/boarding-pass.md.
struct BoardingPassData {
    // Mandatory items
    QString passengerName;            // "SURNAME/GIVEN", ASCII, at most 20 (BcbpEncoder::nameField)
    QChar electronicTicket = QLatin1Char('E');
    QString pnr;                      // booking reference, at most 7
    QString from;                     // IATA airport code
    QString to;
    QString operatingCarrier;         // 2 or 3 characters
    int flightNumber = 0;             // 1-9999
    QChar flightSuffix = QLatin1Char(' '); // an operational suffix letter, or blank
    int flightDayOfYear = 0;          // 1-366, the Julian date of the flight
    QChar compartment = QLatin1Char('Y');
    QString seat;                     // "12A" (encoded "012A")
    int checkInSequence = 0;          // 1-9999
    QChar passengerStatus = QLatin1Char('1'); // 1: checked in, boarding pass issued

    // Conditional items (version 6); a parsed pass without them leaves them empty.
    int version = 6;
    QChar passengerDescription = QLatin1Char('0'); // 0 adult
    QChar checkInSource = QLatin1Char('K');         // K kiosk, O airport agent
    QChar issuanceSource = QLatin1Char('K');
    QString issueDate;                // "YDDD": last digit of the year and day of year
    QChar documentType = QLatin1Char('B');          // B boarding pass
    QString issuingCarrier;
    QString airlineNumericCode;       // 3 digits, e.g. "999"
    QString documentSerial;           // 10 characters of the ticket number, or blank
    QChar selectee = QLatin1Char('0');
    QChar internationalDocVerification = QLatin1Char('0');
    QString marketingCarrier;
    QString frequentFlyerCarrier;     // left blank: the kiosk knows no loyalty numbers
    QString frequentFlyerNumber;
    QChar fastTrack = QLatin1Char('N');

    bool hasConditionalItems = true;

    bool operator==(const BoardingPassData &other) const = default;
};

} // namespace kiosk
