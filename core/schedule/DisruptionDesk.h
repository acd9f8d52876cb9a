#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "storage/DisruptionRepository.h"

namespace kiosk {

class Database;

// What agents do with disruptions: list them (agents and up, like any booking lookup)
// and mark one handled, which writes who, when and a note on the disruption, an audit row
// on its booking and an entry in the access log, in one transaction.
class DisruptionDesk {
public:
    DisruptionDesk(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // Who asks from now on (the agent workstation sets it at each sign-in).
    void setActor(const Actor &actor) { m_actor = actor; }
    Result<QList<Disruption>> list(const DisruptionFilter &filter);
    Result<Disruption> markHandled(qint64 id, const QString &note);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
