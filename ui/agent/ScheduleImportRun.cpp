#include "ScheduleImportRun.h"

#include <QThread>

namespace kiosk::ui {

namespace {
// Where each stage of an import starts and ends, in thousandths: comparing the legs is the work.
std::pair<int, int> stageSpan(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Reading: return {0, 100};
    case ImportStage::Comparing: return {100, 950};
    case ImportStage::OpeningSales: return {950, ScheduleImportRun::Whole};
    }
    return {0, ScheduleImportRun::Whole};
}
} // namespace

ScheduleImportRun::ScheduleImportRun(const ScheduleImportJob &job, const QByteArray &data, bool dryRun, QObject *parent)
    : QObject(parent), m_job(job), m_data(data), m_dryRun(dryRun)
{
}

ScheduleImportRun::~ScheduleImportRun()
{
    if (m_thread) {
        m_stop = true; // nothing half-done is written: the core rolls back
        m_thread->wait();
    }
}

void ScheduleImportRun::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        ImportOptions options;
        options.dryRun = m_dryRun;
        options.progress = [this](ImportStage stage, int done, int total) {
            report(stage, done, total);
            return !m_stop;
        };
        m_outcome = m_job.importSsim(m_data, options);
    }));
    connect(m_thread.get(), &QThread::finished, this, &ScheduleImportRun::finished);
    m_thread->start(QThread::LowPriority);
}

void ScheduleImportRun::report(ImportStage stage, int done, int total)
{
    const auto [from, to] = stageSpan(stage);
    const int now = total > 0 ? from + int(qint64(to - from) * done / total) : from;
    if (now == m_reported)
        return; // a signal per thousandth at most, not per leg
    m_reported = now;
    Q_EMIT progressed(int(stage), now);
}

} // namespace kiosk::ui
