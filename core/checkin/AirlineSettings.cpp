#include "AirlineSettings.h"

#include "BagTagger.h"
#include "domain/AirlineCodes.h"
#include "domain/CheckInWindow.h"
#include "domain/InputLimits.h"
#include "storage/AccessLogRepository.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace kiosk {

namespace {

QString airlineTarget(const QString &carrier)
{
    return QStringLiteral("airline %1").arg(carrier);
}

QString windowTarget(const QString &carrier, const QString &route)
{
    return route.isEmpty() ? airlineTarget(carrier) : QStringLiteral("airline %1 route %2").arg(carrier, route);
}

QString windowText(const std::optional<StoredCheckInWindow> &window)
{
    if (!window)
        return QStringLiteral("standard");
    return QStringLiteral("opens %1, closes %2 before departure")
        .arg(CheckInWindow::durationText(window->opensMinutes), CheckInWindow::durationText(window->closesMinutes));
}

QString airlineText(const StoredAirline &airline)
{
    if (airline.name.isEmpty() && airline.numericCode.isEmpty())
        return QStringLiteral("not on file");
    QString address = airline.address;
    return QStringLiteral("%1 %2 [%3]").arg(airline.numericCode, airline.name, address.replace(QLatin1Char('\n'), QStringLiteral(" / ")));
}

} // namespace

Result<int> AirlineSettings::minutes(const QString &text, const QString &what)
{
    // Whole hours and/or minutes; anything else is refused rather than guessed.
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d{1,4})h)?(?:(\\d{1,5})m?)?$"));
    const QString wanted = text.trimmed().toLower();
    const auto match = pattern.match(wanted);
    if (wanted.isEmpty() || !match.hasMatch() || (match.captured(2).isEmpty() && wanted.endsWith(QLatin1Char('m'))))
        return makeError(ErrorCode::BadInput,
                         tr("%1 must be a time before departure like 24h, 45m, 1h30m or minutes (90), not '%2'")
                             .arg(what, text));
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

Result<QList<AirlineRow>> AirlineSettings::airlines()
{
    return CheckInRepository(m_db).airlines();
}

Result<QList<CheckInWindowRow>> AirlineSettings::windows()
{
    return CheckInRepository(m_db).windows();
}

Result<QList<BagAllowanceRow>> AirlineSettings::allowances()
{
    return BagRepository(m_db).allowances();
}

