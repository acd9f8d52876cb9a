#include "BookingProof.h"

#include "domain/BookingReference.h"
#include "domain/IcaoTransliterator.h"
#include "domain/PassengerName.h"
#include "storage/AccessLogRepository.h"
#include "storage/BookingRepository.h"

#include <algorithm>

namespace kiosk {

namespace {
const QString LookupAction = QStringLiteral("check-in lookup");
} // namespace

bool BookingProof::surnameMatches(const QString &bookedName, const QString &surname)
{
    const auto endsWithWords = [](const QString &name, const QString &words) {
        return !words.isEmpty() && (name == words || name.endsWith(QLatin1Char(' ') + words));
    };
    if (endsWithWords(PassengerName::searchKey(bookedName), PassengerName::searchKey(surname)))
        return true;
    auto booked = IcaoTransliterator::toMrzLatin(bookedName);
    auto given = IcaoTransliterator::toMrzLatin(surname);
    return booked && given && endsWithWords(*booked, *given);
}

Result<Booking> BookingProof::prove(const QString &reference, const QString &surname)
{
    if (PassengerName::searchKey(surname).isEmpty())
        return makeError(ErrorCode::BadInput, tr("enter the surname of a passenger as it is on the booking"));
    return proven(reference, [&](const Passenger &p) { return surnameMatches(p.name, surname); }, surname);
}

Result<Booking> BookingProof::proven(const QString &reference, const std::function<bool(const Passenger &)> &matches,
                                     const QString &shownSurname)
{
    QString compact = reference;
    compact.remove(QLatin1Char(' '));
    if (auto allowed = m_access.require(m_actor, Permission::CheckIn, compact.toUpper()); !allowed)
        return allowed.error();
    if (m_actor.role == Role::Kiosk) {
        auto failures = AccessLogRepository(m_db).recentCount(m_actor.terminal, LookupAction, QStringLiteral("failed"),
                                                              FailureWindowSeconds);
        if (!failures)
            return failures.error();
        if (*failures >= MaxFailedLookups)
            return makeError(ErrorCode::Busy, tr("too many unsuccessful check-in attempts at this kiosk; "
                                                 "please try again in %1 minutes or ask at the desk")
                                                  .arg(FailureWindowSeconds / 60));
    }
    const auto parsed = BookingReference::parse(compact);
    if (!parsed)
        return makeError(ErrorCode::BadInput,
                         tr("'%1' is not a booking reference: it has 6 letters and digits and never the "
                            "characters 0, O, 1, I or L")
                             .arg(reference.trimmed()));
    // On PostgreSQL a kiosk login reads the names only if the surname proves the booking.
    auto booking = BookingRepository(m_db).find(parsed->toString(), shownSurname);
    if (!booking)
        return booking.error().code == ErrorCode::NotFound ? notFound(compact, shownSurname) : booking.error();
    // Cancelled passengers still prove the booking, so a cancelled booking hears that it was.
    if (std::none_of(booking->passengers.cbegin(), booking->passengers.cend(), matches))
        return notFound(compact, shownSurname);
    return booking;
}

Error BookingProof::notFound(const QString &reference, const QString &surname)
{
    // The same words for an unknown reference and a wrong surname: a guess learns nothing.
    // Logged, so a kiosk's failures can be counted.
    const QString shown = reference.trimmed().toUpper();
    if (auto logged = AccessLogRepository(m_db).record(m_actor, LookupAction, shown, QStringLiteral("failed"), surname);
        !logged)
        return logged.error();
    return makeError(ErrorCode::NotFound,
                     tr("no booking %1 with a passenger named %2; check the reference and the surname as "
                        "booked")
                         .arg(shown, surname.trimmed()));
}

} // namespace kiosk
