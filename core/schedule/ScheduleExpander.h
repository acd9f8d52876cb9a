#pragma once

#include "ScheduledLeg.h"
#include "SsimRecord.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

// Turns the leg records of an SSIM file into the legs actually flown: every date of the
// period on a day of operation (every other week from the period's first week with
// frequency rate 2) gives one leg, with departure and arrival in UTC from the local
// times, that record's UTC variations and its date variations. Pure, like the parser.
//
// An arrival date variation left blank on a leg that would otherwise land before it
// leaves is taken as the next day (overnight legs in files from the field leave it
// blank); given explicitly, such a leg is refused.
// A period ending "00XXX00" runs to the end of its carrier's period of validity, or, if
// that is open too, for one year. Refused, naming the line: a period of more than two
// years, a three-character airline designator (flights carry the two-character IATA
// code), an arrival not after the departure in UTC, and two legs of the same flight
// leaving the same station on the same date (naming both lines).
class ScheduleExpander {
    Q_DECLARE_TR_FUNCTIONS(ScheduleExpander)
public:
    static constexpr int MaxPeriodDays = 731;
    static constexpr int OpenEndDays = 365;

    static Result<QList<ScheduledLeg>> expand(const SsimFile &file);
};

} // namespace kiosk
