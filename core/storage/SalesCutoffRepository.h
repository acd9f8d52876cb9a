#pragma once

#include "domain/Result.h"
#include "domain/SalesCutoff.h"

namespace kiosk {

class Database;

// sales_cutoffs: each airline's or route's sales cut-off, in minutes before departure.
class SalesCutoffRepository {
public:
    explicit SalesCutoffRepository(Database &db) : m_db(db) {}

    // Every stored cut-off, by carrier, the airline's own before its routes'.
    Result<QList<SalesCutoffRow>> all();
    Status save(const SalesCutoffRow &row);
    // False when no such row was stored.
    Result<bool> remove(const QString &carrier, const QString &route);

private:
    Database &m_db;
};

} // namespace kiosk
