#pragma once

#include "CancellationPolicy.h"
#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "storage/RefundPolicyRepository.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// The cancellation refund policy of the whole airline, kept in the database so every
// terminal refunds by the same tiers from the moment they change. Anyone may read it;
// setting or resetting a cabin's tiers is an admin's right, checked here and written to
// the access log with the old and the new tiers.
class RefundPolicyAdministration {
    Q_DECLARE_TR_FUNCTIONS(RefundPolicyAdministration)
public:
    RefundPolicyAdministration(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // The standard policy with each cabin's stored tiers on top.
    static Result<CancellationPolicy> load(Database &db);
    Result<QList<StoredRefundTiers>> stored();

    // `tiers` as CancellationPolicy::parseTiers reads them; nothing changes if they do not parse.
    Result<CancellationPolicy> set(Cabin cabin, const QString &tiers);
    Result<CancellationPolicy> reset(Cabin cabin);

private:
    Status change(Cabin cabin, const QString &action, const QString &detail);

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
