#pragma once

#include "ImportSummary.h"
#include "ScheduledLeg.h"
#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QByteArray>

namespace kiosk {

class Database;

// Loads a schedule into the database, all or nothing: parses and checks the whole file
// and chooses every aircraft before it writes, then reconciles every carrier in ONE
// transaction (ScheduleReconciler), so a malformed file or a failure midway changes
// nothing, and importing the same file again finds every leg unchanged. Admins only.
class ScheduleImporter {
public:
    ScheduleImporter(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // An SSIM Chapter 7 file; each carrier's flights belong to the source "ssim:<airline>".
    Result<ImportSummary> importSsim(const QByteArray &data, const ImportOptions &options);
    // Legs from any other reader (feeds), all owned by `source`.
    Result<ImportSummary> importLegs(const QString &source, const QList<ScheduledLeg> &legs,
                                     const ImportOptions &options);

private:
    // One source's legs and the local dates its schedule covers (invalid: the legs' dates).
    struct SourceLegs {
        QString source;
        QList<ScheduledLeg> legs;
        std::pair<QDate, QDate> covered;
    };
    Result<ImportSummary> reconcile(const QList<SourceLegs> &bySource, const ImportOptions &options);

    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
