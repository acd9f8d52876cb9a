#pragma once

#include "ImportSummary.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace kiosk {

class Database;

// An SSIM import run on a thread of its own (the workstation's Schedule tab keeps its window
// alive meanwhile). A QtSql connection belongs to the thread that opened it, so the job
// opens its own connection to the desk's database, as the same signed-in user, for the
// import's duration, and closes it at the end. Made on the thread that owns `db`
// (ScheduleDesk::importJob); importSsim runs on any one thread.
class ScheduleImportJob {
public:
    ScheduleImportJob(const Database &db, Actor actor);

    // ScheduleImporter::importSsim on the job's own connection.
    Result<ImportSummary> importSsim(const QByteArray &data, const ImportOptions &options) const;

private:
    QString m_url; // the desk's, password included (DatabaseUrlText)
    QString m_staffSession;
    Actor m_actor;
};

} // namespace kiosk
