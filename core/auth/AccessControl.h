#pragma once

#include "AccessPolicy.h"
#include "domain/Actor.h"

namespace kiosk {

class Database;

// AccessPolicy with consequences: a refusal is written to the access log (who, where,
// what, on which target) before the ErrorCode::Forbidden error goes back. Nothing else
// happens for a refused action.
class AccessControl {
public:
    explicit AccessControl(Database &db) : m_db(db) {}

    Status require(const Actor &actor, Permission permission, const QString &target = QString());

private:
    Database &m_db;
};

} // namespace kiosk
