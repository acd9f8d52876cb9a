#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Cabin.h"
#include "storage/BagRepository.h"
#include "storage/CheckInRepository.h"

#include <optional>

#include <QCoreApplication>

namespace kiosk {

class Database;

// What changes on an airline's row; a field left empty (nullopt) keeps what is on file.
struct AirlineChange {
    std::optional<QString> numericCode; // 3 digits: bag tags and the boarding pass
    std::optional<QString> name;        // receipts, boarding passes
    std::optional<QString> address;     // receipts; lines separated by '\n', empty clears it
};

// The per-airline settings check-in reads: the airline on file (numeric code, name and
// address), check-in windows per airline or route, and bag allowances per cabin. Anyone
// may read them; changing them is an admin's right (Permission::ConfigureAirlines),
// checked here, validated here (nothing changes on bad input), and written to the access
// log with the old and the new value. CheckInService and BagTagger read the same rows.
class AirlineSettings {
    Q_DECLARE_TR_FUNCTIONS(AirlineSettings)
public:
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxAddressLength = 300;
    static constexpr int MaxOpensMinutes = 30 * 24 * 60; // a month ahead is already generous

    AirlineSettings(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    Result<QList<AirlineRow>> airlines();
    Result<QList<CheckInWindowRow>> windows();
    Result<QList<BagAllowanceRow>> allowances();

    // A new airline needs its numeric code and name; an existing one keeps what is not given.
    Result<AirlineRow> setAirline(const QString &designator, const AirlineChange &change);
    // `route` empty: the airline's own window; "DUB-LHR": that route's, which wins over it.
    Result<CheckInWindowRow> setWindow(const QString &carrier, const QString &route, int opensMinutes, int closesMinutes);
    // Back to the airline's window (for a route) or the standard one; false if none was set.
    Result<bool> resetWindow(const QString &carrier, const QString &route);
    Result<BagAllowanceRow> setAllowance(const QString &carrier, Cabin cabin, int maxBags);
    // Back to the standard allowance (BagTagger::standardAllowance); false if none was set.
    Result<bool> resetAllowance(const QString &carrier, Cabin cabin);

    // "24h", "45m", "1h30m" or plain minutes ("90") -> minutes.
    static Result<int> minutes(const QString &text, const QString &what);

private:
    Status require(const QString &target);
    Status log(const QString &action, const QString &target, const QString &detail);

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
