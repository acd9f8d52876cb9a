#pragma once

#include "domain/Flight.h"
#include "domain/Seat.h"
#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QVariant>

namespace kiosk {

class SqlDialect;
class Statement;

// How FlightRepository reads flight rows: the columns, their reading, and which row a
// FlightRef names. Kept apart so each query reads a flight the same way.
namespace flightrows {

// The first eleven columns of every flight query, in the order flightColumns() lists them;
// `prefix` is the table's alias with its dot ("f.") or empty.
QString flightColumns(const SqlDialect &sql, const QString &prefix);
Flight readFlight(const Statement &row);

// The first seven columns of every seat query (alias "s."): id, code, cabin, features,
// price, currency, surcharge; the seat they describe, its status left to the caller.
QString seatColumns();
Seat readSeat(const Statement &row, qint64 flightId);

// By id, or by designator and date: the first leg, since the legs of a multi-leg flight
// share them.
struct RefCondition {
    QString where;
    QList<QPair<QString, QVariant>> bindings;
    QString order; // "ORDER BY ..." or empty
};
RefCondition conditionFor(const FlightRef &ref, const QString &prefix);
Error notFound(const FlightRef &ref);

} // namespace flightrows
} // namespace kiosk