Result<AirlineRow> AirlineSettings::setAirline(const QString &designator, const AirlineChange &change)
{
    auto code = carrierCode(designator);
    if (!code)
        return code.error();
    static const QRegularExpression numeric(QStringLiteral("^[0-9]{3}$"));
    if (change.numericCode && !numeric.match(*change.numericCode).hasMatch())
        return makeError(ErrorCode::BadInput,
                         tr("an airline's numeric code is 3 digits (999), not '%1'").arg(*change.numericCode));
    if (change.name && change.name->trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, tr("an airline's name cannot be empty"));
    if (change.name) {
        if (auto fits = InputLimits::check(change.name->trimmed(), MaxNameLength, QStringLiteral("the airline's name")); !fits)
            return fits.error();
    }
    if (change.address) {
        if (auto fits = InputLimits::check(*change.address, MaxAddressLength, QStringLiteral("the airline's address")); !fits)
            return fits.error();
    }
    if (auto allowed = require(airlineTarget(*code)); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    CheckInRepository repository(m_db);
    auto before = repository.airline(*code);
    if (!before)
        return before.error();
    const bool onFile = !before->numericCode.isEmpty();
    if (!onFile && (!change.numericCode || !change.name))
        return makeError(ErrorCode::BadInput,
                         tr("airline %1 is not on file: give its numeric code and name").arg(*code));
    StoredAirline after = *before;
    after.numericCode = change.numericCode.value_or(before->numericCode);
    after.name = change.name ? change.name->trimmed() : before->name;
    after.address = change.address.value_or(before->address).trimmed();
    if (auto saved = repository.saveAirline(*code, after.numericCode, after.name); !saved)
        return saved.error();
    if (auto saved = repository.saveAirlineAddress(*code, after.address); !saved)
        return saved.error();
    if (auto logged = log(QStringLiteral("set airline"), airlineTarget(*code),
                          QStringLiteral("%1 -> %2").arg(airlineText(*before), airlineText(after)));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return AirlineRow{*code, after};
}

Result<CheckInWindowRow> AirlineSettings::setWindow(const QString &carrierText, const QString &routeText, int opensMinutes,
                                                    int closesMinutes)
{
    auto key = airlineRoute(carrierText, routeText);
    if (!key)
        return key.error();
    const QString &code = key->carrier;
    const QString &path = key->route;
    if (opensMinutes < 1 || opensMinutes > MaxOpensMinutes)
        return makeError(ErrorCode::BadInput, tr("check-in may open from 1 minute up to %1 before departure, not %2")
                                                  .arg(CheckInWindow::durationText(MaxOpensMinutes),
                                                       CheckInWindow::durationText(opensMinutes)));
    if (closesMinutes < 0 || closesMinutes >= opensMinutes)
        return makeError(ErrorCode::BadInput,
                         tr("check-in must close after it opens: closing %1 before departure is not later "
                            "than opening %2 before")
                             .arg(CheckInWindow::durationText(closesMinutes), CheckInWindow::durationText(opensMinutes)));
    const QString target = windowTarget(code, path);
    if (auto allowed = require(target); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    CheckInRepository repository(m_db);
    auto windows = repository.windows();
    if (!windows)
        return windows.error();
    std::optional<StoredCheckInWindow> before;
    for (const CheckInWindowRow &row : std::as_const(*windows)) {
        if (row.carrier == code && row.route == path)
            before = row.window;
    }
    const StoredCheckInWindow after{opensMinutes, closesMinutes};
    if (auto saved = repository.saveWindow(code, path, after); !saved)
        return saved.error();
    if (auto logged = log(QStringLiteral("set check-in window"), target,
                          QStringLiteral("%1 -> %2").arg(windowText(before), windowText(after)));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return CheckInWindowRow{code, path, after};
}

Result<bool> AirlineSettings::resetWindow(const QString &carrierText, const QString &routeText)
{
    auto key = airlineRoute(carrierText, routeText);
    if (!key)
        return key.error();
    const QString &code = key->carrier;
    const QString &path = key->route;
    const QString target = windowTarget(code, path);
    if (auto allowed = require(target); !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto removed = CheckInRepository(m_db).removeWindow(code, path);
    if (!removed)
        return removed.error();
    if (*removed) {
        if (auto logged = log(QStringLiteral("reset check-in window"), target, QStringLiteral("-> standard")); !logged)
            return logged.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return *removed;
}

Result<BagAllowanceRow> AirlineSettings::setAllowance(const QString &carrierText, Cabin cabin, int maxBags)
{
    auto code = carrierCode(carrierText);
    if (!code)
        return code.error();
    if (maxBags < 0 || maxBags > BagTagger::MaxBags)
        return makeError(ErrorCode::BadInput, tr("a bag allowance is 0 to %1 bags, not %2")
                                                  .arg(BagTagger::MaxBags)
                                                  .arg(maxBags));
    const QString target = QStringLiteral("%1 cabin %2").arg(airlineTarget(*code)).arg(cabinCode(cabin));
    if (auto allowed = require(target); !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    BagRepository repository(m_db);
    auto before = repository.allowance(*code, cabinCode(cabin));
    if (!before)
        return before.error();
    if (auto saved = repository.saveAllowance(*code, cabinCode(cabin), maxBags); !saved)
        return saved.error();
    const QString old = *before ? QString::number(**before) : QStringLiteral("standard %1").arg(BagTagger::standardAllowance(cabin));
    if (auto logged = log(QStringLiteral("set bag allowance"), target, QStringLiteral("%1 -> %2").arg(old).arg(maxBags)); !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return BagAllowanceRow{*code, cabinCode(cabin), maxBags};
}

Result<bool> AirlineSettings::resetAllowance(const QString &carrierText, Cabin cabin)
{
    auto code = carrierCode(carrierText);
    if (!code)
        return code.error();
    const QString target = QStringLiteral("%1 cabin %2").arg(airlineTarget(*code)).arg(cabinCode(cabin));
    if (auto allowed = require(target); !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto removed = BagRepository(m_db).removeAllowance(*code, cabinCode(cabin));
    if (!removed)
        return removed.error();
    if (*removed) {
        if (auto logged = log(QStringLiteral("reset bag allowance"), target,
                              QStringLiteral("-> standard %1").arg(BagTagger::standardAllowance(cabin)));
            !logged)
            return logged.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return *removed;
}

Status AirlineSettings::require(const QString &target)
{
    return m_access.require(m_actor, Permission::ConfigureAirlines, target);
}

Status AirlineSettings::log(const QString &action, const QString &target, const QString &detail)
{
    return AccessLogRepository(m_db).record(m_actor, action, target, QStringLiteral("allowed"), detail);
}

} // namespace kiosk
