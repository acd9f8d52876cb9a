#pragma once

#include "domain/Disruption.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

struct DisruptionFilter {
    qint64 flightId = 0; // 0 for every flight
    bool openOnly = false;
    int limit = 1000;
};

// The disruptions table: written by schedule imports in their own transaction, read by
// `kioskctl disruptions` and the agent workstation, closed by an agent (who and when kept).
class DisruptionRepository {
    Q_DECLARE_TR_FUNCTIONS(DisruptionRepository)
public:
    explicit DisruptionRepository(Database &db) : m_db(db) {}

    Status add(const Disruption &disruption);
    // Newest first.
    Result<QList<Disruption>> list(const DisruptionFilter &filter);
    Result<Disruption> find(qint64 id);
    // WrongState if it was handled already (by whom is in the message).
    Status markHandled(qint64 id, const QString &user, const QString &note);

private:
    Database &m_db;
};

} // namespace kiosk
