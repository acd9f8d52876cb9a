#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Voucher.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// Creating, listing and withdrawing vouchers: a supervisor's right (what sales may give
// away), checked here; every creation and withdrawal is in the access log with the
// voucher's hint and terms, never its code.
class VoucherAdministration {
    Q_DECLARE_TR_FUNCTIONS(VoucherAdministration)
public:
    VoucherAdministration(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // `code` as typed (normalised by VoucherCode); nothing is stored if the code or the terms
    // are bad, or a voucher with this code exists.
    Result<Voucher> create(const QString &code, const VoucherTerms &terms);
    Result<QList<Voucher>> list(bool includeDisabled);
    // By code as typed, or by id (`voucher list`) when the code is lost.
    Result<Voucher> disable(const QString &code);
    Result<Voucher> disable(qint64 id);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
