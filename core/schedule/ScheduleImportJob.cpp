#include "ScheduleImportJob.h"

#include "ScheduleImporter.h"
#include "storage/Database.h"
#include "storage/DatabaseUrlText.h"

#include <QCoreApplication>

namespace kiosk {

ScheduleImportJob::ScheduleImportJob(const Database &db, Actor actor)
    : m_url(databaseUrlText(db.url())), m_staffSession(db.staffSession()), m_actor(std::move(actor))
{
}

Result<ImportSummary> ScheduleImportJob::importSsim(const QByteArray &data, const ImportOptions &options) const
{
    if (m_url == QLatin1String("sqlite::memory:"))
        return makeError(ErrorCode::DatabaseUnavailable,
                         QCoreApplication::translate("ScheduleImportJob", "an in-memory database has no second "
                                                                          "connection to import on; use a file"));
    auto db = Database::open(m_url, QStringLiteral("kiosk-import"));
    if (!db)
        return db.error();
    // PostgreSQL checks the signed-in staff user on every connection (migration 0010).
    if (auto signedIn = (*db)->setStaffSession(m_staffSession); !signedIn)
        return signedIn.error();
    return ScheduleImporter(**db, m_actor).importSsim(data, options);
}

} // namespace kiosk
