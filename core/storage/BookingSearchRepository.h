#pragma once

#include "domain/BookingQuery.h"
#include "domain/BookingSummary.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

// The agent's booking lookup. Every criterion is an index range: reference (unique),
// passenger name by its search keys (booking_lines.search_key / surname_key, a prefix
// range), flight by designator and date, so a lookup stays fast over millions of bookings.
class BookingSearchRepository {
    Q_DECLARE_TR_FUNCTIONS(BookingSearchRepository)
public:
    explicit BookingSearchRepository(Database &db) : m_db(db) {}

    // Newest first, at most query.limit (+1 so the caller can tell there are more).
    Result<QList<BookingSummary>> search(const BookingQuery &query);
    // Fills search keys of lines written before migration 0004 (they need Unicode rules
    // that SQL does not have). Returns how many lines it filled.
    Result<int> fillMissingKeys();

private:
    Status loadLines(QList<BookingSummary> &found);

    Database &m_db;
};

} // namespace kiosk
