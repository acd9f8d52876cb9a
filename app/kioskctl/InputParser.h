#pragma once

#include "domain/Cabin.h"
#include "domain/Flight.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/SeatCode.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kiosk::ctl {

// Turns command-line text into domain values, or a BadInput error (exit 2) that says
// exactly what is wrong with which argument. Nothing here touches the database.
class InputParser {
public:
    // "42" or "KX101/2026-12-01"
    static Result<FlightRef> flight(const QString &text);
    // "12A" or "12A,12B,14C": no empty entries, no seat twice; "" gives an error too.
    static Result<QList<SeatCode>> seatList(const QString &text);
    // The seats of an option such as --passenger when it is given, else none (all passengers).
    static Result<QList<SeatCode>> seatListIfGiven(bool given, const QString &text);
    // A booking reference (6 characters of the reference alphabet) or a positive id.
    static Result<QString> booking(const QString &text);
    static Result<int> integer(const QString &text, const QString &option, int min, int max);
    static Result<QDate> date(const QString &text, const QString &option);
    // "12.50" in `currency` (as many decimals as the currency has, or none), never floating point.
    static Result<Money> money(const QString &text, const QString &currency);
    struct Designator {
        QString carrier;
        int number = 0;
        QDate date; // invalid when not given
    };
    // "KX101" or "KX101/2026-12-01"
    static Result<Designator> designator(const QString &text);
    // A three-letter IATA airport code, upper-cased.
    static Result<QString> airport(const QString &text, const QString &option);
    // "J", "j", "business", "Premium", "premium economy" -> the cabin; nullopt for anything else.
    static std::optional<Cabin> cabin(const QString &text);
};

} // namespace kiosk::ctl
